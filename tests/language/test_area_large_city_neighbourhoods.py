"""The area of a large city's neighbourhood (bot/language/facts.py place_area, data in
knowledge/places.yml): a named neighbourhood or district of a US city of over about
500,000 people (`large_cities`) is the city, listed ("Logan Square", "Noe Valley") or
named with its city ("Montrose, Houston", said back); Auckland's, Wellington's and
Christchurch's inner suburbs are the city where listed (`urban`); outer suburbs, towns
beside a city and a district of a smaller city stay suburbs. Phrasings our own."""

from __future__ import annotations

import pytest

from bot.language.facts import CITY, area_from_text, large_cities, place_areas
from tests.language.readers import advice

KNOWN = {"item_type": "ring", "item_value": 3000.0, "wears_daily": True, "travels_often": False}


@pytest.mark.parametrize(
    "text",
    [
        "I live in Brooklyn",
        "we're in Queens",
        "we live in the Bronx",
        "Capitol Hill in Seattle",
        "the Mission in SF",
        "Noe Valley in San Francisco",
        "Logan Square, Chicago",
        "Jamaica Plain, Boston",
        "Buckhead in Atlanta",
        "Koreatown in Los Angeles",
        "Fishtown, Philadelphia",
        "Bushwick, Brooklyn",
        "Ballard in Seattle",
        "Dorchester",
        "Ponsonby",
        "we're in Ponsonby, Auckland",
        "Kingsland in Auckland",
        "Newtown, Wellington",
        "Aro Valley in Wellington",
    ],
)
def test_a_neighbourhood_of_a_large_city_is_the_city(text: str) -> None:
    reading = advice(text, "area_type", KNOWN)
    assert reading.slots.get("area_type") == "urban"
    assert not any("a suburb" in note for note in reading.notes)


@pytest.mark.parametrize(
    "text",
    ["Montrose, Houston", "Fremont, Seattle", "Hyde Park in Chicago", "Mission in SF", "Shaw, Washington DC"],
)
def test_an_unlisted_district_of_a_large_city_is_the_city_said_back(text: str) -> None:
    reading = advice(text, "area_type", KNOWN)
    assert reading.slots.get("area_type") == "urban"
    assert "area_type" in reading.slots.get("assumed_answers", [])
    assert any("a city" in note for note in reading.notes)


@pytest.mark.parametrize(
    "text",
    [
        # Outer suburbs and towns beside a city; a district of a smaller city.
        "Brookline in Boston",
        "Naperville outside Chicago",
        "Evanston, Chicago",
        "Shadyside, Pittsburgh",
        "Rolleston near Christchurch",
        "Albany, Auckland",
        "Howick, Auckland",
        "Tawa, Wellington",
        "Riccarton, Christchurch",
        "Sydenham, Christchurch",
        "Hillcrest, Hamilton",
        "Frankton in Hamilton",
        "Roslyn, Dunedin",
        "Stoke, in Nelson",
        "Staten Island",
    ],
)
def test_a_suburb_stays_a_suburb(text: str) -> None:
    assert area_from_text(text, asked=True) == "suburban"


def test_every_large_city_is_a_city() -> None:
    areas = place_areas()
    assert all(areas.get(name) == CITY for name in large_cities())
