"""Kinds of wording behind the fresh14 routing failures, in wordings of our own (US and
NZ), with the look-alikes that must not be read that way: a policy's terms told beside
a loss are no insurer's decision; cover set against another for a piece one holds is
advice; a policy's cap is never the piece's value."""

import pytest

from bot.language.answers import UserMessage, read_advice_answers
from bot.language.facts import read_message
from bot.language.requests import asks_to_switch_cover, holds_a_piece
from bot.language.stories import speaks_of_a_decision
from bot.rules.knowledge import load_coverage_facts


@pytest.mark.parametrize(
    ("text", "decided"),
    [
        # What the policy says, read by the person: a condition, not a decision.
        (
            "my pendant went missing at the motel. I know the wording says anything over $3k must be locked away",
            False,
        ),
        (
            "burglars got my watch on Friday. the policy states unlisted items are only covered to $1,500",
            False,
        ),
        ("our contents policy has the jewellery limit raised to $15,000, nothing itemised", False),
        (
            "I lost my bangle at the market. My policy says it has to be specified above $2,500. can I still claim?",
            False,
        ),
        ("my ring was taken from the gym locker, the fine print says lockers aren't covered", False),
        # A decision told, however it is worded.
        ("the insurer won't be paying for the ring, they say it wasn't locked up", True),
        ("State says the necklace isnt covered as it was left in the car", True),
        ("Lemonade is only paying $900 on my $3,000 bracelet", True),
        ("they came back and said no to the watch claim", True),
        ("my claim for the earrings was knocked back last week", True),
        ("the policy says it's covered but they denied it anyway", True),
    ],
)
def test_a_policys_terms_are_no_decision(text: str, decided: bool) -> None:
    assert speaks_of_a_decision(text) is decided


@pytest.mark.parametrize(
    ("text", "switching"),
    [
        ("would I be better off scheduling my ring on the homeowners instead of Jewelers Mutual?", True),
        ("thinking of moving it onto our contents policy rather than the standalone one", True),
        ("would it be cheaper to add my watch to my renters?", True),
        ("is it smarter to list the pendant on our house insurance or keep it with BriteCo", True),
        # Not a comparison of cover: a claim, a question about moving house, a general one.
        ("we're moving house next month, does my cover move with me?", False),
        ("I put my ring on the bench and now it's gone", False),
        ("is scheduling worth it, just asking", False),
    ],
)
def test_cover_set_against_another(text: str, switching: bool) -> None:
    assert asks_to_switch_cover(text) is switching


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("I've got a Rolex on a floater", True),
        ("we have an Omega insured with Vero", True),
        ("I own a diamond tennis bracelet", True),
        ("my Cartier Tank is on a standalone policy", True),
        ("I have a question about a ring", False),
        ("do watches need separate cover?", False),
    ],
)
def test_a_piece_the_person_holds(text: str, held: bool) -> None:
    assert holds_a_piece(text) is held


def advice_value(text: str) -> float | None:
    entities = tuple(
        {"entity": m.entity, "value": m.value, "start": m.start, "end": m.end} for m in read_message(text)
    )
    reading = read_advice_answers(
        UserMessage(text, "ask_coverage_advice", entities), None, {}, load_coverage_facts()
    )
    return reading.slots.get("item_value")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The policy's cap, said in several ways: never the value.
        ("our renters only covers $2,000 for jewelry. should I schedule my necklace?", None),
        ("turns out our contents just insures $1,000 of jewellery, I've got a gold bangle", None),
        ("our contents limit has been bumped up to $10,000, is my bracelet ok?", None),
        ("the homeowners is capped at $1,500 for theft, what about my ring?", None),
        # The piece's value told beside the cap is still read.
        (
            "our renters only covers $2,000 for jewelry and my ring's worth $6,500. should I schedule it?",
            6500.0,
        ),
        ("the insurer's maximum is $2,500 and the pendant is $4,000", 4000.0),
        ("the limit is fine, the ring is $5,000", 5000.0),
        ("I have a necklace worth $2,000", 2000.0),
    ],
)
def test_a_cap_is_never_the_value(text: str, value: float | None) -> None:
    assert advice_value(text) == value


def claim_reading(text: str) -> dict[str, object]:
    from datetime import date

    from bot.language.claim.answers import read_claim_answers

    entities = tuple(
        {"entity": m.entity, "value": m.value, "start": m.start, "end": m.end} for m in read_message(text)
    )
    return dict(
        read_claim_answers(UserMessage(text, "report_claim", entities), None, {}, date(2026, 11, 29)).slots
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The policy's threshold or cap told beside the story: the value is asked.
        (
            "my ring vanished from the hotel room. I know the policy says anything over $4,000 must be in a safe",
            None,
        ),
        ("burglars took my watch on Friday; the wording says jewellery is only covered up to $1,500", None),
        # The piece's value beside the cap is read.
        (
            "my pendant was stolen on Saturday, it's worth $6,000 and the policy caps jewelry at $2,500",
            6000.0,
        ),
        ("someone took my bracelet at the gym yesterday, it cost $1,200", 1200.0),
    ],
)
def test_a_policys_cap_is_no_claim_value(text: str, value: float | None) -> None:
    assert claim_reading(text).get("item_value") == value


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        # The "wasn't" of another sentence is not about the listing.
        (
            "my earrings went missing at the bach. They're specified on our policy. The safe rule applies and it wasn't locked.",
            True,
        ),
        ("lost my watch on the train. It's scheduled on my homeowners. No idea where it went.", True),
        ("my bangle was stolen on Tuesday. It wasn't specified.", False),
    ],
)
def test_a_listing_is_read_from_its_own_sentence(text: str, listed: bool) -> None:
    assert claim_reading(text).get("was_specified") is listed
