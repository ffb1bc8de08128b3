"""An answer, then a question in a statement's words in a sentence of its own ("It was on
the schedule, yeah. deductible is zero for scheduled stuff I think?"): the answer is read
from the sentences that state it, as beside any other question of the person's own."""

from __future__ import annotations

from typing import Any

import pytest

from bot.language.answers import UserMessage, answer_before_own_question
from tests.language.test_answer_beside_a_question import guide, intake


@pytest.mark.parametrize(
    ("text", "slot", "value"),
    [
        ("the manufacturer warranty, 2 years. thats insurance right?", "current_coverage", "none"),
        ("contents with AMI. that covers it overseas too I assume?", "current_coverage", "homeowners"),
        ("homeowners with Geico. the limit's like 1500 for jewelry?", "current_coverage", "homeowners"),
        ("about 4k. that's too low to bother I guess?", "item_value", 4000),
    ],
)
def test_the_guides_answer_is_read_before_the_question(text: str, slot: str, value: Any) -> None:
    reading, _ = guide(text, slot)
    assert reading.slots.get(slot) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It was on the schedule, yeah. deductible is zero for scheduled stuff I think?", True),
        ("yes, specified with State. the excess is nothing for that right?", True),
        ("No it wasn't. that's going to be a problem huh?", False),
    ],
)
def test_the_listing_is_read_before_the_question(text: str, value: bool) -> None:
    reading, _ = intake(text, "was_specified", known={"claim_type": "lost", "item_type": "ring"})
    assert reading.slots.get("was_specified") is value


@pytest.mark.parametrize(
    "text",
    [
        "thats insurance right?",  # nothing stated before it
        "the warranty counts as insurance right?",  # one sentence, asked whole
        "is a warranty insurance? I have one",  # a question first
    ],
)
def test_no_statement_before_the_question_reads_nothing_apart(text: str) -> None:
    assert answer_before_own_question(UserMessage(text, "faq", ())) is None
