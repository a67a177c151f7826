"""Without a usable display the GUI says so in German and exits 1 (no Qt abort)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from empfehlung_desktop.app import display_problem


def test_no_display_at_all_is_named() -> None:
    problem = display_problem({})
    assert problem is not None and "DISPLAY" in problem and "--help" in problem


def test_a_display_without_x_server_is_named() -> None:
    problem = display_problem({"DISPLAY": ":4711"})
    assert problem is not None and ":4711" in problem


def test_offscreen_wayland_and_remote_displays_are_left_to_qt() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert display_problem({"DISPLAY": "remotehost:0"}) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland check")
def test_the_gui_start_without_display_exits_1_with_one_german_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["EMPFEHLUNG_DATA_DIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "empfehlung_desktop", "--db", str(tmp_path / "x.db")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Keine grafische Anzeige" in lines[0]
    assert not (tmp_path / "x.db").exists()  # nothing was created
