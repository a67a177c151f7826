"""Where the files we ship live: the one helper every layer uses to find them.

The project keeps them in a top-level ``resources/`` folder (fonts, icons,
translations, default texts). They are found

- in a PyInstaller bundle below ``sys._MEIPASS`` (``packaging/empfehlung-desktop.spec``),
- in an installed wheel inside the package, as ``empfehlung_desktop/resources``
  (``package-dir`` in ``pyproject.toml``),
- in the source tree and an editable install (``make run``, ``make test``) next to
  the package.

Imports nothing of ours, so ``i18n`` at the bottom of the layers can use it too.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def package_file(*parts: str) -> Path:
    """A file that belongs to the package itself (e.g. the migration scripts)."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle, "empfehlung_desktop") if bundle is not None else _PACKAGE
    return root.joinpath(*parts)


def resources_dir() -> Path:
    """The folder with fonts, icons, translations and default texts."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle, "resources")
    installed = _PACKAGE / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file below ``resources/``, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)
