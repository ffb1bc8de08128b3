"""Which sentences of a message ask something: a question word without its question mark
at the end of the message is a question when only a question puts its next word there."""

from __future__ import annotations

import pytest

from bot.language.questions_in_answers import questions_asked, without_questions


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "It's worth about 5k and I'm scared to lose it. What kind of coverage do people usually get",
            "What kind of coverage do people usually get",
        ),
        ("yes I wear it daily. how much would that cost a year", "how much would that cost a year"),
        ("contents with AMI. what about when we go to Aussie", "what about when we go to Aussie"),
        ("nah. why does that matter", "why does that matter"),
        ("$4,200 on the valuation. how often should it be updated", "how often should it be updated"),
        (
            "it's a lifestyle block out of Matamata. which option would you pick",
            "which option would you pick",
        ),
        ("no receipt sorry. what happens if I can't find it", "what happens if I can't find it"),
        ("homeowners with Allstate. who do I call to add it", "who do I call to add it"),
        ("we're in Brooklyn. when should I get it appraised", "when should I get it appraised"),
        ("oh and how long does a claim usually take", "oh and how long does a claim usually take"),
    ],
)
def test_a_question_word_without_its_mark_ends_the_message_as_a_question(text: str, question: str) -> None:
    assert questions_asked(text) == [question]
    assert question not in without_questions(text)


@pytest.mark.parametrize(
    "text",
    [
        "where we live is pretty quiet",
        "what I have is a contents policy",
        "the suburbs, which is nice",
        "downtown, which are the worst for break-ins",
        "how I lost it I honestly don't know",
        "when we moved it was in a box",
        "who took it we don't know",
        "I know what kind of cover I want",
        "it's a ring. the one I wear every day",
    ],
)
def test_a_clause_that_states_is_no_question(text: str) -> None:
    assert questions_asked(text) == []
