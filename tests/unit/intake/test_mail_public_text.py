"""What of an e-mailed report is published: the reporter's account, not the mail around it.

The messages are written as mail programs write them (Gmail, Apple Mail, Thunderbird, Outlook
on a phone): a signature after "-- ", a reply's attribution line and its quote, the field lines
the parser reads. The message as received stays whole, restricted.
"""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.intake.mail import parse_message
from tocsin.intake.service import parse_submission

ACCOUNT = "Soldiers at the checkpoint beat two Kari men and took their phones."


def _message(body: str, subject: str = "[BFA] Checkpoint abuses", html: bool = False) -> bytes:
    kind = "html" if html else "plain"
    return (
        "From: Eve Mailwitness <eve.mailwitness@example.net>\r\n"
        "To: reports@tocsin.example.org\r\n"
        f"Subject: {subject}\r\nMessage-ID: <m1@example.net>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/{kind}; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + body.replace("\n", "\r\n")
    ).encode()


def _public_text(body: str, **kwargs) -> str:
    return parse_submission(parse_message(_message(body, **kwargs)).data).text


def test_the_signature_after_the_rfc_3676_separator_leaves_the_text():
    signature = "Eve Mailwitness\nField monitor, Eastern Plains\nMobile: +255 700 999 888"
    body = f"{ACCOUNT}\n\n-- \n{signature}\n"

    mail = parse_message(_message(body))

    assert mail.data["text"] == ACCOUNT
    assert "+255 700 999 888" in mail.raw["body"]  # kept as received, restricted


@pytest.mark.parametrize(
    "attribution",
    [
        "On Mon, 17 Nov 2026 at 09:12, Frank Relayperson <frank.relay@example.net> wrote:",
        # Gmail cuts a long attribution over two lines.
        "On Mon, Nov 17, 2026 at 9:12 AM Frank Relayperson <\nfrank.relay@example.net> wrote:",
        "On 17/11/2026 09:12, Frank Relayperson wrote:",  # Thunderbird
        "Frank Relayperson <frank.relay@example.net> wrote:",
        # French typography puts a no-break space before the colon.
        "Le lun. 17 nov. 2026 à 09:12, Frank Relayperson <frank.relay@example.net> "
        "a\u00a0écrit\u00a0:",
        "El lun, 17 nov 2026 a las 9:12, Frank Relayperson (<frank.relay@example.net>) escribió:",
        "Em seg., 17 de nov. de 2026 às 09:12, Frank Relayperson <frank.relay@example.net> "
        "escreveu:",
        "Am Mo., 17. Nov. 2026 um 09:12 Uhr schrieb Frank Relayperson <frank.relay@example.net>:",
    ],
)
def test_a_replys_attribution_and_the_quote_it_opens_leave_the_text(attribution):
    """They name a third person, their address and their words (here, a phone number)."""
    body = (
        f"Yes, I saw it myself: soldiers shot three traders in the market.\n\n{attribution}\n\n"
        "> Did you see the shooting? Call me on +255 711 222 333\n>\n> Frank\n"
    )

    text = _public_text(body, subject="Re: [BFA] Shooting in the market")

    assert text == (
        "Yes, I saw it myself: soldiers shot three traders in the market.\n\n[quoted message]"
    )


def test_every_quoted_line_below_an_attribution_leaves_and_the_answers_between_stay():
    body = (
        "On Mon, 17 Nov 2026 at 09:12, Frank <frank.relay@example.net> wrote:\n"
        "> How many were killed?\n\nThree traders were killed.\n\n"
        "> Call me on +255 711 222 333\n\nI will call tonight.\n"
    )

    text = _public_text(body)

    assert text == (
        "[quoted message]\n\nThree traders were killed.\n\n[quoted message]\n\nI will call tonight."
    )


def test_the_reporters_own_quote_without_an_attribution_stays():
    body = (
        "The commander told the villagers:\n> Leave before Friday or we burn the houses.\n"
        "On Monday the commander wrote:\n> Last warning.\n"
    )

    assert _public_text(body) == body.strip()


def test_the_lines_read_as_fields_leave_the_text_and_fill_their_fields():
    """The public view names no place finer than the region: the text must not either."""
    body = (
        "Country: Burkina Faso\nDate: 2026-11-18\nPlace: Safehouse Delta\nRegion: Sahel\n\n"
        "Soldiers shot three traders in the market.\n"
    )

    submission = parse_submission(parse_message(_message(body, subject="Shooting")).data)

    assert submission.text == "Soldiers shot three traders in the market."
    assert (submission.country, submission.occurred_on) == ("Burkina Faso", date(2026, 11, 18))
    assert (submission.place_name, submission.admin1) == ("Safehouse Delta", "Sahel")


def test_a_country_line_the_subjects_tag_overrode_is_still_the_reporters_word():
    text = _public_text("Country: Niger\nArmed men crossed the border at night.")

    assert text == "Country: Niger\nArmed men crossed the border at night."


def test_a_message_of_little_more_than_its_fields_keeps_its_subject_as_its_text():
    text = _public_text("Place: Djibo\nBurned.", subject="[BFA] Granaries burned")

    assert text == "Granaries burned\n\nBurned."


def test_a_title_taken_from_the_body_never_is_a_field_line():
    mail = parse_message(_message("Place: Safehouse Delta\nCountry: BFA\n" + ACCOUNT, subject=""))

    assert mail.data["title"] == ACCOUNT[:120]


@pytest.mark.parametrize(
    "trailer",
    [
        "Sent from my iPhone",
        "Sent from my Samsung Galaxy smartphone.",
        "Get Outlook for Android",
        "Envoyé de mon iPhone",
        "Enviado desde mi teléfono Huawei",
        "Enviado do meu iPhone",
    ],
)
def test_a_mail_programs_trailer_leaves_the_text(trailer):
    assert _public_text(f"{ACCOUNT}\n\n{trailer}\n") == ACCOUNT


def test_the_same_words_inside_the_account_stay():
    body = f"Sent from my phone the families fled to Djibo.\n{ACCOUNT}"

    assert _public_text(body) == body


def test_a_bare_double_dash_is_a_signature_only_when_a_signatures_few_lines_follow():
    signed = f"{ACCOUNT}\n--\nEve Mailwitness\n+255 700 999 888\n"
    parts = f"{ACCOUNT}\n--\n" + "\n".join(f"Witness {i} saw the soldiers." for i in range(10))

    assert _public_text(signed) == ACCOUNT
    assert _public_text(parts) == parts


def test_a_signature_before_a_forwarded_message_leaves_and_the_forwarded_account_stays():
    body = (
        "See below.\n-- \nEve Mailwitness\nMobile: +255 700 999 888\n\n"
        "---------- Forwarded message ---------\nFrom: Ali <ali@example.org>\n"
        "Date: Mon, Nov 3, 2026 at 10:00 AM\n\nArmed men raided the village.\n"
    )

    text = _public_text(body)

    assert text == "See below.\n[forwarded message]\nArmed men raided the village."


def test_an_html_replys_quote_leaves_the_text_as_a_plain_ones_does():
    body = (
        '<div dir="ltr">Yes, I saw it myself: soldiers shot three traders.</div><br>'
        '<div class="gmail_quote"><div class="gmail_attr">On Mon, 17 Nov 2026 at 09:12, Frank '
        'Relayperson &lt;<a href="mailto:frank.relay@example.net">frank.relay@example.net</a>'
        "&gt; wrote:<br></div><blockquote>Did you see it?<br>Call me on +255 711 222 333"
        "</blockquote></div>"
    )

    text = _public_text(body, html=True)

    assert text == "Yes, I saw it myself: soldiers shot three traders.\n\n[quoted message]"


@pytest.mark.parametrize(
    ("repeated", "times"),
    [
        ("To: the unit\n", 20_000),  # header-like lines, none opening a forwarded block
        ("On 3 March 2026, kari@example.net wrote:\n> they came at night\n\n", 40_000),
    ],
)
def test_a_long_mail_of_repeated_lines_is_read_in_time(repeated, times):
    """Each of these lines read all the others again: a mail of a few hundred kilobytes held
    the intake, or the worker reading the report mailbox, for minutes to hours."""
    import time

    body = f"{ACCOUNT}\n" + repeated * times
    started = time.monotonic()
    parsed = parse_message(_message(body))
    assert time.monotonic() - started < 5
    assert parsed.data["text"].startswith(ACCOUNT)


@pytest.mark.parametrize(
    ("repeated", "times"),
    [
        ("</", 200_000),  # a `<` no `>` follows: searched to the end each time
        ("<![CDATA[>", 100_000),  # a section a bare `>` closes
        ("<blockquote>", 200_000),  # quotes within quotes, each written out again
    ],
)
def test_a_long_html_mail_is_read_in_time(repeated, times):
    """Python's HTML parser read each of these to the end of the message again: one mail of a
    few hundred kilobytes held the intake, or the worker reading the mailbox, for minutes."""
    import time

    body = f"<p>{ACCOUNT}</p>" + repeated * times
    started = time.monotonic()
    parsed = parse_message(_message(body, html=True))
    assert time.monotonic() - started < 5
    assert parsed.data["text"].startswith(ACCOUNT)


def test_an_html_mail_keeps_its_words_around_what_is_taken_out():
    """Outlook's list markers (`<![if !supportLists]>`) and a stray `<` at the end are no
    reason to lose a word."""
    body = (
        f"<p>{ACCOUNT}</p><p><![if !supportLists]>-<![endif]> two were taken away</p>"
        "<p>the bus left at 5 < 6"
    )
    text = parse_message(_message(body, html=True)).data["text"]
    assert text.startswith(ACCOUNT)
    assert "- two were taken away" in text and text.endswith("the bus left at 5 < 6")
