"""Preview of a "Warum Sie" PDF with Speichern unter…, Öffnen and Per E-Mail senden.

This module imports QtPdf; import it only when a preview is shown (it costs
about 100 ms).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl, QUrlQuery, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop import files
from empfehlung_desktop.errors import StoreError
from empfehlung_desktop.ui.widgets import file_dialogs

FOLDER_NAME = "Empfehlung Desktop"


def handout_folder() -> Path:
    """A folder the user can find: Documents/Empfehlung Desktop."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(documents) if documents else Path.home()
    return base / FOLDER_NAME


class HandoutPreviewDialog(QDialog):
    """Shows a built PDF; offers saving, opening and an e-mail draft.

    Signals:
        sentConfirmed(): the user confirmed that the handout went out.
    """

    sentConfirmed = Signal()

    def __init__(
        self,
        pdf_path: Path,
        file_name: str,
        *,
        recipient_email: str = "",
        recipient_name: str = "",
        sender_name: str = "",
        meeting_text: str = "",
        greeting: str = "",
        informal: bool = False,
        can_mark_sent: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vorschau: „Warum Sie“"))
        self.resize(760, 900)
        self.pdf_path = pdf_path
        self.file_name = file_name
        self.recipient_email = recipient_email
        self.recipient_name = recipient_name
        self.sender_name = sender_name
        self.meeting_text = meeting_text
        self.greeting = greeting  # the handout's own first line, when the caller has it
        self.informal = informal  # the person is addressed with "du"
        self.can_mark_sent = can_mark_sent
        self.saved_path: Path | None = None

        self.document = QPdfDocument(self)
        self.document.load(str(pdf_path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(self.info_label.textInteractionFlags())

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Speichern &unter …"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.open_button = QPushButton(self.tr("Ö&ffnen"))
        self.mail_button = QPushButton(self.tr("Per &E-Mail senden …"))
        self.mail_button.setEnabled(can_mark_sent)
        if not recipient_email:
            self.mail_button.setToolTip(
                self.tr("Für diesen Kontakt ist keine E-Mail-Adresse hinterlegt.")
            )
        self.folder_button = QPushButton(self.tr("&Ordner zeigen"))
        self.folder_button.setToolTip(self.tr("Den Ordner der gespeicherten Datei öffnen"))
        self.folder_button.setEnabled(False)
        self.mark_button = QPushButton(self.tr("Als &gesendet vermerken"))
        self.mark_button.setToolTip(self.tr("Wenn Sie das Handout auf anderem Weg übergeben haben"))
        self.mark_button.setEnabled(can_mark_sent)
        for button in (
            self.save_button,
            self.open_button,
            self.folder_button,
            self.mail_button,
            self.mark_button,
        ):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_external)
        self.mail_button.clicked.connect(self.send_by_mail)
        self.mark_button.clicked.connect(self.mark_sent)
        self.folder_button.clicked.connect(self.show_in_folder)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info_label)
        layout.addWidget(buttons)

    # -- actions --------------------------------------------------------------
    def save_as(self) -> Path | None:
        suggested = str(self.saved_path or handout_folder() / self.file_name)
        chosen, _filter = file_dialogs.get_save_file_name(
            self, self.tr("„Warum Sie“ speichern"), suggested, self.tr("PDF-Dateien (*.pdf)")
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        return self._copy_to(target)

    def _copy_to(self, target: Path) -> Path | None:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            files.write_with(target, lambda temp: shutil.copyfile(self.pdf_path, temp))
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Speichern nicht möglich"), str(exc))
            return None
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Speichern nicht möglich"),
                self.tr("Die Datei konnte nicht gespeichert werden: {error}").format(
                    error=files.reason_text(exc)
                ),
            )
            return None
        self.saved_path = target
        self.folder_button.setEnabled(True)
        self.info_label.setText(self.tr("Gespeichert unter: {path}").format(path=str(target)))
        return target

    def open_external(self) -> None:
        path = self.saved_path or self.pdf_path
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.info_label.setText(
                self.tr(
                    "Kein Programm zum Öffnen von PDF-Dateien gefunden. Die Datei liegt "
                    "hier: {path}"
                ).format(path=str(path))
            )

    def mail_url(self) -> QUrl:
        """A mailto: link; mail programs cannot take attachments this way, so the
        dialog (never the mail itself) tells the user which file to attach."""
        url = QUrl(f"mailto:{self.recipient_email}")
        query = QUrlQuery()
        query.addQueryItem("subject", self.tr("Vor unserem Erstgespräch: „Warum Sie“"))
        query.addQueryItem("body", self.mail_body())
        url.setQuery(query)
        return url

    def mail_body(self) -> str:
        """What the prospect reads: no note to the sender, nothing to delete first."""
        name = " ".join(self.recipient_name.split())
        greeting = self.greeting or (
            self.tr("Guten Tag {name},").format(name=name) if name else self.tr("Guten Tag,")
        )
        meeting = f" {self.meeting_text}" if self.meeting_text else ""
        if self.informal:
            text = self.tr(
                "{greeting}\n\nich freue mich auf unser Gespräch{meeting}. Damit du vorab "
                "weißt, wie ich arbeite und was dich erwartet, schicke ich dir im Anhang eine "
                "kurze Übersicht mit ein paar Fragen zur Vorbereitung.\n\nViele Grüße\n{sender}"
            )
        else:
            text = self.tr(
                "{greeting}\n\nich freue mich auf unser Gespräch{meeting}. Damit Sie vorab "
                "wissen, wie ich arbeite und was Sie erwartet, schicke ich Ihnen im Anhang eine "
                "kurze Übersicht mit ein paar Fragen zur Vorbereitung.\n\nViele Grüße\n{sender}"
            )
        return text.format(greeting=greeting, meeting=meeting, sender=self.sender_name).rstrip()

    def send_by_mail(self) -> None:
        # Save first to a folder the user can find, because mailto cannot attach.
        target = self.saved_path or self._copy_to(handout_folder() / self.file_name)
        if target is None:
            return
        if not QDesktopServices.openUrl(self.mail_url()):
            self._no_mail_program(target)
            return
        self.info_label.setText(
            self.tr(
                "Das E-Mail-Programm ist geöffnet. Bitte hängen Sie vor dem Senden diese "
                "Datei an: {path}"
            ).format(path=str(target))
        )
        self.folder_button.setEnabled(True)
        answer = QMessageBox.question(
            self,
            self.tr("Als gesendet markieren?"),
            self.tr(
                "Haben Sie die E-Mail mit dem Handout abgeschickt? Dann vermerke ich das "
                "Handout als gesendet.\n\nDie Datei liegt hier:\n{path}"
            ).format(path=str(target)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.mark_sent()

    def _no_mail_program(self, target: Path) -> None:
        """No program took the mailto: link: say so and offer the saved file's folder."""
        text = self.tr(
            "Es ließ sich kein E-Mail-Programm öffnen. Das Handout ist gespeichert unter:\n"
            "{path}\n\nSie können es in Ihrem E-Mail-Programm oder Webmail von Hand "
            "anhängen und danach „Als gesendet vermerken“ wählen."
        ).format(path=str(target))
        self.info_label.setText(text.replace("\n\n", " ").replace("\n", " "))
        self.folder_button.setEnabled(True)
        if self.offer_folder(text):
            self.show_in_folder()

    def offer_folder(self, text: str) -> bool:
        """Ask whether to show the saved file in the file manager."""
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Kein E-Mail-Programm"), text, parent=self
        )
        show = box.addButton(self.tr("Im &Dateimanager zeigen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Schließen"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is show

    def show_in_folder(self) -> bool:
        """Open the folder of the saved handout in the file manager."""
        path = self.saved_path
        if path is None:
            return False
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))):
            return True
        self.info_label.setText(
            self.tr("Der Dateimanager ließ sich nicht öffnen. Die Datei liegt hier: {path}").format(
                path=str(path)
            )
        )
        return False

    def mark_sent(self) -> None:
        self.sentConfirmed.emit()
        self.mark_button.setEnabled(False)
        text = self.tr("Als gesendet vermerkt.")
        if self.saved_path is not None:
            text += " " + self.tr("Die Datei liegt hier: {path}").format(path=str(self.saved_path))
        self.info_label.setText(text)
