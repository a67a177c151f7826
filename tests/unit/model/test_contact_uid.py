"""UIDs made in bulk for an import are UUIDs of the same kind as a single new one."""

from __future__ import annotations

import uuid

from empfehlung_desktop.model.contact import new_uid, new_uids


def test_bulk_uids_are_distinct_random_uuids_written_like_new_uid() -> None:
    made = new_uids(5000)
    assert len(set(made)) == 5000
    single = uuid.UUID(new_uid())
    for text in made:
        parsed = uuid.UUID(text)
        assert str(parsed) == text  # lower case, dashes where str(UUID) puts them
        assert (parsed.version, parsed.variant) == (single.version, single.variant)
    assert new_uids(0) == []
