"""Kinds of wording behind the fifth routing tune set's failures (openings in formal,
slang, non-native and upset voices), in wordings of our own (US and NZ), with the
look-alikes that must not be read that way."""

import pytest

from bot.language.decline_answers import asks_cover_for_next_time, tells_of_a_decline
from bot.language.requests import (
    asks_for_a_person,
    asks_of_a_supposed_case,
    is_hypothetical,
    tells_a_loss_in_a_question,
)
from bot.language.stories import speaks_of_an_insurer, tells_it_happened, tells_of_an_earlier_loss


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A person wanted in place of the machine, or to ring, in more words.
        ("I would sooner go over this with a member of the staff, thank you", True),
        ("I want to explain it to a real person, not a bot", True),
        ("is there a phone number we could call? typing is hard for me", True),
        ("Is there anybody I can speak with at the Queen St store?", True),
        ("please, a human rather than a machine", True),
        # Not a person asked for.
        ("is there a number I can put on the claim form for the value?", False),
        ("the appraiser is a real person, not a machine, right?", False),
        ("is there someone I could name as a second owner on the policy", False),
    ],
)
def test_a_person_asked_for_in_formal_or_plain_words(text: str, person: bool) -> None:
    assert asks_for_a_person(text) is person


@pytest.mark.parametrize(
    ("text", "real"),
    [
        # A piece named by what happened to it: a real case asked about.
        ("can I get anything back for the bracelet that was stolen from my car?", True),
        ("would insurance help with my dad's watch which has gone missing", True),
        ("could I claim for the chain that got snatched at the station", True),
        # "can I still claim": the case is theirs; its condition asked.
        ("my nephew took my ring at christmas, can we still claim if he's family?", True),
        ("I lost my nan's locket yesterday, would the contents cover it?", True),
        # Imagined cases.
        ("would I be covered if a bracelet was stolen from my car?", False),
        ("if I lost my ring would it be covered?", False),
        ("what happens if the ring that I wear every day gets stolen?", False),
    ],
)
def test_a_real_case_asked_about_in_other_words(text: str, real: bool) -> None:
    assert tells_a_loss_in_a_question(text) is real
    assert is_hypothetical(text) is not real


@pytest.mark.parametrize(
    ("text", "happened"),
    [
        ("since the move we can't find my wife's engagement ring anywhere", True),
        ("I couldn't find my pounamu after the tramp", True),
        ("earrings that have just vanished from the dresser, can I claim", True),
        ("my bracelet was steal at the market, what I must do", True),
        # How long one has to report: no report to make.
        ("how soon do I have to report a stolen watch to the insurer?", False),
        ("how many days do I get to report a lost necklace", False),
        ("I can't find the policy number, where is it?", False),
    ],
)
def test_a_loss_told_plainly_or_as_a_learner_writes_it(text: str, happened: bool) -> None:
    assert tells_it_happened(text) is happened


def test_a_report_still_to_make_is_read_after_the_time_question() -> None:
    assert tells_it_happened("how long do I have to report it? my ring was stolen yesterday")


@pytest.mark.parametrize(
    ("text", "supposed"),
    [
        ("what would the insurer need if one day I claim for my ring?", True),
        ("if we ever have to claim on my watch, what papers do we need?", True),
        ("in the future, if my ring got lost, what would they ask me for?", True),
        # Their own piece, advice wanted.
        ("should I insure my ring in case it gets lost one day?", False),
    ],
)
def test_a_claim_only_foreseen(text: str, supposed: bool) -> None:
    assert asks_of_a_supposed_case(text) is supposed


@pytest.mark.parametrize(
    ("text", "decline"),
    [
        ("I got a check for only $900 for my $3,200 bracelet, could you explain?", True),
        ("they sent me a payment of just $2,000 for the necklace, would you tell me why", True),
        # A request of the assistant is no supposing; a supposed refusal still is.
        ("my claim was denied, could you explain why?", True),
        ("could they deny my claim if the ring wasn't specified?", False),
        ("I received a check for my ring from the jeweler's buy-back", False),
    ],
)
def test_a_settlement_told_by_what_came_in(text: str, decline: bool) -> None:
    assert tells_of_a_decline(text) is decline


def test_a_claim_asked_about_formally_is_none_made() -> None:
    assert not speaks_of_an_insurer("would it be possible to file a claim for my stolen watch?")
    assert not speaks_of_an_insurer("am I able to claim for the chain I lost?")
    assert speaks_of_an_insurer("I was able to claim last time but now they refuse")


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "my ring was stolen a few years back; I've just inherited my gran's diamonds, how do I insure them?",
            True,
        ),
        ("I just inherited my gran's ring, how do I insure it?", False),
    ],
)
def test_a_piece_just_inherited_after_an_earlier_loss(text: str, earlier: bool) -> None:
    assert tells_of_an_earlier_loss(text) is earlier


def test_making_sure_it_is_covered_is_cover_asked() -> None:
    assert asks_cover_for_next_time("how can I make sure my new ring is properly covered?")
    assert not asks_cover_for_next_time("make sure you send the receipt")
