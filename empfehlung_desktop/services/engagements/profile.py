"""The practice profile: who the practitioner is and the sections of "Warum Sie".

There is exactly one profile row; it is created with our German example sections
the first time anything asks for it, so the handout always has something to show.
Title and sections exist per language (German in the row's own columns, others as
tagged entries of the ``sections`` JSON, see ``handout_data.with_language_part``);
name, contact details and logo are shared. A handout in a language without a
profile of its own shows the German one and is held back until that is written.
"""

from __future__ import annotations

import io
import json
from dataclasses import replace
from functools import cache
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from empfehlung_desktop.config import resource_path
from empfehlung_desktop.errors import ConflictError, ValidationError
from empfehlung_desktop.i18n import N_, _, current_language, translate
from empfehlung_desktop.model import PracticeProfile
from empfehlung_desktop.services.contacts.validation import normalize_email
from empfehlung_desktop.services.engagements.handout_data import (
    BASE_LANGUAGE,
    PROFILE_LANGUAGES,
    ProfileData,
    Section,
    profile_in_language,
    stored_languages,
    with_language_part,
)
from empfehlung_desktop.services.engagements.handout_data import (
    EXAMPLE_PREFIX as EXAMPLE_PREFIX,  # re-exported: the profile's sample-text marker
)
from empfehlung_desktop.services.engagements.handout_data import (
    EXAMPLE_PREFIXES as EXAMPLE_PREFIXES,
)

PROFILE_ID = 1
LOGO_MAX_BYTES = 2 * 1024 * 1024
CUSTOM_PREFIX = "custom-"
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"

_ROW_COLUMNS = (
    "name", "title", "email", "phone", "website", "address", "logo", "logo_mime", "version"
)  # fmt: skip
_LIMITS = {"name": 200, "title": 200, "email": 254, "phone": 40, "website": 200}
_FIELD_LABELS = {
    "name": N_("Der Name"),
    "title": N_("Der Titel"),
    "email": N_("Die E-Mail-Adresse"),
    "phone": N_("Die Telefonnummer"),
    "website": N_("Die Website"),
}


@cache
def _default_sections_json(language: str = "de") -> tuple[dict[str, Any], ...]:
    """The German example sections; for English, overlaid with the English file's titles
    (and bodies where it has them) by section key."""
    path = resource_path("texts", "profile_sections_de.json")
    sections = [dict(raw) for raw in json.loads(path.read_text(encoding="utf-8"))["sections"]]
    if language != "de":
        overlay_path = resource_path("texts", f"profile_sections_{language}.json")
        if overlay_path.is_file():
            overlay = json.loads(overlay_path.read_text(encoding="utf-8"))
            by_key = {raw["key"]: raw for raw in overlay.get("sections", [])}
            for section in sections:
                section.update(by_key.get(section["key"], {}))
    return tuple(sections)


def default_sections(language: str | None = None) -> list[Section]:
    """Our example sections in ``language`` (default: the current one), in their
    default order (fresh objects every call)."""
    raws = _default_sections_json(language or current_language())
    return [Section.from_json(raw) for raw in raws]


def get_profile(session: Session) -> PracticeProfile:
    """The one profile row, created with the German example sections on first use."""
    profile = session.get(PracticeProfile, PROFILE_ID)
    if profile is None:
        profile = PracticeProfile(
            id=PROFILE_ID, sections=[s.to_json() for s in default_sections(BASE_LANGUAGE)]
        )
        session.add(profile)
        session.flush()
    return profile


def profile_data(profile: PracticeProfile, language: str = BASE_LANGUAGE) -> ProfileData:
    """The profile in ``language``; the German one (saying so) when there is none in it."""
    row = {name: getattr(profile, name) for name in _ROW_COLUMNS}
    return profile_in_language(row, list(profile.sections or []), language)


def load_profile(session: Session, language: str = BASE_LANGUAGE) -> ProfileData:
    return profile_data(get_profile(session), language)


def profile_languages(session: Session) -> list[str]:
    """The languages a profile has been written in, German first."""
    return stored_languages(list(get_profile(session).sections or []))


def profile_for_editing(session: Session, language: str) -> ProfileData:
    """The profile in ``language`` for the editor; a language without one starts with
    the German title and our example sections in that language."""
    if language not in PROFILE_LANGUAGES:
        raise ValidationError({"language": _("Diese Sprache gibt es für das Profil nicht.")})
    data = load_profile(session, language)
    if data.language != language:
        data = replace(data, sections=default_sections(language), language=language)
    return data


def validate_logo(raw: bytes) -> str:
    """Return the MIME type of a usable PNG/JPEG logo or raise :class:`ValidationError`."""
    if len(raw) > LOGO_MAX_BYTES:
        size = len(raw) / (1024 * 1024)
        raise ValidationError(
            {
                "logo": _(
                    "Das Logo ist zu groß ({size:.1f} MB); bitte höchstens 2 MB verwenden."
                ).format(size=size)
            }
        )
    if raw.startswith(_PNG_MAGIC):
        mime = "image/png"
    elif raw.startswith(_JPEG_MAGIC):
        mime = "image/jpeg"
    else:
        raise ValidationError(
            {
                "logo": _(
                    "Das Logo muss eine PNG- oder JPEG-Datei sein (andere Formate gehen nicht)."
                )
            }
        )
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(io.BytesIO(raw)).getSize()
    except Exception:  # any decoder error means the same thing to the user
        raise ValidationError(
            {"logo": _("Die Bilddatei ist beschädigt oder kann nicht gelesen werden.")}
        ) from None
    if width <= 0 or height <= 0:
        raise ValidationError({"logo": _("Das Logo hat keine sichtbare Größe.")})
    return mime


def validate(data: ProfileData) -> ProfileData:
    """Check and normalise; raise :class:`ValidationError` with German messages."""
    errors: dict[str, str] = {}
    values = {name: " ".join(str(getattr(data, name)).split()) for name in _LIMITS}
    for name, limit in _LIMITS.items():
        if len(values[name]) > limit:
            errors[name] = _("{value} ist zu lang (höchstens {limit} Zeichen).").format(
                value=translate(_FIELD_LABELS[name]), limit=limit
            )
    email, email_error = normalize_email(values["email"])
    if email_error:
        errors["email"] = email_error
    sections, section_error = _clean_sections(data.sections)
    if section_error:
        errors["sections"] = section_error
    logo_mime = ""
    if data.logo:
        try:
            logo_mime = validate_logo(data.logo)
        except ValidationError as exc:
            errors.update(exc.fields)
    if errors:
        raise ValidationError(errors)
    return replace(
        data,
        name=values["name"],
        title=values["title"],
        email=email,
        phone=values["phone"],
        website=values["website"],
        address=data.address.strip(),
        logo=data.logo or None,
        logo_mime=logo_mime,
        sections=sections,
    )


def _clean_sections(sections: list[Section]) -> tuple[list[Section], str | None]:
    cleaned: list[Section] = []
    seen: set[str] = set()
    for section in sections:
        title = " ".join(section.title.split())
        body = section.body.strip()
        if not title and not body:
            continue  # an empty added section is simply dropped
        if not title:
            return [], _("Bitte jedem Abschnitt mit Text eine Überschrift geben.")
        if len(title) > 200:
            return [], _("Die Überschrift „{value}…“ ist zu lang (höchstens 200 Zeichen).").format(
                value=title[:40]
            )
        key = section.key.strip() or new_section_key(cleaned)
        if key in seen:
            key = new_section_key(cleaned)
        seen.add(key)
        cleaned.append(Section(key=key, title=title, body=body, visible=section.visible))
    return cleaned, None


def new_section_key(sections: list[Section]) -> str:
    """The next free ``custom-N`` key."""
    used = {s.key for s in sections}
    number = 1
    while f"{CUSTOM_PREFIX}{number}" in used:
        number += 1
    return f"{CUSTOM_PREFIX}{number}"


def is_custom(section: Section) -> bool:
    return section.key.startswith(CUSTOM_PREFIX)


def save_profile(session: Session, data: ProfileData) -> PracticeProfile:
    """Validate and store; refuse if the profile was saved elsewhere meanwhile."""
    data = validate(data)
    profile = get_profile(session)
    if data.version is not None and profile.version != data.version:
        raise ConflictError(translate(_CONFLICT_MESSAGE))
    if data.language not in PROFILE_LANGUAGES:
        raise ValidationError({"language": _("Diese Sprache gibt es für das Profil nicht.")})
    for name in ("name", "email", "phone", "website", "address", "logo", "logo_mime"):
        setattr(profile, name, getattr(data, name))
    if data.language == BASE_LANGUAGE:
        profile.title = data.title
    # A new list object: SQLAlchemy only notices JSON changes on reassignment.
    profile.sections = with_language_part(
        list(profile.sections or []), data.language, data.title, data.sections
    )
    try:
        session.flush()
    except StaleDataError:
        raise ConflictError(translate(_CONFLICT_MESSAGE)) from None
    return profile


_CONFLICT_MESSAGE = N_(
    "Das Profil wurde inzwischen an anderer Stelle geändert. Ihre Änderungen wurden "
    "nicht gespeichert; bitte neu laden und noch einmal eintragen."
)
