"""The pipes to the import's second process take a chunk's results at once (Linux)."""

from __future__ import annotations

import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from empfehlung_desktop.interchange import parallel, pipes

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="F_SETPIPE_SZ is Linux's")


def _pipe_bytes(executor: ProcessPoolExecutor, name: str) -> int:
    import fcntl

    reader: Any = getattr(executor, name)._reader
    size: int = fcntl.fcntl(reader.fileno(), fcntl.F_GETPIPE_SZ)
    return size


def _echo(value: bytes) -> bytes:
    return value


@linux
def test_a_helpers_pipes_hold_a_megabyte_and_carry_more() -> None:
    helper = parallel.Helper()
    try:
        executor = helper.executor
        wide = pipes.allowed_bytes()  # 1 MiB unless the system allows less
        assert wide > 64 * 1024
        assert _pipe_bytes(executor, "_result_queue") == wide
        assert _pipe_bytes(executor, "_call_queue") == wide
        big = bytes(range(256)) * 12_000  # three megabytes: more than a pipe holds
        assert executor.submit(_echo, big).result(timeout=60) == big
    finally:
        helper.close()


@linux
def test_a_smaller_system_limit_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    limit = tmp_path / "pipe-max-size"
    limit.write_text("262144\n", encoding="ascii")
    monkeypatch.setattr(pipes, "PIPE_MAX", str(limit))
    assert pipes.allowed_bytes() == 262144
    limit.write_text("not a number", encoding="ascii")
    assert pipes.allowed_bytes() == pipes.PIPE_BYTES


def test_a_refusing_system_leaves_the_pipes_as_they_are(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any) -> int:
        raise PermissionError(1, "Operation not permitted")

    if pipes.fcntl is not None:
        monkeypatch.setattr(pipes.fcntl, "fcntl", refuse)
    executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    try:
        pipes.widen(executor)
        assert executor.submit(_echo, b"still works").result(timeout=60) == b"still works"
    finally:
        executor.shutdown()
