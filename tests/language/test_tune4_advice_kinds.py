"""Kinds of answer behind the tune4 answer bank's guide failures (session 10): a home
described rather than named, travel told by a job or a rhythm, a wearing habit told with
its history, a piece named by its form, today's cover in everyday words, a valuation
beside the price paid, and words only a New Zealander uses. Each sentence is written for
the test, in the tests' own words; US and NZ, with readings that must not be made."""

from __future__ import annotations

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import read_claim_answers
from bot.language.facts import (
    coverage_from_text,
    currency_mentions,
    habit_ended,
    habit_mentions,
    item_mentions,
)
from bot.language.money import current_value, read_amount
from bot.language.yes_no import read_yes_no
from bot.wording.advice import ADVICE_PROBLEMS
from tests.language.readers import advice, entities
from tests.language.test_fresh9_tune3_kinds import TODAY

# ---- Where people live, described -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "area"),
    [
        # A city named with a room rented in it, or a busy part of town.
        ("I rent a room in Sacramento", "urban"),
        ("a busy neighbourhood in Tampa", "urban"),
        ("shared flat in a busy part of town", "urban"),
        ("apartment block by the harbour", "urban"),
        ("a studio in the East Village", "urban"),
        # A kind of housing built at a city's edge.
        ("we're in a gated community near Orlando", "suburban"),
        ("new housing development north of Tauranga", "suburban"),
        ("a subdivision on the edge of Albuquerque", "suburban"),
        ("a retirement village in Tauranga", "suburban"),
        # A town named by its size.
        ("a mobile home outside a tiny town in Nebraska", "rural"),
        ("little town in the King Country", "rural"),
        ("a wee town down south", "rural"),
        ("a hamlet in upstate New York", "rural"),
        ("we're on a cul de sac in a new estate", "suburban"),
        # Far out, with no town close by: nothing to say back.
        ("out in the wop-wops, 40 mins from the nearest town", "rural"),
    ],
)
def test_a_home_described_is_its_area(text: str, area: str) -> None:
    reading = advice(text, "area_type")
    assert reading.slots.get("area_type") == area
    assert "area_type" not in (reading.slots.get("assumed_answers") or [])


@pytest.mark.parametrize(
    "text",
    [
        "half the year in Manhattan, the rest at our lake house",
        "split my time between Wellington and the farm",
        "two homes really, a townhouse in Denver and a cabin in the mountains",
        "on the edge of town",
        "a condo in Chicago and a cabin up north",
    ],
)
def test_two_homes_are_asked_again(text: str) -> None:
    reading = advice(text, "area_type")
    assert "area_type" not in reading.slots
    assert reading.problem == ADVICE_PROBLEMS["area_type_both"]


@pytest.mark.parametrize(
    "text",
    [
        "we're relocating to the countryside in March",
        "about to move out of the city, not sure where yet",
        "depends, we move house next month from Ponsonby to Matakana",
    ],
)
def test_a_move_is_asked_about_the_new_home(text: str) -> None:
    reading = advice(text, "area_type")
    assert "area_type" not in reading.slots
    assert reading.problem == ADVICE_PROBLEMS["area_type_moving"]


def test_staying_put_is_no_move() -> None:
    assert advice("suburbs, and we're not moving anytime soon", "area_type").slots["area_type"] == "suburban"


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("semi-rural, but 5 minutes from the shops", "rural"),
        ("a village, only 20 min drive to Hamilton", "rural"),
        ("countryside I guess, though close to town", "rural"),
        ("kind of the suburbs", "suburban"),
    ],
)
def test_a_hedged_or_near_town_home_is_said_back(text: str, area: str) -> None:
    reading = advice(text, "area_type")
    assert reading.slots.get("area_type") == area
    assert reading.slots.get("assumed_answers") == ["area_type"]
    assert any("I've put down" in note for note in reading.notes)


# ---- Travel told by a job or a rhythm ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm a flight attendant",
        "I'm a travel nurse, so it comes everywhere",
        "every other week I'm in Denver for work",
        "every fortnight up to Auckland for work",
        "once a month down to Christchurch for work",
        "heaps, work sends me all over",
        "not abroad, but I'm in Christchurch every month for work",
        "no international trips but I drive to Dallas every week for work",
    ],
)
def test_travel_told_by_a_job_or_a_rhythm_is_yes(text: str) -> None:
    assert advice(text, "travels_often").slots.get("travels_often") is True


@pytest.mark.parametrize(
    "text",
    [
        "used to heaps, not since the kids came along",
        "I used to fly all the time for work",
        "I'd love to but nah",
        "would like to haha but no, not really",
        "not overseas, and not much around NZ either",
    ],
)
def test_travel_that_ended_or_is_only_wished_is_no(text: str) -> None:
    assert advice(text, "travels_often").slots.get("travels_often") is False


def test_used_to_as_grown_accustomed_is_no_ended_habit() -> None:
    assert not habit_ended("I'm used to travelling with it, every month or so")
    assert advice("I'm used to travelling with it, every month or so", "travels_often").slots["travels_often"]


# ---- Wearing told with a history or an occasion --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "wore it daily until the baby arrived, now it just sits in the safe",
        "used to wear it every day, not anymore",
        "nearly never, it's too precious",
        "practically never to be honest",
        "only black-tie dinners, a couple times a year",
        "couple times a month maybe",
        "wore it every day for years, it's in the safe now",
        "used to until my hands swelled, now no",
    ],
)
def test_wearing_that_ended_or_is_rare_is_no(text: str) -> None:
    assert advice(text, "wears_daily").slots.get("wears_daily") is False


@pytest.mark.parametrize(
    "text",
    [
        "four days a week at the office",
        "only at work, which is 4 days a week",
        "haven't had it off since the wedding",
        "not taken them out since Christmas",
        "every day, it sits in the box at night",
        "every day, it's in the safe when I'm at the gym",
        "Monday to Friday",
        "used to take it off at night, now I wear it all the time",
    ],
)
def test_wearing_most_days_told_another_way_is_yes(text: str) -> None:
    assert advice(text, "wears_daily").slots.get("wears_daily") is True


def test_a_habit_promised_once_fixed_is_no_yet_and_said_back() -> None:
    reading = advice(
        "I will when it's back from the jeweller, at the moment it stays in the drawer", "wears_daily"
    )
    assert reading.slots["wears_daily"] is False
    assert reading.slots.get("assumed_answers") == ["wears_daily"] and reading.notes


def test_never_taken_out_of_its_box_is_not_worn() -> None:
    assert (
        advice("haven't taken it out of the box since I bought it", "wears_daily").slots.get("wears_daily")
        is not True
    )


def test_no_longer_taking_it_off_is_no_ended_habit() -> None:
    assert not habit_ended("I no longer take it off")
    assert not habit_ended("yes every day, it no longer leaves my finger")


def test_an_ended_habit_said_unprompted_is_not_worn_daily() -> None:
    found = {
        m.entity: m.value for m in habit_mentions("I used to wear it every day but now it sits in the safe")
    }
    assert found.get("wears_daily") is False


@pytest.mark.parametrize(
    ("text", "yes_no"), [("I'd love to but nah", "no"), ("yes, but not every day", "between")]
)
def test_but_no_ends_the_answer(text: str, yes_no: str) -> None:
    reading = read_yes_no(text)
    assert reading is not None and reading.answer == yes_no


# ---- Pieces named by their form ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("a double strand of pearls", "necklace"),
        ("pearl strand, three rows", "necklace"),
        ("a gold lariat", "necklace"),
        ("her gold cuff", "bracelet"),
        ("his signet with the family crest", "ring"),
        ("a St Christopher medallion", "pendant"),
        ("cuff links from my grandad", "other"),
        ("cufflinks", "other"),
    ],
)
def test_a_piece_named_by_its_form(text: str, kind: str) -> None:
    assert [m.value for m in item_mentions(text)][:1] == [kind]


@pytest.mark.parametrize("text", ["I signed the form yesterday", "the cuffs of my shirt"])
def test_words_beside_the_new_piece_names_are_no_piece(text: str) -> None:
    assert item_mentions(text) == []


# ---- Today's cover in people's words ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        ("haven't got round to getting contents insurance yet", "none"),
        ("we never got around to renters insurance", "none"),
        ("we pay extra on our homeowners for all our jewelry, nothing itemized", "blanket"),
        ("there's an optional jewellery extension on our contents", "blanket"),
        ("a valuables add-on with our house insurance", "blanket"),
        ("unspecified jewellery on the house policy", "blanket"),
        ("it's on a jewelry floater", "scheduled"),
        ("personal articles floater through our agent", "scheduled"),
        ("it's on my PAF", "scheduled"),
        ("whatever the apartment insurance covers", "homeowners"),
        ("just our household policy", "homeowners"),
        # A listing denied leaves the policy.
        ("no floater, just the condo policy", "homeowners"),
        ("a blanket floater", "blanket"),
        ("we got an additional rider for my jewelry", "scheduled"),
    ],
)
def test_cover_in_everyday_words(text: str, cover: str) -> None:
    assert coverage_from_text(text) == cover


# ---- A valuation beside the price paid -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I paid 3,100 in 2020, the valuation last month came back at 4,650", 4650),
        ("bought it for $700 but the jeweller reckons $1,100 to replace now", 1100),
        # The valuation is the value even when it is the lower figure.
        ("paid 12k but the appraisal said 9,500", 9500),
        # No valuation figure: the price paid.
        ("the appraisal was years ago, I paid 5k", 5000),
        ("paid $800, no valuation", 800),
        # A year after the valuation is when it was done.
        ("$3,300 on the last valuation but that was 2018", 3300),
        ("the appraisal was in 2017, it came to 6,100", 6100),
    ],
)
def test_the_valuation_is_the_value(text: str, value: float) -> None:
    assert advice(text, "item_value").slots.get("item_value") == value
    amount = read_amount(text)
    assert amount is not None and amount.value == value


def test_the_claim_value_is_the_valuation_too() -> None:
    text = "we paid 2,000 but the valuer said 2,600 to replace"
    reading = read_claim_answers(UserMessage(text, "inform", entities(text)), "item_value", {}, TODAY)
    assert reading.slots["item_value"] == 2600


def test_a_figure_named_as_not_the_valuation_is_not_it() -> None:
    assert current_value("the appraisal said 4,000 not 3,000") is not None
    value = current_value("the appraisal said 4,000 not 3,000")
    assert value is not None and value.value == 4000


# ---- Words only a New Zealander uses ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I live out in the wop-wops",
        "it stays at the bach over summer",
        "our section's about half an acre",
        "left it by the ranch slider",
        "we went tramping last arvo",
        "just for mahi",
        "ran down to the dairy",
    ],
)
def test_new_zealand_words_make_the_money_new_zealand_dollars(text: str) -> None:
    assert [m.value for m in currency_mentions(text)] == ["NZD"]


@pytest.mark.parametrize(
    "text",
    [
        "the dairy farm down the road",
        "the jewelry section of my policy",
        "listening to Bach",
        "my son Kai gave it to me",
        "dairy-free cake",
    ],
)
def test_words_shared_with_the_us_are_no_currency(text: str) -> None:
    assert currency_mentions(text) == []


def test_a_dollar_amount_after_a_new_zealand_word_stays_new_zealand() -> None:
    opening = advice("I live out in the wop-wops, how do I cover a pendant", None)
    assert opening.slots.get("currency") == "NZD"
    value = advice("$900", "item_value", {"item_type": "pendant", "currency": "NZD"})
    assert value.slots["item_value"] == 900 and "currency" not in value.slots
