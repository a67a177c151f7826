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


def practice_profile_en() -> ProfileData:
    """The same practice's profile for handouts in English."""
    german = practice_profile()
    texts = {
        "audience": (
            "Who I work with",
            "Self-employed people and owners of small businesses who sense that the way "
            "they present themselves no longer matches what they can do today.",
        ),
        "problems": (
            "Which problems I solve",
            "You explain your offer differently every time. Good clients only understand "
            "in the third conversation what makes you special. Your prices feel too high.",
        ),
        "approach": (
            "How I work",
            "In four to six sessions over three months we work out your positioning, your "
            "core message and the first texts. Between sessions you put them into practice "
            "and try them out.",
        ),
        "my_expectations": (
            "What I expect from you",
            "Initiative, the willingness to focus on what matters and let go of the rest, "
            "and consistency in putting things into practice. I do not deliver a "
            "ready-made solution to pick up.",
        ),
        "your_expectations": (
            "What you can expect from me",
            "Honest feedback, clear questions and texts that sound like you. I answer "
            "within two working days.",
        ),
        "not_for": (
            "When I am not the right person",
            "If you need a new logo within a week or are looking for an agency that does "
            "everything for you. I will then gladly recommend someone from my network.",
        ),
        "next_steps": (
            "What happens next",
            "In the first meeting we find out whether we are a good fit. Afterwards you "
            "receive a proposal at a fixed price.",
        ),
    }
    return ProfileData(
        name=german.name,
        title="Brand consulting for the self-employed and small businesses",
        email=german.email,
        phone=german.phone,
        website=german.website,
        address=german.address,
        sections=[Section(key, *texts[key]) for key in (s.key for s in german.sections)],
        language="en",
    )
