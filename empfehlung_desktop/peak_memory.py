"""The peak memory of this process, as the benchmarks report it."""

from __future__ import annotations

import sys


def peak_rss_kib() -> int:
    """The most resident memory this program has held since it started, in KiB.

    On Linux this is the process's own high-water mark (``VmHWM``), which starts
    afresh with each program. ``getrusage``'s ``ru_maxrss`` there also counts what
    the process that started this one held when it forked (a benchmark runner of
    300 MB makes every program it starts report 300 MB); it is asked only where
    ``/proc`` is missing.
    """
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes
