"""Katrin Sommerfeld's "Warum Sie" profile: who she works for and what she expects."""

from __future__ import annotations

from empfehlung_desktop.services.engagements.profile import ProfileData, Section


def practice_profile() -> ProfileData:
    """A fresh copy of the sample practice's profile (the caller may change it)."""
    return ProfileData(
        name="Katrin Sommerfeld",
        title="Markenberatung für Selbstständige und kleine Unternehmen",
        email="kontakt@sommerfeld-marken.example",
        phone="+49 761 4567890",
        website="www.sommerfeld-marken.example",
        address="Schwabentorring 12\n79098 Freiburg im Breisgau",
        sections=[
            Section(
                "audience",
                "Für wen ich arbeite",
                "Für Selbstständige und Inhaber kleiner Unternehmen, die spüren, dass ihr "
                "Auftritt nicht mehr zu dem passt, was sie heute können.",
            ),
            Section(
                "problems",
                "Welche Probleme ich löse",
                "Sie erklären Ihr Angebot jedes Mal anders. Gute Kunden verstehen erst im "
                "dritten Gespräch, was Sie besonders macht. Ihre Preise fühlen sich zu "
                "hoch an.",
            ),
            Section(
                "approach",
                "Wie ich arbeite",
                "In vier bis sechs Sitzungen über drei Monate erarbeiten wir Ihre "
                "Positionierung, Ihre Kernbotschaft und die ersten Texte. Zwischen den "
                "Sitzungen setzen Sie um und probieren aus.",
            ),
            Section(
                "my_expectations",
                "Was ich von Ihnen erwarte",
                "Eigeninitiative, die Bereitschaft, sich auf Wesentliches zu "
                "konzentrieren und anderes loszulassen, und Konsequenz in der Umsetzung. "
                "Eine fertige Lösung zum Abholen liefere ich nicht.",
            ),
            Section(
                "your_expectations",
                "Was Sie von mir erwarten können",
                "Ehrliche Rückmeldungen, klare Fragen und Texte, die nach Ihnen klingen. "
                "Ich antworte innerhalb von zwei Werktagen.",
            ),
            Section(
                "not_for",
                "Wann ich nicht die Richtige bin",
                "Wenn Sie in einer Woche ein neues Logo brauchen oder eine Agentur "
                "suchen, die alles für Sie erledigt. Dann empfehle ich Ihnen gern "
                "jemanden aus meinem Netzwerk.",
            ),
            Section(
                "next_steps",
                "Wie es weitergeht",
                "Im Erstgespräch klären wir, ob wir zueinander passen. Danach erhalten "
                "Sie ein Angebot mit festem Preis.",
            ),
        ],
    )
