"""Repositories: named queries over the store, one class per family of domain objects."""

from __future__ import annotations

import builtins
from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Literal

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from tocsin.domain.errors import NotFound
from tocsin.store.models import (
    Alert,
    ApiToken,
    Attachment,
    Country,
    Delivery,
    DeploymentFact,
    Event,
    Forecast,
    Indicator,
    LevelChange,
    Measure,
    Organization,
    Report,
    ReportComment,
    ReportForm,
    ReportLink,
    RiskFactor,
    Signal,
    Situation,
    Subscriber,
    Subscription,
    User,
)
from tocsin.store.models.accounts import account_key
from tocsin.store.models.alerts import DeliveryKind, mailbox_key

#: The deployment fact naming the taxonomy revision in use.
TAXONOMY_REVISION = "taxonomy_revision"


class _Repository:
    def __init__(self, session: Session) -> None:
        self.session = session


#: A report filter by assignment: an analyst's user id, `UNASSIGNED` (nobody yet), or None (any).
UNASSIGNED: Literal["nobody"] = "nobody"
Assignee = int | Literal["nobody"] | None


class ReportRepository(_Repository):
    def get(self, report_id: int) -> Report:
        report = self.session.get(Report, report_id)
        if report is None:
            raise NotFound(f"no report {report_id}")
        return report

    def by_reference(self, reference: str) -> Report | None:
        return self.session.scalar(select(Report).where(Report.reference == reference))

    def list(
        self,
        statuses: Sequence[str] | None = None,
        country: str | None = None,
        limit: int = 200,
        offset: int = 0,
        submitted_by: int | None = None,
        after: tuple[datetime, int] | None = None,
        assigned: Assignee = None,
        countries: Sequence[str] | None = None,
    ) -> list[Report]:
        """Newest first; a page of ``limit`` from ``offset``, or right after the report received
        at ``after`` = (received_at, id) (id breaks ties, so pages never overlap or skip a report
        received in the same instant). ``countries``, when given, narrows to those (none at
        all: no report)."""
        query = (
            self._matching(select(Report), statuses, country, submitted_by, assigned, countries)
            .order_by(Report.received_at.desc(), Report.id.desc())
            .limit(limit)
            .offset(offset)
        )
        if after is not None:
            at, report_id = after
            query = query.where(
                Report.received_at <= at, or_(Report.received_at < at, Report.id < report_id)
            )
        return list(self.session.scalars(query))

    def count(
        self,
        statuses: Sequence[str] | None = None,
        country: str | None = None,
        submitted_by: int | None = None,
        assigned: Assignee = None,
        countries: Sequence[str] | None = None,
    ) -> int:
        query = select(func.count()).select_from(Report)
        matching = self._matching(query, statuses, country, submitted_by, assigned, countries)
        return self.session.scalar(matching) or 0

    @staticmethod
    def _matching(
        query: Select,
        statuses: Sequence[str] | None,
        country: str | None,
        submitted_by: int | None = None,
        assigned: Assignee = None,
        countries: Sequence[str] | None = None,
    ) -> Select:
        if statuses:
            query = query.where(Report.status.in_(statuses))
        if country:
            query = query.where(Report.country_iso3 == country)
        if countries is not None:
            query = query.where(Report.country_iso3.in_(list(countries)))
        if submitted_by is not None:
            query = query.where(Report.submitted_by_id == submitted_by)
        if assigned == UNASSIGNED:
            query = query.where(Report.assigned_to_id.is_(None))
        elif assigned is not None:
            query = query.where(Report.assigned_to_id == assigned)
        return query

    def attachments(self, report_id: int) -> builtins.list[Attachment]:
        query = select(Attachment).where(Attachment.report_id == report_id).order_by(Attachment.id)
        return list(self.session.scalars(query))

    def attachment(self, attachment_id: int) -> Attachment:
        found = self.session.get(Attachment, attachment_id)
        if found is None:
            raise NotFound(f"no attachment {attachment_id}")
        return found

    def comments(self, report_id: int) -> builtins.list[tuple[ReportComment, str]]:
        query = (
            select(ReportComment, User.name)
            .join(User, User.id == ReportComment.author_id)
            .where(ReportComment.report_id == report_id)
            .order_by(ReportComment.id)
        )
        return [(c, name) for c, name in self.session.execute(query)]

    def links(self, report_id: int) -> builtins.list[ReportLink]:
        query = select(ReportLink).where(
            (ReportLink.report_id == report_id) | (ReportLink.linked_report_id == report_id)
        )
        return list(self.session.scalars(query.order_by(ReportLink.id)))

    def references_linked(self, report_id: int) -> dict[int, str]:
        """The references of the reports linked to this one, by id: analysts link and know
        reports by reference, not by row id."""
        others = select(ReportLink.report_id, ReportLink.linked_report_id).where(
            (ReportLink.report_id == report_id) | (ReportLink.linked_report_id == report_id)
        )
        ids = {i for pair in self.session.execute(others) for i in pair if i is not None}
        rows = self.session.execute(select(Report.id, Report.reference).where(Report.id.in_(ids)))
        return {row.id: row.reference for row in rows}

    def form(self, form_id: int | None) -> ReportForm | None:
        return self.session.get(ReportForm, form_id) if form_id else None

    def count_by_status(self) -> dict[str, int]:
        rows = self.session.execute(select(Report.status, func.count()).group_by(Report.status))
        return {status: n for status, n in rows}


class EventRepository(_Repository):
    def for_report(self, report_id: int) -> Event | None:
        return self.session.scalar(select(Event).where(Event.report_id == report_id))

    def withdraw(self, event: Event) -> None:
        """Delete a report's Event that is no longer evidence (the audit log keeps it whole).
        Rows found to duplicate it count again, and a link to it becomes a link to its report."""
        duplicates = select(Event).where(Event.duplicate_of_id == event.id)
        for duplicate in self.session.scalars(duplicates):
            duplicate.duplicate_of_id = None
            duplicate.duplicate_status = duplicate.duplicate_score = None
        for link in self.session.scalars(select(ReportLink).where(ReportLink.event_id == event.id)):
            if link.report_id == event.report_id:
                self.session.delete(link)
            else:
                link.event_id, link.linked_report_id = None, event.report_id
        for signal in self.session.scalars(select(Signal).where(Signal.event_id == event.id)):
            signal.event_id = None
        self.session.flush()
        self.session.delete(event)

    def recent(self, country: str, limit: int = 50) -> list[Event]:
        query = (
            select(Event)
            .where(Event.country_iso3 == country)
            .order_by(Event.event_date.desc())
            .limit(limit)
        )
        return list(self.session.scalars(query))


class SignalRepository(_Repository):
    def confirmed_since(
        self, country: str, since: date, decided_by: datetime | None = None
    ) -> list[Signal]:
        """Confirmed signals observed since a day; with `decided_by`, only those confirmed by
        then (a signal with no decision time is taken as known)."""
        query = (
            select(Signal)
            .options(selectinload(Signal.indicator).selectinload(Indicator.risk_factor))
            .where(
                Signal.country_iso3 == country,
                Signal.status == "confirmed",
                Signal.observed_on >= since,
            )
        )
        if decided_by is not None:
            query = query.where(or_(Signal.decided_at.is_(None), Signal.decided_at <= decided_by))
        return list(self.session.scalars(query))

    def for_report(self, report_id: int) -> list[Signal]:
        query = (
            select(Signal)
            .options(selectinload(Signal.indicator))
            .where(Signal.report_id == report_id)
            .order_by(Signal.confidence.desc())
        )
        return list(self.session.scalars(query))

    def for_country(self, country: str, limit: int = 100) -> list[Signal]:
        query = (
            select(Signal)
            .options(selectinload(Signal.indicator).selectinload(Indicator.risk_factor))
            .where(Signal.country_iso3 == country, Signal.status == "confirmed")
            .order_by(Signal.observed_on.desc())
            .limit(limit)
        )
        return list(self.session.scalars(query))


class SituationRepository(_Repository):
    def get(self, situation_id: int) -> Situation:
        situation = self.session.get(Situation, situation_id)
        if situation is None:
            raise NotFound(f"no situation {situation_id}")
        return situation

    def for_country(self, country: str) -> Situation | None:
        return self.session.scalar(
            select(Situation).where(Situation.country_iso3 == country, Situation.admin1.is_(None))
        )

    def all(self) -> list[Situation]:
        return list(self.session.scalars(select(Situation)))

    def history(self, situation_id: int) -> list[LevelChange]:
        query = (
            select(LevelChange)
            .where(LevelChange.situation_id == situation_id)
            .order_by(LevelChange.id.desc())
        )
        return list(self.session.scalars(query))

    def last_change(self, situation_id: int) -> LevelChange | None:
        return self.session.scalar(
            select(LevelChange)
            .where(LevelChange.situation_id == situation_id)
            .order_by(LevelChange.id.desc())
            .limit(1)
        )

    def count_noted_for_review(self) -> int:
        """Situations the worker found due for an analyst's review (`risk.level_review`)."""
        query = select(func.count()).where(Situation.review_noted_at.is_not(None))
        return self.session.scalar(query) or 0

    def last_judgement(self, situation_id: int) -> LevelChange | None:
        """The latest change an analyst made (a level set, the situation opened, the level
        handed back to the evidence), whatever the rule did after it."""
        return self.session.scalar(
            select(LevelChange)
            .where(LevelChange.situation_id == situation_id, LevelChange.changed_by.like("user:%"))
            .order_by(LevelChange.id.desc())
            .limit(1)
        )


class ForecastRepository(_Repository):
    def latest(self, country: str, kind: str, issued_by: datetime | None = None) -> list[Forecast]:
        """The most recent issue of a kind of forecast for a country (all its areas); with
        `issued_by`, the most recent issued by then."""
        newest = select(func.max(Forecast.issued_at)).where(
            Forecast.country_iso3 == country, Forecast.kind == kind
        )
        if issued_by is not None:
            newest = newest.where(Forecast.issued_at <= issued_by)
        issued = self.session.scalar(newest)
        if issued is None:
            return []
        query = select(Forecast).where(
            Forecast.country_iso3 == country, Forecast.kind == kind, Forecast.issued_at == issued
        )
        return list(self.session.scalars(query.order_by(Forecast.probability.desc())))

    def latest_by_country(self, kind: str) -> dict[str, Forecast]:
        """Each country's highest probability in its own latest issue of a kind of forecast:
        what the level rule reads (`latest`), also for a country the newest issue left out."""
        newest = (
            select(Forecast.country_iso3, func.max(Forecast.issued_at).label("issued_at"))
            .where(Forecast.kind == kind)
            .group_by(Forecast.country_iso3)
            .subquery()
        )
        rows = self.session.scalars(
            select(Forecast)
            .join(
                newest,
                (Forecast.country_iso3 == newest.c.country_iso3)
                & (Forecast.issued_at == newest.c.issued_at),
            )
            .where(Forecast.kind == kind)
        )
        best: dict[str, Forecast] = {}
        for row in rows:
            if row.country_iso3 not in best or row.probability > best[row.country_iso3].probability:
                best[row.country_iso3] = row
        return best

    def history(self, country: str, kind: str, limit: int = 10) -> list[Forecast]:
        """A country's row in each of the latest `limit` issues of a kind, newest first (its
        highest, where an issue has several areas)."""
        rows = self.session.scalars(
            select(Forecast)
            .where(Forecast.country_iso3 == country, Forecast.kind == kind)
            .order_by(Forecast.issued_at.desc(), Forecast.probability.desc())
        )
        out: dict[datetime, Forecast] = {}
        for row in rows:
            if row.issued_at not in out:
                if len(out) == limit:
                    break
                out[row.issued_at] = row
        return list(out.values())

    def issues(self, kind: str, limit: int = 2) -> list[datetime]:
        """When the latest issues of a kind of forecast were made, newest first."""
        query = (
            select(Forecast.issued_at)
            .where(Forecast.kind == kind)
            .group_by(Forecast.issued_at)
            .order_by(Forecast.issued_at.desc())
            .limit(limit)
        )
        return list(self.session.scalars(query))

    def _in_issue(
        self, kind: str, issued_at: datetime, country: str | None, areas: bool | None
    ) -> Select:
        query = select(Forecast).where(Forecast.kind == kind, Forecast.issued_at == issued_at)
        if country is not None:
            query = query.where(Forecast.country_iso3 == country)
        if areas is not None:
            query = query.where(
                Forecast.admin1.is_not(None) if areas else Forecast.admin1.is_(None)
            )
        return query

    def in_issue(
        self,
        kind: str,
        issued_at: datetime,
        country: str | None = None,
        offset: int = 0,
        limit: int | None = None,
        areas: bool | None = None,
    ) -> list[Forecast]:
        """One issue's rows, likeliest first; `areas` True for admin1 areas only, False for
        whole countries only."""
        query = (
            self._in_issue(kind, issued_at, country, areas)
            .order_by(Forecast.probability.desc(), Forecast.id)
            .offset(offset)
            .limit(limit)
        )
        return list(self.session.scalars(query))

    def count_in_issue(
        self,
        kind: str,
        issued_at: datetime,
        country: str | None = None,
        areas: bool | None = None,
    ) -> int:
        rows = self._in_issue(kind, issued_at, country, areas).subquery()
        return int(self.session.scalar(select(func.count()).select_from(rows)) or 0)

    def periods_in_issue(
        self,
        kind: str,
        issued_at: datetime,
        country: str | None = None,
        areas: bool | None = None,
    ) -> list[tuple[date, date]]:
        """The distinct (period_start, period_end) of an issue's rows, earliest first."""
        rows = self._in_issue(kind, issued_at, country, areas).subquery()
        query = select(rows.c.period_start, rows.c.period_end).distinct()
        return sorted((start, end) for start, end in self.session.execute(query))

    def ranks_in_issue(self, kind: str, issued_at: datetime) -> dict[str, int]:
        """Each country's rank in an issue (its best, where it has several areas)."""
        rows = self.session.execute(
            select(Forecast.country_iso3, func.min(Forecast.rank))
            .where(Forecast.kind == kind, Forecast.issued_at == issued_at)
            .group_by(Forecast.country_iso3)
        )
        return {iso3: rank for iso3, rank in rows if rank is not None}


class AlertRepository(_Repository):
    def recent(self, limit: int = 50, country: str | None = None, offset: int = 0) -> list[Alert]:
        query = (
            select(Alert)
            .order_by(Alert.created_at.desc(), Alert.id.desc())
            .limit(limit)
            .offset(offset)
        )
        if country:
            query = query.where(Alert.country_iso3 == country)
        return list(self.session.scalars(query))

    def due_deliveries(
        self, now: datetime, limit: int, exclude: Collection[int] = ()
    ) -> list[Delivery]:
        query = (
            select(Delivery)
            .where(
                Delivery.status == "pending",
                Delivery.next_attempt_at <= now,
                (Delivery.claimed_until.is_(None)) | (Delivery.claimed_until < now),
            )
            .order_by(Delivery.next_attempt_at, Delivery.id)
            .limit(limit)
        )
        if exclude:
            query = query.where(Delivery.id.not_in(list(exclude)))
        return list(self.session.scalars(query))

    def claim(self, delivery_id: int, token: str, now: datetime, until: datetime) -> bool:
        """Take a delivery for one worker; a compare-and-set, so two workers never both send."""
        result = self.session.execute(
            update(Delivery)
            .where(
                Delivery.id == delivery_id,
                Delivery.status == "pending",
                (Delivery.claimed_until.is_(None)) | (Delivery.claimed_until < now),
            )
            .values(claimed_until=until, claim_token=token)
        )
        return result.rowcount == 1  # type: ignore[attr-defined]

    def renew_claim(self, delivery_id: int, token: str, until: datetime) -> bool:
        """Hold a delivery longer, if it is still pending and still under `token`; false when
        another worker took it once the lease ran out (a compare-and-set before sending)."""
        result = self.session.execute(
            update(Delivery)
            .where(
                Delivery.id == delivery_id,
                Delivery.status == "pending",
                Delivery.claim_token == token,
            )
            .values(claimed_until=until)
        )
        return result.rowcount == 1  # type: ignore[attr-defined]

    def deliveries(
        self, alert_id: int | None = None, status: str | None = None, limit: int | None = None
    ) -> list[Delivery]:
        query = select(Delivery).order_by(Delivery.id).limit(limit)
        if alert_id is not None:
            query = query.where(Delivery.alert_id == alert_id)
        if status is not None:
            query = query.where(Delivery.status == status)
        return list(self.session.scalars(query))

    def delivery(self, delivery_id: int) -> Delivery:
        delivery = self.session.get(Delivery, delivery_id)
        if delivery is None:
            raise NotFound(f"no delivery {delivery_id}")
        return delivery

    def confirmations_since(self, subscriber_id: int, since: datetime) -> int:
        """Confirmation mails queued for one subscriber since `since` (a mailbox is not to be
        flooded by strangers typing its address into the public form)."""
        count = self.session.scalar(
            select(func.count(Delivery.id)).where(
                Delivery.subscriber_id == subscriber_id,
                Delivery.kind == DeliveryKind.CONFIRMATION.value,
                Delivery.created_at >= since,
            )
        )
        return count or 0


class SubscriberRepository(_Repository):
    def for_country(self, country: str) -> list[Subscriber]:
        query = (
            select(Subscriber)
            .join(Subscription)
            .where(Subscription.country_iso3 == country, Subscriber.active.is_(True))
            .order_by(Subscriber.id)
        )
        return list(self.session.scalars(query))

    def by_email(self, email: str) -> Subscriber | None:
        """The subscriber of this mailbox, whatever the letter case of the address."""
        key = mailbox_key(email)
        return self.session.scalar(select(Subscriber).where(Subscriber.email_key == key))

    def get(self, subscriber_id: int) -> Subscriber:
        subscriber = self.session.get(Subscriber, subscriber_id)
        if subscriber is None:
            raise NotFound(f"no subscriber {subscriber_id}")
        return subscriber

    def all(
        self, limit: int | None = None, offset: int = 0, after_id: int | None = None
    ) -> list[Subscriber]:
        """Oldest first; from ``offset``, or after the subscriber ``after_id``."""
        query = select(Subscriber).options(selectinload(Subscriber.subscriptions))
        query = query.order_by(Subscriber.id).limit(limit).offset(offset)
        if after_id is not None:
            query = query.where(Subscriber.id > after_id)
        return list(self.session.scalars(query))

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(Subscriber)) or 0


class UserRepository(_Repository):
    def get(self, user_id: int) -> User:
        user = self.session.get(User, user_id)
        if user is None:
            raise NotFound(f"no user {user_id}")
        return user

    def by_email(self, email: str) -> User | None:
        """The account of this mailbox, in any letter case. The address exactly as stored comes
        first: two accounts that shared a mailbox before revision 0013 (the later with no key)
        are each found by their own spelling."""
        exact = self.session.scalar(select(User).where(User.email == email.strip()))
        if exact is not None:
            return exact
        return self.session.scalar(select(User).where(User.email_key == account_key(email)))

    def by_token_hash(self, token_hash: str) -> tuple[User, ApiToken] | None:
        row = self.session.execute(
            select(User, ApiToken)
            .join(ApiToken, ApiToken.user_id == User.id)
            .where(ApiToken.token_hash == token_hash, ApiToken.revoked.is_(False))
        ).first()
        return (row[0], row[1]) if row else None

    def all(self) -> list[User]:
        return list(self.session.scalars(select(User).order_by(User.id)))

    def analysts(self) -> list[User]:
        """Everyone who may be given a report, closed accounts too, open ones first: a report
        assigned to someone who left still names them. Offer only the ``active`` ones."""
        query = select(User).where(User.role.in_(("analyst", "admin")))
        return list(self.session.scalars(query.order_by(User.active.desc(), User.name)))


class ReferenceRepository(_Repository):
    def country(self, iso3: str) -> Country | None:
        return self.session.get(Country, iso3.upper())

    def resolve_country(self, text: str) -> str | None:
        """ISO alpha-3 for a stored country given its code or name; the other whole names it
        goes by ('Burma', 'Ivory Coast') as a fallback, never a text that only contains one
        ('Benin City': see `reference.countries.resolve_country`)."""
        from tocsin.reference.countries import resolve_country

        text = text.strip()
        if not text:
            return None
        upper = text.upper()
        found = self.session.scalar(
            select(Country.iso3).where(
                (Country.iso3 == upper)
                | (Country.iso2 == upper)
                | (func.lower(Country.name) == text.lower())
            )
        )
        if found:
            return found
        iso3 = resolve_country(text)
        return iso3 if iso3 and self.country(iso3) else None

    def countries(self) -> list[Country]:
        return list(self.session.scalars(select(Country).order_by(Country.name)))

    def country_count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(Country)) or 0

    def current_revision(self) -> str | None:
        """The revision `tocsin init` last loaded, which the coder reads too: going back to an
        earlier file makes its revision current again, though its rows were stored first.
        (A store loaded before that was recorded: the revision stored last.)"""
        chosen = self.session.get(DeploymentFact, TAXONOMY_REVISION)
        if chosen is not None and self.session.scalar(
            select(RiskFactor.id).where(RiskFactor.revision == chosen.value).limit(1)
        ):
            return chosen.value
        return self.session.scalar(
            select(RiskFactor.revision).order_by(RiskFactor.id.desc()).limit(1)
        )

    def make_current(self, revision: str) -> None:
        chosen = self.session.get(DeploymentFact, TAXONOMY_REVISION)
        if chosen is None:
            self.session.add(DeploymentFact(name=TAXONOMY_REVISION, value=revision))
        elif chosen.value != revision:
            chosen.value = revision

    def risk_factors(self, revision: str) -> list[RiskFactor]:
        query = (
            select(RiskFactor)
            .options(selectinload(RiskFactor.indicators))
            .where(RiskFactor.revision == revision)
            .order_by(RiskFactor.number)
        )
        return list(self.session.scalars(query))

    def indicator(self, revision: str, code: str) -> Indicator | None:
        return self.session.scalar(
            select(Indicator).where(Indicator.revision == revision, Indicator.code == code)
        )

    def same_indicator_now(self, indicator: Indicator, revision: str) -> Indicator | None:
        """The indicator of `revision` that an indicator of another revision is: itself; the
        one with its wording (renumbered); else the one with its code (reworded), unless that
        one's wording was another indicator's before (1.11 renumbered 1.10 once 1.10 was
        removed). None when it was removed."""
        if indicator.revision == revision:
            return indicator
        same_wording = self.session.scalar(
            select(Indicator)
            .where(Indicator.revision == revision, Indicator.title == indicator.title)
            .order_by(Indicator.id)
            .limit(1)
        )
        if same_wording is not None:
            return same_wording
        same_code = self.indicator(revision, indicator.code)
        if same_code is None:
            return None
        was_another = self.session.scalar(
            select(Indicator.id)
            .where(Indicator.revision == indicator.revision, Indicator.title == same_code.title)
            .limit(1)
        )
        return None if was_another else same_code

    def measures(self) -> list[Measure]:
        return list(self.session.scalars(select(Measure).order_by(Measure.pillar, Measure.code)))


class NetworkRepository(_Repository):
    def organizations(self) -> list[Organization]:
        return list(self.session.scalars(select(Organization).order_by(Organization.name)))
