"""Reading and checking a big import file on two cores.

Reading a vCard or CSV file and checking its contacts for the preview are pure
functions of each card or row, and they are what an import of 10,000 or
100,000 contacts waits for. From :data:`THRESHOLD` records on, a second process
(started with "spawn": no fork of a threaded GUI process, and it imports no Qt)
takes chunks from the end of the list while this process works from the start;
each chunk is done exactly once, by whoever reaches it first, and the results
come back in file order. The results are the same as in one process: the same
functions run on the same data; what crosses between the processes is plain
tuples (pickling the dataclasses themselves costs as much as building them).

Small files, one-core machines, a machine busy with other work and any trouble
with the second process (it could not start, it died) use this process alone. ``check`` is called
between chunks (the GUI's cancel button raises from it); on the way out the
second process is told to stop.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, TypeVar

from empfehlung_desktop import gc_pause
from empfehlung_desktop.i18n import current_language, set_language
from empfehlung_desktop.interchange import pipes, vcard
from empfehlung_desktop.interchange.csv_columns import Column
from empfehlung_desktop.interchange.csv_person import row_contact
from empfehlung_desktop.interchange.csv_rows import Packed, cells_of, packed_rows
from empfehlung_desktop.interchange.preview_item import PreviewItem, clean_item
from empfehlung_desktop.interchange.records import ImportedContact, PersonFields
from empfehlung_desktop.services.contacts.person import AddressData, DetailData

THRESHOLD = 2000  # records; below, starting a process costs more than it saves
CHUNK = 500  # records per chunk: about 50 ms of work

In = TypeVar("In")
Out = TypeVar("Out")
Wire = tuple[Any, ...]
Check = Callable[[], None] | None


def enabled(count: int) -> bool:
    """Worth a second process: enough records, and a core free for it.

    On a machine already busy with other work the second process only takes
    time from this one (and every hand-over between this process's threads
    waits for the scheduler), so the import then stays in one process. Busy is
    what wants a core now (Linux counts it: :func:`_running_now`); the load
    average of the last minute is asked only where that count is missing, as
    it still counts work that has ended (an export just before).
    ``EMPFEHLUNG_IMPORT_PROCESSES`` set to 1 or 2 decides it for tests and benchmarks.
    """
    forced = os.environ.get("EMPFEHLUNG_IMPORT_PROCESSES")
    if forced in ("1", "2"):
        return forced == "2" and count >= THRESHOLD
    cores = os.cpu_count() or 1
    if count < THRESHOLD or cores < 2:
        return False
    running = _running_now()
    if running is not None:
        return running < cores  # this thread and the others leave a core free
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows: no load average
        return True
    return load < cores - 0.5


LOADAVG = "/proc/loadavg"
_SAMPLES = 5  # a few milliseconds apart: a moment's work (a repaint) is not "busy"


def _running_now() -> int | None:
    """Threads that want a core now, the calling one included (the fewest of a few
    looks), or None where the system does not say (not Linux)."""
    fewest: int | None = None
    for sample in range(_SAMPLES):
        if sample:
            time.sleep(0.004)
        try:
            with open(LOADAVG, encoding="ascii") as source:
                running = int(source.read().split()[3].split("/")[0])
        except (OSError, ValueError, IndexError):
            return None
        fewest = running if fewest is None else min(fewest, running)
    return fewest


class Helper:
    """The second process of one import phase (started at once, so that its start-up
    overlaps the work this process still does before the chunks are ready)."""

    def __init__(self) -> None:
        self.executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        pipes.widen(self.executor)
        self.ready = self.executor.submit(_ready)
        self.broken = False

    def usable(self) -> bool:
        """Started and working (until then this process does every chunk itself)."""
        if self.broken or not self.ready.done():
            return False
        if self.ready.exception() is not None:
            self.broken = True
        return not self.broken

    def submit(self, task: Callable[..., Out], *args: Any) -> Future[Out] | None:
        """``task(*args)`` in the second process; None (and broken) when it is gone."""
        try:
            return self.executor.submit(task, *args)
        except (BrokenProcessPool, RuntimeError):
            self.broken = True
            return None

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


_idle: Helper | None = None
_idle_lock = threading.Lock()
IDLE_SECONDS = 120.0


@contextlib.contextmanager
def helper(count: int, *, keep: bool = False) -> Iterator[Helper | None]:
    """A :class:`Helper` for ``count`` records, or None when one process is better.

    With ``keep`` the helper waits (a while) for the next phase of the same import:
    reading is followed by the preview, and that by the commit; they need not start
    a process again. A helper kept so goes on whatever the machine's load: by then
    the load average counts this import's own work of the last seconds.
    """
    global _idle
    started: Helper | None = None
    if count >= THRESHOLD and os.environ.get("EMPFEHLUNG_IMPORT_PROCESSES") != "1":
        with _idle_lock:
            started, _idle = _idle, None
        if started is not None and started.broken:
            started.close()
            started = None
    if started is None and enabled(count):
        with contextlib.suppress(OSError, RuntimeError):
            started = Helper()
    try:
        yield started
    except BaseException:
        if started is not None:
            started.close()
        raise
    if started is not None:
        if keep:
            _keep(started)
        else:
            started.close()


def _keep(pool: Helper) -> None:
    global _idle
    with _idle_lock:
        old, _idle = _idle, pool
    if old is not None:
        old.close()
    timer = threading.Timer(IDLE_SECONDS, _expire, (pool,))
    timer.daemon = True
    timer.start()


def _expire(pool: Helper) -> None:
    global _idle
    with _idle_lock:
        if _idle is not pool:
            return
        _idle = None
    # On this timer's thread, and the executor's own threads end meanwhile: no
    # collection there (it could destroy the window's Qt objects, see gc_pause).
    with gc_pause.paused(freeze=False):
        pool.executor.shutdown(wait=True, cancel_futures=True)


def _ready() -> None:
    """The first task: the second process has imported this module.

    Its chunks' objects are sent and dropped: no cyclic garbage collection needed.
    It ends with this process, however that ends: killed, this process cannot tell
    it to stop, and it would wait for its next chunk for ever.
    """
    gc.disable()
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent,), daemon=True).start()


def _end_with(parent: multiprocessing.process.BaseProcess) -> None:
    parent.join()  # returns when the parent process has ended
    os._exit(0)


# -- the chunked map ---------------------------------------------------------


class Lazy:
    """A chunk's payload, encoded only when it is sent (chunks this process takes
    itself are never encoded)."""

    def __init__(self, chunk: Sequence[Any], encode: Callable[[Any], Any] | None) -> None:
        self.chunk, self.encode = chunk, encode

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        encode = self.encode
        payload = list(self.chunk) if encode is None else [encode(x) for x in self.chunk]
        return list, (payload,)


def map_chunks(
    pool: Helper | None,
    items: Sequence[In],
    local: Callable[[Sequence[In]], list[Out]],
    remote: Callable[[str, Any, Any], list[Wire]],
    extra: Any,
    decode: Callable[[Wire], Out],
    *,
    encode: Callable[[In], Any] | None = None,
    check: Check = None,
    ahead: Ahead | None = None,
) -> list[Out]:
    """``local(items)``, with chunks from the end done by ``remote`` in the second process.

    ``remote(language, extra, encoded chunk)`` returns wire tuples that ``decode``
    turns into what ``local`` returns for the same chunk. ``ahead`` holds the last
    chunks of these same items, sent before (:meth:`Ahead.send`).
    """
    chunks = [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
    results: list[list[Out] | None] = [None] * len(chunks)
    sent: dict[int, Future[list[Wire]]] = dict(ahead.sent) if ahead is not None else {}
    language = current_language()
    # This process takes chunks[low], the other chunks[high - 1].
    low, high = 0, min(sent, default=len(chunks))

    def feed() -> None:
        # At most two chunks wait for the other process, so that this one never
        # waits long for it at the end (a chunk sent cannot be taken back).
        nonlocal high
        while (
            pool is not None
            and high - 1 > low
            and sum(not f.done() for f in sent.values()) < 2
            and pool.usable()
        ):
            future = pool.submit(remote, language, extra, Lazy(chunks[high - 1], encode))
            if future is None:
                return
            sent[high - 1] = future
            high -= 1

    while low < high:
        if check is not None:
            check()
        feed()
        results[low] = local(chunks[low])
        low += 1
    for index in sorted(sent):
        if check is not None:
            check()
        # Each chunk's wire tuples are let go of once decoded (not all kept to the end).
        future = sent.pop(index)
        try:
            results[index] = [decode(w) for w in future.result()]
        except BrokenProcessPool:
            results[index] = local(chunks[index])
        del future
    return [out for part in results if part is not None for out in part]


# -- what crosses between the processes: plain tuples -------------------------


def _codec(cls: type, last: tuple[str, ...]) -> tuple[Callable[[Any], Wire], list[str]]:
    names = [f.name for f in fields(cls)]
    assert tuple(names[len(names) - len(last) :]) == last, (cls, names)
    plain = names[: len(names) - len(last)]
    get = attrgetter(*plain)
    return get, plain


_detail_get, _ = _codec(DetailData, ())
_address_get, _ = _codec(AddressData, ())
_person_get, _ = _codec(PersonFields, ("details", "addresses"))
_contact_get, _ = _codec(ImportedContact, ("person",))
_item_get, _ = _codec(PreviewItem, ("person",))


def _person_out(person: PersonFields) -> Wire:
    return (
        *_person_get(person),
        [_detail_get(d) for d in person.details],
        [_address_get(a) for a in person.addresses],
    )


# Built positionally from the tuples above (mypy cannot count a starred tuple).
_new_person: Any = PersonFields
_new_contact: Any = ImportedContact
_new_item: Any = PreviewItem


def _person_in(wire: Wire) -> PersonFields:
    person: PersonFields = _new_person(
        *wire[:-2],
        [DetailData(*d) for d in wire[-2]],
        [AddressData(*a) for a in wire[-1]],
    )
    return person


def contact_out(contact: ImportedContact) -> Wire:
    return (*_contact_get(contact), _person_out(contact.person))


def contact_in(wire: Wire) -> ImportedContact:
    contact: ImportedContact = _new_contact(*wire[:-1], _person_in(wire[-1]))
    return contact


def item_out(item: PreviewItem) -> Wire:
    return (*_item_get(item), _person_out(item.person))


def item_in(wire: Wire) -> PreviewItem:
    item: PreviewItem = _new_item(*wire[:-1], _person_in(wire[-1]))
    return item


# -- the phases ---------------------------------------------------------------


def _speak(language: str) -> None:
    if current_language() != language:
        set_language(language)


def _cards_remote(language: str, _extra: None, chunk: list[Any]) -> list[Wire]:
    _speak(language)
    return [contact_out(vcard.read_card(number, lines)) for number, lines in chunk]


def _cards_local(chunk: Sequence[tuple[int, list[tuple[int, bytes]]]]) -> list[ImportedContact]:
    return [vcard.read_card(number, lines) for number, lines in chunk]


def read_cards(
    pool: Helper | None, cards: Sequence[tuple[int, list[tuple[int, bytes]]]], check: Check
) -> list[ImportedContact]:
    """vCards (number, lines) read into contacts."""
    return map_chunks(pool, cards, _cards_local, _cards_remote, None, contact_in, check=check)


def _rows_remote(
    language: str, extra: tuple[list[Column], str, dt.date | None], chunk: list[Packed]
) -> list[Wire]:
    _speak(language)
    columns, practice_country, today = extra
    return [
        item_out(clean_item(row_contact(columns, line, cells_of(row)), practice_country, today))
        for line, row in chunk
    ]


@dataclass(frozen=True)
class TableRows:
    """A CSV table's rows with the columns planned for them: the preview reads and
    checks them in one pass (a contact made in the second process does not come
    back only to be sent there again for its checks)."""

    columns: list[Column]
    rows: Sequence[Packed]  # or Sequence[Row]: packed or not, both are read

    def __len__(self) -> int:
        return len(self.rows)


def clean_rows(
    pool: Helper | None,
    table: TableRows,
    practice_country: str,
    today: dt.date | None,
    check: Check,
    ahead: Ahead | None = None,
) -> list[PreviewItem]:
    """Every CSV row read with the planned columns and checked for the preview
    (:func:`csv_person.row_contact`, then :func:`preview_item.clean_item`);
    ``ahead``: what :meth:`Ahead.send` sent of the same rows."""
    columns = table.columns

    def local(chunk: Sequence[Packed]) -> list[PreviewItem]:
        return [
            clean_item(row_contact(columns, line, cells_of(row)), practice_country, today)
            for line, row in chunk
        ]

    # Packed rows cross to the other process as one string each (a fifth of the work).
    extra = (columns, practice_country, today)
    items = packed_rows(table.rows)
    return map_chunks(pool, items, local, _rows_remote, extra, item_in, check=check, ahead=ahead)


@dataclass
class Ahead:
    """The last chunks of some rows, sent to the second process before their turn
    (:meth:`send`); :func:`clean_rows` of the same rows takes their results."""

    sent: dict[int, Future[list[Wire]]] = field(default_factory=dict)

    def send(
        self,
        pool: Helper | None,
        table: TableRows,
        practice_country: str,
        today: dt.date | None,
        share: float,
    ) -> None:
        """Send about ``share`` of the rows (their last chunks) to be checked now,
        while this process does other work (an import writing the part before)."""
        if pool is None or not pool.usable():
            return
        items = packed_rows(table.rows)
        count = (len(items) + CHUNK - 1) // CHUNK
        language, extra = current_language(), (table.columns, practice_country, today)
        for index in range(count - 1, count - 1 - int(count * share), -1):
            payload = Lazy(items[index * CHUNK : (index + 1) * CHUNK], None)
            future = pool.submit(_rows_remote, language, extra, payload)
            if future is None:
                return
            self.sent[index] = future


def _clean_remote(
    language: str, extra: tuple[str, dt.date | None], chunk: list[Wire]
) -> list[Wire]:
    _speak(language)
    practice_country, today = extra
    return [item_out(clean_item(contact_in(w), practice_country, today)) for w in chunk]


def clean_items(
    pool: Helper | None,
    contacts: Sequence[ImportedContact],
    practice_country: str,
    today: dt.date | None,
    check: Check,
) -> list[PreviewItem]:
    """Every contact checked for the preview (:func:`preview_item.clean_item`)."""

    def local(chunk: Sequence[ImportedContact]) -> list[PreviewItem]:
        return [clean_item(raw, practice_country, today) for raw in chunk]

    extra = (practice_country, today)
    return map_chunks(
        pool, contacts, local, _clean_remote, extra, item_in, encode=contact_out, check=check
    )
