"""Fill our PDF questionnaire the way a client's PDF reader would (via pypdf)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader, PdfWriter

HOSTILE_ANSWERS = {
    "first_time": "Łukasz sagt: Zum ersten Mal <b>klar</b> & deutlich 😀",
    "works_better": "Angebote über 100 € schreibe ich jetzt ohne Bauchweh.\nZweite Zeile & mehr",
    "benefit": "Sie hört zu – & bringt es auf den Punkt. " + "Sehr lang. " * 40,
    "who_else": "Vielleicht Żaneta 🙂",
}


def fill_form(
    source: Path,
    target: Path,
    texts: dict[str, str] | None = None,
    recommend: int | None = 9,
    expectations: int | None = 5,
    permission: str | None = "named",
    token: str | None = None,
) -> None:
    """Write ``target``: ``source`` with the given answers (radio values as ``/7``)."""
    writer = PdfWriter(clone_from=PdfReader(source))
    values: dict[str, str] = {
        f"ed_{key}": value for key, value in (texts or HOSTILE_ANSWERS).items()
    }
    if recommend is not None:
        values["ed_recommend_score"] = f"/{recommend}"
    if expectations is not None:
        values["ed_expectations_met"] = f"/{expectations}"
    if permission is not None:
        values["ed_quote_permission"] = f"/{permission}"
    if token is not None:
        values["ed_form_token"] = token
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    with target.open("wb") as handle:
        writer.write(handle)
