"""Which vCard properties carry no data of the person, and the words for the rest.

:data:`TECHNICAL` properties (versions, sync ids, display hints) are skipped;
properties without a field of their own go into the notes under their
:data:`NOTE_LABELS` label; :data:`TYPE_LABELS` name a value's TYPE ("cell", "work").
"""

from __future__ import annotations

from empfehlung_desktop.i18n import N_

# Properties that carry no data of the person (or repeat what we keep elsewhere).
TECHNICAL = frozenset(
    [
        "VERSION",
        "PRODID",
        "REV",
        "UID",
        "PROFILE",
        "SOURCE",
        "NAME",
        "MAILER",
        "SORT-STRING",
        "KIND",
        "CLIENTPIDMAP",
        "X-ABUID",
        "X-ABLABEL",
        "X-ABADR",
        "X-ABSHOWAS",
        "X-EVOLUTION-FILE-AS",
        "X-MOZILLA-HTML",
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS",
        "X-MS-OL-DESIGN",
        "X-MS-CARDPICTURE",
        "X-GOOGLE-ETAG",
        "X-IRMC-LUID",  # a phone's local sync id
    ]
)

# Properties without a field of their own: into the notes under this label.
NOTE_LABELS: dict[str, str] = {
    "ANNIVERSARY": N_("Jahrestag"),
    "X-ANNIVERSARY": N_("Jahrestag"),
    "X-EVOLUTION-ANNIVERSARY": N_("Jahrestag"),
    "X-MS-ANNIVERSARY": N_("Jahrestag"),
    "X-WAB-WEDDING_ANNIVERSARY": N_("Jahrestag"),
    "X-KADDRESSBOOK-X-ANNIVERSARY": N_("Jahrestag"),
    "NICKNAME": N_("Spitzname"),
    "X-EVOLUTION-SPOUSE": N_("Partner/in"),
    "X-SPOUSE": N_("Partner/in"),
    "X-WAB-SPOUSE_NAME": N_("Partner/in"),
    "X-KADDRESSBOOK-X-SPOUSESNAME": N_("Partner/in"),
    "X-EVOLUTION-MANAGER": N_("Vorgesetzte/r"),
    "X-MANAGER": N_("Vorgesetzte/r"),
    "X-KADDRESSBOOK-X-MANAGERSNAME": N_("Vorgesetzte/r"),
    "X-EVOLUTION-ASSISTANT": N_("Assistenz"),
    "X-MS-ASSISTANT": N_("Assistenz"),
    "X-MS-MANAGER": N_("Vorgesetzte/r"),
    "X-MS-SPOUSE": N_("Partner/in"),
    "X-MS-CHILD": N_("Kind"),
    "X-CHILD": N_("Kind"),
    "X-MS-INTERESTS": N_("Interesse"),
    "X-INTERESTS": N_("Interesse"),
    "X-MS-TEXT": N_("Benutzerfeld"),
    "X-CUSTOM": N_("Benutzerfeld"),
    # Thunderbird's four custom fields.
    "X-CUSTOM1": N_("Benutzerfeld"),
    "X-CUSTOM2": N_("Benutzerfeld"),
    "X-CUSTOM3": N_("Benutzerfeld"),
    "X-CUSTOM4": N_("Benutzerfeld"),
    "CLASS": N_("Vertraulichkeit"),
    "X-ASSISTANT": N_("Assistenz"),
    "X-KADDRESSBOOK-X-ASSISTANTSNAME": N_("Assistenz"),
    "X-KADDRESSBOOK-X-OFFICE": N_("Büro"),
    "X-KADDRESSBOOK-X-PROFESSION": N_("Beruf"),
    "X-GENDER": N_("Geschlecht"),
    "X-WAB-GENDER": N_("Geschlecht"),
    "TZ": N_("Zeitzone"),
    "GEO": N_("Geo-Position"),
    "LANG": N_("Sprache"),
    "RELATED": N_("Beziehung"),
    "X-ABRELATEDNAMES": N_("Beziehung"),
    "X-ABDATE": N_("Datum"),
    "X-PHONETIC-FIRST-NAME": N_("Aussprache Vorname"),
    "X-PHONETIC-LAST-NAME": N_("Aussprache Nachname"),
    "EXPERTISE": N_("Fachgebiet"),
    "HOBBY": N_("Hobby"),
    "INTEREST": N_("Interesse"),
    "FBURL": N_("Frei/Gebucht"),
    "CALURI": N_("Kalender"),
    "CALADRURI": N_("Kalender"),
    "ORG-DIRECTORY": N_("Verzeichnis"),
    "MEMBER": N_("Mitglied"),
}

# A value's TYPE as a label word.
TYPE_LABELS = {
    "cell": N_("Mobil"),
    "work": N_("Arbeit"),
    "home": N_("Privat"),
    "fax": N_("Fax"),
    "pager": N_("Pager"),
    "car": N_("Auto"),
    "isdn": N_("ISDN"),
    "video": N_("Video"),
    "modem": N_("Modem"),
    "text": N_("SMS"),
    "x-callback": N_("Rückruf"),
    "x-assistant": N_("Assistenz"),
    "assistant": N_("Assistenz"),
}
