"""Every US state says the person is in the US, from one list (knowledge/places.yml)."""

from __future__ import annotations

import pytest

from bot.knowledge import read_knowledge
from bot.language.decline_answers import short_region_answer
from bot.language.facts import region_from_text


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("we live in oregon, ring is worth 5k", "US"),
        ("Boise, Idaho", "US"),
        ("our place in rural Kentucky", "US"),
        ("washington state, near Spokane", "US"),
        ("I'm in West Virginia", "US"),
        ("my ring from new york", "US"),
        ("we're out in Wyoming on a ranch", "US"),
        # A first name or a city is not a state said in passing.
        ("hi, Virginia Smith here", None),
        ("I work for Hannah Montana's tour", None),
        ("Denzel Washington wore one like it", None),
        # New Zealand's places still win.
        ("Tauranga, bought it in Texas on holiday", "NZ"),
    ],
)
def test_a_state_said_anywhere_places_the_person_in_the_us(text: str, region: str | None) -> None:
    assert region_from_text(text) == region


@pytest.mark.parametrize("answer", ["Virginia", "Montana", "Washington", "nevada", "district of columbia"])
def test_a_state_that_is_also_a_name_counts_as_the_answer_to_which_country(answer: str) -> None:
    assert short_region_answer(answer) == "US"


def test_every_state_is_listed_once() -> None:
    places = read_knowledge("places.yml")
    states = [str(s).lower() for s in places["united_states"]]
    assert len(states) == len(set(states)) == 51
    assert set(places["united_states_also_names"]) <= set(states)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # A New Zealand place name that names a watch or a person here is not where they are.
        ("my grandfather's Hamilton pocket watch, it's on my State Farm policy", "US"),
        ("a hamilton watch from the 1950s", None),
        ("my Hamilton Khaki got stolen at the gym", None),
        ("my Hamilton gold watch", None),
        ("my son Nelson gave me the ring", None),
        ("our friend Gore was at the party", None),
        # The place itself still counts, with a watch beside it.
        ("in hamilton my watch was stolen", "NZ"),
        ("we live in Hamilton, our watch was taken", "NZ"),
        ("we moved to Nelson last year", "NZ"),
        ("Gore, Southland", "NZ"),
    ],
)
def test_a_place_name_that_names_a_watch_or_a_person_is_not_where_they_are(
    text: str, region: str | None
) -> None:
    assert region_from_text(text) == region
