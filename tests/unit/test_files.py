"""Private, atomic writes: 0600/0700 whatever the umask; a failure leaves the old file."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from empfehlung_desktop import files
from empfehlung_desktop.errors import StoreError


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_written_files_and_folders_are_private_under_umask_022(
    tmp_path: Path, umask_022: None
) -> None:
    folder = files.private_dir(tmp_path / "daten" / "backups")
    target = files.write_bytes(folder / "export.json", b"{}")
    assert mode(folder) == 0o700
    assert mode(target) == 0o600
    public = folder / "alt.csv"
    public.write_text("a;b")
    assert mode(public) == 0o644
    files.write_text(public, "neu")
    assert mode(public) == 0o600 and public.read_text() == "neu"


def test_a_full_disk_leaves_the_old_file_and_names_it(tmp_path: Path) -> None:
    target = tmp_path / "kontakte.json"
    target.write_text('{"gut": true}')

    def produce(temp: Path) -> None:
        temp.write_text('{"halb')
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(StoreError) as caught:
        files.write_with(target, produce)
    message = str(caught.value)
    assert str(target) in message and "Datenträger ist voll" in message
    assert "No space" not in message
    assert target.read_text() == '{"gut": true}'
    assert [p.name for p in tmp_path.iterdir()] == ["kontakte.json"]


def test_a_failing_fsync_also_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "termine.ics"
    target.write_bytes(b"ALT")

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)
    with pytest.raises(StoreError, match="voll"):
        files.write_bytes(target, b"NEU")
    assert target.read_bytes() == b"ALT"
    assert [p.name for p in tmp_path.iterdir()] == ["termine.ics"]


@pytest.mark.parametrize(
    ("code", "reason"),
    [(errno.EROFS, "schreibgeschützt"), (errno.EACCES, "keine Berechtigung")],
)
def test_a_read_only_folder_is_reported_in_german(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, reason: str
) -> None:
    # Simulated: the suite may run as root, who may write into a 0500 folder.
    target = tmp_path / "auskunft.json"
    target.write_text("alt")

    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    with pytest.raises(StoreError) as caught:
        files.write_text(target, "neu")
    assert reason in str(caught.value) and str(target) in str(caught.value)
    assert target.read_text() == "alt"


def test_leftovers_of_interrupted_work_are_found(tmp_path: Path) -> None:
    keep = tmp_path / "empfehlung.db"
    keep.write_bytes(b"x")
    for name in (".export.json.abc.empfehlung-tmp", "empfehlung.db.restore", "s.db.partial"):
        (tmp_path / name).write_bytes(b"x")
    removed = files.remove_leftovers(tmp_path)
    assert len(removed) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["empfehlung.db"]
