"""UI test defaults: German formats, as the app sets them for a German UI."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale


@pytest.fixture(autouse=True)
def german_locale() -> Iterator[None]:
    """The app calls ``QLocale.setDefault`` at start; tests get the German default."""
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
