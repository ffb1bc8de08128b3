"""An answer with a question of the person's own: the answer is read from the words
that state it and kept; the form is told the message also asked something."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.language.answers import FormReading, UserMessage, answer_before_own_question, read_beside_a_question
from bot.language.claim.answers import read_claim_answers
from tests.language.readers import advice, entities

TODAY = date(2026, 11, 29)


def guide(text: str, slot: str, intent: str = "faq") -> tuple[FormReading, bool]:
    def read(said: UserMessage) -> FormReading:
        return advice(said.text, slot, intent=said.intent or "inform")

    message = UserMessage(text, intent, entities(text))
    return read_beside_a_question(read, message, slot, read(message))


def intake(
    text: str, slot: str, intent: str = "faq", known: dict[str, Any] | None = None
) -> tuple[FormReading, bool]:
    def read(said: UserMessage) -> FormReading:
        return read_claim_answers(said, slot, {"region": "US", **(known or {})}, TODAY)

    message = UserMessage(text, intent, entities(text))
    return read_beside_a_question(read, message, slot, read(message))


@pytest.mark.parametrize(
    ("text", "slot", "value"),
    [
        ("nothing yet - should I get it scheduled?", "current_coverage", "none"),
        ("nothing at the moment, is that silly?", "current_coverage", "none"),
        ("just our contents with Tower. would that cover it overseas?", "current_coverage", "homeowners"),
        ("about 1500, is that too low to bother?", "item_value", 1500),
        ("$3,200 on the valuation - does it need to be recent?", "item_value", 3200),
        ("yes every day, is that a problem?", "wears_daily", True),
        ("nah, why does that matter?", "travels_often", False),
        ("a bracelet, does that count?", "item_type", "bracelet"),
    ],
)
def test_the_guides_answer_is_kept_beside_the_question(text: str, slot: str, value: Any) -> None:
    reading, asks = guide(text, slot)
    assert reading.slots.get(slot) == value
    assert asks


@pytest.mark.parametrize(
    ("text", "slot", "value"),
    [
        ("no it wasn't - is that going to be a problem?", "was_specified", False),
        ("yes - does that cover it going missing?", "has_care_plan", True),
        ("$950, is that even worth claiming with a $500 deductible?", "item_value", 950),
    ],
)
def test_the_intakes_answer_is_kept_beside_the_question(text: str, slot: str, value: Any) -> None:
    reading, asks = intake(text, slot, known={"claim_type": "lost", "item_type": "ring"})
    assert reading.slots.get(slot) == value
    assert asks


@pytest.mark.parametrize(
    "text",
    [
        "what's the difference between blanket and scheduled?",  # only a question
        "should I get it scheduled?",
        "is renters enough for a ring like this?",
        "does it matter if it's on my homeowners?",
    ],
)
def test_a_question_alone_gives_no_answer(text: str) -> None:
    reading, asks = guide(text, "current_coverage")
    assert "current_coverage" not in reading.slots
    assert not asks
    assert answer_before_own_question(UserMessage(text, "faq")) is None


def test_an_answer_without_a_question_asks_nothing() -> None:
    reading, asks = guide("homeowners with State Farm", "current_coverage", intent="inform")
    assert reading.slots["current_coverage"] == "homeowners"
    assert not asks


def test_a_hyphen_inside_a_word_does_not_start_a_question() -> None:
    assert answer_before_own_question(UserMessage("my check-in bag, is it covered?", "faq")) is not None
    assert answer_before_own_question(UserMessage("the check-in desk at the airport", "inform")) is None


@pytest.mark.parametrize(
    "text",
    [
        "What exactly counts as proof of ownership? I inherited it, so I never had a receipt.",
        "do you need the original receipt? it was my nana's, no idea where she got it",
    ],
)
def test_a_question_first_then_a_story_is_not_an_answer_beside_it(text: str) -> None:
    assert answer_before_own_question(UserMessage(text, "faq")) is None
    reading, _ = intake(text, "proof_documents", known={"claim_type": "lost", "item_type": "ring"})
    assert "proof_documents" not in reading.slots


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("we bought the extended warranty, is that the same thing?", "has_care_plan"),
        ("the store gave me a cleaning plan, does that count as a care plan?", "has_care_plan"),
        ("the pearl's come off but the necklace is here, so which one would that be?", "claim_type"),
        ("someone might have picked it up off the bench, what would that count as?", "claim_type"),
    ],
)
def test_a_question_whether_it_is_the_answer_leaves_it_open(text: str, slot: str) -> None:
    reading, _ = intake(text, slot, known={"claim_type": "lost", "item_type": "ring"})
    assert reading.slots.get(slot) is None or reading.notes


def test_a_question_of_the_assistants_word_keeps_the_answer() -> None:
    text = "yes, it has its own line on the policy - is that what you mean by listed?"
    reading, asks = intake(text, "was_specified", known={"claim_type": "lost", "item_type": "ring"})
    assert reading.slots.get("was_specified") is True
    assert asks


def test_at_the_listing_question_a_rider_described_is_the_listing() -> None:
    text = "it has its own rider on the homeowners, is that the same thing?"
    reading, _ = intake(text, "was_specified", known={"claim_type": "theft", "item_type": "ring"})
    assert reading.slots.get("was_specified") is True


def test_a_message_that_is_no_answer_is_left_as_read() -> None:
    reading, asks = guide("nothing yet - can I talk to a person?", "current_coverage", intent="human_handoff")
    assert "current_coverage" not in reading.slots
    assert not asks


# The questions that read an answer beside a question whole (answers.BESIDE_A_QUESTION):
# the form is told nothing was asked, and the reading is the message's own.
@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("yes, can I add photos later?", "claim_confirmed"),
        ("all good - when will I hear back?", "claim_confirmed"),
        ("the valuation is from 2018, is that too old?", "proof_documents"),
        ("just the receipt, do you need the original?", "proof_documents"),
    ],
)
def test_the_summary_and_the_proof_question_read_it_whole(text: str, slot: str) -> None:
    known = {"claim_type": "lost", "item_type": "ring"}
    whole = read_claim_answers(
        UserMessage(text, "faq", entities(text)), slot, {"region": "US", **known}, TODAY
    )
    reading, asks = intake(text, slot, known=known)
    assert reading == whole
    assert not asks
