"""One account per mailbox, whatever the letter case, accented capitals included: SQLite's
lower() folds ASCII only, so the key is computed in Python and is the same on every store."""

from __future__ import annotations

import pytest

from tocsin.accounts.service import (
    add_user,
    authenticate,
    issue_token,
    principal_for_token,
    revoke_tokens,
    set_active,
)
from tocsin.domain.errors import Conflict, NotAuthenticated
from tocsin.store.uow import Store

PASSWORD = "pw-celik-123"


def _add(store: Store, email: str, role: str = "analyst") -> int:
    with store.uow() as uow:
        return add_user(uow, email, "", role, PASSWORD)


def test_an_address_with_an_accented_capital_logs_in_in_any_case(store):
    user_id = _add(store, "Çelik@example.org")
    for typed in ("Çelik@example.org", "çelik@example.org", "ÇELIK@EXAMPLE.ORG"):
        with store.uow() as uow:
            assert authenticate(uow, typed, PASSWORD).user_id == user_id
            assert uow.users.by_email(typed).id == user_id


def test_a_second_account_for_the_same_mailbox_is_refused(store):
    _add(store, "Ünal@example.org")
    with store.uow() as uow, pytest.raises(Conflict, match="already exists, as Ünal@example"):
        add_user(uow, "ünal@example.org", "", "admin", "x1234567890")
    with store.uow() as uow:
        assert [u.email for u in uow.users.all()] == ["Ünal@example.org"]


def test_closing_and_revoking_by_another_spelling_reach_the_right_account(store):
    first = _add(store, "Ünal@example.org")
    other = _add(store, "ana@example.org")
    with store.uow() as uow:
        token = issue_token(uow, first, "phone").token
        others = issue_token(uow, other, "phone").token
    with store.uow() as uow:
        assert revoke_tokens(uow, "ÜNAL@example.org") == 1
        set_active(uow, "üNAL@EXAMPLE.org", False)
    with store.uow() as uow:
        assert not uow.users.get(first).active and uow.users.get(other).active
        with pytest.raises(NotAuthenticated):
            principal_for_token(uow, token)
        assert principal_for_token(uow, others).user_id == other
        with pytest.raises(NotAuthenticated):
            authenticate(uow, "ünal@example.org", PASSWORD)


def test_the_key_is_unique_in_the_store(store):
    from sqlalchemy.exc import IntegrityError

    from tocsin.store.models import User

    _add(store, "Çelik@example.org")
    with store.uow() as uow, pytest.raises(IntegrityError):
        # Past the service's check, the store itself refuses the second spelling.
        uow.add(User(email="çelik@example.org", name="x", role="analyst", password_hash="x"))
        uow.flush()
