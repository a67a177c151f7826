"""Reading returned feedback questionnaires (fillable PDFs) back into the database.

Import is two steps: :func:`preview_forms` reads and checks every file without
writing anything, :func:`import_forms` stores them all in the caller's single
transaction — so one bad file means nothing is imported at all.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from empfehlung_desktop.errors import UserError, ValidationError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.model import Engagement, FeedbackChannel, QuotePermission
from empfehlung_desktop.services.feedback import feedback as feedback_service
from empfehlung_desktop.services.feedback import questions as q
from empfehlung_desktop.services.feedback.tokens import verify_token

MAX_FILE_BYTES = 50 * 1024 * 1024
# pypdf reports what it repairs in a damaged file through logging; without a handler
# Python would print that (in English) on stderr beside our German refusal.
logging.getLogger("pypdf").addHandler(logging.NullHandler())


class FormImportError(UserError):
    """One or more files cannot be imported; ``problems`` has one line per file."""

    def __init__(self, problems: list[str]) -> None:
        if len(problems) == 1:
            message = problems[0]
        else:
            message = _(
                "{count} Formulare lassen sich nicht einlesen, daher wurde nichts übernommen: "
            ).format(count=len(problems)) + " | ".join(problems)
        super().__init__(message)
        self.problems = list(problems)


@dataclass(frozen=True)
class FormPreview:
    """One returned form, read and checked, not yet stored."""

    path: Path
    token: str
    engagement_id: int
    contact_name: str
    engagement_title: str
    data: feedback_service.FeedbackData


def read_fields(path: Path) -> dict[str, Any]:
    """The form fields of a PDF as ``{name: value}``; German errors for bad files."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise FormImportError(
                [_("„{name}“ ist zu groß für ein Feedback-Formular.").format(name=name)]
            )
        with path.open("rb") as handle:
            if not handle.read(1024).lstrip().startswith(b"%PDF"):
                raise FormImportError([_("„{name}“ ist keine PDF-Datei.").format(name=name)])
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise FormImportError(
                [_("„{name}“ ist mit einem Passwort geschützt.").format(name=name)]
            )
        fields = reader.get_fields() or {}
    except FormImportError:
        raise
    except OSError as exc:
        raise FormImportError(
            [
                _("„{name}“ lässt sich nicht öffnen ({strerror}).").format(
                    name=name, strerror=exc.strerror
                )
            ]
        ) from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError):
        raise FormImportError(
            [_("„{name}“ ist beschädigt oder keine lesbare PDF-Datei.").format(name=name)]
        ) from None
    return {str(key): field.get("/V") for key, field in fields.items()}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _choice(value: Any) -> str | None:
    """A radio value such as ``/7`` → ``"7"``; unset (``/Off``) → None."""
    text = _text(value).strip().lstrip("/")
    return None if text in ("", "Off") else text


def _scale(value: Any, question: q.ScaleQuestion, file_name: str) -> int | None:
    choice = _choice(value)
    if choice is None:
        return None
    try:
        number = int(choice)
    except ValueError:
        number = -1
    if not question.low <= number <= question.high:
        raise FormImportError(
            [
                _("„{file_name}“: unerwarteter Wert „{choice}“ bei einer Skala.").format(
                    file_name=file_name, choice=choice
                )
            ]
        )
    return number


def _permission(value: Any, file_name: str) -> QuotePermission:
    choice = _choice(value)
    if choice is None:
        return QuotePermission.NO  # no answer means no permission
    try:
        return QuotePermission(choice)
    except ValueError:
        raise FormImportError(
            [
                _("„{file_name}“: unerwartete Angabe „{choice}“ zur Zitiererlaubnis.").format(
                    file_name=file_name, choice=choice
                )
            ]
        ) from None


def _to_data(
    fields: dict[str, Any], engagement_id: int, token: str, file_name: str, today: dt.date
) -> feedback_service.FeedbackData:
    texts = {
        question.key: _text(fields.get(q.field_name(question.key)))
        for question in q.ALL_TEXT_QUESTIONS
    }
    raw = {key: _text(value) for key, value in fields.items() if key.startswith(q.FIELD_PREFIX)}
    return feedback_service.FeedbackData(
        engagement_id=engagement_id,
        received_on=today,
        expectations_met=_scale(
            fields.get(q.field_name(q.EXPECTATIONS.key)), q.EXPECTATIONS, file_name
        ),
        recommend_score=_scale(fields.get(q.field_name(q.RECOMMEND.key)), q.RECOMMEND, file_name),
        quote_permission=_permission(fields.get(q.field_name("quote_permission")), file_name),
        channel=FeedbackChannel.PDF_FORM,
        form_token=token,
        raw_form=json.dumps(raw, ensure_ascii=False, sort_keys=True),
        **texts,
    )


_TOKEN_TEXT = re.compile(r"\bE\d+-[0-9A-Z]+-[0-9a-f]{8}\b")


def _looks_flattened(path: Path) -> bool:
    """A PDF without fields whose pages still show our questionnaire and its token."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(path)
        text = " ".join(page.extract_text() or "" for page in reader.pages[:3])
    except Exception:  # unreadable text layer: then it is simply not our form
        return False
    return bool(_TOKEN_TEXT.search(text))


def _nothing_answered(fields: dict[str, Any]) -> bool:
    texts = (_text(fields.get(q.field_name(question.key))) for question in q.ALL_TEXT_QUESTIONS)
    choices = (
        _choice(fields.get(q.field_name(key)))
        for key in (q.RECOMMEND.key, q.EXPECTATIONS.key, "quote_permission")
    )
    return not any(text.strip() for text in texts) and not any(choices)


def preview_form(session: Session, path: Path, today: dt.date) -> FormPreview:
    """Read and check one returned form; writes nothing (but may create the token secret)."""
    name = path.name
    fields = read_fields(path)
    if not fields and _looks_flattened(path):
        raise FormImportError(
            [
                _(
                    "„{name}“ ist ein Feedback-Formular, dessen Felder beim Speichern "
                    "„flach“ gemacht wurden (etwa mit „Drucken als PDF“): Die Antworten "
                    "stehen nur noch als Text auf der Seite und lassen sich nicht einlesen. "
                    "Bitte die Antworten von Hand als Feedback erfassen oder um das "
                    "Formular bitten, mit „Speichern“ statt „Drucken“ gesichert."
                ).format(name=name)
            ]
        )
    if q.TOKEN_FIELD not in fields:
        raise FormImportError(
            [_("„{name}“ ist kein Feedback-Formular von Empfehlung Desktop.").format(name=name)]
        )
    token = _text(fields[q.TOKEN_FIELD]).strip()
    try:
        engagement_id = verify_token(session, token)
        engagement = session.get(Engagement, engagement_id)
        if engagement is None:
            raise UserError(
                _(
                    "Der Auftrag zu diesem Formular (Nr. {engagement_id}) existiert nicht mehr."
                ).format(engagement_id=engagement_id)
            )
        if engagement.feedback_token != token:
            raise UserError(
                _(
                    "Die Formular-Kennung „{token}“ ist unbekannt – das Formular gehört zu "
                    "keinem Auftrag in dieser Datenbank."
                ).format(token=token)
            )
        data = _to_data(fields, engagement_id, token, name, today)
        data = feedback_service.validate(data, today)
        feedback_service.check_not_duplicate(session, engagement_id, token)
    except FormImportError:
        raise
    except ValidationError as exc:
        if _nothing_answered(fields):
            raise FormImportError(
                [
                    _("„{name}“: Das Formular ist leer – es wurde keine Frage beantwortet.").format(
                        name=name
                    )
                ]
            ) from None
        raise FormImportError(
            [_("„{name}“: {message}").format(name=name, message=exc.message)]
        ) from None
    except UserError as exc:
        raise FormImportError(
            [_("„{name}“: {message}").format(name=name, message=exc.message)]
        ) from None
    return FormPreview(path, token, engagement_id, engagement.contact.name, engagement.title, data)


def preview_forms(session: Session, paths: Sequence[Path], today: dt.date) -> list[FormPreview]:
    """Check all files; raise one :class:`FormImportError` listing every problem."""
    if not paths:
        raise FormImportError([_("Keine Datei angegeben.")])
    previews: list[FormPreview] = []
    problems: list[str] = []
    seen: dict[str, Path] = {}
    for path in paths:
        try:
            preview = preview_form(session, path, today)
        except FormImportError as exc:
            problems.extend(exc.problems)
            continue
        if preview.token in seen:
            problems.append(
                _("„{name}“ ist dasselbe Formular wie „{name2}“.").format(
                    name=path.name, name2=seen[preview.token].name
                )
            )
            continue
        seen[preview.token] = path
        previews.append(preview)
    if problems:
        raise FormImportError(problems)
    return previews


def import_forms(
    session: Session, paths: Sequence[Path], today: dt.date
) -> list[feedback_service.FeedbackOutcome]:
    """Preview, then store every form in the caller's transaction (all or nothing)."""
    previews = preview_forms(session, paths, today)
    return store_previews(session, previews, today)


def store_previews(
    session: Session, previews: Sequence[FormPreview], today: dt.date
) -> list[feedback_service.FeedbackOutcome]:
    """Store checked forms; any failure propagates so the caller's transaction rolls back."""
    return [feedback_service.add_feedback(session, p.data, today=today) for p in previews]
