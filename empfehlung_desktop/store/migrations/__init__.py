"""Schema migrations (Alembic), run at start-up on an older database.

Start-up stays fast: Alembic is imported only when the stored revision differs
from :data:`HEAD_REVISION` (a test keeps that constant equal to Alembic's head).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, inspect, text

from empfehlung_desktop.config import migrations_dir
from empfehlung_desktop.errors import StoreError

HEAD_REVISION = "0003"
# Alembic reads env.py and the version scripts as files: in a frozen bundle
# they are shipped as data next to the compiled package (see the spec).
MIGRATIONS_DIR = migrations_dir()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def ensure_current(engine: Engine) -> bool:
    """Create or upgrade the schema; return True if anything was migrated."""
    if current_revision(engine) == HEAD_REVISION:
        return False
    upgrade(engine)
    return True


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run Alembic on one connection with foreign keys off (SQLite batch mode).

    With foreign keys on, batch mode's table copy would fire ON DELETE CASCADE
    and silently delete child rows, so the pragma is switched off before the
    migration's transaction starts and verified afterwards.
    """
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config()
    known = {rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions()}
    stored = current_revision(engine)
    if stored is not None and stored not in known:
        raise StoreError(
            "Diese Datenbank stammt aus einer neueren Version von Empfehlung Desktop "
            f"(Schema {stored}). Bitte die neuere Version verwenden."
        )
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
                if sqlite:
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise StoreError(
                            "Die Aktualisierung der Datenbank hätte Verweise zerstört "
                            "und wurde zurückgenommen."
                        )
        finally:
            if sqlite:
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
