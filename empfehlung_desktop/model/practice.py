"""The practitioner's own profile, settings and the state of the daily list."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from empfehlung_desktop.model.base import Base, Timestamped, Versioned, enum_column
from empfehlung_desktop.model.enums import AgendaKind


class PracticeProfile(Timestamped, Versioned, Base):
    """One row: who the practitioner is and the sections of the "Warum Sie" page.

    ``sections`` is a list of ``{"key", "title", "body", "visible"}`` in display
    order; keys of the default sections are stable, added ones get ``custom-N``.
    """

    __tablename__ = "practice_profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    logo_mime: Mapped[str] = mapped_column(String(40), default="")
    sections: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)


class AgendaState(Base):
    """A "Heute" item the practitioner snoozed or marked done."""

    __tablename__ = "agenda_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[AgendaKind] = enum_column(AgendaKind)
    subject_id: Mapped[int] = mapped_column(Integer)
    snoozed_until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("kind", "subject_id"),)


class AppSetting(Base):
    """A setting shared by GUI and CLI (JSON-encoded value)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
