import datetime as dt
from pathlib import Path

import pytest

from empfehlung_desktop.services.engagements import handout as handout_service
from empfehlung_desktop.services.engagements.profile import ProfileData, default_sections
from empfehlung_desktop.ui.engagements import handout_pdf


def _data() -> handout_service.HandoutData:
    profile = ProfileData(name="Jana Weiß", title="Coaching", sections=default_sections())
    return handout_service.sample_handout_data(profile, dt.datetime(2026, 11, 22, 9, 0))


def test_the_pdf_lives_in_a_folder_that_cleanup_removes() -> None:
    folder, path = handout_pdf.build_in_temp_folder(_data(), prefix="warum-sie-test-")
    assert path.is_file() and path.parent == Path(folder.name)
    folder.cleanup()
    assert not path.parent.exists()


def test_a_failed_build_leaves_no_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    from empfehlung_desktop.reports import handout

    made: list[Path] = []

    def broken(data: object, path: Path) -> None:
        made.append(path.parent)
        raise OSError("disk full")

    monkeypatch.setattr(handout, "build_handout", broken)
    with pytest.raises(OSError):
        handout_pdf.build_in_temp_folder(_data(), prefix="warum-sie-test-")
    assert made and not made[0].exists()
