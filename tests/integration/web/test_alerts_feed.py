"""The alerts as an Atom feed: what the public alerts API gives, escaped, newest first."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from tocsin.store.models import Alert

ATOM = "{http://www.w3.org/2005/Atom}"


def _alert(store, country: str, title: str, body: str) -> None:
    with store.uow() as uow:
        uow.add(Alert(kind="level_change", country_iso3=country, title=title, body=body))
        uow.commit()


def test_the_feed_lists_alerts_newest_first_and_by_country(client, sqlite_store):
    _alert(sqlite_store, "BFA", "Burkina Faso: level raised", "Why:\n- <script>x</script> & more")
    _alert(sqlite_store, "MLI", "Mali: level raised", "Why:\n- troop build-up")

    r = client.get("/alerts.atom")

    assert r.status_code == 200 and r.headers["content-type"] == "application/atom+xml"
    feed = ET.fromstring(r.content)  # well-formed: the script text is escaped, not markup
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [
        "Mali: level raised",
        "Burkina Faso: level raised",
    ]
    assert entries[1].findtext(f"{ATOM}content") == "Why:\n- <script>x</script> & more"
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == 2 and all(i.startswith("urn:uuid:") for i in ids)

    burkina = ET.fromstring(client.get("/alerts.atom?country=Burkina Faso").content)
    assert [e.findtext(f"{ATOM}title") for e in burkina.findall(f"{ATOM}entry")] == [
        "Burkina Faso: level raised"
    ]
    assert client.get("/alerts.atom?country=Atlantis").status_code == 422
    assert 'href="/alerts.atom"' in client.get("/").text


def _ids(client, query: str = "") -> tuple[str, list[str]]:
    feed = ET.fromstring(client.get(f"/alerts.atom{query}").content)
    return feed.findtext(f"{ATOM}id"), [e.findtext(f"{ATOM}id") for e in feed.iter(f"{ATOM}entry")]


def test_feed_ids_stay_when_the_deployment_s_address_changes(sqlite_store, settings):
    from fastapi.testclient import TestClient

    from tocsin.web.app import create_app

    _alert(sqlite_store, "BFA", "Burkina Faso: level raised", "Why:\n- troop build-up")
    seen = []
    for base_url in ("http://127.0.0.1:8000", "https://tocsin.example.org"):
        moved = create_app(settings.model_copy(update={"base_url": base_url}), sqlite_store)
        with TestClient(moved, base_url="http://127.0.0.1") as client:
            seen.append(_ids(client))
    assert seen[0] == seen[1]
    feed_id, (entry_id,) = seen[0]
    assert feed_id.startswith("urn:uuid:") and entry_id.startswith("urn:uuid:")
    assert "127.0.0.1" not in feed_id + entry_id


def test_each_country_s_feed_has_its_own_id_and_an_alert_keeps_its_own(client, sqlite_store):
    _alert(sqlite_store, "BFA", "Burkina Faso: level raised", "Why:\n- troop build-up")
    every, (entry,) = _ids(client)
    burkina, (same_entry,) = _ids(client, "?country=Burkina Faso")
    mali, _ = _ids(client, "?country=MLI")
    assert len({every, burkina, mali}) == 3
    assert same_entry == entry
    assert _ids(client, "?country=BFA")[0] == burkina


def test_a_control_character_in_a_reason_does_not_break_the_feed(client, sqlite_store):
    _alert(sqlite_store, "BFA", "Burkina Faso: level raised", "Why:\n- ctrl \x0b and \x00 here")
    feed = ET.fromstring(client.get("/alerts.atom").content)  # raises if not well-formed XML
    (entry,) = feed.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}content") == "Why:\n- ctrl \ufffd and \ufffd here"


def test_a_nul_character_is_a_clear_refusal_on_postgresql(postgres_store, settings):
    from fastapi.testclient import TestClient

    from tocsin.web.app import create_app

    report = {"title": "abc\u0000def", "text": "A long enough text here.", "country": "BFA"}
    with TestClient(create_app(settings, postgres_store), base_url="http://127.0.0.1") as c:
        r = c.post("/api/v1/reports", json=report)
    assert r.status_code == 422 and "NUL" in r.json()["detail"]
    with postgres_store.uow() as uow:
        assert uow.reports.list() == []
