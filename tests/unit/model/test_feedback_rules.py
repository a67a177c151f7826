import pytest

from empfehlung_desktop.model import SpiralStage, net_promoter_score
from empfehlung_desktop.model.feedback import classify_score
from empfehlung_desktop.model.spiral import suggest_from_feedback


def test_nps_arithmetic() -> None:
    nps = net_promoter_score([10, 9, 8, 7, 6, 0, None])
    assert (nps.promoters, nps.passives, nps.detractors) == (2, 2, 2)
    assert nps.score == pytest.approx(0.0)
    assert net_promoter_score([10, 10, 3]).score == pytest.approx(100 / 3)
    assert net_promoter_score([]).score is None


@pytest.mark.parametrize(
    ("score", "kind"),
    [
        (0, "detractor"),
        (6, "detractor"),
        (7, "passive"),
        (8, "passive"),
        (9, "promoter"),
        (10, "promoter"),
    ],
)
def test_classify_bounds(score: int, kind: str) -> None:
    assert classify_score(score) == kind


def test_classify_rejects_out_of_range() -> None:
    with pytest.raises(ValueError, match="zwischen 0 und 10"):
        classify_score(11)


def test_spiral_suggestions() -> None:
    assert suggest_from_feedback(SpiralStage.SATISFACTION, 10, 5) is SpiralStage.ENTHUSIASM
    assert suggest_from_feedback(SpiralStage.LOYALTY, 10, 5) is None
    assert suggest_from_feedback(SpiralStage.SYMPATHY, 3, 4) is SpiralStage.DISSATISFIED
    assert suggest_from_feedback(SpiralStage.EXPERIENCE, 8, 4) is SpiralStage.SATISFACTION
    assert suggest_from_feedback(None, None, None) is None
