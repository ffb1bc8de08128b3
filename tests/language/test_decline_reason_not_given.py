"""A refusal whose reason the person cannot say (session 15): read from the words, never
taken from a selector's pick that no word states. New US and NZ phrasings, with replies
that do state or half state a reason, which must not be read as "not given"."""

from __future__ import annotations

import pytest

from bot.language.answers import UserMessage
from bot.language.decline_answers import ReasonGuess, read_decline_answers, tells_no_reason_was_given
from bot.rules.declines import load_decline_knowledge

REASONS = set(load_decline_knowledge().reasons)


@pytest.mark.parametrize(
    "text",
    [
        "they never actually said why, just a no",
        "Liberty Mutual didn't give me any reason",
        "the email from AA doesn't say why",
        "no explanation given, the assessor just rang and said declined",
        "honestly they wouldn't tell us, the lady on the phone just said it wasn't covered",
        "the letter only says the claim is declined under the terms and conditions of your policy",
        "they just said we're not eligible",
        "I was so upset I can't recall what she said",
        "don't know why, they never explained",
        "no clue what their reason was mate, Tower just said nope",
        "i dont remember the reason sorry",
        "they didnt explain, just that it was declined",
    ],
)
def test_no_reason_is_read(text: str) -> None:
    assert tells_no_reason_was_given(text, REASONS)


@pytest.mark.parametrize(
    "text",
    [
        "they said the prongs had worn down over time",
        "didn't say much, something about it not being in the safe",
        "no reason given but I think it was because I had people over",
        "they didn't say it was my fault",
        "there's no reason for them to refuse, it was scheduled",
        "I didn't tell them about the party",
        "they won't pay",
        # Wanting it explained is not saying none was given (the story may tell it).
        "my insurer denied the claim for the stone that fell out and I don't understand why",
        "they refused and I don't know why they would",
        "State Farm says it was never on the schedule",
    ],
)
def test_a_reason_told_or_half_told_is_not_read_as_none(text: str) -> None:
    assert not tells_no_reason_was_given(text, REASONS)


def read(text: str, slot: str | None, guess: ReasonGuess, intent: str = "inform") -> dict[str, object]:
    message = UserMessage(text, intent)
    return read_decline_answers(message, slot, guess, REASONS, "USD", not_given="not_given").slots


def test_the_answer_that_none_was_given_is_stored_whatever_the_selector_thinks() -> None:
    slots = read(
        "they never said why, the letter just says declined",
        "decline_reason",
        ReasonGuess("wear_and_tear", 0.93),
    )
    assert slots["decline_reason"] == "not_given"


def test_a_story_opening_with_no_reason_is_not_given_a_guessed_one() -> None:
    story = "Lemonade denied my claim for my watch and never told me why"
    slots = read(story, None, ReasonGuess("manufacturer_defect", 0.88), intent="decline")
    assert slots["decline_reason"] == "not_given"


def test_a_reply_classified_elsewhere_still_counts_when_it_says_none_was_given() -> None:
    slots = read("they wouldn't explain", "decline_reason", ReasonGuess(None, 0.0), intent="faq")
    assert slots["decline_reason"] == "not_given"


def test_the_button_is_read() -> None:
    message = UserMessage("/inform", "inform", ({"entity": "decline_reason", "value": "not_given"},))
    reading = read_decline_answers(
        message, "decline_reason", ReasonGuess(None, 0), REASONS, None, not_given="not_given"
    )
    assert reading.slots["decline_reason"] == "not_given"


def test_a_stated_reason_wins() -> None:
    slots = read(
        "didn't say much, only that the claws were worn", "decline_reason", ReasonGuess("wear_and_tear", 0.97)
    )
    assert slots["decline_reason"] == "wear_and_tear"


def test_a_question_is_no_answer() -> None:
    slots = read("why wouldn't they give a reason?", "decline_reason", ReasonGuess(None, 0.0), intent="faq")
    assert "decline_reason" not in slots


def test_not_read_at_the_region_question() -> None:
    slots = read("they didn't say", "region", ReasonGuess(None, 0.0))
    assert slots.get("decline_reason") is None


@pytest.mark.parametrize(
    "story",
    [
        "AMI declined my claim on the phone and I honestly can't remember what they said, what are my options?",
        "my insurance denied my claim and never told me why. can they do that?",
    ],
)
def test_an_opening_filed_as_a_question_still_tells_no_reason_was_given(story: str) -> None:
    assert (
        read(story, None, ReasonGuess("proof_of_ownership", 0.7), intent="faq")["decline_reason"]
        == "not_given"
    )


@pytest.mark.parametrize(
    ("answer", "piece"),
    [
        ("I left my watch in the gym locker and it was taken", "watch"),
        ("it was my nana's pounamu pendant, it slipped off at the beach", "pendant"),
        ("the engagement ring, the one with the sapphire", "engagement_ring"),
    ],
)
def test_a_story_naming_the_piece_answers_which_piece_whatever_the_intent(answer: str, piece: str) -> None:
    assert read(answer, "item_type", ReasonGuess(None, 0.0), intent="faq")["item_type"] == piece


def test_a_question_naming_a_piece_is_no_answer_to_which_piece() -> None:
    slots = read("does it matter that it was a watch?", "item_type", ReasonGuess(None, 0.0), intent="faq")
    assert "item_type" not in slots
