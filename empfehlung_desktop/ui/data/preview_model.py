"""Table model of an import preview; the "Aktion" column is editable per row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from empfehlung_desktop.interchange.importer import (
    Action,
    ImportPreview,
    PreviewItem,
)
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.widgets.list_table_model import Index, ListTableModel

COL_ACTION, COL_POSITION, COL_NAME, COL_ORG, COL_EMAIL, COL_PHONE, COL_NOTE = range(7)
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1
# What each import action is called in the UI (interchange has its own German labels).
ACTION_TEXT = {
    Action.NEW: str(QT_TRANSLATE_NOOP("PreviewModel", "neu")),
    Action.SKIP: str(QT_TRANSLATE_NOOP("PreviewModel", "überspringen")),
    Action.MERGE: str(QT_TRANSLATE_NOOP("PreviewModel", "zusammenführen")),
    Action.IMPORT: str(QT_TRANSLATE_NOOP("PreviewModel", "trotzdem importieren")),
}


def action_text(action: Action) -> str:
    return QCoreApplication.translate("PreviewModel", ACTION_TEXT[action])


class PreviewModel(ListTableModel[PreviewItem]):
    """Rows are the preview's items; reload with :meth:`set_preview`."""

    CONTEXT = "PreviewModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("PreviewModel", "Aktion")),
        str(QT_TRANSLATE_NOOP("PreviewModel", "Stelle")),
        str(QT_TRANSLATE_NOOP("PreviewModel", "Name")),
        str(QT_TRANSLATE_NOOP("PreviewModel", "Organisation")),
        str(QT_TRANSLATE_NOOP("PreviewModel", "E-Mail")),
        str(QT_TRANSLATE_NOOP("PreviewModel", "Telefon")),
        str(QT_TRANSLATE_NOOP("PreviewModel", "Dublette / Hinweis")),
    )

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.set_rows(list(preview.items) if preview else [])

    def item(self, row: int) -> PreviewItem:
        return self.row_at(row)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_ACTION and len(self._rows[index.row()].allowed_actions()) > 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(item, column)
        if role == ACTION_ROLE:
            return item.action.value
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NOTE:
            return "\n".join([item.duplicate_reason, *item.warnings]).strip() or None
        if role == Qt.ItemDataRole.ForegroundRole and item.action is Action.SKIP:
            return QBrush(theme.qcolor("muted"))
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

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COL_ACTION or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._rows[index.row()]
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
        for item in self._rows:
            if item.is_duplicate and action in item.allowed_actions() and item.action != action:
                item.action = action
                changed += 1
        if changed and self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COL_NOTE))
        return changed


class ActionDelegate(QStyledItemDelegate):
    """A combo box with the actions allowed for the row."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        assert isinstance(model, PreviewModel)
        combo = QComboBox(parent)
        for action in model.item(index.row()).allowed_actions():
            combo.addItem(action_text(action), action.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(ACTION_ROLE))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
