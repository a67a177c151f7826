"""The handout as bytes, for tests and benchmarks that read the PDF back."""

from __future__ import annotations

import io

from empfehlung_desktop.reports.handout import build_handout
from empfehlung_desktop.services.engagements.handout import HandoutData


def handout_bytes(data: HandoutData) -> bytes:
    buffer = io.BytesIO()
    build_handout(data, buffer)
    return buffer.getvalue()
