"""Every table, imported in one place so the metadata is complete for Alembic."""

from tocsin.store.models.accounts import ApiToken, AuditEntry, LoginSession, User
from tocsin.store.models.alerts import Alert, Delivery, Subscriber, Subscription
from tocsin.store.models.deployment import DeploymentFact
from tocsin.store.models.events import Actor, Event
from tocsin.store.models.geo import Country, Location
from tocsin.store.models.ingest import ImportJob, ImportReject, UnresolvedPlace
from tocsin.store.models.intake import Attachment, ReportForm, ReportLink
from tocsin.store.models.network import FocalPoint, Organization, Resource
from tocsin.store.models.reports import Report, ReportComment, Source
from tocsin.store.models.respond import Action, Measure
from tocsin.store.models.risk import Forecast, LevelChange, Situation, SituationFollower
from tocsin.store.models.taxonomy import Indicator, RiskFactor, Signal

__all__ = [
    "Attachment",
    "ReportForm",
    "ReportLink",
    "Action",
    "Actor",
    "Alert",
    "ApiToken",
    "LoginSession",
    "AuditEntry",
    "Country",
    "Delivery",
    "DeploymentFact",
    "Event",
    "FocalPoint",
    "Forecast",
    "ImportJob",
    "ImportReject",
    "Indicator",
    "LevelChange",
    "Location",
    "Measure",
    "Organization",
    "Report",
    "ReportComment",
    "Resource",
    "RiskFactor",
    "Signal",
    "Situation",
    "SituationFollower",
    "Source",
    "Subscriber",
    "Subscription",
    "UnresolvedPlace",
    "User",
]
