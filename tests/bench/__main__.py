"""Run all benchmarks and print one table (see ``tests/bench/__init__.py``)."""

from __future__ import annotations

import importlib
import sys
import time
import traceback
from pathlib import Path

from tests.bench import MODULES, Result


def discover() -> list[str]:
    found = sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    return list(MODULES) + [name for name in found if name not in MODULES]


def main(argv: list[str]) -> int:
    wanted = set(argv)  # optional: module names to run, e.g. "bench_contacts"
    failed = False
    rows: list[tuple[str, Result]] = []
    for name in discover():
        if wanted and name not in wanted:
            continue
        started = time.perf_counter()
        print(f"… {name}", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"tests.bench.{name}")
            results = module.run()
        except Exception:
            failed = True
            traceback.print_exc()
            rows.append((name, ("FEHLER (siehe oben)", float("nan"), "")))
            continue
        rows.extend((name, result) for result in results)
        print(f"  {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    print_table(rows)
    return 1 if failed else 0


def _number(value: float) -> str:
    """Three decimals below 10 (seconds, ratios), one above."""
    return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"


def print_table(rows: list[tuple[str, Result]]) -> None:
    header = ("Modul", "Messung", "Wert", "Einheit / Ziel")
    lines = [(m, n, _number(v), u) for m, (n, v, u) in rows]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *lines, strict=False)]
    fmt = "  ".join(f"{{:<{w}}}" if i != 2 else f"{{:>{w}}}" for i, w in enumerate(widths))
    print(fmt.format(*header))
    print("  ".join("-" * w for w in widths))
    for line in lines:
        print(fmt.format(*line))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
