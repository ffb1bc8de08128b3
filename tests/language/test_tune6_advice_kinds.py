"""Kinds of answer behind the answer bank tune6 and fresh15 guide failures (session 11):
a piece told by what it hangs on, pendants known by their form, a kind restated with
"one", a figure said as "3 thousand and 400", a figure offered as a guess, a listed or
valued figure beside a lower price paid, trips told as rare or as varying, a verdict
after the reason, a piece kept off the body all week, farms and gravel roads, a
jewellery-only policy, a listing denied with a noun between, and a statement of the
answer (or a question the person answers themselves) whatever the classifier made of
it. Each sentence is written for the test; US and NZ, with readings that must not be made."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.language.answers import UserMessage, answer_after_own_question, states_an_answer
from bot.language.claim.answers import read_claim_answers
from bot.language.facts import area_from_text, coverage_from_text, item_mentions, read_message
from bot.language.money import find_amounts, read_amount
from tests.language.readers import advice

TODAY = date(2026, 11, 29)


def claim_answer(text: str, asked: str | None, known: dict[str, Any] | None = None) -> dict[str, Any]:
    entities = tuple(
        {"entity": m.entity, "value": m.value, "start": m.start, "end": m.end} for m in read_message(text)
    )
    intent = "report_claim" if asked is None else "inform"
    return read_claim_answers(UserMessage(text, intent, entities), asked, known or {}, TODAY).slots


def kinds(text: str) -> list[str]:
    return [str(m.value) for m in item_mentions(text)]


# ---- A chain or cord something hangs on is no piece of its own ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "a little silver heart on a box chain, from my nana",
        "an opal on a fine gold chain",
        "a St Christopher medal on a chain, he never takes it off",
        "a gold nugget strung on a leather thong",
        "it's a jade disc that hangs from a silk cord",
        "an initial charm on a thin chain, an R",
        "a round thing that dangles on a chain, rose gold",
        "the diamond pendant on the rope chain. the chain was cheap though",
        "my pounamu koru",
        "a hei tiki her koro carved",
        "a small crucifix, 9ct",
    ],
)
def test_a_thing_on_a_chain_is_a_pendant(text: str) -> None:
    assert kinds(text) == ["pendant"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The piece named before the chain hangs on it: that piece, not a necklace.
        ("my wedding band on a chain round my neck at work", ["ring"]),
        ("grandad's pocket watch on a long chain", ["watch"]),
        ("a solitaire on a fine chain", ["pendant"]),
        # A chain alone, or named as the piece, stays the necklace.
        ("a heavy gold chain, 24 inch", ["necklace"]),
        ("a rope chain and nothing on it", ["necklace"]),
        ("the chain snapped when I was cross about it", ["necklace"]),
        ("it's on a chain", ["necklace"]),
        # A carving's name before another piece only describes it.
        ("koru earrings in greenstone", ["earrings"]),
        ("a cameo ring from the 1920s", ["ring"]),
        ("a cameo brooch", ["other"]),
        ("grandma's cameo, she pinned it on her coat", ["other"]),
    ],
)
def test_what_hangs_on_the_chain_decides(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a small greenstone heart on a waxed cord",
        "my gold cross on a chain",
        "a diamond pendant on a white gold chain, the chain is just plain",
    ],
)
def test_the_piece_on_a_chain_answers_which_piece(text: str) -> None:
    assert advice(text, "item_type").slots.get("item_type") == "pendant"
    assert claim_answer(text, "item_type", {"claim_type": "theft"}).get("item_type") == "pendant"


# ---- A kind restated with "one" -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["her ring. the engagement one", "ring, engagement one", "the ring - the engagement one not the band"],
)
def test_the_engagement_one_is_the_engagement_ring(text: str) -> None:
    assert claim_answer(text, "item_type", {"claim_type": "lost"}).get("item_type") == "engagement_ring"
    assert advice(text, "item_type").slots.get("item_type") == "engagement_ring"


@pytest.mark.parametrize("text", ["my wife's ring", "the ring she got for our engagement party", "a ring"])
def test_a_ring_without_engagement_one_stays_a_ring(text: str) -> None:
    assert kinds(text)[:1] == ["ring"]


# ---- "3 thousand and 400" is one figure ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("paid 2 thousand and 750 dollar for it", 2750),
        ("it cost 6 thousand 300 bucks", 6300),
        ("about 4 thousand and 2 hundred dollars", 4200),
        ("NZ$1 thousand and 90", 1090),
    ],
)
def test_thousands_and_the_rest_said_in_words_are_one_figure(text: str, value: float) -> None:
    amount = read_amount(text)
    assert amount is not None and amount.value == value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("between 3 thousand and 4 thousand", [3000, 4000]),
        ("5 thousand and $300 for the clasp", [5000, 300]),
        ("worth 4 thousand and 2 years old", [4000]),
        ("8 thousand and 12 kids in the family lol", [8000]),
        ("2 thousand and 1500 for the studs", [2000, 1500]),
    ],
)
def test_a_second_figure_after_thousand_stays_apart(text: str, values: list[float]) -> None:
    assert [a.value for a in find_amounts(text)] == values


# ---- A figure offered as a guess is said back ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "dunno, maybe 600?",
        "no idea honestly, 2k?",
        "not sure, 1200 I guess",
        "I'd guess around $900, never had it valued",
        "idk 450? it's only plated",
    ],
)
def test_a_guessed_figure_is_put_down_and_said_back(text: str) -> None:
    reading = advice(text, "item_value")
    assert reading.slots.get("item_value") is not None
    assert any("best guess" in note for note in reading.notes)


@pytest.mark.parametrize("text", ["$1,250", "about three grand", "NZ$2,400 at the valuation", "1.5k"])
def test_a_figure_given_plainly_is_not_said_back(text: str) -> None:
    reading = advice(text, "item_value")
    assert reading.slots.get("item_value") is not None
    assert reading.notes == ()


def test_a_range_in_the_opening_is_said_back() -> None:
    reading = advice("looking at a bracelet for mum, somewhere around 2-3k, should I insure it", None)
    assert reading.slots.get("item_value") == 3000
    assert any("top of the range" in note for note in reading.notes)


# ---- A listed or valued figure beside a lower price paid -------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("it's specified on our AMI policy at $3,900, we paid 2,800 in the sale", 3900),
        ("scheduled for 7,200 per the appraisal, though we actually paid 6,100", 7200),
        ("we actually paid $1,100 but it's itemized at $1,650 on the rider", 1650),
        ("about $5,900. no wait, it was $5,400", 5400),  # a correction still corrects
    ],
)
def test_the_listed_or_valued_figure_is_the_claim_value(text: str, value: float) -> None:
    assert (
        claim_answer(text, "item_value", {"claim_type": "lost", "item_type": "ring"}).get("item_value")
        == value
    )


# ---- Trips told as rare, varying, or concluded -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we get back to Samoa maybe once in three years",
        "every two years or so we go to see the grandkids in Perth",
        "a cruise booked for May but normally no, we stay put",
        "just a couple of trips a year to my sister's in Tulsa",
        "only the usual Easter and Christmas holidays at the bach",
        "goodness no, we don't go anywhere these days",
        "oh heavens no",
        "we rarely get away, and hardly go anywhere since the mortgage",
    ],
)
def test_trips_told_as_rare_are_not_often(text: str) -> None:
    assert advice(text, "travels_often").slots.get("travels_often") is False


@pytest.mark.parametrize(
    "text",
    [
        "we live on the road in the caravan most of winter, so yes, right round the North Island",
        "I'm a rep covering three states, so yeah, it's with me constantly",
        "fly to Sydney every month for work",
        "three or four trips a year, and it comes along",
    ],
)
def test_trips_told_as_often_are_often(text: str) -> None:
    assert advice(text, "travels_often").slots.get("travels_often") is True


@pytest.mark.parametrize(
    "text",
    [
        "depends on the year, some years a lot, some years none",
        "varies from year to year honestly",
        "some years heaps of trips, some years hardly any",
    ],
)
def test_trips_that_vary_by_year_are_taken_and_said_back(text: str) -> None:
    reading = advice(text, "travels_often")
    assert "travels_often" in (reading.slots.get("assumed_answers") or [])
    assert reading.notes


# ---- A piece kept off the body all week -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "plumber, it stays in the glovebox all week",
        "it lives on my bedside table during the week, can't wear it at the bakery",
        "my ring sits in my locker every shift",
        "it just sits in the console of the ute monday to friday",
    ],
)
def test_a_piece_kept_off_all_week_is_not_worn_daily(text: str) -> None:
    assert advice(text, "wears_daily").slots.get("wears_daily") is False


@pytest.mark.parametrize(
    "text", ["yes every day, it only comes off in the shower", "it's on her hand every single day", "daily"]
)
def test_worn_every_day_stays_a_yes(text: str) -> None:
    assert advice(text, "wears_daily").slots.get("wears_daily") is True


# ---- Farms by their stock, gravel roads: rural ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a sheep and beef block inland from Oamaru",
        "deer unit out past Ranfurly",
        "hill country station in the Wairarapa",
        "at the end of a dirt road in west Texas",
        "up a long gravel driveway outside Bozeman",
        "an unsealed road, nearest shop is 30k away",
    ],
)
def test_stock_farms_and_gravel_roads_are_rural(text: str) -> None:
    assert area_from_text(text, asked=True) == "rural"


@pytest.mark.parametrize(
    ("text", "area"),
    [("a townhouse on Gravel Pit Lane in the suburbs", "suburban"), ("apartment downtown", "urban")],
)
def test_other_areas_stay(text: str, area: str) -> None:
    assert area_from_text(text, asked=True) == area


# ---- Policies ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coverage"),
    [
        ("it's on a jewelry-only policy through my credit union", "standalone"),
        ("jewellery only insurance, separate from the house", "standalone"),
        ("HO-3 with Allstate, no items scheduled", "homeowners"),
        ("contents with State, no rings listed separately", "homeowners"),
        ("condo policy, no pieces itemized", "homeowners"),
        # A listing stated stays one.
        ("the ring is itemized on my homeowners", "scheduled"),
        ("yes, it's specified on the contents", "scheduled"),
    ],
)
def test_policies_as_stated(text: str, coverage: str) -> None:
    assert coverage_from_text(text) == coverage


# ---- A statement of the answer, whatever the intent ------------------------------------


@pytest.mark.parametrize(
    ("text", "slot", "expected"),
    [
        ("Insured value per the jeweller's valuation: NZ$8,750.", "item_value", 8750),
        ("The appraisal that came with it puts it at $12,300.", "item_value", 12300),
        ("she'll have it on every day once we're married", "wears_daily", True),
        ("it's in the safe deposit box at the bank, every day of the year", "wears_daily", False),
        ("FIFO, two weeks on the rigs, two at home, and it comes with me", "travels_often", True),
    ],
)
def test_a_statement_of_the_answer_is_read_whatever_the_intent(text: str, slot: str, expected: Any) -> None:
    assert states_an_answer(text, slot)
    assert advice(text, slot, intent="faq").slots.get(slot) == expected


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("does a $1,500 limit cover a $3,000 ring?", "item_value"),
        ("premiums are like $40 a year right", "item_value"),
        ("is it bad to wear it every day?", "wears_daily"),
        ("does a weekend in Taupo count as travel?", "travels_often"),
    ],
)
def test_a_question_is_no_answer(text: str, slot: str) -> None:
    assert not states_an_answer(text, slot)
    assert advice(text, slot, intent="faq").slots.get(slot) is None


@pytest.mark.parametrize(
    ("text", "slot", "expected"),
    [
        ("does a fitbit count? nah forget that, it's my Tag Heuer", "item_type", "watch"),
        ("is a pendant the same as a necklace? anyway mine's a pendant, a koru", "item_type", "pendant"),
        ("what counts as value, what I paid? it was $2,150 anyway", "item_value", 2150),
    ],
)
def test_a_question_the_person_answers_is_read_from_the_answer(text: str, slot: str, expected: Any) -> None:
    assert answer_after_own_question(text, slot) is not None
    assert advice(text, slot, intent="faq").slots.get(slot) == expected


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("what's the difference between a pendant and a necklace?", "item_type"),
        ("is a watch covered? and earrings?", "item_type"),
        ("how much is it usually? I have no idea", "item_value"),
    ],
)
def test_questions_with_no_answer_after_them_stay_questions(text: str, slot: str) -> None:
    assert answer_after_own_question(text, slot) is None


@pytest.mark.parametrize(
    "text",
    [
        "they turned the claim down and only paid $900 of it",
        "the insurer offered $2,000 for the ring",
    ],
)
def test_a_settlement_told_is_no_value_statement(text: str) -> None:
    assert not states_an_answer(text, "item_value")
