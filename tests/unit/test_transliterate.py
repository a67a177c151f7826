from hypothesis import given
from hypothesis import strategies as st

from empfehlung_desktop.transliterate import (
    ascii_spelling,
    german_spelling,
    match_fold,
    sort_key,
    strip_accents,
)


def test_sort_key_folds_case_umlauts_and_accents() -> None:
    assert sort_key("  Ärger ") == "arger"
    assert sort_key("Weiß") == sort_key("WEISS") == "weiss"
    assert sort_key("Zoë Ångström") == "zoe angstrom"
    # Letters without a decomposition stay as they are: stored keys must not change.
    assert sort_key("Łukasz") == "łukasz"


def test_german_spelling_and_ascii_spelling() -> None:
    assert german_spelling("Jürgen Weiß, Öztürk") == "Juergen Weiss, Oeztuerk"
    assert german_spelling("Zoë Łukasz") == "Zoë Łukasz"
    assert ascii_spelling("Łukasz Köhler-Zoë Søren Æbelø") == "Lukasz Koehler-Zoe Soren Aebelo"
    assert ascii_spelling("Иван") == ""


def test_match_fold_turns_special_letters_into_base_letters() -> None:
    assert match_fold("Łódź Øre STRAẞE") == "lodz ore strasse"
    assert strip_accents("Crème brûlée") == "Creme brulee"


@given(st.text(max_size=20))
def test_match_fold_is_per_character(text: str) -> None:
    assert match_fold(text) == "".join(match_fold(ch) for ch in text)
