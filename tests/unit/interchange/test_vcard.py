from pathlib import Path

import pytest
import vobject

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.interchange.vcard import read_vcards
from empfehlung_desktop.model import Contact
from tests.helpers.export_oracle import write_vcards

DATA = Path(__file__).parent / "data"


def read(name: str):  # type: ignore[no-untyped-def]
    return read_vcards((DATA / name).read_bytes())


def test_google_export_folded_lines_several_emails_and_categories() -> None:
    sabine, thomas = read("google.vcf")
    assert sabine.name == "Sabine Krüger-Hoffmann"
    assert sabine.email == "sabine.krueger@beratung-kh.example"
    assert sabine.phone == "+49 171 2345678"
    assert sabine.profession == "Unternehmensberaterin"
    assert sabine.person.tags == "Netzwerk"  # Google's "myContacts" group dropped
    assert "Team-Workshops für ihre Kunden, besonders" in sabine.notes  # unfolded, unescaped
    notes = sabine.everything()
    assert "sabine.privat@mail.example" in notes and "0761 4567890" in notes
    assert "Kaiser-Joseph-Straße 12, 79098 Freiburg" in notes
    assert thomas.email == "thomas@brandt-design.example"


def test_apple_export_with_bom_photo_and_pref() -> None:
    (elif_,) = read("apple.vcf")
    assert elif_.name == "Dr. Elif Yılmaz"
    assert elif_.organisation == "Praxis für Supervision"
    assert elif_.phone == "+49 160 5551234"  # type=pref wins
    assert "+49 30 1234567" in elif_.everything()
    assert elif_.notes == "Empfohlen von Sabine.\nRuft im Januar wegen Supervision an."


def test_outlook_21_quoted_printable_windows_1252_and_photo() -> None:
    (juergen,) = read("outlook21.vcf")
    assert juergen.name == "Jürgen Schäfer"
    assert juergen.organisation == "Schäfer & Söhne GmbH"
    assert juergen.profession == "Geschäftsführer"
    assert juergen.email == "j.schaefer@schaefer-soehne.example"
    assert (
        juergen.notes == "Sehr gutes Gespräch am 12.09.\nMöchte im Frühjahr einen Führungsworkshop."
    )
    assert "0151 12345678" in juergen.everything()
    assert "Hauptstraße 5" in juergen.everything()


def test_thunderbird_40_pref_parameter() -> None:
    (kasia,) = read("thunderbird.vcf")
    assert kasia.email == "k.nowak@fotostudio-nowak.example"
    assert kasia.person.tags == "Fotografie, Porträt"
    assert "kasia@privat.example" in kasia.everything()


def test_broken_card_is_named() -> None:
    with pytest.raises(UserError, match="Karte 2"):
        read("broken.vcf")


@pytest.mark.parametrize(
    "text, where",
    [
        ("BEGIN:VCARD\nVERSION:3.0\nFN:A\n", "Karte 1"),
        ("FN:A\n", "Zeile 1"),
        ("", "keine vCard"),
        ("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nEND:VCARD\n", "Karte 1"),
    ],
)
def test_structural_errors_are_german(text: str, where: str) -> None:
    with pytest.raises(UserError, match=where):
        read_vcards(text.encode())


def test_written_cards_are_30_crlf_and_round_trip() -> None:
    contact = Contact(
        id=7,
        name="Jürgen Müller-Lüdenscheidt",
        organisation="Müller, Meier & Co; KG",
        email="j@example.org",
        phone="+49 171 1234567",
        profession="Coach",
        competences="Führung, Team",
        notes="Zeile 1\nZeile 2 " + "sehr lang " * 20,
    )
    data = write_vcards([contact])
    assert data.startswith(b"BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    card = vobject.readOne(data.decode())
    assert card.n.value.family == "Müller-Lüdenscheidt"
    (back,) = read_vcards(data)
    assert (back.name, back.organisation, back.email, back.phone) == (
        contact.name,
        contact.organisation,
        contact.email,
        contact.phone,
    )
    assert back.competences == "Führung, Team"
    assert back.notes == contact.notes.strip()
