"""„Mein Profil“: who I am, my logo, and the sections of the "Warum Sie" page."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop import i18n
from empfehlung_desktop.errors import StoreError, UserError, ValidationError
from empfehlung_desktop.services.engagements import handout as handout_service
from empfehlung_desktop.services.engagements import profile as profile_service
from empfehlung_desktop.services.feedback import themes
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.engagements.handout_pdf import build_in_temp_folder
from empfehlung_desktop.ui.profile.sections_model import SectionsModel
from empfehlung_desktop.ui.widgets import file_dialogs
from empfehlung_desktop.ui.widgets.view_base import View

_FIELDS = ("name", "title", "email", "phone", "website")


class ProfileView(View):
    """Edits the one practice profile; "Vorschau" shows a sample handout."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._version: int | None = None
        self._logo: bytes | None = None
        self._dirty = False
        self._loading = False
        self._language = profile_service.BASE_LANGUAGE

        self.language_combo = QComboBox()
        # Each language by its own name, as in the main window's language menu.
        self.language_combo.addItem("Deutsch", "de")
        self.language_combo.addItem("English", "en")
        self.language_combo.setToolTip(
            self.tr(
                "Handouts in einer Sprache zeigen das Profil dieser Sprache. Name, Kontakt "
                "und Logo gelten für alle Sprachen."
            )
        )
        self.language_combo.currentIndexChanged.connect(self._on_language_chosen)
        self.language_state = QLabel()
        self.language_state.setStyleSheet(theme.text_style("muted"))

        self.edits = {name: QLineEdit() for name in _FIELDS}
        self.edits["title"].setPlaceholderText(self.tr("z. B. Coaching für Führungskräfte"))
        self.edits["website"].setPlaceholderText("www.beispiel.de")
        self.address_edit = QPlainTextEdit()
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setMaximumHeight(70)
        self.logo_label = QLabel(self.tr("Kein Logo"))
        self.logo_label.setFixedSize(180, 80)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setStyleSheet(theme.qss("border: 1px solid @mid; color: @muted"))
        self.logo_button = QPushButton(self.tr("Logo &wählen …"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_remove = QPushButton(self.tr("Logo entfernen"))
        self.logo_remove.clicked.connect(self.remove_logo)

        self.sections = SectionsModel(self)
        self.sections.edited.connect(self._mark_dirty)
        self.section_list = QListView()
        self.section_list.setModel(self.sections)
        self.section_list.selectionModel().currentChanged.connect(self._on_current_section)
        self.up_button = QPushButton(self.tr("Nach &oben"))
        self.down_button = QPushButton(self.tr("Nach &unten"))
        self.add_button = QPushButton(self.tr("Abschnitt &hinzufügen"))
        self.remove_button = QPushButton(self.tr("Abschnitt entfernen"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.add_button.clicked.connect(self.add_section)
        self.remove_button.clicked.connect(self.remove_current)
        self.section_title = QLineEdit()
        self.section_title.setMaxLength(200)
        self.section_body = QPlainTextEdit()
        self.section_body.setTabChangesFocus(True)
        self.section_title.textEdited.connect(self._store_section_text)
        self.section_body.textChanged.connect(self._store_section_text)

        self.benefit_label = QLabel()
        self.benefit_label.setWordWrap(True)
        self.benefit_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.benefit_copy = QPushButton(self.tr("&Kopieren"))
        self.benefit_copy.setToolTip(
            self.tr("Den Satz in die Zwischenablage kopieren, um ihn in einen Abschnitt einzufügen")
        )
        self.benefit_copy.clicked.connect(self.copy_benefit)
        self._benefit_sentence = ""

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(theme.text_style("error"))
        self.save_button = QPushButton(self.tr("&Speichern"))
        self.save_button.clicked.connect(self.save)
        self.preview_button = QPushButton(self.tr("&Vorschau"))
        self.preview_button.setToolTip(self.tr("Beispiel-Handout für eine erfundene Interessentin"))
        self.preview_button.clicked.connect(self.preview)
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)
        for edit in self.edits.values():
            edit.textEdited.connect(self._mark_dirty)
        self.address_edit.textChanged.connect(self._mark_dirty)
        self._build_layout()
        self._update_section_buttons()

    def _build_layout(self) -> None:
        about = QGroupBox(self.tr("Über mich"))
        about_layout = QVBoxLayout(about)
        form = QFormLayout()
        about_layout.addLayout(form)
        about_layout.addStretch(1)
        labels = {
            "name": self.tr("&Name:"),
            "title": self.tr("&Tätigkeit/Titel:"),
            "email": self.tr("&E-Mail:"),
            "phone": self.tr("Tele&fon:"),
            "website": self.tr("&Website:"),
        }
        for name in _FIELDS:
            form.addRow(labels[name], self.edits[name])
        form.addRow(self.tr("&Anschrift:"), self.address_edit)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_button)
        logo_buttons.addWidget(self.logo_remove)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label)
        logo_row.addLayout(logo_buttons)
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow(QLabel(self.tr("PNG oder JPEG, höchstens 2 MB.")))

        sections = QGroupBox(self.tr("Abschnitte der „Warum Sie“-Seite"))
        list_buttons = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.add_button, self.remove_button):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        list_row = QHBoxLayout()
        list_row.addWidget(self.section_list, 1)
        list_row.addLayout(list_buttons)
        editor = QFormLayout()
        editor.addRow(self.tr("Über&schrift:"), self.section_title)
        editor.addRow(self.tr("Te&xt:"), self.section_body)
        hint = QLabel(
            self.tr(
                "Häkchen = erscheint im Handout. Leerzeile = neuer Absatz; Zeilen, die mit "
                "„• “ oder „- “ beginnen, werden Aufzählungspunkte."
            )
        )
        hint.setWordWrap(True)
        section_layout = QVBoxLayout(sections)
        section_layout.addLayout(list_row, 2)
        section_layout.addLayout(editor, 3)
        section_layout.addWidget(hint)
        benefit_box = QGroupBox(self.tr("Was Kundinnen und Kunden verlässlich mitnehmen"))
        benefit_row = QHBoxLayout(benefit_box)
        benefit_row.addWidget(self.benefit_label, 1)
        benefit_row.addWidget(self.benefit_copy, 0, Qt.AlignmentFlag.AlignTop)
        section_layout.addWidget(benefit_box)

        splitter = QSplitter()
        splitter.addWidget(about)
        splitter.addWidget(sections)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 720])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Profil in der Sprache:")))
        top.addWidget(self.language_combo)
        top.addWidget(self.language_state, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error_label, 1)
        bottom.addWidget(self.preview_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    # -- loading and saving ---------------------------------------------------
    def refresh(self) -> None:
        if self._dirty:
            return  # never throw away what the user typed
        self.load_language(self._language)

    def load_language(self, language: str) -> bool:
        """Show the profile in ``language`` (a new one starts with our example texts)."""
        try:
            with self.context.db.session() as session:
                data = profile_service.profile_for_editing(session, language)
                stored = profile_service.profile_languages(session)
        except (UserError, StoreError) as exc:
            self.error_label.setText(str(exc))
            return False
        self.load(data)
        self._show_benefit()
        if language in stored:
            self.language_state.setText(
                self.tr("Tätigkeit/Titel und Abschnitte gelten für Handouts in dieser Sprache.")
            )
        else:
            self.language_state.setText(
                self.tr(
                    "Noch kein Profil in dieser Sprache: bis es gespeichert ist, zeigen "
                    "Handouts in dieser Sprache das deutsche Profil und werden nicht versandt."
                )
            )
        return True

    def _show_benefit(self) -> None:
        """The sentence the feedback evaluation suggests, in the profile's language."""
        try:
            with self.context.db.reader() as session, _language(self._language):
                benefit = themes.reliable_benefit(session)
        except StoreError:
            benefit = None
        self._benefit_sentence = benefit.sentence if benefit else ""
        if benefit is None:
            self.benefit_label.setText(
                self.tr(
                    "Sobald mindestens drei begeisterte Kundinnen oder Kunden (9–10) Feedback "
                    "mit gemeinsamen Themen gegeben haben, steht hier ein Satz für Ihre Seite."
                )
            )
        else:
            words = ", ".join(theme.word for theme in benefit.themes)
            self.benefit_label.setText(
                self.tr("Vorschlag aus Ihrem Feedback (häufigste Themen: {themes}):\n{sentence}")
                .replace("{themes}", words)
                .replace("{sentence}", benefit.sentence)
            )
        self.benefit_copy.setEnabled(bool(self._benefit_sentence))

    def copy_benefit(self) -> None:
        if self._benefit_sentence:
            QGuiApplication.clipboard().setText(self._benefit_sentence)
            self.context.show_status(self.tr("Satz in die Zwischenablage kopiert."))

    def _on_language_chosen(self, index: int) -> None:
        language = str(self.language_combo.itemData(index))
        if self._loading or language == self._language:
            return
        if self._dirty and not self.save():
            self._show_language(self._language)  # stay where the unsaved changes are
            return
        self.load_language(language)

    def _show_language(self, language: str) -> None:
        was_loading = self._loading
        self._loading = True
        try:
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        finally:
            self._loading = was_loading

    def load(self, data: profile_service.ProfileData) -> None:
        self._language = data.language
        self._show_language(data.language)
        self._loading = True
        try:
            for name in _FIELDS:
                self.edits[name].setText(getattr(data, name))
            self.address_edit.setPlainText(data.address)
            self._set_logo(data.logo)
            self.sections.set_sections(data.sections)
            self._version = data.version
            if self.sections.rowCount():
                self.select_section(0)
            else:
                self._on_current_section()
        finally:
            self._loading = False
        self._dirty = False
        self.error_label.clear()

    def profile_data(self) -> profile_service.ProfileData:
        return profile_service.ProfileData(
            **{name: self.edits[name].text() for name in _FIELDS},
            address=self.address_edit.toPlainText(),
            logo=self._logo,
            sections=self.sections.sections(),
            version=self._version,
            language=self._language,
        )

    def save(self) -> bool:
        try:
            with self.context.db.session() as session:
                saved = profile_service.save_profile(session, self.profile_data())
                data = profile_service.profile_data(saved, self._language)
        except ValidationError as exc:
            self.error_label.setText(exc.message)
            return False
        except (UserError, StoreError) as exc:
            self.error_label.setText(str(exc))
            QMessageBox.warning(self, self.tr("Mein Profil"), str(exc))
            return False
        row = self.section_list.currentIndex().row()
        self.load(data)
        if 0 <= row < self.sections.rowCount():
            self.select_section(row)
        self.context.show_status(self.tr("Profil gespeichert."))
        self.context.data_changed("profile")
        return True

    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True

    @property
    def dirty(self) -> bool:
        return self._dirty

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def save_changes(self) -> bool:
        return self.save()

    # -- logo -----------------------------------------------------------------
    def choose_logo(self) -> None:
        chosen, _filter = file_dialogs.get_open_file_name(
            self, self.tr("Logo wählen"), "", self.tr("Bilder (*.png *.jpg *.jpeg)")
        )
        if chosen:
            self.set_logo_file(Path(chosen))

    def set_logo_file(self, path: Path) -> bool:
        try:
            raw = path.read_bytes()
            profile_service.validate_logo(raw)
        except OSError as exc:
            self.error_label.setText(
                self.tr("Die Datei kann nicht gelesen werden: {error}").format(
                    error=exc.strerror or str(exc)
                )
            )
            return False
        except ValidationError as exc:
            self.error_label.setText(exc.message)
            return False
        self.error_label.clear()
        self._set_logo(raw)
        self._mark_dirty()
        return True

    def remove_logo(self) -> None:
        if self._logo is not None:
            self._set_logo(None)
            self._mark_dirty()

    def _set_logo(self, raw: bytes | None) -> None:
        self._logo = raw or None
        pixmap = QPixmap()
        if raw and pixmap.loadFromData(raw):
            self.logo_label.setPixmap(
                pixmap.scaled(
                    self.logo_label.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("Kein Logo"))
        self.logo_remove.setEnabled(self._logo is not None)

    # -- sections -------------------------------------------------------------
    def select_section(self, row: int) -> None:
        self.section_list.selectionModel().setCurrentIndex(
            self.sections.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def current_row(self) -> int:
        return self.section_list.currentIndex().row()

    def _on_current_section(self, *_args: object) -> None:
        section = self.sections.section(self.current_row())
        was_loading = self._loading
        self._loading = True
        try:
            self.section_title.setText(section.title if section else "")
            self.section_body.setPlainText(section.body if section else "")
        finally:
            self._loading = was_loading
        self.section_title.setEnabled(section is not None)
        self.section_body.setEnabled(section is not None)
        self._update_section_buttons()

    def _store_section_text(self, *_args: object) -> None:
        if self._loading:
            return
        self.sections.set_text(
            self.current_row(), self.section_title.text(), self.section_body.toPlainText()
        )

    def _update_section_buttons(self) -> None:
        row = self.current_row()
        count = self.sections.rowCount()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(self.sections.can_remove(row))

    def move_current(self, delta: int) -> None:
        row = self.current_row()
        if row >= 0:
            self.select_section(self.sections.move(row, delta))

    def add_section(self) -> None:
        row = self.sections.add(self.tr("Neuer Abschnitt"))
        self.select_section(row)
        self.section_title.selectAll()
        self.section_title.setFocus()

    def remove_current(self) -> None:
        row = self.current_row()
        if self.sections.remove(row) and self.sections.rowCount():
            self.select_section(min(row, self.sections.rowCount() - 1))
        self._on_current_section()

    # -- preview --------------------------------------------------------------
    def preview(self) -> None:
        """Build a sample handout from what is on screen (saved or not) and show it."""
        from empfehlung_desktop.ui.engagements.preview import HandoutPreviewDialog

        try:
            with _language(self._language):  # the sample handout speaks the profile's language
                data = handout_service.sample_handout_data(
                    self.profile_data(), self.context.clock.now()
                )
                folder, path = build_in_temp_folder(data, prefix="warum-sie-vorschau-")
        except OSError as exc:
            self.error_label.setText(str(exc))
            return
        dialog = HandoutPreviewDialog(
            path, self.tr("Warum-Sie_Beispiel.pdf"), can_mark_sent=False, parent=self
        )
        dialog.finished.connect(lambda _result: folder.cleanup())
        dialog.open()


@contextmanager
def _language(language: str) -> Iterator[None]:
    """Texts outside the user interface (PDFs, suggestions) in ``language`` for a moment."""
    shown = i18n.current_language()
    i18n.set_language(language)
    try:
        yield
    finally:
        i18n.set_language(shown)
