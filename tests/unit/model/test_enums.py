import pytest

from empfehlung_desktop.model import enums
from empfehlung_desktop.model.enums import LabeledEnum, Role


def all_labeled() -> list[type[LabeledEnum]]:
    return [
        v
        for v in vars(enums).values()
        if isinstance(v, type) and issubclass(v, LabeledEnum) and v is not LabeledEnum
    ]


@pytest.mark.parametrize("enum_cls", all_labeled(), ids=lambda c: c.__name__)
def test_every_member_has_a_german_label(enum_cls: type[LabeledEnum]) -> None:
    for member in enum_cls:
        assert member.label
        assert member.value.isascii() and member.value == member.value.lower()


def test_role_codes_round_trip() -> None:
    roles = Role.from_codes(["client", "partner"])
    assert roles.codes() == ["client", "partner"]
    assert roles.labels() == ["Kunde", "Netzwerkpartner"]
    with pytest.raises(ValueError, match="Unbekannte Rolle"):
        Role.from_code("boss")
