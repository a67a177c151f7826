"""Schema migrations (Alembic), run at start-up on an older database.

Start-up stays fast: Alembic is imported only when the stored revision differs
from :data:`HEAD_REVISION` (a test keeps that constant equal to Alembic's head).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect, text

from empfehlung_desktop.config import migrations_dir
from empfehlung_desktop.errors import StoreError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.store import snapshot
from empfehlung_desktop.store.light import HEAD_REVISION

__all__ = ["HEAD_REVISION", "current_revision", "ensure_current", "upgrade"]

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
    if sqlite and stored is not None:
        keep_copy_before_upgrade(engine)
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


def keep_copy_before_upgrade(engine: Engine) -> Path | None:
    """Check the file and keep a copy in the backup folder before its schema changes.

    The copy is named after the file's last change (the state it holds), so no
    clock is needed here. A damaged file is not upgraded at all.
    """
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    path = Path(database)
    problems = _quick_check(path)
    if problems:
        raise StoreError(
            _(
                "Die Datenbank „{path}“ ist beschädigt ({problem}) und wird deshalb nicht "
                "auf die neue Version umgestellt. Bitte mit „empfehlung-desktop check“ "
                "prüfen und die letzte fehlerfreie Datensicherung einspielen."
            ).format(path=path, problem=problems)
        )
    changed = dt.datetime.fromtimestamp(path.stat().st_mtime)
    return snapshot.copy_database(path, snapshot.backup_name(path, "vor-aktualisierung", changed))


def _quick_check(path: Path) -> str:
    from empfehlung_desktop.store import cipher

    try:
        con = snapshot.connect_readonly(path)
        try:
            rows = [str(r[0]) for r in con.execute("PRAGMA quick_check").fetchall()]
        finally:
            con.close()
    except cipher.database_errors() as exc:
        return snapshot.sqlite_reason(exc)
    return "; ".join(r for r in rows if r != "ok")
