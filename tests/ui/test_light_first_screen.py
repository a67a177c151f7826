"""The first screen on the contacts view starts light (issue 18): what it must not import.

A fresh process builds the window shell and the first page of contacts as
``app.run_gui`` does before the database is opened, and reports which heavy
packages it imported: none of the database layer, the icon library's Qt shim,
PDF or validation libraries.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from empfehlung_desktop.store.database import Database

pytestmark = pytest.mark.sqlite_only

_HEAVY = (
    "sqlalchemy",
    "alembic",
    "qtawesome",
    "qtpy",
    "reportlab",
    "phonenumbers",
    "email_validator",
)

_PROBE = (
    "import json, sys\n"
    "from PySide6.QtCore import QSettings\n"
    "from empfehlung_desktop import app\n"
    "from empfehlung_desktop.ui.main_window import SETTINGS_LAST_VIEW, MainWindow\n"
    "qapp = app.create_application()\n"
    "settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)\n"
    "settings.setValue(SETTINGS_LAST_VIEW, 'contacts')\n"
    "window = MainWindow(None, settings)\n"
    "window.show()\n"
    "preview = app._show_first_contacts(window, sys.argv[1])\n"
    "qapp.processEvents()\n"
    "icons = [window.nav.item(r).icon().isNull() for r in range(window.nav.count())]\n"
    f"heavy = sorted({{m.split('.')[0] for m in sys.modules}} & set({_HEAVY!r}))\n"
    "print(json.dumps({'preview': preview is not None, 'no_icon': any(icons), 'heavy': heavy}))\n"
)


def test_the_first_page_of_contacts_imports_no_heavy_package(
    demo_db: Database, db_path: Path, tmp_path: Path
) -> None:
    demo_db.dispose()
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(db_path), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["preview"] is True
    assert report["no_icon"] is False  # the navigation has its icons
    assert report["heavy"] == []
