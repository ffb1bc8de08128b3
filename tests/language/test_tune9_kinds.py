"""Kinds of wording behind the tune9 answer bank's area, cover, habit, value and date
failures and fresh23's advice failures (session 14). Each sentence is written for the
test, in US and New Zealand phrasings, with near phrasings that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import read_claim_answers
from bot.language.dates import read_loss_date
from bot.language.facts import area_from_text, coverage_from_text, read_message
from tests.language.readers import advice, entities

TODAY = date(2026, 11, 29)


def _said_back(reading: object, slot: str) -> bool:
    notes = getattr(reading, "notes", ())
    slots = getattr(reading, "slots", {})
    return bool(notes) or slot in (slots.get("assumed_answers") or [])


# ---------------------------------------------------------------- area: described


@pytest.mark.parametrize(
    ("text", "area"),
    [
        # A city or its centre named as the point measured from is where they are not.
        ("a cul-de-sac about 15 minutes from downtown Omaha", "suburban"),
        ("a bedroom community, half an hour from the city", "suburban"),
        ("commuter town about 40 min from Wellington", "suburban"),
        ("about 25 minutes from downtown in a quiet neighborhood", "suburban"),
        ("20 min drive from the cbd, quiet street with a backyard", "suburban"),
        ("a split-level ranch house in a neighborhood outside Denver", "suburban"),
        # A home only a city street has.
        ("fourth floor walk-up in Astoria", "urban"),
        ("apartment above a bakery on main street", "urban"),
        ("we rent a flat above a dairy on the main road", "urban"),
        ("a brownstone in Park Slope", "urban"),
        ("a condo in SF, the Mission", "urban"),
        # The country told by its land, its stock or its distance from the shops.
        ("out in the wops", "rural"),
        ("high country station in Canterbury", "rural"),
        ("45 min to the nearest supermarket", "rural"),
        ("nearest town is 20 miles away", "rural"),
        ("two hectares on the outskirts of Whangarei, a few sheep and a horse", "rural"),
        ("on the outskirts of Tauranga, properly rural", "rural"),
        ("five acres with horses, properly country", "rural"),
    ],
)
def test_an_area_told_by_what_it_is_like(text: str, area: str) -> None:
    assert advice(text, "area_type").slots.get("area_type") == area


@pytest.mark.parametrize(
    ("text", "area"),
    [
        # Near the centre on foot is the centre still; the city said outright stays.
        ("a flat 5 minutes walk from the cbd", "urban"),
        ("the city, 10 min from downtown", "urban"),
        # The edge of a town with nothing of the country said is a suburb.
        ("we live on the outskirts of Hamilton", "suburban"),
        # "15 min out of town" is the country (a town alone is no city centre).
        ("a farm 15 min out of town", "rural"),
        # A quarter acre is a suburban section, not land.
        ("a house on a quarter acre section in Papatoetoe", "suburban"),
    ],
)
def test_near_phrasings_keep_their_area(text: str, area: str) -> None:
    assert area_from_text(text, asked=True) == area


def test_a_home_told_only_by_its_distance_from_a_city_is_said_back() -> None:
    reading = advice("a house an hour from Boston", "area_type")
    assert reading.slots.get("area_type") == "suburban"
    assert _said_back(reading, "area_type")


@pytest.mark.parametrize(
    "text",
    [
        "I split my time between an apartment in Boston and a farm in Vermont",
        "half in the city half at the bach",
        "kind of in between, not really city not really country",
    ],
)
def test_two_homes_leave_the_area_open(text: str) -> None:
    reading = advice(text, "area_type")
    assert reading.slots.get("area_type") is None or _said_back(reading, "area_type")


def test_a_street_named_church_is_no_habit() -> None:
    text = "a bracelet I never take off, I rent an apartment above a bakery on Church St downtown"
    habits = {m.entity: m.value for m in read_message(text) if m.entity == "wears_daily"}
    assert habits == {"wears_daily": True}


# ---------------------------------------------------------------- cover: described


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        # A policy of its own, told by what it covers.
        ("I have a personal articles policy for the ring, separate from my homeowners", "standalone"),
        ("got a policy that only covers my jewellery, through a specialist", "standalone"),
        ("insurance just for the watch, nothing to do with the house", "standalone"),
        ("there's a policy that's only for my rings", "standalone"),
        # An add-on bought for this one piece: listed.
        ("renters with Lemonade plus an extra coverage add-on for the necklace", "scheduled"),
        ("contents with AMI and an extension for the ring itself", "scheduled"),
        # An add-on or a lump sum for all of it: blanket.
        ("contents with an add on for all our jewellery, no list", "blanket"),
        ("there's a lump sum for everything on the contents, nothing named", "blanket"),
        # The policy's condition to list a piece is no listing made.
        ("contents, they said jewellery is limited to $1,500 unless it's specified", "homeowners"),
        ("homeowners, jewelry capped at $2,500 unless you schedule it", "homeowners"),
        ("contents policy, each piece over $2k has to be specified or it's limited", "homeowners"),
        # No home policy, only the car.
        ("we don't have contents at all, just the car", "none"),
        ("don't have renters, just car insurance lol", "none"),
        ("i haven't got contents, just third party on the ute", "none"),
    ],
)
def test_the_cover_from_what_it_does(text: str, cover: str) -> None:
    assert advice(text, "current_coverage").slots.get("current_coverage") == cover


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        # A home policy's limit is no jewellery-only policy.
        ("our contents policy only covers jewellery up to $2,500", "homeowners"),
        # Only a jewellery policy in place of the home one.
        ("no contents, just a jewellery policy", "standalone"),
        # A personal articles policy that lists the piece stays a listing (earlier sets).
        ("it's listed on our State Farm personal articles policy", "scheduled"),
        # Extra cover wanted is not had.
        ("help me work out if I need extra cover for my engagement ring", None),
    ],
)
def test_near_cover_phrasings_keep_their_reading(text: str, cover: str | None) -> None:
    assert coverage_from_text(text) == cover


# ---------------------------------------------------------------- habits


@pytest.mark.parametrize(
    ("text", "worn"),
    [
        # Their own verdict, last, after the exceptions.
        ("only when i'm not at the gym, so most days really", True),
        ("except for church clothes days, so pretty much every day", True),
        ("I take it off for netball and swimming, so yeah most days", True),
        # Weekends and not the working week.
        ("most weekends, not during the week because I can't wear it at work", False),
        ("weekends mostly, can't wear rings on the ward", False),
        ("Saturdays and Sundays, not in the week", False),
        ("never during the week, only at weekends", False),
        # The working week is most days.
        ("weekdays at work and most weekends too", True),
        ("weekdays at the office, not on weekends", True),
    ],
)
def test_how_often_it_is_worn(text: str, worn: bool) -> None:
    assert advice(text, "wears_daily").slots.get("wears_daily") is worn


@pytest.mark.parametrize(
    "text",
    [
        "not yet, but once we retire next year we plan to travel heaps",
        "not at the moment but I'm going to be travelling a lot for work from January",
        "not yet but we'll be away a lot in the motorhome",
    ],
)
def test_travel_planned_is_taken_as_the_plan_and_said_back(text: str) -> None:
    reading = advice(text, "travels_often")
    assert reading.slots.get("travels_often") is True
    assert _said_back(reading, "travels_often")


@pytest.mark.parametrize(
    "text",
    ["not yet, we might go to Fiji one day", "not yet but we plan to go to Bali once next year"],
)
def test_a_trip_planned_is_no_habit(text: str) -> None:
    assert advice(text, "travels_often").slots.get("travels_often") is False


# ---------------------------------------------------------------- values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("paid 3 grand, the valuation came back at 4.5", 4500),
        ("paid 5k, valued at 4.2", 4200),
        ("paid 2 and a half, appraised at 3", 3000),
        ("about 6", 6000),
    ],
)
def test_thousands_said_short_are_read_and_said_back(text: str, value: float) -> None:
    reading = advice(text, "item_value")
    assert reading.slots.get("item_value") == value
    assert reading.notes
    claim = read_claim_answers(UserMessage(text, "inform", entities(text)), "item_value", {}, TODAY)
    assert claim.slots.get("item_value") == value
    assert claim.notes


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A bare figure beside one in plain dollars is not thousands.
        ("1800 for the 2", 1800),
        ("$3,000 for both, lost 1", 3000),
        # Dollars said are dollars.
        ("3 dollars", 3),
    ],
)
def test_small_figures_that_are_not_thousands(text: str, value: float) -> None:
    assert advice(text, "item_value").slots.get("item_value") == value


def test_a_rough_figure_in_a_claim_is_said_back() -> None:
    text = "no idea, it was a graduation present, prob a couple grand"
    claim = read_claim_answers(UserMessage(text, "inform", entities(text)), "item_value", {}, TODAY)
    assert claim.slots.get("item_value") == 2000
    assert claim.notes


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("region", "text", "day"),
    [
        # The day it happened, not the day it was noticed.
        ("US", "realized on the 22nd, but it must have come off on the 19th at the game", "2026-11-19"),
        ("NZ", "only noticed on the 25th but i reckon it was the 23rd at netball", "2026-11-23"),
        (
            "US",
            "we only found it on friday when we got home but the neighbor heard the alarm go off "
            "thursday night so it was thursday",
            "2026-11-26",
        ),
        (
            "NZ",
            "found the place trashed when we got back sunday, but the neighbours heard glass breaking on friday night",
            "2026-11-27",
        ),
        # A date written out wins over a loose word that describes it.
        ("US", "6/13, over the long weekend at the shore", "2026-06-13"),
        ("NZ", "13/6 over the weekend at the bach", "2026-06-13"),
        ("NZ", "3/12/25, nearly a year back", "2025-12-03"),
        ("US", "11/28, yesterday", "2026-11-28"),
    ],
)
def test_the_day_it_happened(region: str, text: str, day: str) -> None:
    reading = read_loss_date(text, TODAY, region)
    assert reading.value is not None and reading.value.isoformat() == day
    assert not reading.approximate


@pytest.mark.parametrize(
    ("region", "text"),
    [
        # A span with no day known: approximate, said back.
        (
            "NZ",
            "we were at the bach from the 2nd to the 9th and came home to the door smashed in, no idea what day",
        ),
        ("US", "he was here the 16th through the 20th"),
        # Noticed, last worn long before, and "who knows".
        ("NZ", "found it gone on the 20th, last wore it on the 1st, who knows when it went"),
        ("US", "noticed on the 20th when I went to wear it, hadn't worn it since Halloween so who knows"),
    ],
)
def test_a_day_nobody_knows_is_approximate(region: str, text: str) -> None:
    reading = read_loss_date(text, TODAY, region)
    assert reading.value is not None and reading.approximate and reading.note


def test_two_dates_as_two_events_stay_exact() -> None:
    # "the 10th and the 15th" could be two events: only "between" or "through" make a span.
    reading = read_loss_date("the 10th and the 15th", TODAY, "NZ")
    assert not reading.approximate
