"""contact (id, sort_name) index: a search's page sorted by name from the index alone.

Only an index; ``contact`` and its search triggers stay as they are.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 07:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_contact_id_sort_name", "contact", ["id", "sort_name"])


def downgrade() -> None:
    op.drop_index("ix_contact_id_sort_name", table_name="contact")
