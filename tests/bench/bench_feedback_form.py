"""Questionnaires in a batch against a bare-ReportLab floor (goal: ≤ 2×, issue 16).

Ours: ``build_feedback_form`` (two pages: letterhead with logo, wrapped questions,
seven fields with the embedded form font, footer, page numbers). The floor: the
same two pages with a bare canvas and the same TTF — the same texts drawn with
``drawString``, the same fields in ReportLab's Helvetica — measured interleaved in
the same run.
"""

from __future__ import annotations

import io
import statistics
import time

BATCH = 50
Result = tuple[str, float, str]


def _content() -> object:
    from empfehlung_desktop.services.feedback.forms import FormContent

    return FormContent(
        engagement_id=15,
        practice_name="Katrin Sommerfeld",
        practice_title="Markenberatung für Selbstständige und kleine Unternehmen",
        practice_contact="kontakt@sommerfeld-marken.example · +49 761 4567890",
        practice_email="kontakt@sommerfeld-marken.example",
        client_name="Zdeněk Šťastný",
        engagement_title="Markenworkshop",
        token="E15-F2K4SZQQSN-0932ff02",
        practice_address="Schwabentorring 12\n79098 Freiburg im Breisgau",
    )


def _floor_once(content: object) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from empfehlung_desktop.reports.fonts import FONT, FONT_BOLD
    from empfehlung_desktop.services.feedback import questions as q

    canvas = Canvas(io.BytesIO(), pagesize=A4)
    form = canvas.acroForm
    for page, questions in enumerate((q.TEXT_QUESTIONS, (q.WHO_ELSE,))):
        canvas.setFont(FONT_BOLD, 13)
        canvas.drawString(57, 800, content.practice_name)  # type: ignore[attr-defined]
        canvas.setFont(FONT, 9)
        canvas.drawString(57, 786, content.practice_title)  # type: ignore[attr-defined]
        y = 740
        for question in questions:
            canvas.setFont(FONT_BOLD, 10.5)
            canvas.drawString(57, y, question.text)
            canvas.setFont(FONT, 8)
            canvas.drawString(57, y - 12, question.hint)
            form.textfield(
                name=f"{page}-{question.key}", x=57, y=y - 130, width=480, height=110,
                fontName="Helvetica", fontSize=10, fieldFlags="multiline", value="",
            )  # fmt: skip
            y -= 160
        if page == 1:
            for row, count in enumerate((11, 5, 3)):
                for index in range(count):
                    form.radio(
                        name=f"r{row}", value=str(index), selected=False,
                        x=60 + index * 40, y=600 - row * 60, size=15,
                    )  # fmt: skip
        canvas.setFont(FONT, 8)
        canvas.drawString(57, 40, content.practice_email)  # type: ignore[attr-defined]
        canvas.showPage()
    canvas.save()


def run() -> list[Result]:
    from empfehlung_desktop.reports.feedback_form import build_feedback_form
    from empfehlung_desktop.reports.fonts import register_fonts

    register_fonts()
    content = _content()
    build_feedback_form(content, io.BytesIO())  # type: ignore[arg-type]  # warm-up
    _floor_once(content)
    ours: list[float] = []
    floor: list[float] = []
    for _ in range(BATCH):  # interleaved: load from other processes hits both alike
        started = time.perf_counter()
        build_feedback_form(content, io.BytesIO())  # type: ignore[arg-type]
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        _floor_once(content)
        floor.append(time.perf_counter() - started)
    per_ours = statistics.median(ours) * 1000
    per_floor = statistics.median(floor) * 1000
    return [
        (f"Fragebogen im Stapel ({BATCH}), Median", per_ours, "ms je Fragebogen"),
        ("Gleiche zwei Seiten, nackte ReportLab-Canvas", per_floor, "ms je Bogen (Boden)"),
        ("Verhältnis Fragebogen / Boden", per_ours / per_floor, "× (Ziel ≤ 2)"),
    ]


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name:<45} {value:>9.3f}  {unit}")
