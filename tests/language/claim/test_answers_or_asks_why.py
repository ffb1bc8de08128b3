"""A message the classifier filed as a question during the intake: the step's reader,
reading it once, says whether it answers the question asked or asks why it is asked
(which the intake explains): either way the intake reads it, not the FAQ."""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import answers_or_asks_why
from tests.language.readers import entities

TODAY = date(2026, 11, 29)
KNOWN = {"claim_type": "lost", "item_type": "ring", "item_value": 1200.0, "region": "US"}


@pytest.mark.parametrize(
    ("text", "slot", "taken"),
    [
        # Why it is asked: explained by the question's reader.
        ("what do you mean searched?", "search_done", True),
        ("is that even necessary? it's clearly gone", "search_done", True),
        ("where would I even look, it was on the ferry to Waiheke", "search_done", True),
        ("does that matter?", "last_seen", True),
        # A statement that gives the answer.
        ("receipt and care plan brochure are both in my email", "proof_documents", True),
        ("I turned the whole house and the car upside down", "search_done", True),
        ("report number is 2026-0045123", "police_report_number", True),
        # Neither: an answer with a question (the form reads that beside it), or a
        # question of its own.
        ("about 1200, is that too low to claim?", "item_value", False),
        ("does my policy cover it if I lost it overseas?", "item_value", False),
        ("how long does a claim usually take?", "loss_date", False),
    ],
)
def test_answers_or_asks_why(text: str, slot: str, taken: bool) -> None:
    assert answers_or_asks_why(UserMessage(text, "faq", entities(text)), slot, KNOWN, TODAY) is taken
