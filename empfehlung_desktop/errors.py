"""The errors a user can meet: one root, every message German (or English) and fit to show.

The lowest layer beside ``i18n`` and ``clock``: every package may raise these, and
the GUI and the CLI catch :class:`UserError` alone to show the message instead of a
traceback. Anything else that escapes is a bug and goes to the log.
"""

from __future__ import annotations

from empfehlung_desktop.i18n import _


class UserError(Exception):
    """Root of every error shown to the user as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(UserError):
    """The record is gone (deleted or erased meanwhile)."""


class ConflictError(UserError):
    """Someone else changed the record since it was loaded (optimistic locking)."""


class ValidationError(UserError):
    """Invalid input; ``fields`` maps a field name to its German message."""

    def __init__(self, fields: dict[str, str]) -> None:
        summary = "; ".join(fields.values()) or _("Ungültige Eingabe.")
        super().__init__(summary)
        self.fields = dict(fields)


class TransitionError(UserError):
    """A workflow step that is not allowed from the current status."""


class StoreError(UserError):
    """A problem with the database or a file the user can understand."""
