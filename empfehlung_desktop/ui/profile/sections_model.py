"""The list of "Warum Sie" sections: checkable (visible), movable, extendable."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from empfehlung_desktop.services.engagements.profile import Section, is_custom, new_section_key

Index = QModelIndex | QPersistentModelIndex


class SectionsModel(QAbstractListModel):
    """Holds copies of the sections; the check box is the section's visibility.

    Signals:
        edited(): any change the user made (order, visibility, text, add, remove).
    """

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sections: list[Section] = []

    def set_sections(self, sections: list[Section]) -> None:
        self.beginResetModel()
        self._sections = [replace(s) for s in sections]
        self.endResetModel()

    def sections(self) -> list[Section]:
        return [replace(s) for s in self._sections]

    def section(self, row: int) -> Section | None:
        return self._sections[row] if 0 <= row < len(self._sections) else None

    # -- Qt API ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sections)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        section = self.section(index.row()) if index.isValid() else None
        if section is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return section.title or self.tr("(ohne Überschrift)")
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if section.visible else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Erscheint im Handout")
                if section.visible
                else self.tr("Ausgeblendet: erscheint nicht im Handout")
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        section = self.section(index.row()) if index.isValid() else None
        if section is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        section.visible = bool(checked)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.edited.emit()
        return True

    # -- editing --------------------------------------------------------------
    def set_text(self, row: int, title: str, body: str) -> None:
        section = self.section(row)
        if section is None or (section.title, section.body) == (title, body):
            return
        section.title, section.body = title, body
        self.dataChanged.emit(self.index(row), self.index(row))
        self.edited.emit()

    def move(self, row: int, delta: int) -> int:
        """Move a section up (-1) or down (+1); return its new row."""
        target = row + delta
        if not (0 <= row < len(self._sections) and 0 <= target < len(self._sections)):
            return row
        # beginMoveRows wants the destination *before* which the row lands.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._sections.insert(target, self._sections.pop(row))
        self.endMoveRows()
        self.edited.emit()
        return target

    def add(self, title: str) -> int:
        row = len(self._sections)
        self.beginInsertRows(QModelIndex(), row, row)
        self._sections.append(Section(key=new_section_key(self._sections), title=title))
        self.endInsertRows()
        self.edited.emit()
        return row

    def can_remove(self, row: int) -> bool:
        section = self.section(row)
        return section is not None and is_custom(section)

    def remove(self, row: int) -> bool:
        """Remove an added section (the standard ones can only be hidden)."""
        if not self.can_remove(row):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._sections[row]
        self.endRemoveRows()
        self.edited.emit()
        return True
