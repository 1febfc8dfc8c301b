"""When a report's incident happened: today is today where the witness is."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tocsin.domain.errors import InvalidInput
from tocsin.intake import schemas
from tocsin.intake.service import parse_submission

CORE = {"title": "Raid", "text": "Houses were burned at night.", "country": "MMR"}


@pytest.fixture
def evening_in_utc(monkeypatch):
    """20:00 UTC on 24 November: already 25 November from Yangon (UTC+6:30) eastwards."""

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2026, 11, 24, 20, 0, tzinfo=UTC)

    monkeypatch.setattr(schemas, "datetime", Clock)


def test_today_east_of_utc_is_not_the_future(evening_in_utc):
    sent = parse_submission(CORE | {"occurred_on": "2026-11-25"})
    assert sent.occurred_on == date(2026, 11, 25)


def test_a_day_ahead_of_every_time_zone_is_refused(evening_in_utc):
    with pytest.raises(InvalidInput, match="occurred_on: cannot be in the future"):
        parse_submission(CORE | {"occurred_on": "2026-11-26"})
