from __future__ import annotations

import hashlib
import io
import zipfile

import pytest

from tocsin.domain.errors import InvalidInput
from tocsin.intake.attachments import AttachmentStore, check_file

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n"


def test_image_is_accepted_with_its_hash():
    checked = check_file("../../etc/photo.png", PNG)
    assert checked.filename == "photo.png"
    assert checked.content_type == "image/png"
    assert checked.sha256 == hashlib.sha256(PNG).hexdigest()


def test_plain_text_is_accepted():
    assert check_file("notes.txt", "Témoignage du 3 mars".encode()).content_type == "text/plain"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("photo.jpg", PDF, "its content is application/pdf"),
        ("report.pdf", b"MZ\x90\x00" + b"\x00" * 60, "not accepted"),
        ("archive.zip", b"PK\x03\x04" + b"\x00" * 60, "not accepted"),
        ("empty.png", b"", "empty"),
        ("page.html", b"<html><script>alert(1)</script></html>", "not accepted"),
    ],
)
def test_disguised_or_unwanted_files_are_refused(name, content, reason):
    with pytest.raises(InvalidInput, match=reason):
        check_file(name, content)


def test_zip_bomb_disguised_as_a_document_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * (60 * 1024 * 1024))
    with pytest.raises(InvalidInput, match="expands"):
        check_file("statement.docx", buffer.getvalue())


def test_oversized_file_is_refused():
    with pytest.raises(InvalidInput, match="over 10 MB"):
        check_file("big.png", PNG + b"\x00" * (11 * 1024 * 1024))


def test_store_keeps_one_copy_per_content(tmp_path):
    store = AttachmentStore(tmp_path)
    first = store.put(check_file("a.png", PNG))
    second = store.put(check_file("b.png", PNG))
    assert first == second and store.read(check_file("a.png", PNG).sha256) == PNG
    with pytest.raises(InvalidInput):
        store.path("../../etc/passwd")
