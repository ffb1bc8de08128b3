"""Kinds of wording behind fresh28's and tune11's coverage-guide failures (session 17): a
listing denied or doubted beside the home policy; a cover weighed in an opening that is
not the cover held; a premium told at another question; home cover given up; an answer
put right within the same message; a trip to one's own holiday place now and then. Each
sentence is written for the test, in US and New Zealand phrasings, with near phrasings
that must not change."""

from __future__ import annotations

import pytest

from bot.language.money import corrected_within, is_a_cover_figure, read_amount
from bot.language.yes_no import read_yes_no
from tests.language.readers import advice

RING = {"item_type": "ring", "item_value": 6000}


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        # A listing denied or doubted: the home policy is the cover.
        ("homeowners with Farmers, nothing's scheduled on it", "homeowners"),
        ("contents with Tower, nothing's specified that I know of", "homeowners"),
        ("house and contents through the bank, nothing's itemised on it", "homeowners"),
        ("renters, I don't think anything's scheduled", "homeowners"),
        ("contents but I don't reckon any of it is specified", "homeowners"),
        ("contents with AA but none of my jewellery is specified", "homeowners"),
        ("homeowners, none of it's listed separately", "homeowners"),
        ("homeowners I guess, nothing's on the schedule", "homeowners"),
        ("condo policy, not one piece is scheduled", "homeowners"),
        ("renters with Lemonade, no rider or anything", "homeowners"),
        ("contents with AMI, don't have anything specified", "homeowners"),
        ("homeowners, we don't actually have it scheduled", "homeowners"),
        # A listing said as a fact stays a listing.
        ("it's specified on our contents with AMI", "scheduled"),
        ("homeowners, and the ring's scheduled on it", "scheduled"),
        ("nothing's changed, it's still scheduled with Allstate", "scheduled"),
    ],
)
def test_a_listing_denied_leaves_the_home_policy(text: str, cover: str) -> None:
    assert advice(text, "current_coverage", RING).slots.get("current_coverage") == cover


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        # Home cover given up: none.
        ("nothing now, we dropped the renters last year", "none"),
        ("we got rid of our house insurance to cut costs, so nothing", "none"),
        ("stopped paying for contents when we went flatting", "none"),
        ("we gave up the homeowners after we paid off the house", "none"),
        ("cancelled our renters policy in the spring, money's tight", "none"),
        ("none, we ditched contents when the premium went up", "none"),
        # Cover moved, or a listing or jewelry policy given up: the cover that is left.
        ("we dropped our homeowners with Geico and went with Allstate's", "homeowners"),
        ("cancelled contents with AA and moved it over to AMI", "homeowners"),
        ("cancelled the jewelry policy, just homeowners now", "homeowners"),
        ("we cancelled the rider, it's only on the renters now", "homeowners"),
        ("had a floater but dropped it, just homeowners", "homeowners"),
        ("it was specified but we took it off the schedule, contents only", "homeowners"),
        ("it's on the contents, we cut the specified items to save money", "homeowners"),
    ],
)
def test_home_cover_given_up_is_none(text: str, cover: str) -> None:
    assert advice(text, "current_coverage", RING).slots.get("current_coverage") == cover


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        # A cover weighed is not the cover held.
        (
            "my watch is specified on our contents with Tower but I'm wondering if a specialist jewellery "
            "insurer would be cheaper",
            "scheduled",
        ),
        (
            "my ring is scheduled on the Allstate homeowners, curious whether a standalone would be better",
            "scheduled",
        ),
        (
            "I've got a necklace listed on my contents with AMI, is a separate jewellery policy worth it?",
            "scheduled",
        ),
        ("my bracelet's on a rider with State Farm and I got a quote from BriteCo", "scheduled"),
        ("the earrings are on a floater with Geico, looking at Jewelers Mutual instead", "scheduled"),
        ("my ring is on our contents, would a blanket add-on be better?", "homeowners"),
        # A cover held, said plainly.
        ("I have my pendant on its own jewelry policy with Jewelers Mutual", "standalone"),
        ("we have the watch insured through BriteCo", "standalone"),
        ("my ring is specified on the contents with AA", "scheduled"),
        ("my wife's ring is scheduled with State Farm", "scheduled"),
    ],
)
def test_a_cover_weighed_in_an_opening_is_not_held(text: str, cover: str) -> None:
    assert advice(text, None).slots.get("current_coverage") == cover


@pytest.mark.parametrize(
    "text",
    [
        "nothing on it yet, thinking about a standalone",
        "wondering whether a rider would be worth it",
    ],
)
def test_a_cover_weighed_alone_tells_no_cover(text: str) -> None:
    assert advice(text, None).slots.get("current_coverage") is None


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        ("its own policy with BriteCo, around $70 a year", "standalone"),
        ("specified on the contents, costs me about $9 a month", "scheduled"),
        ("a rider with Allstate, I pay $120/yr for it", "scheduled"),
        ("standalone with a specialist, NZ$85 per annum I think", "standalone"),
        ("on a floater, about 75 bucks annually", "scheduled"),
    ],
)
def test_a_premium_at_another_question_is_not_the_value(text: str, cover: str) -> None:
    reading = advice(text, "current_coverage", {"item_type": "bracelet", "item_value": 4300})
    assert reading.slots.get("current_coverage") == cover
    assert "item_value" not in reading.slots


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A time, not a rate: the value.
        ("I paid $5,000 a year ago", 5000),
        ("it was 3k a year back", 3000),
        # The value beside its premium.
        ("$2,000, and I pay $40 a year for the rider", 2000),
        ("I pay 60 a year on it and it was valued at 4,300", 4300),
    ],
)
def test_a_value_beside_a_premium(text: str, value: float) -> None:
    assert advice(text, "item_value", {"item_type": "ring"}).slots.get("item_value") == value


@pytest.mark.parametrize(
    ("text", "start", "end", "cover"),
    [
        ("about $60 a year", 6, 9, True),
        ("$95/yr", 0, 3, True),
        ("$500 p.a.", 0, 4, True),
        ("$5,000 a year ago", 0, 6, False),
        ("$5,000 each year or so", 0, 6, True),
    ],
)
def test_a_cost_by_the_year_is_a_cover_figure(text: str, start: int, end: int, cover: bool) -> None:
    assert is_a_cover_figure(text, start, end) is cover


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A figure put right within the message: the later one.
        ("valued at $3,100 - oh actually they revalued it at $3,600 last month", 3600),
        ("about $3,000, sorry, $3,500, I forgot the new valuation", 3500),
        ("it's $1,800 - no wait, the appraisal said $2,100", 2100),
        ("$6k, actually make that $6,500", 6500),
        ("paid 4200 - oh I mean 4800 with the setting", 4800),
        ("about 2,000 no sorry 2,500", 2500),
        # The figure taken back is never the value.
        ("it was $5,000, not $5,500", 5000),
        # No second figure: nothing put right.
        ("$2,400, actually", 2400),
        ("valued at 9,800 last year, actually", 9800),
    ],
)
def test_a_figure_put_right_in_the_same_message(text: str, value: float) -> None:
    assert advice(text, "item_value", {"item_type": "ring"}).slots.get("item_value") == value
    amount = read_amount(text)
    assert amount is not None and amount.value == value


def test_no_correction_without_an_earlier_figure() -> None:
    assert corrected_within("actually it's about $4,000") is None
    assert corrected_within("sorry, about $4,000 or $4,500") is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # An answer taken back at once: the second one.
        ("yes - well no, hardly ever", "no"),
        ("yeah, actually no", "no"),
        ("yep I mean nah, not much", "no"),
        ("no wait, yes", "yes"),
        ("nah - well yeah, most days", "yes"),
        # The same answer twice, or a "well" that takes nothing back.
        ("yes, well yes, every day", "yes"),
        ("no, well, not really", "no"),
        ("yes well I try to", "yes"),
    ],
)
def test_an_answer_taken_back(text: str, answer: str) -> None:
    reading = read_yes_no(text)
    assert reading is not None and reading.answer == answer


@pytest.mark.parametrize(
    ("text", "travels"),
    [
        # Taken back, then fewer than "a few" trips.
        ("yeah - actually no, maybe twice a year", False),
        ("yep, well not really, a couple of times a year", False),
        ("yes - no wait, only once or twice a year", False),
        ("no - well yes, a few times a year for work", True),
        # Just to one's own holiday place now and then: not often.
        ("just up to the lake house now and then", False),
        ("only down to the crib in Wanaka every so often", False),
        ("just to the cabin once in a while", False),
        # The holiday place often, or a hedge with no "just": as before.
        ("heading to the bach most weekends", True),
        ("only to the cottage, but most weekends", True),
        ("now and then", True),
        ("sometimes", True),
    ],
)
def test_travel_taken_back_or_narrowed(text: str, travels: bool) -> None:
    assert advice(text, "travels_often", RING).slots.get("travels_often") is travels


@pytest.mark.parametrize(
    ("text", "travels", "wears"),
    [
        # Whether to leave it home, asked: no habit told (the travel told still counts).
        ("I fly for work so I'm gone a lot, should I take it with me or leave it home?", True, None),
        ("we travel heaps, should the ring come with us or stay in the safe?", True, None),
        ("is it better to leave it at home when we go overseas?", None, None),
        ("should I leave the watch in the safe when I'm away?", None, None),
        # Told, not asked: as before.
        ("I always leave it at home when I travel", False, None),
        ("we travel a fair bit but I leave the good stuff at home", False, None),
        ("it stays in the safe, I only wear it to weddings", False, False),
    ],
)
def test_a_habit_asked_about_is_not_told(text: str, travels: bool | None, wears: bool | None) -> None:
    slots = advice(text, None).slots
    assert slots.get("travels_often") is travels
    assert slots.get("wears_daily") is wears
