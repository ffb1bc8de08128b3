"""Where the person lives, read by kind (issue 12; bot/language/facts.py, answers.py and
knowledge/places.yml):

- an inner suburb is the city ("an inner-city suburb", "Newtown in Wellington");
- a district named with its city after ", in" is the suburb ("Stoke, in Nelson");
- a home told by a residential street of a city is a suburb, said back;
- the person's own verdict, last, decides ("a suburb, but it's basically the city");
- a place of a few hundred people, a beach settlement, a provincial town, a lifestyle
  property, "outside town": the country;
- a place said with a doubt about its class ("not sure how you'd class it, small town
  in Southland"): put down and said back.

Phrasings are our own (US and NZ); the negatives must not change."""

from __future__ import annotations

import pytest

from tests.language.readers import advice


def area(text: str) -> str | None:
    return advice(text, "area_type").slots.get("area_type")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The city: the centre, an inner suburb, a high-rise.
        ("downtown Chicago, 20th floor", "urban"),
        ("a high-rise in Miami", "urban"),
        ("an apartment in the CBD", "urban"),
        ("inner city Auckland", "urban"),
        ("an inner-city suburb", "urban"),
        ("the inner suburbs of Wellington", "urban"),
        ("an inner suburb, 10 min walk to the CBD", "urban"),
        ("Newtown in Wellington, old villa flat", "urban"),
        ("a villa in Herne Bay", "urban"),
        ("in the centre of town", "urban"),
        ("right in the heart of the city", "urban"),
        ("city fringe", "urban"),
        ("we're in a suburb but it's basically the city", "urban"),
        ("we're in a suburb but it's basically the city, 5 min from downtown", "urban"),
        # A suburb of a city.
        ("a suburb of Denver", "suburban"),
        ("a subdivision in Plano", "suburban"),
        ("Stoke, in Nelson", "suburban"),
        ("Riccarton, in Christchurch", "suburban"),
        ("Sydenham, in Christchurch", "suburban"),
        ("a residential street in Tauranga", "suburban"),
        ("a house in a quiet part of Dunedin", "suburban"),
        ("in the city but a quiet leafy suburb", "suburban"),
        ("a small town, really more like a suburb", "suburban"),
        # The country: small towns, farms, lifestyle blocks, the sticks.
        ("out in the sticks", "rural"),
        ("a farm outside Gore", "rural"),
        ("sheep farm out past Gore, about 20k out of town", "rural"),
        ("lifestyle block near Matamata", "rural"),
        ("on a lifestyle property", "rural"),
        ("in the hills outside town", "rural"),
        ("a provincial town", "rural"),
        ("a regional town in the South Island", "rural"),
        ("a little beach settlement", "rural"),
        ("a wee beach settlement in the Coromandel, about 200 people", "rural"),
        ("a village of maybe 300 people upstate", "rural"),
        ("a small town in Iowa", "rural"),
        ("on a ranch in Montana", "rural"),
        ("on the edge of Hamilton, so pretty much rural", "rural"),
        ("a quiet country lane", "rural"),
        ("the outback, basically", "rural"),
    ],
)
def test_the_area_of_a_place(text: str, expected: str) -> None:
    assert area(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "not sure how you'd class it, small town in Southland",
        "dunno how you'd class it, a village near Taupo",
        "probably the suburbs",
        "a residential street in Tauranga",
        "a residential area",
        "Sydenham, in Christchurch",
    ],
)
def test_an_area_put_down_short_of_being_said_is_said_back(text: str) -> None:
    reading = advice(text, "area_type")
    assert reading.slots.get("area_type") is not None
    assert reading.notes
    assert "area_type" in reading.slots.get("assumed_answers", [])


@pytest.mark.parametrize(
    "text",
    ["in the city", "the suburbs", "a farm", "downtown Nelson", "Newtown in Wellington", "Stoke, in Nelson"],
)
def test_an_area_said_plainly_is_not_said_back(text: str) -> None:
    reading = advice(text, "area_type")
    assert reading.slots.get("area_type") is not None
    assert not reading.notes


@pytest.mark.parametrize(
    "text",
    [
        "a wedding of about 200 people",  # no place told by its size
        "it's not really the country",  # a verdict denied
        "a town of about 5000",  # a town, not a village: asked again
    ],
)
def test_no_area_where_none_is_told(text: str) -> None:
    assert area(text) is None


def test_a_distance_in_kilometres_is_no_value() -> None:
    reading = advice("sheep farm out past Gore, about 20k out of town", "area_type", {"item_value": 8200.0})
    assert "item_value" not in reading.slots
    assert not any("changed" in note for note in reading.notes)
