"""The end-of-project questions in our own German wording.

One place for the app form, the PDF questionnaire, the import and the summary,
so the client reads the same question everywhere and the summary groups the
answers under the text the client actually saw.

The texts are German source strings marked with ``N_``; ``text``/``hint`` and the
module attributes ``INTRO``, ``PERMISSION_QUESTION`` and ``PERMISSION_CHOICES``
are looked up in the current language (see :mod:`empfehlung_desktop.i18n`) each
time they are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from empfehlung_desktop.i18n import N_, translate
from empfehlung_desktop.model import QuotePermission


@dataclass(frozen=True)
class TextQuestion:
    """A free-text question; ``key`` is the Feedback attribute and the PDF field name."""

    key: str
    source_text: str
    source_hint: str
    optional: bool = False
    # Shown in the summary as a group of quotes (who_else is private).
    quotable: bool = True

    @property
    def text(self) -> str:
        return translate(self.source_text)

    @property
    def hint(self) -> str:
        return translate(self.source_hint)


@dataclass(frozen=True)
class ScaleQuestion:
    """A question answered with one number on a scale."""

    key: str
    source_text: str
    low: int
    high: int
    source_low_label: str
    source_high_label: str

    @property
    def text(self) -> str:
        return translate(self.source_text)

    @property
    def low_label(self) -> str:
        return translate(self.source_low_label)

    @property
    def high_label(self) -> str:
        return translate(self.source_high_label)


TEXT_QUESTIONS: tuple[TextQuestion, ...] = (
    TextQuestion(
        "first_time",
        N_("Was ist für Sie seit unserer Zusammenarbeit zum ersten Mal möglich?"),
        N_("Etwas, das vorher nicht ging – ob groß oder klein."),
    ),
    TextQuestion(
        "works_better",
        N_("Was gelingt Ihnen heute besser als vorher?"),
        N_("Im Alltag, im Team, bei Kunden – was Ihnen zuerst einfällt."),
    ),
    TextQuestion(
        "benefit",
        N_("Wie würden Sie einer Freundin oder einem Kollegen den Nutzen beschreiben?"),
        N_("Gern in Ihren eigenen Worten, so wie Sie es erzählen würden."),
    ),
)

WHO_ELSE = TextQuestion(
    "who_else",
    N_("Fällt Ihnen jemand ein, dem diese Arbeit auch helfen könnte?"),
    N_(
        "Ganz freiwillig – ein Vorname oder eine Situation genügt. "
        "Ich melde mich bei niemandem ohne Ihr Einverständnis."
    ),
    optional=True,
    quotable=False,
)

EXPECTATIONS = ScaleQuestion(
    "expectations_met",
    N_("Wie weit wurden Ihre Erwartungen erfüllt?"),
    1,
    5,
    N_("gar nicht"),
    N_("voll und ganz"),
)

RECOMMEND = ScaleQuestion(
    "recommend_score",
    N_("Wie wahrscheinlich ist es, dass Sie mich weiterempfehlen?"),
    0,
    10,
    N_("unwahrscheinlich"),
    N_("äußerst wahrscheinlich"),
)

_PERMISSION_QUESTION = N_("Darf ich Ihre Antworten zitieren, etwa auf meiner Website?")

# Choice texts for the quote permission (form, app and summary agree).
_PERMISSION_CHOICES: tuple[tuple[QuotePermission, str], ...] = (
    (QuotePermission.NAMED, N_("Ja, mit meinem Namen")),
    (QuotePermission.ANONYMOUS, N_("Ja, aber anonym")),
    (QuotePermission.NO, N_("Nein, bitte nicht")),
)

_INTRO = N_(
    "Unsere Zusammenarbeit ist abgeschlossen – danke für Ihr Vertrauen. "
    "Ihre Rückmeldung hilft mir, gut zu bleiben und künftigen Kundinnen und Kunden "
    "ehrlich zu sagen, was sie erwarten dürfen. Es gibt keine falschen Antworten; "
    "jede Frage dürfen Sie auch leer lassen."
)


def __getattr__(name: str) -> Any:
    """``INTRO``, ``PERMISSION_QUESTION``, ``PERMISSION_CHOICES`` in the current language."""
    if name == "INTRO":
        return translate(_INTRO)
    if name == "PERMISSION_QUESTION":
        return translate(_PERMISSION_QUESTION)
    if name == "PERMISSION_CHOICES":
        return tuple((permission, translate(text)) for permission, text in _PERMISSION_CHOICES)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


ALL_TEXT_QUESTIONS: tuple[TextQuestion, ...] = (*TEXT_QUESTIONS, WHO_ELSE)


def permission_text(permission: QuotePermission) -> str:
    return translate(dict(_PERMISSION_CHOICES)[permission])


# Names of the fields in the PDF questionnaire; the importer recognises our
# forms by them, so they never change once forms are out with clients.
FIELD_PREFIX = "ed_"
TOKEN_FIELD = "ed_form_token"


def field_name(key: str) -> str:
    return FIELD_PREFIX + key
