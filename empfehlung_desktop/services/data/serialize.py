"""Entity rows as JSON-ready dicts (shared by the JSON export and the GDPR report)."""

from __future__ import annotations

import base64
import datetime as dt
import functools
import json
from collections.abc import Callable
from enum import Enum
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, LargeBinary
from sqlalchemy import Enum as SAEnum

from empfehlung_desktop.model import Base, Role
from empfehlung_desktop.model.base import RoleSet

# Columns computed from the others on every write (the search document): not exported,
# and a restore computes them anew.
DERIVED_COLUMNS = frozenset({"search_text"})


def columns(entity: type[Base]) -> list[Any]:
    return [c for c in entity.__table__.columns if c.key not in DERIVED_COLUMNS]


def encode_value(column: Any, value: Any) -> Any:
    """Dates as ISO text, enums as their English code, roles as codes, bytes as base64."""
    if value is None:
        return None
    if isinstance(column.type, RoleSet):
        return Role(value).codes()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def row_dict(row: Base, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        c.key: encode_value(c, getattr(row, c.key)) for c in columns(type(row)) if c.key not in skip
    }


Encoder = Callable[[Any], Any]


def raw_encoder(column: Any) -> Encoder | None:
    """How a column's value as the driver returns it (no SQLAlchemy type processing)
    becomes what :func:`encode_value` makes of the typed value; None: unchanged.

    For streaming exports: SQLite hands out dates as ISO text and enums as their
    stored code already, so most values pass as they are. Typed values (other
    drivers) are accepted as well.
    """
    kind = column.type
    if isinstance(kind, RoleSet):
        return _role_codes
    if isinstance(kind, SAEnum):
        return _enum_code
    if isinstance(kind, DateTime):
        return _datetime_text
    if isinstance(kind, Date):
        return _date_text
    if isinstance(kind, Boolean):
        return bool
    if isinstance(kind, LargeBinary):
        return _base64
    if isinstance(kind, JSON):
        return _json_value
    return None


@functools.lru_cache(maxsize=64)
def _role_codes(value: int) -> tuple[str, ...]:
    return tuple(Role(int(value)).codes())  # shared between records: immutable


def _enum_code(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _datetime_text(value: Any) -> str:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return str(value.isoformat())


def _date_text(value: Any) -> str:
    return value if isinstance(value, str) else str(value.isoformat())


def _base64(value: Any) -> str:
    return base64.b64encode(bytes(value)).decode("ascii")


def _json_value(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str | bytes) else value
