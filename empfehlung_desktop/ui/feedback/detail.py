"""The detail pane of the Feedback view: all answers of one feedback as escaped HTML."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from empfehlung_desktop.model import Feedback
from empfehlung_desktop.services.feedback import questions as q
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.formats import date_text
from empfehlung_desktop.ui.i18n import enum_label


def _answer(text: str) -> str:
    if not text.strip():
        none = html.escape(QCoreApplication.translate("FeedbackDetail", "keine Antwort"))
        return f"<p style='color:{theme.colours().muted}'><i>{none}</i></p>"
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def detail_html(feedback: Feedback) -> str:
    """All answers of one feedback as escaped HTML for the detail pane."""
    contact = feedback.engagement.contact
    out_of = QCoreApplication.translate("FeedbackDetail", "{score} von {maximum}")
    score = (
        "–"
        if feedback.recommend_score is None
        else out_of.format(score=feedback.recommend_score, maximum=10)
    )
    met = (
        "–"
        if feedback.expectations_met is None
        else out_of.format(score=feedback.expectations_met, maximum=5)
    )
    received = QCoreApplication.translate(
        "FeedbackDetail", "{title} · eingegangen am {date} · {channel}"
    )
    figures = QCoreApplication.translate(
        "FeedbackDetail",
        "<b>Weiterempfehlung:</b> {score} &nbsp; <b>Erwartungen erfüllt:</b> {met}<br>"
        "<b>Zitieren:</b> {permission}",
    )
    accent = theme.colours().accent_text
    parts = [
        f"<h2 style='color:{accent};margin-bottom:0'>{html.escape(contact.name)}</h2>",
        "<p style='color:{}'>{}</p>".format(
            theme.colours().muted,
            received.format(
                title=html.escape(feedback.engagement.title),
                date=date_text(feedback.received_on),
                channel=html.escape(enum_label(feedback.channel)),
            ),
        ),
        "<p>{}</p>".format(
            figures.format(
                score=score,
                met=met,
                permission=html.escape(q.permission_text(feedback.quote_permission)),
            )
        ),
    ]
    for question in q.ALL_TEXT_QUESTIONS:
        parts.append(f"<h4>{html.escape(question.text)}</h4>")
        parts.append(_answer(getattr(feedback, question.key)))
    if feedback.testimonial_approved:
        title = html.escape(QCoreApplication.translate("FeedbackDetail", "Freigegebene Referenz"))
        parts.append(f"<h4 style='color:{theme.colours().accent_text}'>{title}</h4>")
        parts.append(_answer(feedback.testimonial_text))
    return "".join(parts)
