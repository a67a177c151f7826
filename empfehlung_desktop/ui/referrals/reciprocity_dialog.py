""" "Geben und Nehmen": give-and-take per network partner, counted, never as money."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.services.referrals import reciprocity as reciprocity_service
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.referrals.models import PartnerTableModel


class ReciprocityDialog(QDialog):
    """All network partners with what went each way, most recent exchange first."""

    def __init__(self, db: Database, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Geben und Nehmen im Netzwerk"))
        self.resize(1040, 480)
        intro = QLabel(
            self.tr(
                "Wie viele Empfehlungen Sie Ihren Netzwerkpartnern gegeben und von ihnen "
                "erhalten haben – als Überblick über die Beziehung, nicht als Rechnung."
            )
        )
        intro.setWordWrap(True)
        self.model = PartnerTableModel(self)
        with db.reader() as session:
            self.model.set_rows(reciprocity_service.find_partners(session, "", today, limit=500))
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((160, 140, 190, 70, 70, 105, 160)):
            table.setColumnWidth(column, width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table)
        layout.addWidget(buttons)

    @classmethod
    def show_for(cls, parent: QWidget | None, db: Database, today: dt.date) -> None:
        cls(db, today, parent).exec()
