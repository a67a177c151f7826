"""The search documents of an import commit, folded in the second process of
:mod:`interchange.parallel` while this one writes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Generic, TypeVar

from empfehlung_desktop.interchange.parallel import Helper, Lazy
from empfehlung_desktop.transliterate import contact_search_document

In = TypeVar("In")

SearchParts = tuple[list[str], list[str]]  # texts and phone numbers of one contact


def _documents_remote(_language: str, _extra: None, chunk: list[SearchParts]) -> list[str]:
    return [contact_search_document(texts, phones) for texts, phones in chunk]


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
        parts: Callable[[In], SearchParts],
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
        return [contact_search_document(*parts(x)) for x in self._batches[number]]

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
