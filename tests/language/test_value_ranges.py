"""The value question answered with a range or a bound instead of one figure.

The direct answer ("somewhere around 3-4k", "under a grand") puts nothing down yet: one
figure is asked for once, saying what is used if the person can't be exact (the form's
fallback takes it after a second such answer: tests/actions/test_value_ranges.py). A
range in the opening, or beside the answer to another question, is taken at its top
and said back as before. Phrasings written for these tests (US and NZ), with negatives:
a figure stated beside a range, two figures that are no range.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import read_claim_answers
from bot.language.money import LooseValue, loose_value, piece_alone
from tests.language.readers import advice, entities

TODAY = date(2026, 11, 30)


def claim(text: str, requested: str | None, known: dict[str, object] | None = None) -> object:
    return read_claim_answers(UserMessage(text, "inform", entities(text)), requested, known or {}, TODAY)


RANGES = [
    # (answer, top, low)
    ("somewhere around 7-8k", 8000, 7000),
    ("between five and seven thousand", 7000, 5000),
    ("between 2 and 3 grand I reckon", 3000, 2000),
    ("four or five hundred bucks", 500, 400),
    ("3 or 4 hundred, it's only silver", 400, 300),
    ("prob 1500 to 2000", 2000, 1500),
    ("NZ$2,500-3,000 at a guess", 3000, 2500),
    ("roughly $600 to $800", 800, 600),
    ("two to three thousand dollars", 3000, 2000),
    ("eight hundred to a grand", 1000, 800),
    ("6 or 7 grand probably", 7000, 6000),
    ("somewhere in the 12 to 15k range", 15000, 12000),
]
BOUNDS = [
    # (answer, bound)
    ("not more than $700", 700),
    ("under two grand for sure", 2000),
    ("less than a thousand dollars", 1000),
    ("1,200 tops", 1200),
    ("no more than 350", 350),
    ("at most 900 I'd say", 900),
    ("below 5k", 5000),
    ("$450 max", 450),
]
# Figures, not ranges: settled on, one piece apart from a total, two figures of
# different kinds, a count of something else.
FIGURES = [
    ("3,650", 3650),
    ("$875", 875),
    ("between 3 and 4 grand, call it 3,800", 3800),
    ("$6,000 to $7,000 of jewellery went all up, the bracelet alone 6,200", 6200),
    ("paid 2k, valued 2.6k", 2600),
    ("we paid $900 and the valuer said $1,150", 1150),
    ("about 4 grand", 4000),
    ("between 4 and 5 thousand, the valuation says 4,700", 4700),
]


@pytest.mark.parametrize(("text", "top", "low"), RANGES)
def test_a_range_is_read_with_both_ends(text: str, top: float, low: float) -> None:
    found = loose_value(text)
    assert found is not None and (found.top, found.low) == (top, low), found


@pytest.mark.parametrize(("text", "bound"), BOUNDS)
def test_a_bound_is_read_as_the_most_it_is_worth(text: str, bound: float) -> None:
    assert loose_value(text) == LooseValue(bound, None, None)


@pytest.mark.parametrize(("text", "value"), FIGURES)
def test_a_figure_stated_is_no_range(text: str, value: float) -> None:
    assert loose_value(text) is None
    assert advice(text, "item_value").slots.get("item_value") == value


@pytest.mark.parametrize("text", ["3 or 4 times a year", "2-3 days ago", "size 6 or 7", "in 2019 or 2020"])
def test_counts_days_and_sizes_are_no_range_of_value(text: str) -> None:
    assert loose_value(text) is None


@pytest.mark.parametrize(("text", "top", "low"), RANGES)
def test_the_guide_asks_once_for_one_figure_after_a_range(text: str, top: float, low: float) -> None:
    reading = advice(text, "item_value")
    assert "item_value" not in reading.slots
    assert reading.problem is not None and "one figure" in reading.problem
    assert f"{top:,.0f}" in reading.problem and "top of what you said" in reading.problem


@pytest.mark.parametrize(("text", "bound"), BOUNDS)
def test_the_guide_asks_once_for_one_figure_after_a_bound(text: str, bound: float) -> None:
    reading = advice(text, "item_value")
    assert "item_value" not in reading.slots
    assert reading.problem is not None and f"{bound:,.0f}" in reading.problem
    assert "the most you said" in reading.problem


def test_a_range_not_sure_of_is_asked_the_same_way() -> None:
    reading = advice("no idea really, maybe 2 to 3 grand?", "item_value", intent="dont_know")
    assert "item_value" not in reading.slots and reading.problem and "$3,000" in reading.problem


def test_the_currency_of_a_range_is_kept_and_said() -> None:
    reading = advice("NZ$4-5k", "item_value")
    assert reading.slots == {"currency": "NZD"}
    assert reading.problem and "NZ$5,000" in reading.problem


@pytest.mark.parametrize(
    "text",
    [
        "looking at cover for a bracelet, somewhere around 5-6k",
        "my partner's watch, between four and six thousand, what should we do",
    ],
)
def test_a_range_in_the_opening_is_still_taken_at_its_top_and_said_back(text: str) -> None:
    reading = advice(text, None)
    assert reading.slots.get("item_value") == 6000 and reading.problem is None
    assert any("top of the range" in note for note in reading.notes)


def test_a_range_beside_another_answer_is_still_taken_and_said_back() -> None:
    reading = advice("yes most days. it's worth 3-4k by the way", "wears_daily")
    assert reading.slots.get("item_value") == 4000 and reading.slots.get("wears_daily") is True
    assert any("top of the range" in note for note in reading.notes)


@pytest.mark.parametrize(("text", "top", "low"), RANGES[:6])
def test_the_claim_asks_once_for_one_figure_after_a_range(text: str, top: float, low: float) -> None:
    reading = claim(text, "item_value", {"claim_type": "theft", "item_type": "ring"})
    assert "item_value" not in reading.slots  # type: ignore[attr-defined]
    assert reading.problem and f"{top:,.0f}" in reading.problem  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "bound"), BOUNDS[:4])
def test_the_claim_asks_once_for_one_figure_after_a_bound(text: str, bound: float) -> None:
    reading = claim(text, "item_value", {"claim_type": "theft", "item_type": "ring"})
    assert "item_value" not in reading.slots  # type: ignore[attr-defined]
    assert reading.problem and "the most you said" in reading.problem  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "value"), [("3,650", 3650), ("$875", 875), ("paid 3k, valued 4k", 4000)])
def test_the_claim_takes_a_figure_as_stated(text: str, value: float) -> None:
    reading = claim(text, "item_value", {"claim_type": "theft", "item_type": "ring"})
    assert reading.slots.get("item_value") == value and reading.problem is None  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "thinking of insuring my ring, worth 2,000-2,500 I'd say",
            2500,
        ),  # the low end alone was money-marked
        ("a bangle, maybe 2-3k, call it 2,000", 2000),  # settled on the low end: kept
    ],
)
def test_a_range_in_the_opening_takes_its_top_unless_a_figure_is_settled_on(text: str, value: float) -> None:
    assert advice(text, None).slots.get("item_value") == value


@pytest.mark.parametrize(
    "text", ["two $800 bracelets", "5k and $300 for the band", "the 3 or 4 pieces, 5k all up"]
)
def test_figures_side_by_side_are_no_range(text: str) -> None:
    assert loose_value(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the whole set was 8k, the ring alone about 5", 5000.0),
        ("$9,000 for the lot, the bracelet on its own 3", 3000.0),
        ("earrings were 2 grand, the ring by itself 6", 6000.0),
        ("the ring alone 4,000, the set $6,500", 4000.0),
        # A small figure with no thousands beside it stays as said (said back by the form).
        ("the chain alone was 40, the pendant 25", 40.0),
    ],
)
def test_a_piece_alone_said_in_the_totals_thousands(text: str, value: float) -> None:
    amount = piece_alone(text)
    assert amount is not None and amount.value == value
