"""Flags from fresh phrasings: a young piece failing is a defect, not wear; hosted
guests are people let in."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.rules.claims import ClaimFacts, ClaimKnowledge, assess_claim, load_claim_knowledge


@pytest.fixture(scope="module")
def knowledge() -> ClaimKnowledge:
    return load_claim_knowledge()


BASE = ClaimFacts(
    claim_type="damage",
    item_type="watch",
    item_value=900.0,
    currency="NZD",
    loss_description="",
    was_specified=True,
    proof_documents=("receipt", "valuation", "photo"),
)


def flags(knowledge: ClaimKnowledge, claim_type: str, description: str) -> set[str]:
    return {
        f.code
        for f in assess_claim(replace(BASE, claim_type=claim_type, loss_description=description), knowledge)
    }


def test_a_piece_only_weeks_old_that_fails_is_a_defect_not_wear(knowledge: ClaimKnowledge) -> None:
    found = flags(
        knowledge, "damage", "the bracelet clasp gave out and it's only six weeks old, never knocked it"
    )
    assert "manufacturer_defect" in found
    assert "wear_and_tear" not in found


def test_wear_and_tear_said_outright(knowledge: ClaimKnowledge) -> None:
    assert "wear_and_tear" in flags(knowledge, "damage", "the jeweller put it down to wear and tear")


@pytest.mark.parametrize(
    "description",
    ["we were hosting my in-laws for the long weekend", "the kids had mates over and my pendant vanished"],
)
def test_hosted_people_are_let_in(knowledge: ClaimKnowledge, description: str) -> None:
    assert "invited_guest_theft" in flags(knowledge, "theft", description)


@pytest.mark.parametrize(
    "description",
    [
        "burglars went through the house and found it in my sock drawer",
        "it was taken out of the bedside drawer while we were on holiday",
        "the insurer's rule is that it has to be kept in a locked safe overnight, and it was in the bathroom",
        "our policy wants anything that valuable locked in the safe but I'd got lazy",
        "I wore it out on Friday and never put it back in the safe",
        "I hadn't put them away after the party and they were gone in the morning",
        "the schedule has a safe condition for pieces over ten grand",
    ],
)
def test_kept_outside_the_safe_or_in_a_drawer_is_a_storage_risk(
    knowledge: ClaimKnowledge, description: str
) -> None:
    assert "storage_condition" in flags(knowledge, "theft", description)


@pytest.mark.parametrize(
    "description",
    [
        "they forced the safe open and took everything in it",
        "it was locked in the safe and the thieves cut it out of the wall",
    ],
)
def test_a_piece_kept_in_the_safe_is_no_storage_risk(knowledge: ClaimKnowledge, description: str) -> None:
    assert "storage_condition" not in flags(knowledge, "theft", description)


@pytest.mark.parametrize(
    "description",
    [
        "waiting at the bus stop when a guy came up behind me and yanked the chain clean off",
        "two teens snatched it off my wrist outside the train station",
        "I was mugged walking home from the cafe",
        "held up at knifepoint in the mall car park and made to hand it over",
    ],
)
def test_a_piece_taken_from_the_person_wearing_it_is_no_lack_of_care(
    knowledge: ClaimKnowledge, description: str
) -> None:
    assert "reasonable_care" not in flags(knowledge, "theft", description)


def test_a_piece_left_at_the_station_still_is(knowledge: ClaimKnowledge) -> None:
    assert "reasonable_care" in flags(knowledge, "theft", "I left my bag on a bench at the train station")


def test_a_match_inside_a_longer_one_is_said_once(knowledge: ClaimKnowledge) -> None:
    facts = replace(
        BASE,
        claim_type="theft",
        loss_description="the policy says it has to be kept in a locked safe, and it was in my top drawer",
    )
    (storage,) = (f for f in assess_claim(facts, knowledge) if f.code == "storage_condition")
    assert not any(w != o and w in o for w in storage.words for o in storage.words)
