"""contact.uid: a stable UUID per contact for exports, filled for existing rows.

Database ids are not identities: two databases exported the same vCard UID for
different people. The column is added without rebuilding the table (SQLite's
ALTER TABLE ADD COLUMN), so the search triggers on ``contact`` stay in place.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 21:40:00
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uid", sa.String(length=36), nullable=True))
    conn = op.get_bind()
    contact = sa.table("contact", sa.column("id", sa.Integer), sa.column("uid", sa.String))
    ids = [row[0] for row in conn.execute(sa.select(contact.c.id).where(contact.c.uid.is_(None)))]
    update = (
        sa.update(contact)
        .where(contact.c.id == sa.bindparam("row_id"))
        .values(uid=sa.bindparam("new_uid"))
    )
    for start in range(0, len(ids), 5000):
        batch = [{"row_id": i, "new_uid": str(uuid.uuid4())} for i in ids[start : start + 5000]]
        conn.execute(update, batch)
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_uid"), ["uid"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_uid"))
        batch_op.drop_column("uid")
