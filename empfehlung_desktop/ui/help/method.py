"""Hilfe → Die Methode: a few short pages on how referrals are worked with here."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


class MethodDialog(QDialog):
    """The method in five pages: three people, three steps, temperature, spiral, Heute."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Die Methode"))
        self.resize(760, 480)
        self.pages = self._pages()
        self.index = QListWidget()
        self.index.addItems([title for title, _body in self.pages])
        self.index.setMaximumWidth(220)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.index.currentRowChanged.connect(self.show_page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.index)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.index.setCurrentRow(0)

    def show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            title, body = self.pages[row]
            self.text.setHtml(f"<h2>{title}</h2>{body}")

    def _pages(self) -> list[tuple[str, str]]:
        return [
            (
                self.tr("Die drei Beteiligten"),
                self.tr(
                    "<p>Jede Empfehlung hat drei Beteiligte: wer empfiehlt, wer empfohlen wird "
                    "und wer das Anliegen hat. Sie können jede dieser Rollen haben: Man "
                    "empfiehlt Sie (eingehend), Sie geben eine Anfrage an einen Partner weiter "
                    "(ausgehend), oder Sie machen zwei Menschen miteinander bekannt "
                    "(Vorstellung).</p>"
                ),
            ),
            (
                self.tr("Die drei Schritte"),
                self.tr(
                    "<p>Wenn Sie weiterempfehlen: <b>1.</b> Bedarf klären und die Einwilligung "
                    "festhalten, ob die Kontaktdaten weitergegeben werden dürfen. <b>2.</b> "
                    "Einen passenden Partner anonym anfragen. <b>3.</b> Vermitteln: wer meldet "
                    "sich bei wem, bis wann – und später nachfassen, wie es gelaufen ist.</p>"
                    "<p>Ohne Einwilligung bleibt die Person anonym und erhält die Daten des "
                    "Partners.</p>"
                ),
            ),
            (
                self.tr("Temperatur"),
                self.tr(
                    "<p>Die Temperatur (eins bis fünf) beschreibt, wie warm eine Empfehlung "
                    "ankommt: von „hat Ihren Namen genannt“ bis „hat Sie begeistert "
                    "vorgestellt und wartet auf Ihren Anruf“. Je wärmer, desto weniger müssen "
                    "Sie selbst überzeugen.</p>"
                ),
            ),
            (
                self.tr("Die Empfehlungsspirale"),
                self.tr(
                    "<p>Die Spirale zeigt, wie nah Ihnen ein Mensch ist – vom Kontakt über die "
                    "Kundin bis zum Fan, der Sie von sich aus weiterempfiehlt. Die App schlägt "
                    "nach Feedback und Empfehlungen eine nächste Stufe vor; ändern tun Sie sie "
                    "selbst.</p>"
                ),
            ),
            (
                self.tr("Heute"),
                self.tr(
                    "<p>Heute sammelt, was fällig ist: Dank an Empfehlungsgeber, Nachfassen, "
                    "Erstgespräche ohne „Warum Sie“, Feedback am Projektende und wen Sie um "
                    "eine Empfehlung bitten könnten. Erledigen, verschieben oder öffnen – "
                    "jeder Punkt führt zu seinem Datensatz.</p>"
                ),
            ),
        ]
