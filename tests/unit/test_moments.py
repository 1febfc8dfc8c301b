"""How pages write moments: in UTC, saying so, readable by machines."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tocsin.web.moments import mail_date, moment

NAIROBI = timezone(timedelta(hours=3))


def test_a_moment_is_written_in_utc_whatever_zone_it_came_in():
    at = datetime(2026, 11, 24, 17, 3, tzinfo=NAIROBI)
    assert str(moment(at)) == '<time datetime="2026-11-24T14:03:00Z">2026-11-24 14:03 UTC</time>'
    assert moment(datetime(2026, 11, 24, 14, 3)) == moment(at)  # no zone: the store's UTC
    assert moment("2026-11-24T14:03:00+00:00") == moment(at)  # a model's saved_at
    assert moment(None) == "—"


def test_a_mail_date_keeps_the_senders_words_and_adds_utc():
    shown = str(mail_date("Tue, 24 Nov 2026 16:03:00 +0200"))
    assert shown.startswith("Tue, 24 Nov 2026 16:03:00 +0200 (<time")
    assert "2026-11-24 14:03 UTC" in shown
    assert mail_date("next Tuesday") == "next Tuesday"
    assert mail_date("<b>Tue</b>") == "<b>Tue</b>"  # text, escaped by the page as any other
    assert mail_date(None) == "—"
