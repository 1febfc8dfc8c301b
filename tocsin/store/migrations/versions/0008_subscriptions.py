"""subscriptions: one subscriber per mailbox, double opt-in, and a time-based retry window

Revision ID: 0008
Revises: 0007

- `subscribers.email_key` (a digest of the lower-cased address) is unique in place of the
  address itself: `Desk@example.org` and `desk@example.org` are one mailbox, and had each alert
  twice. Subscribers already stored twice in different letter case are merged into the oldest
  row: it is active if any of them was, takes the lowest minimum level and every country of
  the active ones (so no one hears of less than before), and their deliveries; a second copy
  of one alert to the same mailbox is dropped. Each merge is written to the audit log.
- `origin`, `confirmed_at` and `unsubscribed_at` say how a person came to be subscribed and
  whether they left; existing subscribers were all added by analysts.
- A delivery has a `kind` (an alert, or the mail asking a new subscriber to confirm, which
  belongs to no alert, hence a nullable `alert_id`) and a `payload`; `queued_at` starts its
  retry window.
"""

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import tocsin.store.base

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LEVELS = ["watch", "serious_concern", "imminent_risk", "current_crisis"]

subscribers = sa.table(
    "subscribers",
    sa.column("id", sa.Integer),
    sa.column("email", sa.String),
    sa.column("email_key", sa.String),
    sa.column("origin", sa.String),
    sa.column("active", sa.Boolean),
    sa.column("min_level", sa.String),
)
subscriptions = sa.table(
    "subscriptions",
    sa.column("id", sa.Integer),
    sa.column("subscriber_id", sa.Integer),
    sa.column("country_iso3", sa.String),
)
deliveries = sa.table(
    "deliveries",
    sa.column("id", sa.Integer),
    sa.column("alert_id", sa.Integer),
    sa.column("subscriber_id", sa.Integer),
    sa.column("channel", sa.String),
    sa.column("kind", sa.String),
    sa.column("status", sa.String),
    sa.column("created_at", tocsin.store.base.UtcDateTime(timezone=True)),
    sa.column("queued_at", tocsin.store.base.UtcDateTime(timezone=True)),
)
audit_entries = sa.table(
    "audit_entries",
    sa.column("at", tocsin.store.base.UtcDateTime(timezone=True)),
    sa.column("actor", sa.String),
    sa.column("action", sa.String),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.String),
    sa.column("changes", sa.JSON),
    sa.column("note", sa.Text),
)


def _key(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()


def _rank(level: str) -> int:
    return _LEVELS.index(level) if level in _LEVELS else 0


def _merge(conn: sa.Connection, rows: list[sa.Row]) -> None:
    """Merge subscribers of one mailbox into the oldest (rows are ordered by id)."""
    keep, others = rows[0], rows[1:]
    active = [r for r in rows if r.active] or rows
    lowest = min((r.min_level for r in active), key=_rank)
    countries = set(
        conn.scalars(
            sa.select(subscriptions.c.country_iso3).where(
                subscriptions.c.subscriber_id.in_([r.id for r in active])
            )
        )
    )
    ids = [r.id for r in rows]
    conn.execute(sa.delete(subscriptions).where(subscriptions.c.subscriber_id.in_(ids)))
    for iso3 in sorted(countries):
        conn.execute(sa.insert(subscriptions).values(subscriber_id=keep.id, country_iso3=iso3))
    conn.execute(
        sa.update(subscribers)
        .where(subscribers.c.id == keep.id)
        .values(active=any(r.active for r in rows), min_level=lowest)
    )
    # (alert, channel) -> the delivery kept for it, and whether it was sent.
    kept = {
        (a, c): (i, status == "sent")
        for i, a, c, status in conn.execute(
            sa.select(
                deliveries.c.id, deliveries.c.alert_id, deliveries.c.channel, deliveries.c.status
            ).where(deliveries.c.subscriber_id == keep.id)
        )
    }
    for other in others:
        dropped = []
        for delivery_id, alert_id, channel, status in conn.execute(
            sa.select(
                deliveries.c.id, deliveries.c.alert_id, deliveries.c.channel, deliveries.c.status
            )
            .where(deliveries.c.subscriber_id == other.id)
            .order_by(deliveries.c.id)
        ):
            first = kept.get((alert_id, channel))
            if first is not None and (first[1] or status != "sent"):
                conn.execute(sa.delete(deliveries).where(deliveries.c.id == delivery_id))
                dropped.append(delivery_id)
                continue
            if first is not None:  # this copy was sent: keep it, or the mail goes out twice
                conn.execute(sa.delete(deliveries).where(deliveries.c.id == first[0]))
                dropped.append(first[0])
            conn.execute(
                sa.update(deliveries)
                .where(deliveries.c.id == delivery_id)
                .values(subscriber_id=keep.id)
            )
            kept[(alert_id, channel)] = (delivery_id, status == "sent")
        conn.execute(sa.delete(subscribers).where(subscribers.c.id == other.id))
        conn.execute(
            sa.insert(audit_entries).values(
                at=datetime.now(UTC),
                actor="migration:0008",
                action="merge",
                entity="Subscriber",
                entity_id=str(other.id),
                changes={"merged_into": keep.id, "second_copies_dropped": dropped},
                note="the same mailbox, subscribed twice in different letter case",
            )
        )


def _key_subscribers(conn: sa.Connection) -> None:
    rows = conn.execute(
        sa.select(
            subscribers.c.id, subscribers.c.email, subscribers.c.active, subscribers.c.min_level
        ).order_by(subscribers.c.id)
    ).all()
    mailboxes: dict[str, list[sa.Row]] = defaultdict(list)
    for row in rows:
        mailboxes[_key(row.email)].append(row)
    for key, same in mailboxes.items():
        if len(same) > 1:
            _merge(conn, same)
        conn.execute(
            sa.update(subscribers)
            .where(subscribers.c.id == same[0].id)
            .values(email_key=key, origin="analyst")
        )


def upgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table("subscribers") as batch_op:
        batch_op.add_column(sa.Column("email_key", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("origin", sa.String(length=20), nullable=True))
        batch_op.add_column(
            sa.Column("confirmed_at", tocsin.store.base.UtcDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(
            sa.Column(
                "unsubscribed_at", tocsin.store.base.UtcDateTime(timezone=True), nullable=True
            )
        )
    with op.batch_alter_table("deliveries") as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=20), nullable=True))
        batch_op.add_column(
            sa.Column("queued_at", tocsin.store.base.UtcDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("payload", sa.JSON(), nullable=True))

    _key_subscribers(conn)
    conn.execute(sa.update(deliveries).values(kind="alert", queued_at=deliveries.c.created_at))

    with op.batch_alter_table("subscribers") as batch_op:
        batch_op.alter_column("email_key", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("origin", existing_type=sa.String(length=20), nullable=False)
        batch_op.drop_constraint("uq_subscribers_email", type_="unique")
        batch_op.create_unique_constraint("uq_subscribers_email_key", ["email_key"])
    with op.batch_alter_table("deliveries") as batch_op:
        batch_op.alter_column("kind", existing_type=sa.String(length=20), nullable=False)
        batch_op.alter_column(
            "queued_at", existing_type=tocsin.store.base.UtcDateTime(timezone=True), nullable=False
        )
        batch_op.alter_column("alert_id", existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(sa.delete(deliveries).where(deliveries.c.alert_id.is_(None)))
    with op.batch_alter_table("deliveries") as batch_op:
        batch_op.alter_column("alert_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column("payload")
        batch_op.drop_column("queued_at")
        batch_op.drop_column("kind")
    with op.batch_alter_table("subscribers") as batch_op:
        batch_op.drop_constraint("uq_subscribers_email_key", type_="unique")
        batch_op.create_unique_constraint("uq_subscribers_email", ["email"])
        batch_op.drop_column("unsubscribed_at")
        batch_op.drop_column("confirmed_at")
        batch_op.drop_column("origin")
        batch_op.drop_column("email_key")
