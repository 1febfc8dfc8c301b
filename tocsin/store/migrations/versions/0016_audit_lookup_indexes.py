"""audit lookup indexes: one record's history and one actor's entries without a table scan

Revision ID: 0016
Revises: 0015

`tocsin audit --entity Report --id 18` (and `GET /api/v1/audit?entity=Report&id=18`) read
every audit entry of the entity through `ix_audit_entries_entity` and kept the record's: after
a year of a coalition's work (600,000 entries, a quarter of them reports') that was 0.2 s, and
it grows with the log. `(entity, entity_id)` finds the record's entries directly and still
serves a lookup by entity alone, so it replaces the entity index rather than adding to what
every audited write pays for. Counting one actor's entries (`--actor user:3`) scanned the
table; it now reads `ix_audit_entries_actor`.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_audit_entries_entity", table_name="audit_entries")
    op.create_index(
        "ix_audit_entries_entity_entity_id", "audit_entries", ["entity", "entity_id"], unique=False
    )
    op.create_index("ix_audit_entries_actor", "audit_entries", ["actor"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_audit_entries_actor", table_name="audit_entries")
    op.drop_index("ix_audit_entries_entity_entity_id", table_name="audit_entries")
    op.create_index("ix_audit_entries_entity", "audit_entries", ["entity"], unique=False)
