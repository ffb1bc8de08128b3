"""Whole advisor conversations with the trained model and the real action server."""

from __future__ import annotations

import json

import pytest

from scripts.stack import Stack
from tests.e2e.conftest import Chat

pytestmark = pytest.mark.e2e


def test_rich_first_message_asks_only_what_is_missing(chat: Chat) -> None:
    reply = chat.said("I just bought a $8,500 engagement ring, I fly abroad a few times a year")
    slots = chat.slots()
    assert slots["item_type"] == "engagement_ring"
    assert slots["item_value"] == 8500
    assert slots["travels_often"] is True
    assert slots["new_purchase"] is True
    assert slots["requested_slot"] == "wears_daily"
    assert "wear it most days" in reply

    assert "city, a suburb" in chat.said("yes")
    assert "What covers it today" in chat.said("I live in the city")
    advice = chat.said("just my homeowners insurance")

    slots = chat.slots()
    assert slots["coverage_recommendation"] == "scheduled"
    assert (slots["premium_low"], slots["premium_high"]) == (128, 255)  # 1.5%-3% urban
    assert slots["care_plan_suggested"] is True
    assert "$1,500" in advice and "$7,000" in advice  # the theft sublimit and what it leaves
    assert "never covers loss or theft" in advice
    assert chat.active_form() is None


@pytest.mark.parametrize(
    ("answer", "value", "currency"),
    [
        ("about five grand", 5000, "USD"),
        ("eight and a half thousand", 8500, "USD"),
        ("8.5k", 8500, "USD"),
        ("8500 dollars", 8500, "USD"),
        ("NZ$3,000", 3000, "NZD"),
    ],
)
def test_amounts_in_any_usual_form(chat: Chat, answer: str, value: float, currency: str) -> None:
    assert "replace" in chat.said("How would you protect my necklace?")
    chat.say(answer)
    slots = chat.slots()
    assert slots["item_value"] == value
    assert slots["currency"] == currency
    assert slots["requested_slot"] == "travels_often"


def test_unusable_amounts_get_a_clear_reask_then_advice_without_a_value_not_a_third_ask(chat: Chat) -> None:
    chat.say("how should I insure my bracelet?")
    assert "for example" in chat.said("a lot")
    went_on = chat.said("-200")  # a second miss: the value is left not known, said so
    assert "without a value" in went_on
    slots = chat.slots()
    assert slots["item_value"] is None and slots["item_type"] == "bracelet"  # nothing lost
    assert "item_value" in slots["assumed_answers"] and not slots.get("handoff_requested")
    assert slots["requested_slot"] == "travels_often"  # the guide goes on, never a third ask


def test_dont_know_gets_a_default_that_the_answer_states(chat: Chat) -> None:
    chat.say("I have a $3,000 watch I wear every day, how do I protect it?")
    chat.say("no, I don't travel with it")
    chat.say("not sure")
    advice = chat.said("no idea")
    slots = chat.slots()
    assert slots["area_type"] == "suburban"
    assert slots["current_coverage"] == "homeowners"
    assert "assumed a suburban area" in advice
    assert "assumed a standard home policy" in advice


def test_correction_mid_way_and_after_the_advice(chat: Chat) -> None:
    chat.say("what cover do I need for my $6,000 ring?")
    chat.say("no")  # travel
    note = chat.said("actually it was $7,000")
    assert "$7,000" in note and chat.slots()["item_value"] == 7000
    assert chat.slots()["requested_slot"] == "wears_daily"
    chat.say("no")
    chat.say("suburbs")
    chat.say("nothing, it's not insured")
    assert chat.slots()["coverage_recommendation"] == "standalone"

    redo = chat.said("sorry, I meant 4k")
    slots = chat.slots()
    assert slots["item_value"] == 4000
    assert slots["coverage_recommendation"] == "blanket"
    assert (slots["premium_low"], slots["premium_high"]) == (40, 80)
    assert "blanket" in redo


def test_collection_gets_a_split_plan(chat: Chat) -> None:
    chat.say("how should we insure a $12k ring, two $800 bracelets and a $3,000 watch?")
    chat.say("no")
    chat.say("no")
    chat.say("suburban")
    plan = chat.said("homeowners")
    slots = chat.slots()
    assert len(slots["collection"]) == 3
    assert slots["item_value"] == 12000
    assert (slots["premium_low"], slots["premium_high"]) == (150, 300)
    assert "schedule it" in plan and "self-insure it" in plan and "blanket" in plan


def test_question_mid_guide_is_answered_and_the_guide_resumes(chat: Chat) -> None:
    chat.say("help me choose insurance for my $4,000 earrings")
    assert chat.slots()["requested_slot"] == "travels_often"
    answer = chat.said("what is a blanket endorsement?")
    assert "Source:" in answer
    assert "travel" in answer  # the guide asks its question again
    assert chat.active_form() == "coverage_advice_form"
    assert chat.slots()["current_coverage"] is None  # the question was not taken as an answer


def test_restart_clears_the_guide(chat: Chat) -> None:
    chat.say("I want to insure my $2,000 pendant")
    chat.say("start over")
    slots = chat.slots()
    assert slots["item_value"] is None and slots["item_type"] is None


def test_a_person_at_any_point_keeps_what_was_said(chat: Chat) -> None:
    chat.say("how do I protect my $9,000 watch?")
    reply = chat.said("can I talk to a real person?")
    assert "person" in reply
    assert chat.active_form() is None
    assert chat.slots()["item_value"] == 9000


def test_every_question_offers_a_way_out(chat: Chat) -> None:
    messages = chat.say("how should I protect my ring?")
    payloads = {b["payload"] for m in messages for b in m.get("buttons", [])}
    assert {"/restart", "/human_handoff"} <= payloads


def test_button_payloads_come_out_as_intent_and_json(chat: Chat, stack: Stack) -> None:
    # The domain doubles the braces so that Rasa's response interpolator passes them
    # through; the customer's browser must get single ones, and Rasa must not log errors.
    messages = chat.say("I'd like to insure a piece of jewelry")
    payloads = [b["payload"] for m in messages for b in m.get("buttons", []) if "{" in b["payload"]]
    assert payloads, messages
    for payload in payloads:
        intent, _, entities = payload.partition("{")
        assert intent == "/inform" and isinstance(json.loads("{" + entities), dict), payload
    chat.say(payloads[0])
    assert chat.slots()["item_type"] == json.loads("{" + payloads[0].partition("{")[2])["item_type"]
    log = ((stack.log_dir or stack.var_dir) / "rasa.log").read_text()
    assert "interpolator" not in log


def test_facts_with_a_question_get_the_answer_then_this_persons_numbers(chat: Chat) -> None:
    first = chat.said("I'm in Auckland and my ring is worth NZ$4,000. Do I need to specify it?")
    slots = chat.slots()
    assert (slots["item_value"], slots["currency"], slots["item_type"]) == (4000, "NZD", "ring")
    assert chat.active_form() == "coverage_advice_form"
    assert slots["requested_slot"] not in {"item_type", "item_value"}  # only what is missing
    assert "your own cover" in first or "Source:" in first
    for _ in range(5):
        if chat.slots()["coverage_recommendation"]:
            break
        chat.say({"travels_often": "no", "wears_daily": "yes", "area_type": "the city"}.get(
            chat.slots()["requested_slot"], "contents insurance"))  # fmt: skip
    slots = chat.slots()
    assert slots["coverage_recommendation"] and slots["premium_high"] > 0
    assert slots["item_value"] == 4000 and slots["currency"] == "NZD"


def test_a_correction_after_the_advice_asked_as_a_question_redoes_it(chat: Chat) -> None:
    chat.say("what cover do I need for my $4,800 ring?")
    chat.say("no")  # travel
    chat.say("yes")  # wears it daily
    chat.say("we live in the city")
    chat.say("homeowners")
    before = chat.slots()
    assert before["area_type"] == "urban" and before["coverage_recommendation"]
    redo = chat.said("actually we moved out to the countryside last month - does that change anything?")
    after = chat.slots()
    assert after["area_type"] == "rural"
    assert after["premium_high"] < before["premium_high"]
    assert "from urban to rural" in redo and "expected cost moves from" in redo


def test_hang_on_question_mid_guide_is_answered_and_the_guide_resumes(chat: Chat) -> None:
    chat.say("how should I insure my $3,000 bracelet?")
    asked = chat.slots()["requested_slot"]
    answer = chat.said("hang on, what's the difference between blanket and scheduled cover?")
    assert "Source:" in answer
    slots = chat.slots()
    assert chat.active_form() == "coverage_advice_form" and slots["requested_slot"] == asked
    assert slots["current_coverage"] is None


@pytest.mark.parametrize(
    "question",
    [
        "how much is the average home insurance?",
        "is toilet overflow covered by homeowners insurance?",
        "who should I set up a Roth IRA with?",
        "text emily",
    ],
)
def test_other_insurance_and_other_subjects_get_the_honest_reply(chat: Chat, question: str) -> None:
    reply = chat.said(question)
    assert "ask your insurer" in reply
    assert chat.active_form() is None
