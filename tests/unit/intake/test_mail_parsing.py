"""E-mailed reports as mailers really send them: odd charsets, nested parts, text files."""

from __future__ import annotations

import base64

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tocsin.domain.errors import InvalidInput
from tocsin.intake.mail import parse_message

HEAD = (
    b"From: Awa <awa@example.org>\r\nTo: reports@example.org\r\n"
    b"Subject: [BFA] Village raided\r\nMessage-ID: <m1@example.org>\r\nMIME-Version: 1.0\r\n"
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _mixed(*parts: bytes) -> bytes:
    body = b"".join(b"--XX\r\n" + p + b"\r\n" for p in parts)
    return HEAD + b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n" + body + b"--XX--\r\n"


TEXT = b"Content-Type: text/plain; charset=utf-8\r\n\r\nCountry: Burkina Faso\r\nHouses burned."


def test_a_charset_python_does_not_know_is_read_not_refused():
    message = HEAD + (
        b"Content-Type: text/plain; charset=unknown-8bit\r\n\r\n"
        b"Country: Burkina Faso\r\nMaisons br\xfbl\xe9es \xe0 Djibo."
    )

    mail = parse_message(message)

    assert mail.data["country"] == "BFA"  # from the subject's tag
    assert "Maisons br" in mail.data["text"] and "Djibo" in mail.data["text"]
    assert "\ufffd" in mail.data["text"]  # the unreadable bytes are marked, not dropped


def test_files_inside_an_attached_multipart_are_kept():
    nested = (
        b"Content-Type: multipart/mixed; boundary=YY\r\n"
        b"Content-Disposition: attachment\r\n\r\n"
        b"--YY\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=a.png\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.b64encode(PNG) + b"\r\n--YY--"
    )

    mail = parse_message(_mixed(TEXT, nested))

    assert [(f.filename, f.content_type) for _, f in mail.files] == [("a.png", "image/png")]


def test_a_text_statement_is_kept_and_a_text_file_of_another_kind_does_not_refuse_the_report():
    statement = (
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"Content-Disposition: attachment; filename=witness.txt\r\n\r\nI saw the men arrive."
    )
    table = (
        b"Content-Type: text/csv\r\nContent-Disposition: attachment; filename=list.csv\r\n\r\n"
        b"name,age\r\nA,30"
    )

    mail = parse_message(_mixed(TEXT, statement, table))

    assert [f.filename for _, f in mail.files] == ["witness.txt"]
    assert mail.files[0][1].content == b"I saw the men arrive."


def test_a_disguised_binary_attachment_still_refuses_the_message():
    disguised = (
        b"Content-Type: application/octet-stream\r\n"
        b"Content-Disposition: attachment; filename=photo.jpg\r\n\r\nMZ\x90\x00\x03\x00"
    )
    try:
        parse_message(_mixed(TEXT, disguised))
    except InvalidInput as refusal:
        assert "photo.jpg" in str(refusal)
    else:
        raise AssertionError("a program named photo.jpg was accepted")


_CHARSETS = ["utf-8", "iso-8859-1", "x-unknown", "utf-7", "", "utf-16", 'bad"q']
_ENCODINGS = ["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "bogus"]
_TYPES = ["text/plain", "text/html", "multipart/mixed", "application/pdf", "message/rfc822"]


@settings(
    max_examples=300, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck)
)
@given(
    kind=st.sampled_from(_TYPES),
    charset=st.sampled_from(_CHARSETS),
    encoding=st.sampled_from(_ENCODINGS),
    body=st.binary(max_size=200),
    attached=st.binary(max_size=80),
    name=st.text(max_size=20),
)
def test_any_message_is_a_report_or_a_refusal_with_a_reason(
    kind, charset, encoding, body, attached, name
):
    """A message that crashes the parser would be read again at every poll of a mailbox."""
    head = f"Content-Type: {kind}; charset={charset}\r\nContent-Transfer-Encoding: {encoding}"
    part = head.encode() + b"\r\n\r\nCountry: Burkina Faso\r\n" + body
    extra = (
        b'Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="'
        + name.encode("utf-8", "surrogatepass")
        + f'"\r\nContent-Transfer-Encoding: {encoding}\r\n\r\n'.encode()
        + attached
    )
    try:
        mail = parse_message(_mixed(part, extra))
    except InvalidInput as refusal:
        assert str(refusal)
    else:
        assert mail.data["country"]
