"""The handout PDF built into a temporary folder for the preview (no QtPdf import here)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from empfehlung_desktop.services.engagements import handout as handout_service


def build_in_temp_folder(
    data: handout_service.HandoutData, prefix: str
) -> tuple[tempfile.TemporaryDirectory[str], Path]:
    """Build the handout into a fresh folder; the caller removes it with ``cleanup()``.

    The folder is also removed when the returned object is garbage-collected or the
    program ends, so a preview closed in an unusual way leaves nothing behind.
    """
    from empfehlung_desktop.reports.handout import build_handout

    folder = tempfile.TemporaryDirectory(prefix=prefix, ignore_cleanup_errors=True)
    path = Path(folder.name) / handout_service.handout_filename(data)
    try:
        build_handout(data, path)
    except BaseException:
        folder.cleanup()
        raise
    return folder, path
