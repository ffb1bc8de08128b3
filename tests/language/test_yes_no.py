"""Yes/no answers as people give them, in the guide and in the claim intake."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.language.answers import UserMessage, read_advice_answers
from bot.language.claim.answers import read_claim_answers
from bot.language.facts import read_message
from bot.language.yes_no import read_yes_no
from bot.rules.knowledge import load_coverage_facts


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("no, just for nights out", "no"),
        ("no, I rotate them", "no"),
        ("nah mate, it lives in the drawer", "no"),
        ("Nope.", "no"),
        ("not really", "no"),
        ("not realy", "no"),
        ("never, it stays home", "no"),
        ("hardly ever", "no"),
        ("it wasnt", "no"),
        ("yeah most days", "yes"),
        ("yep every day", "yes"),
        ("Yes!", "yes"),
        ("ya", "yes"),
        ("sure do", "yes"),
        ("pretty much always", "yes"),
        ("I think so", "yes"),
        ("sometimes for work", "between"),
        ("only on holidays", "between"),
        ("just for weddings and parties", "between"),
        ("yes, but only on weekends", "between"),
        ("yeah now and then", "between"),
        ("kinda", "between"),
        ("depends on the trip", "between"),
        ("not sure", "unknown"),
        ("no idea tbh", "unknown"),
        ("I dunno", "unknown"),
        ("can't remember", "unknown"),
    ],
)
def test_what_the_words_say(text: str, answer: str) -> None:
    reading = read_yes_no(text)
    assert reading is not None and reading.answer == answer


@pytest.mark.parametrize("text", ["hmm", "banana", "the blue one", ""])
def test_no_answer_at_all(text: str) -> None:
    assert read_yes_no(text) is None


def advice(text: str, requested: str, intent: str = "inform", known: dict[str, Any] | None = None) -> Any:
    return read_advice_answers(UserMessage(text, intent), requested, known or {}, load_coverage_facts())


@pytest.mark.parametrize(
    ("text", "intent", "requested", "value"),
    [
        ("no, just for nights out", "deny", "wears_daily", False),
        ("no, I rotate them", "inform", "wears_daily", False),
        # A long answer with its reason, classified as anything, still answers.
        ("no, I rotate between three rings depending on the outfit", "faq", "wears_daily", False),
        ("yeah most days tbh", "affirm", "wears_daily", True),
        ("not really, we mostly stay put", "deny", "travels_often", False),
        ("yes, we go to Fiji every winter", "affirm", "travels_often", True),
    ],
)
def test_the_guide_takes_a_yes_or_no_with_its_reason(
    text: str, intent: str, requested: str, value: bool
) -> None:
    reading = advice(text, requested, intent)
    assert reading.slots[requested] is value
    assert reading.problem is None
    assert "assumed_answers" not in reading.slots


@pytest.mark.parametrize(
    ("text", "requested", "value"),
    [
        ("sometimes for work", "travels_often", True),
        # "only on holidays" to "a few times a year or more?": a narrow yes, not often.
        ("only on holidays", "travels_often", False),
        ("just the odd holiday", "travels_often", False),
        ("sometimes", "wears_daily", False),
        ("just for special dinners", "wears_daily", False),
        ("not sure", "wears_daily", True),
        ("no idea", "travels_often", True),
    ],
)
def test_in_between_or_unknown_is_a_stated_assumption(text: str, requested: str, value: bool) -> None:
    reading = advice(text, requested, "inform", {"assumed_answers": ["area_type"]})
    assert reading.slots[requested] is value
    assert reading.slots["assumed_answers"] == sorted(["area_type", requested])
    assert reading.notes and reading.problem is None


def test_a_question_is_still_not_an_answer() -> None:
    reading = advice("no wait, what does a blanket endorsement cover?", "wears_daily", "faq")
    assert reading.slots == {} and reading.problem is None


TODAY = date(2026, 11, 25)


def claim(text: str, requested: str, intent: str = "inform", known: dict[str, Any] | None = None) -> Any:
    return read_claim_answers(
        UserMessage(text, intent), requested, {"claim_type": "theft", **(known or {})}, TODAY
    )


@pytest.mark.parametrize(
    ("text", "intent", "value"),
    [
        ("no, I never got round to listing it", "deny", False),
        ("nah it was just under the general contents", "inform", False),
        ("yes it's on the schedule", "affirm", True),
        ("yep, it had its own line on the policy", "inform", True),
        ("we added it to the policy in 2022", "inform", True),
    ],
)
def test_was_it_listed(text: str, intent: str, value: bool) -> None:
    assert claim(text, "was_specified", intent).slots["was_specified"] is value


@pytest.mark.parametrize("text", ["not sure", "no idea, my husband sorted the insurance", "I can't remember"])
def test_not_knowing_if_it_was_listed_is_assumed_not_listed_and_said(text: str) -> None:
    reading = claim(text, "was_specified", "dont_know")
    assert reading.slots["was_specified"] is False
    assert reading.slots["assumed_answers"] == ["was_specified"]
    assert any("not listed" in note for note in reading.notes)


def test_not_knowing_about_a_care_plan_is_assumed_none() -> None:
    reading = claim("hmm not sure tbh", "has_care_plan", "dont_know", {"claim_type": "damage"})
    assert reading.slots["has_care_plan"] is False
    assert "has_care_plan" in reading.slots["assumed_answers"]


@pytest.mark.parametrize("text", ["ok", "right, let me think"])
def test_an_acknowledgement_is_no_yes(text: str) -> None:
    assert read_yes_no(text) is None


# Habits and hedges answered to the guide's yes/no questions, in wordings of our own.
@pytest.mark.parametrize(
    ("text", "intent", "requested", "value"),
    [
        # An exception, then the answer for the rest of the time.
        ("not at the gym, but otherwise yep", "inform", "wears_daily", True),
        ("off for swimming, apart from that always", "inform", "wears_daily", True),
        ("only to weddings, other than that no", "inform", "travels_often", False),
        # Worn so much it never comes off.
        ("I hardly ever take it off", "inform", "wears_daily", True),
        ("she never takes them off", "inform", "wears_daily", True),
        # Never removed, no day off, off only rarely (kept-aside codes: worn read as not).
        ("never remove it", "nlu_fallback", "wears_daily", True),
        ("no way I'd take it off", "nlu_fallback", "wears_daily", True),
        ("rarely off my hand", "nlu_fallback", "wears_daily", True),
        ("no days off for this ring haha", "nlu_fallback", "wears_daily", True),
        ("wear it more days than not", "inform", "wears_daily", True),
        ("no days off work so I never get to wear it", "inform", "wears_daily", False),
        ("rarely, it's off my hand most days", "inform", "wears_daily", False),
        ("no, I remove it for work", "inform", "wears_daily", False),
        # A habit word inside a no is not a yes.
        ("probably not, too fancy for every day wear", "inform", "wears_daily", False),
        ("hasn't been worn since the wedding", "inform", "wears_daily", False),
        ("we haven't been overseas in years", "inform", "travels_often", False),
        ("I haven't flown anywhere since 2019", "inform", "travels_often", False),
        # How often, said as a count.
        ("once or twice a month", "inform", "wears_daily", False),
        ("maybe three times a week", "inform", "wears_daily", False),
        ("6 days a week, not sundays", "inform", "wears_daily", True),
        ("up to the lake house most weekends", "inform", "travels_often", True),
        # The owner travels, the piece doesn't.
        ("we're away heaps but I leave all my nice pieces at home", "inform", "travels_often", False),
    ],
)
def test_habits_answered_with_an_exception_a_count_or_a_negation(
    text: str, intent: str, requested: str, value: bool
) -> None:
    assert advice(text, requested, intent).slots[requested] is value


@pytest.mark.parametrize(
    ("text", "intent", "requested"),
    [
        ("I suppose?", "affirm", "travels_often"),
        ("maybe, hard to know", "inform", "travels_often"),
        ("it depends where we go", "inform", "travels_often"),
        ("evenings mostly", "inform", "wears_daily"),
        ("we haven't decided that yet", "dont_know", "wears_daily"),
    ],
)
def test_a_shrug_or_a_narrow_habit_is_said_back(text: str, intent: str, requested: str) -> None:
    reading = advice(text, requested, intent)
    assert requested in reading.slots
    assert requested in reading.slots["assumed_answers"] and reading.notes


@pytest.mark.parametrize("text", ["don't think so", "nah", "I don't believe so", "no"])
def test_a_no_to_the_cover_question_is_no_cover(text: str) -> None:
    assert advice(text, "current_coverage").slots["current_coverage"] == "none"


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("the bracelet and a pair of studs to match", None),
        ("my watch plus her engagement ring", None),
        ("a necklace, not a ring", "necklace"),
        ("a ring", "ring"),
    ],
)
def test_several_pieces_to_the_which_piece_question_asks_for_one(text: str, stored: str | None) -> None:
    entities = tuple(
        {"entity": m.entity, "value": m.value, "start": m.start, "end": m.end} for m in read_message(text)
    )
    reading = read_advice_answers(
        UserMessage(text, "inform", entities), "item_type", {}, load_coverage_facts()
    )
    assert reading.slots.get("item_type") == stored
    assert (reading.problem is not None) is (stored is None)


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        ("just home to see my folks at christmas", "travels_often"),
        ("only back home for thanksgiving", "travels_often"),
        ("just the one trip, to Sydney", "travels_often"),
    ],
)
def test_a_narrow_trip_is_not_often(text: str, requested: str) -> None:
    assert advice(text, requested).slots[requested] is False


@pytest.mark.parametrize(
    "text",
    [
        "a blanket floater for $6,000 on the house policy",
        "there's a rider of $3,500 on our renters",
        "a blanket endorsement capped at $2,500",
    ],
)
def test_a_covers_amount_is_not_the_pieces_value(text: str) -> None:
    entities = tuple(
        {"entity": m.entity, "value": m.value, "start": m.start, "end": m.end} for m in read_message(text)
    )
    reading = read_advice_answers(
        UserMessage(text, "inform", entities),
        "current_coverage",
        {"item_value": 4200.0},
        load_coverage_facts(),
    )
    assert "item_value" not in reading.slots and reading.slots.get("current_coverage")


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # The answer after what it follows from.
        ("in that case yes", "yes"),
        ("in which case no", "no"),
        ("ok then, yes", "yes"),
        ("alright then no", "no"),
        ("if so, yes", "yes"),
        # An idiom's "no" is no answer.
        ("yes, no worries", "yes"),
        ("yep every day, no dramas", "yes"),
        ("no worries, no I don't", "no"),
    ],
)
def test_answers_after_a_lead_in_or_beside_an_idiom(text: str, answer: str) -> None:
    said = read_yes_no(text, "inform")
    assert said is not None and said.answer == answer


def test_an_idiom_alone_is_no_answer() -> None:
    assert read_yes_no("no worries", "inform") is None
    assert read_yes_no("not a problem!", "inform") is None


@pytest.mark.parametrize(
    "text",
    ["probably a couple of times a year", "yeah once or twice a year", "maybe twice a month"],
)
def test_a_count_with_a_hedge_is_in_between_not_a_plain_yes(text: str) -> None:
    said = read_yes_no(text, "inform")
    assert said is not None and said.answer == "between"


@pytest.mark.parametrize("text", ["probably", "yes, a lot", "yeah we travel heaps"])
def test_a_yes_without_a_count_stays_a_yes(text: str) -> None:
    said = read_yes_no(text, "inform")
    assert said is not None and said.answer == "yes"
