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
    assert len(set(ids)) == 2 and all(i.startswith("tag:") for i in ids)

    burkina = ET.fromstring(client.get("/alerts.atom?country=Burkina Faso").content)
    assert [e.findtext(f"{ATOM}title") for e in burkina.findall(f"{ATOM}entry")] == [
        "Burkina Faso: level raised"
    ]
    assert client.get("/alerts.atom?country=Atlantis").status_code == 422
    assert 'href="/alerts.atom"' in client.get("/").text
