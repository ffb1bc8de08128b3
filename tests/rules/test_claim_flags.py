"""Decline-risk flags from how people describe what happened."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.rules.claims import FLAG_CODES, ClaimFacts, ClaimKnowledge, Flag, assess_claim, load_claim_knowledge
from bot.rules.declines import load_decline_knowledge


@pytest.fixture(scope="module")
def knowledge() -> ClaimKnowledge:
    return load_claim_knowledge()


CLEAN = ClaimFacts(
    claim_type="theft",
    item_type="ring",
    item_value=1200.0,
    currency="USD",
    loss_description="",
    was_specified=True,
    proof_documents=("receipt", "valuation", "photo"),
)


def flags(knowledge: ClaimKnowledge, claim_type: str, description: str, other: str = "") -> set[str]:
    facts = replace(CLEAN, claim_type=claim_type, loss_description=description, other_words=other)
    return {f.code for f in assess_claim(facts, knowledge)}


@pytest.mark.parametrize(
    "description",
    [
        "the cleaner came on Tuesday and it's been gone since",
        "We had a plumber fixing the sink and afterwards my ring was missing from the dish",
        "We caught our babysitter on the nanny cam taking my pearl necklace",
        "our au pair left suddenly and so did my diamond studs",
        "we had an open home on Saturday and my watch was taken from the bedroom",
        "the house-sitter had the run of the place while we were in Bali",
        "had a party for my 40th and noticed the bracelet was gone the next morning",
        "a tradie was doing the bathroom reno that week",
        "some guests stayed over the weekend",
        "the removalists packed the jewellery box and it never turned up",
        "my flatmate's boyfriend took it",
        "the carpet cleaners were in the bedroom for an hour",
        "we let a repairman in to fix the dishwasher",
    ],
)
def test_people_let_in_raise_invited_guest_theft(knowledge: ClaimKnowledge, description: str) -> None:
    assert "invited_guest_theft" in flags(knowledge, "theft", description)


@pytest.mark.parametrize(
    ("claim_type", "description"),
    [
        ("lost", "I took my rings off to wash my hands in an airport restroom"),
        ("lost", "I left it in the public toilets at the mall"),
        ("theft", "my gym bag was in a locker and someone got into it"),
        ("theft", "it was in my car overnight and the window got smashed"),
        ("theft", "left it in the ute while I grabbed a coffee"),
        # At the beach only when left while away: "I lost it at the beach" alone says no
        # such thing (fresh23: a ring on the towel beside her raises no flag).
        ("lost", "I left it on my towel at the beach and went for a swim"),
        ("lost", "it came off in the hotel pool"),
        ("theft", "I left my bag unattended at the cafe for a minute"),
        ("lost", "I must have left it on the train"),
        ("lost", "took it off at the changing room and forgot it"),
    ],
)
def test_left_unattended_in_public_raises_reasonable_care(
    knowledge: ClaimKnowledge, claim_type: str, description: str
) -> None:
    assert "reasonable_care" in flags(knowledge, claim_type, description)


def test_the_last_seen_answer_counts_too(knowledge: ClaimKnowledge) -> None:
    raised = flags(knowledge, "lost", "it just went missing", other="by the basin in the airport restroom")
    assert "reasonable_care" in raised


@pytest.mark.parametrize(
    ("claim_type", "description"),
    [
        ("theft", "burglars came through the back door while we were at work"),
        ("lost", "it went missing somewhere at home, we've turned the house upside down"),
        ("theft", "my bag was snatched on the street"),
    ],
)
def test_ordinary_stories_raise_neither(knowledge: ClaimKnowledge, claim_type: str, description: str) -> None:
    raised = flags(knowledge, claim_type, description)
    assert not raised & {"invited_guest_theft", "reasonable_care"}


def test_a_story_in_a_dish_on_the_dresser_is_about_storage(knowledge: ClaimKnowledge) -> None:
    assert "storage_condition" in flags(knowledge, "theft", "the ring was in a dish on the dresser")


@pytest.mark.parametrize(
    "description",
    [
        "we're tenants and our flat was burgled while we were out",
        "my friend was with me when a guy on a scooter grabbed my chain",
    ],
)
def test_people_who_were_not_let_in_raise_no_invited_guest_flag(
    knowledge: ClaimKnowledge, description: str
) -> None:
    assert "invited_guest_theft" not in flags(knowledge, "theft", description)


def test_friends_staying_over_are_let_in(knowledge: ClaimKnowledge) -> None:
    assert "invited_guest_theft" in flags(knowledge, "theft", "some friends of my son stayed over on Friday")


def test_the_flag_codes_are_the_decline_reasons_and_no_other_flag_can_be_made() -> None:
    assert set(FLAG_CODES) == set(load_decline_knowledge().reasons)
    with pytest.raises(ValueError, match="unknown decline-risk code"):
        Flag("claim_limt")
