"""Roles and what each may do.

Four roles, from the least to the most trusted. Permissions are named for the use case so that
a service asks `require(role, Permission.VERIFY_REPORT)` rather than comparing role names.
"""

from __future__ import annotations

from enum import StrEnum

from tocsin.domain.errors import NotAuthenticated, PermissionDenied


class Role(StrEnum):
    PUBLIC = "public"
    MONITOR = "monitor"
    ANALYST = "analyst"
    ADMIN = "admin"


class Permission(StrEnum):
    SUBMIT_REPORT = "submit_report"
    READ_PUBLIC = "read_public"
    READ_RESTRICTED = "read_restricted"  # reporter identity and contact, unverified reports
    REVIEW_REPORTS = "review_reports"
    VERIFY_REPORT = "verify_report"
    TAG_SIGNALS = "tag_signals"
    SET_LEVEL = "set_level"
    MANAGE_SUBSCRIBERS = "manage_subscribers"
    MANAGE_NETWORK = "manage_network"
    RECORD_ACTION = "record_action"
    MANAGE_USERS = "manage_users"
    MANAGE_FORMS = "manage_forms"
    IMPORT_EVENTS = "import_events"
    READ_ATTACHMENTS = "read_attachments"
    READ_AUDIT = "read_audit"


_PUBLIC = {Permission.SUBMIT_REPORT, Permission.READ_PUBLIC}
_MONITOR = _PUBLIC
_ANALYST = _MONITOR | {
    Permission.READ_RESTRICTED,
    Permission.REVIEW_REPORTS,
    Permission.VERIFY_REPORT,
    Permission.TAG_SIGNALS,
    Permission.SET_LEVEL,
    Permission.MANAGE_SUBSCRIBERS,
    Permission.MANAGE_NETWORK,
    Permission.RECORD_ACTION,
    Permission.READ_ATTACHMENTS,
    Permission.IMPORT_EVENTS,
}
_ADMIN = _ANALYST | {Permission.MANAGE_USERS, Permission.READ_AUDIT, Permission.MANAGE_FORMS}

GRANTS: dict[Role, frozenset[Permission]] = {
    Role.PUBLIC: frozenset(_PUBLIC),
    Role.MONITOR: frozenset(_MONITOR),
    Role.ANALYST: frozenset(_ANALYST),
    Role.ADMIN: frozenset(_ADMIN),
}


def can(role: Role, permission: Permission) -> bool:
    return permission in GRANTS[role]


def require(role: Role, permission: Permission, action: str | None = None) -> None:
    """Raise unless the role holds the permission; anonymous users are told to log in.
    ``action`` names what was refused when one permission covers several steps (rejecting
    and publishing take the verifier's permission)."""
    if can(role, permission):
        return
    action = action or permission.value.replace("_", " ")
    if role is Role.PUBLIC:
        raise NotAuthenticated(f"log in to {action}")
    raise PermissionDenied(f"the {role.value} role may not {action}")
