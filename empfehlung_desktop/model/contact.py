"""Contacts, their spiral history, consent records and referral asks."""

from __future__ import annotations

import datetime as dt
import os
import uuid

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from empfehlung_desktop.model.base import Base, RoleSet, Timestamped, Versioned, enum_column
from empfehlung_desktop.model.enums import (
    AddressForm,
    AskResult,
    ConsentChannel,
    ConsentPurpose,
    ContactSource,
    DetailKind,
    Role,
    Salutation,
    SpiralStage,
)
from empfehlung_desktop.transliterate import sort_key

__all__ = ["sort_key"]  # re-exported through empfehlung_desktop.model

ERASED_NAME = "gelöschter Kontakt"


def new_uid() -> str:
    """A stable identity for exports: the same person has the same UID everywhere."""
    return str(uuid.uuid4())


def new_uids(count: int) -> list[str]:
    """``count`` UIDs as :func:`new_uid` makes them (random UUIDs, version 4), from
    one read of the system's random source (an import of 100,000 contacts)."""
    data = os.urandom(16 * count)
    uids: list[str] = []
    for start in range(0, 16 * count, 16):
        raw = bytearray(data[start : start + 16])
        raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
        raw[8] = (raw[8] & 0x3F) | 0x80  # the RFC 4122 variant
        text = raw.hex()
        uids.append(f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}")
    return uids


class Contact(Timestamped, Versioned, Base):
    """A person the practitioner knows: client, prospect, partner or referrer."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Exported as the vCard UID and CSV column; database ids differ between databases.
    # Nullable only so that migration 0003 could add it without rebuilding the table
    # (which would drop the search triggers); every row has one.
    uid: Mapped[str | None] = mapped_column(
        String(36), default=new_uid, nullable=True, unique=True, index=True
    )
    # The display name ("Prof. Dr. Anna Schmidt"): composed from the parts below
    # unless the user or the file wrote it differently; sort_name sorts by family name.
    name: Mapped[str] = mapped_column(String(200))
    sort_name: Mapped[str] = mapped_column(String(200), index=True, default="")
    salutation: Mapped[Salutation] = enum_column(Salutation, default=Salutation.NONE)
    title: Mapped[str] = mapped_column(String(60), default="")
    given_name: Mapped[str] = mapped_column(String(100), default="")
    family_name: Mapped[str] = mapped_column(String(100), default="")
    name_suffix: Mapped[str] = mapped_column(String(60), default="")
    address_form: Mapped[AddressForm] = enum_column(AddressForm, default=AddressForm.FORMAL)
    # A birthday may be known without its year (vCard "--0315").
    birth_day: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    birth_month: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    birth_year: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    tags: Mapped[str] = mapped_column(String(500), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    profession: Mapped[str] = mapped_column(String(200), default="")
    competences: Mapped[str] = mapped_column(Text, default="")
    roles: Mapped[Role] = mapped_column(RoleSet, default=Role(0))
    source: Mapped[ContactSource | None] = enum_column(ContactSource, nullable=True, index=True)
    referred_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), nullable=True, index=True
    )
    spiral_stage: Mapped[SpiralStage | None] = enum_column(SpiralStage, nullable=True, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    consent_share: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_share_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # Art. 14 GDPR: where the data came from (e.g. "vCard-Import 2026-03-01").
    data_origin: Mapped[str] = mapped_column(String(200), default="")
    erased_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True, index=True)
    # The folded text the search reads (store.search.contact_search_text), set on every write.
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    referred_by: Mapped[Contact | None] = relationship(
        remote_side="Contact.id", foreign_keys=[referred_by_id]
    )
    spiral_steps: Mapped[list[SpiralStep]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        order_by="SpiralStep.changed_on",
    )
    consents: Mapped[list[ConsentRecord]] = relationship(
        back_populates="contact", cascade="all, delete-orphan"
    )
    referral_asks: Mapped[list[ReferralAsk]] = relationship(
        back_populates="contact", cascade="all, delete-orphan"
    )
    details: Mapped[list[ContactDetail]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        order_by="ContactDetail.position",
    )
    addresses: Mapped[list[ContactAddress]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        order_by="ContactAddress.position",
    )

    __table_args__ = (
        Index("ix_contact_updated_at", "updated_at"),
        Index("ix_contact_birthday", "birth_month", "birth_day"),
        # A search's matches (ids from the FTS index) sorted by name without reading
        # their rows: see services.contacts.search.name_page.
        Index("ix_contact_id_sort_name", "id", "sort_name"),
    )

    def __repr__(self) -> str:
        return f"Contact(id={self.id!r}, name={self.name!r})"


class ContactDetail(Base):
    """A further e-mail, phone, website/profile or messenger account of a contact."""

    __tablename__ = "contact_detail"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[DetailKind] = enum_column(DetailKind)
    # "privat", "mobil", "LinkedIn" …: what the file or the user called it.
    label: Mapped[str] = mapped_column(String(60), default="")
    value: Mapped[str] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="details")


class ContactAddress(Base):
    """A postal address of a contact."""

    __tablename__ = "contact_address"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(60), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="addresses")


class SpiralStep(Base):
    """One entry in a contact's referral-spiral history."""

    __tablename__ = "spiral_step"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    changed_on: Mapped[dt.date] = mapped_column(Date)
    stage: Mapped[SpiralStage] = enum_column(SpiralStage)
    previous_stage: Mapped[SpiralStage | None] = enum_column(SpiralStage, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    contact: Mapped[Contact] = relationship(back_populates="spiral_steps")


class ConsentRecord(Base):
    """What a person consented to, when and how, and a withdrawal (Art. 7 GDPR)."""

    __tablename__ = "consent_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[ConsentPurpose] = enum_column(ConsentPurpose)
    given_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[ConsentChannel] = enum_column(ConsentChannel)
    note: Mapped[str] = mapped_column(Text, default="")
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    contact: Mapped[Contact] = relationship(back_populates="consents")


class ReferralAsk(Base):
    """The practitioner asked this contact for a referral."""

    __tablename__ = "referral_ask"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    asked_on: Mapped[dt.date] = mapped_column(Date)
    result: Mapped[AskResult] = enum_column(AskResult)
    note: Mapped[str] = mapped_column(Text, default="")

    contact: Mapped[Contact] = relationship(back_populates="referral_asks")
