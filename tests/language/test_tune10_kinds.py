"""Kinds of wording behind the tune10 answer bank's failures (cover today, area, habits,
value, listing, claim type). Each sentence is written for the test, in US and New
Zealand phrasings, with near phrasings that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import read_claim_answers
from bot.language.facts import coverage_from_text
from bot.language.yes_no import read_yes_no
from tests.language.readers import advice

TODAY = date(2026, 11, 29)


def _said_back(reading: object, slot: str) -> bool:
    notes = getattr(reading, "notes", ())
    slots = getattr(reading, "slots", {})
    return bool(notes) or slot in (slots.get("assumed_answers") or [])


def claim(text: str, slot: str, intent: str = "inform") -> dict[str, object]:
    reading = read_claim_answers(UserMessage(text, intent, ()), slot, {"item_type": "ring"}, TODAY)
    return dict(reading.slots)


# ---------------------------------------------------------------- cover today


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        # A cover someone put forward is not one taken out.
        ("none so far, the store recommended BriteCo but we haven't signed up", "none"),
        ("the jeweller told us to try a specialist jewellery insurer, still nothing yet", "none"),
        ("mum reckons we should get it specified, right now its just contents", "homeowners"),
        ("my agent suggested a standalone policy, for now it's on our renters", "homeowners"),
        # ...unless it was then done, or the suggestion is only why.
        ("my agent recommended a rider so I got one", "scheduled"),
        ("we went with Jewelers Mutual like the jeweller recommended", "standalone"),
        ("the broker said we are covered under contents", "homeowners"),
        # A cover cancelled is none; a cover moved elsewhere is the new one.
        ("it was on a floater with Nationwide but we cancelled all that last spring", "none"),
        ("had it specified with AA, cancelled everything when we went overseas", "none"),
        ("cancelled all that with State and moved it to AMI, specified at 9k", "scheduled"),
        # A listing's condition is no listing: "unless scheduled" said bare.
        ("homeowners through Erie, jewelry's capped at 1500 unless scheduled", "homeowners"),
        ("contents with Tower, only $2k for jewellery until specified", "homeowners"),
        # A listing told as separate or individual.
        ("on our renters, it's listed separately with its appraisal", "scheduled"),
        ("individually listed on the AMI contents", "scheduled"),
        ("nothing is listed individually, it's just general contents", "homeowners"),
        ("we never got it listed separately, it's under our homeowners", "homeowners"),
        # A protection that is no insurance, named as all there is.
        ("only the Omega warranty", "none"),
        ("the Visa purchase protection, that's all we have", "none"),
        ("just a protection plan from the store", "none"),
        ("the 2 year guarantee from the shop, nothing else", "none"),
        # Named as what there is: no insurance, and the form says why back
        # (tests/language/test_cover_today_kinds.py).
        ("there's the jeweller's care plan but that's just for repairs I think", "none"),
        ("the care plan, and it's specified with State", "scheduled"),
    ],
)
def test_cover_today(text: str, cover: str | None) -> None:
    assert coverage_from_text(text) == cover


@pytest.mark.parametrize(
    "text",
    ["on the rider along with my wife's ring", "scheduled on the PAF together with my earrings"],
)
def test_a_piece_listed_beside_another_is_listed_too(text: str) -> None:
    reading = advice(text, "current_coverage", {"item_type": "watch"})
    assert reading.slots.get("current_coverage") == "scheduled"


def test_a_listing_of_another_piece_only_is_still_no_answer_for_this_one() -> None:
    reading = advice(
        "my ring's on the rider but the watch just falls under homeowners",
        "current_coverage",
        {"item_type": "watch"},
    )
    assert reading.slots.get("current_coverage") == "homeowners"


@pytest.mark.parametrize(
    ("text", "travels"),
    [
        ("we're with Travelers for the house", None),
        ("homeowners through Travelers, nothing scheduled", None),
        ("we're big travellers, it comes everywhere", True),
    ],
)
def test_travelers_the_insurer_is_no_travel(text: str, travels: bool | None) -> None:
    reading = advice(text, "current_coverage", {"item_type": "ring"})
    assert reading.slots.get("travels_often") == travels


# ---------------------------------------------------------------- area


@pytest.mark.parametrize(
    "text",
    ["not quite the city, not quite suburbs either", "neither town nor country really, a big village"],
)
def test_neither_kind_is_between(text: str) -> None:
    assert "area_type" not in advice(text, "area_type").slots


@pytest.mark.parametrize(
    "text",
    [
        "we're moving out of the city next month",
        "relocating from Boston to somewhere rural in March",
        # The home of today beside a move: where the piece will live is still asked.
        "suburbs at the moment, moving to Wellington city in Feb",
    ],
)
def test_a_move_is_still_asked(text: str) -> None:
    assert "area_type" not in advice(text, "area_type").slots


@pytest.mark.parametrize(
    "text", ["a little town, Waihi, maybe 5000 people", "small town in Ohio, 12k people or so"]
)
def test_a_small_town_of_thousands_is_the_country_said_back(text: str) -> None:
    reading = advice(text, "area_type")
    assert reading.slots.get("area_type") == "rural"
    assert _said_back(reading, "area_type")


@pytest.mark.parametrize("text", ["small town in Ohio", "a tiny town, population 400"])
def test_a_small_town_without_thousands_is_the_country(text: str) -> None:
    reading = advice(text, "area_type")
    assert reading.slots.get("area_type") == "rural"
    assert "area_type" not in (reading.slots.get("assumed_answers") or [])


def test_a_town_with_farms_is_the_country_without_a_doubt() -> None:
    reading = advice("small farming town, few hundred people and sheep everywhere", "area_type")
    assert reading.slots.get("area_type") == "rural"


# ---------------------------------------------------------------- wear


@pytest.mark.parametrize(
    ("text", "daily"),
    [
        ("six days out of seven", True),
        ("4 days in 7 I'd say", True),
        ("never take it out tbh, I even shower in them", True),
        ("I sleep with them in, so yes", True),
        ("maybe two days a week", False),
        ("1 day out of 7, Sundays", False),
        ("too nervous to wear it often, it was my grandmother's", False),
        ("I'm scared of wearing it out, so it mostly stays home", False),
        # Not a habit: a place it never leaves.
        ("never take it out of the box", False),
    ],
)
def test_how_many_days_and_kept_on(text: str, daily: bool) -> None:
    assert advice(text, "wears_daily", {"item_type": "earrings"}).slots.get("wears_daily") is daily


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("often yeah", "yes"),
        ("most days yep", "yes"),
        ("heaps yeah", "yes"),
        ("not often yeah", "no"),
        ("sometimes yeah", "between"),
        # "it was" alone answers; naming what it is ("it was my mum's") is no yes.
        ("it was, on the contents schedule", "yes"),
    ],
)
def test_yes_said_last_and_descriptions(text: str, answer: str) -> None:
    reading = read_yes_no(text)
    assert reading is not None and reading.answer == answer


def test_what_it_is_told_with_it_was_is_no_yes() -> None:
    reading = advice("it was my mum's, I don't wear it much", "wears_daily", {"item_type": "ring"})
    assert reading.slots.get("wears_daily") is not True


def test_a_description_with_it_was_is_no_yes() -> None:
    assert read_yes_no("they were my nana's, I hardly wear them") == read_yes_no("I hardly wear them")


# ---------------------------------------------------------------- travel


@pytest.mark.parametrize(
    "text",
    [
        "weekends at the bach most weeks, would that count as travel",
        "I drive for Uber all day, does that count?",
        "road trips up the coast every month, is that travel?",
    ],
)
def test_a_habit_asked_whether_it_counts_is_said_back(text: str) -> None:
    reading = advice(text, "travels_often", {"item_type": "ring"})
    if "travels_often" in reading.slots:
        assert _said_back(reading, "travels_often")


@pytest.mark.parametrize(
    "text",
    [
        "she flies heaps for work, not sure she'd bring it though",
        "my wife travels a lot but I don't know if she takes it",
    ],
)
def test_trips_without_knowing_the_piece_goes_are_said_back(text: str) -> None:
    reading = advice(text, "travels_often", {"item_type": "ring"})
    assert "travels_often" not in reading.slots or _said_back(reading, "travels_often")


def test_trips_with_the_piece_are_not_doubted() -> None:
    reading = advice("yes, we fly to Aussie 4 times a year and I always take it", "travels_often")
    assert reading.slots.get("travels_often") is True
    assert not _said_back(reading, "travels_often")


# ---------------------------------------------------------------- value


@pytest.mark.parametrize(
    "text",
    [
        "paid 6k for it, they sell for about 9k second hand now",
        "RRP is $12,000 but they go for $15k at auction",
        "it was £2,000 when I bought it in London",
        "about 3,000 euros",
    ],
)
def test_a_figure_left_open_is_said_back(text: str) -> None:
    reading = advice(text, "item_value", {"item_type": "watch"})
    assert "item_value" in reading.slots
    assert reading.notes


@pytest.mark.parametrize(
    "text", ["$3,500", "it cost $2,400 new", "paid $4,000 but it's valued at 5,200", "about NZ$6,000"]
)
def test_a_figure_stated_is_not_doubted(text: str) -> None:
    reading = advice(text, "item_value", {"item_type": "watch"})
    assert "item_value" in reading.slots
    assert not reading.notes


# ---------------------------------------------------------------- listing


@pytest.mark.parametrize(
    "text",
    [
        "supposed to be, my agent said she would sort it",
        "it should have been, the broker promised he'd add it after the valuation",
        "it was meant to be on there, Dad said he'd organise it",
    ],
)
def test_a_listing_promised_is_not_known_done(text: str) -> None:
    slots = claim(text, "was_specified")
    assert slots.get("was_specified") is False
    assert "was_specified" in (slots.get("assumed_answers") or [])


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("it was meant to be listed and the broker confirmed it", True),
        ("yes it was, specified on the AMI contents", True),
    ],
)
def test_a_listing_seen_done_stays(text: str, listed: bool) -> None:
    assert claim(text, "was_specified").get("was_specified") is listed


# ---------------------------------------------------------------- claim type


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the band has lost its shape", "damage"),
        ("my bangle's gone all wonky after I caught it in the car door", "damage"),
        ("it's completely misshapen", "damage"),
        ("it's gone, I lost it at the beach", "lost"),
    ],
)
def test_out_of_shape_is_damage(text: str, kind: str) -> None:
    assert claim(text, "claim_type").get("claim_type") == kind


@pytest.mark.parametrize(
    ("text", "kind"), [("stolen, I think, maybe at the gym", "theft"), ("I lost it, not stolen", "lost")]
)
def test_a_kind_said_is_kept(text: str, kind: str) -> None:
    assert claim(text, "claim_type").get("claim_type") == kind
