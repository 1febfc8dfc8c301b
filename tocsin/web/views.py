"""Shapes of what leaves the app. Public views never carry restricted fields."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

from tocsin.domain.reports import Channel, ReportStatus
from tocsin.domain.sources import Credibility
from tocsin.store.models import Report


class ReportPublic(BaseModel):
    """What anyone may see of a published report: no reporter, no contact, no raw payload, no
    place finer than the region (a village or a house named can point to the witness, as the
    report's point would), and not the reference the reporter was given: whoever holds their
    phone or their sent mail would find it there, and know which account they wrote."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    status: ReportStatus
    title: str
    text: str
    occurred_on: date | None
    country_iso3: str
    admin1: str | None


class OwnReport(ReportPublic):
    """A report as the person who sent it sees it: where it stands, not who reviewed it."""

    reference: str
    received_at: datetime
    place_name: str | None


class ReportRestricted(ReportPublic):
    """The analyst's view: provenance and identity, for verification only."""

    reference: str
    channel: Channel
    received_at: datetime
    place_name: str | None
    latitude: float | None
    longitude: float | None
    anonymous: bool
    reporter_name: str | None
    reporter_contact: str | None
    credibility: Credibility | None
    review_note: str | None


class ReportReceipt(BaseModel):
    id: int
    reference: str
    status: ReportStatus


class BulkReceipt(BaseModel):
    received: int
    references: list[str]


def report_view(report: Report, restricted: bool) -> ReportPublic:
    model = ReportRestricted if restricted else ReportPublic
    return model.model_validate(report)
