"""Personal names: splitting a typed name into its parts, and composing it again.

Pure functions without dependencies (model, migrations, services and readers use
them). German conventions: academic titles precede the name ("Prof. Dr. Anna
Schmidt"), name particles belong to the family name ("Ursula von der Leyen") but
are ignored when sorting (DIN 5007: "Leyen, Ursula von der"), degrees may follow
after a comma ("Anna Schmidt, MBA").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from empfehlung_desktop.transliterate import sort_key

# Title words as they are written before a name (compared without dots, lower case).
_TITLE_WORDS = {
    "dr", "prof", "professor", "professorin", "doktor", "pd", "apl", "hon", "habil",
    "med", "dent", "vet", "phil", "rer", "nat", "pol", "oec", "jur", "iur", "theol",
    "ing", "h.c", "hc", "mult", "sc", "techn", "troph", "paed", "psych", "soc",
    "mag", "dipl", "di", "ba", "ma", "bsc", "msc", "mba", "llm", "em",
}  # fmt: skip
# Salutations a file or a user may put in front of a name.
_SALUTATIONS = {
    "frau": "ms", "fr": "ms", "herr": "mr", "hr": "mr", "hrn": "mr", "herrn": "mr",
    "mrs": "ms", "ms": "ms", "miss": "ms", "mr": "mr",
    "madame": "ms", "mme": "ms", "monsieur": "mr", "m": "mr", "signora": "ms", "signor": "mr",
    "pani": "ms", "pan": "mr",
}  # fmt: skip
# Degrees written after the name, usually after a comma.
_SUFFIXES = {
    "mba", "ma", "m.a", "ba", "b.a", "msc", "m.sc", "bsc", "b.sc", "llm", "ll.m", "phd",
    "ph.d", "jr", "sr", "iii", "ii", "mha", "meng", "m.eng", "beng", "b.eng", "dipl.-ing",
    "cpa", "cfa", "pmp", "mcc", "pcc", "acc", "dgsv", "eh", "e.h",
}  # fmt: skip
# Particles that begin a family name.
_PARTICLES = {
    "von", "vom", "zu", "zum", "zur", "van", "der", "den", "de", "del", "della", "di",
    "da", "dos", "das", "du", "la", "le", "ten", "ter", "op", "al", "el", "bin", "ibn",
    "mac", "st", "y",
}  # fmt: skip
# Words that make a "name" an organisation: left whole, never split.
_ORGANISATION = re.compile(
    r"\b(gmbh|ag|kg|ohg|e\.\s?v|ev|ug|gbr|mbh|inc|ltd|llc|corp|co|sarl|s\.a|bv|partg|"
    r"praxis|kanzlei|verein|stiftung|verband|institut|akademie|team|firma|büro|"
    r"agentur|studio|gruppe|holding|hotel|klinik|schule|universität)\b|&|\d",
    re.IGNORECASE,
)
_SPACED = re.compile(r"\s+")


@dataclass(frozen=True)
class NameParts:
    """A person's name in parts; ``certain`` is False where the split was a guess."""

    given: str = ""
    family: str = ""
    title: str = ""
    suffix: str = ""
    salutation: str = ""  # "ms", "mr" or "" (a code of model.enums.Salutation)
    certain: bool = True


def _bare(word: str) -> str:
    return word.casefold().replace(".", "").strip(",")


def _is_title(word: str) -> bool:
    bare = word.casefold().rstrip(".")
    if bare in _TITLE_WORDS:
        return True
    # Composite titles: "Dr.-Ing.", "Dipl.-Kfm.", "Dr.med.", "Prof.Dr."
    pieces = [p for p in re.split(r"[.\-]", bare) if p]
    return bool(pieces) and pieces[0] in {"dr", "prof", "dipl", "mag"} and "." in word


def _is_suffix(text: str) -> bool:
    words = [w for w in re.split(r"[\s,]+", text.strip()) if w]
    return bool(words) and all(
        w.casefold().strip("()") in _SUFFIXES or w.casefold().rstrip(".") in _SUFFIXES
        for w in words
    )


def looks_like_organisation(name: str) -> bool:
    return bool(_ORGANISATION.search(name))


def split_name(name: str) -> NameParts:
    """Split a name as typed or found in a file ("Dr. Nina Petersen", "Mustermann, Heiko").

    Never loses a character of the name's words: what is not a title, salutation or
    suffix is in ``given`` or ``family``. An organisation, a single word or a name in
    a script without spaces between its parts is returned whole as ``family`` and
    marked uncertain where a person could have been meant.
    """
    text = _SPACED.sub(" ", name).strip()
    if not text:
        return NameParts()
    if looks_like_organisation(text):
        return NameParts(family=text, certain=False)
    suffix = ""
    family_first = False
    if "," in text:
        head, _sep, tail = text.partition(",")
        tail = tail.strip()
        if _is_suffix(tail):
            text, suffix = head.strip(), tail
        elif "," not in tail and head.strip() and tail:
            # "Mustermann, Heiko" / "von der Leyen, Dr. Ursula"
            family_first = True
        else:
            return NameParts(family=text, certain=False)
    if family_first:
        head, _sep, tail = text.partition(",")
        salutation, title, given_words = _leading(tail.strip().split(" "))
        given = " ".join(given_words)
        return NameParts(
            given=given,
            family=head.strip(),
            title=title,
            suffix=suffix,
            salutation=salutation,
            certain=bool(given) and " " not in given,
        )
    salutation, title, words = _leading(text.split(" "))
    if not words:
        # Only a title or salutation: keep the text as the name.
        return NameParts(family=text, suffix=suffix, certain=False)
    if len(words) == 1:
        return NameParts(
            family=words[0], suffix=suffix, title=title, salutation=salutation, certain=False
        )
    start = next(
        (i for i in range(1, len(words) - 1) if _bare(words[i]) in _PARTICLES), len(words) - 1
    )
    certain = len(words) == 2 or start < len(words) - 1
    return NameParts(
        given=" ".join(words[:start]),
        family=" ".join(words[start:]),
        title=title,
        suffix=suffix,
        salutation=salutation,
        certain=certain,
    )


def _leading(words: list[str]) -> tuple[str, str, list[str]]:
    """Take salutation and title words off the front: (salutation, title, the rest)."""
    salutation = ""
    titles: list[str] = []
    rest = [w for w in words if w]
    while rest:
        bare = _bare(rest[0])
        if not salutation and not titles and bare in _SALUTATIONS and len(rest) > 1:
            salutation = _SALUTATIONS[bare]
        elif _is_title(rest[0]) and len(rest) > 1:
            titles.append(rest[0])
        else:
            break
        rest = rest[1:]
    return salutation, " ".join(titles), rest


def compose_name(given: str, family: str, title: str = "", suffix: str = "") -> str:
    """The display name: "Prof. Dr. Anna Schmidt, MBA"."""
    core = " ".join(p for p in (title.strip(), given.strip(), family.strip()) if p)
    return f"{core}, {suffix.strip()}" if suffix.strip() and core else core


def name_sort_key(given: str, family: str, fallback: str) -> str:
    """Sort by family name without its particles, then given name ("leyen von der ursula")."""
    family = family.strip()
    if not family:
        return sort_key(fallback or given)
    words = family.split(" ")
    lead = 0
    while lead < len(words) - 1 and words[lead][:1].islower() and _bare(words[lead]) in _PARTICLES:
        lead += 1
    ordered = " ".join([*words[lead:], *words[:lead], given.strip()])
    return sort_key(ordered)


def split_prefix(prefix: str) -> tuple[str, str, list[str]]:
    """A vCard N prefix ("Frau Dr.") as (salutation code, title, words left over)."""
    words = prefix.split()
    salutation, title, rest = _leading([*words, "\0"])
    return salutation, title, [w for w in rest if w != "\0"]


def iso_birthday(day: int | None, month: int | None, year: int | None) -> str | None:
    """ISO 8601 ("1980-03-15", or "--03-15" without a year) for files and JSON."""
    if day is None or month is None:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
