"""The end-of-project questions in our own German wording.

One place for the app form, the PDF questionnaire, the import and the summary,
so the client reads the same question everywhere and the summary groups the
answers under the text the client actually saw.
"""

from __future__ import annotations

from dataclasses import dataclass

from empfehlung_desktop.model import QuotePermission


@dataclass(frozen=True)
class TextQuestion:
    """A free-text question; ``key`` is the Feedback attribute and the PDF field name."""

    key: str
    text: str
    hint: str
    optional: bool = False
    # Shown in the summary as a group of quotes (who_else is private).
    quotable: bool = True


@dataclass(frozen=True)
class ScaleQuestion:
    """A question answered with one number on a scale."""

    key: str
    text: str
    low: int
    high: int
    low_label: str
    high_label: str


TEXT_QUESTIONS: tuple[TextQuestion, ...] = (
    TextQuestion(
        "first_time",
        "Was ist für Sie seit unserer Zusammenarbeit zum ersten Mal möglich?",
        "Etwas, das vorher nicht ging – ob groß oder klein.",
    ),
    TextQuestion(
        "works_better",
        "Was gelingt Ihnen heute besser als vorher?",
        "Im Alltag, im Team, bei Kunden – was Ihnen zuerst einfällt.",
    ),
    TextQuestion(
        "benefit",
        "Wie würden Sie einer Freundin oder einem Kollegen den Nutzen beschreiben?",
        "Gern in Ihren eigenen Worten, so wie Sie es erzählen würden.",
    ),
)

WHO_ELSE = TextQuestion(
    "who_else",
    "Fällt Ihnen jemand ein, dem diese Arbeit auch helfen könnte?",
    "Ganz freiwillig – ein Vorname oder eine Situation genügt. "
    "Ich melde mich bei niemandem ohne Ihr Einverständnis.",
    optional=True,
    quotable=False,
)

EXPECTATIONS = ScaleQuestion(
    "expectations_met",
    "Wie weit wurden Ihre Erwartungen erfüllt?",
    1,
    5,
    "gar nicht",
    "voll und ganz",
)

RECOMMEND = ScaleQuestion(
    "recommend_score",
    "Wie wahrscheinlich ist es, dass Sie mich weiterempfehlen?",
    0,
    10,
    "unwahrscheinlich",
    "äußerst wahrscheinlich",
)

PERMISSION_QUESTION = "Darf ich Ihre Antworten zitieren, etwa auf meiner Website?"

# German choice texts for the quote permission (form, app and summary agree).
PERMISSION_CHOICES: tuple[tuple[QuotePermission, str], ...] = (
    (QuotePermission.NAMED, "Ja, mit meinem Namen"),
    (QuotePermission.ANONYMOUS, "Ja, aber anonym"),
    (QuotePermission.NO, "Nein, bitte nicht"),
)

INTRO = (
    "Unsere Zusammenarbeit ist abgeschlossen – danke für Ihr Vertrauen. "
    "Ihre Rückmeldung hilft mir, gut zu bleiben und künftigen Kundinnen und Kunden "
    "ehrlich zu sagen, was sie erwarten dürfen. Es gibt keine falschen Antworten; "
    "jede Frage dürfen Sie auch leer lassen."
)

ALL_TEXT_QUESTIONS: tuple[TextQuestion, ...] = (*TEXT_QUESTIONS, WHO_ELSE)


def question_text(key: str) -> str:
    """The question for an answer key (for headings and previews)."""
    for question in ALL_TEXT_QUESTIONS:
        if question.key == key:
            return question.text
    for scale in (EXPECTATIONS, RECOMMEND):
        if scale.key == key:
            return scale.text
    if key == "quote_permission":
        return PERMISSION_QUESTION
    raise KeyError(key)


def permission_text(permission: QuotePermission) -> str:
    return dict(PERMISSION_CHOICES)[permission]


# Names of the fields in the PDF questionnaire; the importer recognises our
# forms by them, so they never change once forms are out with clients.
FIELD_PREFIX = "ed_"
TOKEN_FIELD = "ed_form_token"


def field_name(key: str) -> str:
    return FIELD_PREFIX + key
