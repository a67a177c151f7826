"""reminder and contact_care: reminders of one's own, and per-person rules for "Heute".

New tables only; ``contact`` and its search triggers stay as they are.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 01:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "reminder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("referral_id", sa.Integer(), nullable=True),
        sa.Column("engagement_id", sa.Integer(), nullable=True),
        sa.Column("feedback_id", sa.Integer(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk("reminder", "contact_id", "contact"),
        _fk("reminder", "referral_id", "referral"),
        _fk("reminder", "engagement_id", "engagement"),
        _fk("reminder", "feedback_id", "feedback"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder")),
    )
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.create_index("ix_reminder_open_due", ["done_on", "due_on"], unique=False)
        for column in ("contact_id", "referral_id", "engagement_id", "feedback_id"):
            batch_op.create_index(batch_op.f(f"ix_reminder_{column}"), [column], unique=False)
    op.create_table(
        "contact_care",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("never_ask", sa.Boolean(), nullable=False),
        sa.Column("keep_in_touch_days", sa.Integer(), nullable=True),
        _fk("contact_care", "contact_id", "contact"),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_contact_care")),
    )


def downgrade() -> None:
    op.drop_table("contact_care")
    op.drop_table("reminder")
