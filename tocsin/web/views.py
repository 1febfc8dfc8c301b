"""Shapes of what leaves the app. Public views never carry restricted fields."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from tocsin.domain.reports import Channel, ReportStatus
from tocsin.domain.sources import Credibility
from tocsin.intake.public_version import public_version
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
    public_title: str = Field(description="The title the public reads once it is published")
    public_text: str = Field(description="The text the public reads once it is published")
    public_edited: bool = Field(
        description="An analyst edited what the public reads (otherwise: contact details masked)"
    )


class ReportReceipt(BaseModel):
    id: int
    reference: str
    status: ReportStatus


class BulkReceipt(BaseModel):
    received: int
    references: list[str]


def report_view(report: Report, restricted: bool) -> ReportPublic:
    """The public reads the report's public version; analysts read it as received, and the
    public version beside it."""
    version = public_version(report)
    if restricted:
        stored = {
            name: getattr(report, name)
            for name in ReportRestricted.model_fields
            if not name.startswith("public_")
        }
        return ReportRestricted.model_validate(
            stored
            | {
                "public_title": version.title,
                "public_text": version.text,
                "public_edited": report.public_title is not None or report.public_text is not None,
            }
        )
    view = ReportPublic.model_validate(report)
    return view.model_copy(update={"title": version.title, "text": version.text})
