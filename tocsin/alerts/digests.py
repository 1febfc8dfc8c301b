"""The weekly summary a subscriber may ask for beside the alerts.

An alert says that something changed; a diplomat or a journalist following a few countries
also wants, once a week, where each of them stands: its level and since when, what changed in
the week, the latest forecasts, and a link to each page. The worker's hourly pass queues a
summary for each subscriber whose last one is a week old (`queue_digests`), through the same
outbox, retries and unsubscribe links as the alerts. A subscriber is claimed with a
compare-and-set on `digest_sent_at`, so two workers never queue the same week twice; the
summary is written then, in the subscriber's language, so what they read is what stood when
it was made. Summaries go to mailboxes only: a partner's webhook takes the alerts themselves.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from babel.numbers import format_percent
from sqlalchemy import or_, select, update

from tocsin.alerts.notices import link_to
from tocsin.alerts.outbox import new_message_id
from tocsin.domain.digests import WEEKLY
from tocsin.domain.levels import Level
from tocsin.domain.wording import DEFAULT, N_, N_plural, country_name_in, supported, translations
from tocsin.store.models import Delivery, Subscriber
from tocsin.store.models.alerts import DeliveryKind
from tocsin.store.uow import UnitOfWork

EVERY = timedelta(days=7)


def _label(told: Any, value: str | None) -> str:
    return told(Level(value).label) if value else ""


def _country_lines(
    uow: UnitOfWork, iso3: str, name: str, since: datetime, language: str, base: str
) -> list[str]:
    told = translations(language).gettext
    named = country_name_in(language, iso3, name)
    situation = uow.situations.for_country(iso3)
    if situation is None:
        return [told(N_("- {country}: not under watch")).format(country=named)]
    lines = [
        told(N_("- {country}: {level} (since {day})")).format(
            country=named,
            level=_label(told, situation.level),
            day=situation.level_changed_at.date().isoformat(),
        )
    ]
    for change in reversed(uow.situations.history(situation.id)):
        if change.at < since or change.from_level is None:
            continue
        lines.append(
            "  "
            + told(N_("{day}: from {before} to {after}")).format(
                day=change.at.date().isoformat(),
                before=_label(told, change.from_level),
                after=_label(told, change.to_level),
            )
        )
    onset = next(iter(uow.forecasts.latest(iso3, "structural")), None)
    if onset is not None:
        lines.append(
            "  "
            + told(N_("onset risk {risk} over {start}-{end}")).format(
                risk=format_percent(onset.probability, "#,##0.0%", locale=language),
                start=onset.period_start.year,
                end=onset.period_end.year,
            )
        )
    escalation = next(iter(uow.forecasts.latest(iso3, "dynamic")), None)
    if escalation is not None:
        lines.append(
            "  "
            + told(N_("escalation {risk} for {start} to {end}")).format(
                risk=format_percent(escalation.probability, "#,##0%", locale=language),
                start=escalation.period_start.strftime("%Y-%m"),
                end=escalation.period_end.strftime("%Y-%m"),
            )
        )
    lines.append(f"  {link_to(base, f'/situations/{situation.id}', language)}")
    return lines


def told_digest(
    uow: UnitOfWork, subscriber: Subscriber, since: datetime, until: datetime, base_url: str
) -> dict[str, str]:
    """The summary's subject and text in the subscriber's language."""
    language = supported(subscriber.language) or DEFAULT
    told = translations(language)
    base = base_url.rstrip("/")
    countries = sorted(
        ((s.country.iso3, s.country.name) for s in subscriber.subscriptions),
        key=lambda pair: country_name_in(language, *pair),
    )
    count = len(countries)
    subject = told.ngettext(
        *N_plural(
            "[Tocsin] The week in {count} country: {day}",
            "[Tocsin] The week in {count} countries: {day}",
        ),
        count,
    ).format(count=count, day=until.date().isoformat())
    lines = [
        told.gettext(N_("Where the situations in your countries stand, {since} to {until}:"))
        .format(since=since.date().isoformat(), until=until.date().isoformat()),
        "",
    ]
    for iso3, name in countries:
        lines += _country_lines(uow, iso3, name, since, language, base)
    watchlist = link_to(base, "/", language)
    lines += ["", told.gettext(N_("The watchlist: {link}")).format(link=watchlist)]
    return {"language": language, "subject": subject, "body": "\n".join(lines)}


def _due(now: datetime) -> Any:
    """Weekly subscribers whose last summary (or, before the first, their subscription) is a
    week old."""
    start = Subscriber.digest_sent_at
    return (
        select(Subscriber)
        .where(
            Subscriber.active.is_(True),
            Subscriber.digest == WEEKLY,
            Subscriber.webhook_url.is_(None),
            or_(start <= now - EVERY, start.is_(None) & (Subscriber.created_at <= now - EVERY)),
        )
        .order_by(Subscriber.id)
    )


def queue_digests(uow: UnitOfWork, now: datetime, base_url: str) -> list[Delivery]:
    """The worker's pass: queue each due subscriber's summary of the week, claimed once."""
    queued = []
    for subscriber in uow.session.scalars(_due(now)).all():
        before = subscriber.digest_sent_at
        claimed = uow.session.execute(
            update(Subscriber)
            .where(
                Subscriber.id == subscriber.id,
                Subscriber.digest_sent_at.is_(None)
                if before is None
                else Subscriber.digest_sent_at == before,
            )
            .values(digest_sent_at=now)
            .execution_options(synchronize_session=False)
        )
        if claimed.rowcount != 1:  # type: ignore[attr-defined]  # another worker has it
            continue
        since = before or max(subscriber.created_at, now - EVERY)
        delivery = Delivery(
            kind=DeliveryKind.DIGEST.value,
            subscriber_id=subscriber.id,
            channel="email",
            message_id=new_message_id(),
            payload=told_digest(uow, subscriber, since, now, base_url),
        )
        uow.add(delivery)
        queued.append(delivery)
    uow.commit()
    return queued
