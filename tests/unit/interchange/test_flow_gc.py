"""The import pauses the cyclic collector and always turns it back on."""

from __future__ import annotations

import gc

import pytest

from empfehlung_desktop.interchange import flow


def test_the_collector_runs_again_after_nested_pauses_and_errors() -> None:
    assert gc.isenabled()
    with flow.gc_paused():
        assert not gc.isenabled()
        with pytest.raises(ValueError), flow.gc_paused():
            raise ValueError
        assert not gc.isenabled()  # the outer import is still running
    assert gc.isenabled()


def test_a_collector_disabled_by_someone_else_stays_disabled() -> None:
    gc.disable()
    try:
        with flow.gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
