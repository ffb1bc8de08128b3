"""Whether the piece was listed before the loss, by kind (issue 12): a listing under way
is no listing; a no the person is fairly sure of is a no, said back; an answer followed by
a question in a statement's words is read from the answer. New phrasings, US and NZ,
with the ones that must not change."""

from __future__ import annotations

import pytest

from tests.language.claim.reading import read_reply

LOST_RING = {"claim_type": "lost", "item_type": "ring"}


def listed(text: str, intent: str = "inform") -> object:
    return read_reply(text, "was_specified", LOST_RING, intent).slots.get("was_specified")


@pytest.mark.parametrize(
    "text",
    [
        "we were in the middle of getting it specified when it went",
        "I was halfway through adding it online",
        "we were just about to schedule it",
        "the valuation was booked for the week after, so no",
        "the appraisal was scheduled for the 12th, we never got there",
        "in the process of adding it to the policy",
        "my broker was about to list it",
        "the valuer was due next Tuesday",
    ],
)
def test_a_listing_under_way_is_no_listing(text: str) -> None:
    assert listed(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "yes, scheduled since 2021",
        "it was specified after the valuation in March",
        "yep it's on the schedule, the appraisal was from 2022",
    ],
)
def test_a_listing_made_is_still_read(text: str) -> None:
    assert listed(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "pretty sure it wasn't",
        "fairly sure it wasn't listed, it's just a small ring",
        "I'm pretty certain we never did",
        "quite sure it wasn't, nah",
        "we didn't think it was worth it, so I'm pretty sure not",
        "never thought it was worth enough to bother",
    ],
)
def test_a_no_from_memory_is_a_no(text: str) -> None:
    reading = read_reply(text, "was_specified", LOST_RING)
    assert reading.slots.get("was_specified") is False


def test_a_no_from_memory_is_said_back() -> None:
    reading = read_reply("pretty sure it wasn't, it wasn't worth much", "was_specified", LOST_RING)
    assert reading.slots.get("was_specified") is False
    assert reading.notes


def test_a_yes_from_memory_is_no_no() -> None:
    assert listed("pretty sure it was, yes") is True


@pytest.mark.parametrize(
    "text",
    [
        "Not before, no. I only listed it on Tuesday, and by then it was already gone",
        "no, I only specified it last week and it was already missing by then",
        "no - I added it to the policy Friday, turns out it was already gone",
        "nah, we specified it Monday but by that point it had gone",
        "not before. I rang Tower and listed it, by then it was already lost I reckon",
    ],
)
def test_a_listing_made_once_the_piece_was_gone_is_after_the_loss(text: str) -> None:
    reading = read_reply(text, "was_specified", LOST_RING)
    assert reading.slots.get("was_specified") is False
    assert reading.slots.get("listed_after_loss") is True


@pytest.mark.parametrize(
    "text",
    [
        "yes it was scheduled, it was already gone when I got home",
        "yes specified, by then we'd had it valued twice",
    ],
)
def test_a_loss_told_beside_a_listing_made_before_is_listed(text: str) -> None:
    assert listed(text) is True
