"""Readings of how real customers put things (fresh phrasings, not from any test set)."""

from datetime import date

import pytest

from bot.language.answers import UserMessage, read_advice_answers
from bot.language.claim.answers import read_claim_answers
from bot.language.claim.claim_type import claim_type_from_text
from bot.language.dates import read_loss_date
from bot.language.facts import (
    coverage_from_text,
    currency_mentions,
    item_mentions,
    read_message,
    setting_mentions,
)
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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hang on, it was $4,650 not $4,500, I found the invoice", 4650.0),
        ("sorry my mistake, not $3,000 but $2,750", 2750.0),
    ],
)
def test_a_value_corrected_at_a_later_step(text: str, value: float) -> None:
    reading = read_claim_answers(
        UserMessage(text, "inform"), "proof_documents", {"item_value": 4500.0, "claim_type": "lost"}, TODAY
    )
    assert reading.slots.get("item_value") == value


def test_a_later_number_without_a_correction_leaves_the_value() -> None:
    reading = read_claim_answers(
        UserMessage("the receipt says $300 for the resize", "inform"),
        "proof_documents",
        {"item_value": 4500.0, "claim_type": "lost"},
        TODAY,
    )
    assert "item_value" not in reading.slots


@pytest.mark.parametrize(
    ("text", "expected"),
    [("about a week ago", date(2026, 11, 22)), ("maybe a fortnight ago", date(2026, 11, 15))],
)
def test_a_hedged_count_back(text: str, expected: date) -> None:
    assert read_loss_date(text, TODAY, "NZ").value == expected


def test_a_cover_asked_about_is_not_todays_cover() -> None:
    text = "my bangle is itemised on my contents policy, or would a standalone jewellery policy be better?"
    assert [(m.entity, m.value) for m in setting_mentions(text)] == [("current_coverage", "scheduled")]


@pytest.mark.parametrize("text", ["we're in Palmerston North", "valued at $900, we live in Whanganui"])
def test_smaller_nz_towns_mean_nzd(text: str) -> None:
    assert [m.value for m in currency_mentions(text)] == ["NZD"]


def test_nothing_special_beside_a_policy_is_that_policy() -> None:
    assert coverage_from_text("nothing fancy, just the house insurance") == "homeowners"


def test_a_purchase_date_in_the_opening_is_not_the_loss_date() -> None:
    reading = read_claim_answers(
        UserMessage(
            "the clasp on my bracelet snapped, I bought it in March with the care plan", "report_claim"
        ),
        None,
        {},
        TODAY,
    )
    assert "loss_date" not in reading.slots


@pytest.mark.parametrize(
    "text",
    [
        "our contents policy has a $2,500 cap on jewellery, is my bracelet ok?",
        "the endorsement has a per-item limit of $3,000",
    ],
)
def test_a_cover_limit_is_not_the_piece_value(text: str) -> None:
    amounts = [a for a in money_amounts(text)]
    entities = tuple({"entity": "amount", "value": a.value, "start": a.start, "end": a.end} for a in amounts)
    reading = read_advice_answers(UserMessage(text, "inform", entities), None, {}, load_coverage_facts())
    assert "item_value" not in reading.slots


def test_what_an_insurer_paid_before_is_not_the_new_piece_value() -> None:
    text = "last time the insurance company only paid me $900 for a stolen chain, how do I cover my new one?"
    entities = tuple(
        {"entity": "amount", "value": a.value, "start": a.start, "end": a.end} for a in money_amounts(text)
    )
    assert entities
    reading = read_advice_answers(UserMessage(text, "inform", entities), None, {}, load_coverage_facts())
    assert "item_value" not in reading.slots


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "the insurer paid out very little when my previous bracelet was taken, how do I cover my new one?",
            None,
        ),
        ("how should I insure my new ring? my last one was never listed", "ring"),
        ("my old ring needs cover", "ring"),
    ],
)
def test_an_earlier_piece_is_not_the_new_one_asked_about(text: str, item: str | None) -> None:
    entities = tuple({"entity": m.entity, "value": m.value} for m in read_message(text))
    reading = read_advice_answers(UserMessage(text, "inform", entities), None, {}, load_coverage_facts())
    assert reading.slots.get("item_type") == item
