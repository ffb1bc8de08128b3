"""Item types, habits, currency context and collections read by rules."""

from __future__ import annotations

import pytest

from bot.language.facts import (
    area_from_text,
    coverage_from_text,
    habit_mentions,
    item_mentions,
    pieces_in,
    read_message,
    says_renters_policy,
    setting_mentions,
)
from bot.rules.advice import Piece


def habits(text: str) -> dict[str, object]:
    return {m.entity: m.value for m in habit_mentions(text)}


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("I just bought an engagement ring", ["engagement_ring"]),
        ("my wedding ring", ["ring"]),
        ("a pair of diamond earrings", ["earrings"]),
        ("gold chain", ["necklace"]),
        ("my new Rolex", ["watch"]),
        ("a locket and a brooch", ["pendant", "other"]),
        ("two $800 bracelets", ["bracelet"]),
        ("it's a thing my gran left me", []),
    ],
)
def test_item_types(text: str, items: list[str]) -> None:
    assert [m.value for m in item_mentions(text)] == items


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I fly abroad a few times a year", {"travels_often": True}),
        ("we go overseas every summer", {"travels_often": True}),
        ("I rarely travel", {"travels_often": False}),
        ("I don't travel much", {"travels_often": False}),
        ("I wear it every day", {"wears_daily": True}),
        ("I never take it off", {"wears_daily": True}),
        ("only on special occasions", {"wears_daily": False}),
        ("I don't wear it every day, only on special occasions", {"wears_daily": False}),
        ("I rarely travel and I wear it every day", {"travels_often": False, "wears_daily": True}),
        ("I just bought it", {"new_purchase": True}),
        ("I'm getting it valued next week", {}),
        ("we're getting them appraised for the insurance", {}),
        ("I'm getting her a ring for Christmas", {"new_purchase": True}),
        ("I'm worried about the prongs", {"damage_worry": True}),
        ("the chain keeps breaking", {"damage_worry": True}),
        ("it's worth $3,000", {}),
    ],
)
def test_habits_with_negation(text: str, expected: dict[str, object]) -> None:
    assert habits(text) == expected


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("I live in the city", "urban"),
        ("suburbs", "suburban"),
        ("a small farm town", "rural"),
        ("Ohio", None),
    ],
)
def test_area_keywords(text: str, area: str | None) -> None:
    assert area_from_text(text) == area


@pytest.mark.parametrize(
    ("text", "coverage"),
    [
        ("just homeowners", "homeowners"),
        ("it's covered by my contents insurance", "homeowners"),
        ("nothing at all", "none"),
        ("a blanket endorsement", "blanket"),
        ("it's scheduled on my policy", "scheduled"),
        ("a separate jewelry policy", "standalone"),
        ("Jewelers Mutual", "standalone"),
        ("good question", None),
    ],
)
def test_coverage_keywords(text: str, coverage: str | None) -> None:
    assert coverage_from_text(text) == coverage


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "we live in the city and my $8,000 ring is on my homeowners policy",
            {"area_type": "urban", "current_coverage": "homeowners"},
        ),
        ("we're based out in the countryside", {"area_type": "rural"}),
        ("there's no cover on it at all", {"current_coverage": "none"}),
        ("it's already on a blanket endorsement", {"current_coverage": "blanket"}),
        ("it is listed on my policy", {"current_coverage": "scheduled"}),
        # The topic of a question is not the person's own situation.
        ("does homeowners insurance cover a lost ring?", {}),
        ("is a separate jewelry policy better for a watch in the city?", {}),
        ("nothing else, thanks", {}),
        # An option asked about inside a statement, without a question mark.
        ("I wear it on the farm every day, should it be insured separately", {}),
        ("it sits in my drawer mostly, do I need a rider for it", {}),
        ("it's on our contents, do we need a rider for it", {"current_coverage": "homeowners"}),
    ],
)
def test_area_and_cover_said_unprompted_need_a_cue(text: str, expected: dict[str, str]) -> None:
    assert {m.entity: m.value for m in setting_mentions(text)} == expected


def test_new_zealand_place_sets_the_currency() -> None:
    found = {(m.entity, m.value) for m in read_message("we live in Auckland and the watch is worth 3000")}
    assert ("currency", "NZD") in found and ("amount", 3000.0) in found


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "a $12k ring, two $800 bracelets and a $3,000 watch",
            [Piece("ring", 12000), Piece("bracelet", 800, 2), Piece("watch", 3000)],
        ),
        (
            "three pieces: a 4k necklace, a 900 dollar pendant and 2 rings at 1500 each",
            [Piece("necklace", 4000), Piece("pendant", 900), Piece("ring", 1500, 2)],
        ),
        ("my watch worth $3,000 and a ring worth 12k", [Piece("watch", 3000), Piece("ring", 12000)]),
        ("I just bought a $8,500 engagement ring", [Piece("engagement_ring", 8500)]),
        ("it's worth about 5 grand", []),
    ],
)
def test_pieces_of_a_collection(text: str, pieces: list[Piece]) -> None:
    assert pieces_in(text) == pieces


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("I live in Manhattan", "urban"),
        ("we farm just out of Dunedin", "rural"),
        ("in the suburbs of Auckland", "suburban"),
        ("we're in Ponsonby", "urban"),
        ("I'm in Chicago", None),  # the city, or one of its suburbs: asked
        ("yes, I'm in Auckland or Wellington for work most weeks", None),
        ("we're in Remuera, Auckland", "suburban"),
        ("we live in the Auckland CBD", "urban"),
        ("we live on a lifestyle block near Taupo", "rural"),
        ("we're out in Remuera", "suburban"),
        ("I'm from New York City originally and still live there", "urban"),
        ("we moved out to the countryside last month", "rural"),
    ],
)
def test_area_from_places_said_unprompted(text: str, area: str | None) -> None:
    found = {m.entity: m.value for m in setting_mentions(text)}
    assert found.get("area_type") == area


@pytest.mark.parametrize(
    ("text", "area"), [("Dunedin", "urban"), ("Howick", "suburban"), ("a ranch", "rural")]
)
def test_a_place_alone_answers_the_area_question(text: str, area: str) -> None:
    assert area_from_text(text, asked=True) == area


def test_a_city_said_in_passing_settles_no_area() -> None:
    assert area_from_text("I'm in Auckland and my ring is worth NZ$4,000") is None
    assert area_from_text("Dunedin, St Clair, suburbs") == "suburban"


def test_a_place_in_a_story_is_not_where_they_live() -> None:
    assert "area_type" not in {m.entity for m in setting_mentions("it was stolen at a hotel in Chicago")}


@pytest.mark.parametrize(
    ("text", "renters"),
    [
        ("I have renters insurance", True),
        ("just my renter's policy", True),
        ("it's on my renters", True),
        ("an HO-4 policy", True),
        ("we rent, so tenants insurance", True),
        ("we rent but have no renters insurance", False),
        ("my homeowners policy", False),
        ("we rent a place in the city", False),
    ],
)
def test_a_renters_policy_is_read_as_the_person_said_it(text: str, renters: bool) -> None:
    assert says_renters_policy(text) is renters


# Remote places in everyday words, and a bare "country" to the area question.
@pytest.mark.parametrize(
    ("text", "asked", "area"),
    [
        ("way out in the boonies", False, "rural"),
        ("back of beyond, honestly", False, "rural"),
        ("we're out in the woop woops", False, "rural"),
        ("on a lifestyle block near Matamata", False, "rural"),
        ("in the middle of nowhere, no neighbours for miles", False, "rural"),
        ("a quiet country road", False, "rural"),
        ("the country", True, "rural"),
        ("Country.", True, "rural"),
        ("which country is that", True, None),
        ("the country", False, None),
    ],
)
def test_remote_areas(text: str, asked: bool, area: str | None) -> None:
    assert area_from_text(text, asked=asked) == area


@pytest.mark.parametrize(
    ("text", "coverage"),
    [
        ("it's separately insured", "standalone"),
        ("I insured it separately through a specialist insurer", "standalone"),
        ("with a jewelry insurer, not the house policy", "standalone"),
        ("it has its own policy", "standalone"),
    ],
)
def test_a_cover_of_its_own(text: str, coverage: str) -> None:
    assert coverage_from_text(text) == coverage


# Pieces named by model, by what they are worn on, or with "solitaire" describing them.
@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("my dad's old Datejust", ["watch"]),
        ("a Cartier Tank from the 80s", ["watch"]),
        ("an Omega Seamaster", ["watch", "watch"]),
        ("a Royal Oak", ["watch"]),
        ("a tortoiseshell comb with garnets", ["other"]),
        ("gold tie pin", ["other"]),
        ("her diamond hair clip", ["other"]),
        ("solitaire stud earrings", ["earrings"]),
        ("a solitaire and a pendant", ["engagement_ring", "pendant"]),
        ("a single solitaire on a fine chain", ["pendant"]),
        ("a solitaire necklace", ["necklace"]),
        ("a solitaire ring", ["engagement_ring", "ring"]),
    ],
)
def test_more_item_types(text: str, items: list[str]) -> None:
    assert [m.value for m in item_mentions(text)] == items


@pytest.mark.parametrize(
    "text", ["an apartment on Queen Street", "flat just off K Road", "a condo on Fifth Avenue"]
)
def test_a_central_street_answers_the_area_question(text: str) -> None:
    assert area_from_text(text, asked=True) == "urban"


@pytest.mark.parametrize(
    "text",
    [
        "nothing yet, we don't even have house insurance",
        "we don't actually have any cover",
        "I don't currently have a policy",
    ],
)
def test_no_cover_with_an_adverb(text: str) -> None:
    assert coverage_from_text(text) == "none"


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        # A move someone suggested is no cover held (fresh19: "scheduled ... my agent said
        # maybe I should move it to a standalone policy" was stored as standalone).
        (
            "it's listed on our Allstate policy, the broker reckons we could switch to a standalone one",
            "scheduled",
        ),
        ("we've got it on the homeowners but my sister says I should get a jewelry policy", "homeowners"),
        ("it's on a rider with Chubb, my agent suggested we move it to a separate policy", "scheduled"),
    ],
)
def test_a_cover_suggested_is_not_the_cover_held(text: str, cover: str) -> None:
    said = [m.value for m in setting_mentions(text) if m.entity == "current_coverage"]
    assert said == [cover]
