"""E-mailed reports as mailers really send them: odd charsets, nested parts, text files."""

from __future__ import annotations

import base64
import hashlib
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tocsin.domain.errors import InvalidInput
from tocsin.intake.attachments import MAX_PER_REPORT
from tocsin.intake.mail import parse_message
from tocsin.intake.schemas import MAX_TEXT
from tocsin.intake.service import parse_submission

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


def _plain(subject: str, body: str) -> bytes:
    head = HEAD.replace(b"Subject: [BFA] Village raided", b"Subject: " + subject.encode())
    return head + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.encode()


def test_a_gateway_tag_that_is_no_country_leaves_the_country_to_the_body_line():
    mail = parse_message(_plain("[EXTERNAL] Village raided", "Country: Burkina Faso\r\nBurned."))

    assert mail.data["country"] == "Burkina Faso"
    assert mail.data["title"] == "Village raided"
    assert parse_submission(mail.data).country == "Burkina Faso"


def test_the_first_tag_that_is_a_country_is_the_country():
    mail = parse_message(_plain("[EXTERNAL] [Mali] Market burned", "Country: Niger\r\nBurned."))

    assert (mail.data["country"], mail.data["title"]) == ("Mali", "Market burned")


def test_a_gateway_tag_and_no_country_line_is_still_refused_for_its_country():
    with pytest.raises(InvalidInput, match="no country"):
        parse_message(_plain("[EXTERNAL] Village raided", "Houses were burned at dawn."))


def test_the_resolver_given_decides_which_tags_are_countries():
    def stored(text: str) -> str | None:
        return "XKX" if text == "Kosovo" else None

    mail = parse_message(_plain("[Kosovo] Road blocked", "Country: Serbia\r\nBlocked."), stored)

    assert mail.data["country"] == "Kosovo"


@pytest.mark.parametrize(
    "subject",
    [
        "Re: [BFA] Village raided",
        "Fwd: [BFA] Village raided",
        "FW: [BFA] Village raided",
        "AW: [BFA] Village raided",
        "TR: [BFA] Village raided",
        "RE: Fwd: [BFA] Village raided",
        "[EXTERNAL] Re: [BFA] Village raided",
        "Re[2]: [BFA] Village raided",
    ],
)
def test_reply_and_forward_prefixes_are_read_past(subject):
    mail = parse_message(_plain(subject, "Houses were burned at dawn."))

    assert (mail.data["country"], mail.data["title"]) == ("BFA", "Village raided")


FORWARDED = (
    "See below.\r\n\r\n---------- Forwarded message ---------\r\n"
    "From: Ali <ali@example.org>\r\nDate: {date}\r\nSubject: Village raided\r\n\r\n"
    "Armed men raided the village.\r\n"
)


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("Mon, Nov 3, 2026 at 10:00 AM", date(2026, 11, 3)),
        ("3 November 2026", date(2026, 11, 3)),
        ("Mon, 3 Nov 2026 10:00:00 +0000", date(2026, 11, 3)),
        ("2026-02-20", date(2026, 2, 20)),
        ("03/11/2026", None),  # 3 November or 11 March: not guessed
        ("Monday", None),
        ("the day before the market", None),
    ],
)
def test_a_date_line_is_read_when_it_names_one_day_and_never_refuses_the_report(written, day):
    body = f"Date: {written}\r\nArmed men raided the village.\r\n"
    mail = parse_message(_plain("[BFA] Village raided", body))

    submission = parse_submission(mail.data)

    assert submission.occurred_on == day
    # A line read as the date became a field; one that names no day stays the reporter's word.
    assert (f"Date: {written}" in submission.text) == (day is None)


def test_the_senders_own_date_line_wins_over_a_forwarded_header_below_it():
    body = "Date: 2026-02-20\r\n" + FORWARDED.format(date="Mon, Nov 3, 2026 at 10:00 AM")

    mail = parse_message(_plain("[BFA] Village raided", body))

    assert parse_submission(mail.data).occurred_on == date(2026, 2, 20)


@pytest.mark.parametrize(
    "block",
    [
        FORWARDED.format(date="Mon, Nov 3, 2026 at 10:00 AM"),
        # Outlook writes no mark before the quoted headers.
        "See below.\r\n\r\nFrom: Ali <ali@example.org>\r\nSent: Monday, November 3, 2026"
        "\r\nTo: Monitor\r\nSubject: Village raided\r\n\r\nArmed men raided the village.\r\n",
        # French: "Message transféré", "De :", "Objet :".
        "Voir ci-dessous.\r\n\r\n-------- Message transféré --------\r\nDe : Ali "
        "<ali@example.org>\r\nDate : 3 novembre 2026\r\nObjet : Village\r\n\r\n"
        "Armed men raided the village.\r\n",
    ],
)
def test_a_forwarded_messages_headers_leave_the_report_and_name_no_date(block):
    """They name the people the mail passed through, and the report's text is published."""
    submission = parse_submission(parse_message(_plain("[BFA] Village raided", block)).data)

    assert "ali@example.org" not in submission.text and "Ali" not in submission.text
    assert "Armed men raided the village." in submission.text
    assert submission.occurred_on is None  # when a mail was sent is not when it happened
    assert "\r" not in submission.text  # plain line ends, as from every other channel


def test_a_long_subject_is_cut_between_words_to_the_title_limit():
    subject = "[BFA] " + " ".join(f"village{i}" for i in range(40))  # 350 characters

    title = parse_submission(parse_message(_plain(subject, "Houses burned.")).data).title

    assert len(title) <= 200 and title.endswith("…")
    assert subject.removeprefix("[BFA] ").startswith(title.removesuffix("…") + " ")


def test_a_long_subject_of_one_word_is_cut_too():
    title = parse_message(_plain("[BFA] " + "x" * 300, "Houses burned.")).data["title"]

    assert title == "x" * 199 + "…"


def test_a_body_over_the_text_limit_is_cut_and_kept_whole_as_a_file():
    body = "Country: BFA\r\n" + "Armed men raided the village. " * 1000  # 30,000 characters

    mail = parse_message(_plain("[BFA] Village raided", body))

    submission = parse_submission(mail.data)
    assert len(submission.text) <= MAX_TEXT
    assert "the full message is attached as message.txt" in submission.text
    assert submission.text.startswith("Armed men raided the village.")
    ((field_name, whole),) = mail.files
    assert (field_name, whole.filename, whole.content_type) == (None, "message.txt", "text/plain")
    assert whole.content.decode().count("Armed men raided the village.") == 1000
    assert whole.sha256 == hashlib.sha256(whole.content).hexdigest()


def test_a_body_within_the_limit_gets_no_file():
    mail = parse_message(_plain("[BFA] Village raided", "Houses burned. " * 100))

    assert mail.files == [] and "message.txt" not in mail.data["text"]


def test_a_long_body_with_no_room_for_a_file_is_cut_without_claiming_one():
    statement = (
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"Content-Disposition: attachment; filename=w{i}.txt\r\n\r\nStatement {i}."
    )
    statements = [statement.replace(b"{i}", str(i).encode()) for i in range(MAX_PER_REPORT)]
    long_text = (
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nCountry: BFA\r\n" + b"Raided. " * 4000
    )

    mail = parse_message(_mixed(long_text, *statements))

    submission = parse_submission(mail.data)
    assert len(mail.files) == MAX_PER_REPORT
    assert len(submission.text) <= MAX_TEXT and "cut at 20,000 characters" in submission.text
    assert "message.txt" not in submission.text
