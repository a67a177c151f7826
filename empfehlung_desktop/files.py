"""Writing files safely and privately: one helper for every file the app writes.

Contacts are third parties' personal data, so every folder the app creates is
0700 and every file 0600, whatever the umask. A file is never written in place:
it goes to a temporary file in the same folder, is flushed and fsynced, and then
renamed over the target, so a crash, a full disk or a read-only folder leaves the
previous file untouched. Failures become a :class:`StoreError` naming the file and
the reason in German.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from empfehlung_desktop.errors import StoreError
from empfehlung_desktop.i18n import _

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
# Temporary files end like this, so leftovers of a killed process can be found.
TEMP_SUFFIX = ".empfehlung-tmp"
# Leftovers of interrupted work beside the database and in the backup folder.
LEFTOVER_PATTERN = re.compile(r"(\.empfehlung-tmp|\.restore|\.partial|\.part)$")


def reason_text(exc: OSError) -> str:
    """Why a file operation failed, in the user's language (never the driver's English)."""
    code = exc.errno
    if code == errno.ENOSPC:
        return _("der Datenträger ist voll")
    if code == errno.EDQUOT:
        return _("der zugeteilte Speicherplatz ist erschöpft")
    if code == errno.EROFS:
        return _("der Datenträger ist schreibgeschützt")
    if code in (errno.EACCES, errno.EPERM):
        return _("keine Berechtigung zum Schreiben in diesen Ordner oder diese Datei")
    if code in (errno.ENOENT, errno.ENOTDIR):
        return _("den Ordner gibt es nicht")
    if code == errno.EISDIR:
        return _("an dieser Stelle liegt ein Ordner")
    if code == errno.ENAMETOOLONG:
        return _("der Dateiname ist zu lang")
    if code == errno.EIO:
        return _("Lese- oder Schreibfehler des Datenträgers")
    return _("Systemfehler Nr. {code}").format(code=code)


def write_error(path: Path, exc: OSError) -> StoreError:
    return StoreError(
        _(
            "Die Datei „{path}“ konnte nicht geschrieben werden: {reason}. Eine bereits "
            "vorhandene Datei dieses Namens ist unverändert."
        ).format(path=path, reason=reason_text(exc))
    )


def private_dir(path: Path) -> Path:
    """Create ``path`` (0700) if needed and make sure only the owner can enter it."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    except OSError as exc:
        raise StoreError(
            _("Der Ordner „{path}“ kann nicht angelegt werden: {reason}.").format(
                path=path, reason=reason_text(exc)
            )
        ) from None
    tighten(path)
    return path


def tighten(path: Path) -> None:
    """0700 for a folder, 0600 for a file; silently skip what is not ours to change."""
    with contextlib.suppress(OSError):
        st = path.stat()
        if hasattr(os, "getuid") and st.st_uid != os.getuid():
            return
        wanted = PRIVATE_DIR_MODE if path.is_dir() else PRIVATE_FILE_MODE
        if st.st_mode & 0o777 & ~wanted:
            path.chmod(wanted)


def tighten_folder(folder: Path) -> None:
    """Tighten a folder and every file directly in it (existing data from older versions)."""
    tighten(folder)
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if entry.is_file() and not entry.is_symlink():
                tighten(entry)


def create_private_file(path: Path) -> bool:
    """Create an empty 0600 file unless it exists; True if created.

    SQLite gives ``-wal``, ``-shm`` and journals the mode of the main file, so a
    database created this way stays private with all its companions.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return False
    except OSError as exc:
        raise write_error(path, exc) from None
    os.close(fd)
    return True


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _temp_file(target: Path) -> tuple[int, Path]:
    try:
        fd, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent
        )
    except OSError as exc:
        raise write_error(target, exc) from None
    return fd, Path(name)


def _commit(temp: Path, target: Path) -> None:
    """fsync the finished temporary file and rename it over the target."""
    fd = os.open(temp, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(temp, PRIVATE_FILE_MODE)
    os.replace(temp, target)
    fsync_dir(target.parent)


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A private temporary path beside ``target``; renamed over it if the block succeeds.

    For writers that want a file name (ReportLab, SQLite). On any failure the
    temporary file is removed and ``target`` is left as it was; an ``OSError``
    becomes a :class:`StoreError` naming ``target``.
    """
    target = Path(target)
    fd, temp = _temp_file(target)
    os.close(fd)
    try:
        yield temp
        _commit(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise write_error(target, exc) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    """An open binary file that replaces ``target`` only once it is completely written."""
    with atomic_path(target) as temp, temp.open("wb") as stream:
        yield stream
        stream.flush()


def write_bytes(target: Path, data: bytes) -> Path:
    """Replace ``target`` with ``data`` atomically (0600)."""
    with atomic_writer(target) as stream:
        stream.write(data)
    return Path(target)


def write_text(target: Path, text: str) -> Path:
    return write_bytes(target, text.encode("utf-8"))


def write_with(target: Path, produce: Callable[[Path], object]) -> Path:
    """Let ``produce`` write a temporary file by name, then move it over ``target``."""
    with atomic_path(target) as temp:
        produce(temp)
    return Path(target)


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete temporary files of interrupted work directly in ``folder``; return them.

    Only to be called while no other process of the app works in the folder (the
    caller holds the exclusive coordination lock).
    """
    removed = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if LEFTOVER_PATTERN.search(entry.name) and entry.is_file():
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed.append(entry)
    return removed
