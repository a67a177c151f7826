"""The one way the GUI asks for a file or folder: dialogs that never read file contents.

Qt's file dialogs (and the platform's in-process ones) open and close every file
of the folder they list to guess its type. Closing any descriptor of the
database drops the process's POSIX locks on it, after which another program can
delete the WAL the GUI still writes into (PITFALLS, "SQLite"). So every dialog
here is Qt's own widget dialog with an icon provider that decides by name and
kind alone, and without resolving symbolic links.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

SAFE_OPTIONS = (
    QFileDialog.Option.DontUseNativeDialog
    | QFileDialog.Option.DontResolveSymlinks
    | QFileDialog.Option.DontUseCustomDirectoryIcons
)


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the directory entry alone: no MIME sniffing."""

    def icon(self, which: QAbstractFileIconProvider.IconType | QFileInfo) -> QIcon:
        if isinstance(which, QFileInfo):
            kind = (
                QAbstractFileIconProvider.IconType.Folder
                if which.isDir()
                else QAbstractFileIconProvider.IconType.File
            )
            return super().icon(kind)
        return super().icon(which)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Ordner")
        suffix = info.suffix()
        if not suffix:
            return QCoreApplication.translate("FileDialogs", "Datei")
        return QCoreApplication.translate("FileDialogs", "{0}-Datei").format(suffix.upper())


_PROVIDER: NameOnlyIconProvider | None = None


def _provider() -> NameOnlyIconProvider:
    global _PROVIDER
    if _PROVIDER is None:
        _PROVIDER = NameOnlyIconProvider()
        _PROVIDER.setOptions(QAbstractFileIconProvider.Option.DontUseCustomDirectoryIcons)
    return _PROVIDER


def safe_dialog(
    parent: QWidget | None,
    caption: str,
    directory: str = "",
    name_filter: str = "",
    *,
    mode: QFileDialog.FileMode = QFileDialog.FileMode.ExistingFile,
    accept: QFileDialog.AcceptMode = QFileDialog.AcceptMode.AcceptOpen,
) -> QFileDialog:
    """A file dialog that lists folders without opening any file in them."""
    dialog = QFileDialog(parent, caption, directory, name_filter)
    dialog.setOptions(SAFE_OPTIONS)
    dialog.setIconProvider(_provider())
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return []
    return dialog.selectedFiles()


def get_open_file_name(
    parent: QWidget | None, caption: str, directory: str = "", name_filter: str = ""
) -> tuple[str, str]:
    dialog = safe_dialog(parent, caption, directory, name_filter)
    chosen = _run(dialog)
    return (chosen[0], dialog.selectedNameFilter()) if chosen else ("", "")


def get_open_file_names(
    parent: QWidget | None, caption: str, directory: str = "", name_filter: str = ""
) -> tuple[list[str], str]:
    dialog = safe_dialog(
        parent, caption, directory, name_filter, mode=QFileDialog.FileMode.ExistingFiles
    )
    chosen = _run(dialog)
    return (chosen, dialog.selectedNameFilter()) if chosen else ([], "")


def get_save_file_name(
    parent: QWidget | None, caption: str, directory: str = "", name_filter: str = ""
) -> tuple[str, str]:
    dialog = safe_dialog(
        parent,
        caption,
        directory,
        name_filter,
        mode=QFileDialog.FileMode.AnyFile,
        accept=QFileDialog.AcceptMode.AcceptSave,
    )
    chosen = _run(dialog)
    return (chosen[0], dialog.selectedNameFilter()) if chosen else ("", "")


def get_existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    dialog = safe_dialog(parent, caption, directory, mode=QFileDialog.FileMode.Directory)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""
