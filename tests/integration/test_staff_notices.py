"""Notices to staff, through the outbox and a real SMTP server on loopback, on SQLite and
PostgreSQL: an analyst given a report by someone else is told, in their language, with a link
and nothing of the report's text or reporter; levels newly due for review are told once, to
those who may set levels (a situation's followers, when it has any); a person who turned
notices off, or whose account was closed, is not mailed."""

from __future__ import annotations

from datetime import timedelta
from email.header import decode_header, make_header
from email.message import Message

import pytest
from sqlalchemy import select

from tests.conftest import make_principal, witness_report
from tests.integration.alerting import text_of
from tocsin.accounts.service import set_active, set_notices
from tocsin.alerts import notices
from tocsin.alerts.channels import build_channels
from tocsin.alerts.delivery import drain_outbox
from tocsin.alerts.notices import notify_new_reports
from tocsin.domain.errors import NotFound, PermissionDenied
from tocsin.domain.reports import Channel
from tocsin.domain.roles import Role
from tocsin.intake.evidence import add_comment, assign_report
from tocsin.intake.service import parse_submission, submit_report
from tocsin.risk.following import follow, followed_by, unfollow
from tocsin.risk.level_review import note_reviews_due
from tocsin.risk.situations import ensure_situation, set_level
from tocsin.store.base import utcnow
from tocsin.store.models import AuditEntry, Delivery, LevelChange
from tocsin.store.models.alerts import DeliveryKind
from tocsin.worker import default_jobs

PHONE = "+226 70 00 00 00"


def subject_of(mail: Message) -> str:
    return str(make_header(decode_header(mail["Subject"])))


def _report(store) -> int:
    with store.uow() as uow:
        report = witness_report(uow, "R-NOTICE", "BFA", PHONE)
        uow.commit()
        return report.id


def _notices(store) -> list[Delivery]:
    with store.uow() as uow:
        found = uow.session.scalars(
            select(Delivery).where(Delivery.kind == DeliveryKind.NOTICE.value).order_by(Delivery.id)
        ).all()
        for d in found:
            _ = d.user  # loaded before the session ends
        return list(found)


def test_an_analyst_given_a_report_is_mailed_in_their_language(store, analyst, settings, smtp):
    inbox, port = smtp
    settings.smtp_port = port
    colleague = make_principal(store, Role.ANALYST, "fatou@example.org")
    with store.uow() as uow:
        set_notices(uow, colleague.user_id, True, "fr")
    report_id = _report(store)

    with store.uow(analyst.actor) as uow:
        assign_report(uow, report_id, colleague.user_id, analyst)
    with store.uow(analyst.actor) as uow:  # the same again (a page sent twice): no second mail
        assign_report(uow, report_id, colleague.user_id, analyst)

    (notice,) = _notices(store)
    assert notice.user_id == colleague.user_id and notice.subscriber_id is None
    assert drain_outbox(store, build_channels(settings), settings).sent == 1
    (mail,) = inbox.wait_for(1)
    body = text_of(mail)
    assert mail["To"] == "fatou@example.org"
    assert subject_of(mail) == "[Tocsin] Signalement R-NOTICE qui vous est attribué"
    assert mail["Content-Language"] == "fr"
    assert f"/review/{report_id}?lang=fr" in body and "/account?lang=fr" in body
    assert "Ana" in body  # who gave it
    # Nothing of the report's text or of its witness leaves in a mailbox.
    assert PHONE not in body and "Amina" not in body and "Amina" not in mail["Subject"]


def test_no_notice_for_a_report_taken_oneself_or_for_someone_who_turned_them_off(
    store, analyst
):
    colleague = make_principal(store, Role.ANALYST, "fatou@example.org")
    report_id = _report(store)
    with store.uow(analyst.actor) as uow:
        assign_report(uow, report_id, analyst.user_id, analyst)  # took it
    assert _notices(store) == []

    with store.uow() as uow:
        set_notices(uow, colleague.user_id, False, "en")
    with store.uow(analyst.actor) as uow:
        assign_report(uow, report_id, colleague.user_id, analyst)
    assert _notices(store) == []
    with store.uow() as uow:
        assert uow.reports.get(report_id).assigned_to_id == colleague.user_id


def test_the_analyst_a_report_is_assigned_to_is_told_of_others_comments(
    store, analyst, settings, smtp
):
    inbox, port = smtp
    settings.smtp_port = port
    fatou = make_principal(store, Role.ANALYST, "fatou@example.org")
    report_id = _report(store)
    with store.uow(analyst.actor) as uow:
        add_comment(uow, report_id, "Unassigned: nobody to tell", analyst)
    assert _notices(store) == []
    with store.uow(fatou.actor) as uow:
        assign_report(uow, report_id, fatou.user_id, fatou)  # she takes it
        add_comment(uow, report_id, "Calling the partner in Djibo", fatou)  # her own
    assert _notices(store) == []

    with store.uow(analyst.actor) as uow:
        add_comment(uow, report_id, "The witness's phone is in the raw message", analyst)
        add_comment(uow, report_id, "The witness's phone is in the raw message", analyst)  # resent

    (notice,) = _notices(store)
    assert notice.user_id == fatou.user_id and notice.payload["topic"] == "commented"
    assert drain_outbox(store, build_channels(settings), settings).sent == 1
    (mail,) = inbox.wait_for(1)
    assert subject_of(mail) == "[Tocsin] A comment on report R-NOTICE"
    body = text_of(mail)
    assert "Ana commented on report R-NOTICE, which is assigned to you." in body
    assert "phone" not in body  # the comment stays on the page


def test_a_notice_waiting_for_someone_who_turned_them_off_or_left_is_cancelled(
    store, analyst, settings, smtp
):
    inbox, port = smtp
    settings.smtp_port = port
    fatou = make_principal(store, Role.ANALYST, "fatou@example.org")
    awa = make_principal(store, Role.ANALYST, "awa@example.org")
    report_id = _report(store)
    with store.uow(analyst.actor) as uow:
        assign_report(uow, report_id, fatou.user_id, analyst)
        assign_report(uow, report_id, awa.user_id, analyst)
    assert len(_notices(store)) == 2

    with store.uow() as uow:
        set_notices(uow, fatou.user_id, False, "en")
        set_active(uow, "awa@example.org", False)
    result = drain_outbox(store, build_channels(settings), settings)

    assert (result.sent, result.cancelled) == (0, 2)
    assert sorted(d.last_error for d in _notices(store)) == [
        "the person turned notices off",
        "the person's account was closed",
    ]
    assert inbox.messages == []


def _due_long_ago(store, analyst, country: str = "MMR", level: str = "imminent_risk") -> int:
    """Myanmar (or another country) at imminent risk (or another level) by an analyst's
    setting made 200 days ago: due for review."""
    with store.uow(analyst.actor) as uow:
        situation = ensure_situation(uow, country)
        uow.commit()
        set_level(uow, situation.id, level, "an analyst's judgement", analyst)
        for change in uow.session.scalars(select(LevelChange)):
            change.at = utcnow() - timedelta(days=200)
        uow.commit()
        return situation.id


def test_levels_newly_due_are_told_once_to_those_who_set_levels(store, analyst, settings, smtp):
    inbox, port = smtp
    settings.smtp_port = port
    make_principal(store, Role.MONITOR, "mo@example.org")  # sets no level: not told
    off = make_principal(store, Role.ADMIN, "admin@example.org")
    with store.uow() as uow:
        set_notices(uow, off.user_id, False, "en")
    situation_id = _due_long_ago(store, analyst)

    with store.uow() as uow:
        assert [s.id for s in note_reviews_due(uow)] == [situation_id]
        assert note_reviews_due(uow) == []  # the same episode is not told again

    (notice,) = _notices(store)
    assert notice.user_id == analyst.user_id
    assert drain_outbox(store, build_channels(settings), settings).sent == 1
    (mail,) = inbox.wait_for(1)
    body = text_of(mail)
    assert subject_of(mail) == "[Tocsin] 1 situation level is due for review"
    assert "Myanmar: imminent risk" in body
    assert "an analyst's setting is due for review" in body
    assert f"/situations/{situation_id}" in body and "/?review=due" in body


def test_a_level_due_for_review_is_told_to_those_who_follow_it(store, analyst, settings, smtp):
    """Myanmar is followed by one analyst, Benin by nobody: the follower hears of Myanmar and
    Benin, the other analyst of Benin only; a follower whose account was closed does not
    keep a situation from the others."""
    inbox, port = smtp
    settings.smtp_port = port
    colleague = make_principal(store, Role.ANALYST, "fatou@example.org")
    gone = make_principal(store, Role.ANALYST, "gone@example.org")
    myanmar = _due_long_ago(store, analyst)
    benin_id = _due_long_ago(store, analyst, "BEN", "serious_concern")
    with store.uow(analyst.actor) as uow:
        assert follow(uow, myanmar, analyst) is True
        assert follow(uow, myanmar, analyst) is False  # the same click twice
        uow.commit()
    with store.uow(gone.actor) as uow:
        follow(uow, benin_id, gone)
        uow.commit()
    with store.uow() as uow:
        set_active(uow, "gone@example.org", False)
        uow.commit()

    with store.uow() as uow:
        assert {s.id for s in note_reviews_due(uow)} == {myanmar, benin_id}
        uow.commit()

    told = {n.user_id: [s["id"] for s in n.payload["situations"]] for n in _notices(store)}
    assert told == {analyst.user_id: [myanmar, benin_id], colleague.user_id: [benin_id]}
    assert drain_outbox(store, build_channels(settings), settings).sent == 2
    mails = {mail["To"]: text_of(mail) for mail in inbox.wait_for(2)}
    assert "Myanmar" not in mails["fatou@example.org"]
    assert "Benin" in mails["fatou@example.org"]


def test_following_is_for_those_who_set_levels_and_can_be_undone(store, analyst):
    monitor = make_principal(store, Role.MONITOR, "mo@example.org")
    with store.uow(analyst.actor) as uow:
        situation = ensure_situation(uow, "MMR")
        uow.commit()
        situation_id = situation.id
    with store.uow(monitor.actor) as uow, pytest.raises(PermissionDenied):
        follow(uow, situation_id, monitor)
    with store.uow(analyst.actor) as uow, pytest.raises(NotFound):
        follow(uow, situation_id + 100, analyst)
    with store.uow(analyst.actor) as uow:
        follow(uow, situation_id, analyst)
        uow.commit()
        assert [s.id for s in followed_by(uow, analyst.user_id)] == [situation_id]
        assert unfollow(uow, situation_id, analyst) is True
        assert unfollow(uow, situation_id, analyst) is False
        uow.commit()
        assert followed_by(uow, analyst.user_id) == []
        actions = uow.session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "SituationFollower")
        ).all()
    assert sorted(actions) == ["delete", "insert"]


def test_those_who_follow_a_situation_are_told_of_its_level_changes_by_others(
    store, analyst, settings, smtp
):
    """Fatou follows Myanmar: a colleague's override is mailed to her, in French, naming the
    colleague; her own change is not; a follower with notices off is not mailed."""
    inbox, port = smtp
    settings.smtp_port = port
    fatou = make_principal(store, Role.ANALYST, "fatou@example.org")
    quiet = make_principal(store, Role.ADMIN, "quiet@example.org")
    with store.uow() as uow:
        set_notices(uow, fatou.user_id, True, "fr")
        set_notices(uow, quiet.user_id, False, "en")
        situation = ensure_situation(uow, "MMR")
        uow.commit()
        situation_id = situation.id
    for person in (fatou, quiet):
        with store.uow(person.actor) as uow:
            follow(uow, situation_id, person)
    with store.uow(analyst.actor) as uow:
        set_level(uow, situation_id, "imminent_risk", "reports of mass arrests", analyst)

    (notice,) = _notices(store)
    assert notice.user_id == fatou.user_id
    assert drain_outbox(store, build_channels(settings), settings).sent >= 1
    (mail,) = [m for m in inbox.wait_for(1) if m["To"] == "fatou@example.org"]
    body = text_of(mail)
    assert subject_of(mail) == "[Tocsin] Myanmar (Birmanie) : niveau relevé à risque imminent"
    assert "Modifié par : Ana (réglage manuel)" in body  # the colleague, by name
    assert f"/situations/{situation_id}?lang=fr" in body
    assert "reports of mass arrests" not in body  # the reasons stay on the page

    with store.uow(fatou.actor) as uow:
        set_level(uow, situation_id, "serious_concern", "the arrests stopped", fatou)
    assert len(_notices(store)) == 1  # her own change tells her nothing


def _submitted(store, principal, title: str, country: str) -> str:
    with store.uow(principal.actor) as uow:
        data = {"title": title, "text": f"Witness Amina, {PHONE}.", "country": country}
        return submit_report(uow, parse_submission(data), principal, Channel.API).reference


def test_new_reports_are_told_in_one_notice_to_those_who_follow_their_situation(
    store, analyst, settings, smtp, monkeypatch
):
    """Fatou follows Mali: the worker's pass tells her, in French, of the two reports a
    monitor sent from Mali (not of Burkina Faso's, nor of the one she sent herself), once,
    naming each by its reference with a link and nothing of its text or reporter."""
    inbox, port = smtp
    settings.smtp_port = port
    fatou = make_principal(store, Role.ANALYST, "fatou@example.org")
    monitor = make_principal(store, Role.MONITOR, "mo@example.org")
    with store.uow() as uow:
        set_notices(uow, fatou.user_id, True, "fr")
        mali = ensure_situation(uow, "MLI")
        uow.commit()
        follow(uow, mali.id, fatou)
    sent = [_submitted(store, monitor, t, "MLI") for t in ("Mopti attack", "Gao attack")]
    _submitted(store, monitor, "Dori attack", "BFA")
    _submitted(store, fatou, "Her own note", "MLI")

    jobs = default_jobs(store, settings, coding=False, background=False)
    jobs["report-notices"]()
    (notice,) = _notices(store)
    assert notice.user_id == fatou.user_id
    assert [r["reference"] for r in notice.payload["reports"]] == sent
    with store.uow() as uow:
        assert notify_new_reports(uow) == []  # each report is told of once

    assert drain_outbox(store, build_channels(settings), settings).sent == 1
    (mail,) = inbox.wait_for(1)
    body = text_of(mail)
    assert subject_of(mail) == (
        "[Tocsin] 2 nouveaux signalements dans les situations que vous suivez"
    )
    assert all(reference in body for reference in sent)
    assert "Mali, par API" in body and "/review?followed=1&lang=fr" in body
    assert "Amina" not in body and PHONE not in body and "Mopti" not in body

    monkeypatch.setattr(notices, "REPORTS_LISTED", 1)
    for title in ("Kidal", "Timbuktu", "Menaka"):
        _submitted(store, monitor, title, "MLI")
    with store.uow() as uow:
        (more,) = notify_new_reports(uow)
    assert len(more.payload["reports"]) == 1 and more.payload["count"] == 3
    told = notices.told_notice(more.payload, "en", settings.base_url)
    assert told.subject == "[Tocsin] 3 new reports in the situations you follow"
    assert "and 2 more" in told.body
