import gc
import threading
from collections.abc import Iterator

import pytest

from empfehlung_desktop import gc_pause


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    assert gc.isenabled()
    yield
    gc.enable()
    gc.unfreeze()


# Objects made inside a pause; many, so that objects frozen before (by earlier tests
# of this process) and freed meanwhile by reference counting cannot hide a freeze.
MADE = 20_000


def test_nested_pauses_share_one_and_only_those_asking_freeze() -> None:
    frozen = gc.get_freeze_count()
    with gc_pause.paused(freeze=False):
        assert not gc.isenabled()
        with gc_pause.paused(freeze=False):
            pass
        assert not gc.isenabled()  # the outer one still runs
        made = [[n] for n in range(MADE)]
    assert gc.isenabled()
    assert gc.get_freeze_count() < frozen + MADE // 2  # a worker's objects: not frozen
    frozen = gc.get_freeze_count()
    with gc_pause.paused(freeze=False), gc_pause.paused(freeze=True):
        made = [[n] for n in range(MADE)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + MADE // 2  # an import's: frozen
    assert len(made) == MADE


def test_pauses_on_two_threads_end_with_the_last() -> None:
    first_in, second_out = threading.Event(), threading.Event()
    seen: list[bool] = []

    def other() -> None:
        with gc_pause.paused(freeze=False):
            first_in.set()
            second_out.wait(10)
        seen.append(gc.isenabled())  # the last pause ended here

    thread = threading.Thread(target=other)
    with gc_pause.paused(freeze=False):
        thread.start()
        assert first_in.wait(10)
    assert not gc.isenabled()  # the other thread's pause still runs
    second_out.set()
    thread.join(10)
    assert gc.isenabled()
    assert seen == [True]


def test_a_collector_switched_off_by_someone_else_stays_off() -> None:
    gc.disable()
    paused = gc_pause.pause(freeze=True)
    assert paused is False
    gc_pause.resume(paused)
    assert not gc.isenabled()
    with gc_pause.paused(freeze=True):
        assert not gc.isenabled()
    assert not gc.isenabled()
