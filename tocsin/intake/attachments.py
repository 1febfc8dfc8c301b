"""Attachments: sniffed, size-checked and stored by SHA-256, never trusted by their name.

What a file *is* comes from its first bytes (puremagic), not from the name or the type the
sender declared; a file whose content disagrees with its name is refused as disguised. Archives
are refused, except office documents (which are zip files), and those only when they do not
expand out of proportion (a zip bomb), are built as their kind of document, and carry no program
or script.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath

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
    "audio/amr": (".amr",),
    "image/heif": (".heic", ".heif", ".hif"),
    "video/mp4": (".mp4", ".m4v", ".m4a"),
    "video/3gpp": (".3gp", ".3ga", ".3g2"),
    "video/quicktime": (".mov",),
    "video/webm": (".webm",),
    "text/plain": (".txt",),
}
OFFICE = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".odt": "application/vnd.oasis.opendocument.text",
}
# An Office Open XML package declares its parts in [Content_Types].xml and keeps the main ones
# in a folder of its kind; an OpenDocument file starts with a "mimetype" member naming its kind.
OOXML_PARTS = {".docx": "word/", ".xlsx": "xl/"}
ODF_MIMETYPE = "mimetype"
# What zipfile raises for a damaged, truncated or encrypted archive.
_DAMAGED = (zipfile.BadZipFile, zlib.error, ValueError, RuntimeError, EOFError)
# The compression methods zipfile can read; office programs write the first two.
_READABLE = frozenset(
    {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
)
PROGRAMS = frozenset(".exe .dll .bat .cmd .com .scr .js .vbs .ps1 .sh .jar .msi .apk".split())


@dataclass(frozen=True)
class CheckedFile:
    filename: str
    content_type: str
    size_bytes: int
    sha256: str
    content: bytes


#: Characters of a file name kept; a longer one is shortened before its ending.
NAME_LIMIT = 200


def _safe_name(filename: str) -> str:
    """The name without folders or unprintable characters, at most NAME_LIMIT characters. A
    long name (a phone's, a description typed as the name) is shortened before its ending: cut
    at the end it lost ".jpg", and the photo was refused as a file whose name says nothing."""
    name = PurePath(filename.replace("\\", "/")).name.strip() or "attachment"
    name = "".join(ch for ch in name if ch.isprintable())
    if len(name) <= NAME_LIMIT:
        return name
    suffix = PurePath(name).suffix
    suffix = suffix if len(suffix) <= 20 else ""
    return name[: NAME_LIMIT - len(suffix)] + suffix


def _looks_like_text(content: bytes) -> bool:
    try:
        sample = content[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch in "\r\n\t" for ch in sample)


def _not_valid(name: str, suffix: str, why: str) -> InvalidInput:
    return InvalidInput(f"attachment {name}: not a valid {suffix} document ({why})")


def _check_ooxml(name: str, archive: zipfile.ZipFile, suffix: str) -> None:
    names = archive.namelist()
    if "[Content_Types].xml" not in names:
        raise _not_valid(name, suffix, "it has no [Content_Types].xml")
    folder = OOXML_PARTS[suffix]
    if not any(n.startswith(folder) for n in names):
        raise _not_valid(name, suffix, f"it has no {folder} parts")


def _check_odf(name: str, archive: zipfile.ZipFile, suffix: str) -> None:
    first = next(iter(archive.infolist()), None)
    if first is None or first.filename != ODF_MIMETYPE:
        raise _not_valid(name, suffix, "its first member is not its mimetype")
    declared = archive.open(first).read(200).decode("ascii", errors="replace").strip()
    if declared != OFFICE[suffix]:
        raise _not_valid(name, suffix, f"its mimetype is {declared[:80]!r}")


def _check_no_programs(name: str, archive: zipfile.ZipFile) -> None:
    """An office document has no use for a program inside it; one that holds one is a way of
    carrying the program past the check on what a file is."""
    for member in archive.namelist():
        if PurePosixPath(member).suffix.lower() in PROGRAMS:
            raise InvalidInput(
                f"attachment {name}: the document holds a program or script ({member}); refused"
            )


def _check_office(name: str, content: bytes, suffix: str) -> str:
    """The archive's directory is read first; a member is opened only once the whole is known
    not to expand out of proportion."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            members = archive.infolist()
            unreadable = next((i for i in members if i.compress_type not in _READABLE), None)
            if unreadable is not None:
                why = f"{unreadable.filename[:80]} is compressed in a way it cannot be read"
                raise _not_valid(name, suffix, why)
            expanded = sum(i.file_size for i in members)
            if expanded > MAX_EXPANDED or expanded > MAX_RATIO * max(len(content), 1):
                raise InvalidInput(
                    f"attachment {name}: the document expands to {expanded} bytes; refused"
                )
            if suffix in OOXML_PARTS:
                _check_ooxml(name, archive, suffix)
            else:
                _check_odf(name, archive, suffix)
            _check_no_programs(name, archive)
    except _DAMAGED as exc:
        raise InvalidInput(f"attachment {name}: not a valid {suffix} document") from exc
    return OFFICE[suffix]


# What a phone in the field records, which puremagic names without a type, by a container's
# generic one, or not at all: voice notes from WhatsApp and Telegram are Ogg Opus, a cheap
# Android phone's recorder writes AMR or 3GP, iPhones and many Android phones take photos as
# HEIC and films as QuickTime. Each was refused as a kind of file not accepted, and with it
# the whole report, after a monitor had waited for it to upload.
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx"})
_HEIF_STRUCTURE_BRANDS = frozenset({b"mif1", b"msf1"})


def _iso_media(content: bytes) -> str | None:
    """The kind of an ISO base media file (MP4's family) by the brands in its ftyp box."""
    if content[4:8] != b"ftyp":
        return None
    size = int.from_bytes(content[:4], "big")
    major = content[8:12]
    brands = {major} | {content[i : i + 4] for i in range(16, min(size, 64), 4)}
    if major in _HEIF_BRANDS or (major in _HEIF_STRUCTURE_BRANDS and brands & _HEIF_BRANDS):
        return "image/heif"
    if major[:3] in (b"3gp", b"3g2"):
        return "video/3gpp"
    if major == b"qt  ":
        return "video/quicktime"
    return None


def _field_recording(content: bytes) -> str | None:
    if content.startswith(b"OggS"):
        return "audio/ogg"
    if content.startswith(b"#!AMR"):  # narrow band and wide band (#!AMR-WB)
        return "audio/amr"
    return _iso_media(content)


def _sniff(content: bytes) -> str | None:
    if kind := _field_recording(content):
        return kind
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
            try:
                partial.write_bytes(checked.content)
                partial.replace(target)  # atomic: a reader never sees half a file
            except OSError:
                partial.unlink(missing_ok=True)  # a full disk must not keep half a file
                raise
        return target

    def read(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()
