"""The search documents of an import commit, folded in the second process of
:mod:`interchange.parallel` while this one writes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Generic, TypeVar

from empfehlung_desktop.interchange.parallel import Helper, Lazy
from empfehlung_desktop.transliterate import contact_search_document

In = TypeVar("In")

SearchParts = tuple[list[str], list[str]]  # texts and phone numbers of one contact
# One contact's search parts as they cross to the second process: the number of
# its texts and all its non-empty texts and numbers joined by NUL (one string
# pickles in a seventh of the time two lists of strings take); parts that hold a
# NUL themselves cross as they are.
PackedParts = tuple[int, str] | SearchParts
_JOIN = "\x00"


def pack(texts: Iterable[str], phones: Iterable[str]) -> PackedParts:
    """``texts`` and ``phones`` without the empty ones, packed; the document they
    fold to is the same (:func:`transliterate.contact_search_document` leaves
    empty parts out)."""
    kept = [text for text in texts if text]
    numbers = [phone for phone in phones if phone]
    joined = _JOIN.join(kept + numbers)
    if joined.count(_JOIN) != max(len(kept) + len(numbers) - 1, 0):
        return kept, numbers
    return len(kept), joined


def unpack(packed: PackedParts) -> SearchParts:
    """The (texts, phones) :func:`pack` was given, without the empty ones."""
    head, rest = packed
    if not isinstance(head, int):
        return head, list(rest)
    assert isinstance(rest, str)
    parts = rest.split(_JOIN) if rest else []
    return parts[:head], parts[head:]


def _documents_remote(_language: str, _extra: None, chunk: list[PackedParts]) -> list[str]:
    return [contact_search_document(*unpack(packed)) for packed in chunk]


class Documents(Generic[In]):
    """The search documents of a commit's batches, folded in the second process
    while this one writes (the commit's other work is SQLite's, which leaves
    this process's interpreter free but not a second core).

    :meth:`take` gives a batch's documents in order. Batches are sent ahead of
    need; one that was not sent (the second process was still starting, or there
    is none) or whose process died is folded here.
    """

    def __init__(
        self,
        pool: Helper | None,
        batches: Sequence[Sequence[In]],
        parts: Callable[[In], PackedParts],
    ) -> None:
        self._pool, self._batches, self._parts = pool, batches, parts
        self._sent: dict[int, Future[list[str]]] = {}
        self._next = 0

    def take(self, number: int) -> list[str]:
        """The documents of ``batches[number]`` (may be called from another thread
        than the one that made this, one call at a time)."""
        self._feed(number)
        future = self._sent.pop(number, None)
        if future is not None:
            try:
                return future.result()
            except BrokenProcessPool:
                if self._pool is not None:
                    self._pool.broken = True
        parts = self._parts
        return [contact_search_document(*unpack(parts(x))) for x in self._batches[number]]

    def close(self) -> None:
        """Drop what was sent and is no longer needed (an error stopped the commit)."""
        for future in self._sent.values():
            future.cancel()
        self._sent.clear()

    def _feed(self, number: int) -> None:
        pool = self._pool
        self._next = max(self._next, number)
        # All of them at once: the second process never waits for the next one
        # (their parts are taken only as each is handed to it, two at a time).
        while pool is not None and self._next < len(self._batches) and pool.usable():
            # Sent as a Lazy: its parts are taken when it is sent (and arrive as a list).
            payload: Any = Lazy(self._batches[self._next], self._parts)
            future = pool.submit(_documents_remote, "", None, payload)
            if future is None:
                return
            self._sent[self._next] = future
            self._next += 1
