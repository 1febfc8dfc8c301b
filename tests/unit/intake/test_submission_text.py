from __future__ import annotations

from tocsin.intake.service import parse_submission


def test_a_crlf_line_break_counts_and_is_stored_as_one_character():
    text = "\r\n".join(["x" * 665] * 30)  # 19,979 characters as typed, 20,008 as CRLF
    submission = parse_submission({"title": "Long account", "text": text, "country": "BFA"})
    assert "\r" not in submission.text and len(submission.text) == 665 * 30 + 29
