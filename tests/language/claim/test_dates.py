"""The loss date when a message tells two days: the event's, not the report's."""

from __future__ import annotations

import pytest

from tests.language.claim.reading import read_reply


@pytest.mark.parametrize(
    ("text", "loss_date"),
    [
        ("the police came on the 25th but it happened on the 24th", "2026-11-24"),
        ("I reported it on Monday, it was taken Sunday night", "2026-11-22"),
        ("we only noticed on Friday; it went missing Wednesday", "2026-11-25"),
        ("it was stolen on the 20th and I rang the cops on the 22nd", "2026-11-20"),
        ("it was nicked on the 14th, lodged the claim on the 16th", "2026-11-14"),
        # One date: as before.
        ("lost it on saturday", "2026-11-28"),
        ("Tuesday, I mean Wednesday", "2026-11-25"),
    ],
)
def test_the_event_date_beside_a_later_one(text: str, loss_date: str) -> None:
    assert read_reply(text, "loss_date").slots.get("loss_date") == loss_date
