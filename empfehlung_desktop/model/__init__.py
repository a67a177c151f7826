"""Entities, enums and pure rules of the domain. Imports nothing of ours."""

from empfehlung_desktop.model.activity import Activity
from empfehlung_desktop.model.base import Base
from empfehlung_desktop.model.contact import (
    ERASED_NAME,
    ConsentRecord,
    Contact,
    ReferralAsk,
    SpiralStep,
    sort_key,
)
from empfehlung_desktop.model.engagement import Engagement
from empfehlung_desktop.model.enums import (
    ActivityKind,
    AgendaKind,
    AskResult,
    ConsentChannel,
    ConsentPurpose,
    ContactInitiative,
    ContactSource,
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
    SpiralStage,
)
from empfehlung_desktop.model.feedback import Feedback, NetPromoterScore, net_promoter_score
from empfehlung_desktop.model.practice import AgendaState, AppSetting, PracticeProfile
from empfehlung_desktop.model.referral import Referral, ReferralEvent

__all__ = [
    "ERASED_NAME",
    "Activity",
    "ActivityKind",
    "AgendaKind",
    "AgendaState",
    "AppSetting",
    "AskResult",
    "Base",
    "ConsentChannel",
    "ConsentPurpose",
    "ConsentRecord",
    "Contact",
    "ContactInitiative",
    "ContactSource",
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
    "Role",
    "SpiralStage",
    "SpiralStep",
    "net_promoter_score",
    "sort_key",
]
