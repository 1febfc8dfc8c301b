"""Attachments: sniffed, size-checked and stored by SHA-256, never trusted by their name.

What a file *is* comes from its first bytes (puremagic), not from the name or the type the
sender declared; a file whose content disagrees with its name is refused as disguised. Archives
are refused, except office documents (which are zip files), and those only after checking that
they do not expand out of proportion (a zip bomb).
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePath

import puremagic

from tocsin.domain.errors import InvalidInput

MAX_BYTES = 10 * 1024 * 1024
MAX_PER_REPORT = 5
MAX_EXPANDED = 50 * 1024 * 1024
MAX_RATIO = 100

# Sniffed MIME type -> the file name endings it may carry.
ALLOWED: dict[str, tuple[str, ...]] = {
    "image/jpeg": (".jpg", ".jpeg"),
    "image/png": (".png",),
    "image/gif": (".gif",),
    "image/webp": (".webp",),
    "application/pdf": (".pdf",),
    "audio/mpeg": (".mp3",),
    "audio/ogg": (".ogg", ".oga", ".opus"),
    "audio/wav": (".wav",),
    "audio/x-wav": (".wav",),
    "audio/mp4": (".m4a",),
    "video/mp4": (".mp4", ".m4v", ".m4a"),
    "video/webm": (".webm",),
    "text/plain": (".txt",),
}
OFFICE = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".odt": "application/vnd.oasis.opendocument.text",
}


@dataclass(frozen=True)
class CheckedFile:
    filename: str
    content_type: str
    size_bytes: int
    sha256: str
    content: bytes


def _safe_name(filename: str) -> str:
    name = PurePath(filename.replace("\\", "/")).name.strip() or "attachment"
    return "".join(ch for ch in name if ch.isprintable())[:200]


def _looks_like_text(content: bytes) -> bool:
    try:
        sample = content[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch in "\r\n\t" for ch in sample)


def _check_office(name: str, content: bytes, suffix: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise InvalidInput(f"attachment {name}: not a valid {suffix} document") from exc
    expanded = sum(i.file_size for i in infos)
    if expanded > MAX_EXPANDED or expanded > MAX_RATIO * max(len(content), 1):
        raise InvalidInput(f"attachment {name}: the document expands to {expanded} bytes; refused")
    return OFFICE[suffix]


def _sniff(content: bytes) -> str | None:
    try:
        matches = puremagic.magic_string(content)
    except (puremagic.PureError, ValueError):
        return None
    for match in matches:
        if match.mime_type:
            return match.mime_type
    return None


def check_file(filename: str, content: bytes) -> CheckedFile:
    name = _safe_name(filename)
    if not content:
        raise InvalidInput(f"attachment {name}: the file is empty")
    if len(content) > MAX_BYTES:
        raise InvalidInput(f"attachment {name}: over {MAX_BYTES // (1024 * 1024)} MB")
    suffix = PurePath(name).suffix.lower()
    if suffix in OFFICE:
        content_type = _check_office(name, content, suffix)
    else:
        sniffed = _sniff(content)
        if sniffed is None and _looks_like_text(content):
            sniffed = "text/plain"
        if sniffed is None or sniffed not in ALLOWED:
            raise InvalidInput(
                f"attachment {name}: this kind of file is not accepted "
                "(images, PDF, audio, video, plain text and office documents are)"
            )
        if suffix not in ALLOWED[sniffed]:
            said = suffix or "nothing"
            raise InvalidInput(
                f"attachment {name}: its content is {sniffed} but its name says {said}"
            )
        content_type = sniffed
    digest = hashlib.sha256(content).hexdigest()
    return CheckedFile(name, content_type, len(content), digest, content)


class AttachmentStore:
    """Content-addressed files under the data folder: one copy per distinct content."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        if len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
            raise InvalidInput("bad attachment hash")
        return self.root / sha256[:2] / sha256

    def put(self, checked: CheckedFile) -> Path:
        target = self.path(checked.sha256)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".part")
            partial.write_bytes(checked.content)
            partial.replace(target)  # atomic: a reader never sees half a file
        return target

    def read(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()
