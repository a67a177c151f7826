"""What may still identify a person after anonymisation: a warning, not a removal.

Places ("aus Titisee-Neustadt"), rare roles ("die einzige Notarin"), ages and the
person's own profession, so that the practitioner can check before sending.
"""

from __future__ import annotations

import re

from empfehlung_desktop.i18n import _
from empfehlung_desktop.services.referrals.anonymize_fold import skeleton
from empfehlung_desktop.services.referrals.anonymize_terms import Identity

# Words that may identify although they are no name: a warning, not a removal.
_RARE_ROLES = (
    "notar", "notarin", "bürgermeister", "bürgermeisterin", "pfarrer", "pfarrerin",
    "apotheker", "apothekerin", "tierarzt", "tierärztin", "hebamme", "bestatter",
    "bestatterin", "schornsteinfeger", "richter", "richterin", "landrat", "landrätin",
    "abgeordneter", "abgeordnete", "chefarzt", "chefärztin", "schulleiter",
    "schulleiterin", "rektor", "rektorin", "dekan", "dekanin", "bischof", "intendant",
    "intendantin", "trainer der", "bundesliga", "olympia", "nationalspieler",
    "nationalspielerin", "vorstandsvorsitzender", "vorstandsvorsitzende",
    "geschäftsführer", "geschäftsführerin", "inhaber", "inhaberin", "gründer", "gründerin",
    "steuerberater", "steuerberaterin", "zahnarzt", "zahnärztin", "hausarzt", "hausärztin",
)  # fmt: skip
_AGE = re.compile(
    r"\b\d{1,2}\s?(?:-\s?)?(?:jährige[rn]?|jährig|Jahre(?:n)?\s+alt|Jahre|J\.)"
    r"|\b(?:Anfang|Mitte|Ende)\s+(?:\d0|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig)"
    r"|\bJahrgang\s+\d{2,4}|\bgeb(?:oren|\.)\s+\d",
    re.IGNORECASE,
)
_UNIQUE = re.compile(
    r"\b(?:der|die|das|den|dem)\s+(?:einzige[nmrs]?|bekannteste[nmrs]?|"
    r"größte[nmrs]?|älteste[nmrs]?|jüngste[nmrs]?)\s+[\wäöüß\-]+",
    re.IGNORECASE,
)
_PLACE_HINT = re.compile(
    r"\b(?:in|aus|bei|nahe|nähe|um|Raum|Region|Landkreis|Kreis|Stadtteil|Ortsteil|nach)\s+"
    r"(?P<place>[A-ZÄÖÜ][a-zäöüß]+(?:[\-][A-ZÄÖÜ]?[a-zäöüß]+)?(?:\s+(?:im|am|an der)\s+"
    r"[A-ZÄÖÜ][a-zäöüß]+)?)"
)
# Capitalised words after "in"/"aus" that are ordinary nouns, not places.
_NOT_A_PLACE = re.compile(
    r"(?:ung|heit|keit|schaft|zeit|ion|tät|nis|tum|ik|ismus|ment|enz|anz|ur|ie|ei|"
    r"ling|sal|werk|team|firma|fragen|sachen|ruhe|form|phase|rente|teilzeit|vollzeit|"
    r"elternzeit|kürze|zukunft|richtung|bezug|hinblick|ordnung)$",
    re.IGNORECASE,
)
_NOT_A_PLACE_WORDS = frozenset(
    [
        "Ruhe",
        "Eile",
        "Zukunft",
        "Bezug",
        "Frage",
        "Sachen",
        "Kürze",
        "Absprache",
        "Abstimmung",
        "Person",
        "Firma",
        "Berlin-Mitte",
        "Deutschland",
        "Europa",
        "Österreich",
        "Schweiz",
        "Praxis",
        "Rente",
        "Wochen",
        "Monaten",
        "Jahren",
        "Tagen",
        "Zeit",
        "Elternzeit",
        "Teilzeit",
        "Vollzeit",
        "Ordnung",
        "Kontakt",
        "Anfang",
        "Ende",
    ]
)


_NOBODY = Identity()


def still_identifying(text: str, identity: Identity = _NOBODY) -> tuple[str, ...]:
    """What may still identify the person although it is no name: places, roles, ages."""
    warnings: list[str] = []
    seen: set[str] = set()

    def warn(message: str, key: str) -> None:
        if key.casefold() not in seen:
            seen.add(key.casefold())
            warnings.append(message)

    for match in _PLACE_HINT.finditer(text):
        place = match.group("place")
        if place in _NOT_A_PLACE_WORDS or _NOT_A_PLACE.search(place):
            continue
        message = _("Ortsangabe „{value}“: ein Ort kann die Person erkennbar machen.")
        warn(message.format(value=place), place)
    folded = skeleton(text)
    for role in _RARE_ROLES:
        if re.search(rf"\b{re.escape(skeleton(role))}", folded):
            message = _("Berufs- oder Rollenangabe „{value}“: in einem kleinen Umfeld erkennbar.")
            warn(message.format(value=role.title()), role)
    for word in re.findall(r"[\wäöüß]{5,}", identity.profession):
        if skeleton(word) in folded:
            warn(_("Beruf der Person „{value}“ steht im Text.").format(value=word), word)
    for match in _UNIQUE.finditer(text):
        message = _("„{value}“: eine einmalige Rolle kann die Person erkennbar machen.")
        warn(message.format(value=match.group()), match.group())
    for match in _AGE.finditer(text):
        message = _("Altersangabe „{value}“: zusammen mit anderem erkennbar.")
        warn(message.format(value=match.group().strip()), match.group())
    return tuple(warnings)
