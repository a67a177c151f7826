"""Pauses of Python's cyclic garbage collector, shared by the importer, the window's
workers and the command line. Imports nothing of ours.

Two reasons to pause it:

- A big import builds a million small objects that all stay alive; the collector
  would walk them again and again (a fifth of the import's time) and find nothing.
  Such a pause ends with ``freeze=True``: the objects made meanwhile are frozen
  (``gc.freeze``) before collection resumes, or the first young-generation pass
  would walk all of them at once (0.4-0.8 s after a 100,000-row import). Frozen
  objects are still freed by reference counting.
- The collector runs on whichever thread happens to allocate. On a worker thread
  it may destroy the window's Qt objects caught in a reference cycle, from the wrong
  thread: the program crashes. A worker that runs while the window waits for it is
  started and joined inside a pause (without freezing: its few objects are
  collected as usual afterwards).

Nested and concurrent pauses share one: collection resumes when the last ends. A
collector switched off by someone else stays off.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_pauses = 0
_freeze = False  # whether a pause of the running span asked to freeze at its end


def pause(*, freeze: bool) -> bool:
    """Switch the collector off; True when :func:`resume` must switch it on again."""
    global _pauses, _freeze
    with _lock:
        if _pauses == 0 and not gc.isenabled():
            return False  # switched off by someone else: leave it as it is
        _pauses += 1
        _freeze = _freeze or freeze
        gc.disable()
        return True


def resume(paused: bool) -> None:
    """End a pause that :func:`pause` began (``paused``: what it returned)."""
    global _pauses, _freeze
    if not paused:
        return
    with _lock:
        _pauses -= 1
        if _pauses == 0:
            if _freeze:
                gc.freeze()
            _freeze = False
            gc.enable()


@contextlib.contextmanager
def paused(*, freeze: bool) -> Iterator[None]:
    """No cyclic garbage collection inside the block (see the module's text)."""
    token = pause(freeze=freeze)
    try:
        yield
    finally:
        resume(token)
