"""The message catalogue: every ``_()`` text has an English entry, and nothing else.

The package source is parsed with ``ast``: ``_("…")``, ``N_("…")`` and
``ngettext("…", "…", n)`` must be called with plain string literals (no
f-strings, no variables), or the texts could not be collected for translation.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
import string
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

import pytest

from empfehlung_desktop import i18n
from empfehlung_desktop.model import enums

PACKAGE = Path(i18n.__file__).resolve().parent
MARKERS = {"_": 1, "N_": 1, "ngettext": 2}


def _calls(tree: ast.AST) -> Iterator[tuple[ast.Call, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else None
            if name in MARKERS:
                yield node, name


def collect() -> tuple[dict[str, str], list[str]]:
    """(German text → where it is used, problems) over the whole package."""
    found: dict[str, str] = {}
    problems: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call, name in _calls(tree):
            where = f"{path.relative_to(PACKAGE)}:{call.lineno}"
            literal_args = call.args[: MARKERS[name]]
            if len(literal_args) < MARKERS[name] or (call.keywords and name != "ngettext"):
                problems.append(f"{where}: {name}() needs {MARKERS[name]} literal argument(s)")
                continue
            for arg in literal_args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.setdefault(arg.value, where)
                else:
                    kind = "an f-string" if isinstance(arg, ast.JoinedStr) else "not a literal"
                    problems.append(f"{where}: {name}() argument is {kind}")
    return found, problems


def enum_labels() -> set[str]:
    labels = {role.label for role in enums.Role.singles()}
    for value in vars(enums).values():
        if (
            isinstance(value, type)
            and issubclass(value, enums.LabeledEnum)
            and value is not enums.LabeledEnum
        ):
            labels.update(member.label for member in value)
    return labels


def catalogue() -> dict[str, str]:
    data = json.loads(i18n.catalogue_path("en").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    try:
        yield
    finally:
        i18n.set_language("de")


def test_translation_calls_use_plain_literals() -> None:
    _found, problems = collect()
    assert problems == []


def test_every_text_has_an_english_entry() -> None:
    found, _problems = collect()
    entries = catalogue()
    missing = [f"{where}: {text!r}" for text, where in found.items() if text not in entries]
    missing += [repr(label) for label in sorted(enum_labels()) if label not in entries]
    assert missing == []


def test_catalogue_has_no_unused_entries() -> None:
    found, _problems = collect()
    used = set(found) | enum_labels()
    assert sorted(set(catalogue()) - used) == []


def test_entries_are_translated_and_keep_their_placeholders() -> None:
    for german, english in catalogue().items():
        assert english.strip(), german
        assert _placeholders(english) == _placeholders(german), german
        # Markup placeholders such as <b>…</b> must survive too.
        assert re.findall(r"</?\w+/?>", english) == re.findall(r"</?\w+/?>", german), german


def test_the_detector_catches_f_strings_and_variables() -> None:
    source = 'x = 1\n_(f"Kontakt {x}")\n_(TEXT)\nngettext("a", b, 2)\n_("gut")\n'
    tree = ast.parse(source)
    assert [name for _call, name in _calls(tree)] == ["_", "_", "ngettext", "_"]
    bad = [
        arg
        for call, name in _calls(tree)
        for arg in call.args[: MARKERS[name]]
        if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str))
    ]
    assert len(bad) == 3


def test_german_is_the_default_and_english_is_looked_up(english: None) -> None:
    assert i18n.current_language() == "en"
    assert i18n._("Zur Vorbereitung") == catalogue()["Zur Vorbereitung"]
    text = i18n._("Kontakt {contact_id} gibt es nicht (mehr).").format(contact_id=7)
    assert "7" in text
    assert "Kontakt" not in text
    assert i18n._("kein Eintrag im Katalog") == "kein Eintrag im Katalog"
    i18n.set_language("de")
    assert i18n._("Zur Vorbereitung") == "Zur Vorbereitung"


def test_default_language_is_german() -> None:
    assert i18n.current_language() == "de"
    assert i18n.format_date(dt.date(2026, 11, 24)) == "24.11.2026"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        i18n.set_language("fr")


def test_enum_labels_and_plurals(english: None) -> None:
    assert i18n.enum_label(enums.Role.CLIENT) == catalogue()["Kunde"]
    assert i18n.enum_label(enums.ReferralStatus.RECEIVED) != "Eingegangen"
    assert i18n.ngettext("eine Empfehlung", "{count} Empfehlungen", 1) == "one referral"
    plural = i18n.ngettext("eine Empfehlung", "{count} Empfehlungen", 3)
    assert plural.format(count=3) == "3 referrals"


def test_dates_and_numbers(english: None) -> None:
    day = dt.date(2026, 11, 24)
    assert i18n.format_date(day) == "24 Nov 2026"
    assert i18n.format_long_date(day) == "Tuesday, 24 November 2026"
    assert i18n.format_datetime(dt.datetime(2026, 11, 24, 9, 5)) == "24 Nov 2026, 09:05"
    assert i18n.format_number(4.25, 1) in ("4.2", "4.3")
    assert i18n.format_int(10000) == "10,000"
    i18n.set_language("de")
    assert i18n.format_long_date(day) == "Dienstag, 24. November 2026"
    assert i18n.format_int(10000) == "10.000"
    assert i18n.format_number(4.5, 1) == "4,5"


def test_language_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "en_GB.UTF-8")
    assert i18n.language_from_env() == "en"
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "fr")
    assert i18n.language_from_env() == "de"


def test_ui_and_enum_classes_do_not_need_qt() -> None:
    # i18n is near the bottom: no Qt, nothing of ours but the shipped-files helper.
    tree = ast.parse(Path(i18n.__file__).read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    ours = {name for name in imported if name.startswith("empfehlung_desktop")}
    assert ours <= {"empfehlung_desktop.shipped"}
    assert not any(name.startswith("PySide6") for name in imported)
    assert isinstance(enums.Role.CLIENT, Enum)


def test_new_english_profile_gets_english_section_titles(english: None) -> None:
    from empfehlung_desktop.services.engagements import profile as ps

    english_titles = [s.title for s in ps.default_sections()]
    i18n.set_language("de")
    german = ps.default_sections()
    assert english_titles[0] == "Who I work with"
    assert german[0].title == "Für wen ich arbeite"
    assert len(english_titles) == len(german) and set(english_titles).isdisjoint(
        s.title for s in german
    )
    # The example texts are the practitioner's to replace: they stay as shipped.
    assert all(s.body.startswith(ps.EXAMPLE_PREFIX) for s in german)
