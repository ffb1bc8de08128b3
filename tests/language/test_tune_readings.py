"""Readings of how real customers put things (fresh phrasings, not from any test set)."""

from datetime import date

import pytest

from bot.language.answers import UserMessage, read_advice_answers
from bot.language.claim_answers import claim_type_from_text
from bot.language.dates import read_loss_date
from bot.language.facts import coverage_from_text, item_mentions
from bot.language.money import money_amounts
from bot.rules.knowledge import load_coverage_facts

TODAY = date(2026, 11, 29)  # a Sunday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("contents cover, nothing itemised", "homeowners"),
        ("homeowner's policy but it isn't specified", "homeowners"),
        ("an HO-5 through my agent, nothing listed", "homeowners"),
        ("none, he doesn't have any insurance yet", "none"),
        ("we don't have renters insurance", "none"),
        ("it's scheduled on the homeowners", "scheduled"),
    ],
)
def test_cover_reads_a_denied_listing_as_the_policy_itself(text: str, expected: str) -> None:
    assert coverage_from_text(text) == expected


@pytest.mark.parametrize(
    "text",
    ["we just got engaged, should I insure the ring?", "my e-ring is about 6k", "her engagement band"],
)
def test_an_engagement_ring_said_other_ways(text: str) -> None:
    assert [m.value for m in item_mentions(text)] == ["engagement_ring"]


def test_a_later_plain_ring_keeps_the_engagement_ring() -> None:
    reading = read_advice_answers(
        UserMessage("house insurance, the ring isn't on it by name", "inform"),
        "current_coverage",
        {"item_type": "engagement_ring"},
        load_coverage_facts(),
    )
    assert "item_type" not in reading.slots
    assert not any("changed" in note for note in reading.notes)


@pytest.mark.parametrize(
    ("text", "value"),
    [("the jeweller valued it at 4,350 last spring", 4350.0), ("I paid around 2900 for them", 2900.0)],
)
def test_an_amount_one_word_after_its_money_cue(text: str, value: float) -> None:
    assert [a.value for a in money_amounts(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "the window washer was in on Monday and my bangle has disappeared",
        "we had friends over for drinks and now my studs are nowhere to be found",
        "after the open house my watch was missing from the bedside table",
        "pretty sure one of the movers pocketed my locket",
    ],
)
def test_gone_while_people_were_let_in_is_a_theft(text: str) -> None:
    assert claim_type_from_text(text) == "theft"


@pytest.mark.parametrize(
    "text",
    [
        "I lost my bracelet at my sister's party",
        "my ring slipped off while we had guests",
        "my chain is gone",
    ],
)
def test_a_loss_by_the_owner_stays_a_loss(text: str) -> None:
    assert claim_type_from_text(text) == "lost"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it went missing at the barbecue on Sunday the 15th", date(2026, 11, 15)),
        ("Tuesday 3 March", date(2026, 3, 3)),
        ("two years ago yesterday", date(2024, 11, 28)),
        ("got it on black friday 2024", date(2024, 11, 29)),
        ("on thanksgiving last year", date(2025, 11, 27)),
        ("it happened at thanksgiving", date(2026, 11, 26)),
    ],
)
def test_dates_said_with_a_weekday_a_holiday_or_from_yesterday(text: str, expected: date) -> None:
    assert read_loss_date(text, TODAY, "US").value == expected
