"""The data of one handout on the light read path (stdlib ``sqlite3``, see ``store.light``).

The same reads as :func:`.handout.handout_data` written out as SQL, for the
``handout --engagement`` command: it then starts without SQLAlchemy
(``tests/unit/services/engagements/test_quick_handout.py`` compares both). A
database without a profile row is :class:`store.light.Unavailable`: the full
path creates that row, which is a write.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from empfehlung_desktop.errors import NotFoundError
from empfehlung_desktop.i18n import _, current_language
from empfehlung_desktop.model.enums import AddressForm, QuotePermission, Salutation
from empfehlung_desktop.services.contacts.person import greeting
from empfehlung_desktop.services.engagements.handout_data import (
    BASE_LANGUAGE,
    HandoutData,
    ProfileData,
    privacy_notice,
    profile_in_language,
    rank_testimonials,
)
from empfehlung_desktop.store import light

PROFILE_ID = 1


def handout_data(con: sqlite3.Connection, engagement_id: int) -> HandoutData:
    """The handout for one engagement, honouring its "show referrer/need" options."""
    row = con.execute(
        "SELECT e.id, e.contact_id, e.referred_by_id, e.referral_id, e.need, e.title, "
        "e.problem, e.handout_show_need, e.handout_show_referrer, e.first_meeting_at, c.name, "
        "c.salutation, c.title, c.given_name, c.family_name, c.address_form "
        "FROM engagement e JOIN contact c ON c.id = e.contact_id WHERE e.id = ?",
        (engagement_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(
            _("Die Anfrage {engagement_id} gibt es nicht (mehr).").format(
                engagement_id=engagement_id
            )
        )
    (ident, contact_id, referred_by, referral_id, need, title, problem, show_need,
     show_referrer, meeting, prospect, salutation, academic, given, family, form) = row  # fmt: skip
    profile = load_profile(con, current_language())
    source = _referrer_name(con, referred_by, referral_id)
    need_text = (need or "").strip() if show_need else ""
    return HandoutData.for_profile(
        profile,
        prospect,
        first_meeting_at=dt.datetime.fromisoformat(meeting) if meeting else None,
        referrer_name=source if show_referrer else None,
        need=need_text or None,
        engagement_id=ident,
        testimonials=rank_testimonials(
            _testimonial_rows(con, contact_id), (need or "", title or "", problem or "")
        ),
        privacy_notice=privacy_notice(profile, source) if source else None,
        greeting=greeting(
            salutation=Salutation(salutation or "none"),
            title=academic or "",
            given_name=given or "",
            family_name=family or "",
            address_form=AddressForm(form or "formal"),
            fallback_name=prospect,
            language=current_language(),
        ),
    )


def load_profile(con: sqlite3.Connection, language: str = BASE_LANGUAGE) -> ProfileData:
    row = con.execute(
        "SELECT name, title, email, phone, website, address, logo, logo_mime, sections, version "
        "FROM practice_profile WHERE id = ?",
        (PROFILE_ID,),
    ).fetchone()
    if row is None:
        raise light.Unavailable("no profile yet")
    name, title, email, phone, website, address, logo, logo_mime, sections, version = row
    raw_sections = json.loads(sections) if sections else []
    columns = {
        "name": name,
        "title": title,
        "email": email,
        "phone": phone,
        "website": website,
        "address": address,
        "logo": bytes(logo) if logo is not None else None,
        "logo_mime": logo_mime,
        "version": version,
    }
    return profile_in_language(columns, raw_sections or [], language)


def _testimonial_rows(
    con: sqlite3.Connection, contact_id: int
) -> list[tuple[str, QuotePermission | str, str]]:
    rows = con.execute(
        "SELECT f.testimonial_text, f.quote_permission, c.name FROM feedback f "
        "JOIN engagement e ON e.id = f.engagement_id JOIN contact c ON c.id = e.contact_id "
        "WHERE f.testimonial_approved IS 1 AND f.quote_permission != ? AND e.contact_id != ? "
        "ORDER BY f.received_on DESC, f.id DESC LIMIT 50",
        (QuotePermission.NO.value, contact_id),
    ).fetchall()
    return [(text or "", permission, name) for text, permission, name in rows]


def _referrer_name(
    con: sqlite3.Connection, contact_id: int | None, referral_id: int | None
) -> str | None:
    if contact_id is None and referral_id is not None:
        found = con.execute("SELECT giver_id FROM referral WHERE id = ?", (referral_id,)).fetchone()
        contact_id = found[0] if found else None
    if contact_id is None:
        return None
    found = con.execute(
        "SELECT name FROM contact WHERE id = ? AND erased_at IS NULL", (contact_id,)
    ).fetchone()
    return str(found[0]) if found else None
