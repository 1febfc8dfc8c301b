"""Two saves of one survey form at once, on both stores: each becomes the next version."""

from __future__ import annotations

import threading

from sqlalchemy import select

from tests.integration.web.test_form_definitions import meet_after_reading_the_latest_version
from tocsin.accounts.service import Principal
from tocsin.domain.roles import Role
from tocsin.intake.forms import save_form
from tocsin.store.models import ReportForm

ADMIN = Principal(None, Role.ADMIN, "admin")


def test_saves_at_once_each_become_the_next_version(store):
    meet_after_reading_the_latest_version(store.engine, 2)
    saved: list[int] = []
    failed: list[BaseException] = []

    def save(n: int) -> None:
        try:
            with store.uow() as uow:
                saved.append(save_form(uow, "race", f"Race {n}", [], ADMIN).version)
        except BaseException as exc:  # the test below shows it
            failed.append(exc)

    threads = [threading.Thread(target=save, args=(n,)) for n in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)

    assert failed == [] and sorted(saved) == [1, 2]
    with store.uow() as uow:
        forms = uow.session.scalars(select(ReportForm).order_by(ReportForm.version)).all()
        assert [(f.version, f.active) for f in forms] == [(1, False), (2, True)]
