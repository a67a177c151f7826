"""Editable lists in the contact form: further e-mails, phones, profiles, and addresses."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.model import DetailKind
from empfehlung_desktop.services.contacts.person import AddressData, DetailData
from empfehlung_desktop.ui.i18n import enum_label


class _ListEditor(QWidget):
    """A small table with "Hinzufügen" and "Entfernen" below it."""

    changed = Signal()

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(name)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(96)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(self.tr("Hinzufügen"))
        self.remove_button = QPushButton(self.tr("Entfernen"))
        self.add_button.setAccessibleName(self.tr("{name}: Zeile hinzufügen").format(name=name))
        self.remove_button.setAccessibleName(
            self.tr("{name}: gewählte Zeile entfernen").format(name=name)
        )
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self._remove_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _set_row(self, row: int, values: list[str], first_column: int = 0) -> None:
        for offset, value in enumerate(values):
            self.table.setItem(row, first_column + offset, QTableWidgetItem(value))

    def _add_clicked(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, 1 if self.table.cellWidget(row, 0) else 0)
        item = self.table.item(row, self.table.currentColumn())
        if item is not None:
            self.table.editItem(item)
        self.changed.emit()

    def _remove_clicked(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def add_row(self) -> int:  # pragma: no cover - overridden
        raise NotImplementedError


class DetailsEditor(_ListEditor):
    """Further e-mails, phones, websites/profiles and messenger accounts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [self.tr("Art"), self.tr("Bezeichnung"), self.tr("Angabe")],
            self.tr("Weitere Kontaktwege"),
            parent,
        )
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(1, 130)

    def add_row(self, detail: DetailData | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox()
        kind.setAccessibleName(self.tr("Art des Kontaktwegs"))
        for member in DetailKind:
            kind.addItem(enum_label(member), member)
        if detail is not None:
            kind.setCurrentIndex(max(0, kind.findData(detail.kind)))
        kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, 0, kind)
        blocked = self.table.blockSignals(True)
        self._set_row(row, [detail.label if detail else "", detail.value if detail else ""], 1)
        self.table.blockSignals(blocked)
        return row

    def set_details(self, details: tuple[DetailData, ...]) -> None:
        self.table.setRowCount(0)
        for detail in details:
            self.add_row(detail)

    def details(self) -> tuple[DetailData, ...]:
        result: list[DetailData] = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            # Qt hands the enum back as its plain string code.
            kind = (
                DetailKind(combo.currentData())
                if isinstance(combo, QComboBox)
                else DetailKind.EMAIL
            )
            result.append(DetailData(kind, self._text(row, 2), self._text(row, 1)))
        return tuple(result)


class AddressesEditor(_ListEditor):
    """Postal addresses, one per row."""

    FIELDS = ("label", "street", "postcode", "city", "region", "country")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Bezeichnung"),
                self.tr("Straße"),
                self.tr("PLZ"),
                self.tr("Ort"),
                self.tr("Region"),
                self.tr("Land"),
            ],
            self.tr("Adressen"),
            parent,
        )
        for column, width in enumerate((100, 170, 60, 120, 80)):
            self.table.setColumnWidth(column, width)

    def add_row(self, address: AddressData | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = [getattr(address, f) if address else "" for f in self.FIELDS]
        blocked = self.table.blockSignals(True)
        self._set_row(row, values)
        self.table.blockSignals(blocked)
        return row

    def set_addresses(self, addresses: tuple[AddressData, ...]) -> None:
        self.table.setRowCount(0)
        for address in addresses:
            self.add_row(address)

    def addresses(self) -> tuple[AddressData, ...]:
        result = []
        for row in range(self.table.rowCount()):
            values = {f: self._text(row, c) for c, f in enumerate(self.FIELDS)}
            result.append(AddressData(**values))
        return tuple(result)

    def first_country(self) -> str:
        for address in self.addresses():
            if address.country:
                return address.country
        return ""
