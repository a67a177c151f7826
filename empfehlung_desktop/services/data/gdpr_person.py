"""Which spellings of an erased person are replaced in other records (GDPR Art. 17).

:func:`describe_person` collects the full name, salutation + surname, the
distinctive name parts (not a common first name, not a part another contact
shares), e-mail, phone, organisation, further details and streets, each in the
spellings :mod:`..referrals.anonymize` matches; :class:`Person` redacts them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from empfehlung_desktop.model import Contact, DetailKind
from empfehlung_desktop.services.referrals import anonymize, anonymize_fold, anonymize_terms

REPLACEMENT = "[gelöscht]"


# First names so common that, alone, they may well mean someone else: replaced
# only together with the surname, an initial or a salutation.
_COMMON_FIRST_NAMES = frozenset(
    [
        "alexander", "andreas", "anna", "andrea", "angelika", "barbara", "bernd", "birgit",
        "brigitte", "christian", "christina", "christine", "claudia", "daniel", "david",
        "dieter", "elke", "elisabeth", "eva", "frank", "gabriele", "gerhard", "hans", "heike",
        "helmut", "ingrid", "jan", "jens", "joachim", "jörg", "jürgen", "karin", "katharina",
        "klaus", "lena", "lisa", "manfred", "maria", "marie", "markus", "martin", "matthias",
        "michael", "monika", "nicole", "paul", "peter", "petra", "ralf", "sabine", "sandra",
        "sebastian", "stefan", "stephan", "susanne", "thomas", "tobias", "torsten", "ulrich",
        "ursula", "uwe", "werner", "wolfgang", "julia", "laura", "lukas", "max", "felix",
        "jonas", "leon",
    ]
)  # fmt: skip
_SALUTATIONS = ("Herr", "Herrn", "Frau", "Hr.", "Fr.")


@dataclass(frozen=True)
class Person:
    """The erased person's data as it may be written in other records."""

    contact_id: int
    name: str
    email: str
    phone: str
    organisation: str
    terms: dict[str, str]
    skipped: tuple[str, ...] = ()

    def redact(self, text: str) -> tuple[str, int]:
        return anonymize.redact(text, self.terms, self.phone, REPLACEMENT, self.name)

    def needles(self) -> list[str]:
        """Folded strings whose presence makes a text worth a closer look."""
        found = {anonymize_fold.quick_skeleton(t).strip() for t in self.terms}
        # The initials' letters are too short to pre-filter: a name mention comes with them.
        return sorted(n for n in found if n)

    def phone_probe(self) -> str:
        digits = anonymize_terms.phone_digits(self.phone)
        return digits[-6:] if len(digits) >= 6 else ""

    def byte_needles(self) -> list[bytes]:
        """What must not be found in a file after the erasure (exact and folded spellings)."""
        values = {t for t in self.terms if len(anonymize_fold.skeleton(t)) >= 4}
        values |= {anonymize_fold.skeleton(t) for t in values}
        digits = anonymize_terms.phone_digits(self.phone)
        if len(digits) >= 6:
            values.add(digits)
        return sorted({v.encode("utf-8") for v in values if v.strip()})


def describe_person(session: Session, contact: Contact) -> Person:
    """Which spellings of the person are replaced in other records.

    The full name, the e-mail (and its distinctive parts), the phone number, the
    organisation (with and without its legal form) and salutation + surname are
    always replaced. A name part alone only where it is distinctive: no other
    contact has it in their name, and a first name is not among the most common.
    """
    tokens = anonymize_terms.name_parts(contact.name)
    others: set[str] = set()
    stmt = select(Contact.name).where(Contact.id != contact.id, Contact.erased_at.is_(None))
    for (other,) in session.execute(stmt):
        others.update(anonymize_fold.quick_skeleton(other).replace("-", " ").split())
    terms: dict[str, str] = {}
    skipped: list[str] = []

    def add(value: str, kind: str) -> None:
        for variant in anonymize_terms.variants(value):
            terms.setdefault(variant, kind)

    add(contact.name, anonymize_terms.NAME)
    words = contact.name.split()
    if len(words) >= 2:
        add(f"{words[0]} {words[-1]}", anonymize_terms.NAME)
    surname = tokens[-1] if tokens else ""
    for index, part in enumerate(tokens):
        folded = anonymize_fold.quick_skeleton(part)
        common = folded in _COMMON_FIRST_NAMES and part != surname
        if len(folded) < 3 or folded in others or common or (index == 0 and len(tokens) == 1):
            if part not in skipped:
                skipped.append(part)
            continue
        add(part, anonymize_terms.NAME)
    if surname:
        for salutation in _SALUTATIONS:
            add(f"{salutation} {surname}", anonymize_terms.NAME)
        hyphenated = [w for w in words if "-" in w and len(w) > 3]
        for word in hyphenated:
            add(word.strip(".,"), anonymize_terms.NAME)
    if contact.email.strip():
        add(contact.email.strip(), anonymize_terms.EMAIL)
        for part in anonymize_terms.mail_parts(contact.email.strip()):
            if len(part) >= 4 and anonymize_fold.quick_skeleton(part) not in others:
                add(part, anonymize_terms.EMAIL)
    organisation = contact.organisation.strip()
    if organisation:
        add(organisation, anonymize_terms.ORG)
        core = anonymize_terms.org_core(organisation)
        if len(core) >= 4:
            add(core, anonymize_terms.ORG)
    if contact.phone.strip():
        add(contact.phone.strip(), anonymize_terms.PHONE)
    if contact.family_name.strip() and contact.family_name.strip() != surname:
        add(contact.family_name.strip(), anonymize_terms.NAME)
        for salutation in _SALUTATIONS:
            add(f"{salutation} {contact.family_name.strip()}", anonymize_terms.NAME)
    for detail in contact.details:
        kind = {
            DetailKind.EMAIL: anonymize_terms.EMAIL,
            DetailKind.PHONE: anonymize_terms.PHONE,
        }.get(detail.kind, anonymize_terms.NAME)
        if len(detail.value.strip()) >= 4:
            add(detail.value.strip(), kind)
    for address in contact.addresses:
        if len(address.street.strip()) >= 4:
            add(address.street.strip(), anonymize_terms.NAME)
    return Person(
        contact_id=contact.id,
        name=contact.name,
        email=contact.email,
        phone=contact.phone,
        organisation=organisation,
        terms=terms,
        skipped=tuple(skipped),
    )
