"""Rules of the referral spiral: order of stages and when to suggest a change."""

from __future__ import annotations

from empfehlung_desktop.model.enums import SpiralStage

POSITIVE_ORDER: tuple[SpiralStage, ...] = (
    SpiralStage.EXPECTATION,
    SpiralStage.EXPERIENCE,
    SpiralStage.SATISFACTION,
    SpiralStage.SYMPATHY,
    SpiralStage.ENTHUSIASM,
    SpiralStage.LOYALTY,
)

# From Sympathie on a client is ready to be asked; at Loyalität at the latest.
ASK_STAGES = frozenset({SpiralStage.SYMPATHY, SpiralStage.ENTHUSIASM, SpiralStage.LOYALTY})


def rank(stage: SpiralStage | None) -> int:
    """Position in the positive spiral; -1 for none, -2 for the negative branch."""
    if stage is None:
        return -1
    if stage is SpiralStage.DISSATISFIED:
        return -2
    return POSITIVE_ORDER.index(stage)


def suggest_from_feedback(
    current: SpiralStage | None, recommend_score: int | None, expectations_met: int | None
) -> SpiralStage | None:
    """A stage to suggest after feedback, or None when the current one fits.

    Very good feedback (9-10 and expectations met 4-5) suggests at least
    Begeisterung; good (7-8) at least Zufriedenheit; poor (0-4, or
    expectations met 1-2) suggests the negative branch. Never lowers a
    positive stage for a middling score.
    """
    if recommend_score is None and expectations_met is None:
        return None
    poor = (recommend_score is not None and recommend_score <= 4) or (
        expectations_met is not None and expectations_met <= 2
    )
    if poor:
        return None if current is SpiralStage.DISSATISFIED else SpiralStage.DISSATISFIED
    if recommend_score is not None and recommend_score >= 9 and (expectations_met or 5) >= 4:
        target = SpiralStage.ENTHUSIASM
    elif recommend_score is not None and recommend_score >= 7:
        target = SpiralStage.SATISFACTION
    else:
        return None
    return target if rank(current) < rank(target) else None
