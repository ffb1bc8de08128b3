"""Kinds of answer behind the fresh13/fresh14 guide failures (session 10): a policy
denied by its kind, an answer to one yes/no that names the other habit's words, a daily
habit with its small exceptions, a district named with its city and New Zealand towns,
a listing told of another piece, a correction of the piece at another question, and
trips told with the person's own verdict. Each sentence is written for the test; US and
NZ, with readings that must not be made."""

from __future__ import annotations

import pytest

from bot.language.answers import _without_other_pieces_listed
from bot.language.facts import (
    area_from_text,
    coverage_from_text,
    currency_mentions,
    item_mentions,
)
from bot.language.yes_no import read_yes_no
from tests.language.readers import advice

# ---- A policy denied by its kind is no cover ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "nope, no homeowners, nothing",
        "none. no contents either, I keep meaning to",
        "nothing at all, none of us in the house have insurance",
        "none of the flatmates have contents cover",
        "zero insurance, I'm a student",
        "no insurance of any kind, honestly",
        "not even a renters policy",
        "nah nothing, no house insurance whatsoever",
    ],
)
def test_a_policy_denied_by_its_kind_is_no_cover(text: str) -> None:
    assert advice(text, "current_coverage").slots.get("current_coverage") == "none"


@pytest.mark.parametrize(
    ("text", "coverage"),
    [
        # The home policy kept, something else denied, or another cover named beside it.
        ("homeowners, no rider", "homeowners"),
        ("no contents, just a separate jewellery policy", "standalone"),
        ("renters, no jewelry add-on", "homeowners"),
        ("nothing except my renters", "homeowners"),
        ("contents insurance with AMI", "homeowners"),
    ],
)
def test_a_policy_kept_is_still_read(text: str, coverage: str) -> None:
    assert coverage_from_text(text) == coverage


# ---- An answer to one yes/no is not an answer to the other ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no, only for nice dinners and on holiday",
        "nah, just for weddings and the odd trip away",
        "not really, mainly on cruises and date nights",
    ],
)
def test_trip_words_in_the_wearing_answer_leave_travel_alone(text: str) -> None:
    reading = advice(text, "wears_daily", {"travels_often": True})
    assert reading.slots.get("wears_daily") is False
    assert "travels_often" not in reading.slots
    assert not reading.notes


@pytest.mark.parametrize(
    ("text", "travels"),
    [
        # The other habit said again with its subject, or corrected in words.
        ("no, and I don't travel with it either", False),
        ("no. actually we hardly ever travel now", False),
    ],
)
def test_the_other_habit_restated_is_changed(text: str, travels: bool) -> None:
    reading = advice(text, "wears_daily", {"travels_often": True})
    assert reading.slots.get("travels_often") is travels


@pytest.mark.parametrize(
    ("text", "travels"),
    [
        ("no, but I wear it every day", False),
        ("yeah heaps, and she never takes it off", True),
    ],
)
def test_wearing_told_at_the_travel_question_still_counts(text: str, travels: bool) -> None:
    reading = advice(text, "travels_often")
    assert reading.slots.get("travels_often") is travels
    assert reading.slots.get("wears_daily") is True


# ---- A daily habit with its small exceptions ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "pretty much every day, on and off shift",
        "near enough daily",
        "more or less every day",
        "just about every day",
        "every day bar the gym",
        "most days, except at netball",
        "yes every day, but not in the pool",
        "basically all the time, on and off work",
        "every day, more or less",
        "daily pretty much",
    ],
)
def test_nearly_every_day_is_most_days(text: str) -> None:
    assert read_yes_no(text).answer == "yes"  # type: ignore[union-attr]
    assert advice(text, "wears_daily").slots.get("wears_daily") is True


@pytest.mark.parametrize(
    "text",
    [
        "on and off, depends on my mood",
        "yes but not every day",
        "sometimes, pretty much only weekends",
        "almost never",
    ],
)
def test_a_real_hedge_is_still_no_most_days(text: str) -> None:
    assert advice(text, "wears_daily").slots.get("wears_daily") is False


# ---- A district named with its city; New Zealand towns ----------------------------


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Sydenham, Christchurch", "suburban"),
        ("Khandallah in Wellington", "suburban"),
        ("Hillcrest, Hamilton", "suburban"),
        ("Evanston, Chicago", "suburban"),
        ("Shadyside, Pittsburgh", "suburban"),
        # A central district of a city, or a home in it: the city.
        ("Capitol Hill, Seattle", "urban"),
        ("Te Aro, Wellington", "urban"),
        ("an apartment, Chicago", "urban"),
        ("yeah, Auckland", "urban"),
        ("Houston, Texas", "urban"),
    ],
)
def test_a_district_named_with_its_city(text: str, area: str) -> None:
    assert area_from_text(text, asked=True) == area


@pytest.mark.parametrize(
    "text",
    ["Prebbleton, on a new section", "we're out at Darfield", "Kumeu way", "a unit in Taradale", "Ngaio"],
)
def test_new_zealand_towns_make_nz_dollars(text: str) -> None:
    assert [m.value for m in currency_mentions(text)] == ["NZD"]


@pytest.mark.parametrize("text", ["Brookline", "Richmond, Virginia", "Albany, NY", "Henderson"])
def test_shared_or_us_places_make_no_nz_dollars(text: str) -> None:
    assert currency_mentions(text) == []


# ---- A listing told of another piece -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "piece", "coverage"),
    [
        ("homeowners with Allstate. my watch is scheduled but this bracelet isn't", "bracelet", "homeowners"),
        ("my engagement ring is specified, this one is just under contents", "pendant", "homeowners"),
        ("we put her necklace on a rider but this one isn't insured at all", "ring", "none"),
        # The listed piece is this one.
        ("it's specified on our contents policy", "ring", "scheduled"),
        ("the ring is scheduled on my renters", "ring", "scheduled"),
    ],
)
def test_a_listing_of_another_piece_is_not_this_ones_cover(text: str, piece: str, coverage: str) -> None:
    assert advice(text, "current_coverage", {"item_type": piece}).slots.get("current_coverage") == coverage


# ---- A correction of the piece at another question --------------------------------


@pytest.mark.parametrize(
    ("text", "old", "new", "intent"),
    [
        ("oh wait, it's a locket not a necklace", "necklace", "pendant", "chitchat"),
        ("sorry, it's a bangle, not a watch", "watch", "bracelet", "inform"),
        ("actually it's earrings, not a ring", "ring", "earrings", "faq_care_plan"),
    ],
)
def test_a_correction_of_the_piece_is_read_and_said_back(text: str, old: str, new: str, intent: str) -> None:
    reading = advice(text, "wears_daily", {"item_type": old}, intent=intent)
    assert reading.slots.get("item_type") == new
    assert "wears_daily" not in reading.slots  # the question is asked again
    assert any("changed" in note for note in reading.notes)


def test_a_piece_set_apart_is_not_a_form_of_it() -> None:
    assert [m.value for m in item_mentions("a pendant, not a necklace")] == ["pendant", "necklace"]
    assert [m.value for m in item_mentions("a pendant necklace")] == ["necklace"]


def test_another_piece_named_without_a_correction_keeps_this_one() -> None:
    assert (
        "item_type"
        not in advice("my sister's bracelet is on a rider", "wears_daily", {"item_type": "ring"}).slots
    )


# ---- Trips told with the person's own verdict --------------------------------------


@pytest.mark.parametrize(
    ("text", "travels"),
    [
        ("couple of trips a year, not much", False),
        ("two holidays a year, not that much really", False),
        ("a couple of trips a year", False),  # below "a few times a year", said back
    ],
)
def test_trips_with_a_verdict(text: str, travels: bool) -> None:
    assert advice(text, "travels_often").slots.get("travels_often") is travels


def test_an_unknown_district_is_said_back_and_a_known_one_is_not() -> None:
    unknown = advice("Sydenham, Christchurch", "area_type")
    assert unknown.slots["area_type"] == "suburban"
    assert "area_type" in unknown.slots["assumed_answers"]
    assert any("a suburb" in note for note in unknown.notes)
    known = advice("Remuera, Auckland", "area_type")
    assert known.slots["area_type"] == "suburban"
    assert "assumed_answers" not in known.slots


@pytest.mark.parametrize(
    "text",
    ["house contents with the ring specified", "contents, and the ring is specified on it"],
)
def test_the_piece_in_general_words_is_this_piece_listed(text: str) -> None:
    # "the ring" said of the engagement ring the guide is about: its own listing.
    assert _without_other_pieces_listed(text, "engagement_ring") == text


@pytest.mark.parametrize(
    "text",
    [
        "she flats in Dunedin, North Dunedin near the uni",
        "my son rents in Boston, near the college",
        "we live in Wellington, right in town",
    ],
)
def test_who_lives_there_is_no_district(text: str) -> None:
    assert area_from_text(text, asked=True) != "suburban"
