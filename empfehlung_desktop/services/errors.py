"""Errors a user can cause; every message is German and fit to show as is."""

from __future__ import annotations

from empfehlung_desktop.i18n import _


class UserError(Exception):
    """Base for errors shown to the user instead of a traceback."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(UserError):
    pass


class ConflictError(UserError):
    """Someone else changed the record since it was loaded (optimistic locking)."""


class ValidationError(UserError):
    """Invalid input; ``fields`` maps a field name to its German message."""

    def __init__(self, fields: dict[str, str]) -> None:
        summary = "; ".join(fields.values()) or _("Ungültige Eingabe.")
        super().__init__(summary)
        self.fields = dict(fields)
