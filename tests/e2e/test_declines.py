"""Decline explanations over HTTP with the trained model.

Each reason is told as a free-form story written for this test (none is a training
example). How well the model generalises is measured separately on
tests/nlu/decline_heldout.yml (see docs/quality.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.language.facts import region_from_text
from tests.e2e.conftest import Chat

pytestmark = pytest.mark.e2e

HELDOUT = yaml.safe_load((Path(__file__).parents[1] / "nlu" / "decline_heldout.yml").read_text())
STORIES = [
    (
        "wear_and_tear",
        "my claim for my wedding ring was declined, they said wear and tear because the claws were worn thin",
    ),
    (
        "reasonable_care",
        "I left my bracelet on a park bench while I played with the kids and the insurer refused, saying I was careless",
    ),
    (
        "storage_condition",
        "our policy says specified jewellery has to be locked in the safe, my rings were in the bathroom cabinet when they were taken, so they declined",
    ),
    (
        "invited_guest_theft",
        "the builder renovating our kitchen stole my necklace and the insurer won't pay because he was allowed in the house",
    ),
    (
        "claim_limit",
        "they only paid $2,500 for my $11,000 ring because it wasn't listed separately on the policy",
    ),
    (
        "proof_of_ownership",
        "the insurer reduced my claim because I couldn't prove the earrings were mine, I had no receipt or valuation",
    ),
    (
        "specified_after_loss",
        "I added my watch to the policy the day after it was stolen and now the insurer says that's fraud and refuses to pay",
    ),
    (
        "named_perils_no_disappearance",
        "my pendant just disappeared, no burglary, and the homeowners insurer says losing something isn't a covered peril",
    ),
    (
        "care_plan_no_loss_theft",
        "my ring was stolen and the jeweler's care plan refused the claim because it only covers repairs",
    ),
    (
        "manufacturer_defect",
        "the clasp on my new bracelet broke after a week and the insurer declined saying it's a manufacturing defect for the jeweler",
    ),
]


def finish_with_region(chat: Chat, region_answer: str, piece: str = "a ring") -> str:
    """Answer the piece question (asked once when the story names none) and the region
    question if they are asked; return everything said since."""
    said = "\n".join(m.get("text", "") for m in chat.replies[-1])
    if chat.slots()["requested_slot"] == "item_type":
        said += "\n" + chat.said(piece)
    if chat.slots()["requested_slot"] == "region":
        said += "\n" + chat.said(region_answer)
    return said


@pytest.mark.parametrize(("code", "story"), STORIES, ids=[code for code, _ in STORIES])
def test_each_reason_from_a_free_form_story(chat: Chat, code: str, story: str) -> None:
    chat.say(story)
    said = finish_with_region(chat, "New Zealand")
    # A story that says "homeowners" is from the US: the region is not asked then.
    region = region_from_text(story) or "NZ"
    slots = chat.slots()
    assert slots["decline_reason"] == code
    assert slots["region"] == region
    assert ("IFSO" if region == "NZ" else "state insurance department") in said  # the complaint route
    assert "Next steps, in order" in said


def test_partial_settlement_explains_the_arithmetic(chat: Chat) -> None:
    chat.say("they only offered me $16,000 for $50,000 of jewellery that was stolen, nothing was specified")
    said = finish_with_region(chat, "we're in Wellington")
    slots = chat.slots()
    assert slots["decline_reason"] == "claim_limit"
    assert (slots["claimed_amount"], slots["offered_amount"]) == (50000, 16000)
    assert "NZ$34,000 less" in said and "IFSO" in said


def test_ambiguous_story_gets_a_clarifying_question(chat: Chat) -> None:
    reply = chat.say(HELDOUT["ambiguous"][0])
    assert chat.slots()["requested_slot"] == "decline_reason"
    assert any(
        b["payload"].startswith('/inform{"decline_reason"') for m in reply for b in m.get("buttons", [])
    )
    chat.say('/inform{"decline_reason": "wear_and_tear"}')
    said = finish_with_region(chat, "United States")
    assert chat.slots()["decline_reason"] == "wear_and_tear"
    assert "state insurance department" in said


def test_a_settlement_story_gets_the_arithmetic_and_the_complaint_route(chat: Chat) -> None:
    reply = chat.said("Burglars took about $50,000 of jewellery and the insurer only offered $16,000. Why?")
    if chat.slots()["requested_slot"] == "region":
        reply = chat.said("the US")
    slots = chat.slots()
    assert slots["decline_reason"] == "claim_limit"
    assert (slots["claimed_amount"], slots["offered_amount"]) == (50000, 16000)
    assert "$34,000" in reply  # what the limit left unpaid
    assert "state insurance department" in reply


def test_won_t_pay_anything_for_a_vanished_ring_is_a_decline_not_an_faq(chat: Chat) -> None:
    reply = chat.said("my ring just vanished and my homeowners policy won't pay anything")
    if chat.slots()["requested_slot"] == "region":
        reply = chat.said("United States")
    assert chat.slots()["decline_reason"] == "named_perils_no_disappearance"
    assert "state insurance department" in reply
