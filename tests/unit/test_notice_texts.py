"""What a notice to staff says, in the reader's language: counted as each language counts,
whole countries named as the reader knows them, regions as written, every link opening its
page in that language."""

from __future__ import annotations

from tocsin.alerts.notices import LEVEL_CHANGED, REVIEW_DUE, told_notice

BASE = "https://tocsin.example.org/"


def _due(*situations: dict) -> dict:
    return {"topic": REVIEW_DUE, "situations": list(situations)}


MYANMAR = {
    "id": 4,
    "iso3": "MMR",
    "name": "Myanmar",
    "admin1": None,
    "level": "imminent_risk",
    "reason": "evidence",
    "since": "2026-06-01",
    "evidence_level": "watch",
}
SAHEL = {
    "id": 7,
    "iso3": "BFA",
    "name": "Sahel, Burkina Faso",
    "admin1": "Sahel",
    "level": "serious_concern",
    "reason": "setting",
    "since": None,
    "evidence_level": "watch",
}


def test_levels_due_are_counted_and_named_in_french_with_french_links():
    notice = told_notice(_due(MYANMAR, SAHEL), "fr", BASE)
    assert notice.subject == "[Tocsin] 2 niveaux de situation à réexaminer"
    assert "- Myanmar (Birmanie) : risque imminent" in notice.body
    assert "depuis le 2026-06-01" in notice.body
    assert "- Sahel, Burkina Faso :" in notice.body  # a region keeps its data's name
    assert "https://tocsin.example.org/situations/4?lang=fr" in notice.body
    assert "https://tocsin.example.org/?review=due&lang=fr" in notice.body


def test_one_level_due_takes_the_singular_and_english_links_carry_no_language():
    notice = told_notice(_due(SAHEL), "en", BASE)
    assert notice.subject == "[Tocsin] 1 situation level is due for review"
    assert notice.body.startswith("This situation's level is due for an analyst's review:")
    assert "an analyst's setting is due for review" in notice.body
    assert "https://tocsin.example.org/situations/7\n" in notice.body


def test_arabic_counts_two_in_its_own_form():
    two = told_notice(_due(MYANMAR, SAHEL), "ar", BASE).subject
    three = told_notice(_due(MYANMAR, SAHEL, MYANMAR), "ar", BASE).subject
    assert "2" in two and "3" in three and two.replace("2", "") != three.replace("3", "")


def test_a_report_notice_of_an_unknown_topic_reads_as_an_assignment():
    payload = {"topic": "?", "report_id": 3, "reference": "R-9", "by": "Ana"}
    notice = told_notice(payload, "en", BASE)
    assert notice.subject == "[Tocsin] Report R-9 assigned to you"
    assert "https://tocsin.example.org/review/3" in notice.body


def _changed(**changes) -> dict:
    return {
        "topic": LEVEL_CHANGED,
        "situation": {"id": 4, "iso3": "BEN", "name": "Benin", "admin1": None},
        "from": "serious_concern",
        "to": "imminent_risk",
        "override": False,
        "by": "Tocsin (rule:level-fusion)",
        **changes,
    }


def test_a_level_change_is_told_as_raised_or_lowered_with_who_and_a_link():
    raised = told_notice(_changed(), "en", BASE)
    assert raised.subject == "[Tocsin] Benin: level raised to imminent risk"
    assert "Changed by: Tocsin (rule:level-fusion)" in raised.body
    assert "https://tocsin.example.org/situations/4" in raised.body
    lowered = told_notice(_changed(**{"to": "watch", "override": True, "by": "Ana"}), "en", BASE)
    assert lowered.subject == "[Tocsin] Benin: level lowered to watch"
    assert "Changed by: Ana (override)" in lowered.body


def test_a_level_change_is_told_in_arabic_with_the_countrys_arabic_name():
    notice = told_notice(_changed(), "ar", BASE)
    assert "بنين" in notice.subject and "Benin" not in notice.subject
    assert "https://tocsin.example.org/situations/4?lang=ar" in notice.body
