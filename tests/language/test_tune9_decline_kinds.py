"""The decline reason read from the words that state it (session 14): an insurer's letter
quoted, or the person retelling it, in US and New Zealand phrasings written for the test.
The selector's guess is given as a low or a wrong one: the words decide."""

from __future__ import annotations

import pytest

from bot.language.answers import UserMessage
from bot.language.decline_answers import ReasonGuess, read_decline_answers, reason_stated
from bot.rules.declines import load_decline_knowledge

REASONS = set(load_decline_knowledge().reasons)
UNSURE = ReasonGuess("wear_and_tear", 0.3)


def reason(
    text: str, intent: str = "inform", guess: ReasonGuess = UNSURE, asked: str | None = "decline_reason"
) -> str | None:
    reading = read_decline_answers(UserMessage(text, intent, ()), asked, guess, REASONS, None)
    value = reading.slots.get("decline_reason")
    return str(value) if value is not None else None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("'the insured failed to take reasonable precautions to prevent the loss'", "reasonable_care"),
        ("'you did not take all reasonable steps to protect the property'", "reasonable_care"),
        (
            "apparently I didnt look after it properly, left it unattended in the changing room",
            "reasonable_care",
        ),
        ("'cover for this item commenced after the loss occurred'", "specified_after_loss"),
        (
            "the endorsement only came into force on the 3rd and the ring went missing on the 1st",
            "specified_after_loss",
        ),
        ("apparently misplacing it doesn't count, only named perils", "named_perils_no_disappearance"),
        ("Tower said unexplained disappearance isn't something they cover", "named_perils_no_disappearance"),
        ("'we are unable to verify ownership of the item claimed'", "proof_of_ownership"),
        ("they want the original receipt and I don't have it", "proof_of_ownership"),
        ("'the maximum payable for unspecified jewellery is $1,000 per item'", "claim_limit"),
        (
            "the protection plan people said it's repairs only, they won't replace a lost ring",
            "care_plan_no_loss_theft",
        ),
        ("the assessor said it's a manufacturing defect, go back to the brand", "manufacturer_defect"),
        ("'deterioration over time is not covered'", "wear_and_tear"),
        ("it wasn't on my wrist or in the room safe, so they said no", "storage_condition"),
        ("'theft by a person invited into the home is excluded'", "invited_guest_theft"),
    ],
)
def test_the_reason_the_words_state(text: str, code: str) -> None:
    assert reason(text) == code
    assert reason(text, intent="faq") == code  # a letter quoted, filed as a question


def test_the_words_win_over_a_pick_they_do_not_name() -> None:
    text = "'the insured did not take reasonable care of the property'. I left it on the bench at the pool"
    assert reason(text, intent="decline", guess=ReasonGuess("invited_guest_theft", 0.75)) == "reasonable_care"


def test_a_near_sure_pick_stands_over_a_story_word() -> None:
    # "after 5 months of normal wear" is the person's story, not the insurer's reason.
    text = "it cracked after months of wear, and they said the casting had a flaw when it was made"
    assert (
        reason(text, intent="decline", guess=ReasonGuess("manufacturer_defect", 0.95))
        == "manufacturer_defect"
    )


@pytest.mark.parametrize(
    "text",
    [
        "they didnt say why",
        "it was a long letter, I didn't understand it",
        "they gave some excuse",
        "the adjuster was rude and hung up",
        "something about the policy wording",
    ],
)
def test_no_reason_stated_reads_none(text: str) -> None:
    assert reason_stated(text, REASONS) is None
    assert reason(text) is None


def test_a_question_about_a_reason_is_no_answer() -> None:
    assert reason("what does reasonable care even mean?", intent="faq") is None
