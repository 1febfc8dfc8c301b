from __future__ import annotations

import pytest

from tocsin.domain.errors import InvalidTransition, NotAuthenticated, PermissionDenied
from tocsin.domain.levels import Level
from tocsin.domain.reports import ReportStatus as S
from tocsin.domain.reports import check_transition, path_to
from tocsin.domain.roles import Permission, Role, can, require


def test_verify_from_received_passes_through_review():
    assert path_to(S.RECEIVED, S.VERIFIED) == [S.IN_REVIEW, S.VERIFIED]


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.RECEIVED, S.PUBLISHED),
        (S.PUBLISHED, S.VERIFIED),
        (S.REJECTED, S.PUBLISHED),
    ],
)
def test_forbidden_transitions(current, target):
    with pytest.raises(InvalidTransition):
        path_to(current, target)


def test_a_decided_report_can_be_reopened():
    for decided in (S.REJECTED, S.VERIFIED, S.PUBLISHED):
        check_transition(decided, S.IN_REVIEW)
    # A published report found false is withdrawn by rejecting it, through review.
    assert path_to(S.PUBLISHED, S.REJECTED) == [S.IN_REVIEW, S.REJECTED]


def test_roles_grow_in_trust():
    assert not can(Role.PUBLIC, Permission.READ_RESTRICTED)
    assert not can(Role.MONITOR, Permission.VERIFY_REPORT)
    assert can(Role.ANALYST, Permission.VERIFY_REPORT)
    assert not can(Role.ANALYST, Permission.MANAGE_USERS)
    assert can(Role.ADMIN, Permission.MANAGE_USERS)


def test_require_tells_public_to_log_in_and_others_they_may_not():
    with pytest.raises(NotAuthenticated):
        require(Role.PUBLIC, Permission.VERIFY_REPORT)
    with pytest.raises(PermissionDenied, match="monitor"):
        require(Role.MONITOR, Permission.VERIFY_REPORT)


def test_levels_are_ordered():
    assert Level.WATCH < Level.SERIOUS_CONCERN < Level.IMMINENT_RISK < Level.CURRENT_CRISIS
    assert max(Level) is Level.CURRENT_CRISIS
