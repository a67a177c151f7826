import subprocess
import sys

import pytest

MIB = 1024

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc (Linux)")


def _touched(size_mib: int) -> bytearray:
    block = bytearray(size_mib * 2**20)
    for at in range(0, len(block), 4096):
        block[at] = 1  # resident, not only reserved
    return block


_GROWS = """
from empfehlung_desktop.peak_memory import peak_rss_kib
before = peak_rss_kib()
block = bytearray(64 * 2**20)
for at in range(0, len(block), 4096):
    block[at] = 1
print(before, peak_rss_kib())
"""


def test_the_peak_grows_with_what_the_program_holds() -> None:
    # In a program of its own: this one's peak may lie far above what it holds now.
    done = subprocess.run(
        [sys.executable, "-c", _GROWS], check=True, capture_output=True, text=True
    )
    before, after = (int(value) for value in done.stdout.split())
    assert before > 0 and after >= before + 60 * MIB


def test_a_program_started_by_a_big_one_reports_only_its_own_memory() -> None:
    """getrusage's ru_maxrss would report the parent's 200 MB for the child as well."""
    ballast = _touched(200)
    child = "from empfehlung_desktop.peak_memory import peak_rss_kib; print(peak_rss_kib())"
    done = subprocess.run([sys.executable, "-c", child], check=True, capture_output=True, text=True)
    assert 1 * MIB < int(done.stdout) < 100 * MIB
    del ballast
