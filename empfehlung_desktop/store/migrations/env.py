"""Alembic environment: runs on the connection handed over by ``upgrade()``."""

from __future__ import annotations

from typing import Any

from alembic import context

from empfehlung_desktop.model import Base

FTS_PREFIX = "contact_fts"
# PostgreSQL's trigram search index, created by hand in the initial migration.
PG_TRGM_INDEX = "ix_contact_search_trgm"


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    # The FTS5 virtual table, its shadow tables and the trigram index are managed by hand.
    if type_ == "index" and name == PG_TRGM_INDEX:
        return False
    return not (type_ == "table" and name is not None and name.startswith(FTS_PREFIX))


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine

        url = context.config.get_main_option("sqlalchemy.url")
        if not url:
            raise RuntimeError("No connection or sqlalchemy.url given to Alembic")
        with create_engine(url).connect() as conn, conn.begin():
            _configure_and_run(conn)
        return
    _configure_and_run(connection)


def _configure_and_run(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    context.run_migrations()


run_migrations()
