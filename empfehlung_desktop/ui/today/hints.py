"""The one-line hint under each "Heute" section title: why these items are due."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from empfehlung_desktop.model import AgendaKind

K = AgendaKind


def section_hints() -> dict[AgendaKind, str]:
    return {
        K.FOLLOW_UP: QCoreApplication.translate(
            "TodayView", "Fragen Sie nach, ob Ihre Empfehlung gepasst hat."
        ),
        K.THANK_REFERRER: QCoreApplication.translate(
            "TodayView", "Wer Sie empfohlen hat, freut sich über ein Dankeschön."
        ),
        K.SEND_HANDOUT: QCoreApplication.translate(
            "TodayView", "Erstgespräche in den nächsten Tagen: vorher die Erwartungen klären."
        ),
        K.REQUEST_FEEDBACK: QCoreApplication.translate(
            "TodayView", "Abgeschlossene Aufträge: Was ist jetzt zum ersten Mal möglich?"
        ),
        K.ASK_FOR_REFERRAL: QCoreApplication.translate(
            "TodayView", "Kunden in Sympathie, Begeisterung oder Loyalität – der richtige Moment."
        ),
        K.SPIRAL_SUGGESTION: QCoreApplication.translate(
            "TodayView", "Feedback oder Empfehlungen sprechen für eine andere Stufe."
        ),
        K.KEEP_IN_TOUCH: QCoreApplication.translate(
            "TodayView", "Länger nichts voneinander gehört – am längsten überfällig zuerst."
        ),
        K.REMINDER: QCoreApplication.translate(
            "TodayView", "Ihre eigenen Erinnerungen, die älteste zuerst."
        ),
        K.BIRTHDAY: QCoreApplication.translate(
            "TodayView", "In den nächsten sieben Tagen – Zeit für eine Karte oder einen Anruf."
        ),
    }
