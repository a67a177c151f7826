"""Which field each column of a CSV file goes to: the header names of real exports.

The headers of our own export (German and English), German Excel lists, Google
(old and new), Outlook (English and German), Thunderbird and LinkedIn are known;
numbered and qualified columns ("Phone 2 - Value", "PLZ (privat)") by pattern.
:mod:`interchange.csv_io` reads the table and uses :func:`suggest_mapping`.
"""

from __future__ import annotations

import re

from empfehlung_desktop.interchange.csv_columns import LABEL_COLUMN, normalise_header

# Normalised header (lower case, letters and digits only) -> target field. Covers
# our own export (German and English), German Excel lists, Google (old and new),
# Outlook (English and German), Thunderbird and LinkedIn.
_HEADER_FIELDS: dict[str, str] = {}
for _target, _names in {
    "name": "name vollständigername anzeigename fullname displayname kontakt kontaktname",
    "salutation": "anrede salutation title nameprefix prefix",
    "title": "titel akademischertitel academictitle",
    "first_name": "vorname firstname givenname rufname",
    "middle_name": "weiterevornamen middlename additionalname zweitervorname",
    "last_name": "nachname familienname lastname surname familyname zuname",
    "name_suffix": "namenszusatz suffix namesuffix",
    "address_form": "ansprache formofaddress",
    "gender": "gender geschlecht",
    "organisation": "firma organisation organization unternehmen company firmenname "
    "arbeitgeber organisationname organizationname organization1name organisationsname",
    "email": "email mail emailadresse email1 emailaddress email1value emailadresse1 "
    "primaryemail email1address emailadressegeschäftlich secondaryemail",
    "phone": "telefon tel telefonnummer phone phonenumber telefongeschäftlich phone1value "
    "businessphone telefonprivat homephone festnetz workphone",
    "mobile": "mobil mobiltelefon handy mobile mobilephone cell cellphone mobilenumber "
    "mobiltelefon2",
    "web": "webseite website webpage homepage internetseite url personalwebpage webpage1 "
    "webpage2 linkedinprofileurl profileurl webseite1 webseite2",
    "messenger": "messengername screenname",
    "birthday": "geburtstag birthday geburtsdatum dateofbirth",
    "birth_year": "birthyear geburtsjahr",
    "birth_month": "birthmonth geburtsmonat",
    "birth_day": "birthday1 birthdayday geburtstagtag",
    "street": "straße strasse street",
    # Not "Nr": in a list that is as often the row's running number.
    "house_number": "hausnummer hausnr housenumber streetnumber",
    "address": "adresse address anschrift",
    "postcode": "plz postleitzahl postcode postalcode zip zipcode",
    "city": "ort stadt city wohnort",
    "region": "region bundesland kanton state",
    "country": "land country landregion countryregion",
    "address_label": "adressebezeichnung addresslabel",
    "profession": "beruf position jobtitle profession tätigkeit "
    "organisationtitel organization1title organizationtitle funktion arbeitstitel",
    "competences": "kompetenzen kompetenz schwerpunkte themen competences",
    "tags": "schlagwörter schlagworte tags kategorien kategorie categories stichworte "
    "stichwörter keywords labels groupmembership gruppen gruppe",
    "notes": "notizen notiz bemerkung bemerkungen kommentar notes note anmerkungen",
    "referred_by": "empfohlenvon referredby recommendedby",
    "roles": "rollen roles",
    "source": "herkunft source",
    "spiral_stage": "spiralstufe spiralstage",
    "consent_share": "einwilligungweitergabe consenttoshare consenttopasson",
    "consent_share_on": "einwilligungam consentgivenon",
    "uid": "uid",
    "more": "weitereangaben moredetails",
}.items():
    for _name in _names.split():
        _HEADER_FIELDS[_name] = _target

# Header patterns of the vendors' numbered and qualified columns, in order.
_HEADER_PATTERNS = [
    (re.compile(r"^email\d*(value|adresse|address)?\d*$"), "email"),
    (re.compile(r"^(phone|telefon)\d+value$"), "phone"),
    (re.compile(r"^(website|web)\d*value$"), "web"),
    (re.compile(r"^(im\d*value|imaddress|messenger|skype|instantmessenger)$"), "messenger"),
    (re.compile(r"^address\d+(street|extendedaddress)$"), "street"),
    (re.compile(r"^address\d+city$"), "city"),
    (re.compile(r"^address\d+postalcode$"), "postcode"),
    (re.compile(r"^address\d+region$"), "region"),
    (re.compile(r"^address\d+country$"), "country"),
    (re.compile(r"^address\d+formatted$"), "address"),
    # Outlook and Thunderbird: "Business Street 2", "Home ZipCode", "Straße privat" …
    (re.compile(r"^(business|home|other|work)(street|address)\d*$"), "street"),
    (re.compile(r"^(weitere)?strasse(geschäftlich|privat)?\d*$"), "street"),
    (
        re.compile(r"^(business|home|other|work)city$|^(ort(geschäftlich|privat)|weitererort)$"),
        "city",
    ),
    (re.compile(r"^(business|home|other|work)(postalcode|zipcode|zip)$"), "postcode"),
    (re.compile(r"^(weitere)?postleitzahl(geschäftlich|privat)?$"), "postcode"),
    (re.compile(r"^(business|home|other|work)state$"), "region"),
    (
        re.compile(r"^(region|bundeslandkanton|weiteresrbundeslandkanton)(geschäftlich|privat)?$"),
        "region",
    ),
    (re.compile(r"^(business|home|other|work)country(region)?$"), "country"),
    (re.compile(r"^(landregion|weiteresel?andregion)(geschäftlich|privat)?$"), "country"),
    # German Thunderbird: "Privat: Adresse 2", "Dienstlich: PLZ" …
    (re.compile(r"^(privat|dienstlich)(adresse|straße|strasse)\d*$"), "street"),
    (re.compile(r"^(privat|dienstlich)ort$"), "city"),
    (re.compile(r"^(privat|dienstlich)(plz|postleitzahl)$"), "postcode"),
    (re.compile(r"^(privat|dienstlich)(bundesland|region|kanton)$"), "region"),
    (re.compile(r"^(privat|dienstlich)land$"), "country"),
    (re.compile(r"^(primäre|sekundäre|weitere)emailadresse$"), "email"),
    # Phones: "Business Phone 2", "Car Phone", "Home Fax", "Telefon geschäftlich 2" …
    (re.compile(r"^mobil"), "mobile"),
    (re.compile(r"(phone|fax|pager)(number)?\d*$|^(callback|isdn|telex)$"), "phone"),
    (re.compile(r"telefon|^tel(dienstlich|privat)|^fax|fax(geschäftlich|privat)$|^pager"), "phone"),
    (re.compile(r"^rückmeldung$"), "phone"),
]

_QUALIFIERS = "privat|geschäftlich|dienstlich|büro|arbeit|persönlich|home|work|business|other"
_QUALIFIER = re.compile(rf"^(?:{_QUALIFIERS}|weitere)|(?:{_QUALIFIERS})\d*$")
_QUALIFIED_TARGETS = frozenset(
    [
        "street",
        "house_number",
        "postcode",
        "city",
        "region",
        "country",
        "phone",
        "mobile",
        "email",
        "web",
    ]
)

# Presets for the CLI (--preset) and for naming what was recognised. The header
# table above already knows all of them; a preset only makes the choice explicit
# where a header is ambiguous.
PRESETS: dict[str, dict[str, str]] = {
    "google": {
        "name": "name",
        "organizationname": "organisation",
        "organizationtitle": "profession",
        "labels": "tags",
        "groupmembership": "tags",
    },
    "outlook": {
        "title": "salutation",
        "company": "organisation",
        "jobtitle": "profession",
        "emailaddress": "email",
        "referredby": "referred_by",
    },
    "outlook-de": {
        "anrede": "salutation",
        "firma": "organisation",
        "position": "profession",
        "emailadresse": "email",
        "empfohlenvon": "referred_by",
        "ort": "extra",  # Outlook's "Ort" is the location field, not a postal address
        "suffix": "name_suffix",
    },
    "thunderbird": {
        "displayname": "name",
        "primaryemail": "email",
        "workphone": "phone",
        "mobilenumber": "mobile",
        "organization": "organisation",
        "jobtitle": "profession",
        "birthday": "birth_day",
    },
    "linkedin": {
        "emailaddress": "email",
        "company": "organisation",
        "position": "profession",
        "url": "web",
    },
}
PRESET_LABELS = {
    "google": "Google",
    "outlook": "Outlook",
    "outlook-de": "Outlook (deutsch)",
    "thunderbird": "Thunderbird",
    "linkedin": "LinkedIn",
}
_SIGNATURES = [
    ("linkedin", {"firstname", "lastname", "url", "connectedon"}),
    ("google", {"givenname", "familyname", "groupmembership"}),
    ("google", {"firstname", "lastname", "labels", "fileas"}),
    ("outlook-de", {"vorname", "nachname", "firma", "emailadresse"}),
    ("outlook", {"firstname", "lastname", "company", "emailaddress"}),
    ("thunderbird", {"firstname", "lastname", "displayname", "primaryemail"}),
]


def detect_preset(headers: list[str]) -> str:
    """Which known export the header row looks like ("" when none)."""
    keys = {normalise_header(h) for h in headers}
    for preset, signature in _SIGNATURES:
        if signature <= keys:
            return preset
    return ""


def suggest_mapping(headers: list[str], preset: str = "") -> list[str]:
    """One target field per column, from the header names.

    A column whose name we do not know goes into the notes ("extra"); label
    columns of Google ("E-mail 1 - Type") are not imported on their own but
    name the value next to them.
    """
    overrides = PRESETS.get(preset or detect_preset(headers), {})
    mapping: list[str] = []
    for header in headers:
        key = normalise_header(header)
        target = overrides.get(key) or _HEADER_FIELDS.get(key, "")
        if not target and LABEL_COLUMN.match(header.strip()):
            target = "label"
        if not target:
            target = next((t for pattern, t in _HEADER_PATTERNS if pattern.search(key)), "")
        if not target:
            # "PLZ (privat)", "Land geschäftlich", "Home E-mail": a known field with a
            # word saying whose it is (the address group follows from that word).
            target = _HEADER_FIELDS.get(_QUALIFIER.sub("", key), "")
            target = target if target in _QUALIFIED_TARGETS else ""
        mapping.append(target or "extra")
    return mapping
