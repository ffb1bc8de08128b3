"""Kinds of wording behind the second routing tune set's failures, in wordings of our own
(US and NZ), with the look-alikes that must not be read that way."""

import pytest

from bot.language.answers import UserMessage, read_advice_answers
from bot.language.claim.claim_type import claim_type_from_text
from bot.language.decline_answers import asks_cover_for_next_time, tells_of_a_decline
from bot.language.facts import item_mentions
from bot.language.requests import (
    asks_about_an_insurance_complaint,
    asks_about_insuring_a_piece,
    asks_for_a_person,
    asks_how_to_cover,
    asks_in_general,
    asks_what_a_policy_covers,
    is_hypothetical,
)
from bot.language.stories import piece_asked_about_after, tells_it_happened, tells_of_an_earlier_loss
from bot.rules.knowledge import load_coverage_facts


@pytest.mark.parametrize(
    ("text", "imagined"),
    [
        # An "if" that tells a past event with when it happened or how it feels.
        ("can i claim if my bangle got nicked off the beach at Raglan yesterday? absolutely gutted", False),
        ("am I covered if my bracelet got stolen from my car this morning? so upset", False),
        ("is it claimable if my earring fell off at the concert last night", False),
        ("can we claim if our watch was stolen on the weekend?? devastated", False),
        # "what happens now / next" asks about an event told.
        ("my pendant got swiped at the bar yesterday, what happens next?", False),
        # A case imagined: present tense, "would", or no when nor feeling.
        ("if my necklace gets stolen on holiday do I need to report it to the local police?", True),
        ("what happens if my ring falls off while swimming, can I claim?", True),
        ("if I lost my ring yesterday would I be covered", False),
        ("what happens if my watch got stolen last night, hypothetically", True),
        ("can I claim if my ring was stolen from a car?", True),
    ],
)
def test_a_loss_told_in_an_if_question_happened(text: str, imagined: bool) -> None:
    assert is_hypothetical(text) is imagined


@pytest.mark.parametrize(
    ("text", "happened"),
    [
        ("someone snatched my necklace at the train station", True),
        ("some guy grabbed my chain right off my neck outside the dairy", True),
        ("a kid ripped my bracelet off at the bus stop", True),
        ("my watch got swiped from the changing room", True),
        ("I got mugged on the way home and they took my rings", True),
        ("I grabbed my ring and put it on", False),
        ("some guy grabbed a coffee next to me", False),
    ],
)
def test_a_theft_in_street_words_happened(text: str, happened: bool) -> None:
    assert tells_it_happened(text) is happened


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("had the whanau over for christmas and my pendant walked", "theft"),
        ("my ring walked off at the flat party on friday", "theft"),
        ("my earrings must have walked, the cleaners were in", "theft"),
        ("I walked to the jeweller and my ring was fine", None),
    ],
)
def test_a_piece_that_walked_was_stolen(text: str, kind: str | None) -> None:
    assert claim_type_from_text(text) == kind


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "my insurer paid out without a fuss when my bracelet got stolen in 2023. "
            "just bought a new necklace, anything I should do differently?",
            True,
        ),
        (
            "had a claim rejected a couple of years back for my mum's pendant, "
            "want to do it properly this time. how should I cover my new engagement ring?",
            True,
        ),
        ("lost my watch a few years ago, now we've got a new one, what should we do", True),
        # A loss told now, or a time that places nothing in the past.
        ("my ring was stolen last week, what now", False),
        ("I lost my ring this time last year and never claimed", False),
        ("my necklace was stolen yesterday, the new one I ordered hasn't come", False),
    ],
)
def test_a_loss_told_as_over_and_done(text: str, earlier: bool) -> None:
    assert tells_of_an_earlier_loss(text) is earlier


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        (
            "our claim for my ring was turned down last year, so this time: how do I insure my new watch?",
            "watch",
        ),
        ("the insurer paid for my stolen bracelet years ago. now I've got a necklace to cover", "necklace"),
        ("lost a ring a while back, got a new one now, anything special to do?", None),
    ],
)
def test_the_piece_asked_about_is_the_one_after_the_earlier_loss(text: str, piece: str | None) -> None:
    assert piece_asked_about_after(text) == piece


@pytest.mark.parametrize(
    "text",
    [
        "what should I do to cover my bracelet",
        "want to get it right this time, what insurance should I have",
    ],
)
def test_cover_asked_for_this_time(text: str) -> None:
    assert asks_cover_for_next_time(text)


@pytest.mark.parametrize(
    ("text", "decline"),
    [
        # A settlement told as too little, asked about as fair or allowed.
        ("the insurance gave me 900 for a necklace appraised at 4k. how is that right", True),
        ("AMI paid me $2,000 for a $6,500 ring, is that even legal?", True),
        ("my insurer lowballed my claim, $3k for a $9k watch. can they do that", True),
        ("tower only gave us nz$800 on a $3,000 bracelet, is that right", True),
        ("State Farm shortchanged me on my wife's pendant", True),
        # A refusal of one's own, asked about, with its reason told in the past.
        (
            "is it legal for my insurer to refuse because I didn't have a valuation? it was my nan's ring",
            True,
        ),
        ("can my contents refuse to pay just because I left it in the car?", True),
        # A purchase, a general question, a supposition.
        ("I paid 5000 for a ring worth 8000, should I insure it for 8000?", False),
        ("we paid $2k for a ring worth way more, how do I insure it", False),
        ("can my insurer refuse to pay if I leave my ring in a locker?", False),
        ("is it legal for insurers to deny claims for rings not kept in a safe?", False),
    ],
)
def test_a_settlement_or_refusal_asked_about_is_a_decline(text: str, decline: bool) -> None:
    assert tells_of_a_decline(text) is decline


@pytest.mark.parametrize(
    ("text", "general"),
    [
        ("how often should I get my watch revalued?", True),
        ("how long is a valuation good for on my ring", True),
        ("does my policy cover my ring overseas?", True),
        ("how should I insure my ring?", False),
    ],
)
def test_how_often_is_a_general_question(text: str, general: bool) -> None:
    assert asks_in_general(text) is general


@pytest.mark.parametrize(
    ("text", "policy_terms"),
    [
        ("does contents insurance cover wedding rings in nz?", True),
        ("does homeowners insurance cover diamond earrings?", True),
        ("will a renters policy pay for a lost watch", True),
        ("does my contents cover my ring?", False),
        ("do diamond earrings need their own insurance?", False),
    ],
)
def test_what_a_kind_of_policy_covers(text: str, policy_terms: bool) -> None:
    assert asks_what_a_policy_covers(text) is policy_terms


@pytest.mark.parametrize(
    ("text", "insuring"),
    [
        # A claim's paperwork, or the person's insurer named: no advice on cover.
        ("if I'm travelling and my watch gets stolen do I need a police report from over there?", False),
        ("what do I send my insurer after my ring is stolen", False),
        # A care plan with a recommendation asked for.
        (
            "getting the care plan with my new necklace, is insurance still worth it? what do you recommend",
            True,
        ),
        (
            "I'm getting the care plan on my engagement ring, do I need insurance on top? what would you advise",
            True,
        ),
        ("does the care plan cover my ring if a stone falls out?", False),
        # Cover for their own piece.
        ("do I need extra cover for my ring?", True),
        ("do we need to do anything special for my wife's ring?", True),
    ],
)
def test_asks_about_insuring_a_piece(text: str, insuring: bool) -> None:
    assert asks_about_insuring_a_piece(text) is insuring


@pytest.mark.parametrize(
    ("text", "how"),
    [
        ("I've got contents with AMI, do I need extra for my $5000 ring?", True),
        ("do I need more on my engagement ring?", True),
        ("do I need extra time to get a valuation", False),
    ],
)
def test_cover_asked_with_the_cover_left_unsaid(text: str, how: bool) -> None:
    assert asks_how_to_cover(text) is how


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("is it free to take a complaint to IFSO?", True),
        ("does it cost anything to complain to the state insurance department?", True),
        ("how long does a dispute with my insurer take at the ombudsman?", True),
        ("how do I complain about my neighbour's dog?", False),
        ("the ombudsman told me to call you", False),
    ],
)
def test_a_question_about_an_insurance_complaint(text: str, complaint: bool) -> None:
    assert asks_about_an_insurance_complaint(text) is complaint


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("representative", True),
        ("Representative please", True),
        ("live agent now", True),
        ("a human", True),
        ("what is a representative", False),
        ("my agent said the ring is covered", False),
    ],
)
def test_a_message_that_only_asks_for_a_person(text: str, only: bool) -> None:
    # The scope guard takes any request for a person as one (asks_for_a_person); a
    # question about the word or an agent named in a story is none.
    assert asks_for_a_person(text) is only


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        (
            "our claim for her necklace got denied a few years back, this time how do I cover my watch?",
            "watch",
        ),
        ("tower paid out for my stolen ring last year, now I've got a new one, anything to do?", None),
    ],
)
def test_the_guide_reads_the_piece_asked_about_after_an_earlier_loss(text: str, piece: str | None) -> None:
    entities = [{"entity": "item_type", "value": m.value} for m in item_mentions(text)]
    reading = read_advice_answers(
        UserMessage(text, "ask_coverage_advice", entities), None, {}, load_coverage_facts()
    )
    assert reading.slots.get("item_type") == piece


def test_a_purchase_below_its_worth_is_no_settlement() -> None:
    assert not tells_of_a_decline("I underpaid for my ring at the sale, should I insure it for more?")


def test_a_refusal_again_this_time_asks_no_cover_for_next_time() -> None:
    assert not asks_cover_for_next_time("they declined my claim this time as well, same as last year")


def test_a_recent_loss_beside_an_earlier_one_is_still_told() -> None:
    assert not tells_of_an_earlier_loss(
        "my ring was stolen last year and this time my new necklace, on Saturday"
    )
