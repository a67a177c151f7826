import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from empfehlung_desktop.model import Base
from empfehlung_desktop.store import migrations
from empfehlung_desktop.store.database import PAGE_SIZE, Database, make_engine, open_database
from tests.conftest import DEMO_TODAY


def table_counts(path: Path) -> dict[str, int]:
    """Rows per table of the model that the file has (an older revision lacks newer ones)."""
    con = sqlite3.connect(path)
    try:
        present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {
            t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in Base.metadata.tables
            if t in present
        }
    finally:
        con.close()


def test_head_constant_matches_alembic_head() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrations.alembic_config())
    assert script.get_current_head() == migrations.HEAD_REVISION


def test_new_database_gets_current_schema(db: Database) -> None:
    assert migrations.current_revision(db.engine) == migrations.HEAD_REVISION
    with db.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        indexes = {ix["name"] for ix in inspect(conn).get_indexes("contact")}
    assert set(Base.metadata.tables) <= names
    if db.engine.dialect.name == "sqlite":
        assert "contact_fts" in names
    else:
        assert "ix_contact_search_trgm" in indexes


@pytest.mark.sqlite_only
def test_pragmas_are_set_on_every_connection(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_a_new_file_gets_big_pages_and_an_existing_one_keeps_its_own(tmp_path: Path) -> None:
    new = open_database(f"sqlite:///{tmp_path / 'neu.db'}")
    with new.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA page_size").scalar() == PAGE_SIZE == 16384
    new.dispose()
    old = tmp_path / "alt.db"
    con = sqlite3.connect(old)
    con.execute("PRAGMA page_size = 4096")
    con.execute("CREATE TABLE before_us (x)")
    con.close()
    existing = open_database(f"sqlite:///{old}")  # migrated to the current schema
    with existing.session() as session:
        session.execute(text("INSERT INTO before_us VALUES (1)"))
    existing.dispose()
    con = sqlite3.connect(old)
    try:
        assert con.execute("PRAGMA page_size").fetchone()[0] == 4096
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def test_upgrade_at_start_up_keeps_every_row(demo_db: Database, db_path: Path) -> None:
    before = table_counts(db_path)
    assert before["contact"] > 50 and before["referral_event"] > 10
    demo_db.dispose()
    # Run the start-up upgrade path on a database full of data.
    engine = make_engine(f"sqlite:///{db_path}")
    migrations.upgrade(engine, "head")
    assert table_counts(db_path) == before
    engine.dispose()
    reopened = open_database(f"sqlite:///{db_path}")
    reopened.dispose()
    assert table_counts(db_path) == before


def test_batch_alter_with_children_loses_nothing(demo_db: Database, db_path: Path) -> None:
    """Batch mode copies the parent table; with foreign keys on, cascades would fire."""
    import sqlalchemy as sa
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    before = table_counts(db_path)
    demo_db.dispose()
    engine = make_engine(f"sqlite:///{db_path}")
    with engine.connect() as conn:
        conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        with conn.begin():
            ops = Operations(MigrationContext.configure(conn, opts={"render_as_batch": True}))
            with ops.batch_alter_table("contact") as batch:
                batch.add_column(sa.Column("nickname", sa.String(50), nullable=True))
        conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
    engine.dispose()
    assert table_counts(db_path) == before


def test_unknown_newer_revision_is_refused(db_path: Path) -> None:
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('9999')"))
    engine.dispose()
    from empfehlung_desktop.errors import StoreError

    with pytest.raises(StoreError, match="neueren Version"):
        open_database(f"sqlite:///{db_path}")


def test_every_older_revision_upgrades_without_losing_rows(db_path: Path) -> None:
    """A database filled at each older revision keeps every row through start-up."""
    from alembic.script import ScriptDirectory

    from empfehlung_desktop.sample_practice.build import build_demo

    script = ScriptDirectory.from_config(migrations.alembic_config())
    older = [
        rev.revision for rev in script.walk_revisions() if rev.revision != migrations.HEAD_REVISION
    ]
    assert older, "there is no older revision to upgrade from"
    # The demo is built with today's model; an older schema gets its rows column by
    # column (the columns that revision has), as a database of that time held them.
    source_path = db_path.with_name("demo-head.db")
    source = open_database(f"sqlite:///{source_path}")
    with source.session() as session:
        build_demo(session, DEMO_TODAY)
    source.dispose()
    for revision in older:
        path = db_path.with_name(f"rev-{revision}.db")
        engine = make_engine(f"sqlite:///{path}")
        migrations.upgrade(engine, revision)
        assert migrations.current_revision(engine) == revision
        engine.dispose()
        _copy_rows(source_path, path)
        before = table_counts(path)
        assert before["contact"] > 50
        reopened = open_database(f"sqlite:///{path}")
        assert migrations.current_revision(reopened.engine) == migrations.HEAD_REVISION
        with reopened.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        _assert_search_works(reopened, path)
        reopened.dispose()
        after = table_counts(path)
        assert {t: n for t, n in after.items() if t in before} == before
        if revision < "0003":
            con = sqlite3.connect(path)
            uids = [row[0] for row in con.execute("SELECT uid FROM contact")]
            con.close()
            assert all(uids) and len(set(uids)) == len(uids)


def _assert_search_works(db: Database, path: Path) -> None:
    """Migration 0006 filled every search document and indexed it."""
    from tests.unit.store.test_search_document import stale_documents

    assert stale_documents(db) == []
    con = sqlite3.connect(path)
    try:
        name, document = con.execute(
            "SELECT name, search_text FROM contact WHERE name LIKE '%ü%' LIMIT 1"
        ).fetchone()
        found = con.execute(
            "SELECT contact.name FROM contact_fts JOIN contact ON contact.id = contact_fts.rowid "
            "WHERE contact_fts MATCH ?",
            ('"' + max(document.split(), key=len) + '"',),
        ).fetchall()
    finally:
        con.close()
    assert (name,) in found


def _copy_rows(source: Path, target: Path) -> None:
    con = sqlite3.connect(target)
    try:
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute("ATTACH DATABASE ? AS src", (str(source),))
        for table in Base.metadata.sorted_tables:
            columns = [row[1] for row in con.execute(f'PRAGMA main.table_info("{table.name}")')]
            if not columns:  # a table this older revision does not have yet
                continue
            names = ", ".join(f'"{c}"' for c in columns)
            con.execute(
                f'INSERT INTO main."{table.name}" ({names}) SELECT {names} FROM src."{table.name}"'
            )
        con.commit()
    finally:
        con.close()


def test_migrations_match_the_model(db: Database) -> None:
    """Autogenerate finds nothing to do: the migrations build exactly the model's schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from empfehlung_desktop.store.search import PG_TRGM_INDEX

    def include(obj: object, name: str | None, type_: str, reflected: bool, other: object) -> bool:
        # The search indexes (FTS5 tables, PostgreSQL's trigram index) are made by hand.
        if type_ == "index" and name == PG_TRGM_INDEX:
            return False
        return not (type_ == "table" and name is not None and name.startswith("contact_fts"))

    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include, "compare_type": False}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_person_migration_splits_names_keeps_them_and_lists_the_unsure(db_path: Path) -> None:
    """0005: parts from the stored name, the name itself untouched, guesses listed."""
    engine = make_engine(f"sqlite:///{db_path}")
    migrations.upgrade(engine, "0004")
    engine.dispose()
    con = sqlite3.connect(db_path)
    names = ["Dr. Nina Petersen", "Mustermann, Heiko", "Anna Maria Schmidt", "Käthe"]
    for number, name in enumerate(names, start=1):
        con.execute(
            "INSERT INTO contact (id, uid, name, sort_name, organisation, email, phone, "
            "profession, competences, roles, notes, consent_share, data_origin, created_at, "
            "updated_at, version) VALUES (?, ?, ?, ?, '', '', '', '', '', 0, '', 0, '', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)",
            (number, f"00000000-0000-4000-8000-00000000000{number}", name, name.lower()),
        )
    con.commit()
    con.close()
    reopened = open_database(f"sqlite:///{db_path}")
    reopened.dispose()
    con = sqlite3.connect(db_path)
    rows = con.execute(
        "SELECT name, title, given_name, family_name, sort_name FROM contact ORDER BY id"
    ).fetchall()
    (unsure,) = con.execute(
        "SELECT value FROM app_setting WHERE key = 'contacts.names_to_check'"
    ).fetchone()
    hits = con.execute(
        "SELECT rowid FROM contact_fts WHERE contact_fts MATCH 'petersen'"  # folded, as searched
    ).fetchall()
    con.close()
    assert rows[0] == ("Dr. Nina Petersen", "Dr.", "Nina", "Petersen", "petersen nina")
    assert rows[1] == ("Mustermann, Heiko", "", "Heiko", "Mustermann", "mustermann heiko")
    assert json.loads(unsure) == [3, 4]
    assert hits == [(1,)]  # the search index still answers


def _fts_state(path: Path) -> tuple[str, dict[str, object]]:
    con = sqlite3.connect(path)
    try:
        sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'contact_fts'").fetchone()[0]
        config = dict(con.execute("SELECT k, v FROM contact_fts_config").fetchall())
        con.execute("INSERT INTO contact_fts(contact_fts, rank) VALUES ('integrity-check', 1)")
        return str(sql), config
    finally:
        con.close()


def test_0009_indexes_the_folded_documents_without_folding_them_again(
    demo_db: Database, db_path: Path
) -> None:
    """Upgraded, the index is case-sensitive and complete; a search typed in capitals
    still finds (the terms are folded like the documents); downgraded, as before."""
    from empfehlung_desktop.services.contacts import contacts as cs

    demo_db.dispose()
    sql, config = _fts_state(db_path)
    assert "case_sensitive 1" in sql and "hashsize" not in config
    from alembic import command

    engine = make_engine(f"sqlite:///{db_path}")
    config = migrations.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0008")
    engine.dispose()
    sql, config_rows = _fts_state(db_path)  # the FTS integrity check passes in both
    assert "tokenize='trigram')" in sql and "hashsize" not in config_rows
    reopened = open_database(f"sqlite:///{db_path}")
    try:
        sql, config = _fts_state(db_path)
        assert "case_sensitive 1" in sql and "hashsize" not in config
        with reopened.reader() as s:
            shown = [c.name for c in cs.list_contacts(s, cs.ContactQuery())]
            someone = next(n for n in shown if len(n.split()[-1]) >= 4)
            found = cs.list_contacts(s, cs.ContactQuery(text=someone.split()[-1].upper()))
        assert someone in [c.name for c in found]
    finally:
        reopened.dispose()
