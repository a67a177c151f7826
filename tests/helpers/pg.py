"""PostgreSQL test databases: one per test run, emptied before every test."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

from empfehlung_desktop.model import Base
from empfehlung_desktop.store.database import normalize_url


def _admin_engine(server_url: str) -> Engine:
    # CREATE/DROP DATABASE cannot run inside a transaction.
    return create_engine(normalize_url(server_url), isolation_level="AUTOCOMMIT")


def create_database(server_url: str, name: str) -> str:
    """Create database ``name`` on the server of ``server_url``; return its URL."""
    engine = _admin_engine(server_url)
    try:
        with engine.connect() as conn:
            conn.execute(text(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'"))
    finally:
        engine.dispose()
    url: URL = make_url(normalize_url(server_url)).set(database=name)
    return url.render_as_string(hide_password=False)


def drop_database(server_url: str, url: str) -> None:
    name = make_url(url).database
    engine = _admin_engine(server_url)
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()


def empty_all_tables(engine: Engine) -> None:
    """Start a test from an empty schema: faster than migrating every time."""
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
