"""Declarative base shared by every table, with a naming convention Alembic can rely on."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, DateTime, MetaData, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Table arguments of every table whose rows can be deleted: on SQLite, AUTOINCREMENT, or a
#: deleted newest row's id is given to the next row, and the audit log, links and URLs that
#: named the deleted row would name the new one (PostgreSQL sequences never reuse an id).
NEVER_REUSED_IDS = {"sqlite_autoincrement": True}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps no zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use UTC-aware datetimes")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UtcDateTime(), dict: JSON, list: JSON}


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


def table_of(model: type[Base]) -> Table:
    """A model's Table: SQLAlchemy types ``__table__`` as any FromClause, Core DML wants a Table."""
    table = model.__table__
    assert isinstance(table, Table), f"{model.__name__} is not mapped to a Table"
    return table
