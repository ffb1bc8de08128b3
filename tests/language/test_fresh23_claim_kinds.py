"""Readings from fresh23 claim kinds: a short name beside the full one marked for
official use; a chain style before the piece it makes ("cuban link bracelet") names that
piece, and a karat before a chain style is no price; a piece found nowhere, or the place
it was kept found emptied, tells that something happened."""

from __future__ import annotations

import pytest

from bot.language.claim.claim_type import tells_of_a_claim
from bot.language.contact import clean_name
from bot.language.facts import item_mentions
from bot.language.money import find_amounts
from bot.language.stories import tells_it_happened, tells_it_is_gone_unexplained


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bex, well Rebecca Tautahi on anything official", "Rebecca Tautahi"),  # NZ
        ("Tommy — Thomas Okafor for official stuff", "Thomas Okafor"),  # US
        ("kat. katarina novak on all the legal stuff", "Katarina Novak"),  # US
        ("Hemi, Hemi Parata on paper", "Hemi Parata"),  # NZ
    ],
)
def test_the_full_name_marked_for_official_use_is_kept(text: str, name: str) -> None:
    assert clean_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sam on the policy", "Sam"),  # one name, marked: still that name
        ("Aroha Walker", "Aroha Walker"),
    ],
)
def test_names_without_an_official_one(text: str, name: str) -> None:
    assert clean_name(text) == name


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("my 10k cuban link bracelet snapped at the gym", ["bracelet"]),  # US
        ("the cuban link anklet I got in Auckland broke", ["other"]),  # NZ: no necklace
        ("someone pinched my cuban link", ["necklace"]),  # NZ: the chain alone
        ("a pearl strand bracelet came apart", ["bracelet"]),  # US
    ],
)
def test_a_chain_style_before_a_piece_names_that_piece(text: str, items: list[str]) -> None:
    assert [m.value for m in item_mentions(text)] == items


@pytest.mark.parametrize(
    "text",
    [
        "bought a 14k cuban link bracelet in june",  # US
        "my 9k rope chain snapped",  # NZ
        "her 18k tennis bracelet is gone",  # US
    ],
)
def test_a_karat_before_a_chain_style_is_no_price(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("it was 14k", 14000.0),
        ("paid 18k for the tennis bracelet", 18000.0),
    ],
)
def test_a_price_in_thousands_stays_a_price(text: str, value: float) -> None:
    assert [a.value for a in find_amounts(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Nana's greenstone isn't anywhere in the house, we've looked for a week",  # NZ
        "my wedding band is nowhere to be found after the move",  # US
        "we can't find it anywhere",  # NZ
        "got out of the pool and my locker had been cleaned out, my Omega was in it",  # US
        "the glovebox was empty when I came back to the ute",  # NZ
        "someone emptied my locker at the gym",  # US
    ],
)
def test_not_found_anywhere_or_its_place_emptied_tells_it_happened(text: str) -> None:
    assert tells_it_happened(text)


@pytest.mark.parametrize(
    "text",
    [
        "the jeweller isn't anywhere near me",  # NZ: a place, no piece
        "my locker is always empty, I keep nothing in it",  # US
        "is a ring covered if it isn't in the safe?",  # US: a question about cover
    ],
)
def test_no_event_in_these(text: str) -> None:
    assert not tells_it_happened(text)


@pytest.mark.parametrize(
    "text",
    [
        "Koro's greenstone pendant isn't anywhere in the whare, is there anything we can do",  # NZ
        "came back from spin class and the locker was empty, my Cartier Tank was in there",  # US
        "my diamond studs are nowhere to be found since the move",  # US
    ],
)
def test_a_piece_gone_without_saying_how_is_a_claim_to_take(text: str) -> None:
    assert tells_it_is_gone_unexplained(text)
    assert tells_of_a_claim(text)


@pytest.mark.parametrize(
    "text",
    [
        "is my ring covered if it goes missing from a gym locker?",  # US: a question about cover
        "the jeweller isn't anywhere near the bach",  # NZ
        "what if my watch is nowhere to be found after a move",  # US: supposed
    ],
)
def test_no_claim_told_in_these(text: str) -> None:
    assert not tells_of_a_claim(text)
