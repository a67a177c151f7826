"""Benchmarks (``make bench`` → ``python -m tests.bench``); not part of ``make test``.

The protocol is deliberately tiny. A benchmark module is ``tests/bench/bench_<feature>.py``
with one function::

    def run() -> list[tuple[str, float, str]]:
        # (name, measured value, unit and goal), e.g.
        return [("Suche p99", 7.9, "ms (Ziel ≤ 16)")]

The runner (``__main__.py``) imports every module of :data:`MODULES` plus any other
``bench_*.py`` in this folder, calls ``run()``, and prints one table. A module that
raises is reported and the others still run; the exit code is then 1.

Shared helpers for modules: :func:`demo_database` builds (once per run) a demo
database with many generated contacts in a temporary directory.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

Result = tuple[str, float, str]

# Modules this runner always runs, in this order; others are found by glob.
MODULES = ("bench_contacts", "bench_oneshot", "bench_exports")

_tmp_dir: Path | None = None
_databases: dict[int, Path] = {}


def work_dir() -> Path:
    """A temporary directory for this benchmark run (removed at exit)."""
    global _tmp_dir
    if _tmp_dir is None:
        _tmp_dir = Path(tempfile.mkdtemp(prefix="empfehlung-bench-"))
        atexit.register(shutil.rmtree, _tmp_dir, True)
    return _tmp_dir


def demo_database(contacts: int = 100_000) -> Path:
    """A demo practice plus ``contacts`` generated contacts, built via the CLI once.

    ``EMPFEHLUNG_BENCH_DB`` names an existing database of 100,000 contacts to use
    instead (building one takes a minute or two); benchmarks only read it.
    """
    given = os.environ.get("EMPFEHLUNG_BENCH_DB")
    if given and contacts == 100_000:
        return Path(given)
    if contacts not in _databases:
        path = work_dir() / f"demo-{contacts}.db"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "empfehlung_desktop",
                "demo",
                "--db",
                str(path),
                "--contacts",
                str(contacts),
            ],
            check=True,
            capture_output=True,
        )
        _databases[contacts] = path
    return _databases[contacts]


def bytecode_ready() -> None:
    """Write the package's ``.pyc`` files before timing whole processes.

    An installed app has them; a source tree run with ``PYTHONDONTWRITEBYTECODE``
    (as some shells set it) would otherwise compile every module of ours in every
    measured process — 40 to 80 ms that no user pays.
    """
    import compileall

    import empfehlung_desktop

    compileall.compile_dir(Path(empfehlung_desktop.__file__).parent, quiet=2)


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (``fraction`` 0..1) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, round(fraction * len(ordered) + 0.5))
    return ordered[min(rank, len(ordered)) - 1]
