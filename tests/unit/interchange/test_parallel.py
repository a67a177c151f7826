"""Big imports on two cores: the second process gives exactly what one process gives."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from empfehlung_desktop.interchange import csv_io, flow, parallel, search_documents, vcard
from empfehlung_desktop.interchange.preview_item import clean_item
from empfehlung_desktop.interchange.records import ImportedContact
from empfehlung_desktop.store import search
from empfehlung_desktop.store.database import Database
from tests.bench.bench_csv_import import csv_file
from tests.bench.bench_import import vcard_file
from tests.conftest import DEMO_TODAY

DATA = Path(__file__).parent / "data"


def _vendor_contacts() -> list[ImportedContact]:
    contacts: list[ImportedContact] = []
    for path in sorted(DATA.iterdir()):
        if path.suffix == ".vcf" and path.name != "broken.vcf":
            contacts += vcard.read_vcards(path.read_bytes())
        elif path.suffix in (".csv", ".txt"):
            contacts += csv_io.read_csv(path.read_bytes())
    return contacts


def test_contacts_and_preview_items_cross_as_tuples_without_loss() -> None:
    contacts = _vendor_contacts()
    assert len(contacts) > 30
    assert any(c.person.details for c in contacts) and any(c.person.addresses for c in contacts)
    wire = pickle.loads(pickle.dumps([parallel.contact_out(c) for c in contacts]))
    assert [parallel.contact_in(w) for w in wire] == contacts
    items = [clean_item(c, "DE", DEMO_TODAY) for c in contacts]
    wire = pickle.loads(pickle.dumps([parallel.item_out(i) for i in items]))
    assert [parallel.item_in(w) for w in wire] == items


def _marking_remote(language: str, extra: tuple[str, str], chunk: list[Any]) -> list[Any]:
    """Runs in the second process: leaves a mark per chunk, then does the real work."""
    directory, name = extra
    Path(directory, str(chunk[0][0])).touch()
    result: list[Any] = getattr(parallel, name)(language, None, chunk)
    return result


def test_second_process_reads_chunks_from_the_end_in_file_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "CHUNK", 2)
    data = vcard_file(count=9, seed=3)
    expected = vcard.read_vcards(data)
    local_chunks: list[int] = []

    def local(chunk: Sequence[tuple[int, list[tuple[int, bytes]]]]) -> list[ImportedContact]:
        if not local_chunks:
            # The first chunk waits until the second process has taken two from the end.
            deadline = time.monotonic() + 90
            while len(list(tmp_path.iterdir())) < 2 and time.monotonic() < deadline:
                time.sleep(0.05)
        local_chunks.append(chunk[0][0])
        return [vcard.read_card(number, lines) for number, lines in chunk]

    pool = parallel.Helper()
    pool.ready.result()  # chunks go to the other process only once it has started
    try:

        def read(cards: vcard.Cards) -> list[ImportedContact]:
            extra = (str(tmp_path), "_cards_remote")
            return parallel.map_chunks(
                pool, cards, local, _marking_remote, extra, parallel.contact_in
            )

        contacts = vcard.read_vcards(data, read)
    finally:
        pool.close()
    remote = sorted(int(p.name) for p in tmp_path.iterdir())
    assert remote[-2:] == [7, 9]
    assert local_chunks[0] == 1
    assert sorted(local_chunks + remote) == [1, 3, 5, 7, 9]
    assert contacts == expected


def test_big_import_is_the_same_with_one_or_two_processes(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "THRESHOLD", 10)
    monkeypatch.setattr(parallel, "CHUNK", 7)
    cards = tmp_path / "kontakte.vcf"
    cards.write_bytes(vcard_file(count=60, seed=5))
    table = tmp_path / "kontakte.csv"
    table.write_bytes((DATA / "google_2024.csv").read_bytes())
    outlook = tmp_path / "outlook.csv"
    outlook.write_bytes(csv_file(count=60, seed=5))

    def run() -> list[Any]:
        out: list[Any] = []
        for path in (cards, table, outlook):
            loaded = flow.load_file(path)
            with db.reader() as session:
                plan = flow.plan_import(session, loaded, today=DEMO_TODAY)
            assert plan.preview is not None
            out += [loaded.contacts, plan.preview.items]
        return out

    monkeypatch.setenv("EMPFEHLUNG_IMPORT_PROCESSES", "2")
    two = run()
    monkeypatch.setenv("EMPFEHLUNG_IMPORT_PROCESSES", "1")
    assert run() == two


def test_cancelling_between_chunks_stops_the_work(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMPFEHLUNG_IMPORT_PROCESSES", "2")
    monkeypatch.setattr(parallel, "THRESHOLD", 10)
    monkeypatch.setattr(parallel, "CHUNK", 5)
    calls: list[int] = []

    class Stop(Exception):
        pass

    def check() -> None:
        calls.append(1)
        if len(calls) == 3:
            raise Stop

    contacts = vcard.read_vcards(vcard_file(count=40, seed=7))
    with pytest.raises(Stop), parallel.helper(len(contacts)) as pool:
        assert pool is not None
        parallel.clean_items(pool, contacts, "DE", DEMO_TODAY, check)
    assert len(calls) == 3


def test_one_process_for_small_files_and_when_told(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("EMPFEHLUNG_IMPORT_PROCESSES", "2")
    assert parallel.enabled(parallel.THRESHOLD)
    assert not parallel.enabled(parallel.THRESHOLD - 1)
    monkeypatch.setenv("EMPFEHLUNG_IMPORT_PROCESSES", "1")
    assert not parallel.enabled(100_000)
    monkeypatch.delenv("EMPFEHLUNG_IMPORT_PROCESSES")
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (1.9, 0.9, 0.4))  # a busy minute
    loadavg = tmp_path / "loadavg"
    monkeypatch.setattr(parallel, "LOADAVG", str(loadavg))
    monkeypatch.setattr(parallel, "_SAMPLES", 1)
    # What wants a core now decides, not the last minute (an export that has ended).
    loadavg.write_text("1.90 0.90 0.40 1/210 4242\n", encoding="ascii")
    assert parallel.enabled(100_000)  # only this thread: a core is free
    loadavg.write_text("1.90 0.90 0.40 2/210 4242\n", encoding="ascii")
    assert not parallel.enabled(100_000)  # a busy machine: no second process
    loadavg.unlink()  # no such count (not Linux): the load average decides
    assert not parallel.enabled(100_000)
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (0.3, 0.3, 0.3))
    assert parallel.enabled(100_000)


def test_a_moments_work_does_not_make_the_machine_busy(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    loadavg = tmp_path / "loadavg"
    loadavg.write_text("0.50 0.50 0.50 3/200 1\n", encoding="ascii")
    later = iter(["2/200", "1/200"])

    def sleep(_seconds: float) -> None:  # the next look sees fewer
        loadavg.write_text(f"0.50 0.50 0.50 {next(later)} 1\n", encoding="ascii")

    monkeypatch.setattr(parallel, "LOADAVG", str(loadavg))
    monkeypatch.setattr(parallel, "_SAMPLES", 3)
    monkeypatch.setattr(parallel.time, "sleep", sleep)
    assert parallel._running_now() == 1  # the fewest of the looks


def test_search_documents_folded_in_the_second_process_are_those_of_this_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("EMPFEHLUNG_IMPORT_PROCESSES", "2")
    monkeypatch.setattr(parallel, "THRESHOLD", 10)
    items = [clean_item(c, "DE", DEMO_TODAY) for c in _vendor_contacts()]
    batches = [items[i : i + 7] for i in range(0, len(items), 7)]
    expected = [[search.contact_search_text(item) for item in batch] for batch in batches]
    folded_here: list[int] = []
    fold = search_documents.contact_search_document

    def packed(item: object) -> search_documents.PackedParts:
        return search_documents.pack(*search.search_parts(item))

    def counted(texts: list[str], phones: list[str]) -> str:
        folded_here.append(1)
        return fold(texts, phones)

    # Only this process's folding is counted (the other one has its own module).
    monkeypatch.setattr(search_documents, "contact_search_document", counted)
    with parallel.helper(len(items)) as pool:
        assert pool is not None
        pool.ready.result(timeout=120)
        documents = search_documents.Documents(pool, batches, packed)
        assert [documents.take(n) for n in range(len(batches))] == expected
        assert len(folded_here) < len(items)  # the second process folded some batches
        folded_here.clear()
        pool.broken = True  # it died: this process folds them all
        documents = search_documents.Documents(pool, batches, packed)
        assert [documents.take(n) for n in range(len(batches))] == expected
        assert len(folded_here) == len(items)


def test_a_kept_helper_goes_on_though_the_load_counts_this_imports_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("EMPFEHLUNG_IMPORT_PROCESSES", raising=False)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(parallel, "_running_now", lambda: 1)
    with parallel.helper(parallel.THRESHOLD, keep=True) as first:
        assert first is not None
    # Reading keeps the two cores busy: the machine looks busy, but with this import.
    monkeypatch.setattr(parallel, "_running_now", lambda: 2)
    assert not parallel.enabled(parallel.THRESHOLD)
    with parallel.helper(parallel.THRESHOLD) as second:
        assert second is first
    with parallel.helper(parallel.THRESHOLD) as third:
        assert third is None  # nothing kept: a new import on a busy machine stays in one


def test_a_kept_helper_ends_after_its_while_without_collection_meanwhile(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The timer's thread shuts the second process down and waits for the executor's
    threads, with the collector off (on those threads it could destroy Qt objects)."""
    import gc

    monkeypatch.setenv("EMPFEHLUNG_IMPORT_PROCESSES", "2")
    monkeypatch.setattr(parallel, "IDLE_SECONDS", 0.2)
    seen: list[bool] = []
    shutdown = parallel.ProcessPoolExecutor.shutdown

    def watched(executor: Any, *args: Any, **kwargs: Any) -> None:
        seen.append(gc.isenabled())
        shutdown(executor, *args, **kwargs)

    monkeypatch.setattr(parallel.ProcessPoolExecutor, "shutdown", watched)
    with parallel.helper(parallel.THRESHOLD, keep=True) as pool:
        assert pool is not None
        pool.ready.result(timeout=120)
        processes = list(pool.executor._processes.values())  # type: ignore[union-attr]
    deadline = time.monotonic() + 30
    while any(p.is_alive() for p in processes) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(p.is_alive() for p in processes)
    assert parallel._idle is None
    assert seen == [False]
    assert gc.isenabled()


def _rows_counting_checks(
    monkeypatch: pytest.MonkeyPatch, seed: int
) -> tuple[parallel.TableRows, list[Any], list[int]]:
    """60 Outlook rows in chunks of 7, what one process makes of them, and a list
    that counts the rows this process checks from now on."""
    monkeypatch.setenv("EMPFEHLUNG_IMPORT_PROCESSES", "2")
    monkeypatch.setattr(parallel, "THRESHOLD", 10)
    monkeypatch.setattr(parallel, "CHUNK", 7)
    table = csv_io.read_table(csv_file(count=60, seed=seed))
    rows = flow.table_rows(table, csv_io.suggest_mapping(table.headers, ""))
    alone = parallel.clean_rows(None, rows, "DE", DEMO_TODAY, None)
    assert len(alone) == 60
    checked_here: list[int] = []
    clean = parallel.clean_item

    def counted(*args: Any) -> Any:
        checked_here.append(1)
        return clean(*args)

    # Only this process's checks are counted (the other one has its own module).
    monkeypatch.setattr(parallel, "clean_item", counted)
    return rows, alone, checked_here


def test_rows_read_and_checked_in_the_second_process_are_those_of_this_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows, alone, checked_here = _rows_counting_checks(monkeypatch, seed=9)
    with parallel.helper(len(rows)) as pool:
        assert pool is not None
        pool.ready.result(timeout=120)
        assert parallel.clean_rows(pool, rows, "DE", DEMO_TODAY, None) == alone
    assert 0 < len(checked_here) < 60


def test_rows_sent_ahead_are_checked_there_and_taken_by_their_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows, alone, checked_here = _rows_counting_checks(monkeypatch, seed=11)
    ahead = parallel.Ahead()
    ahead.send(None, rows, "DE", DEMO_TODAY, 0.5)
    assert ahead.sent == {}
    with parallel.helper(len(rows)) as pool:
        assert pool is not None
        pool.ready.result(timeout=120)
        ahead.send(pool, rows, "DE", DEMO_TODAY, 0.5)
        assert sorted(ahead.sent) == [5, 6, 7, 8]  # the last 4 of 9 chunks
        for future in ahead.sent.values():
            future.result(timeout=120)
        assert parallel.clean_rows(pool, rows, "DE", DEMO_TODAY, None, ahead) == alone
    assert len(checked_here) <= 60 - 4 * 7


# A process that starts a second one, says its process id and waits.
_STARTS_A_HELPER = """
import sys
from empfehlung_desktop.interchange import parallel
helper = parallel.Helper()
helper.ready.result(timeout=120)
print(*helper.executor._processes, flush=True)
sys.stdin.read()
"""


def _running(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie, ended but not yet reaped, does not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="liest /proc")
def test_the_second_process_ends_when_this_one_is_killed() -> None:
    root = Path(__file__).resolve().parents[3]
    with subprocess.Popen(
        [sys.executable, "-c", _STARTS_A_HELPER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    ) as process:
        assert process.stdout is not None
        try:
            worker = int(process.stdout.readline().split()[0])
            assert _running(worker)
        finally:
            process.kill()  # as the task manager or an out-of-memory kill would
    deadline = time.monotonic() + 20
    while _running(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(worker)
