"""Decline explanations over HTTP with the trained model.

Each reason is told as a free-form story from the held-out set (never trained on),
so these conversations also check that the model generalises.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.e2e.conftest import Chat

pytestmark = pytest.mark.e2e

HELDOUT = yaml.safe_load((Path(__file__).parents[1] / "nlu" / "decline_heldout.yml").read_text())
STORIES = [(code, stories[0]) for code, stories in HELDOUT["reasons"].items()]


def finish_with_region(chat: Chat, region_answer: str) -> str:
    """Answer the region question if it is asked; return everything said since."""
    said = "\n".join(m.get("text", "") for m in chat.replies[-1])
    if chat.slots()["requested_slot"] == "region":
        said += "\n" + chat.said(region_answer)
    return said


@pytest.mark.parametrize(("code", "story"), STORIES, ids=[code for code, _ in STORIES])
def test_each_reason_from_a_free_form_story(chat: Chat, code: str, story: str) -> None:
    chat.say(story)
    said = finish_with_region(chat, "New Zealand")
    slots = chat.slots()
    assert slots["decline_reason"] == code
    assert slots["region"] == "NZ"
    assert "IFSO" in said  # the complaint route is named
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
    assert any(b["payload"].startswith('/inform{"decline_reason"') for m in reply for b in m.get("buttons", []))
    chat.say('/inform{"decline_reason": "wear_and_tear"}')
    said = finish_with_region(chat, "United States")
    assert chat.slots()["decline_reason"] == "wear_and_tear"
    assert "state insurance department" in said
