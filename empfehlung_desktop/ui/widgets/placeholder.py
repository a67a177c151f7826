"""A view that is not built yet: says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.widgets.view_base import View


class PlaceholderView(View):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        label = QLabel(self.tr("Diese Ansicht ist noch in Arbeit."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
