"""The plain data of a "Warum Sie" handout and its rules, without the database.

Shared by the SQLAlchemy path (:mod:`.handout`, :mod:`.profile`), the light read
path of the ``handout`` command (:mod:`.quick_handout`, stdlib ``sqlite3``) and
the PDF (:mod:`empfehlung_desktop.reports.handout`): none of them needs to import
SQLAlchemy to know what a handout holds.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from empfehlung_desktop.i18n import _, current_language
from empfehlung_desktop.model.enums import QuotePermission
from empfehlung_desktop.transliterate import ascii_spelling

EXAMPLE_PREFIX = "Beispieltext – bitte ersetzen:"
# The shipped example texts start with one of these (German, English profile).
EXAMPLE_PREFIXES = (EXAMPLE_PREFIX, "Sample text – please replace:")
# Languages a profile can be kept in; German is the stored row's own columns.
PROFILE_LANGUAGES = ("de", "en")
BASE_LANGUAGE = "de"
# In the ``sections`` JSON an entry of another language carries ``"lang"``; its
# practice title is kept in a pseudo-entry with this key.
TITLE_KEY = "@title"
# First meetings this many days ahead count as upcoming (handouts to prepare).
UPCOMING_DAYS = 14


@dataclass
class Section:
    """One section of the "Warum Sie" page."""

    key: str
    title: str
    body: str = ""
    visible: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "body": self.body, "visible": self.visible}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Section:
        return cls(
            key=str(raw.get("key") or ""),
            title=str(raw.get("title") or ""),
            body=str(raw.get("body") or ""),
            visible=bool(raw.get("visible", True)),
        )


@dataclass
class ProfileData:
    """The editable profile, detached from the database."""

    name: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    address: str = ""
    logo: bytes | None = None
    logo_mime: str = ""
    sections: list[Section] = field(default_factory=list)
    version: int | None = None
    # The language of ``title`` and ``sections`` (name, contact details and logo are shared).
    language: str = BASE_LANGUAGE

    def visible_sections(self) -> list[Section]:
        return [s for s in self.sections if s.visible and (s.title.strip() or s.body.strip())]


def stored_languages(raw_sections: list[Any]) -> list[str]:
    """The languages the stored ``sections`` JSON holds a profile for (German always)."""
    found = {
        str(raw.get("lang"))
        for raw in raw_sections
        if isinstance(raw, dict) and raw.get("lang") in PROFILE_LANGUAGES
    }
    return [lang for lang in PROFILE_LANGUAGES if lang == BASE_LANGUAGE or lang in found]


def language_part(
    raw_sections: list[Any], base_title: str, language: str
) -> tuple[str, list[Section]] | None:
    """The title and sections stored for ``language``; None when there is no such profile."""
    if language not in stored_languages(raw_sections):
        return None
    title = base_title
    sections = []
    for raw in raw_sections:
        if not isinstance(raw, dict) or (raw.get("lang") or BASE_LANGUAGE) != language:
            continue
        if raw.get("key") == TITLE_KEY:
            title = str(raw.get("title") or "")
        else:
            sections.append(Section.from_json(raw))
    return title, sections


def with_language_part(
    raw_sections: list[Any], language: str, title: str, sections: list[Section]
) -> list[dict[str, Any]]:
    """The stored JSON with ``language``'s title and sections replaced, others kept."""
    kept = [
        dict(raw)
        for raw in raw_sections
        if isinstance(raw, dict) and (raw.get("lang") or BASE_LANGUAGE) != language
    ]
    if language == BASE_LANGUAGE:
        return [s.to_json() for s in sections] + kept
    own = [{"key": TITLE_KEY, "lang": language, "title": title, "visible": False}]
    own += [{**s.to_json(), "lang": language} for s in sections]
    return kept + own


def profile_in_language(row: dict[str, Any], raw_sections: list[Any], language: str) -> ProfileData:
    """A profile row (the shared columns) with the part in ``language``; without one,
    the German part, which then says so through ``language``."""
    part = language_part(raw_sections, str(row.get("title") or ""), language)
    if part is None:
        language = BASE_LANGUAGE
        part = language_part(raw_sections, str(row.get("title") or ""), language)
        assert part is not None
    title, sections = part
    return ProfileData(
        name=row["name"],
        title=title,
        email=row["email"],
        phone=row["phone"],
        website=row["website"],
        address=row["address"],
        logo=row["logo"],
        logo_mime=row["logo_mime"],
        sections=sections,
        version=row["version"],
        language=language,
    )


SAMPLE_PROSPECT = "Alexandra Beispiel"
# A testimonial on a one-page handout stays short; longer ones are not cut but skipped.
TESTIMONIAL_MAX_CHARS = 240
TESTIMONIALS_SHOWN = 2


@dataclass(frozen=True)
class Testimonial:
    """An approved client quote, attributed as the client permitted."""

    text: str
    attribution: str


@dataclass(frozen=True)
class HandoutData:
    """Everything the PDF shows; optional lines are None when they must not appear.

    ``privacy_notice`` is the short DSGVO Art. 14 notice for a referred prospect
    (whose data came from the referrer), None when the person contacted us directly.
    """

    profile: ProfileData
    prospect_name: str
    first_meeting_at: dt.datetime | None = None
    referrer_name: str | None = None
    need: str | None = None
    engagement_id: int | None = None
    sections: list[Section] = field(default_factory=list)
    testimonials: list[Testimonial] = field(default_factory=list)
    privacy_notice: str | None = None
    greeting: str = ""
    # The language the handout is written in; ``profile.language`` differs when
    # there is no profile in this language yet (the German one stands in).
    language: str = BASE_LANGUAGE

    @classmethod
    def for_profile(cls, profile: ProfileData, prospect_name: str, **kwargs: Any) -> HandoutData:
        kwargs.setdefault("greeting", greeting(prospect_name))
        kwargs.setdefault("language", current_language())
        return cls(
            profile=profile,
            prospect_name=prospect_name,
            sections=profile.visible_sections(),
            **kwargs,
        )


def greeting(full_name: str) -> str:
    """The first line of the handout, in the current language.

    Only the name is known here; the salutation from Anrede, title and Sie/Du
    (``services/contacts/names.py``) takes this function's place.
    """
    name = " ".join(full_name.split())
    return _("Guten Tag {name},").format(name=name) if name else _("Guten Tag,")


def privacy_notice(profile: ProfileData, source: str) -> str:
    """DSGVO Art. 14: data not collected from the person — who holds it, why, from whom."""
    holder = ", ".join(
        part
        for part in (
            profile.name.strip(),
            ", ".join(line.strip() for line in profile.address.splitlines() if line.strip()),
            profile.email.strip(),
        )
        if part
    )
    return _(
        "Datenschutz: Ihren Namen und Ihre Kontaktdaten habe ich von {source} erhalten, "
        "die bzw. der mich Ihnen empfohlen hat. Verantwortlich: {holder}. Ich verwende sie "
        "nur, um unser Erstgespräch vorzubereiten und zu führen (Art. 6 Abs. 1 lit. b und f "
        "DSGVO), und lösche sie, wenn keine Zusammenarbeit entsteht. Sie können jederzeit "
        "Auskunft, Berichtigung oder Löschung verlangen, der Verwendung widersprechen und "
        "sich bei einer Datenschutz-Aufsichtsbehörde beschweren."
    ).format(source=source, holder=holder or _("die Inhaberin bzw. der Inhaber der Praxis"))


def rank_testimonials(
    rows: Iterable[tuple[str, QuotePermission | str, str]], about: Iterable[str]
) -> list[Testimonial]:
    """Up to two approved, short quotes from (text, permission, client name) rows in
    newest-first order; those sharing words with ``about`` (need, title, problem) first."""
    wanted = _words(" ".join(about))
    candidates = []
    for order, (text, permission, name) in enumerate(rows):
        text = " ".join(text.split())
        if not text or len(text) > TESTIMONIAL_MAX_CHARS:
            continue
        overlap = len(wanted & _words(text))
        quoted = QuotePermission(permission)
        candidates.append((-overlap, order, Testimonial(text, _attribution(quoted, name))))
    candidates.sort(key=lambda c: (c[0], c[1]))
    return [c[2] for c in candidates[:TESTIMONIALS_SHOWN]]


def _attribution(permission: QuotePermission, name: str) -> str:
    if permission is QuotePermission.NAMED:
        return name
    return _("eine Kundin bzw. ein Kunde")


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w{5,}", text.casefold())}


def handout_problems(data: HandoutData) -> list[str]:
    """Why this handout must not go out yet (German), empty when it may.

    A section still holding the sample text or a practice without a name would
    reach the prospect as it is.
    """
    problems = []
    if not data.profile.name.strip():
        problems.append(_("Im Profil fehlt der Name der Praxis."))
    if data.profile.language != data.language:
        problems.append(
            _(
                "Für {language} gibt es noch kein Profil; das Handout zeigt die Abschnitte "
                "des deutschen Profils. Bitte unter „Mein Profil“ die Sprache {language} "
                "wählen und die Abschnitte in dieser Sprache schreiben."
            ).format(language=language_name(data.language))
        )
    samples = [
        s.title.strip() or _("(ohne Titel)")
        for s in data.sections
        if s.body.strip().startswith(EXAMPLE_PREFIXES)
        or s.title.strip().startswith(EXAMPLE_PREFIXES)
    ]
    if samples:
        problems.append(
            _("Im Profil steht noch Beispieltext: {sections}.").format(
                sections=", ".join(f"„{title}“" for title in samples)
            )
        )
    return problems


def language_name(language: str) -> str:
    """„Deutsch“, „Englisch“: the name of a profile language in the current language."""
    names = {"de": _("Deutsch"), "en": _("Englisch")}
    return names.get(language, language)


def handout_filename(data: HandoutData) -> str:
    """``Warum-Sie_Lena-Koehler_2026-11-25.pdf``: safe on every file system."""
    name = safe_filename_part(data.prospect_name) or _("Interessent")
    when = data.first_meeting_at.date().isoformat() if data.first_meeting_at else _("ohne-Termin")
    return _("Warum-Sie_{name}_{date}.pdf").format(name=name, date=when)


def safe_filename_part(text: str, limit: int = 60) -> str:
    """ASCII letters, digits and hyphens only (Łódź → Lodz, Köhler → Koehler)."""
    cleaned = re.sub(r"[^A-Za-z0-9]+", "-", ascii_spelling(text)).strip("-")
    return cleaned[:limit].strip("-")
