"""Configuration, read once from TOCSIN_* environment variables (or a .env file)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


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

    worker_poll_seconds: float = 5.0
    delivery_max_attempts: int = 8
    delivery_backoff_seconds: float = 30.0

    max_report_chars: int = 20_000
    public_reports_per_hour: int = 20

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'tocsin.sqlite').resolve()}"


@lru_cache
def get_settings() -> Settings:
    return Settings()
