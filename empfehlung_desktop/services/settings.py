"""Settings shared by GUI and CLI, stored in the database with defaults here."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from empfehlung_desktop.model import AppSetting

# Each setting with its default; services read them through :func:`get`.
DEFAULTS: dict[str, Any] = {
    # Days after a match until the practitioner asks the recipient how it went.
    "referrals.follow_up_days": 21,
    # Heute: first meetings this many days ahead need a "Warum Sie" handout.
    "today.handout_days_ahead": 7,
    # Heute: ask for feedback this many days after an engagement ended.
    "today.feedback_after_days": 7,
    # Heute: a client asked for a referral within this many days is not asked again.
    "today.ask_again_after_days": 90,
    # Heute: thank a referrer within this many days of the referral (then it is overdue).
    "today.thank_within_days": 3,
    # Heute: remind a client of a feedback request after this many days without answer.
    "today.feedback_remind_after_days": 21,
    # Heute: at most this many "um Empfehlung bitten" items a day (a list one can finish).
    "today.ask_daily_cap": 3,
    # Heute: who referred someone within this many days is not asked for another referral.
    "today.ask_cooldown_days": 60,
    # Heute, "Kontakt halten": days without a logged contact after which a person with
    # this role shows up (the shortest rhythm of a person's roles applies; 0 = off).
    "today.keep_in_touch_partner_days": 90,
    "today.keep_in_touch_referrer_days": 120,
    "today.keep_in_touch_client_days": 180,
    "today.keep_in_touch_prospect_days": 0,
    # Feedback: secret of this database for the checksum in PDF form tokens
    # (generated on first use; a tampered or foreign token fails the check).
    "feedback.token_secret": "",
    # Contacts: the practice's own country (ISO code). A phone number written without
    # country code is formatted for it only when no neighbouring country could read
    # the same digits (see services/contacts/validation.check_phone).
    "contacts.phone_country": "DE",
    # Contacts whose name was split into parts by a guess (migration 0005, imports):
    # the app asks the user to look at them; an id leaves the list when its contact is saved.
    "contacts.names_to_check": [],
    # Feedback: a recommend score at or below this value shows a calm warning.
    "feedback.warn_at_or_below": 6,
}


def get(session: Session, key: str) -> Any:
    if key not in DEFAULTS:
        raise KeyError(key)
    row = session.get(AppSetting, key)
    if row is None:
        return DEFAULTS[key]
    return json.loads(row.value)


def set_value(session: Session, key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    row = session.get(AppSetting, key)
    encoded = json.dumps(value)
    if row is None:
        session.add(AppSetting(key=key, value=encoded))
    else:
        row.value = encoded
