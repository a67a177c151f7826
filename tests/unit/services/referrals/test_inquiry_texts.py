"""Realistic inquiry texts: the recipient written in many ways must not get through.

Each text is how a practitioner might note a need; the check is independent of the
implementation: no spelling of a name part, the e-mail, the organisation or the
phone digits may be left, and the German around the placeholders stays grammatical.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from empfehlung_desktop.services.referrals.anonymize import anonymize_report
from empfehlung_desktop.services.referrals.anonymize_terms import Identity

HANS = Identity(
    name="Hans-Peter Müller-Lüdenscheidt",
    email="hp.mueller@ml-bau.de",
    phone="0171 2345678",
    organisation="Müller Architekten GmbH",
    profession="Architekt",
)
ZYPRIAN = Identity(
    name="Dr. Zyprian Quastenhuber",
    email="z.quastenhuber@quastenhuber-holzbau.de",
    phone="+49 761 5551234",
    organisation="Quastenhuber Holzbau",
)
LUKASZ = Identity(name="Łukasz Wójcik", email="lukasz.wojcik@gmx.de", phone="+48 601 234 567")
ANNE = Identity(
    name="Anne-Sophie Oehler",
    email="a.oehler@web.de",
    phone="0664 1234567",
    organisation="Oehler & Partner",
)
CHANTAL = Identity(
    name="Chantal Schäfer",
    email="chantal@schaefer-design.de",
    phone="030 98765432",
    organisation="Schäfer Design",
)
SHY, ZWSP, ZWJ = "\u00ad", "\u200b", "\u200d"
CYR_A, CYR_O, CYR_E, GREEK_O = "\u0430", "\u043e", "\u0435", "\u03bf"

CASES: list[tuple[Identity, str]] = [
    (HANS, "Hans-Peter Müller-Lüdenscheidt sucht Unterstützung bei der Nachfolge."),
    (HANS, "Herr Mül" + SHY + "ler-Lüden" + SHY + "scheidt braucht ein Coaching."),
    (HANS, "Hans" + ZWSP + "-Peter möchte sein Team neu aufstellen."),
    (HANS, "H.-P. M.-L. (Architekt) möchte sein Büro übergeben."),
    (HANS, "Ruf bitte HP Müller an: 0171.234.5678."),
    (HANS, "Erreichbar unter 0171 / 23 45 678, am besten abends."),
    (HANS, "Tel. +49 171 2345678 oder mobil 0049 (0)171-234 56 78."),
    (HANS, "Vorwahl 0171, dann 2345678 – nach 18 Uhr."),
    (
        HANS,
        "Müll"
        + CYR_E
        + "r-Lüdenscheidt hat mich gefragt; die Firma Müll"
        + CYR_E
        + "r Architekten wächst.",
    ),
    (HANS, "Mail an hp.mueller@ml-bau.de oder HP.MUELLER@ML-BAU.DE."),
    (HANS, "Das Büro (Müller Architektur) sitzt in der Hauptstraße 12, 79822 Titisee-Neustadt."),
    (HANS, "Für Herrn Mueller-Luedenscheidt ist es das erste Coaching."),
    (HANS, "Mit Müller habe ich schon gesprochen; Müllers Frau ist einverstanden."),
    (HANS, "MÜLLER-LÜDENSCHEIDT, Hans-Peter: Übergabe an die Tochter geplant."),
    (HANS, "Ein Gespräch mit H. Müller-Lüdenscheidt am 12.03.2026 ergab Bedarf."),
    (ZYPRIAN, "Dr. Quastenhuber sucht jemanden für die Nachfolge in der Zimmerei."),
    (ZYPRIAN, "Zyprian ist ein toller Handwerker und braucht Hilfe beim Marketing."),
    (ZYPRIAN, "Quastenhuber Holzbau wächst; der Inhaber Z. Quastenhuber ist überlastet."),
    (ZYPRIAN, "Kontakt: z.quastenhuber@quastenhuber-holzbau.de, 0761 555 1234."),
    (ZYPRIAN, "Qu" + CYR_A + "stenhuber meldet sich unter 0761-555-12-34."),
    (ZYPRIAN, "Herrn Quasten" + ZWJ + "huber erreiche ich über www.quastenhuber-holzbau.de."),
    (ZYPRIAN, "Der einzige Zimmermann in Titisee, 58 Jahre alt, Quastenhubers Betrieb."),
    (ZYPRIAN, "Z. Q. möchte anonym bleiben; Adresse Am Mühlbach 7, 79856 Hinterzarten."),
    (ZYPRIAN, "Bei QUASTENHUBER HOLZBAU fehlt eine klare Positionierung."),
    (ZYPRIAN, "Ansprechpartner: Dr. med. Zyprián Quastenhüber (privat +49 (0)761 555 12 34)."),
    (LUKASZ, "Łukasz Wójcik sucht einen Steuerberater für seine Gründung."),
    (LUKASZ, "Lukasz Wojcik braucht Unterstützung, Tel. 0048 601 234 567."),
    (LUKASZ, "Herr Wojcik (lukasz.wojcik@gmx.de) ist Gründer in Freiburg."),
    (LUKASZ, "W" + CYR_O + "jcik, Łukasz – erreichbar unter +48 601-234-567."),
    (LUKASZ, "Ł. W. plant eine Ausgründung; die Nummer ist 601 234 567."),
    (ANNE, "Anne-Sophie Oehler möchte als Führungskraft sicherer auftreten."),
    (ANNE, "Frau Öhler ist seit Januar Teamleiterin."),
    (ANNE, "A.-S. Ö. hat mich über ihre Kollegin gefunden."),
    (ANNE, "Oehler & Partner sucht Begleitung im Change; Anne-Sophie leitet das Projekt."),
    (ANNE, "Erreichbar: 0664 123 45 67 oder a.oehler@web.de."),
    (ANNE, "Anne" + SHY + "-Sophie \u039fehler, 1010 Wien, möchte anonym bleiben."),
    (ANNE, "Ich habe mit Frau Oehler telefoniert (+43 664 1234567)."),
    (CHANTAL, "Chantal Schäfer sucht eine Texterin für ihre Website."),
    (CHANTAL, "Schaefer Design braucht neue Kundschaft; Chantal ist kreativ."),
    (CHANTAL, "Frau SCHAFER ruft unter 030-98765432 zurück."),
    (CHANTAL, "Mail chantal@schaefer-design.de, Tel. (030) 987 654 32."),
    (CHANTAL, "Mit Chantal Sch" + CYR_A + "efer habe ich vereinbart, dass ich frage."),
    (CHANTAL, "C. Schäfer, Berliner Str. 45, 10115 Berlin, Mitte 40, Designerin."),
    (CHANTAL, "Von Schäfers Agentur gibt es noch kein Logo; Schäfer Design ist neu."),
    (CHANTAL, "Für Frau Schäfer ist ein Termin abends wichtig, 030 9876 5432."),
]


def fold(text: str) -> str:
    """The test's own folding: case, accents, umlaut spellings, look-alikes, invisibles."""
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = text.translate(str.maketrans({CYR_A: "a", CYR_O: "o", CYR_E: "e", GREEK_O: "o"}))
    text = text.casefold().replace("ł", "l")
    for pair, umlaut in (("ae", "a"), ("oe", "o"), ("ue", "u")):
        text = text.replace(pair, umlaut)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def forbidden(identity: Identity) -> list[str]:
    titles = {"dr", "prof", "med"}
    parts = [
        p
        for p in re.split(r"[\s\-&]+", identity.name)
        if p and p.strip(".").casefold() not in titles
    ]
    org = [w for w in re.split(r"[\s&]+", identity.organisation) if len(w) >= 4]
    org = [w for w in org if w.casefold() not in ("gmbh", "partner", "design", "architekten")]
    values = [identity.name, identity.email, identity.organisation, *parts, *org]
    return sorted({fold(v) for v in values if v.strip()}, key=len, reverse=True)


def phone_tail(identity: Identity) -> str:
    return re.sub(r"\D", "", identity.phone)[-7:]


@pytest.mark.parametrize(("identity", "text"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_recipient_is_not_recognisable(identity: Identity, text: str) -> None:
    result = anonymize_report(text, identity)
    out = fold(result.text)
    words = set(re.findall(r"\w+", out))
    for value in forbidden(identity):
        if " " in value or "@" in value or "." in value:
            assert value not in out, (value, result.text)
        else:
            assert value not in words, (value, result.text)
    assert phone_tail(identity) not in re.sub(r"\D", "", result.text), result.text
    # initials of the name are gone too
    assert not re.search(r"\b[HM]\.\s?-\s?[PL]\.", result.text), result.text
    assert result.removed, text
    # grammatical German around the placeholders
    assert not re.search(r"\b(mit|von|bei|zu|nach|aus|seit) die Person\b", result.text), result.text
    assert not re.search(r"die Person [A-ZÄÖÜ][a-zäöü]+(?:ur|en)\b", result.text), result.text
    assert "\u00ad" not in result.text and "\u200b" not in result.text


def test_there_are_at_least_forty_texts() -> None:
    assert len(CASES) >= 40


def test_what_was_removed_and_what_still_identifies() -> None:
    result = anonymize_report(
        "Der einzige Steuerberater in Titisee, 52 Jahre alt, Tel. 0171 2345678, Herr Müller.",
        HANS,
    )
    assert result.text.startswith("Der einzige Steuerberater in Titisee, 52 Jahre alt, Tel. ")
    assert any("Telefon" in r for r in result.removed)
    assert any("Name" in r for r in result.removed)
    joined = " ".join(result.warnings)
    assert "Titisee" in joined and "52 Jahre" in joined and "einzige Steuerberater" in joined


def test_cases_are_grammatical_german() -> None:
    assert anonymize_report("Ich habe mit Herrn Müller gesprochen.", HANS).text == (
        "Ich habe mit der Person gesprochen."
    )
    assert anonymize_report("Das Büro (Müller Architektur) ist klein.", HANS).text == (
        "Das Büro ([Organisation]) ist klein."
    )
    assert anonymize_report("Für Frau Schäfer passt abends.", CHANTAL).text == (
        "Für die Person passt abends."
    )


def test_ordinary_numbers_and_dates_stay() -> None:
    text = "Start am 12.03.2026, Budget 1.200.000 Euro, 15 Mitarbeitende, seit 2019."
    assert anonymize_report(text, HANS).text == text
