"""A Report's verification workflow.

received -> in review -> verified | rejected; verified -> published. A decided report can be
reopened for review: a rejected one when new evidence arrives, a verified or published one when
it proves wrong or endangers someone (reopening withdraws what verifying produced). Nothing
skips review, so that every verified report was looked at by an analyst.
"""

from __future__ import annotations

from enum import StrEnum

from tocsin.domain.errors import InvalidTransition
from tocsin.domain.wording import N_

# What every report has, whatever form it came through: the place and time of the incident
# (PLACE_AND_TIME), and who reported it (REPORTER, restricted).
PLACE_AND_TIME = (
    "title",
    "text",
    "country",
    "occurred_on",
    "admin1",
    "place_name",
    "latitude",
    "longitude",
    "source",
)
REPORTER = ("reporter_name", "reporter_contact")
CORE_FIELDS = PLACE_AND_TIME + REPORTER


class ReportStatus(StrEnum):
    RECEIVED = "received"
    IN_REVIEW = "in_review"
    VERIFIED = "verified"
    REJECTED = "rejected"
    PUBLISHED = "published"


class Channel(StrEnum):
    WEB = "web"
    API = "api"
    EMAIL = "email"
    UPLOAD = "upload"
    DEMO = "demo"


#: What a channel is called on the pages and in notices.
CHANNEL_NAMES = {
    Channel.WEB.value: N_("web form"),
    Channel.API.value: N_("API"),
    Channel.EMAIL.value: N_("e-mail"),
    Channel.UPLOAD.value: N_("file upload"),
    Channel.DEMO.value: N_("demonstration"),
}


ALLOWED: dict[ReportStatus, frozenset[ReportStatus]] = {
    ReportStatus.RECEIVED: frozenset({ReportStatus.IN_REVIEW, ReportStatus.REJECTED}),
    ReportStatus.IN_REVIEW: frozenset({ReportStatus.VERIFIED, ReportStatus.REJECTED}),
    ReportStatus.VERIFIED: frozenset({ReportStatus.PUBLISHED, ReportStatus.IN_REVIEW}),
    ReportStatus.REJECTED: frozenset({ReportStatus.IN_REVIEW}),
    ReportStatus.PUBLISHED: frozenset({ReportStatus.IN_REVIEW}),
}

# The public sees only what an analyst has verified and chosen to publish.
PUBLIC_STATUSES = frozenset({ReportStatus.PUBLISHED})
VERIFIED_STATUSES = frozenset({ReportStatus.VERIFIED, ReportStatus.PUBLISHED})


def check_transition(current: ReportStatus, target: ReportStatus) -> None:
    if target not in ALLOWED[current]:
        raise InvalidTransition(
            N_("a report cannot go from {current} to {target}"),
            current=current.value,
            target=target.value,
        )


def path_to(current: ReportStatus, target: ReportStatus) -> list[ReportStatus]:
    """The steps from current to target, so 'verify' on a fresh report passes through review."""
    if current == target:
        return []
    if target in ALLOWED[current]:
        return [target]
    if current is ReportStatus.PUBLISHED and target is ReportStatus.VERIFIED:
        # Verifying again would unpublish it on the way: reopening it is a decision of its own.
        raise InvalidTransition(
            N_("a published report is reopened for review before it is verified")
        )
    if ReportStatus.IN_REVIEW in ALLOWED[current] and target in ALLOWED[ReportStatus.IN_REVIEW]:
        return [ReportStatus.IN_REVIEW, target]
    raise InvalidTransition(
        N_("a report cannot go from {current} to {target}"),
        current=current.value,
        target=target.value,
    )
