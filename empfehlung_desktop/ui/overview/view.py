"""Placeholder until the overview is built."""

from empfehlung_desktop.ui.widgets.placeholder import PlaceholderView as OverviewView

__all__ = ["OverviewView"]
