"""The rows of a CSV table, kept compactly while the import preview is open.

A 100,000-row Outlook export has 92 cells a row; as Python lists of strings the
rows take about 250 MB, though most cells are empty. :class:`CsvRows` keeps each
row as one string, its cells joined by NUL (about 55 MB), and a thousand rows at
a time compressed (about 6 MB), and gives them back as ``(line, cells)`` like a
list of tuples. A row that holds a NUL itself (Python's csv module reads one) is
kept as its list.

While the rows come in, the distinct values of every column are collected, up to
:data:`DISTINCT_LIMIT` a column: whether a column holds only vendor placeholders
("Normal", "0/0/00") is then answered without reading the rows again.
"""

from __future__ import annotations

import pickle
import zlib
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:  # concurrent.futures loads logging: not for the light exports
    from concurrent.futures import Future, ThreadPoolExecutor

SEPARATOR = "\0"
# More distinct values than this in a column: it is not a placeholder column, and
# the set is no longer kept (the question is then answered from the rows).
DISTINCT_LIMIT = 64
_CHUNK = 1000

Row = tuple[int, list[str]]
Packed = tuple[int, str | list[str]]  # a row as its joined text (or its list)
RowTest = Callable[[str, list[str]], bool]


class CsvRows(Sequence[Row]):
    """Rows as ``(line number, cells)``, stored packed; append, then :meth:`close`."""

    __slots__ = (
        "_blocks",
        "_distinct",
        "_last",
        "_lines",
        "_pending",
        "_squeeze",
        "_starts",
        "_watched",
        "_width",
    )

    def __init__(self, width: int, watch: Mapping[int, RowTest] | None = None) -> None:
        """``watch``: columns whose values need their row to judge them (Outlook's
        display name): ``test(value, cells)`` says whether a value is a real one."""
        self._width = width
        self._watched = {index: (test, False) for index, test in (watch or {}).items()}
        self._lines = array("q")
        # The packed rows, a block at a time, compressed (on a thread of its own: zlib
        # lets go of Python's lock, the rows are read on meanwhile).
        self._blocks: list[bytes | Future[bytes]] = []
        self._squeeze: ThreadPoolExecutor | None = None
        self._starts = array("q")  # the position of each block's first row
        self._last: tuple[int, list[str | list[str]]] = (-1, [])  # the block read last
        self._pending: list[list[str]] = []
        self._distinct: list[set[str] | None] = [set() for _ in range(width)]

    def append(self, line: int, cells: list[str]) -> None:
        self._lines.append(line)
        self._pending.append(cells)
        if len(self._pending) >= _CHUNK:
            self._flush()

    def close(self) -> None:
        """Pack what is still pending (reading is over)."""
        self._flush()
        if self._squeeze is not None:
            self._squeeze.shutdown()
            self._squeeze = None
        self._blocks = [self._stored(number) for number in range(len(self._blocks))]

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        if not pending:
            return
        width = self._width
        full = [cells for cells in pending if len(cells) >= width]
        self._note_columns(full)
        if len(full) < len(pending):
            for cells in pending:
                if len(cells) < width:
                    self._note_short(cells)
        for index, (test, found) in self._watched.items():
            # An empty cell holds no value: not asked (most of them, in most columns).
            if not found and any(
                test(cells[index], cells)
                for cells in pending
                if index < len(cells) and cells[index]
            ):
                self._watched[index] = (test, True)
        packed: list[str | list[str]] = []
        for cells in pending:
            joined = SEPARATOR.join(cells)
            # A cell with NUL of its own would split wrongly: keep that row as it is.
            packed.append(cells if joined.count(SEPARATOR) != len(cells) - 1 else joined)
        self._starts.append(len(self._lines) - len(pending))
        if self._squeeze is None:
            from concurrent.futures import ThreadPoolExecutor

            self._squeeze = ThreadPoolExecutor(1, thread_name_prefix="csv-rows")
        self._blocks.append(self._squeeze.submit(_compress, pickle.dumps(packed, _PROTOCOL)))

    def _stored(self, number: int) -> bytes:
        block = self._blocks[number]
        return block if isinstance(block, bytes) else block.result()

    def _block(self, number: int) -> list[str | list[str]]:
        if self._last[0] != number:
            self._last = (number, _expand(self._stored(number)))
        return self._last[1]

    def _note_columns(self, rows: list[list[str]]) -> None:
        if not rows:
            return
        for index, values in enumerate(zip(*rows, strict=False)):
            if index >= self._width:
                break
            seen = self._distinct[index]
            if seen is not None:
                seen.update(values)
                if len(seen) > DISTINCT_LIMIT:
                    self._distinct[index] = None

    def _note_short(self, cells: list[str]) -> None:
        for index, value in enumerate(cells):
            seen = self._distinct[index]
            if seen is not None:
                seen.add(value)
                if len(seen) > DISTINCT_LIMIT:
                    self._distinct[index] = None

    def distinct(self, index: int) -> set[str] | None:
        """The values column ``index`` holds (a row without the cell adds none), or
        None when they are too many to keep."""
        self._flush()
        if index >= self._width:
            return None
        return self._distinct[index]

    def has_value(self, index: int) -> bool | None:
        """Whether a watched column holds a real value in some row (None: not watched)."""
        self._flush()
        watched = self._watched.get(index)
        return None if watched is None else watched[1]

    def packed_rows(self) -> list[Packed]:
        """(line, packed row) pairs: cheap to slice and to send to another process."""
        self._flush()
        packed = [row for n in range(len(self._blocks)) for row in self._block_rows(n)]
        return list(zip(self._lines, packed, strict=True))

    def drain(self, size: int) -> Iterator[list[Packed]]:
        """The rows as (line, packed row) pairs, ``size`` at a time, each block let
        go of once read: the table is empty afterwards (an import without a preview)."""
        self.close()
        lines, blocks = self._lines, self._blocks
        self._lines, self._blocks, self._starts = array("q"), [], array("q")
        self._last = (-1, [])
        part: list[Packed] = []
        at = 0
        for number, block in enumerate(blocks):
            blocks[number] = b""
            rows = _expand(block if isinstance(block, bytes) else block.result())
            part += zip(lines[at : at + len(rows)], rows, strict=True)
            at += len(rows)
            while len(part) >= size:
                yield part[:size]
                part = part[size:]
        if part:
            yield part

    def __len__(self) -> int:
        return len(self._lines)

    @overload
    def __getitem__(self, position: int) -> Row: ...

    @overload
    def __getitem__(self, position: slice) -> list[Row]: ...

    def __getitem__(self, position: int | slice) -> Row | list[Row]:
        self._flush()
        if isinstance(position, slice):
            return [self._row(i) for i in range(*position.indices(len(self._lines)))]
        return self._row(range(len(self._lines))[position])

    def _row(self, position: int) -> Row:
        number = bisect_right(self._starts, position) - 1
        packed = self._block(number)[position - self._starts[number]]
        return self._lines[position], cells_of(packed)

    def __iter__(self) -> Iterator[Row]:
        self._flush()
        lines = iter(self._lines)
        for number in range(len(self._blocks)):
            for row in self._block_rows(number):
                yield next(lines), cells_of(row)

    def _block_rows(self, number: int) -> list[str | list[str]]:
        return _expand(self._stored(number))


_PROTOCOL = pickle.HIGHEST_PROTOCOL


def _compress(data: bytes) -> bytes:
    # Level 1: 100,000 Outlook rows (45 MB of text) in 0.23 s, to 6 MB.
    return zlib.compress(data, 1)


def _expand(block: bytes) -> list[str | list[str]]:
    rows: list[str | list[str]] = pickle.loads(zlib.decompress(block))
    return rows


def cells_of(row: str | list[str]) -> list[str]:
    """The cells of a packed row."""
    return row.split(SEPARATOR) if isinstance(row, str) else row


def drain(rows: Sequence[Packed], size: int) -> Iterator[list[Packed]]:
    """The rows (line, packed text or cells) ``size`` at a time; a :class:`CsvRows`
    lets go of its rows as they are read (:meth:`CsvRows.drain`)."""
    if isinstance(rows, CsvRows):
        return rows.drain(size)
    return (list(rows[start : start + size]) for start in range(0, len(rows), size))


def packed_rows(rows: Sequence[Packed]) -> Sequence[Packed]:
    """The rows as (line, packed text or cells): cheap to slice and to send to the
    second process; :func:`cells_of` unpacks one."""
    if isinstance(rows, CsvRows):
        return rows.packed_rows()
    return rows


def column_values(rows: Sequence[Row], index: int) -> Iterable[str]:
    """The values of column ``index`` (a row without the cell adds none): each one
    once where they are known, else row by row (a caller that stops early reads no
    further)."""
    if isinstance(rows, CsvRows):
        known = rows.distinct(index)
        if known is not None:
            return known
        return (cells[index] for _line, cells in rows if index < len(cells))
    all_cells = [cells for _line, cells in rows]
    if all(index < len(cells) for cells in all_cells):
        return set(map(itemgetter(index), all_cells))  # each one taken in C
    return {cells[index] for cells in all_cells if index < len(cells)}
