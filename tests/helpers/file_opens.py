"""Which files of a folder get opened: Linux inotify through ctypes (no LD_PRELOAD, no strace).

inotify reports IN_OPEN for every open of a file in a watched folder, by any
thread of any process, including Qt's C++ worker threads that patching
``os.open`` would never see.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
from pathlib import Path

IN_OPEN = 0x00000020
IN_NONBLOCK = 0o4000
_EVENT = struct.Struct("iIII")


class OpenWatcher:
    """Records the names of files opened in ``folder`` until :meth:`opened` is read."""

    def __init__(self, folder: Path) -> None:
        self._libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self._fd = self._libc.inotify_init1(IN_NONBLOCK)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        wd = self._libc.inotify_add_watch(self._fd, str(folder).encode(), IN_OPEN)
        if wd < 0:
            raise OSError(ctypes.get_errno(), "inotify_add_watch")
        self._names: list[str] = []

    def opened(self) -> list[str]:
        while True:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                break
            offset = 0
            while offset < len(data):
                _wd, _mask, _cookie, length = _EVENT.unpack_from(data, offset)
                offset += _EVENT.size
                name = data[offset : offset + length].rstrip(b"\0").decode()
                offset += length
                if name:
                    self._names.append(name)
        return list(self._names)

    def close(self) -> None:
        os.close(self._fd)
