"""Reading the reason, region and figures of a decline story."""

from __future__ import annotations

import pytest

from bot.language.answers import UserMessage
from bot.language.decline_answers import (
    ReasonGuess,
    read_decline_answers,
    reason_from_selector,
    reason_the_story_tells,
    tells_of_a_decline,
    tells_of_a_jewelry_decline,
    wants_the_decline_explained,
)
from bot.language.facts import region_from_text

REASONS = {"wear_and_tear", "claim_limit", "proof_of_ownership"}


def selector(key: str, confidence: float) -> dict[str, object]:
    return {"decline": {"response": {"intent_response_key": key, "confidence": confidence}}}


def test_selector_reason() -> None:
    assert reason_from_selector(selector("decline/wear_and_tear", 0.9)) == ReasonGuess("wear_and_tear", 0.9)
    assert reason_from_selector(None) == ReasonGuess(None, 0.0)


def test_confident_story_sets_the_reason() -> None:
    message = UserMessage("the claws were worn, they refused", "decline")
    reading = read_decline_answers(message, None, ReasonGuess("wear_and_tear", 0.93), REASONS, "USD")
    assert reading.slots == {"decline_reason": "wear_and_tear"}


def test_unsure_story_is_not_guessed() -> None:
    message = UserMessage("they refused my claim", "decline")
    reading = read_decline_answers(message, None, ReasonGuess("wear_and_tear", 0.31), REASONS, "USD")
    assert "decline_reason" not in reading.slots


def test_button_choice_wins() -> None:
    message = UserMessage("/inform", "inform", ({"entity": "decline_reason", "value": "claim_limit"},))
    reading = read_decline_answers(message, "decline_reason", ReasonGuess(None, 0), REASONS, None)
    assert reading.slots["decline_reason"] == "claim_limit"


def test_partial_settlement_figures_and_region() -> None:
    message = UserMessage("they only offered me NZ$16,000 for $50,000 of jewellery", "decline")
    reading = read_decline_answers(message, None, ReasonGuess("claim_limit", 0.8), REASONS, None)
    assert reading.slots["claimed_amount"] == 50000 and reading.slots["offered_amount"] == 16000
    assert reading.slots["region"] == "NZ"


def test_unusable_answer_to_the_region_question_is_explained() -> None:
    message = UserMessage("hmm", "inform")
    reading = read_decline_answers(message, "region", ReasonGuess(None, 0), REASONS, None)
    assert reading.problem and "New Zealand" in reading.problem


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("I'm in Auckland", "NZ"),
        ("New Zealand", "NZ"),
        ("can I go to the IFSO?", "NZ"),
        ("the US", None),  # too short to be sure: "us" is also a pronoun
        ("United States", "US"),
        ("my homeowners insurer in Texas", "US"),
        ("no idea", None),
    ],
)
def test_region_from_text(text: str, region: str | None) -> None:
    assert region_from_text(text) == region


@pytest.mark.parametrize("answer", ["the US", "US", "the states", "usa"])
def test_short_us_answer_to_the_region_question(answer: str) -> None:
    reading = read_decline_answers(
        UserMessage(answer, "inform"), "region", ReasonGuess(None, 0), REASONS, None
    )
    assert reading.slots.get("region") == "US"


def test_us_as_a_pronoun_is_not_a_region() -> None:
    message = UserMessage("they told us the claws were worn", "decline")
    reading = read_decline_answers(message, None, ReasonGuess("wear_and_tear", 0.9), REASONS, None)
    assert "region" not in reading.slots


def test_short_answer_counts_even_when_filed_under_another_intent() -> None:
    message = UserMessage("New Zealand", "faq")
    reading = read_decline_answers(message, "region", ReasonGuess(None, 0), REASONS, None)
    assert reading.slots.get("region") == "NZ"


def test_a_question_is_never_a_short_answer() -> None:
    message = UserMessage("is IFSO free?", "faq")
    reading = read_decline_answers(message, "region", ReasonGuess(None, 0), REASONS, None)
    assert reading.slots == {}


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "the insurer only gave me $700 for my bangle worth $3,100 after it was nicked from the gym",
            {"item_type": "bracelet", "claim_type": "theft", "item_value": 3100.0},
        ),
        (
            "they refused to pay for my $2,400 pendant that went missing",
            {"item_type": "pendant", "claim_type": "lost", "item_value": 2400.0},
        ),
        ("claim declined, the clasp on my chain snapped", {"item_type": "necklace", "claim_type": "damage"}),
        ("the nanny took my watch and the insurer says no", {"item_type": "watch", "claim_type": "theft"}),
        # Nothing told of the piece or of what happened: nothing stored.
        ("they turned my claim down, is that fair", {}),
        # What the policy covers is no story of what happened.
        ("declined, they say the policy does not cover loss or theft of earrings", {"item_type": "earrings"}),
    ],
)
def test_a_decline_story_stores_the_piece_and_claim_type_it_states(
    text: str, facts: dict[str, object]
) -> None:
    reading = read_decline_answers(UserMessage(text, "decline"), None, ReasonGuess(None, 0), REASONS, None)
    told = {k: v for k, v in reading.slots.items() if k in {"item_type", "claim_type", "item_value"}}
    assert told == facts


def test_the_answer_to_which_piece_is_read() -> None:
    reading = read_decline_answers(
        UserMessage("a diamond tennis bracelet", "inform"), "item_type", ReasonGuess(None, 0), REASONS, None
    )
    assert reading.slots["item_type"] == "bracelet" and reading.problem is None


def test_no_piece_in_the_answer_is_no_problem_to_repeat() -> None:
    # The piece is asked once: an answer without one moves on, nothing is made up.
    reading = read_decline_answers(
        UserMessage("not sure really", "dont_know"), "item_type", ReasonGuess(None, 0), REASONS, None
    )
    assert "item_type" not in reading.slots and reading.problem is None


def test_what_the_insurer_said_is_not_the_claim_type() -> None:
    reading = read_decline_answers(
        UserMessage("the letter says the plan never covers theft or loss", "decline"),
        "decline_reason",
        ReasonGuess(None, 0),
        REASONS,
        None,
    )
    assert "claim_type" not in reading.slots


def test_an_engagement_ring_stays_one_when_the_story_says_ring() -> None:
    reading = read_decline_answers(
        UserMessage("they declined the ring claim", "decline"),
        None,
        ReasonGuess(None, 0),
        REASONS,
        None,
        "engagement_ring",
    )
    assert "item_type" not in reading.slots


@pytest.mark.parametrize(
    ("text", "decline"),
    [
        ("our home insurer refused my claim for the missing bracelet, said it wasn't a named peril", True),
        ("my contents claim got turned down last week", True),
        ("thieves took $12k of rings and the insurance company only paid out $4,000", True),
        ("the policy won't cover my snapped chain because of wear", True),
        ("can an insurer refuse a claim if I never had a valuation?", False),
        ("what would happen if they declined my claim?", False),
        ("my bracelet was stolen on the train", False),
        # The refusal told as the insurer's "no".
        ("the insurance company said no since it was never specified", True),
        ("Our adjuster told us no, something about unattended items", True),
        ("they said no cos the clasp was worn", True),
        ("insurer turned me down over the lost pendant", True),
        ("I asked if it was listed and they said no", False),
        ("would the insurer say no if it wasn't valued?", False),
    ],
)
def test_a_decision_on_ones_own_claim_is_a_decline_story(text: str, decline: bool) -> None:
    assert tells_of_a_decline(text) is decline


def test_a_decline_story_filed_as_a_question_still_gives_its_facts() -> None:
    message = UserMessage("my contents insurer denied my claim for a missing bangle", "faq")
    reading = read_decline_answers(message, None, ReasonGuess(None, 0), REASONS, "USD")
    assert reading.slots.get("item_type") == "bracelet" and reading.slots.get("claim_type") == "lost"


@pytest.mark.parametrize(
    ("text", "explain"),
    [
        ("the insurer knocked back my claim for the lost studs", True),
        ("they only paid out $900 on my $3,000 ring. how come?", True),
        ("my claim got denied, who can I take it to?", False),
    ],
)
def test_what_to_do_next_is_a_question_and_why_is_the_explanation(text: str, explain: bool) -> None:
    assert wants_the_decline_explained(text) is explain


@pytest.mark.parametrize(
    "text",
    ["our claim got rejected what do we do", "the insurer refused my claim, can i appeal it somewhere"],
)
def test_what_to_do_next_without_a_question_mark_is_still_a_question(text: str) -> None:
    assert not wants_the_decline_explained(text)


@pytest.mark.parametrize(
    ("text", "intent", "confidence", "stored"),
    [
        # The answer to the reason question, whichever intent it was filed under: a reason
        # the selector is sure of counts.
        ("worn out over the years, their valuer reckons", "faq", 0.98, True),
        ("no receipts so they wouldn't pay", "nlu_fallback", 0.97, True),
        ("the limit for jewellery that isn't listed", "inform", 0.99, True),
        # Unsure, or no reason told: nothing stored, the question is asked again.
        ("some clause about the small print", "inform", 0.9, False),
        ("it's a joke, I've paid them for years", "nlu_fallback", 0.6, False),
        ("no clue honestly", "dont_know", 0.99, False),
        ("do they mean the claws were worn?", "faq", 0.99, False),
    ],
)
def test_reason_answered_under_another_intent(
    text: str, intent: str, confidence: float, stored: bool
) -> None:
    message = UserMessage(text, intent)
    guess = ReasonGuess("wear_and_tear", confidence)
    reading = read_decline_answers(message, "decline_reason", guess, REASONS, None)
    assert ("decline_reason" in reading.slots) is stored


def test_a_reason_under_another_intent_is_read_only_at_the_reason_question() -> None:
    message = UserMessage("worn out over the years, their valuer reckons", "faq")
    reading = read_decline_answers(message, "region", ReasonGuess("wear_and_tear", 0.99), REASONS, None)
    assert "decline_reason" not in reading.slots


@pytest.mark.parametrize(
    ("text", "jewelry"),
    [
        ("claim denied. they said my house policy is named perils only and losing it doesn't count", True),
        ("claim rejected, apparently it had to be scheduled", True),
        ("my claim was turned down because I left it unattended at the pool", True),
        ("claim denied for the hail damage to my roof", False),
        ("my claim for physio got declined by southern cross", False),
        ("the insurer denied my claim for the stolen car", False),
    ],
)
def test_a_decline_for_a_reason_only_jewelry_has(text: str, jewelry: bool) -> None:
    assert tells_of_a_jewelry_decline(text) is jewelry


STORY_REASONS = {"reasonable_care", "invited_guest_theft", "storage_condition", "claim_limit"}


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A piece left in a public place, with no safe in the story: the care condition,
        # whatever lock it was behind.
        (
            "They won't pay because I left my ring in the gym locker. It was LOCKED. Somebody cut the padlock.",
            "reasonable_care",
        ),
        ("declined bc my watch was in a locker at the pool, a locked one!!", "reasonable_care"),
        (
            "State said no, I'd left my bracelet locked in the glovebox of the car overnight",
            "reasonable_care",
        ),
        (
            "they refused, the necklace was in my bag in the changing room at the gym, zipped and locked",
            "reasonable_care",
        ),
        # The safe-or-worn clause itself stays the storage condition.
        ("declined, it was in the hotel room but not in the safe", "storage_condition"),
        ("they said it had to be locked away or worn and I left it in the locker", "storage_condition"),
        ("refused because it wasn't in a lock box at the gym", "storage_condition"),
        # No public place: the selector's pick stands.
        ("they won't pay, something about it not being locked up at home", "storage_condition"),
    ],
)
def test_a_piece_left_in_a_public_place_behind_a_lock_is_the_care_condition(text: str, reason: str) -> None:
    assert reason_the_story_tells(text, "storage_condition", STORY_REASONS) == reason
