"""What is said about a refusal whose reason is not known: how to get the reason, which
reasons can apply, the offer's arithmetic, and the complaint route; never one reason as
if it were theirs."""

from __future__ import annotations

from bot.rules.declines import explain_unstated_decline, load_decline_knowledge
from bot.wording.declines import unstated_reason_messages

KNOWLEDGE = load_decline_knowledge()


def test_says_to_get_the_reason_and_gives_the_route() -> None:
    said = "\n".join(unstated_reason_messages(explain_unstated_decline("NZ", KNOWLEDGE, "lost"), "NZD"))
    assert "in writing" in said and "won't guess" in said
    assert "Ombudsman" in said
    assert "a lost piece" in said and "- Lost, not stolen" in said and "- Wear and tear" in said
    assert "The reason for your" not in said


def test_a_raised_risk_is_named_as_a_question_to_ask_them() -> None:
    explanation = explain_unstated_decline("US", KNOWLEDGE, "theft", raised=("invited_guest_theft",))
    said = "\n".join(unstated_reason_messages(explanation, "USD"))
    assert 'ask them first whether their reason is "theft by someone you let in"' in said
    assert "Other reasons insurers give for a theft" in said
    assert "state insurance department" in said


def test_an_offer_gets_its_arithmetic() -> None:
    explanation = explain_unstated_decline("US", KNOWLEDGE, claimed=7000, offered=2000)
    said = "\n".join(unstated_reason_messages(explanation, "USD"))
    assert "$5,000 less" in said
    assert "a jewelry claim" in said
