"""The bulk FTS fill changes FTS5's options only while it runs, and indexes exactly."""

from pathlib import Path

import pytest
from sqlalchemy import insert

from empfehlung_desktop.model import Contact
from empfehlung_desktop.store import search
from empfehlung_desktop.store.database import open_database


def _config(conn) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return dict(conn.exec_driver_sql(f"SELECT k, v FROM {search.FTS_TABLE}_config").all())


@pytest.mark.parametrize("stored", [{}, {"automerge": 8, "hashsize": 2 * 1024 * 1024}])
def test_bulk_fill_restores_the_options_and_indexes_every_row(
    tmp_path: Path, stored: dict[str, int]
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'fts.db'}")
    try:
        with db.session() as session:
            conn = session.connection()
            for key, value in stored.items():
                conn.exec_driver_sql(
                    f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}, rank) VALUES (?, ?)",
                    (key, value),
                )
            before = _config(conn)
            with search.index_in_bulk(conn) as index:
                during = _config(conn)
                rows = [
                    {"name": f"Anna Müller{n}", "search_text": f" anna muller{n}", "sort_name": ""}
                    for n in range(300)
                ]
                conn.execute(insert(Contact.__table__), rows)
                index(1, 300)
            assert during["automerge"] == 0
            assert during["hashsize"] == search.BULK_FTS_SETTINGS["hashsize"]
            assert _config(conn) == before
            # The index agrees with its content table, and finds what was filled.
            conn.exec_driver_sql(
                f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}, rank) "
                "VALUES ('integrity-check', 1)"
            )
            found = conn.exec_driver_sql(
                f"SELECT count(*) FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH ?",
                ('"muller12"',),
            ).scalar()
            assert found == 11  # muller12, muller120 … muller129
    finally:
        db.dispose()
