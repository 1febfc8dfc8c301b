"""Survey forms as an administrator saves them (the API and /admin/forms) and as a reporter's
browser then sends them: every listed choice can be picked, a field's `required` means what
it says, and two saves at once each become a version."""

from __future__ import annotations

import threading
from html.parser import HTMLParser

from sqlalchemy import event, select

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from, log_in
from tocsin.domain.roles import Role
from tocsin.store.models import Report, ReportForm

CORE = {
    "title": "Village attacked",
    "text": "Armed men attacked the village at dawn.",
    "country": "BFA",
}
SPACED = ["armed  group", "militia ", " police"]


class _Options(HTMLParser):
    """The values a browser sends for a select's options: the `value` attribute when there is
    one, else the option's text with its spaces trimmed and collapsed (the HTML rule)."""

    def __init__(self, select: str) -> None:
        super().__init__()
        self.select, self.inside, self.values = select, False, []
        self._text: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "select":
            self.inside = attrs.get("name") == self.select
        elif tag == "option" and self.inside:
            if "value" in attrs:
                self.values.append(attrs["value"])
            else:
                self._text = []

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "option" and self._text is not None:
            self.values.append(" ".join("".join(self._text).split()))
            self._text = None
        elif tag == "select":
            self.inside = False


def _browser_values(html: str, select: str) -> list[str]:
    parser = _Options(select)
    parser.feed(html)
    return [v for v in parser.values if v]


def _admin(client, store) -> dict[str, str]:
    make_principal(store, Role.ADMIN, "admin@example.org")
    r = client.post(
        "/api/v1/tokens", json={"email": "admin@example.org", "password": "correct horse battery"}
    )
    return {"Authorization": f"Bearer {r.json()['token']}"}


def _form(fields: list[dict], key: str = "spaces", title: str = "Spaces form") -> dict:
    return {"key": key, "title": title, "fields": fields}


def _who(choices: list[str], **more) -> dict:
    return {"name": "who", "label": "Who attacked?", "kind": "choice", "choices": choices, **more}


def _send_each_choice(client, key: str) -> list[int]:
    page = client.get(f"/report?form={key}")
    statuses = []
    for value in _browser_values(page.text, "who"):
        fresh = client.get(f"/report?form={key}")
        r = client.post(
            "/report",
            data={"csrf_token": csrf_from(fresh.text), "form_key": key, "who": value, **CORE},
            follow_redirects=False,
        )
        statuses.append(r.status_code)
    return statuses


def test_every_listed_choice_of_a_saved_form_can_be_picked(client, sqlite_store):
    admin = _admin(client, sqlite_store)
    saved = client.post("/api/v1/forms", json=_form([_who(SPACED, required=True)]), headers=admin)
    assert saved.status_code == 201, saved.text
    assert saved.json()["fields"][0]["choices"] == ["armed group", "militia", "police"]

    assert _send_each_choice(client, "spaces") == [303, 303, 303]
    with sqlite_store.uow() as uow:
        answers = [
            r.answers["who"] for r in uow.session.scalars(select(Report).order_by(Report.id))
        ]
    assert answers == ["armed group", "militia", "police"]


def test_a_choice_stored_with_odd_spaces_can_still_be_picked(client, sqlite_store):
    """A form saved before choices were tidied: the option sends its choice exactly."""
    with sqlite_store.uow() as uow:
        uow.add(ReportForm(key="old-form", version=1, title="Old", fields=[_who(SPACED)]))
        uow.commit()
    page = client.get("/report?form=old-form").text
    assert '<option value="armed  group">armed  group</option>' in page
    assert _send_each_choice(client, "old-form") == [303, 303, 303]


def test_choices_the_same_but_for_spaces_are_refused_on_the_api_and_the_page(client, sqlite_store):
    admin = _admin(client, sqlite_store)
    form = _form([_who(["armed group", "armed  group"])])
    r = client.post("/api/v1/forms", json=form, headers=admin)
    assert r.status_code == 422
    assert "form field who: choices: 'armed group' is listed twice" in r.json()["detail"]

    page = _post_admin_page(client, key="spaces", title="Spaces", fields=form["fields"])
    assert page.status_code == 422
    assert "form field who: choices: &#39;armed group&#39; is listed twice" in page.text
    with sqlite_store.uow() as uow:
        assert uow.session.scalars(select(ReportForm)).all() == []


def test_required_as_text_is_refused_on_the_api_and_the_page(client, sqlite_store):
    admin = _admin(client, sqlite_store)
    fields = [{"name": "short", "label": "Short", "kind": "text", "required": "false"}]
    r = client.post("/api/v1/forms", json=_form(fields), headers=admin)
    assert r.status_code == 422
    assert 'form field short: required: true or false, not "false"' in r.json()["detail"]

    page = _post_admin_page(client, key="spaces", title="Spaces", fields=fields)
    assert page.status_code == 422
    assert "form field short: required: true or false, not &#34;false&#34;" in page.text
    with sqlite_store.uow() as uow:
        assert uow.session.scalars(select(ReportForm)).all() == []


def test_the_admin_page_takes_a_title_only_as_long_as_the_api_does(client, sqlite_store):
    _admin(client, sqlite_store)
    page = _post_admin_page(client, key="long", title="T" * 5000, fields=[])
    assert page.status_code == 422 and "form title: at most 200 characters" in page.text
    shown = client.get("/admin/forms").text
    assert 'maxlength="200"' in shown
    with sqlite_store.uow() as uow:
        assert uow.session.scalars(select(ReportForm)).all() == []


def test_the_admin_form_page_sends_once(client, sqlite_store):
    _admin(client, sqlite_store)
    log_in(client, "admin@example.org")
    page = client.get("/admin/forms").text
    assert '<form method="post" action="/admin/forms" class="narrow" data-send-once>' in page
    assert '<script src="/static/send-once.js" defer></script>' in page


def _post_admin_page(client, key: str, title: str, fields: list[dict]):
    import json

    log_in(client, "admin@example.org")
    page = client.get("/admin/forms")
    return client.post(
        "/admin/forms",
        data={
            "csrf_token": csrf_from(page.text),
            "key": key,
            "title": title,
            "fields": json.dumps(fields),
        },
        follow_redirects=False,
    )


def meet_after_reading_the_latest_version(engine, parties: int) -> None:
    """Hold each save, the first time it has read the latest version, until all have read it:
    the moment two admins (or a double click) save at once."""
    barrier = threading.Barrier(parties, timeout=20)
    seen: set[int] = set()
    lock = threading.Lock()

    @event.listens_for(engine, "after_cursor_execute")
    def meet(conn, cursor, statement, params, context, executemany):
        if "max(report_forms.version)" not in statement:
            return
        with lock:
            first = threading.get_ident() not in seen
            seen.add(threading.get_ident())
        if first:
            barrier.wait()


def test_saves_of_one_form_at_once_each_become_the_next_version(client, sqlite_store):
    admin = _admin(client, sqlite_store)
    client.post("/api/v1/forms", json=_form([], key="race", title="Race 0"), headers=admin)
    meet_after_reading_the_latest_version(sqlite_store.engine, 3)
    statuses: list[int] = []

    def save(n: int) -> None:
        r = client.post(
            "/api/v1/forms", json=_form([], key="race", title=f"Race {n}"), headers=admin
        )
        statuses.append(r.status_code)

    threads = [threading.Thread(target=save, args=(n,)) for n in (1, 2, 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)

    assert statuses == [201, 201, 201]
    with sqlite_store.uow() as uow:
        forms = uow.session.scalars(select(ReportForm).order_by(ReportForm.version)).all()
    assert [f.version for f in forms] == [1, 2, 3, 4]
    assert [f.active for f in forms] == [False, False, False, True]
