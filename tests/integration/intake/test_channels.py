"""Each channel against real components: forms and files, e-mail through a real SMTP session,
bulk CSV; and the workflow's permissions."""

from __future__ import annotations

import hashlib
import smtplib
from datetime import timedelta
from email.message import EmailMessage

import pytest
from sqlalchemy import select

from tests.servers import free_port
from tocsin.accounts.service import Principal
from tocsin.domain.errors import InvalidInput, PermissionDenied
from tocsin.domain.reports import Channel
from tocsin.domain.roles import Role
from tocsin.intake.attachments import AttachmentStore, check_file
from tocsin.intake.bulk import import_reports_csv
from tocsin.intake.evidence import add_comment, link_report
from tocsin.intake.forms import save_form
from tocsin.intake.mail import receive_message, reference_for
from tocsin.intake.service import parse_submission, submit_report
from tocsin.intake.smtp_endpoint import start_endpoint
from tocsin.store.models import Attachment, Report, ReportComment, ReportLink

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40
ADMIN = Principal(None, Role.ADMIN, "admin")
CORE = {
    "title": "Convoy attacked",
    "text": "A convoy was attacked on the main road.",
    "country": "BFA",
}


def _form(store):
    with store.uow() as uow:
        return save_form(
            uow,
            "incident",
            "Incident report",
            [
                {"name": "where", "label": "Where", "kind": "location", "required": True},
                {"name": "photo", "label": "Photo", "kind": "file"},
            ],
            ADMIN,
        )


def test_form_versions_keep_old_answers_readable(store):
    first = _form(store)
    with store.uow() as uow:
        second = save_form(
            uow,
            "incident",
            "Incident report v2",
            [{"name": "where", "label": "Where", "kind": "location"}],
            ADMIN,
        )
    assert (first.version, second.version) == (1, 2)
    with store.uow() as uow:
        with pytest.raises(PermissionDenied):
            save_form(uow, "x-form", "X", [], Principal(1, Role.ANALYST, "a"))


def test_report_with_form_answers_and_attachment(store, tmp_path):
    _form(store)
    files = AttachmentStore(tmp_path / "att")
    with store.uow() as uow:
        report = submit_report(
            uow,
            parse_submission(CORE),
            Principal.public(),
            Channel.WEB,
            form_key="incident",
            answers={"where": {"lat": "14.1", "lon": "-1.6", "name": "Djibo road"}},
            files=[("photo", check_file("road.png", PNG))],
            file_store=files,
        )
    with store.uow() as uow:
        saved = uow.reports.get(report.id)
        assert (saved.latitude, saved.longitude, saved.place_name) == (14.1, -1.6, "Djibo road")
        (attachment,) = uow.session.scalars(select(Attachment)).all()
        assert files.read(attachment.sha256) == PNG and attachment.field_name == "photo"


def test_bad_answers_write_nothing(store, tmp_path):
    _form(store)
    with store.uow() as uow, pytest.raises(InvalidInput, match="Where: required"):
        submit_report(
            uow,
            parse_submission(CORE),
            Principal.public(),
            Channel.WEB,
            form_key="incident",
            answers={},
        )
    with store.uow() as uow:
        assert uow.session.scalars(select(Report)).all() == []


def _mail(subject: str, body: str, attachment: bytes | None = None) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "monitor@field.example.org"
    message["To"] = "reports@tocsin.example.org"
    message["Subject"] = subject
    message["Message-ID"] = f"<{abs(hash(subject + body))}@field.example.org>"
    message.set_content(body)
    if attachment:
        message.add_attachment(attachment, maintype="image", subtype="png", filename="scene.png")
    return message


@pytest.fixture
def mail_endpoint(store, tmp_path):
    port = free_port()
    controller = start_endpoint(store, AttachmentStore(tmp_path / "att"), "127.0.0.1", port)
    yield port
    controller.stop()


def test_email_becomes_report_once(store, mail_endpoint):
    message = _mail(
        "[BFA] Village raided at dawn",
        "Armed men raided the village.\nDate: 2026-02-01\nPlace: Djibo\n",
        PNG,
    )
    with smtplib.SMTP("127.0.0.1", mail_endpoint, timeout=10) as smtp:
        smtp.send_message(message)
        smtp.send_message(message)  # delivered twice: still one report
    with store.uow() as uow:
        (report,) = uow.session.scalars(select(Report)).all()
        assert (report.channel, report.country_iso3, report.place_name) == ("email", "BFA", "Djibo")
        assert report.title == "Village raided at dawn"
        assert report.reporter_contact == "monitor@field.example.org"
        assert report.raw["message_id"] == message["Message-ID"]
        assert len(uow.session.scalars(select(Attachment)).all()) == 1


def test_email_without_country_is_refused_with_reason(store, mail_endpoint):
    with smtplib.SMTP("127.0.0.1", mail_endpoint, timeout=10) as smtp:
        with pytest.raises(smtplib.SMTPDataError) as info:
            smtp.send_message(_mail("Something happened", "No country given in this one."))
    assert info.value.smtp_code == 550 and b"country" in info.value.smtp_error
    with store.uow() as uow:
        assert uow.session.scalars(select(Report)).all() == []


def test_email_as_gateways_and_mail_programs_send_it_becomes_a_report(
    store, mail_endpoint, tmp_path
):
    account = "Armed men raided the village and burned the granaries. " * 500
    body = (
        "Country: Burkina Faso\n\n---------- Forwarded message ---------\n"
        "From: Ali <ali@example.org>\nDate: Mon, Nov 3, 2026 at 10:00 AM\n\n" + account
    )
    subject = "[EXTERNAL] Fwd: " + " ".join(["Village raided near Djibo"] * 12)
    with smtplib.SMTP("127.0.0.1", mail_endpoint, timeout=10) as smtp:
        smtp.send_message(_mail(subject, body))
    with store.uow() as uow:
        report = uow.session.scalars(select(Report)).one()
        (attachment,) = uow.session.scalars(select(Attachment)).all()
    # The forwarded header block is not the report's: its sender leaves the text, and when
    # the mail was sent is not when the raid happened.
    assert (report.country_iso3, report.occurred_on) == ("BFA", None)
    assert "ali@example.org" not in report.text and "[forwarded message]" in report.text
    assert report.title.startswith("Village raided near Djibo") and report.title.endswith("…")
    assert len(report.title) <= 200 and len(report.text) <= 20_000
    assert report.text.endswith("the full message is attached as message.txt]")
    assert attachment.filename == "message.txt"
    whole = AttachmentStore(tmp_path / "att").read(attachment.sha256).decode()
    assert whole.count("burned the granaries") == 500


def test_an_emailed_reports_text_holds_neither_signature_nor_reply_nor_field_lines(
    store, mail_endpoint
):
    """The text is published as received; the people a mail names, the sender's phone and the
    place must not be in it. The message as received stays with the report, restricted."""
    signed = _mail(
        "[BFA] Checkpoint abuses",
        "Place: Safehouse Delta\nRegion: Sahel\n\n"
        "Soldiers at the checkpoint beat two men and took their phones.\n\n"
        "-- \nEve Mailwitness\nField monitor, Eastern Plains\nMobile: +226 70 99 98 88\n",
    )
    reply = _mail(
        "Re: [BFA] Shooting in the market",
        "Yes, I saw it myself: soldiers shot three traders in the market.\n\n"
        "Le lun. 17 nov. 2026 à 09:12, Frank Relayperson <frank.relay@example.net> a écrit :\n"
        "> Did you see the shooting? Call me on +226 71 22 23 33\n\nSent from my iPhone\n",
    )
    with smtplib.SMTP("127.0.0.1", mail_endpoint, timeout=10) as smtp:
        smtp.send_message(signed)
        smtp.send_message(reply)
    with store.uow() as uow:
        first, second = uow.session.scalars(select(Report).order_by(Report.id)).all()
    assert first.text == "Soldiers at the checkpoint beat two men and took their phones."
    assert (first.place_name, first.admin1) == ("Safehouse Delta", "Sahel")
    assert second.text == (
        "Yes, I saw it myself: soldiers shot three traders in the market.\n\n[quoted message]"
    )
    assert "+226 70 99 98 88" in first.raw["body"] and "Frank" in second.raw["body"]


def test_an_emailed_reports_reference_is_keyed_with_the_deployments_secret(
    store, tmp_path, deployment_key
):
    """Whoever holds the Message-ID (the sent mail, a relay's log) cannot work it out."""
    message = _mail("[BFA] Village raided", "Armed men raided the village at dawn.")
    message_id = message["Message-ID"]

    reference = receive_message(store, message.as_bytes(), AttachmentStore(tmp_path / "att"))

    unkeyed = "R-M" + hashlib.sha256(message_id.encode()).hexdigest()[:9].upper()
    assert reference == reference_for(message_id, deployment_key) != unkeyed
    assert reference != reference_for(message_id, "another deployment's key")


def test_a_message_stored_before_references_were_keyed_is_not_stored_again(store, tmp_path):
    message = _mail("[BFA] Village raided", "Armed men raided the village at dawn.")
    files = AttachmentStore(tmp_path / "att")
    receive_message(store, message.as_bytes(), files)
    unkeyed = "R-M" + hashlib.sha256(message["Message-ID"].encode()).hexdigest()[:9].upper()
    with store.uow() as uow:  # as an earlier version stored it
        uow.session.scalars(select(Report)).one().reference = unkeyed
        uow.commit()

    again = receive_message(store, message.as_bytes(), files)

    assert again == unkeyed
    with store.uow() as uow:
        assert len(uow.session.scalars(select(Report)).all()) == 1


def test_a_sender_over_the_hourly_number_is_told_to_retry_and_others_are_not(store, tmp_path):
    port = free_port()
    controller = start_endpoint(
        store, AttachmentStore(tmp_path / "att"), "127.0.0.1", port, per_sender_per_hour=2
    )
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as smtp:
            for i in range(2):
                smtp.send_message(_mail(f"[BFA] Raid {i}", f"Armed men raided village {i}."))
            with pytest.raises(smtplib.SMTPSenderRefused) as slowed:
                smtp.send_message(_mail("[BFA] Raid 2", "Armed men raided village 2."))
            other = _mail("[MLI] Market burned", "The market was burned at night.")
            other.replace_header("From", "partner@ngo.example.org")
            smtp.send_message(other)
    finally:
        controller.stop()
    assert slowed.value.smtp_code == 451  # temporary: the sender's mail system tries later
    with store.uow() as uow:
        titles = sorted(r.title for r in uow.session.scalars(select(Report)))
    assert titles == ["Market burned", "Raid 0", "Raid 1"]


def test_a_flood_from_one_address_changing_from_is_told_to_retry_and_other_peers_are_not(
    store, tmp_path
):
    """From is whatever the sender writes: the endpoint counts the connecting address too."""
    port = free_port()
    controller = start_endpoint(
        store,
        AttachmentStore(tmp_path / "att"),
        "127.0.0.1",
        port,
        per_sender_per_hour=100,
        per_peer_per_hour=3,
    )

    def mail(n: int) -> EmailMessage:
        message = _mail(f"[BFA] Raid {n}", f"Armed men raided village {n}.")
        message.replace_header("From", f"someone{n}@flood.example.org")
        return message

    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as smtp:
            for n in range(3):
                smtp.send_message(mail(n))
            with pytest.raises(smtplib.SMTPSenderRefused) as slowed:
                smtp.send_message(mail(3))
        # Another machine (another loopback address) is not held up by the flood.
        with smtplib.SMTP("127.0.0.1", port, timeout=10, source_address=("127.0.0.2", 0)) as smtp:
            smtp.send_message(mail(4))
    finally:
        controller.stop()
    assert slowed.value.smtp_code == 451  # temporary: a real sender's mail system tries later
    assert b"too many messages from this network address; try again in" in slowed.value.smtp_error
    with store.uow() as uow:
        titles = sorted(r.title for r in uow.session.scalars(select(Report)))
    assert titles == ["Raid 0", "Raid 1", "Raid 2", "Raid 4"]


def test_csv_upload_is_all_or_nothing(store):
    analyst = Principal(None, Role.ANALYST, "a")
    good = b"title,text,country,occurred_on\nRaid,Houses burned in the night.,BFA,2026-01-02\n"
    bad = good + b"Bad,too short,BFA,2026-01-03\nAlso bad,Text long enough here.,Atlantis,\n"
    with store.uow() as uow, pytest.raises(InvalidInput) as info:
        import_reports_csv(uow, bad, analyst)
    assert "line 3: text" in str(info.value) and "line 4: country" in str(info.value)
    with store.uow() as uow:
        assert uow.session.scalars(select(Report)).all() == []
        assert len(import_reports_csv(uow, good, analyst)) == 1
        assert uow.session.scalars(select(Report)).one().channel == "upload"


def test_csv_the_csv_module_cannot_read_is_refused_by_line_and_old_mac_lines_are_read(store):
    analyst = Principal(None, Role.ANALYST, "a")
    huge = b'title,text,country\nRaid,"' + b"x" * 200_000 + b'",BFA\n'
    with store.uow() as uow, pytest.raises(InvalidInput, match="not readable as CSV near line 2"):
        import_reports_csv(uow, huge, analyst)
    mac = b"title,text,country\rRaid,Houses burned in the night.,BFA\rFire,Granaries burned.,MLI"
    with store.uow() as uow:
        assert len(import_reports_csv(uow, mac, analyst)) == 2


def test_csv_rows_are_named_by_the_line_they_start_on_and_extra_cells_are_refused(store):
    analyst = Principal(None, Role.ANALYST, "a")
    content = (
        b"title,text,country\n"
        b'Raid,"Houses burned.\nThe granary too.\nThree wounded.",BFA\n'
        b"Bad,too short,BFA\n"
        b"Fire,Granaries burned, then the market,MLI\n"
    )
    with store.uow() as uow, pytest.raises(InvalidInput) as info:
        import_reports_csv(uow, content, analyst)
    assert str(info.value) == (
        "nothing was imported: line 5: text: String should have at least 10 characters"
        " | line 6: more cells than the header has columns"
    )
    with store.uow() as uow:
        assert uow.session.scalars(select(Report)).all() == []


def test_comments_and_corroboration_links(store, analyst):
    with store.uow() as uow:
        first = submit_report(uow, parse_submission(CORE), Principal.public(), Channel.API)
        second = submit_report(uow, parse_submission(CORE), Principal.public(), Channel.API)
    with store.uow(analyst.actor) as uow:
        add_comment(uow, first.id, "Called the clinic; two wounded confirmed.", analyst)
        link_report(uow, first.id, analyst, other_reference=second.reference)
        with pytest.raises(InvalidInput):
            link_report(uow, first.id, analyst, other_reference=first.reference)
    with store.uow() as uow:
        assert uow.session.scalars(select(ReportComment)).one().author_id == analyst.user_id
        assert uow.session.scalars(select(ReportLink)).one().linked_report_id == second.id


def test_the_same_comment_sent_again_at_once_is_kept_once(store, analyst):
    """A reload of the page a comment answers with posts it again; a later, deliberate
    repeat, or another analyst's same words, is a comment of its own."""
    with store.uow() as uow:
        report = submit_report(uow, parse_submission(CORE), Principal.public(), Channel.API)
    with store.uow(analyst.actor) as uow:
        first = add_comment(uow, report.id, "Clinic confirms two wounded.", analyst)
        again = add_comment(uow, report.id, " Clinic confirms two wounded. ", analyst)
        assert again.id == first.id
        first.created_at = first.created_at - timedelta(minutes=11)
        uow.commit()
        later = add_comment(uow, report.id, "Clinic confirms two wounded.", analyst)
        assert later.id != first.id
    with store.uow() as uow:
        assert len(uow.session.scalars(select(ReportComment)).all()) == 2
