"""Real vendor vCards (see data/README.md): nothing dropped, nothing altered."""

from pathlib import Path

import pytest

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.interchange.vcard import read_vcards
from empfehlung_desktop.model import DetailKind
from empfehlung_desktop.services.contacts.person import DetailData

DATA = Path(__file__).parent / "data"


def read(name: str):  # type: ignore[no-untyped-def]
    return read_vcards((DATA / name).read_bytes())


def test_outlook_style_21_quoted_printable_soft_breaks_and_every_value_kept() -> None:
    (maxl,) = read("fk_v2_1.vcf")
    assert maxl.name == "Maxl"
    assert maxl.organisation == "Firma – Führungsetage"
    assert maxl.email == "privat@folker-kinzel.de"
    assert maxl.notes.count("Kommentar ÄÄÄÄÄÄ ääääää ÖÖÖÖÖÖ öööööö ÜÜÜÜÜÜ üüüüüü ßßßßßß") == 6
    notes = maxl.everything()
    for value in (
        "business@folker-kinzel.de",
        "andere@folker-kinzel.de",
        "0123/579",
        "Fax privat",
        "http://www.privat.de",
        "http://www.musterworks.de",
        "20001224",
        "Partner/in: Partner",
        "Firmenstraße",
        "Land Firma",
    ):
        assert value in notes, value
    # N differs from FN: its parts are the name fields, FN stays the display name.
    person = maxl.person
    assert (person.title, person.given_name, person.family_name) == (
        "Dr.",
        "Max Middle Name",
        "Mustermann",
    )
    assert (person.birth_day, person.birth_month, person.birth_year) == (31, 1, 1972)


def test_evolution_escaped_commas_stay_in_name_and_note() -> None:
    (john,) = read("cardme_evolution.vcf")
    assert john.name == "Mr. John Richter, James Doe Sr."
    assert john.organisation == "IBM – Accounting – Dungeon"
    assert john.profession == "Money Counter"
    assert john.person.tags == "VIP"
    assert john.notes.startswith("THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIB")
    assert "INCLUDING, BUT NOT LIMITED TO, THE IMPLIED" in john.notes
    assert john.notes.endswith("EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.")
    assert len(john.notes) == 755 and "  " not in john.notes
    notes = john.everything()
    for value in (
        "johnny5@aol.com",
        "http://www.ibm.com",
        "Johny",
        "Maria",
        "Big Blue",
        "Little Red",
        "1980-03-22",
        "905-555-1234",
        "15 Crescent moon drive",
    ):
        assert value in notes, value
    assert john.country == "US"
    assert john.uid == "477343c8-e6bf-375a-9bac-1f96a5000837"
    assert "X-COUCHDB" not in notes


def test_gmail_list() -> None:
    cards = read("ezvcard_gmail_list.vcf")
    assert [(c.name, c.email) for c in cards] == [
        ("Arnold Smith", "asmithk@gmail.com"),
        ("Chris Beatle", "chrisy55d@yahoo.com"),
        ("Doug White", "dwhite@gmail.com"),
    ]


def test_comma_is_plain_text_in_21_and_escaped_in_30() -> None:
    v21 = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Mustermann, Heiko\r\nTITLE:Coach, Supervisorin (DGSv)\r\n"
        "NOTE:Erstes, zweites\\, drittes\r\nEND:VCARD\r\n"
    )
    (card,) = read_vcards(v21.encode())
    assert card.name == "Mustermann, Heiko"
    assert card.profession == "Coach, Supervisorin (DGSv)"
    assert card.notes == "Erstes, zweites\\, drittes"
    v30 = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\\, B\r\nNOTE:x\\:y\\;z\\nw\r\nEND:VCARD\r\n"
    (card,) = read_vcards(v30.encode())
    assert (card.name, card.notes) == ("A, B", "x:y;z\nw")


def test_per_value_charset_one_bad_byte_spoils_nothing_else() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=Windows-1252:J\xfcrgen M\xfcller\r\n"
        b"NOTE;CHARSET=UTF-8:Gr\xc3\xbc\xc3\x9fe\r\nORG:Caf\xe9\r\n"
        b"TITLE;encoding=quoted-printable:Gesch=C3=A4fts=\r\nf=C3=BChrer\r\nEND:VCARD\r\n"
    )
    (card,) = read_vcards(data)
    assert (card.name, card.notes, card.organisation) == ("Jürgen Müller", "Grüße", "Café")
    assert card.profession == "Geschäftsführer"


@pytest.mark.parametrize("bom", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_files(bom: str) -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen Weiß\r\nEND:VCARD\r\n"
    data = text.encode(bom)  # "utf-16" writes a BOM, the others none
    (card,) = read_vcards(data)
    assert card.name == "Jürgen Weiß"


def test_odd_lines_become_hints_with_card_and_line_not_a_refusal() -> None:
    data = (
        "# exported by KAddressBook\r\n"
        "home.begin:vcard\r\nVERSION:3.0\r\nPROFILE:VCard\r\nFN:Anna Berg\r\n"
        "X-messaging/aim-All:anna.aim\r\nX-KADDRESSBOOK-BlogFeed:http://blog.example\r\n"
        "item1.URL:https://anna.example\r\nitem1.X-ABLabel:_$!<HomePage>!$_\r\n"
        "IMPP;X-SERVICE-TYPE=Skype:skype:anna.berg\r\n"
        "X-SOCIALPROFILE;type=linkedin:https://linkedin.com/in/anna\r\n"
        "ANNIVERSARY:20100612\r\nBDAY:--0321\r\nEMAIL;TYPE=INTERNET\r\nhome.end:vcard\r\n"
    )
    (card,) = read_vcards(data.encode())
    notes = card.everything()
    for value in (
        "anna.aim",
        "http://blog.example",
        "skype:anna.berg",
        "https://linkedin.com/in/anna",
        "Jahrestag: 2010-06-12",
        "EMAIL;TYPE=INTERNET",
    ):
        assert value in notes, value
    assert DetailData(DetailKind.WEB, "https://anna.example", "Homepage") in card.person.details
    assert (card.person.birth_day, card.person.birth_month, card.person.birth_year) == (21, 3, None)
    assert DetailData(DetailKind.WEB, "http://blog.example", "Blog") in card.person.details
    assert any("Zeile 6" in w and "X-messaging/aim-All" in w for w in card.warnings)
    assert any("Zeile 14" in w for w in card.warnings)


def test_kaddressbook_custom_fields_and_im_address() -> None:
    """KAddressBook's own properties (as its exports write them): the IM address it
    keeps beside X-messaging is one messenger, not two and not dropped; the others
    are labelled notes or a hint."""
    data = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Max Mustermann\r\nN:Mustermann;Max;;;\r\n"
        "X-KADDRESSBOOK-X-IMAddress:max@jabber.example\r\n"
        "X-messaging/xmpp-All:max@jabber.example\r\n"
        "X-KADDRESSBOOK-X-Anniversary:2020-11-11\r\n"
        "X-KADDRESSBOOK-X-AssistantsName:Name Assistent\r\n"
        "X-KADDRESSBOOK-X-SpousesName:Name Partner\r\n"
        "X-KADDRESSBOOK-CRYPTOPROTOPREF:openpgp/mime\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eva Berg\r\n"
        "X-KADDRESSBOOK-X-IMAddress:eva@jabber.example\r\nEND:VCARD\r\n"
    )
    max_card, eva = read_vcards(data.encode())
    im = [d for d in max_card.person.details if d.kind is DetailKind.MESSENGER]
    assert [d.value for d in im] == ["max@jabber.example"]
    assert [(d.kind, d.value, d.label) for d in eva.person.details] == [
        (DetailKind.MESSENGER, "eva@jabber.example", "im")
    ]
    notes = max_card.everything()
    for line in ("Jahrestag: 2020-11-11", "Assistenz: Name Assistent", "Partner/in: Name Partner"):
        assert line in notes
    assert "openpgp/mime" in notes
    assert any("X-KADDRESSBOOK-CRYPTOPROTOPREF" in w for w in max_card.warnings)


def test_unclosed_card_still_refuses_naming_card_and_line() -> None:
    with pytest.raises(UserError, match=r"Karte 2.*Zeile 10"):
        read("broken.vcf")


def test_vcard4_nickname_list_and_relation_types() -> None:
    data = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Marie Curie\r\nNICKNAME:Manya,Maria\r\n"
        "RELATED;TYPE=spouse:Pierre Curie\r\nRELATED;TYPE=x-mentor:Henri Becquerel\r\n"
        "END:VCARD\r\n"
    )
    (card,) = read_vcards(data.encode())
    assert card.extra == [
        "Spitzname: Manya, Maria",
        "Beziehung (Ehepartner/in): Pierre Curie",
        "Beziehung (x-mentor): Henri Becquerel",
    ]


def test_a_phones_sync_id_is_no_data_of_the_person() -> None:
    data = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Jörg\r\nX-IRMC-LUID:000200000123\r\nEND:VCARD\r\n"
    (card,) = read_vcards(data.encode())
    assert (card.extra, card.warnings) == ([], [])


def test_samsungs_copy_of_an_address_is_not_a_second_one() -> None:
    adr = ";;Kastanienallee 5;Berlin;;10435;Deutschland"
    data = (
        f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Jörg\r\nADR;HOME:{adr}\r\nX-SAMSUNGADR:{adr}\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:Eva\r\n"
        f"X-SAMSUNGADR:{adr}\r\nEND:VCARD\r\n"
    )
    joerg, eva = read_vcards(data.encode())
    assert (joerg.extra, joerg.warnings) == ([], [])
    assert len(joerg.person.addresses) == 1
    assert eva.extra == [f"X-SAMSUNGADR: {adr}"]  # no ADR beside it: kept, with a hint


def test_a_typed_label_of_the_main_phone_or_mail_goes_to_the_notes() -> None:
    """The main number and address have no label field: Apple's standard codes are
    type words, but a label the user typed ("Zentrale") would otherwise be lost."""
    data = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Beispiel AG\r\nORG:Beispiel AG;\r\n"
        "item1.TEL;type=pref:+41 44 123 45 67\r\nitem1.X-ABLabel:Zentrale\r\n"
        "item2.EMAIL;type=INTERNET:info@beispiel.example\r\n"
        "item2.X-ABLabel:_$!<Work>!$_\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna\r\nX-CUSTOM1;VALUE=TEXT:Kundennummer 42\r\n"
        "END:VCARD\r\n"
    )
    company, anna = read_vcards(data.encode())
    assert company.phone == "+41 44 123 45 67"
    assert company.extra == ["Telefon (Zentrale): +41 44 123 45 67"]  # not the Work code
    assert (anna.extra, anna.warnings) == (["Benutzerfeld: Kundennummer 42"], [])
