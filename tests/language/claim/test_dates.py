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


@pytest.mark.parametrize(
    ("text", "loss_date", "other"),
    [
        # Said on a Sunday: "last Saturday" is the one a week before yesterday (yesterday
        # would be "yesterday"), and yesterday is said back; "last Friday" is the nearest,
        # and the one before is said back.
        ("it went missing last Saturday", "2026-11-21", "28 November"),
        ("we had people over last sat night, it was gone in the morning", "2026-11-21", "28 November"),
        ("last saturday arvo at the markets", "2026-11-21", "28 November"),
        ("last friday night at the pub", "2026-11-27", "20 November"),
    ],
)
def test_last_weekday_a_day_or_two_ago_is_said_back(text: str, loss_date: str, other: str) -> None:
    reading = read_reply(text, "loss_date")
    assert reading.slots.get("loss_date") == loss_date
    assert any(other in note for note in reading.notes)


def test_last_weekday_further_back_is_not_said_back() -> None:
    reading = read_reply("last Tuesday at the gym", "loss_date")
    assert reading.slots.get("loss_date") == "2026-11-24"
    assert not any("before" in note for note in reading.notes)


@pytest.mark.parametrize(
    ("text", "loss_date"),
    [
        # Without "last", a weekday is the most recent one: yesterday's.
        ("lost it on saturday", "2026-11-28"),
        ("saturday night at the rugby", "2026-11-28"),
        ("yesterday", "2026-11-28"),
        # "last Sunday" said on a Sunday: a week ago.
        ("last Sunday at church", "2026-11-22"),
    ],
)
def test_a_weekday_without_last_is_the_most_recent(text: str, loss_date: str) -> None:
    assert read_reply(text, "loss_date").slots.get("loss_date") == loss_date
