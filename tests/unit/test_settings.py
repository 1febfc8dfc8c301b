"""Settings a deployment cannot run with are refused at start, in one line naming the
TOCSIN_* variable, before they turn into server errors or mail sent to the wrong port."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tocsin.accounts.throttle import LoginThrottle
from tocsin.cli.main import app
from tocsin.config import BadSettings, get_settings
from tocsin.intake.ratelimit import RateLimiter
from tocsin.store.engine import make_engine


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("TOCSIN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TOCSIN_SECRET_KEY", "test-secret")
    monkeypatch.delenv("TOCSIN_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    yield monkeypatch
    get_settings.cache_clear()


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [
        ("TOCSIN_PUBLIC_REPORTS_PER_HOUR", "0", "greater than or equal to 1"),
        ("TOCSIN_LOGIN_FAILURES_PER_ACCOUNT", "-1", "greater than or equal to 1"),
        ("TOCSIN_LOGIN_FAILURES_PER_CLIENT", "0", "greater than or equal to 1"),
        ("TOCSIN_EMAIL_REPORTS_PER_HOUR", "-1", "greater than or equal to 0"),
        ("TOCSIN_SMTP_PORT", "70000", "less than or equal to 65535"),
        ("TOCSIN_SMTP_PORT", "abc", "valid integer"),
        ("TOCSIN_BASE_URL", "example.org", "http:// or https://"),
        ("TOCSIN_DATABASE_URL", "foo", "not a database URL"),
        ("TOCSIN_DATABASE_URL", "mysql://u:secret@db/x", "SQLite or PostgreSQL only"),
        ("TOCSIN_TRUSTED_PROXIES", "127.0.0.1, nginx", "not an IP address or network"),
    ],
)
def test_a_bad_setting_is_named_by_its_variable(env, variable, value, said):
    env.setenv(variable, value)
    with pytest.raises(BadSettings, match=said) as caught:
        get_settings()
    assert str(caught.value).startswith(variable)
    assert "secret" not in str(caught.value)


def test_no_limit_on_mailed_reports_is_zero(env):
    env.setenv("TOCSIN_EMAIL_REPORTS_PER_HOUR", "0")
    assert get_settings().email_reports_per_hour == 0


def test_the_command_prints_one_line_and_exits_2(env):
    env.setenv("TOCSIN_SMTP_PORT", "abc")
    result = CliRunner().invoke(app, ["worker", "--once"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "error: TOCSIN_SMTP_PORT is 'abc': Input should be a valid integer, unable to parse "
        "string as an integer"
    ]


@pytest.mark.parametrize("where", ["/etc/hostname", "/proc/tocsin"])
def test_an_unusable_data_folder_is_named(env, where):
    env.setenv("TOCSIN_DATA_DIR", where)
    result = CliRunner().invoke(app, ["init"])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: TOCSIN_DATA_DIR is '{where}'")


def test_an_unreachable_database_is_named(env):
    env.setenv("TOCSIN_DATABASE_URL", "postgresql://u:secret@127.0.0.1:1/x")
    result = CliRunner().invoke(app, ["init"])
    assert result.exit_code == 2
    assert result.output.startswith("error: TOCSIN_DATABASE_URL: cannot use the database")
    assert "secret" not in result.output


def test_a_postgres_url_is_taken_as_postgresql(env):
    env.setenv("TOCSIN_DATABASE_URL", "postgres://u:p%40ss@127.0.0.1:1/x")
    url = get_settings().resolved_database_url
    assert url == "postgresql://u:p%40ss@127.0.0.1:1/x"
    assert make_engine(url).dialect.driver == "psycopg"
    result = CliRunner().invoke(app, ["init"])  # nothing listens there: the database is named
    assert result.exit_code == 2
    assert result.output.startswith("error: TOCSIN_DATABASE_URL: cannot use the database")


@pytest.mark.parametrize(
    "url", ["postgresql+psycopg2://u:secret@db/x", "postgres+asyncpg://u:secret@db/x"]
)
def test_a_driver_tocsin_does_not_ship_is_refused_in_one_line(env, url):
    env.setenv("TOCSIN_DATABASE_URL", url)
    result = CliRunner().invoke(app, ["init"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "error: TOCSIN_DATABASE_URL: use postgresql://; psycopg 3 is the driver Tocsin ships"
    ]


def test_a_store_from_a_newer_tocsin_is_refused_in_plain_words(env, tmp_path):
    import sqlite3

    assert CliRunner().invoke(app, ["init"]).exit_code == 0
    with sqlite3.connect(tmp_path / "data" / "tocsin.sqlite") as db:
        db.execute("UPDATE alembic_version SET version_num = '0099'")
    result = CliRunner().invoke(app, ["worker", "--once", "--no-coding"])
    assert result.exit_code == 2
    assert result.output.strip().endswith(
        "this store was made by a newer version of Tocsin (revision 0099); upgrade Tocsin"
    )


@pytest.mark.parametrize("limit", [0, -1])
def test_limiters_refuse_a_limit_that_lets_nothing_through(limit):
    with pytest.raises(ValueError):
        RateLimiter(limit)
    with pytest.raises(ValueError):
        LoginThrottle(per_account=limit)
