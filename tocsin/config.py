"""Configuration, read once from TOCSIN_* environment variables (or a .env file)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from tocsin.domain.errors import TocsinError

if TYPE_CHECKING:
    from tocsin.intake.imap_poller import Mailbox


class Settings(BaseSettings):
    """Every knob of a deployment in one place.

    The embedded default needs nothing set: a SQLite store under ``data_dir``. A multi-user
    deployment points ``database_url`` at PostgreSQL.
    """

    model_config = SettingsConfigDict(env_prefix="TOCSIN_", env_file=".env", extra="ignore")

    data_dir: Path = Field(
        default=Path("data"),
        description="the embedded store, the generated key, attachments, uploads, models and "
        "panels: shared (or the key set) by every process of one deployment",
    )
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; SQLite under data_dir when unset"
    )
    secret_key: str | None = Field(
        default=None,
        description="signs session cookies and subscription links, keys e-mailed reports' "
        "references; generated into data_dir when unset",
    )
    base_url: str = "http://127.0.0.1:8000"

    smtp_host: str = "127.0.0.1"
    smtp_port: int = Field(default=25, ge=1, le=65535)
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    smtp_timeout: float = Field(default=10.0, gt=0)
    mail_from: str = "alerts@tocsin.localhost"
    webhook_timeout: float = Field(
        default=10.0, gt=0, description="seconds a subscriber's webhook has to answer"
    )
    webhook_allow_private: bool = Field(
        default=False,
        description="let webhooks post to loopback and private addresses (a relay on the "
        "same network); off, an address that resolves to one is refused, so that a webhook "
        "cannot be turned against the deployment's own network",
    )

    imap_host: str | None = Field(
        default=None, description="mailbox whose unseen messages become reports; unset = off"
    )
    imap_port: int = Field(default=993, ge=1, le=65535)
    imap_user: str | None = None
    imap_password: str | None = None
    imap_folder: str = "INBOX"
    imap_security: str = Field(default="ssl", description="ssl, starttls, or none (loopback)")
    imap_poll_seconds: float = Field(default=60.0, gt=0)

    worker_poll_seconds: float = Field(default=5.0, gt=0)
    # How often the worker looks for new analysts' decisions to retrain the coders from
    # (a retrain runs only when they changed); 0 turns the learning job off.
    learning_seconds: float = Field(default=3600.0, ge=0)
    # How often the worker looks for events added since the last escalation forecast (a new
    # forecast runs only when there are); 0 turns the escalation job off.
    escalation_seconds: float = Field(default=3600.0, ge=0)
    #: After this many days an analyst's setting of a level is due for their review (the
    #: setting stands; it is only marked), as is a level whose evidence has aged out.
    level_review_days: int = Field(default=180, ge=1)
    #: A delivery is retried until this many hours have passed since it was queued: long
    #: enough for a mail server down over a night or a weekend to be caught up.
    delivery_retry_hours: float = Field(default=48.0, gt=0)
    #: The first wait before a retry; it doubles with each attempt, up to the cap below.
    delivery_backoff_seconds: float = Field(default=30.0, ge=0)
    delivery_backoff_max_seconds: float = Field(default=3600.0, ge=0)
    #: An optional cap on attempts as well (before the retry window, attempts alone decided,
    #: 8 by default, and a delivery failed for good after about an hour); unset: the window.
    delivery_max_attempts: int | None = Field(default=None, ge=1)

    # The sentence model behind automatic coding: "int8" (ONNX Runtime, about twice as fast;
    # built once into model_cache) or "torch" (the weights as published, 32-bit).
    sentence_backend: Literal["int8", "torch"] = "int8"
    model_cache: Path = Field(
        default_factory=lambda: (
            Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tocsin"
        ),
        description="models derived from installed packages (the 8-bit sentence model)",
    )

    taxonomy_file: Path | None = Field(
        default=None,
        description="an administrator's corrected Framework of Analysis taxonomy (YAML in the "
        "shipped file's format); unset = the shipped one",
    )

    max_report_chars: int = Field(default=20_000, ge=1)
    public_reports_per_hour: int = Field(default=20, ge=1)
    #: Requests to subscribe to alerts (each sends a confirmation mail) per client address.
    public_subscriptions_per_hour: int = Field(default=10, ge=1)
    #: Whole-dataset event exports an anonymous client may ask for in an hour (each can be
    #: large); logged-in users are not limited.
    public_exports_per_hour: int = Field(default=30, ge=1)
    #: Failed logins allowed per account, and per client address, in 15 minutes.
    login_failures_per_account: int = Field(default=10, ge=1)
    login_failures_per_client: int = Field(default=50, ge=1)
    #: Messages one sender address may send to the SMTP endpoint in an hour; more are told to
    #: retry later (451), so nothing is lost. 0: no limit.
    email_reports_per_hour: int = Field(default=60, ge=0)
    #: Messages one connecting address (an IPv6 one by its /64) may send to the SMTP endpoint
    #: in an hour, whatever From they give: From is the sender's to choose. 0: no limit.
    email_reports_per_peer_per_hour: int = Field(default=120, ge=0)
    #: Days an API token lives when it is issued without a choice, and the most that may be
    #: chosen (a token that never expires is for an administrator to issue on the server).
    token_days: int = Field(default=90, ge=1)
    token_max_days: int = Field(default=365, ge=1)
    #: The reverse proxies (addresses or networks, comma-separated) whose X-Forwarded-For is
    #: read as the client's address. Every limit above counts per client address: behind a
    #: proxy that is not listed, all clients are the proxy and share one count (a stranger's
    #: failed logins then lock everyone out); a listed proxy must set the header itself, or a
    #: client's own X-Forwarded-For would choose the address it is counted under. Empty: none.
    trusted_proxies: str = Field(default="127.0.0.1")

    @model_validator(mode="after")
    def _token_default_within_max(self) -> Settings:
        if self.token_days > self.token_max_days:
            raise ValueError(
                f"TOCSIN_TOKEN_DAYS ({self.token_days}) is more than TOCSIN_TOKEN_MAX_DAYS "
                f"({self.token_max_days})"
            )
        return self

    @field_validator("trusted_proxies")
    @classmethod
    def _proxy_addresses(cls, value: str) -> str:
        # A typo would otherwise be a literal uvicorn never matches: every client the proxy.
        import ipaddress

        for item in filter(None, (part.strip() for part in value.split(","))):
            if item == "*":
                continue
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(
                    f"{item!r} is not an IP address or network (e.g. 127.0.0.1, 10.0.0.0/8)"
                ) from None
        return value

    @field_validator("base_url")
    @classmethod
    def _absolute(cls, value: str) -> str:
        # Links in mails and feeds are built on it: without a scheme they are broken.
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("database_url")
    @classmethod
    def _supported_store(cls, value: str | None) -> str | None:
        if not value:
            return value
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(value)
        except ArgumentError:
            raise ValueError(
                "is not a database URL (sqlite:///path or postgresql://user:pass@host/db)"
            ) from None
        backend, _, driver = url.drivername.partition("+")
        if backend == "postgres":  # the form many hosts hand out, PostgreSQL all the same
            backend = "postgresql"
            url = url.set(drivername=f"postgresql+{driver}" if driver else "postgresql")
            value = url.render_as_string(hide_password=False)
        if backend not in _DRIVERS:
            raise ValueError(f"Tocsin works with SQLite or PostgreSQL only, not {backend}")
        # Only the drivers Tocsin ships: another one would fail later with a traceback.
        if driver and driver != _DRIVERS[backend]:
            if backend == "postgresql":
                raise ValueError("use postgresql://; psycopg 3 is the driver Tocsin ships")
            raise ValueError("use sqlite:///path; Python's sqlite3 is the driver Tocsin uses")
        return value

    @property
    def imap_mailbox(self) -> Mailbox | None:
        """The report mailbox, when one is configured."""
        if not self.imap_host:
            return None
        from tocsin.domain.errors import InvalidInput
        from tocsin.intake.imap_poller import Mailbox, Security

        if not self.imap_user or self.imap_password is None:
            raise InvalidInput("TOCSIN_IMAP_HOST is set: set TOCSIN_IMAP_USER and _PASSWORD too")
        if self.imap_security not in {s.value for s in Security}:
            raise InvalidInput(
                f"TOCSIN_IMAP_SECURITY is {self.imap_security!r}: use ssl, starttls or none"
            )
        return Mailbox(
            self.imap_host,
            self.imap_user,
            self.imap_password,
            self.imap_port,
            self.imap_folder,
            Security(self.imap_security),
        )

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'tocsin.sqlite').resolve()}"


#: The one driver each store is used through (a bare URL names none: see store.engine).
_DRIVERS = {"sqlite": "pysqlite", "postgresql": "psycopg"}


class BadSettings(TocsinError):
    """A setting that Tocsin cannot start with; the message names its TOCSIN_* variable."""


def describe(error: ValidationError) -> str:
    """One line, each fault under the name of the variable that set it."""
    faults = []
    for item in error.errors():
        field = "_".join(str(part) for part in item["loc"])
        message = str(item["msg"]).removeprefix("Value error, ")
        shown = "" if field in _SECRET else f" is {item.get('input')!r}"  # a URL has a password
        faults.append(f"TOCSIN_{field.upper()}{shown}: {message}")
    return "; ".join(faults)


_SECRET = {"database_url", "secret_key", "smtp_password", "imap_password"}


@lru_cache
def get_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        raise BadSettings(describe(exc)) from None
