"""What clients reliably get: the themes promoters name most often, by plain counting.

No model, no guessing: the answers of promoters (9–10) are split into words,
common words dropped, word forms folded by a few German and English endings,
and each word counted once per feedback. Themes are the words most feedbacks
share. The suggested sentence for the "Warum Sie" page is built from an answer
whose client allowed quoting and that shares most themes, else from the theme
words alone, so nothing a client kept private reaches the page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from empfehlung_desktop.config import resource_path
from empfehlung_desktop.i18n import _
from empfehlung_desktop.model import Feedback, QuotePermission
from empfehlung_desktop.services.feedback import questions as q

PROMOTER_MIN_SCORE = 9
ANSWERS_READ = 3000
MIN_FEEDBACKS = 3  # fewer promoters than this: no themes worth saying
THEMES_SHOWN = 5
SENTENCE_MAX_CHARS = 160

_ENDINGS = ("ungen", "ung", "ern", "en", "er", "es", "em", "e", "n", "s")


@dataclass(frozen=True)
class Theme:
    word: str  # the form clients wrote most often
    feedbacks: int  # in how many promoters' feedbacks it occurs


@dataclass(frozen=True)
class ReliableBenefit:
    """The themes promoters share and a sentence to put on the "Warum Sie" page."""

    themes: tuple[Theme, ...]
    promoters: int  # feedbacks the themes were counted in
    sentence: str


@cache
def _stopwords() -> frozenset[str]:
    text = resource_path("texts", "stopwords.txt").read_text(encoding="utf-8")
    return frozenset(
        word for line in text.splitlines() if not line.startswith("#") for word in line.split()
    )


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _words(text: str) -> list[str]:
    return [
        w
        for w in re.findall(r"[^\W\d_]{3,}", text)
        if w.casefold() not in _stopwords() and len(w) >= 4
    ]


def find_themes(answers: list[tuple[str, bool]]) -> ReliableBenefit | None:
    """Themes of promoters' feedbacks: each item is (all answers of one feedback,
    may it be quoted). None with fewer than ``MIN_FEEDBACKS`` feedbacks with text."""
    answers = [(text, quotable) for text, quotable in answers if text.strip()]
    if len(answers) < MIN_FEEDBACKS:
        return None
    per_feedback: list[set[str]] = []
    spellings: dict[str, Counter[str]] = {}
    document_frequency: Counter[str] = Counter()
    for text, _quotable in answers:
        stems = set()
        for word in _words(text):
            stem = _stem(word.casefold())
            stems.add(stem)
            spellings.setdefault(stem, Counter())[word] += 1
        per_feedback.append(stems)
        document_frequency.update(stems)
    # A theme is shared: at least two feedbacks, most shared first, then alphabetical.
    ranked = sorted(
        (stem for stem, count in document_frequency.items() if count >= 2),
        # Equally often: capitalised words (German nouns: Klarheit, Preise) first.
        key=lambda stem: (
            -document_frequency[stem],
            not spellings[stem].most_common(1)[0][0][:1].isupper(),
            stem,
        ),
    )[:THEMES_SHOWN]
    if not ranked:
        return None
    themes = tuple(
        Theme(spellings[stem].most_common(1)[0][0], document_frequency[stem]) for stem in ranked
    )
    return ReliableBenefit(themes, len(answers), _sentence(answers, per_feedback, ranked, themes))


def _sentence(
    answers: list[tuple[str, bool]],
    per_feedback: list[set[str]],
    ranked: list[str],
    themes: tuple[Theme, ...],
) -> str:
    weight = {stem: len(ranked) - index for index, stem in enumerate(ranked)}
    best: tuple[int, int, str] | None = None
    for (text, quotable), stems in zip(answers, per_feedback, strict=True):
        for part in _sentences(text):
            if not quotable or len(part) > SENTENCE_MAX_CHARS:
                continue
            part_stems = {_stem(w.casefold()) for w in _words(part)} & stems
            score = sum(weight.get(stem, 0) for stem in part_stems)
            if score and (best is None or (score, -len(part)) > (best[0], best[1])):
                best = (score, -len(part), part)
    if best is not None:
        return _(
            "Was Kundinnen und Kunden nach der Zusammenarbeit immer wieder sagen: „{quote}“"
        ).format(quote=best[2])
    words = [f"„{theme.word}“" for theme in themes[:3]]
    listed = (
        words[0]
        if len(words) == 1
        else _("{first} und {last}").format(first=", ".join(words[:-1]), last=words[-1])
    )
    return _("Kundinnen und Kunden nennen nach der Zusammenarbeit am häufigsten {themes}.").format(
        themes=listed
    )


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def reliable_benefit(
    session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> ReliableBenefit | None:
    """The themes of the newest promoters' feedbacks between ``since`` and ``until``."""
    columns: list[Any] = [getattr(Feedback, question.key) for question in q.TEXT_QUESTIONS]
    stmt = select(Feedback.quote_permission, *columns).where(
        Feedback.recommend_score >= PROMOTER_MIN_SCORE
    )
    if since is not None:
        stmt = stmt.where(Feedback.received_on >= since)
    if until is not None:
        stmt = stmt.where(Feedback.received_on <= until)
    rows = session.execute(
        stmt.order_by(Feedback.received_on.desc(), Feedback.id.desc()).limit(ANSWERS_READ)
    ).all()
    answers = [
        (
            "\n".join(text.strip() for text in texts if text and text.strip()),
            QuotePermission(permission) is not QuotePermission.NO,
        )
        for permission, *texts in rows
    ]
    return find_themes(answers)
