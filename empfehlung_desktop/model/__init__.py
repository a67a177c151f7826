"""Entities, enums and pure rules of the domain. Imports nothing of ours.

The enums are imported at once (they are light); the SQLAlchemy entities only on
first access (PEP 562), so that a command that only reads through the stdlib
``sqlite3`` (``store.light``) never pays for the ORM.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from empfehlung_desktop.model.enums import (
    ActivityKind,
    AddressForm,
    AgendaKind,
    AskResult,
    ConsentChannel,
    ConsentPurpose,
    ContactInitiative,
    ContactSource,
    DetailKind,
    EngagementStatus,
    ExpectationFit,
    FeedbackChannel,
    GiverTone,
    PriorKnowledge,
    QuotePermission,
    ReferralDirection,
    ReferralOutcome,
    ReferralReason,
    ReferralStatus,
    Role,
    Salutation,
    SpiralStage,
)

if TYPE_CHECKING:
    from empfehlung_desktop.model.activity import (
        Activity,
    )
    from empfehlung_desktop.model.base import (
        Base,
    )
    from empfehlung_desktop.model.contact import (
        ERASED_NAME,
        ConsentRecord,
        Contact,
        ContactAddress,
        ContactDetail,
        ReferralAsk,
        SpiralStep,
        sort_key,
    )
    from empfehlung_desktop.model.engagement import (
        Engagement,
    )
    from empfehlung_desktop.model.feedback import (
        Feedback,
        NetPromoterScore,
        net_promoter_score,
    )
    from empfehlung_desktop.model.practice import (
        AgendaState,
        AppSetting,
        PracticeProfile,
    )
    from empfehlung_desktop.model.referral import (
        Referral,
        ReferralEvent,
    )
    from empfehlung_desktop.model.reminder import (
        ContactCare,
        Reminder,
    )

# Entity (or helper) name -> the module defining it, imported on first access.
_LAZY = {
    "Activity": "activity",
    "Base": "base",
    "ERASED_NAME": "contact",
    "ConsentRecord": "contact",
    "Contact": "contact",
    "ContactAddress": "contact",
    "ContactDetail": "contact",
    "ReferralAsk": "contact",
    "SpiralStep": "contact",
    "sort_key": "contact",
    "Engagement": "engagement",
    "Feedback": "feedback",
    "NetPromoterScore": "feedback",
    "net_promoter_score": "feedback",
    "AgendaState": "practice",
    "AppSetting": "practice",
    "PracticeProfile": "practice",
    "Referral": "referral",
    "ReferralEvent": "referral",
    "ContactCare": "reminder",
    "Reminder": "reminder",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # All entity modules at once: relationships name each other by string.
    for module in dict.fromkeys(_LAZY.values()):
        found = importlib.import_module(f"{__name__}.{module}")
        globals().update({key: getattr(found, key) for key, m in _LAZY.items() if m == module})
    return globals()[name]


__all__ = [
    "ERASED_NAME",
    "Activity",
    "ActivityKind",
    "AddressForm",
    "AgendaKind",
    "AgendaState",
    "AppSetting",
    "AskResult",
    "Base",
    "ConsentChannel",
    "ConsentPurpose",
    "ConsentRecord",
    "Contact",
    "ContactAddress",
    "ContactCare",
    "ContactDetail",
    "ContactInitiative",
    "ContactSource",
    "DetailKind",
    "Engagement",
    "EngagementStatus",
    "ExpectationFit",
    "Feedback",
    "FeedbackChannel",
    "GiverTone",
    "NetPromoterScore",
    "PracticeProfile",
    "PriorKnowledge",
    "QuotePermission",
    "Referral",
    "ReferralAsk",
    "ReferralDirection",
    "ReferralEvent",
    "ReferralOutcome",
    "ReferralReason",
    "ReferralStatus",
    "Reminder",
    "Role",
    "Salutation",
    "SpiralStage",
    "SpiralStep",
    "net_promoter_score",
    "sort_key",
]
