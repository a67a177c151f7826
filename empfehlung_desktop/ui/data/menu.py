"""Datei-menu entries for import/export, backups, integrity and DSGVO."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu, QMessageBox

from empfehlung_desktop import files
from empfehlung_desktop.services.contacts.contacts import delete_impact, get_contact
from empfehlung_desktop.store import backup
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.data.feedback import show_error
from empfehlung_desktop.ui.formats import datetime_text
from empfehlung_desktop.ui.i18n import plural
from empfehlung_desktop.ui.widgets import file_dialogs
from empfehlung_desktop.ui.widgets.progress import (
    Cancelled,
    Progress,
    raise_if_cancelled,
    run_with_progress,
)

if TYPE_CHECKING:
    from empfehlung_desktop.services.data import gdpr_erase

# Import, export and DSGVO code is imported when first used: the Datei menu is
# built at start-up and must not pay for vCard, CSV or JSON machinery.

IMPORT_FILTER = str(
    QT_TRANSLATE_NOOP(
        "DataMenu",
        "Kontakte (*.vcf *.vcard *.csv *.json);;vCard (*.vcf *.vcard);;CSV (*.csv);;JSON (*.json)",
    )
)


class DataMenu(QObject):
    """Builds the actions and runs them; one instance per main window."""

    def __init__(self, window: QMainWindow, context: ViewContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.actions: dict[str, QAction] = {}

    @property
    def db(self) -> Database:
        return self.context.db

    def install(self, menu: QMenu, before: QAction) -> None:
        entries: list[tuple[str, str, Callable[[], object]] | None] = [
            ("import", self.tr("&Importieren …"), self.import_file),
            ("export", self.tr("&Exportieren …"), self.export_file),
            ("calendar", self.tr("&Kalender exportieren …"), self.export_calendar),
            None,
            ("backup", self.tr("Datensicherung &erstellen …"), self.create_backup),
            ("restore", self.tr("Datensicherung &wiederherstellen …"), self.restore_backup),
            ("check", self.tr("Datenbank &prüfen"), self.check_database),
            ("encryption", self.tr("&Verschlüsselung …"), self.switch_encryption),
            None,
            ("gdpr_export", self.tr("DSGVO-&Auskunft exportieren …"), self.gdpr_export),
            ("gdpr_erase", self.tr("Kontakt endgültig &löschen (DSGVO) …"), self.gdpr_erase),
            None,
        ]
        for entry in entries:
            if entry is None:
                menu.insertSeparator(before)
                continue
            key, text, handler = entry
            action = QAction(text, self.window)
            action.setObjectName(f"action_{key}")
            action.triggered.connect(lambda _checked=False, h=handler: self._guarded(h))
            menu.insertAction(before, action)
            self.actions[key] = action

    def _guarded(self, handler: Callable[[], object]) -> None:
        try:
            handler()
        except Exception as exc:  # the edge: every failure becomes a plain message
            show_error(self.window, self.tr("Empfehlung Desktop"), exc)

    def _changed(self, status: str) -> None:
        # Imports, restores and erasure change more than one contact: "data".
        self.context.data_changed("data")
        refresh = getattr(self.window, "current_view", None)
        view = refresh() if callable(refresh) else None
        if view is not None:
            view.refresh()
        self.context.show_status(status)

    # -- import / export ------------------------------------------------------
    def import_file(self) -> str | None:
        from empfehlung_desktop.interchange import flow
        from empfehlung_desktop.ui.data.import_dialog import ImportDialog

        name, _ = file_dialogs.get_open_file_name(
            self.window, self.tr("Kontakte importieren"), "", self.tr(IMPORT_FILTER)
        )
        if not name:
            return None
        today = self.context.clock.today()

        def read(progress: Progress) -> tuple[flow.LoadedFile, flow.ImportPlan | None]:
            loaded = flow.load_file(Path(name), check=lambda: raise_if_cancelled(progress))
            raise_if_cancelled(progress)
            if loaded.document is None:
                return loaded, None
            with self.db.reader() as session:  # on the worker thread: its own session
                return loaded, flow.plan_import(
                    session, loaded, today=today, check=lambda: raise_if_cancelled(progress)
                )

        try:
            loaded, plan = run_with_progress(
                self.window, self.tr("Importieren"), self.tr("Datei wird gelesen …"), read
            )
        except Cancelled:
            self.context.show_status(self.tr("Import abgebrochen; nichts wurde geändert."))
            return None
        if plan is not None and plan.restore is not None:
            answer = QMessageBox.question(
                self.window,
                self.tr("Vollständigen Export einspielen"),
                self.tr("„{0}“ ist ein vollständiger Export. {1}\n\nJetzt einspielen?").format(
                    loaded.path.name, plan.restore_summary()
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            message = run_with_progress(
                self.window,
                self.tr("Importieren"),
                self.tr("Der Export wird eingespielt …"),
                lambda _progress: flow.execute_plan(self.db, plan),
                cancellable=False,
            )
        else:
            dialog = ImportDialog(self.db, loaded, today, self.window)
            try:
                if dialog.preview_cancelled or dialog.exec() != ImportDialog.DialogCode.Accepted:
                    return None
                message = dialog.result_message
            finally:
                dialog.release()
                dialog.deleteLater()
        self._changed(message)
        QMessageBox.information(self.window, self.tr("Import abgeschlossen"), message)
        return message

    def export_file(self) -> Path | None:
        from empfehlung_desktop.interchange import exporter

        labels = [self.tr(label) for label, _ in exporter.EXPORT_FORMATS.values()]
        choice, ok = QInputDialog.getItem(
            self.window, self.tr("Exportieren"), self.tr("Format:"), labels, 0, False
        )
        if not ok:
            return None
        fmt = list(exporter.EXPORT_FORMATS)[labels.index(choice)]
        suffix = exporter.EXPORT_FORMATS[fmt][1]
        name, _ = file_dialogs.get_save_file_name(
            self.window, self.tr("Exportieren"), self.tr("kontakte") + suffix, f"*{suffix}"
        )
        if not name:
            return None

        def export(progress: Progress) -> int:
            with self.db.reader() as session:  # on the worker thread: its own session
                return exporter.export_file(session, fmt, Path(name), progress)

        try:
            count = run_with_progress(
                self.window, self.tr("Exportieren"), self.tr("Kontakte werden exportiert …"), export
            )
        except exporter.ExportCancelled:
            self.context.show_status(self.tr("Export abgebrochen; keine Datei geschrieben."))
            return None
        self.context.show_status(
            plural(
                count,
                self.tr("{n} Kontakt exportiert nach {path}"),
                self.tr("{n} Kontakte exportiert nach {path}"),
            ).format(path=name)
        )
        return Path(name)

    def export_calendar(self) -> Path | None:
        from empfehlung_desktop.interchange import exporter

        name, _ = file_dialogs.get_save_file_name(
            self.window, self.tr("Kalender exportieren"), self.tr("empfehlung-termine.ics"), "*.ics"
        )
        if not name:
            return None
        with self.db.reader() as session:
            data, count = exporter.calendar_bytes(session, self.context.clock.utc_now())
        files.write_bytes(Path(name), data)
        self.context.show_status(
            plural(
                count,
                self.tr("{n} Termin exportiert nach {path}"),
                self.tr("{n} Termine exportiert nach {path}"),
            ).format(path=name)
        )
        return Path(name)

    # -- backups --------------------------------------------------------------
    def create_backup(self) -> Path | None:
        path = backup.sqlite_file(self.db.url)
        default = str(backup.backup_name(path, "manuell", self.context.clock.now()))
        name, _ = file_dialogs.get_save_file_name(
            self.window, self.tr("Datensicherung erstellen"), default, "*.db"
        )
        if not name:
            return None
        target, now = Path(name), self.context.clock.now()
        existed = target.exists()

        def save(progress: Progress) -> Path:
            created = backup.create_backup(path, "manuell", target, now=now)
            if not progress(0, 0):  # cancelled meanwhile: the new file goes again
                created.unlink(missing_ok=True)
                raise Cancelled
            return created

        try:
            created = run_with_progress(
                self.window,
                self.tr("Datensicherung erstellen"),
                self.tr("Die Datenbank wird gesichert …"),
                save,
                cancellable=not existed,  # an overwritten file cannot come back
            )
        except Cancelled:
            self.context.show_status(self.tr("Datensicherung abgebrochen."))
            return None
        self.context.show_status(self.tr("Datensicherung erstellt: {0}").format(created))
        return created

    def restore_backup(self, source: Path | None = None, confirmed: bool = False) -> Path | None:
        path = backup.sqlite_file(self.db.url)
        if source is None:
            name, _ = file_dialogs.get_open_file_name(
                self.window,
                self.tr("Datensicherung wiederherstellen"),
                str(backup.backup_dir()),
                "*.db",
            )
            if not name:
                return None
            source = Path(name)
        backup.ensure_our_database(source)
        answer = (
            QMessageBox.StandardButton.Yes
            if confirmed
            else QMessageBox.question(
                self.window,
                self.tr("Datensicherung wiederherstellen"),
                self.tr(
                    "Die aktuelle Datenbank wird durch „{0}“ ersetzt.\n\nDer jetzige Stand wird "
                    "vorher als eigene Sicherung aufbewahrt. Fortfahren?"
                ).format(source.name),
            )
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        now = self.context.clock.now()

        def restore(progress: Progress) -> Path:
            def swap() -> None:
                # The last moment to stop: nothing has been replaced yet.
                raise_if_cancelled(progress)
                self.db.dispose()

            return backup.restore_backup(source, path, before_swap=swap, now=now)

        try:
            kept = run_with_progress(
                self.window,
                self.tr("Datensicherung wiederherstellen"),
                self.tr("Die Sicherung wird geprüft und eingespielt …"),
                restore,
            )
        except Cancelled:
            self.context.show_status(
                self.tr("Wiederherstellung abgebrochen; die Datenbank ist unverändert.")
            )
            return None
        self.db.dispose()
        self._changed(self.tr("Datensicherung wiederhergestellt."))
        QMessageBox.information(
            self.window,
            self.tr("Datensicherung wiederhergestellt"),
            self.tr("Wiederhergestellt aus „{0}“.\nDer vorherige Stand liegt in „{1}“.").format(
                source.name, kept
            ),
        )
        return kept

    def switch_encryption(self) -> object:
        from empfehlung_desktop.ui.data.encryption import switch_encryption

        report = switch_encryption(self.window, self.db)
        if report is not None:
            self._changed(self.tr("Verschlüsselung umgestellt."))
        return report

    def check_database(self) -> bool:
        path = backup.sqlite_file(self.db.url)
        result = backup.check_file(path)
        if result.ok:
            QMessageBox.information(
                self.window, self.tr("Datenbank prüfen"), self.tr("Die Datenbank ist in Ordnung.")
            )
            return True
        offer_recovery(self, result.describe())
        return False

    # -- DSGVO ----------------------------------------------------------------
    def gdpr_export(self) -> Path | None:
        from empfehlung_desktop.services.data import gdpr_export
        from empfehlung_desktop.ui.data.pick_contact import PickContactDialog

        contact_id = PickContactDialog.ask(
            self.db,
            self.tr("DSGVO-Auskunft exportieren"),
            self.tr("Für welche Person sollen alle gespeicherten Daten exportiert werden?"),
            self.window,
        )
        if contact_id is None:
            return None
        import json

        with self.db.reader() as session:
            report = gdpr_export.export_person(session, contact_id)
        name, _ = file_dialogs.get_save_file_name(
            self.window,
            self.tr("DSGVO-Auskunft speichern"),
            self.tr("auskunft-{id}.json").format(id=contact_id),
            "*.json",
        )
        if not name:
            return None
        files.write_text(Path(name), json.dumps(report, ensure_ascii=False, indent=2))
        self.context.show_status(self.tr("Auskunft gespeichert: {0}").format(name))
        return Path(name)

    def gdpr_erase(self) -> gdpr_erase.ErasureReport | None:
        from empfehlung_desktop.services.data import gdpr
        from empfehlung_desktop.ui.data.pick_contact import PickContactDialog

        contact_id = PickContactDialog.ask(
            self.db,
            self.tr("Kontakt endgültig löschen (DSGVO)"),
            self.tr("Welche Person soll endgültig gelöscht werden?"),
            self.window,
        )
        if contact_id is None:
            return None
        with self.db.reader() as session:
            name = get_contact(session, contact_id).name
            impact = delete_impact(session, [contact_id])
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Kontakt endgültig löschen (DSGVO)"),
            self.tr(
                "„{0}“ wird endgültig gelöscht: alle persönlichen Daten, Notizen, Einwilligungen "
                "und Feedback-Texte. Empfehlungen bleiben als „gelöschter Kontakt“ erhalten; "
                "Erwähnungen des Namens in anderen Texten werden ersetzt.\n\n"
                "Das lässt sich nicht rückgängig machen. Auch in den Datensicherungen im "
                "Sicherungsordner wird die Person gelöscht; Exporte und Sicherungen an "
                "anderen Orten erreicht das Programm nicht."
            ).format(name),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        if impact.describe():
            box.setInformativeText(impact.describe())
        erase_button = box.addButton(
            self.tr("Endgültig löschen"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if not confirm_box(box, erase_button):
            return None
        # Erasing in the database and then in every backup: stopping half-way would
        # leave the person in some backups, so this runs to the end (no cancel).
        report = run_with_progress(
            self.window,
            self.tr("Kontakt endgültig löschen (DSGVO)"),
            self.tr("„{0}“ wird in der Datenbank und in den Sicherungen gelöscht …").format(name),
            lambda _progress: gdpr.erase_everywhere(self.db, contact_id),
            cancellable=False,
        )
        self._changed(self.tr("„{0}“ wurde endgültig gelöscht.").format(name))
        QMessageBox.information(self.window, self.tr("Kontakt gelöscht"), "\n".join(report.lines()))
        return report


def confirm_box(box: QMessageBox, button: object) -> bool:
    """Run a confirmation box; True if ``button`` was clicked (tests patch this)."""
    box.exec()
    return box.clickedButton() is button


def offer_recovery(menu: DataMenu, problem: str) -> None:
    """Say plainly that the database is damaged and offer the latest good backup."""
    path = backup.sqlite_file(menu.db.url)
    good = backup.latest_good_backup(path)
    title = QCoreApplication.translate("DataMenu", "Datenbank beschädigt")
    text = QCoreApplication.translate(
        "DataMenu", "{0}\n\nEs wird nichts automatisch überschrieben."
    ).format(problem)
    if good is None:
        text += QCoreApplication.translate(
            "DataMenu", "\nEs gibt keine fehlerfreie Datensicherung in {0}."
        ).format(backup.backup_dir())
        QMessageBox.critical(menu.window, title, text)
        return
    text += QCoreApplication.translate(
        "DataMenu", "\n\nLetzte fehlerfreie Sicherung: {0} vom {1}.\nJetzt wiederherstellen?"
    ).format(good.path.name, datetime_text(good.created))
    answer = QMessageBox.question(menu.window, title, text)
    if answer == QMessageBox.StandardButton.Yes:
        menu.restore_backup(good.path, confirmed=True)
