"""The piece's value, read by kind (issue 12; bot/language/money.py, answers.py):

- a distance in kilometres said with New Zealand's "k" ("about 20k out of town") is no
  amount of money;
- a figure said as a part of the policy's price ("the $240 is just the ring bit, not
  the whole policy") is the cover's, never a change of the value;
- "retails for" names a value like "retail is";
- a figure told as the least it is worth ("10k, maybe more", "5 grand at least") is put
  down and said back.

Phrasings are our own (US and NZ); the negatives must not change."""

from __future__ import annotations

import pytest

from bot.language.money import find_amounts, is_a_cover_figure, money_amounts, said_as_a_floor
from tests.language.readers import advice


@pytest.mark.parametrize(
    "text",
    [
        "sheep farm out past Gore, about 20k out of town",
        "we're 30k from town on a lifestyle block",
        "a dairy farm 40k north of Timaru",
        "the farm is 15k down the road from Te Kuiti",
        "about 25k inland",
        "12k to the nearest town",
        "it's a 20k drive to the shops",
    ],
)
def test_kilometres_are_no_money(text: str) -> None:
    assert money_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("about 20k out of pocket", 20000.0),
        ("paid 20k out of my savings", 20000.0),
        ("it cost 20k from the jeweller", 20000.0),
        ("20k from Michael Hill", 20000.0),
        ("it was 20k", 20000.0),
        ("valued at 20k from the appraisal", 20000.0),
    ],
)
def test_money_said_with_k_stays_money(text: str, value: float) -> None:
    assert [a.value for a in money_amounts(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "the $240 is just the ring bit not the whole policy by the way",
        "that $180 is only the jewellery part of the premium",
        "the $95 was just the ring's share of the renewal",
        "it's $300, not the whole premium, just for the watch",
    ],
)
def test_a_part_of_the_policys_price_is_a_cover_figure(text: str) -> None:
    amount = find_amounts(text)[0]
    assert is_a_cover_figure(text, amount.start, amount.end)


@pytest.mark.parametrize(
    "text",
    [
        "the $3,000 is just the ring part, not the whole set",
        "the ring alone is $4,000",
        "$2,500 for the ring, the policy is separate",
    ],
)
def test_a_piece_s_share_is_still_its_value(text: str) -> None:
    amount = find_amounts(text)[0]
    assert not is_a_cover_figure(text, amount.start, amount.end)


@pytest.mark.parametrize(
    "text",
    [
        "the $240 is just the ring bit not the whole policy by the way",
        "that $180 is only the jewellery part of the premium",
    ],
)
def test_the_policys_price_at_a_later_question_changes_no_value(text: str) -> None:
    reading = advice(text, "travels_often", {"item_value": 10400.0, "currency": "NZD"})
    assert "item_value" not in reading.slots


def test_retails_for_names_a_value() -> None:
    amounts = find_amounts("it retails for 7,200 now, I paid 6,000 in 2020")
    assert [(a.value, a.cued) for a in amounts] == [(7200.0, True), (6000.0, True)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("about 10k, maybe more", 10000.0),
        ("5 grand at least", 5000.0),
        ("3k or more", 3000.0),
        ("at least $4,000", 4000.0),
        ("NZ$6,500 if not more", 6500.0),
        ("upwards of 2,000", 2000.0),
    ],
)
def test_a_floor_is_said_back_in_the_guide(text: str, value: float) -> None:
    assert said_as_a_floor(text, value)
    reading = advice(text, "item_value", {"item_type": "ring"})
    assert reading.slots.get("item_value") == value
    assert reading.notes


@pytest.mark.parametrize(
    "text", ["4000", "$4,000 exactly", "about $4,000", "it was $5,000 more than the other one"]
)
def test_a_plain_figure_is_no_floor(text: str) -> None:
    assert not any(said_as_a_floor(text, a.value) for a in find_amounts(text))


KNOWN = {"item_value": 8200.0, "item_type": "ring", "currency": "NZD"}


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("we live in a $800k house in the suburbs", "area_type"),
        ("we bought our place for 650k", "area_type"),  # NZ
        ("population about 3k", "area_type"),
        ("contents insured for 120k with AMI", "current_coverage"),  # NZ
        ("the car cost 40k and it goes everywhere with us", "travels_often"),
        ("the trip cost us 10k", "travels_often"),
        ("we did a 5k walk", "travels_often"),
        ("a 10k run every week", "wears_daily"),
        ("my other ring is worth 3k", "wears_daily"),
        ("the earrings were 2k, I wear them daily", "wears_daily"),
    ],
)
def test_a_figure_of_another_thing_at_a_later_question_changes_no_value(text: str, asked: str) -> None:
    assert "item_value" not in advice(text, asked, KNOWN).slots


@pytest.mark.parametrize(
    ("text", "asked", "value"),
    [
        ("actually the ring is 9k", "area_type", 9000.0),
        ("oh and it was 9k not 8", "area_type", 9000.0),
        ("sorry, 9,400 is the right figure", "current_coverage", 9400.0),
        ("yes, and it was revalued at $9,400 last month", "wears_daily", 9400.0),
        ("in the suburbs, and the ring was revalued at 9k", "area_type", 9000.0),
    ],
)
def test_the_pieces_value_corrected_at_a_later_question_still_counts(
    text: str, asked: str, value: float
) -> None:
    assert advice(text, asked, KNOWN).slots.get("item_value") == value
