"""Country names as address books write them, to ISO 3166 codes (for phone numbers).

Only what an address of a German-speaking practice's contacts plausibly names;
an unknown name gives "" and the phone number is then kept as written.
"""

from __future__ import annotations

import re
import unicodedata

_NAMES = {
    "DE": "de deu deutschland germany allemagne germania brd bundesrepublik deutschland",
    "AT": "at aut österreich oesterreich austria autriche",
    "CH": "ch che schweiz switzerland suisse svizzera svizra",
    "LI": "li lie liechtenstein fürstentum liechtenstein",
    "LU": "lu lux luxemburg luxembourg",
    "NL": "nl nld niederlande netherlands the netherlands holland nederland",
    "BE": "be bel belgien belgium belgique belgië",
    "FR": "fr fra frankreich france",
    "IT": "it ita italien italy italia",
    "ES": "es esp spanien spain españa",
    "PL": "pl pol polen poland polska",
    "CZ": "cz cze tschechien czechia czech republic tschechische republik",
    "DK": "dk dnk dänemark denmark danmark",
    "SE": "se swe schweden sweden sverige",
    "NO": "no nor norwegen norway norge",
    "FI": "fi fin finnland finland suomi",
    "GB": "gb gbr uk united kingdom großbritannien grossbritannien england vereinigtes königreich",
    "IE": "ie irl irland ireland",
    "US": "us usa united states united states of america vereinigte staaten amerika",
    "CA": "ca can kanada canada",
    "HU": "hu hun ungarn hungary",
    "PT": "pt prt portugal",
    "GR": "gr grc griechenland greece",
    "TR": "tr tur türkei turkey türkiye",
    "AU": "au aus australien australia",
}


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFC", text.casefold().strip())
    return re.sub(r"[\s.]+", " ", folded).strip(" .")


_LOOKUP: dict[str, str] = {}
_MULTI = {
    "bundesrepublik deutschland",
    "the netherlands",
    "czech republic",
    "tschechische republik",
    "united kingdom",
    "vereinigtes königreich",
    "united states",
    "united states of america",
    "vereinigte staaten",
    "fürstentum liechtenstein",
}
for _code, _names in _NAMES.items():
    for _word in _names.split():
        _LOOKUP[_word] = _code
    for _phrase in _MULTI:
        if _phrase in _names:
            _LOOKUP[_phrase] = _code


def country_code(name: str) -> str:
    """ISO code for a country name or code ("Schweiz", "CH", "Österreich"), else ""."""
    key = _key(name)
    if not key:
        return ""
    return _LOOKUP.get(key, "")
