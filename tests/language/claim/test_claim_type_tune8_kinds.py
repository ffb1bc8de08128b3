"""Kinds of wording behind the tune8 answer bank's claim-type failures (session 13): the
event told as a story, without the words stolen, lost or damaged. Each sentence is
written for the test, in US and New Zealand phrasings, with near phrasings that must
not change."""

from __future__ import annotations

import pytest

from bot.language.claim.claim_type import (
    GONE_NOTED_AS_LOST,
    THEFT_INFERRED_NOTE,
    claim_type_from_text,
    claim_type_guessed,
)
from tests.language.claim.reading import read_reply


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        # Back to a closed place and the piece "wasn't in it": someone took it.
        ("came back to the motel room after the pool and my bracelet wasn't in the bag", "theft"),
        ("got back to the campervan after the walk and the necklace wasnt in it", "theft"),
        # A packed box or bag that arrived re-taped or tampered with, and empty.
        ("the shipping carton turned up resealed and the ring case inside was empty", "theft"),
        ("the courier bag had been tampered with and the pendant was missing", "theft"),
        # Someone else pawned or hocked it.
        ("turns out my nephew pawned it for rent money", "theft"),
        ("the flatmate hocked it at Cash Converters", "theft"),
        ("the carer has confessed to selling it", "theft"),
        # People came in through a door or window and took it.
        ("someone climbed in through the bathroom window while we slept and took my watch", "theft"),
        ("they got in over the back fence and took the lot off the dresser", "theft"),
        # Gone from where it was: "now it isn't", "it's not there".
        ("it was on the dresser Friday and now it's not there", "lost"),
        ("had it in my jewellery tin last week and now it isn't", "lost"),
        # Flew or slid off the body, went over the side.
        ("it flew off my finger when I threw the frisbee", "lost"),
        ("slid off my wrist and went over the side of the tinny", "lost"),
        # Thrown out or flushed by accident.
        ("I think it went out with the trash by accident", "lost"),
        ("reckon it got chucked out with the rubbish after tea", "lost"),
        ("my toddler flushed the earring", "lost"),
        # Out of a pocket named with its garment.
        ("must have fallen out of my back jeans pocket at the fair", "lost"),
        ("it's fallen off somewhere on the track", "lost"),
        # Bite or teeth marks: damage.
        ("the puppy got hold of it, teeth marks all over the band", "damage"),
        ("bub's been teething on my bangle and there are tooth marks in it", "damage"),
    ],
)
def test_the_kind_of_claim_from_a_story(text: str, claim_type: str) -> None:
    assert claim_type_from_text(text) == claim_type


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        # The person was not there: no loss said.
        ("I wasn't there when the chain snapped", "damage"),
        ("we weren't in the room when it cracked", "damage"),
        # The owner pawned it: no theft.
        ("I pawned it years ago", None),
        ("we'd pawned it once before and got it back", None),
        # A piece taken off the dresser by its owner, or a door used by the owner.
        ("my husband took it off the dresser and put it on", None),
        ("we came in through the back door and I dropped it on the step", "lost"),
        # "Flush" of a setting, a box re-taped by the owner, a zip.
        ("the flush-set diamond cracked", "damage"),
        ("I re-taped the box myself before posting it", None),
        # Taken to a jeweller.
        ("they came round and took it to the jeweller for a clean", None),
        # A stone that fell out is damage, as before.
        ("a diamond fell out of the band", "damage"),
    ],
)
def test_near_phrasings_keep_their_kind(text: str, claim_type: str | None) -> None:
    assert claim_type_from_text(text) == claim_type


@pytest.mark.parametrize(
    "text",
    [
        "the gym bag was in the car, got back from the pool and the watch wasn't in it",
        "the removal box arrived re-taped and empty",
        "the girl who cleaned for us pawned it",
    ],
)
def test_a_theft_read_from_signs_is_said_back(text: str) -> None:
    reading = read_reply(text, "claim_type")
    assert reading.slots["claim_type"] == "theft"
    assert THEFT_INFERRED_NOTE in reading.notes


@pytest.mark.parametrize(
    "text",
    ["it was in the dish by the sink and now it isn't", "checked the drawer again, it's not there"],
)
def test_gone_from_where_it_was_is_lost_and_said_back(text: str) -> None:
    reading = read_reply(text, "claim_type")
    assert reading.slots["claim_type"] == "lost"
    assert GONE_NOTED_AS_LOST in reading.notes


@pytest.mark.parametrize("text", ["my daughter flushed it", "it flew off my hand into the river"])
def test_a_loss_told_is_not_said_back_as_gone(text: str) -> None:
    reading = read_reply(text, "claim_type")
    assert reading.slots["claim_type"] == "lost"
    assert GONE_NOTED_AS_LOST not in reading.notes


@pytest.mark.parametrize(
    "text",
    [
        "could've been nicked, could've slipped off, no idea",
        "might've been taken at the pool or it might've fallen off, I can't say",
    ],
)
def test_a_guess_with_could_have_is_asked(text: str) -> None:
    assert claim_type_guessed(text)
    assert "claim_type" not in read_reply(text, "claim_type").slots


def test_a_theft_said_beside_a_guessed_place_stands() -> None:
    assert not claim_type_guessed("it was stolen, could've been at the gym")


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        ("the diamond came out but I still have the ring, is that damage or loss?", "damage"),
        ("one of the pearls is gone off the strand, which one would that be?", "damage"),
        ("the chain snapped, would that count as damage?", "damage"),
    ],
)
def test_a_kind_asked_about_is_said_back(text: str, claim_type: str) -> None:
    reading = read_reply(text, "claim_type")
    assert reading.slots["claim_type"] == claim_type
    assert reading.notes


def test_a_kind_stated_is_not_said_back() -> None:
    reading = read_reply("the chain snapped at the park", "claim_type")
    assert reading.slots["claim_type"] == "damage"
    assert not reading.notes


@pytest.mark.parametrize(
    "text", ["it wasn't in the safe that night", "they weren't in the safe, they were on the dresser"]
)
def test_not_in_the_safe_tells_where_it_was_kept_not_that_it_is_gone(text: str) -> None:
    assert claim_type_from_text(text) is None


@pytest.mark.parametrize(
    "text", ["can't say really, it just wasn't in the drawer", "hard to tell, one day it wasn't there"]
)
def test_only_gone_and_cant_tell_how_is_asked(text: str) -> None:
    assert "claim_type" not in read_reply(text, "claim_type").slots
    assert "claim_type" not in read_reply(text, None, intent="report_claim").slots


def test_a_loss_told_beside_cant_tell_is_kept() -> None:
    assert read_reply("hard to say where, it slid off my finger", "claim_type").slots["claim_type"] == "lost"


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        # Taken off the body, then gone: a loss, as before.
        ("I took my ring off the night before and it's gone", "lost"),
        ("took it off at the beach and can't find it", "lost"),
        # Taken off a surface by someone who came in: a theft.
        ("someone came in through the garage door and took my watch off the counter", "theft"),
    ],
)
def test_taken_off_the_body_or_off_a_surface(text: str, claim_type: str) -> None:
    assert claim_type_from_text(text) == claim_type
