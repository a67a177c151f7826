"""The import preview: CSV column mapping, duplicates with skip/merge, then one commit."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import translate
from empfehlung_desktop.interchange import csv_io, flow
from empfehlung_desktop.interchange.importer import Action, ImportPreview, build_preview
from empfehlung_desktop.services import settings
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.data.preview_model import COL_NOTE, ActionDelegate, PreviewModel
from empfehlung_desktop.ui.widgets.progress import (
    Cancelled,
    Progress,
    raise_if_cancelled,
    release_gradually,
    run_with_progress,
)


class ImportDialog(QDialog):
    """Shows what an import would do; :meth:`import_now` writes it (all or nothing).

    Tests choose fields in ``mapping_combos`` and drive it with :meth:`set_duplicates`
    and :meth:`import_now` instead of clicking.
    """

    def __init__(
        self,
        db: Database,
        loaded: flow.LoadedFile,
        today: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.today = today
        self.db = db
        self.loaded = loaded
        self.preview: ImportPreview | None = None
        self.preview_cancelled = False  # the first preview was cancelled: do not show
        self.result_message = ""
        self.setWindowTitle(self.tr("Importieren: {0}").format(loaded.path.name))
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.mapping_combos: list[QComboBox] = []
        if loaded.table is not None:
            layout.addWidget(self._mapping_box(loaded.table))
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(0, ActionDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((130, 70, 160, 130, 170, 120)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        buttons_row = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("Alle Dubletten überspringen"))
        self.skip_button.clicked.connect(lambda: self.set_duplicates(Action.SKIP))
        self.merge_button = QPushButton(self.tr("Alle Dubletten zusammenführen"))
        self.merge_button.clicked.connect(lambda: self.set_duplicates(Action.MERGE))
        buttons_row.addWidget(self.skip_button)
        buttons_row.addWidget(self.merge_button)
        buttons_row.addStretch(1)
        layout.addLayout(buttons_row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Importieren"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.model.dataChanged.connect(lambda *_: self._update_summary())
        self.rebuild()

    def _mapping_box(self, table: csv_io.CsvTable) -> QWidget:
        box = QGroupBox(self.tr("Spalten zuordnen (Vorschlag anhand der Überschriften)"))
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.addWidget(QLabel(self.tr("<b>Spalte</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Beispiel</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>übernehmen als</b>")), 0, 2)
        suggested = csv_io.suggest_mapping(table.headers)
        sample = table.rows[0][1] if table.rows else []
        for column, header in enumerate(table.headers):
            example = sample[column] if column < len(sample) else ""
            grid.addWidget(QLabel(header or self.tr("(ohne Namen)")), column + 1, 0)
            grid.addWidget(QLabel(example[:40]), column + 1, 1)
            combo = QComboBox()
            for key, label in csv_io.FIELD_LABELS.items():
                combo.addItem(translate(label), key)  # catalogue of interchange texts
            combo.setCurrentIndex(combo.findData(suggested[column]))
            combo.currentIndexChanged.connect(lambda _i: self.rebuild())
            grid.addWidget(combo, column + 1, 2)
            self.mapping_combos.append(combo)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setMaximumHeight(190)
        layout = QVBoxLayout(box)
        layout.addWidget(scroll)
        return box

    # -- driving --------------------------------------------------------------
    def mapping(self) -> list[str]:
        return [str(combo.currentData()) for combo in self.mapping_combos]

    def set_duplicates(self, action: Action) -> None:
        self.model.set_duplicates(action)
        self._update_summary()

    def _build(self, mapping: list[str], progress: Progress) -> ImportPreview:
        """On the worker thread: contacts from the file, compared with the database."""

        def check() -> None:
            raise_if_cancelled(progress)

        with flow.gc_paused():  # many small objects that all stay alive
            table = self.loaded.table
            # A CSV table's rows are read into contacts with this mapping while
            # they are checked (its contacts are not kept: the preview holds them).
            contacts = self.loaded.contacts if table is None else flow.table_rows(table, mapping)
            check()
            with self.db.reader() as session:
                return build_preview(
                    session,
                    contacts,
                    file_name=self.loaded.path.name,
                    fmt=self.loaded.format,
                    today=self.today,
                    practice_country=str(settings.get(session, "contacts.phone_country")),
                    check=check,
                )

    def rebuild(self) -> None:
        """Build the preview again (after a mapping change) on a worker thread behind a
        progress dialog; errors show inline. Cancelled: the previous preview stays."""
        mapping = self.mapping()
        parent = self if self.isVisible() else self.parentWidget()
        try:
            preview = run_with_progress(
                parent,
                self.tr("Importieren"),
                self.tr("Vorschau wird erstellt …"),
                lambda progress: self._build(mapping, progress),
            )
            self.preview = preview
            if self.loaded.document is not None:
                self.preview.notice = self.tr(flow.CONTACTS_ONLY_NOTICE)
            elif self.loaded.table is not None:
                self.preview.notice = csv_io.mapping_notice(self.loaded.table, self.mapping())
        except Cancelled:
            self.preview_cancelled = self.preview is None
            return
        except UserError as exc:
            self.preview = None
            self.notice.setText(f"<b>{html.escape(exc.message)}</b>")
        else:
            self.notice.setText(html.escape(self.preview.notice))
        self.notice.setVisible(bool(self.notice.text()))
        self.model.set_preview(self.preview)
        self._update_summary()

    def _update_summary(self) -> None:
        self.summary.setText(self.preview.summary() if self.preview else "")
        importable = self.preview is not None and any(
            item.action is not Action.SKIP for item in self.preview.items
        )
        self.ok_button.setEnabled(importable)

    def import_now(self) -> str:
        """Write the preview in one transaction; raise UserError/StoreError on failure."""
        if self.preview is None:
            raise UserError(self.tr("Es gibt nichts zu importieren."))
        plan = flow.ImportPlan(self.loaded, preview=self.preview)
        total = sum(1 for item in self.preview.items if item.action is Action.NEW)

        def commit(progress: Progress) -> str:
            # Raising inside the one transaction rolls it back: cancel changes nothing.
            return flow.execute_plan(
                self.db,
                plan,
                lambda done: raise_if_cancelled(progress, done, total),
                keep_table=True,
            )

        parent = self if self.isVisible() else self.parentWidget()
        self.result_message = run_with_progress(
            parent, self.tr("Importieren"), self.tr("Kontakte werden importiert …"), commit
        )
        return self.result_message

    def release(self) -> None:
        """Let go of the file's contacts and the preview (closed dialog), in slices."""
        rows = [] if self.preview is None else self.preview.items
        self.model.set_preview(None)
        self.preview = None
        if self.loaded.table is not None:
            # Packed, 100,000 rows are 100,000 strings: freed at once in a few ms.
            self.loaded.table.rows = []
        release_gradually(rows, self.loaded.contacts)

    def _accept(self) -> None:
        from empfehlung_desktop.ui.data.feedback import show_error

        try:
            self.import_now()
        except Cancelled:
            self.summary.setText(self.tr("Import abgebrochen; nichts wurde geändert."))
            return
        except Exception as exc:  # shown plainly, nothing was written
            show_error(self, self.tr("Import fehlgeschlagen"), exc)
            return
        self.accept()
