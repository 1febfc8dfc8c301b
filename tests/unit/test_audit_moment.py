"""The ends of an audit period as an administrator types them: a day, or a moment in UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tocsin.accounts.audit_trail import audit_moment
from tocsin.domain.errors import InvalidInput


def test_a_day_is_its_first_moment_in_utc():
    assert audit_moment("2026-11-24", "since") == datetime(2026, 11, 24, tzinfo=UTC)


def test_a_day_as_the_end_of_a_period_includes_the_whole_day():
    until = audit_moment("2026-11-24", "until", end_of_day=True)
    assert until is not None
    assert datetime(2026, 11, 24, 23, 59, 59, 999_999, tzinfo=UTC) <= until
    assert until < datetime(2026, 11, 25, tzinfo=UTC)


def test_a_moment_without_a_zone_is_utc():
    expected = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    assert audit_moment("2026-11-24T10:00", "until", end_of_day=True) == expected
    assert audit_moment("2026-11-24 10:00:00", "since") == expected


def test_a_moment_with_a_zone_keeps_its_zone():
    moment = audit_moment("2026-11-24T12:00+02:00", "since")
    assert moment == datetime(2026, 11, 24, 12, tzinfo=timezone(timedelta(hours=2)))
    assert moment is not None and moment.tzinfo == UTC
    assert audit_moment("2026-11-24T10:00Z", "since") == datetime(2026, 11, 24, 10, tzinfo=UTC)


def test_no_value_is_no_bound():
    assert audit_moment(None, "since") is None
    assert audit_moment("  ", "since") is None


@pytest.mark.parametrize(
    "value", ["yesterday", "2026-13-01", "24/11/2026", "2026-11-24T25:00", "0001-01-01T00:00+05:00"]
)
def test_a_value_that_is_no_day_or_moment_names_the_option(value):
    with pytest.raises(InvalidInput, match=r"^--since: a day or a moment \(YYYY-MM-DD"):
        audit_moment(value, "--since")
