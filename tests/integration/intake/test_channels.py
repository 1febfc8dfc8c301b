"""Each channel against real components: forms and files, e-mail through a real SMTP session,
bulk CSV; and the workflow's permissions."""

from __future__ import annotations

import smtplib
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
    huge = b"title,text,country\nRaid,\"" + b"x" * 200_000 + b"\",BFA\n"
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
