"""Reports from a mailbox, against a real Dovecot IMAP server on loopback."""

from __future__ import annotations

import imaplib
import time
from email.message import EmailMessage

import pytest
from sqlalchemy import func, select

from tests.servers import ImapAccount, imap_server
from tocsin.domain.errors import InvalidInput
from tocsin.domain.reports import Channel
from tocsin.intake.attachments import AttachmentStore
from tocsin.intake.imap_poller import Mailbox, Security, poll_mailbox
from tocsin.intake.mail import reference_for
from tocsin.intake.ratelimit import RateLimiter
from tocsin.store.models import Attachment, Report


@pytest.fixture(scope="module")
def account():
    with imap_server() as running:
        yield running


@pytest.fixture
def mailbox(account: ImapAccount, request) -> Mailbox:
    """A folder of its own for each test, so tests never see each other's messages."""
    folder = f"reports-{request.node.name[-40:]}".replace("[", "-").replace("]", "")
    with _client(account) as client:
        client.create(folder)
    return Mailbox(
        account.host, account.user, account.password, account.port, folder, Security.NONE
    )


class _client:
    def __init__(self, account: ImapAccount) -> None:
        self.imap = imaplib.IMAP4(account.host, account.port)
        self.imap.login(account.user, account.password)

    def __enter__(self) -> imaplib.IMAP4:
        return self.imap

    def __exit__(self, *exc: object) -> None:
        self.imap.logout()


def _deliver(account: ImapAccount, box: Mailbox, message: EmailMessage) -> None:
    with _client(account) as client:
        status, _ = client.append(box.folder, None, None, message.as_bytes())
        assert status == "OK"


def _flags(account: ImapAccount, box: Mailbox) -> list[bytes]:
    with _client(account) as client:
        client.select(box.folder, readonly=True)
        _, data = client.uid("FETCH", "1:*", "(FLAGS)")
        return [d for d in data if d]


def _mail(subject: str, body: str, message_id: str | None = None) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "monitor@field.example.org"
    message["To"] = "reports@ngo.example.org"
    message["Subject"] = subject
    if message_id:
        message["Message-ID"] = message_id
    message.set_content(body)
    return message


def _reports(store) -> list[Report]:
    with store.uow() as uow:
        return list(uow.session.scalars(select(Report).order_by(Report.id)))


def test_unseen_messages_become_reports_once_and_are_marked_seen(store, tmp_path, account, mailbox):
    photo = _mail(
        "[BFA] Village raided",
        "Gunmen burned the market of Djibo.\nPlace: Djibo",
        "<raid-1@field.example.org>",
    )
    photo.add_attachment(
        b"\x89PNG\r\n\x1a\n" + b"\0" * 64, maintype="image", subtype="png", filename="market.png"
    )
    _deliver(account, mailbox, photo)
    _deliver(
        account,
        mailbox,
        _mail("[MLI] Checkpoint", "Soldiers beat travellers.", "<checkpoint-2@field.example.org>"),
    )
    files = AttachmentStore(tmp_path / "att")

    first = poll_mailbox(store, files, mailbox)
    again = poll_mailbox(store, files, mailbox)

    assert len(first.received) == 2 and not first.refused and not first.retry
    assert again.received == [] and again.refused == []
    reports = _reports(store)
    assert [r.reference for r in reports] == first.received
    assert {r.channel for r in reports} == {Channel.EMAIL}
    assert reports[0].place_name == "Djibo"
    assert all(b"\\Seen" in flags for flags in _flags(account, mailbox))
    with store.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Attachment)) == 1


def test_a_message_read_again_after_a_crash_is_still_one_report(
    store, tmp_path, account, mailbox, deployment_key
):
    # No Message-ID: the mailbox's UIDVALIDITY and the UID name the message instead.
    _deliver(account, mailbox, _mail("[NER] Displacement", "Families fled Tillaberi at night."))
    files = AttachmentStore(tmp_path / "att")
    first = poll_mailbox(store, files, mailbox)
    with _client(account) as client:  # as if we had stopped before marking it seen
        client.select(mailbox.folder)
        _, [validity] = client.response("UIDVALIDITY")
        name = f"<{mailbox.label()};UIDVALIDITY={validity.decode()};UID=1>"
        assert first.received == [reference_for(name, deployment_key)]
        client.uid("STORE", "1", "-FLAGS", "(\\Seen)")

    second = poll_mailbox(store, files, mailbox)

    assert second.received == first.received
    assert len(_reports(store)) == 1


def test_a_mailed_reply_from_a_mailbox_keeps_only_the_reporters_words(
    store, tmp_path, account, mailbox
):
    body = (
        "Country: Niger\nPlace: Safehouse Delta\n\nYes: families fled Tillaberi at night.\n\n"
        "On Mon, 17 Nov 2026 at 09:12, Frank Relayperson <frank.relay@example.net> wrote:\n"
        "> Did they flee? Call me on +227 90 11 22 33\n\n-- \nEve Mailwitness\n+227 96 00 00 00\n"
    )
    _deliver(account, mailbox, _mail("Re: Displacement", body, "<reply-1@field.example.org>"))

    poll_mailbox(store, AttachmentStore(tmp_path / "att"), mailbox)

    (report,) = _reports(store)
    assert report.text == "Yes: families fled Tillaberi at night.\n\n[quoted message]"
    assert (report.country_iso3, report.place_name) == ("NER", "Safehouse Delta")
    assert "frank.relay@example.net" in report.raw["body"]  # as received, restricted


def test_a_message_that_cannot_be_a_report_is_flagged_and_does_not_block_the_rest(
    store, tmp_path, account, mailbox
):
    _deliver(
        account,
        mailbox,
        _mail("no country tag", "Something happened somewhere.", "<vague@field.example.org>"),
    )
    _deliver(
        account, mailbox, _mail("[BFA] Attack", "Gunmen attacked Kaya.", "<kaya@field.example.org>")
    )

    result = poll_mailbox(store, AttachmentStore(tmp_path / "att"), mailbox)

    assert len(result.received) == 1 and [uid for uid, _ in result.refused] == ["1"]
    assert "country" in result.refused[0][1].lower()
    flags = _flags(account, mailbox)
    assert b"\\Flagged" in flags[0] and b"\\Flagged" not in flags[1]
    assert poll_mailbox(store, AttachmentStore(tmp_path / "att"), mailbox).refused == []


def test_a_sender_over_its_hourly_number_is_held_back_unseen_and_read_later(
    store, tmp_path, account, mailbox
):
    """As the SMTP endpoint answers 451: slowed, nothing lost. The peer here is the mail
    provider, so the From address is what is counted."""
    for n in range(3):
        _deliver(account, mailbox, _mail(f"[BFA] Raid {n}", f"Armed men raided village {n}."))
    other = _mail("[MLI] Market burned", "The market was burned at night.")
    other.replace_header("From", "partner@ngo.example.org")
    _deliver(account, mailbox, other)
    files = AttachmentStore(tmp_path / "att")
    limiter = RateLimiter(2, window_seconds=0.5)

    first = poll_mailbox(store, files, mailbox, limiter)

    assert len(first.received) == 3 and len(first.held) == 1
    assert sorted(r.title for r in _reports(store)) == ["Market burned", "Raid 0", "Raid 1"]
    unseen = [f for f in _flags(account, mailbox) if b"\\Seen" not in f]
    assert len(unseen) == 1  # left for a later poll
    time.sleep(0.6)  # the hour passes
    later = poll_mailbox(store, files, mailbox, limiter)
    assert len(later.received) == 1 and later.held == []
    assert "Raid 2" in {r.title for r in _reports(store)}


def test_a_wrong_password_is_a_clear_error(store, tmp_path, account, mailbox):
    wrong = Mailbox(
        mailbox.host, mailbox.user, "not-it", mailbox.port, mailbox.folder, Security.NONE
    )
    with pytest.raises(InvalidInput, match="login refused"):
        poll_mailbox(store, AttachmentStore(tmp_path / "att"), wrong)


def test_the_worker_reads_a_configured_mailbox_at_its_own_pace(store, settings, account, mailbox):
    from tocsin.worker import default_jobs

    configured = settings.model_copy(
        update={
            "imap_host": account.host,
            "imap_port": account.port,
            "imap_user": account.user,
            "imap_password": account.password,
            "imap_folder": mailbox.folder,
            "imap_security": "none",
            "imap_poll_seconds": 3600.0,
        }
    )
    _deliver(
        account,
        mailbox,
        _mail("[BFA] Road blocked", "Militants blocked the Kaya road.", "<road@field.example.org>"),
    )
    job = default_jobs(store, configured, coding=False)["mailbox"]

    first = job()
    _deliver(
        account,
        mailbox,
        _mail("[BFA] Second", "Another attack near Kaya.", "<second@field.example.org>"),
    )
    second = job()  # within the poll interval: the mailbox is not read again yet

    assert len(first.received) == 1 and second is None
    assert "mailbox" not in default_jobs(store, settings, coding=False)


def test_a_half_configured_mailbox_is_a_clear_error(settings):
    half = settings.model_copy(update={"imap_host": "mail.example.org"})
    with pytest.raises(InvalidInput, match="TOCSIN_IMAP_USER"):
        _ = half.imap_mailbox
    odd = half.model_copy(update={"imap_user": "u", "imap_password": "p", "imap_security": "tls"})
    with pytest.raises(InvalidInput, match="ssl, starttls or none"):
        _ = odd.imap_mailbox
