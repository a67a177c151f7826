"""Entity rows as JSON-ready dicts (shared by the JSON export and the GDPR report)."""

from __future__ import annotations

import base64
import datetime as dt
from enum import Enum
from typing import Any

from empfehlung_desktop.model import Base, Role
from empfehlung_desktop.model.base import RoleSet


def columns(entity: type[Base]) -> list[Any]:
    return list(entity.__table__.columns)


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
