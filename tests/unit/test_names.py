"""Splitting names into parts: nothing lost, German conventions, doubts marked."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from empfehlung_desktop.names import NameParts, compose_name, name_sort_key, split_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Dr. Nina Petersen", NameParts("Nina", "Petersen", "Dr.")),
        ("Mustermann, Heiko", NameParts("Heiko", "Mustermann")),
        ("Prof. Dr. Anna Schmidt, MBA", NameParts("Anna", "Schmidt", "Prof. Dr.", "MBA")),
        ("Ursula von der Leyen", NameParts("Ursula", "von der Leyen")),
        ("von der Leyen, Dr. Ursula", NameParts("Ursula", "von der Leyen", "Dr.")),
        ("Herr Dr. med. Jürgen Weiß", NameParts("Jürgen", "Weiß", "Dr. med.", salutation="mr")),
        ("Frau Ewa Nowak-Schäfer", NameParts("Ewa", "Nowak-Schäfer", salutation="ms")),
        ("Dr.-Ing. Hans Meier", NameParts("Hans", "Meier", "Dr.-Ing.")),
        ("Ludwig van Beethoven", NameParts("Ludwig", "van Beethoven")),
    ],
)
def test_certain_splits(name: str, expected: NameParts) -> None:
    assert split_name(name) == expected


@pytest.mark.parametrize(
    "name",
    ["Anna Maria Schmidt", "Käthe", "Quastenhuber Holzbau GmbH", "王小明", "Frau Schmidt"],
)
def test_guesses_are_marked(name: str) -> None:
    assert not split_name(name).certain


def test_organisation_stays_whole() -> None:
    parts = split_name("Müller & Söhne")
    assert (parts.given, parts.family) == ("", "Müller & Söhne")


def test_compose_and_sort_by_family_name_without_particles() -> None:
    assert compose_name("Anna", "Schmidt", "Dr.", "MBA") == "Dr. Anna Schmidt, MBA"
    assert compose_name("", "", "", "MBA") == ""
    assert name_sort_key("Anna", "Schmidt", "Dr. Anna Schmidt") == "schmidt anna"
    assert name_sort_key("Ursula", "von der Leyen", "") == "leyen von der ursula"
    assert name_sort_key("", "", "Quastenhuber GmbH") == "quastenhuber gmbh"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_no_word_is_lost(name: str) -> None:
    parts = split_name(name)
    kept = " ".join((parts.title, parts.given, parts.family, parts.suffix)).replace(",", " ")
    dropped = [w for w in name.replace(",", " ").split() if w not in kept.split()]
    # Only a leading salutation may leave the name (it becomes the Anrede).
    assert len(dropped) <= 1
    if dropped:
        assert parts.salutation
