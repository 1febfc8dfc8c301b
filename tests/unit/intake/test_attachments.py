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


def _zip(*members: tuple[str, bytes], stored_first: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (name, content) in enumerate(members):
            method = zipfile.ZIP_STORED if stored_first and index == 0 else zipfile.ZIP_DEFLATED
            archive.writestr(name, content, compress_type=method)
    return buffer.getvalue()


TYPES = ("[Content_Types].xml", b"<Types/>")
ODT = "application/vnd.oasis.opendocument.text"


def _odf(mimetype: str, *members: tuple[str, bytes]) -> bytes:
    return _zip(
        ("mimetype", mimetype.encode()), ("content.xml", b"<c/>"), *members, stored_first=True
    )


def test_office_documents_of_the_right_structure_are_accepted():
    docx = _zip(TYPES, ("_rels/.rels", b"<r/>"), ("word/document.xml", b"<w/>"))
    assert check_file("statement.docx", docx).content_type.endswith("wordprocessingml.document")
    assert check_file("statement.odt", _odf(ODT)).content_type == ODT


def test_a_spreadsheet_written_by_openpyxl_is_accepted():
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["village", "wounded"])
    buffer = io.BytesIO()
    book.save(buffer)

    assert check_file("list.xlsx", buffer.getvalue()).content_type.endswith("spreadsheetml.sheet")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        (
            "photos.docx",
            _zip(("a.jpg", PNG), ("b.jpg", PNG)),
            r"photos.docx: not a valid \.docx document \(it has no \[Content_Types\]\.xml\)",
        ),
        ("list.xlsx", _zip(TYPES, ("word/document.xml", b"<w/>")), "it has no xl/ parts"),
        ("statement.docx", _zip(("word/document.xml", b"<w/>")), r"no \[Content_Types\]"),
        (
            "statement.odt",
            _zip(("content.xml", b"<c/>")),
            r"statement.odt: not a valid \.odt document \(its first member is not its mimetype",
        ),
        (
            "statement.odt",
            _odf("application/vnd.oasis.opendocument.spreadsheet"),
            "its mimetype is 'application/vnd.oasis.opendocument.spreadsheet'",
        ),
        (
            "statement.odt",
            _zip(("content.xml", b"<c/>"), ("mimetype", ODT.encode())),
            "first member",
        ),
    ],
)
def test_a_zip_named_as_an_office_document_must_be_built_as_one(name, content, reason):
    with pytest.raises(InvalidInput, match=reason):
        check_file(name, content)


@pytest.mark.parametrize(
    ("name", "content", "member"),
    [
        (
            "statement.docx",
            _zip(TYPES, ("word/document.xml", b"<w/>"), ("word/run.exe", b"MZ")),
            "word/run.exe",
        ),
        (
            "list.xlsx",
            _zip(TYPES, ("xl/workbook.xml", b"<x/>"), ("xl/Macro.VBS", b"x")),
            "xl/Macro.VBS",
        ),
        ("statement.odt", _odf(ODT, ("Scripts/setup.ps1", b"x")), "Scripts/setup.ps1"),
    ],
)
def test_an_office_document_holding_a_program_or_script_is_refused(name, content, member):
    with pytest.raises(InvalidInput, match=f"{name}: .*program or script.*{member}"):
        check_file(name, content)


def test_a_document_whose_member_names_are_damaged_is_refused_not_a_crash():
    damaged = _zip(TYPES, ("word/é.xml", b"<w/>")).replace("é".encode(), b"\x80\x80")

    with pytest.raises(InvalidInput, match=r"statement.docx: not a valid \.docx document$"):
        check_file("statement.docx", damaged)


def test_a_document_compressed_in_an_unreadable_way_is_refused_by_name():
    docx = bytearray(_zip(TYPES, ("word/document.xml", b"<w/>" * 50)))
    # Mark the second member as Deflate64 (method 9) in its local and central headers alike.
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = docx.index(signature, docx.index(signature) + 1)
        docx[start + offset : start + offset + 2] = (9).to_bytes(2, "little")

    with pytest.raises(InvalidInput, match="word/document.xml is compressed in a way"):
        check_file("statement.docx", bytes(docx))


@pytest.mark.parametrize("stem", ["photo-" * 50, "صورة الحريق في القرية " * 15])
def test_a_long_name_is_shortened_before_its_ending(stem):
    checked = check_file(stem + ".png", PNG)
    assert checked.filename.endswith(".png")
    assert len(checked.filename) == 200
    assert checked.content_type == "image/png"


def _ftyp(major: bytes, *compatible: bytes) -> bytes:
    box = b"ftyp" + major + b"\x00\x00\x00\x00" + b"".join(compatible)
    return (len(box) + 4).to_bytes(4, "big") + box + b"\x00\x00\x00\x08free" + b"\x00" * 64


def _ogg_opus() -> bytes:
    head = b"OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00\x00\x00\x00"
    return b"OggS\x00\x02" + b"\x00" * 20 + bytes([1, len(head)]) + head + b"\x00" * 64


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("PTT-20261124-WA0003.opus", _ogg_opus(), "audio/ogg"),
        ("audio_2026-11-24_10-02.ogg", _ogg_opus(), "audio/ogg"),
        ("Recording_001.amr", b"#!AMR\n" + b"\x3c" + b"\x00" * 31, "audio/amr"),
        ("Voice 003.3ga", _ftyp(b"3gp4", b"isom", b"3gp4"), "video/3gpp"),
        ("VID_20261124.3gp", _ftyp(b"3gp5", b"3gp5", b"isom"), "video/3gpp"),
        ("IMG_2041.HEIC", _ftyp(b"heic", b"mif1", b"heic"), "image/heif"),
        ("20261124_101500.heic", _ftyp(b"mif1", b"mif1", b"heic", b"miaf"), "image/heif"),
        ("IMG_2042.MOV", _ftyp(b"qt  ", b"qt  "), "video/quicktime"),
    ],
)
def test_what_a_phone_in_the_field_records_is_accepted(name, content, kind):
    assert check_file(name, content).content_type == kind


def test_a_voice_note_named_as_a_photo_is_still_refused_as_disguised():
    with pytest.raises(InvalidInput, match="its content is audio/ogg"):
        check_file("photo.jpg", _ogg_opus())
