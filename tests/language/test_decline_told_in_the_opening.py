"""A decline told in a first message, in words the readers missed (a settlement as what
came in, "came back and offered", "reimbursed", "grand" and "bucks", "they're not
paying", an offer to replace rather than pay, "got told by ..."), and what is no decline:
a refusal still ahead ("before my insurer says no", "worried they won't pay"), an
instruction from the insurer ("told me to file a claim with you"). Also advice asked
after an old refusal told as background ("so I want to specify my new $7,000 one").
Phrasings are new (US and NZ)."""

from __future__ import annotations

import pytest

from bot.language.decline_answers import (
    asks_cover_for_another_piece,
    asks_cover_for_next_time,
    means_to_make_a_claim,
    piece_after_the_story,
    tells_of_a_decline,
    wants_the_decline_explained,
)
from bot.language.stories import speaks_of_a_decision, tells_of_an_earlier_loss


@pytest.mark.parametrize(
    "text",
    [
        "the insurer came back and offered 3 grand for my $8k watch that got nicked",  # NZ
        "Chubb only reimbursed $2,000 for my stolen tennis bracelet, it was appraised at 7k",  # US
        "heard back from AMI, they're not paying for my lost pendant",  # NZ
        "State Farm aren't covering my engagement ring that went missing",  # US
        "insurance rang and said they'll only pay $1,000 for my stolen studs because of the limit",
        "got a settlement of $1,100 for my sapphire ring that was valued at $4,900",
        "the assessor offered me $1,800 for my ring which we paid $5,200 for",
        "my claim went through but the payout was only $900 for my stolen chain",
        "Tower has offered to replace my bangle with a cheaper one rather than pay out",
        "got told by allstate they're not covering my lost earring, theft only",
        "lost my wedding band at the beach and the insurer gave me 700 bucks for my $3k band",
    ],
)
def test_a_decline_told_in_the_opening(text: str) -> None:
    assert tells_of_a_decline(text)


@pytest.mark.parametrize(
    "text",
    [
        "the insurer came back and offered 3 grand for my $8k watch that got nicked",
        "heard back from AMI, they're not paying for my lost pendant",
        "got a settlement of $1,100 for my sapphire ring that was valued at $4,900",
    ],
)
def test_a_decline_story_is_explained(text: str) -> None:
    assert wants_the_decline_explained(text)


@pytest.mark.parametrize(
    "text",
    [
        "I want to lodge a claim before the insurer says no",  # NZ
        "my necklace got nicked on Friday and I'm worried they won't pay",
        "my watch was stolen yesterday, hoping Allstate won't deny it",
        "will they decline it if it wasn't specified?",
        "what happens if my claim gets denied?",
        "can my insurer refuse to pay if my ring wasn't in a safe?",
        "my insurer told me to file a claim with you",
        "I'm worried because they refused my claim for my ring",  # a refusal that happened stays one
    ],
)
def test_no_decline_told_yet(text: str) -> None:
    expected = text.startswith("I'm worried because")
    assert tells_of_a_decline(text) is expected


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("my insurer told me to file a claim with you", False),
        ("AMI said to ring the store about it", False),
        ("they told me no", True),
        ("they said to ring you, but they refused my claim", True),
    ],
)
def test_an_instruction_is_no_decision(text: str, decision: bool) -> None:
    assert speaks_of_a_decision(text) is decision


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("my insurer told me to file a claim with you", True),
        ("I want to make a claim before my insurer says no", True),
        ("the broker advised us to lodge a claim", True),
        ("how do I file a claim?", False),
        ("if I wanted to make a claim would my premium go up", False),
    ],
)
def test_a_claim_to_be_made(text: str, claim: bool) -> None:
    assert means_to_make_a_claim(text) is claim


@pytest.mark.parametrize(
    "text",
    [
        "my last claim got rejected cos the ring wasnt specified, so I want to specify my new $7,000 one, how much would that cost?",
        "AMI declined my bracelet claim a few years back. going to insure my new $2,400 bangle properly, how much is that?",  # NZ
        "our homeowners only paid part of a stolen necklace in 2022, our new $5k pendant, how much would it cost to schedule?",
    ],
)
def test_advice_after_an_old_refusal(text: str) -> None:
    assert tells_of_an_earlier_loss(text)
    assert asks_cover_for_next_time(text)


@pytest.mark.parametrize(
    "text",
    [
        "my insurer only paid $1,500 for my stolen ring because it wasn't scheduled, why?",
        "AMI declined my claim for my lost bracelet cos it wasnt specified, what can I do?",
    ],
)
def test_the_piece_decided_on_is_no_next_time(text: str) -> None:
    assert not (tells_of_an_earlier_loss(text) and asks_cover_for_next_time(text))


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        (
            "AMI only paid $900 for my stolen chain last winter, should I specify my $5k engagement ring?",
            "engagement_ring",
        ),
        (
            "Geico denied my watch claim, so now im nervous about my $8k necklace. what coverage should i get for it?",
            "necklace",
        ),
        (
            "contents wouldnt pay when my bracelet went missing. about to buy a $9k ring, what insurance should I get",
            "ring",
        ),
        ("they turned down my claim on a lost ring - should I schedule my other rings?", None),
    ],
)
def test_cover_asked_for_another_piece_than_the_one_decided(text: str, piece: str | None) -> None:
    assert asks_cover_for_another_piece(text)
    assert piece_after_the_story(text) == piece


@pytest.mark.parametrize(
    "text",
    [
        "they denied my claim for my ring and necklace, should I have scheduled them?",  # the same story
        "state farm denied my ring claim, should I schedule my engagement ring now?",  # one piece, two words
        "Tower declined my claim for my stolen watch, what can I do?",
        "my bracelet claim was rejected - my necklace claim too. why?",
    ],
)
def test_no_other_piece_asked_about(text: str) -> None:
    assert not asks_cover_for_another_piece(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was so scared when they denied my ring claim",
        "I'd hoped they'd pay up but Tower rejected my claim for the pendant",  # NZ
    ],
)
def test_a_decision_told_beside_a_fear_is_still_told(text: str) -> None:
    assert tells_of_a_decline(text)


def test_being_sent_to_the_ombudsman_still_speaks_of_a_decision() -> None:
    assert speaks_of_a_decision("the insurer told me to take it to the ombudsman")
