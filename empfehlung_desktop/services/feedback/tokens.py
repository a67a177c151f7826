"""Tokens binding a PDF questionnaire to its engagement.

Format ``E<engagement id>-<random>-<checksum>``: the id says where a returned
form belongs, the random part makes each engagement's token unguessable and
unique, and the checksum (an HMAC with a secret kept in this database) shows a
token that was edited or comes from another database.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import string

from sqlalchemy.orm import Session

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.model import Engagement
from empfehlung_desktop.services import settings

SECRET_KEY = "feedback.token_secret"
_ALPHABET = string.ascii_uppercase + string.digits
_TOKEN_RE = re.compile(r"^E(\d{1,12})-([A-Z0-9]{10})-([0-9a-f]{8})$")


class TokenError(UserError):
    """The token on a returned form is missing, edited or not ours."""


def _secret(session: Session) -> bytes:
    value = str(settings.get(session, SECRET_KEY) or "")
    if not value:
        value = secrets.token_hex(16)
        settings.set_value(session, SECRET_KEY, value)
        session.flush()
    return value.encode("ascii")


def _checksum(secret: bytes, body: str) -> str:
    return hmac.new(secret, body.encode("ascii"), hashlib.sha256).hexdigest()[:8]


def make_token(session: Session, engagement_id: int) -> str:
    random_part = "".join(secrets.choice(_ALPHABET) for _ in range(10))
    body = f"E{engagement_id}-{random_part}"
    return f"{body}-{_checksum(_secret(session), body)}"


def ensure_token(session: Session, engagement: Engagement) -> str:
    """The engagement's form token, created on the first form (kept afterwards)."""
    token = engagement.feedback_token
    if token and _TOKEN_RE.match(token):
        return token
    # Older or sample tokens without a checksum are replaced by a proper one.
    engagement.feedback_token = make_token(session, engagement.id)
    session.flush()
    return engagement.feedback_token


def verify_token(session: Session, token: str) -> int:
    """Return the engagement id a token names; raise :class:`TokenError` if not valid."""
    token = token.strip()
    if not token:
        raise TokenError(
            _("Das Formular enthält keine Formular-Kennung; es lässt sich keinem Auftrag zuordnen.")
        )
    match = _TOKEN_RE.match(token)
    if match is None:
        raise TokenError(
            _(
                "Die Formular-Kennung „{token}“ ist ungültig – das Formular wurde "
                "verändert oder stammt nicht aus Empfehlung Desktop."
            ).format(token=token)
        )
    body = f"E{match.group(1)}-{match.group(2)}"
    if not hmac.compare_digest(_checksum(_secret(session), body), match.group(3)):
        raise TokenError(
            _(
                "Die Formular-Kennung „{token}“ passt nicht zu dieser Datenbank – das "
                "Formular wurde verändert oder für eine andere Datenbank erstellt."
            ).format(token=token)
        )
    return int(match.group(1))
