"""Wider pipes between this process and the import's second process (Linux).

A chunk's results (500 checked rows of an Outlook file: about a quarter of a
megabyte) go back through a pipe that holds 64 KiB. The thread that receives
them here needs the interpreter lock for every piece it takes out, and this
process's own work holds that lock for up to the switch interval (5 ms) each
time; the second process meanwhile sits in its write. Measured at 100,000
Outlook rows: the second process waited 1.7-2.0 s of a 6-7 s preview, about
20 ms per chunk. A pipe of 1 MiB takes a chunk's results at once and the
waits fall to 0.4-0.8 s.

Only Linux lets a program size its pipes (``F_SETPIPE_SZ``, unprivileged up to
``/proc/sys/fs/pipe-max-size``); elsewhere, and whenever the system refuses,
the pipes stay as they are: slower, not wrong.
"""

from __future__ import annotations

import contextlib
from concurrent.futures import ProcessPoolExecutor

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

PIPE_BYTES = 1 << 20
PIPE_MAX = "/proc/sys/fs/pipe-max-size"


def allowed_bytes() -> int:
    """:data:`PIPE_BYTES`, or less where the system allows less."""
    try:
        with open(PIPE_MAX, encoding="ascii") as source:
            return min(PIPE_BYTES, int(source.read()))
    except (OSError, ValueError):
        return PIPE_BYTES


def widen(executor: ProcessPoolExecutor) -> None:
    """Give the executor's task and result pipes :func:`allowed_bytes` each.

    The queues are the executor's own attributes (the same from Python 3.8 on);
    should one be missing, that pipe is left alone.
    """
    setpipe = getattr(fcntl, "F_SETPIPE_SZ", None)
    if setpipe is None:
        return
    size = allowed_bytes()
    for name in ("_result_queue", "_call_queue"):
        reader = getattr(getattr(executor, name, None), "_reader", None)
        if reader is None:
            continue
        # EPERM: the user's pipes together are over the system's soft limit.
        with contextlib.suppress(OSError, ValueError):
            fcntl.fcntl(reader.fileno(), setpipe, size)
