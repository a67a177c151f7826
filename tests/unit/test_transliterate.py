import pytest
from hypothesis import given
from hypothesis import strategies as st

from empfehlung_desktop import transliterate
from empfehlung_desktop.transliterate import (
    ascii_spelling,
    contact_search_document,
    german_spelling,
    match_fold,
    name_start_keys,
    phone_search_forms,
    search_fold,
    search_terms,
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


def contains(document: str, query: str) -> bool:
    """What the search does: every folded term of the query is in the folded document."""
    return all(term in document for term in search_terms(query))


def test_search_finds_what_germans_type() -> None:
    mueller = contact_search_document(["Rosa Müller"])
    for query in ("mull", "muell", "Müll", "MUELL", "müller", "Mueller", "Rosa Mü"):
        assert contains(mueller, query), query
    soeren = contact_search_document(["Sören Weiß", "Łódź", "Małgorzata"])
    for query in ("Soren", "Soeren", "SÖREN", "weiss", "weiß", "WEISS", "Lodz", "Malg"):
        assert contains(soeren, query), query
    assert not contains(mueller, "Miller")


@pytest.mark.parametrize("query", ["0221 123", "0221123", "+49221123", "+49 221 12", "0049 221"])
def test_international_number_is_found_in_national_and_international_form(query: str) -> None:
    document = contact_search_document(["Anna"], ["+49 221 1234567"])
    assert contains(document, query)


@pytest.mark.parametrize("query", ["+49 761", "0761 555", "+49 (0)761 555-12", "0049761555"])
def test_national_number_is_taken_as_german_for_the_search(query: str) -> None:
    document = contact_search_document(["Anna"], ["0761 555 12"])
    assert contains(document, query)
    assert not contains(document, "+41 761")


def test_phone_forms() -> None:
    assert phone_search_forms("+49 221 1234567") == ["492211234567", "02211234567"]
    assert phone_search_forms("0761 555 12") == ["076155512", "4976155512"]
    assert phone_search_forms("+41 79 123 45 67") == ["41791234567", "0791234567"]
    assert phone_search_forms("0043 664 1234567") == [
        "00436641234567",
        "436641234567",
        "06641234567",
    ]
    assert phone_search_forms("+1 (413) 549-0077") == ["14135490077", "4135490077"]
    assert phone_search_forms("+39 06 1234") == ["39061234", "061234"]
    assert phone_search_forms("+49 (0)221 / 12 34") == ["492211234", "02211234"]
    assert phone_search_forms("") == []


def _forms_number_by_number(phone: str) -> list[str]:
    """phone_search_forms without its one-number shortcut."""
    forms: list[str] = []
    for written, others in transliterate._numbers(phone):
        forms += [written, *others]
    return list(dict.fromkeys(forms))


@st.composite
def written_phones(draw: st.DrawFn) -> str:
    """Digit groups with what people put between and before them."""
    groups = draw(st.lists(st.sampled_from(["49", "761", "0", "1", "٣"]), min_size=1, max_size=4))
    between = st.sampled_from(["", " ", "(0)", " (0) ", "/", " - ", "\t", "(", ")", " x ", ", "])
    phone = draw(st.sampled_from(["", "+", "00", "0", "(", " ", "+ "])) + groups[0]
    for group in groups[1:]:
        phone += draw(between) + group
    return phone + draw(st.sampled_from(["", " ", ")", "-"]))


@given(written_phones())
def test_one_number_forms_are_those_found_number_by_number(phone: str) -> None:
    assert phone_search_forms(phone) == _forms_number_by_number(phone)


@pytest.mark.parametrize(
    "phone", ["+49 171 6015539", "0761 555 12", "0043 664 1", "0", "7", "+1 (413) 549-0077"]
)
def test_common_numbers_take_the_one_number_shortcut(phone: str) -> None:
    assert transliterate._NUMBER.fullmatch(phone)
    assert phone_search_forms(phone) == _forms_number_by_number(phone)


def test_document_fields_each_start_a_word() -> None:
    document = contact_search_document(["Rosa  Müller", "Gemüse\nAG", ""], ["+49 (0)221 12"])
    assert document == " rosa muller gemuse ag 4922112 022112"
    assert contact_search_document(["", " "], [""]) == ""
    assert " ag" in document  # a word start after a line break


def test_terms_join_digit_groups_and_drop_the_00_prefix() -> None:
    assert search_terms("Müller  0221 / 123-45") == ["muller", "022112345"]
    assert search_terms("0049 221") == ["49221"]
    assert search_terms("+49 (0) 221") == ["49221"]
    assert search_terms("007") == ["007"]
    assert search_terms("Straße 12") == ["strasse", "12"]


def test_name_start_keys_cover_letters_sort_key_keeps() -> None:
    assert name_start_keys("l") == ["l", "ł"]
    assert name_start_keys("o") == ["o", "ø", "œ"]
    assert name_start_keys("m") == ["m"]


@given(st.text(max_size=30))
def test_a_typed_part_of_a_word_is_found_in_it(text: str) -> None:
    """A query typed from a word start finds the text (the search's promise)."""
    document = contact_search_document([text])
    for word in text.split():
        for end in range(1, len(word) + 1):
            assert contains(document, word[:end]) or not search_terms(word[:end])


def test_a_field_the_document_holds_already_is_left_out() -> None:
    document = contact_search_document(["Bernd Albrecht", "", "Bernd", "Albrecht", "Albrecht KG"])
    assert document == " bernd albrecht albrecht kg"
    # Part of a word is no word start: "recht" stays a field of its own.
    assert contact_search_document(["Albrecht", "Recht"]) == " albrecht recht"


@given(
    st.lists(
        st.text(alphabet="ab üc-", max_size=8),
        max_size=6,
    )
)
def test_leaving_out_held_fields_changes_no_search(texts: list[str]) -> None:
    """Every term (no space) and word start (" x…") found in all fields joined is found
    in the document without the fields it held already."""
    document = contact_search_document(texts)
    every_field = " ".join(" ".join(search_fold(text).split()) for text in texts if text.strip())
    every_field = " " + every_field if every_field else ""
    for start in range(len(every_field)):
        for end in range(start + 1, min(len(every_field), start + 6) + 1):
            piece = every_field[start:end]
            if " " not in piece[1:]:  # what a search term or a word start can be
                assert piece in document, (piece, texts, document)


def _document_field_by_field(texts: list[str], phones: list[str]) -> str:
    """The document as defined: each field folded on its own (the reference)."""
    phones = [p for p in phones if p]
    document = ""
    for text in (*texts, *phones):
        words = " ".join(search_fold(text).split()) if text else ""
        if words and " " + words not in document:
            document += " " + words
    document = document or " "
    for phone in phones:
        for form in phone_search_forms(phone):
            if form not in document:
                document += " " + form
    return document if document.strip() else ""


_FIELD_TEXT = st.text(
    alphabet=st.sampled_from(list("aeouAÄäöüßσΣςİıŁøæ ﬁ\t\n\r\x00\x1c\u2028+-/()0123456789")),
    max_size=12,
)


@given(st.lists(_FIELD_TEXT, max_size=8), st.lists(_FIELD_TEXT, max_size=3))
def test_fields_folded_together_give_the_document_of_fields_folded_alone(
    texts: list[str], phones: list[str]
) -> None:
    """The fields a contact's document has not seen yet are folded in one call; the
    document is that of each field folded on its own, whatever the fields hold (a
    NUL, the ends of numbers, letters that fold to two), and again from the cache."""
    transliterate._FOLDED.clear()
    expected = _document_field_by_field(texts, phones)
    assert contact_search_document(texts, phones) == expected
    assert contact_search_document(texts, phones) == expected  # folded before: cached


def test_the_fold_cache_is_emptied_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transliterate, "_FOLDED_LIMIT", 3)
    transliterate._FOLDED.clear()
    assert contact_search_document(["Anna", "Bär"]) == " anna bar"
    assert contact_search_document(["Carl", "Dörte"]) == " carl dorte"
    assert len(transliterate._FOLDED) == 2
    assert contact_search_document(["Anna", "Bär"]) == " anna bar"
