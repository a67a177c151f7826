"""contact.search_text: one folded search document per contact, and the index on it.

Search as Germans type: "muell" and "Müll" find "Müller", "Soren" finds "Sören",
"+49 761" finds "0761 555 12". The document is computed in Python
(``transliterate.contact_search_document``, the same function every write uses) and
filled here for existing rows in batches. The FTS5 trigram table (SQLite) and the
trigram index (PostgreSQL) now cover this one column instead of seven.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 01:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from empfehlung_desktop.transliterate import contact_search_document

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The contact fields of this revision (store.search names the current ones). Further
# e-mails, phones and addresses (0005) are empty in every database this upgrades.
_TEXT_FIELDS = (
    "name",
    "title",
    "given_name",
    "family_name",
    "name_suffix",
    "organisation",
    "email",
    "profession",
    "competences",
    "tags",
    "notes",
)
_PHONE_FIELDS = ("phone",)
_BATCH = 5000
_PG_TRGM_INDEX = "ix_contact_search_trgm"
_OLD_COLUMNS = "name, organisation, email, phone, profession, competences, notes"
_TRIGGERS = ("contact_fts_ai", "contact_fts_ad", "contact_fts_au")


def upgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    had_fts = dialect == "sqlite" and sa.inspect(bind).has_table("contact_fts")
    _drop_search_index(bind)
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), server_default="", nullable=False))
    _fill(bind)
    if had_fts:
        _create_fts(bind, "search_text")
    elif dialect == "postgresql":
        _create_pg_index(bind, "search_text")


def downgrade() -> None:
    bind = op.get_bind()
    had_fts = bind.dialect.name == "sqlite" and sa.inspect(bind).has_table("contact_fts")
    _drop_search_index(bind)
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_column("search_text")
    if had_fts:
        _create_fts(bind, _OLD_COLUMNS)
    elif bind.dialect.name == "postgresql":
        _create_pg_index(bind, " || ' ' || ".join(c.strip() for c in _OLD_COLUMNS.split(",")))


def _drop_search_index(bind: sa.Connection) -> None:
    if bind.dialect.name == "sqlite":
        for trigger in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS contact_fts")
    elif bind.dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {_PG_TRGM_INDEX}")


def _fill(bind: sa.Connection) -> None:
    """Compute the document of every contact, one batch of ids at a time."""
    fields = (*_TEXT_FIELDS, *_PHONE_FIELDS)
    contact = sa.table(
        "contact", sa.column("id", sa.Integer), sa.column("search_text", sa.Text),
        *(sa.column(name, sa.Text) for name in fields),
    )  # fmt: skip
    update = (
        sa.update(contact)
        .where(contact.c.id == sa.bindparam("row_id"))
        .values(search_text=sa.bindparam("document"))
    )
    last = 0
    while True:
        rows = bind.execute(
            sa.select(contact.c.id, *(contact.c[name] for name in fields))
            .where(contact.c.id > last)
            .order_by(contact.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        batch = []
        for row in rows:
            values = row._mapping
            document = contact_search_document(
                (values[name] or "" for name in _TEXT_FIELDS),
                (values[name] or "" for name in _PHONE_FIELDS),
            )
            batch.append({"row_id": row.id, "document": document})
        bind.execute(update, batch)
        last = rows[-1].id


def _create_fts(bind: sa.Connection, columns: str) -> None:
    """The FTS5 trigram table over ``columns`` of contact, its triggers, and its content."""
    new_values = ", ".join(f"new.{c.strip()}" for c in columns.split(","))
    old_values = ", ".join(f"old.{c.strip()}" for c in columns.split(","))
    # Only a change of the indexed columns needs the index (roles, dates … do not).
    watched = "" if "," in columns else f" OF {columns}"
    bind.exec_driver_sql(
        f"CREATE VIRTUAL TABLE contact_fts USING fts5({columns}, "
        "content='contact', content_rowid='id', tokenize='trigram')"
    )
    bind.exec_driver_sql(
        "CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact BEGIN "
        f"INSERT INTO contact_fts(rowid, {columns}) VALUES (new.id, {new_values}); END"
    )
    bind.exec_driver_sql(
        "CREATE TRIGGER contact_fts_ad AFTER DELETE ON contact BEGIN "
        f"INSERT INTO contact_fts(contact_fts, rowid, {columns}) "
        f"VALUES ('delete', old.id, {old_values}); END"
    )
    bind.exec_driver_sql(
        f"CREATE TRIGGER contact_fts_au AFTER UPDATE{watched} ON contact BEGIN "
        f"INSERT INTO contact_fts(contact_fts, rowid, {columns}) "
        f"VALUES ('delete', old.id, {old_values}); "
        f"INSERT INTO contact_fts(rowid, {columns}) VALUES (new.id, {new_values}); END"
    )
    bind.exec_driver_sql("INSERT INTO contact_fts(contact_fts) VALUES ('rebuild')")


def _create_pg_index(bind: sa.Connection, expression: str) -> None:
    """The GIN trigram index, where pg_trgm can be had (else the search scans)."""
    bind.exec_driver_sql("SAVEPOINT trgm_probe")
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        bind.exec_driver_sql("ROLLBACK TO SAVEPOINT trgm_probe")
        bind.exec_driver_sql("RELEASE SAVEPOINT trgm_probe")
        return
    bind.exec_driver_sql("RELEASE SAVEPOINT trgm_probe")
    op.execute(f"CREATE INDEX {_PG_TRGM_INDEX} ON contact USING gin (({expression}) gin_trgm_ops)")
