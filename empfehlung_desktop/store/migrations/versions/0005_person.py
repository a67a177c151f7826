"""person: name parts, salutation, form of address, birthday, tags; further details and addresses.

Existing names are split into title, given and family name (``names.split_name``);
the display name itself is left exactly as it was. Names the split was unsure of
("Anna Maria Garcia", one word, an organisation) are listed in the setting
``contacts.names_to_check`` so that the app can ask the user to look at them.
Columns are added without rebuilding ``contact`` (its search triggers stay); the
update trigger is set aside while the parts are filled, since no searched column
changes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 00:30:00
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from empfehlung_desktop.names import name_sort_key, split_name

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

NAMES_TO_CHECK = "contacts.names_to_check"  # services.contacts.person.NAMES_TO_CHECK
_SALUTATION = {"ms": "ms", "mr": "mr", "": "none"}


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("salutation", sa.String(length=32), nullable=False, server_default="none")
        )
        for name, length in (
            ("title", 60),
            ("given_name", 100),
            ("family_name", 100),
            ("name_suffix", 60),
        ):
            batch_op.add_column(
                sa.Column(name, sa.String(length=length), nullable=False, server_default="")
            )
        batch_op.add_column(
            sa.Column("address_form", sa.String(length=32), nullable=False, server_default="formal")
        )
        for name in ("birth_day", "birth_month", "birth_year"):
            batch_op.add_column(sa.Column(name, sa.SmallInteger(), nullable=True))
        batch_op.add_column(
            sa.Column("tags", sa.String(length=500), nullable=False, server_default="")
        )
        batch_op.create_index("ix_contact_birthday", ["birth_month", "birth_day"])
    op.create_table(
        "contact_detail",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(length=500), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_contact_detail_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_detail")),
    )
    with op.batch_alter_table("contact_detail", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_detail_contact_id"), ["contact_id"])
    op.create_table(
        "contact_address",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("region", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_contact_address_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_address")),
    )
    with op.batch_alter_table("contact_address", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_address_contact_id"), ["contact_id"])
    _split_existing_names()


def _split_existing_names() -> None:
    conn = op.get_bind()
    contact = sa.table(
        "contact",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("erased_at", sa.DateTime),
        sa.column("salutation", sa.String),
        sa.column("title", sa.String),
        sa.column("given_name", sa.String),
        sa.column("family_name", sa.String),
        sa.column("name_suffix", sa.String),
        sa.column("sort_name", sa.String),
    )
    rows = conn.execute(
        sa.select(contact.c.id, contact.c.name).where(contact.c.erased_at.is_(None))
    ).all()
    if not rows:
        return
    update = (
        sa.update(contact)
        .where(contact.c.id == sa.bindparam("row_id"))
        .values(
            salutation=sa.bindparam("p_salutation"),
            title=sa.bindparam("p_title"),
            given_name=sa.bindparam("p_given"),
            family_name=sa.bindparam("p_family"),
            name_suffix=sa.bindparam("p_suffix"),
            sort_name=sa.bindparam("p_sort"),
        )
    )
    unsure: list[int] = []
    batch: list[dict[str, object]] = []
    trigger = _suspend_update_trigger(conn)
    for row_id, name in rows:
        parts = split_name(name or "")
        if not parts.certain:
            unsure.append(row_id)
        batch.append(
            {
                "row_id": row_id,
                "p_salutation": _SALUTATION[parts.salutation],
                "p_title": parts.title[:60],
                "p_given": parts.given[:100],
                "p_family": parts.family[:100],
                "p_suffix": parts.suffix[:60],
                "p_sort": name_sort_key(parts.given, parts.family, name or "")[:200],
            }
        )
        if len(batch) >= 5000:
            conn.execute(update, batch)
            batch = []
    if batch:
        conn.execute(update, batch)
    if trigger:
        conn.exec_driver_sql(trigger)
    if unsure:
        setting = sa.table("app_setting", sa.column("key", sa.String), sa.column("value"))
        conn.execute(sa.delete(setting).where(setting.c.key == NAMES_TO_CHECK))
        conn.execute(sa.insert(setting).values(key=NAMES_TO_CHECK, value=json.dumps(unsure)))


def _suspend_update_trigger(conn: sa.Connection) -> str:
    """Drop the search index's update trigger (SQLite) and return its SQL to restore it."""
    if conn.dialect.name != "sqlite":
        return ""
    sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'contact_fts_au'"
    ).scalar()
    if sql:
        conn.exec_driver_sql("DROP TRIGGER contact_fts_au")
    return str(sql or "")


def downgrade() -> None:
    op.drop_table("contact_address")
    op.drop_table("contact_detail")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_birthday")
        for name in (
            "tags",
            "birth_year",
            "birth_month",
            "birth_day",
            "address_form",
            "name_suffix",
            "family_name",
            "given_name",
            "title",
            "salutation",
        ):
            batch_op.drop_column(name)
