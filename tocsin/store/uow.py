"""The unit of work: the one way services reach storage.

A service runs one use case inside `with uow:`; `uow.commit()` makes it durable, and leaving the
block without a commit rolls everything back, so a failure never half-writes a use case.
"""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from tocsin.store import audit
from tocsin.store.repositories import (
    AlertRepository,
    EventRepository,
    ForecastRepository,
    NetworkRepository,
    ReferenceRepository,
    ReportRepository,
    SignalRepository,
    SituationRepository,
    SubscriberRepository,
    UserRepository,
)


class UnitOfWork:
    session: Session

    def __init__(self, session_factory: sessionmaker[Session], actor: str = "system") -> None:
        self._factory = session_factory
        self.actor = actor

    def act_as(self, actor: str) -> None:
        """Name who acts from here on, when it is known only inside the unit of work (a
        login: the caller is anonymous until the password is checked)."""
        self.actor = actor
        self.session.info[audit.ACTOR_KEY] = actor

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.session.info[audit.ACTOR_KEY] = self.actor
        self.reports = ReportRepository(self.session)
        self.events = EventRepository(self.session)
        self.forecasts = ForecastRepository(self.session)
        self.signals = SignalRepository(self.session)
        self.situations = SituationRepository(self.session)
        self.alerts = AlertRepository(self.session)
        self.subscribers = SubscriberRepository(self.session)
        self.users = UserRepository(self.session)
        self.reference = ReferenceRepository(self.session)
        self.network = NetworkRepository(self.session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # close() rolls back whatever was not committed, and leaves loaded objects readable.
        self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

    def add(self, obj: object) -> None:
        self.session.add(obj)

    def flush(self) -> None:
        self.session.flush()


class Store:
    """An engine and its session factory: what an app, worker or CLI command holds."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        audit.install(self.sessions)

    def uow(self, actor: str = "system") -> UnitOfWork:
        return UnitOfWork(self.sessions, actor=actor)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()
