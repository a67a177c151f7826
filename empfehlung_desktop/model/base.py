"""Declarative base, naming convention and column helpers shared by all entities."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, TypeDecorator
from sqlalchemy import Enum as SAEnum
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.model.enums import Role

# Named constraints let Alembic's batch mode on SQLite find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def enum_column(enum_cls: type[Enum], **kwargs: Any) -> Any:
    """A portable VARCHAR column storing an enum's stable code (not its name)."""
    return mapped_column(
        SAEnum(
            enum_cls,
            native_enum=False,
            create_constraint=False,
            length=32,
            values_callable=lambda members: [m.value for m in members],
            validate_strings=True,
        ),
        **kwargs,
    )


class RoleSet(TypeDecorator[Role]):
    """Stores a :class:`Role` flag set as an integer bit mask."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Role | int | None, dialect: Dialect) -> int:
        return int(value or 0)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Role:
        return Role(value or 0)


class Timestamped:
    """Created/updated timestamps in UTC."""

    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


class Versioned:
    """Optimistic locking: a concurrent edit makes the second flush fail."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}
