"""No loops, ever: every question of every form, answered with something unusable.

For each question, a fresh conversation answers everything before it well, then
answers that question with "hmm" until the assistant moves on. The question may be
asked at most twice in a row, and the flow must still end (advice given, claim
stored, explanation given, or handed to a person).
"""

from __future__ import annotations

import pytest

from tests.e2e.conftest import Chat

pytestmark = pytest.mark.e2e

UNUSABLE = "hmm"
GOOD = {
    "item_type": "a ring",
    "item_value": "$4,000",
    "travels_often": "no",
    "wears_daily": "yes",
    "area_type": "the suburbs",
    "current_coverage": "homeowners insurance",
    "claim_type": "it was stolen",
    "loss_date": "last Friday",
    "loss_description": "it was taken from my bag at a cafe",
    "has_care_plan": "no",
    "purchase_date": "two months ago",
    "was_specified": "no",
    "police_report_number": "2611-4471",
    "last_seen": "on my dresser on Sunday night",
    "search_done": "the whole house and the car",
    "proof_documents": "the receipt",
    "claimant_name": "Ana Ruiz",
    "claimant_email": "ana@example.com",
    "claimant_phone": "+64 21 555 0199",
    "claim_confirmed": "yes",
    "decline_reason": "they said the claws were worn",
    "region": "New Zealand",
    "status_reference": "JC-7F3K9Q",
    "status_email": "ana@example.com",
}
FLOWS = {
    "advice": ("How should I insure my jewelry?", GOOD),
    "theft": ("I need to make a claim", {**GOOD, "claim_type": "it was stolen"}),
    "lost": ("I need to make a claim", {**GOOD, "claim_type": "I lost it"}),
    "damage": ("I need to make a claim", {**GOOD, "claim_type": "it got damaged"}),
    "decline": ("my claim was declined", GOOD),
    "status": ("what's the status of my claim?", GOOD),
}
QUESTIONS = {
    "advice": ["item_type", "item_value", "travels_often", "wears_daily", "area_type", "current_coverage"],
    "theft": [
        "claim_type", "item_type", "item_value", "loss_date", "loss_description", "was_specified",
        "police_report_number", "proof_documents", "claimant_name", "claimant_email", "claimant_phone",
        "claim_confirmed",
    ],
    "lost": ["last_seen", "search_done"],
    "damage": ["has_care_plan"],
    "decline": ["decline_reason", "item_type", "region"],
    "status": ["status_reference", "status_email"],
}  # fmt: skip
MAX_TURNS = 30


def ended(chat: Chat) -> bool:
    tracker = chat.tracker()
    slots = tracker["slots"]
    return not (tracker.get("active_loop") or {}).get("name") and bool(
        slots.get("coverage_recommendation")
        or slots.get("claim_reference")
        or slots.get("handoff_requested")
        or slots.get("decline_reason")
        or any(e.get("name") == "action_claim_status" for e in tracker["events"])
    )


@pytest.mark.parametrize(("flow", "question"), [(f, q) for f, qs in QUESTIONS.items() for q in qs])
def test_an_unusable_answer_never_loops(chat: Chat, flow: str, question: str) -> None:
    opening, answers = FLOWS[flow]
    chat.say(opening)
    in_a_row, last = 0, None
    for _ in range(MAX_TURNS):
        if ended(chat):
            return
        asked = chat.slots().get("requested_slot")
        assert asked, f"stuck: nothing asked and the {flow} flow has not ended"
        in_a_row = in_a_row + 1 if asked == last else 1
        last = asked
        assert in_a_row <= 2, f"{asked} asked {in_a_row} times in a row"
        chat.say(UNUSABLE if asked == question else answers[asked])
    pytest.fail(f"the {flow} flow did not end in {MAX_TURNS} turns")
