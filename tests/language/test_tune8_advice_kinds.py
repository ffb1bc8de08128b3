"""Kinds of wording behind the tune8 answer bank's cover and area failures and fresh21's
advice failures (session 13). Each sentence is written for the test, in US and New
Zealand phrasings, with near phrasings that must not change."""

from __future__ import annotations

import pytest

from bot.language.facts import area_from_text, coverage_from_text, currency_mentions
from tests.language.readers import advice


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        # Slang for nothing, as the whole answer.
        ("zilch", "none"),
        ("nada, not a thing", "none"),
        ("zip!", "none"),
        # Someone else's policy on the building, none of their own.
        ("the HOA insures the building but I don't have my own", "none"),
        ("body corp has insurance on the block, we don't have our own", "none"),
        # One sum for all the jewellery, no piece named: blanket, even as a rider or floater.
        ("a rider covering all my jewelry together up to $8,000", "blanket"),
        ("there's a floater on the whole lot lumped in together, $15k", "blanket"),
        ("the contents has an extension that covers everything up to $6k total", "blanket"),
        ("the policy covers all our jewellery as a lump, nothing named", "blanket"),
        # Listed by name on the schedule.
        ("it's listed by name on the schedule", "scheduled"),
        ("yep it's on the contents schedule", "scheduled"),
    ],
)
def test_the_cover_from_how_it_is_told(text: str, cover: str) -> None:
    assert coverage_from_text(text) == cover
    assert advice(text, "current_coverage").slots.get("current_coverage") == cover


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        # On another's policy, without their own: that policy is the cover.
        ("I'm on my parents' homeowners, don't have my own", "homeowners"),
        ("still under mum's contents, haven't got my own", "homeowners"),
        # A rider or floater that lists the piece stays scheduled.
        ("a rider listing each piece with its value", "scheduled"),
        ("the ring is on a floater", "scheduled"),
        # A zip is no answer of nothing.
        ("I zip it into a pouch in the safe", None),
        # A listing denied is not one made.
        ("I never had it listed separately", None),
    ],
)
def test_near_phrasings_keep_their_cover(text: str, cover: str | None) -> None:
    assert coverage_from_text(text) == cover


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("a cabin in the woods outside Flagstaff", "rural"),
        ("out in the woods past Ohakune", "rural"),
        ("we're in the middle of the forest, nearest neighbour's a mile off", "rural"),
    ],
)
def test_the_woods_are_rural(text: str, area: str) -> None:
    assert area_from_text(text, asked=True) == area


def test_a_street_named_woods_is_no_countryside() -> None:
    assert area_from_text("an apartment on Woods Avenue downtown", asked=True) == "urban"


@pytest.mark.parametrize(
    "text",
    ["an apartment on Courtenay Place", "we're in a flat off Lambton Quay", "a unit on K Road"],
)
def test_a_central_street_only_new_zealand_has_makes_nz_dollars(text: str) -> None:
    assert [m.value for m in currency_mentions(text)] == ["NZD"]


def test_a_street_name_many_countries_have_says_nothing_of_the_currency() -> None:
    assert currency_mentions("an apartment on Queen Street") == []


@pytest.mark.parametrize(
    "text",
    [
        "maybe two trips a year, to my sister's in Tucson",
        "twice a year tops, Christmas and Easter",
        "perhaps a couple of times a year to see the mokopuna",
    ],
)
def test_at_most_twice_a_year_is_not_often_and_said_back(text: str) -> None:
    reading = advice(text, "travels_often")
    assert reading.slots["travels_often"] is False
    assert reading.slots.get("assumed_answers") == ["travels_often"] and reading.notes


@pytest.mark.parametrize(
    "text",
    [
        "maybe twice a year, and I always take it",
        "yes, probably twice a year",
    ],
)
def test_twice_a_year_with_the_piece_along_stays_yes(text: str) -> None:
    assert advice(text, "travels_often").slots["travels_often"] is True
