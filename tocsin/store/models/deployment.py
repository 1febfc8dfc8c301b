"""Facts every process of one deployment must agree on, kept in the store they share."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.store.base import Base, utcnow


class DeploymentFact(Base):
    """One named fact (``secret_key_fingerprint``: a keyed digest of the secret key, never
    the key). A `serve` and a `worker` share the store but maybe not the data folder; what
    they must share is checked against these rows at start."""

    __tablename__ = "deployment_facts"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
