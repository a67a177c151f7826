"""The phone check's fast path builds exactly the number phonenumbers' parser returns."""

from __future__ import annotations

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from empfehlung_desktop.services.contacts import validation
from empfehlung_desktop.services.contacts.validation import check_phone

_PREFIXES = ("+49", "+43", "+41", "+423", "+4231001", "+1", "+39", "0", "00", "+490", "")
_REGIONS = (None, "DE", "AT", "CH", "LI", "US", "IT")


@st.composite
def written_numbers(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(_PREFIXES))
    digits = draw(st.text(alphabet="0123456789", min_size=1, max_size=14))
    separators = draw(st.lists(st.sampled_from(" ()./-"), max_size=3))
    text = prefix + digits
    for index, separator in enumerate(separators):
        at = 1 + (index * 3) % max(len(text) - 1, 1)
        text = text[:at] + separator + text[at:]
    return text


def _direct(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    """The number the fast path reads, as phonenumbers would build it."""
    parts = validation._direct_parts(text, region)
    if parts is None:
        return None
    code, national = parts
    return phonenumbers.PhoneNumber(country_code=code, national_number=int(national))


@settings(max_examples=2000, deadline=None)
@given(written_numbers(), st.sampled_from(_REGIONS))
def test_the_direct_number_is_the_parsed_number(text: str, region: str | None) -> None:
    built = _direct(text, region)
    if built is None:
        return
    assert phonenumbers.is_valid_number(built)
    assert built == phonenumbers.parse(text, region)
    if region is not None:
        assert phonenumbers.region_code_for_number(built) == region


def test_the_plain_forms_take_the_fast_path() -> None:
    assert _direct("+49 171 1234567", None) is not None
    assert _direct("0761 / 555 12-34", "DE") is not None
    assert _direct("+41 79 123 45 67", None) is not None
    # Left to the parser: a trunk zero after the country code, letters, other countries.
    assert _direct("+49 (0)761 5551234", None) is None
    assert _direct("0761 5551234 x12", "DE") is None
    assert _direct("+1 413 549 0077", None) is None


def test_results_do_not_change_with_the_cache() -> None:
    for _round in range(2):
        assert check_phone("+49 171 1234567").text == "+49 171 1234567"
        assert check_phone("0761 5551234", country="DE").text == "+49 761 5551234"
        swiss = check_phone("079 123 45 67")
        assert swiss.text == "079 123 45 67"
        assert swiss.hint
        assert check_phone("0664 1234567").text == "0664 1234567"


@settings(max_examples=3000, deadline=None)
@given(
    st.sampled_from(((49, "DE"), (43, "AT"), (41, "CH"), (423, "LI"))),
    st.sampled_from(("1", "15", "17", "30", "69", "761", "664", "676", "79", "800", "900", "")),
    st.text(alphabet="0123456789", min_size=1, max_size=12),
)
def test_validity_asks_the_same_patterns_as_phonenumbers(
    country: tuple[int, str], prefix: str, digits: str
) -> None:
    code, region = country
    national = (prefix + digits).lstrip("0")
    if not national:
        return
    number = phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
    assert validation._valid_national(region, national) == phonenumbers.is_valid_number(number)


@settings(max_examples=3000, deadline=None)
@given(
    st.sampled_from((49, 43, 41, 423)),
    st.sampled_from(("1", "15", "17", "30", "69", "761", "664", "676", "79", "800", "900", "")),
    st.text(alphabet="0123456789", min_size=1, max_size=12),
)
def test_the_direct_format_is_phonenumbers_format(code: int, prefix: str, digits: str) -> None:
    national = (prefix + digits).lstrip("0")
    if not national:
        return
    number = phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
    if not phonenumbers.is_valid_number(number):
        return
    expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    assert validation._format_direct(code, national) == expected


@settings(max_examples=2000, deadline=None)
@given(written_numbers(), st.sampled_from(_REGIONS))
def test_a_written_number_is_formatted_as_phonenumbers_formats_it(
    text: str, region: str | None
) -> None:
    parts = validation._direct_parts(text, region)
    if parts is None:
        return
    parsed = phonenumbers.parse(text, region)
    expected = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    assert validation._format_direct(*parts) == expected


def _valid_as_parsed(compact: str, region: str) -> bool:
    """What validation._valid_as answered with phonenumbers alone."""
    digits = "".join(ch for ch in compact if ch.isdigit())
    if not digits.startswith("0") or len(digits) < 4 or digits[1] == "0":
        return False
    code = phonenumbers.country_code_for_region(region)
    number = phonenumbers.PhoneNumber(country_code=code, national_number=int(digits[1:]))
    return bool(
        phonenumbers.is_valid_number(number)
        and phonenumbers.region_code_for_number(number) == region
    )


@settings(max_examples=3000, deadline=None)
@given(
    st.sampled_from(("DE", "AT", "CH", "LI", "IT")),
    st.sampled_from(("0", "00", "01", "015", "017", "030", "0761", "0664", "0676", "079", "")),
    st.text(alphabet="0123456789", min_size=1, max_size=12),
    st.sampled_from(("", " ", "/", "-")),
)
def test_another_regions_validity_is_phonenumbers_answer(
    region: str, prefix: str, digits: str, separator: str
) -> None:
    """ "079 123 45 67" written in Germany: would Switzerland read it as valid? The
    fast answer for the four regions is the parser's."""
    compact = prefix + separator + digits
    assert validation._valid_as(compact, region) == _valid_as_parsed(compact, region)


def test_the_regions_a_national_number_is_also_valid_in_are_the_parsers() -> None:
    for written in ("0664 1234567", "079 123 45 67", "0761 5551234", "0232 123456", "030 1234"):
        compact = validation._NOT_COMPACT.sub("", written)
        validation._also_valid_in.cache_clear()
        also = validation._also_valid_in(compact, "DE")
        assert also == tuple(r for r in ("AT", "CH", "LI") if _valid_as_parsed(compact, r))
    assert validation._also_valid_in("06641234567", "DE") == ("AT",)
