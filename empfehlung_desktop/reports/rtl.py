"""Right-to-left runs (Hebrew, Arabic) of one line put into visual order, word by word.

ReportLab lays out left to right; HarfBuzz orders and joins the letters inside
each word, so only the words of a right-to-left run are reversed here.
"""

from __future__ import annotations

import re
import unicodedata

_TOKENS = re.compile(r"(\s+)")


def _strong_direction(token: str) -> str | None:
    for ch in token:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return None


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def visual_order(line: str) -> str:
    """Put right-to-left runs of one line into visual order, word by word.

    The base direction is left-to-right (German and English documents). Words
    whose first strong character is Hebrew or Arabic, and the neutral words
    between them (numbers, punctuation), are reversed as a run; the letters
    inside each word stay in logical order for HarfBuzz to order and join.
    """
    if not has_rtl(line):
        return line
    tokens = _TOKENS.split(line)
    directions = [_strong_direction(t) if t and not t.isspace() else None for t in tokens]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if directions[i] != "R":
            out.append(tokens[i])
            i += 1
            continue
        last = j = i
        while j + 1 < len(tokens) and directions[j + 1] != "L":
            j += 1
            if directions[j] == "R":
                last = j
        run = tokens[i : last + 1]
        # Punctuation after the run ("Guten Tag محمد,") belongs to the left-to-right
        # text: it goes to the right end of the run, i.e. to the front of the run's
        # visually last word, which HarfBuzz draws right-to-left.
        word = run[-1]
        cut = len(word)
        while cut > 0 and unicodedata.bidirectional(word[cut - 1]) in ("CS", "ON", "ET", "ES"):
            cut -= 1
        run[-1], trailing = word[:cut], word[cut:]
        visual = list(reversed(run))
        visual[-1] = trailing + visual[-1]
        out.extend(visual)
        i = last + 1
    return "".join(out)
