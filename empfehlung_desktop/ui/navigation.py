"""The views of the main window, in navigation order, created lazily on first show."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: str
    factory: str  # "module:ClassName", imported when first shown
    shortcut: str  # Ctrl+<digit>


def view_specs() -> list[ViewSpec]:
    return [
        ViewSpec(
            "today",
            QCoreApplication.translate("Navigation", "Heute"),
            "empfehlung_desktop.ui.today.view:TodayView",
            "Ctrl+1",
        ),
        ViewSpec(
            "contacts",
            QCoreApplication.translate("Navigation", "Kontakte"),
            "empfehlung_desktop.ui.contacts.view:ContactsView",
            "Ctrl+2",
        ),
        ViewSpec(
            "referrals",
            QCoreApplication.translate("Navigation", "Empfehlungen"),
            "empfehlung_desktop.ui.referrals.view:ReferralsView",
            "Ctrl+3",
        ),
        ViewSpec(
            "engagements",
            QCoreApplication.translate("Navigation", "Anfragen & Aufträge"),
            "empfehlung_desktop.ui.engagements.view:EngagementsView",
            "Ctrl+4",
        ),
        ViewSpec(
            "feedback",
            QCoreApplication.translate("Navigation", "Feedback"),
            "empfehlung_desktop.ui.feedback.view:FeedbackView",
            "Ctrl+5",
        ),
        ViewSpec(
            "overview",
            QCoreApplication.translate("Navigation", "Überblick"),
            "empfehlung_desktop.ui.overview.view:OverviewView",
            "Ctrl+6",
        ),
        ViewSpec(
            "profile",
            QCoreApplication.translate("Navigation", "Mein Profil"),
            "empfehlung_desktop.ui.profile.view:ProfileView",
            "Ctrl+7",
        ),
    ]


def load_view_class(spec: ViewSpec) -> type:
    module_name, _, class_name = spec.factory.partition(":")
    view_class: type = getattr(importlib.import_module(module_name), class_name)
    return view_class
