"""Configuration, read once from TOCSIN_* environment variables (or a .env file)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

if TYPE_CHECKING:
    from tocsin.intake.imap_poller import Mailbox


class Settings(BaseSettings):
    """Every knob of a deployment in one place.

    The embedded default needs nothing set: a SQLite store under ``data_dir``. A multi-user
    deployment points ``database_url`` at PostgreSQL.
    """

    model_config = SettingsConfigDict(env_prefix="TOCSIN_", env_file=".env", extra="ignore")

    data_dir: Path = Field(
        default=Path("data"), description="where the embedded store, uploads and models live"
    )
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; SQLite under data_dir when unset"
    )
    secret_key: str | None = Field(
        default=None, description="signs session cookies; generated into data_dir when unset"
    )
    base_url: str = "http://127.0.0.1:8000"

    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    smtp_timeout: float = 10.0
    mail_from: str = "alerts@tocsin.localhost"

    imap_host: str | None = Field(
        default=None, description="mailbox whose unseen messages become reports; unset = off"
    )
    imap_port: int = 993
    imap_user: str | None = None
    imap_password: str | None = None
    imap_folder: str = "INBOX"
    imap_security: str = Field(default="ssl", description="ssl, starttls, or none (loopback)")
    imap_poll_seconds: float = 60.0

    worker_poll_seconds: float = 5.0
    # How often the worker looks for new analysts' decisions to retrain the coders from
    # (a retrain runs only when they changed); 0 turns the learning job off.
    learning_seconds: float = Field(default=3600.0, ge=0)
    # How often the worker looks for events added since the last escalation forecast (a new
    # forecast runs only when there are); 0 turns the escalation job off.
    escalation_seconds: float = Field(default=3600.0, ge=0)
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
        default_factory=lambda: Path(
            os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        ) / "tocsin",
        description="models derived from installed packages (the 8-bit sentence model)",
    )

    taxonomy_file: Path | None = Field(
        default=None,
        description="an administrator's corrected Framework of Analysis taxonomy (YAML in the "
        "shipped file's format); unset = the shipped one",
    )

    max_report_chars: int = 20_000
    public_reports_per_hour: int = 20
    #: Requests to subscribe to alerts (each sends a confirmation mail) per client address.
    public_subscriptions_per_hour: int = Field(default=10, ge=1)
    #: Whole-dataset event exports an anonymous client may ask for in an hour (each can be
    #: large); logged-in users are not limited.
    public_exports_per_hour: int = Field(default=30, ge=1)
    #: Failed logins allowed per account, and per client address, in 15 minutes.
    login_failures_per_account: int = 10
    login_failures_per_client: int = 50
    #: Messages one sender address may send to the SMTP endpoint in an hour; more are told to
    #: retry later (451), so nothing is lost. 0: no limit.
    email_reports_per_hour: int = 60

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


@lru_cache
def get_settings() -> Settings:
    return Settings()
