"""The packed search parts a commit sends to its second process."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from empfehlung_desktop.interchange.search_documents import pack, unpack
from empfehlung_desktop.transliterate import contact_search_document

_TEXT = st.text(alphabet=st.sampled_from(["a", "ü", " ", "\x00", "\n", "+", "4", "9", "0"]))


def test_parts_cross_as_one_string_and_come_back_without_the_empty_ones() -> None:
    packed = pack(["Zoë Müller", "", "Praxis"], ["", "+49 761 123"])
    assert packed == (2, "Zoë Müller\x00Praxis\x00+49 761 123")
    assert unpack(packed) == (["Zoë Müller", "Praxis"], ["+49 761 123"])
    assert unpack(pack([], [])) == ([], [])
    assert unpack(pack(["", ""], [""])) == ([], [])


def test_a_part_holding_the_separator_crosses_as_it_is() -> None:
    packed = pack(["a\x00b", "c"], ["0761"])
    assert packed == (["a\x00b", "c"], ["0761"])
    assert unpack(packed) == (["a\x00b", "c"], ["0761"])


@given(st.lists(_TEXT, max_size=6), st.lists(_TEXT, max_size=3))
def test_the_packed_parts_fold_to_the_same_document(texts: list[str], phones: list[str]) -> None:
    kept = ([t for t in texts if t], [p for p in phones if p])
    assert unpack(pack(texts, phones)) == kept
    assert contact_search_document(*unpack(pack(texts, phones))) == contact_search_document(
        texts, phones
    )
