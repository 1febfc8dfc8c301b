"""API tokens end: issued with a lifetime, refused once it is over with a message that says so,
their last use kept without a write per request, on both stores; and the tokens issued before
expiry existed are given one."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text, update
from typer.testing import CliRunner

from tests.conftest import make_principal
from tocsin.accounts.service import issue_token, principal_for_token, user_tokens
from tocsin.accounts.token_life import LAST_USE_EVERY, TokenLifetime
from tocsin.cli.main import app as cli
from tocsin.config import Settings
from tocsin.domain.errors import InvalidInput, NotAuthenticated
from tocsin.domain.roles import Role
from tocsin.store.base import utcnow
from tocsin.store.engine import make_engine
from tocsin.store.migrate import upgrade
from tocsin.store.models import ApiToken, AuditEntry
from tocsin.store.uow import Store

PASSWORD = "correct horse battery"


def _issue(store: Store, days: int | None = None, **kwargs):
    user = make_principal(store, Role.ANALYST, "an@example.org")
    with store.uow(actor=user.actor) as uow:
        return user, issue_token(uow, user.user_id, "partner", days, **kwargs)


def _age(store: Store, **columns) -> None:
    with store.uow() as uow:
        uow.session.execute(update(ApiToken).values(**columns))
        uow.commit()


def _entries(store: Store, action: str) -> list[AuditEntry]:
    with store.uow() as uow:
        query = select(AuditEntry).where(AuditEntry.entity == "ApiToken")
        return list(uow.session.scalars(query.where(AuditEntry.action == action)))


def test_a_token_lives_the_default_and_is_refused_as_expired_once_over(store):
    before = utcnow()
    _user, issued = _issue(store)
    assert timedelta(days=90) <= issued.expires_at - before < timedelta(days=90, minutes=1)
    with store.uow() as uow:
        assert principal_for_token(uow, issued.token).role is Role.ANALYST

    _age(store, expires_at=utcnow() - timedelta(minutes=5))
    for _ in range(2):  # a script retrying: told each time, logged once an hour
        with store.uow() as uow, pytest.raises(NotAuthenticated) as refused:
            principal_for_token(uow, issued.token, client="203.0.113.9")
        assert "API token expired on" in str(refused.value)
        assert "UTC" in str(refused.value)
    with store.uow() as uow, pytest.raises(NotAuthenticated, match="invalid or revoked"):
        principal_for_token(uow, "tcs_not-a-token")
    (logged,) = _entries(store, "token_expired")
    assert logged.changes["client"] == "203.0.113.9" and logged.actor == "public"


def test_a_chosen_lifetime_is_kept_within_the_longest_allowed(store):
    _user, issued = _issue(store, days=7)
    assert issued.expires_at - utcnow() < timedelta(days=7)
    with store.uow() as uow, pytest.raises(InvalidInput, match="at most 30"):
        issue_token(uow, _user.user_id, "long", 31, TokenLifetime(10, 30))
    with store.uow() as uow, pytest.raises(InvalidInput, match="either"):
        issue_token(uow, _user.user_id, "both", 7, never=True)
    with store.uow() as uow:
        assert [t.name for t in user_tokens(uow, _user.user_id)] == ["partner"]


def test_a_token_issued_to_never_expire_says_so_in_the_audit_log(store):
    _user, issued = _issue(store, never=True)
    assert issued.expires_at is None
    _age(store, created_at=utcnow() - timedelta(days=3650))
    with store.uow() as uow:
        assert principal_for_token(uow, issued.token).user_id == _user.user_id
    (entry,) = _entries(store, "no_expiry")
    assert entry.actor == _user.actor and entry.changes["name"] == "partner"


def test_last_use_is_written_at_most_once_an_hour_and_not_audited(store):
    _user, issued = _issue(store)
    with store.uow() as uow:
        principal_for_token(uow, issued.token)
    with store.uow() as uow:
        first = uow.session.scalars(select(ApiToken)).one().last_used_at
    assert first is not None and utcnow() - first < timedelta(minutes=1)
    with store.uow() as uow:
        principal_for_token(uow, issued.token)
    with store.uow() as uow:
        assert uow.session.scalars(select(ApiToken)).one().last_used_at == first

    earlier = utcnow() - LAST_USE_EVERY - timedelta(minutes=1)
    _age(store, last_used_at=earlier)
    with store.uow() as uow:
        principal_for_token(uow, issued.token)
    with store.uow() as uow:
        assert uow.session.scalars(select(ApiToken)).one().last_used_at > earlier + LAST_USE_EVERY
    assert _entries(store, "update") == []  # a use is no change anyone made


def test_the_command_issues_for_chosen_days_or_never_and_lists_expiry_and_last_use(
    cli_home, monkeypatch
):
    monkeypatch.setenv("TOCSIN_TOKEN_MAX_DAYS", "30")
    monkeypatch.setenv("TOCSIN_TOKEN_DAYS", "14")
    runner = CliRunner()
    assert runner.invoke(cli, ["init"]).exit_code == 0
    added = runner.invoke(cli, ["user", "add", "mo@example.org", "--password", PASSWORD])
    assert added.exit_code == 0, added.output
    week = runner.invoke(cli, ["user", "token", "mo@example.org", "--name", "phone", "--days", "7"])
    assert week.exit_code == 0, week.output
    assert week.stdout.strip().startswith("tcs_")  # the token alone, for a script to read
    assert "expires: " in week.stderr and "UTC" in week.stderr
    default = runner.invoke(cli, ["user", "token", "mo@example.org", "--name", "laptop"])
    too_long = runner.invoke(cli, ["user", "token", "mo@example.org", "--days", "31"])
    assert too_long.exit_code != 0 and "at most 30" in too_long.output
    forever = runner.invoke(cli, ["user", "token", "mo@example.org", "--name", "relay", "--never"])
    assert forever.exit_code == 0 and "expires: never" in forever.stderr

    store = Store(make_engine(f"sqlite:///{cli_home / 'tocsin.sqlite'}"))
    with store.uow() as uow:
        principal_for_token(uow, default.stdout.strip())
        uow.session.execute(
            update(ApiToken)
            .where(ApiToken.name == "phone")
            .values(expires_at=utcnow() - timedelta(days=1))
        )
        uow.commit()
        lives = {
            t.name: t.expires_at - t.created_at
            for t in uow.session.scalars(select(ApiToken))
            if t.expires_at
        }
    store.dispose()
    assert round(lives["laptop"] / timedelta(days=1)) == 14

    listed = runner.invoke(cli, ["user", "tokens", "mo@example.org"]).stdout
    rows = {line.split("│")[2].strip(): line for line in listed.splitlines() if "│" in line}
    assert "expired" in rows["phone"]
    assert "live" in rows["laptop"] and "not yet" not in rows["laptop"]
    assert "never" in rows["relay"] and "not yet" in rows["relay"]
    assert "UTC" in rows["laptop"]


def test_a_default_past_the_longest_allowed_is_a_settings_error():
    with pytest.raises(ValueError, match="TOCSIN_TOKEN_DAYS"):
        Settings(token_days=400, token_max_days=365)


def test_tokens_issued_before_expiry_existed_are_given_a_year(empty_engine):
    engine = empty_engine
    upgrade(engine, "0017")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (email, email_key, name, role, password_hash, active,"
                " created_at) VALUES ('a@example.org', 'k', 'A', 'analyst', 'x', TRUE,"
                " CURRENT_TIMESTAMP)"
            )
        )
        for name, digest in (("phone", "a" * 64), ("old", "b" * 64)):
            conn.execute(
                text(
                    "INSERT INTO api_tokens (user_id, name, token_hash, revoked, created_at)"
                    " VALUES (1, :name, :digest, FALSE, CURRENT_TIMESTAMP)"
                ),
                {"name": name, "digest": digest},
            )
    before = utcnow()
    upgrade(engine)
    store = Store(engine)
    with store.uow() as uow:
        ends = [t.expires_at for t in uow.session.scalars(select(ApiToken))]
        (entry,) = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.actor == "migration:0018")
        )
    assert len(ends) == 2
    for end in ends:
        assert timedelta(days=365) <= end - before < timedelta(days=365, minutes=5)
    assert entry.changes["tokens"] == 2
    engine.dispose()
