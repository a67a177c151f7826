"""Table model of an import preview; the "Aktion" column is editable per row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from empfehlung_desktop.interchange.importer import (
    Action,
    ImportPreview,
    PreviewItem,
)

COL_ACTION, COL_POSITION, COL_NAME, COL_ORG, COL_EMAIL, COL_PHONE, COL_NOTE = range(7)
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
# What each import action is called in the UI (interchange has its own German labels).
ACTION_TEXT = {
    Action.NEW: str(QT_TRANSLATE_NOOP("PreviewModel", "neu")),
    Action.SKIP: str(QT_TRANSLATE_NOOP("PreviewModel", "überspringen")),
    Action.MERGE: str(QT_TRANSLATE_NOOP("PreviewModel", "zusammenführen")),
    Action.IMPORT: str(QT_TRANSLATE_NOOP("PreviewModel", "trotzdem importieren")),
}


def action_text(action: Action) -> str:
    return QCoreApplication.translate("PreviewModel", ACTION_TEXT[action])


class PreviewModel(QAbstractTableModel):
    """Rows are the preview's items; reload with :meth:`set_preview`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[PreviewItem] = []
        self._headers = [
            self.tr("Aktion"),
            self.tr("Stelle"),
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("E-Mail"),
            self.tr("Telefon"),
            self.tr("Dublette / Hinweis"),
        ]

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._items = list(preview.items) if preview else []
        self.endResetModel()

    def item(self, row: int) -> PreviewItem:
        return self._items[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_ACTION and len(self._items[index.row()].allowed_actions()) > 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(item, column)
        if role == ACTION_ROLE:
            return item.action.value
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NOTE:
            return "\n".join([item.duplicate_reason, *item.warnings]).strip() or None
        if role == Qt.ItemDataRole.ForegroundRole and item.action is Action.SKIP:
            return QBrush(QColor("#777777"))
        return None

    def _text(self, item: PreviewItem, column: int) -> str:
        if column == COL_ACTION:
            return action_text(item.action)
        if column == COL_NOTE:
            parts = []
            if item.duplicate_reason:
                if item.duplicate_name:
                    parts.append(
                        self.tr("Dublette: {reason} „{name}“").format(
                            reason=item.duplicate_reason, name=item.duplicate_name
                        )
                    )
                else:
                    parts.append(self.tr("Dublette: {0}").format(item.duplicate_reason))
            parts.extend(item.warnings)
            return "; ".join(parts)
        values = {
            COL_POSITION: item.position,
            COL_NAME: item.name,
            COL_ORG: item.organisation,
            COL_EMAIL: item.email,
            COL_PHONE: item.phone,
        }
        return values.get(column, "")

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COL_ACTION or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._items[index.row()]
        try:
            action = Action(value)
        except ValueError:
            return False
        if action not in item.allowed_actions():
            return False
        item.action = action
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COL_NOTE))
        return True

    def set_duplicates(self, action: Action) -> int:
        """Set ``action`` on every duplicate that allows it; return how many changed."""
        changed = 0
        for item in self._items:
            if item.is_duplicate and action in item.allowed_actions() and item.action != action:
                item.action = action
                changed += 1
        if changed and self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, COL_NOTE))
        return changed


class ActionDelegate(QStyledItemDelegate):
    """A combo box with the actions allowed for the row."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        model = index.model()
        assert isinstance(model, PreviewModel)
        combo = QComboBox(parent)
        for action in model.item(index.row()).allowed_actions():
            combo.addItem(action_text(action), action.value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(ACTION_ROLE))))

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
