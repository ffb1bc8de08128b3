"""Kinds of answer behind the answer bank tune7 and fresh17 guide failures (values, habits,
area, cover, piercings): the piece's own figure beside a set's total, a part of the
piece told alone, a year after an event, a separate piece's "another $600", a rough
figure then the exact one, a figure of another piece; a piece that stays home while
its owner travels, once-or-twice and once-ever trips; a place told by its size, a city
alone said back; a listing on the contents, a past listing, cover still to be sorted;
piercing jewellery. Each sentence is written for the test; US and NZ, with readings
that must not be made."""

from __future__ import annotations

import pytest

from bot.language.facts import (
    area_from_text,
    coverage_from_text,
    currency_mentions,
    item_mentions,
    travel_frequency,
)
from bot.language.money import added_up, read_amount, said_loosely
from tests.language.readers import advice

# ---- The piece's own figure beside a total -------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Its share of a set's price.
        ("the suite was $6,000 all together, the bangle was $2,500 of that", 2500),
        ("paid 4k for the three pieces, the pendant was 1,500 of it", 1500),
        # The piece that is gone, beside the set's total.
        ("the set cost $1,800, the ring that was stolen was $950", 950),
        ("whole lot was NZ$2,600 but the earring I lost was about $400", 400),
        ("they were $3,000 as a pair, so 1,500 for the one that's missing", 1500),
        # A part of the piece named alone: the whole piece is the figure said with the rest.
        ("the setting alone was $1,200, but with the centre stone it's 5,400", 5400),
        ("the strap on its own is about $300, with the watch it's 3,900 all up", 3900),
        # A year after an event or a day is no money.
        ("picked it up for 1750 on Boxing Day 2022", 1750),
        ("he paid 3300 for our anniversary 2021", 3300),
        ("got them for 980 on Cyber Monday 2024", 980),
        # A fraction of a carat is no money.
        ("the pair cost 2,700, a quarter of a carat each", 2700),
        # The price with tax said after a rough figure.
        ("a bit under two grand, 1,980 with tax", 1980),
        ("around 900, 1,035 incl GST", 1035),
    ],
)
def test_the_pieces_own_figure(text: str, value: float) -> None:
    amount = read_amount(text)
    assert amount is not None and amount.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Not a part of a total: the highest figure stays (a valuation above a price).
        ("paid $3,000, it's worth $4,000 now", 4000),
        # The piece alone beside the jewellery's total is still the piece.
        ("about $6k of jewellery all up, the ring alone 4,000", 4000),
        # A year said with "in" stays a year; the price stands.
        ("bought for 2,400 in 2019", 2400),
    ],
)
def test_figures_that_are_not_a_share(text: str, value: float) -> None:
    amount = read_amount(text)
    assert amount is not None and amount.value == value


def test_a_year_alone_after_an_event_is_no_figure() -> None:
    assert read_amount("got it on Black Friday 2024") is None


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("2,000 for the ring, the matching band was separate, another $500", None),
        ("$1,400 for the bracelet, the earrings weren't taken, another 300", None),
        # Parts of the one piece still add up.
        ("$650 for the pendant plus another 120 for its chain", 770),
    ],
)
def test_another_figure_set_apart_is_not_added(text: str, total: float | None) -> None:
    assert added_up(text) == total


def test_a_loose_round_figure_is_said_back() -> None:
    reading = advice("a couple thousand bucks", "item_value", {"item_type": "ring"})
    assert reading.slots["item_value"] == 2000
    assert reading.notes
    assert said_loosely("couple of grand maybe", 2000)
    assert not said_loosely("$2,000", 2000)


def test_a_set_share_in_the_guide_is_one_piece_not_a_collection() -> None:
    reading = advice(
        "bought with the matching necklace for $4,200, the earrings were $1,300 of that",
        "item_value",
        {"item_type": "earrings"},
    )
    assert reading.slots["item_value"] == 1300
    assert reading.slots["item_type"] == "earrings"
    assert not reading.slots.get("collection")


@pytest.mark.parametrize(
    "text",
    [
        "I want cover for my Tag Heuer. My husband's ring is valued at 12k but that's sorted already",
        "looking at my pearl necklace, my e-ring is specified at $9,000 but that's fine",
    ],
)
def test_a_figure_of_another_piece_is_not_this_ones(text: str) -> None:
    assert "item_value" not in advice(text, None).slots


def test_a_figure_of_the_same_piece_in_other_words_counts() -> None:
    slots = advice("my engagement ring, the $6,500 ring from Michael Hill", None).slots
    assert slots["item_value"] == 6500


# ---- Travel: the piece's, and rare trips ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "often"),
    [
        ("we fly heaps for work but I leave it locked in the safe at home", False),
        ("I'm away most months, it stays in the drawer when I travel", False),
        ("I travel a fair bit but it doesn't come with me", False),
        ("once or twice a year, Thanksgiving at my sister's", False),
        ("one or two trips a year to see the grandkids in Perth", False),
        ("it's only ever been to Rarotonga once", False),
        ("been overseas once, Bali for our tenth", False),
        ("a couple of trips a year, not loads", False),
        # Negatives: travel that is often, or a piece that goes along.
        ("I travel a lot and it always comes with me", True),
        ("once a month at least, for work", True),
        ("every couple of months I'm in Sydney and I wear it there", True),
    ],
)
def test_travel_with_the_piece(text: str, often: bool) -> None:
    assert advice(text, "travels_often").slots.get("travels_often") is often


def test_once_a_month_is_not_a_rare_trip() -> None:
    assert travel_frequency("only once a month, to Wellington") is True


# ---- Area: a place by its size; a city alone said back --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a tiny township in the Catlins, a couple hundred people",
        "small farming community, population about 600",
        "one-pub town in the Maniototo",
        "little settlement up the coast, a pub and a school",
        "a town of a few hundred people in west Texas",
    ],
)
def test_a_place_told_by_its_size_is_rural(text: str) -> None:
    assert area_from_text(text, asked=True) == "rural"


@pytest.mark.parametrize(
    "text", ["the settlement offer was low", "our community centre", "there were a hundred guests"]
)
def test_size_words_elsewhere_are_no_area(text: str) -> None:
    assert area_from_text(text) is None


@pytest.mark.parametrize("text", ["Tauranga", "Denver", "Christchurch"])
def test_a_city_alone_is_put_down_and_said_back(text: str) -> None:
    reading = advice(text, "area_type")
    assert reading.slots["area_type"] == "urban"
    assert reading.notes


@pytest.mark.parametrize("text", ["downtown Denver", "central Christchurch", "the city"])
def test_a_stated_city_area_is_not_said_back(text: str) -> None:
    reading = advice(text, "area_type")
    assert reading.slots["area_type"] == "urban"
    assert not reading.notes


# ---- Cover: renters, a listing on the contents, the present cover ---------------------


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        ("renters through State Farm, nothing extra for jewelry", "homeowners"),
        ("contents policy, no extra cover for the rings", "homeowners"),
        ("house and contents with Tower, I specified the necklace on it last year", "scheduled"),
        ("homeowners, and I listed the bracelet on it with the appraisal", "scheduled"),
        ("it was scheduled on our previous policy but now it's just the homeowners", "homeowners"),
        ("used to be itemised with my old insurer, these days just general contents", "homeowners"),
        ("none yet, we're planning to get renters next month", "none"),
        ("nothing, been meaning to sort out contents insurance for ages", "none"),
        # Negatives: a listing that is today's.
        ("it's specified on our contents", "scheduled"),
        ("scheduled on my homeowners since 2020", "scheduled"),
    ],
)
def test_todays_cover(text: str, cover: str) -> None:
    assert coverage_from_text(text) == cover


def test_renters_with_nothing_extra_is_read_unprompted_as_a_policy() -> None:
    slots = advice("renters with Lemonade, no extra coverage on it", "current_coverage").slots
    assert slots["current_coverage"] == "homeowners"


# ---- New Zealand words: currency -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["we're on a lifestyle block near Te Kowhai", "contents is with AMI", "house and contents through Tower"],
)
def test_new_zealand_words_say_nzd(text: str) -> None:
    assert [m.value for m in currency_mentions(text)] == ["NZD"]


@pytest.mark.parametrize(
    "text",
    ["homeowners with State Farm", "we're with Allstate", "a tower of boxes", "I'm from State College"],
)
def test_us_insurers_say_no_nzd(text: str) -> None:
    assert [m.value for m in currency_mentions(text)] == []


# ---- Piercing jewellery is "other" -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["my nose ring, white gold", "a belly button ring with a little opal", "her septum ring", "tongue bar"],
)
def test_piercing_jewellery_is_other(text: str) -> None:
    assert [str(m.value) for m in item_mentions(text)] == ["other"]


@pytest.mark.parametrize(("text", "kind"), [("my diamond studs", "earrings"), ("a ring", "ring")])
def test_other_pieces_stay(text: str, kind: str) -> None:
    assert [str(m.value) for m in item_mentions(text)] == [kind]
