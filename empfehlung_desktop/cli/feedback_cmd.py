"""Subcommands of the feedback feature (filled in by its issue)."""

from __future__ import annotations

from typing import Any


def register(subparsers: Any) -> None:
    """Add this feature's subcommands (none yet)."""
