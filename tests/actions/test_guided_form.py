"""No question is asked a third time in a row: the guided forms' fallback after two asks."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import advisor
from bot.actions.advisor import ValidateCoverageAdviceForm
from bot.actions.claims import ActionSubmitClaim, ValidateClaimIntakeForm
from bot.actions.declines import ValidateDeclineExplanationForm
from bot.actions.guided_form import asks_in_a_row, changed_while_asked, ran_this_turn
from bot.rules.knowledge import load_coverage_facts
from bot.wording.claims import SENT_AS_SHOWN, SENT_WITH_THE_CHANGE
from tests.actions.conftest import load_tracker, slot_events, spoken

CLAIM_SO_FAR = {
    "claim_type": "theft",
    "item_type": "ring",
    "item_value": 4000.0,
    "loss_date": "2026-11-20",
    "loss_description": "taken from my bag at a cafe",
    "was_specified": False,
}


def tracker(
    form: str, slot: str, asks: int, text: str, intent: str = "inform", slots: dict[str, Any] | None = None
) -> Tracker:
    """`slot` asked `asks` times in a row, and `text` is the latest answer."""
    events = [{"event": "slot", "name": "requested_slot", "value": "item_type"}, {"event": "user"}]
    for _ in range(asks):
        # Rasa and the SDK can both set requested_slot in one turn: one ask all the same.
        events += [{"event": "slot", "name": "requested_slot", "value": slot}] * 2 + [{"event": "user"}]
    return Tracker(
        sender_id="fixture-loops",
        slots={**(slots or {}), "requested_slot": slot},
        latest_message={"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": form},
        latest_action_name="action_listen",
    )


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return tmp_path


def test_asks_in_a_row_counts_only_the_latest_run() -> None:
    assert asks_in_a_row(tracker("coverage_advice_form", "wears_daily", 2, "x"), "wears_daily") == 2
    assert asks_in_a_row(tracker("coverage_advice_form", "wears_daily", 2, "x"), "item_type") == 0


async def test_first_miss_is_explained_and_asked_again(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateCoverageAdviceForm().run(
        dispatcher, tracker("coverage_advice_form", "wears_daily", 1, "purple"), domain
    )
    assert "wears_daily" not in slot_events(events)
    assert "yes or no" in dispatcher.messages[0]["text"]


async def test_second_miss_takes_a_stated_default_marked_for_staff(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateCoverageAdviceForm().run(
        dispatcher, tracker("coverage_advice_form", "wears_daily", 2, "purple"), domain
    )
    slots = slot_events(events)
    assert slots["wears_daily"] is True
    assert slots["assumed_answers"] == ["wears_daily"]
    assert "assume you wear it most days" in dispatcher.messages[0]["text"]


HABIT_SAYS = {
    ("travels_often", True): "assume it goes with you on some trips",
    ("travels_often", False): "assume you don't often travel with it",
    ("wears_daily", True): "assume you wear it most days",
    ("wears_daily", False): "assume you don't wear it most days",
}
# What the "not sure" path says back (bot/language/answers.py ASSUMPTION_NOTES).
HABIT_NOTE = {
    ("travels_often", True): "taken that as a yes",
    ("travels_often", False): "taken that as not often",
    ("wears_daily", True): "assumed you wear it most days",
    ("wears_daily", False): "taken that as not most days",
}


async def habit_taken_as(habit: str, domain: dict[str, Any]) -> tuple[Any, Any, str]:
    """The value a "not sure" sets, the value two unusable answers set, and what the two
    said."""
    not_sure, stuck = CollectingDispatcher(), CollectingDispatcher()
    unknown = await ValidateCoverageAdviceForm().run(
        not_sure, tracker("coverage_advice_form", habit, 1, "not sure", intent="dont_know"), domain
    )
    fallback = await ValidateCoverageAdviceForm().run(
        stuck, tracker("coverage_advice_form", habit, 2, "purple"), domain
    )
    said = " ".join(m.get("text") or "" for m in (*not_sure.messages, *stuck.messages))
    return slot_events(unknown).get(habit), slot_events(fallback).get(habit), said


@pytest.mark.parametrize("habit", ["travels_often", "wears_daily"])
async def test_not_sure_and_two_unusable_answers_take_a_habit_the_same_way(
    habit: str, domain: dict[str, Any]
) -> None:
    # One default for a habit nobody could tell: knowledge/coverage.yml's, on both paths.
    expected = load_coverage_facts().unknown_habits[habit]
    assert expected is True  # the cautious choice: the answer that gives more protection
    from_not_sure, from_fallback, said = await habit_taken_as(habit, domain)
    assert from_not_sure is expected and from_fallback is expected
    # Each path says what it assumed.
    assert HABIT_NOTE[(habit, expected)] in said and HABIT_SAYS[(habit, expected)] in said


@pytest.mark.parametrize("habit", ["travels_often", "wears_daily"])
async def test_both_paths_follow_the_knowledge_when_it_changes(
    habit: str, domain: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    changed = {**load_coverage_facts().unknown_habits, habit: False}
    facts = replace(load_coverage_facts(), unknown_habits=changed)
    monkeypatch.setattr(advisor, "load_coverage_facts", lambda: facts)
    from_not_sure, from_fallback, said = await habit_taken_as(habit, domain)
    assert from_not_sure is False and from_fallback is False
    assert HABIT_NOTE[(habit, False)] in said and HABIT_SAYS[(habit, False)] in said


async def test_second_miss_of_free_text_keeps_the_words(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateClaimIntakeForm().run(
        dispatcher,
        tracker("claim_intake_form", "police_report_number", 2, "eh", slots=CLAIM_SO_FAR),
        domain,
    )
    slots = slot_events(events)
    assert slots["police_report_number"] == "eh"
    assert "police_report_number" in slots["assumed_answers"]
    assert slots["requested_slot"] == "proof_documents"  # the intake goes on


async def test_a_date_nobody_can_give_is_left_for_the_team_and_not_asked_again(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    so_far = {k: v for k, v in CLAIM_SO_FAR.items() if k != "loss_date"}
    events = await ValidateClaimIntakeForm().run(
        dispatcher,
        tracker("claim_intake_form", "loss_date", 2, "honestly no idea", intent="dont_know", slots=so_far),
        domain,
    )
    slots = slot_events(events)
    assert slots["loss_date"] is None
    assert "loss_date" in slots["assumed_answers"]
    assert "handoff_requested" not in slots
    assert slots["requested_slot"] == "police_report_number"  # the intake goes on
    assert any("not known" in (m.get("text") or "") for m in dispatcher.messages)


async def test_a_value_nobody_can_give_is_left_for_the_insurer_and_the_claim_is_stored(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    so_far = {k: v for k, v in CLAIM_SO_FAR.items() if k != "item_value"}
    events = await ValidateClaimIntakeForm().run(
        dispatcher,
        tracker(
            "claim_intake_form", "item_value", 2, "no idea it was my nan's", intent="dont_know", slots=so_far
        ),
        domain,
    )
    slots = slot_events(events)
    assert slots["item_value"] is None and "item_value" in slots["assumed_answers"]
    assert "handoff_requested" not in slots
    assert slots["requested_slot"] == "police_report_number"


# The guide's value nobody can give ("no idea, it was my nan's"): asked once more, then
# left not known, and the guide goes on to advise without it.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("don't know sorry", "dont_know"),
        ("honestly couldn't tell you, it's never been appraised", "inform"),
        ("it was a present from my aunt", "inform"),
    ],
)
async def test_a_guide_value_nobody_can_give_is_left_not_known_and_the_guide_goes_on(
    text: str, intent: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateCoverageAdviceForm().run(
        dispatcher,
        tracker("coverage_advice_form", "item_value", 2, text, intent=intent, slots={"item_type": "pendant"}),
        domain,
    )
    slots = slot_events(events)
    assert slots["item_value"] is None and slots["assumed_answers"] == ["item_value"]
    assert "handoff_requested" not in slots
    assert slots["requested_slot"] == "travels_often"  # the guide goes on
    assert "advice without a value" in spoken(dispatcher)[0]["text"]


async def test_a_value_past_the_guide_said_twice_goes_to_a_person_not_without_a_value(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateCoverageAdviceForm().run(
        dispatcher,
        tracker(
            "coverage_advice_form", "item_value", 2, "it really is $40 million", slots={"item_type": "ring"}
        ),
        domain,
    )
    slots = slot_events(events)
    assert slots["handoff_requested"] is True and "assumed_answers" not in slots


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("no clue, it was my grandmother's", "dont_know"),
        ("we've never had them valued", "inform"),
        ("not sure what it'd be worth tbh", "inform"),
    ],
)
async def test_the_first_dont_know_at_the_value_asks_for_a_guess_or_a_plain_dont_know(
    text: str, intent: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateCoverageAdviceForm().run(
        dispatcher,
        tracker("coverage_advice_form", "item_value", 1, text, intent=intent, slots={"item_type": "ring"}),
        domain,
    )
    slots = slot_events(events)
    assert "item_value" not in slots and "assumed_answers" not in slots
    said = spoken(dispatcher)[0]["text"]
    assert "rough guess is fine" in said and "don't know" in said


async def test_a_value_left_not_known_is_not_asked_again(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    so_far = {"item_type": "pendant", "item_value": None, "assumed_answers": ["item_value"]}
    events = await ValidateCoverageAdviceForm().run(
        dispatcher, tracker("coverage_advice_form", "travels_often", 1, "no", slots=so_far), domain
    )
    slots = slot_events(events)
    assert slots["travels_often"] is False
    assert slots["requested_slot"] == "wears_daily"


async def test_an_email_asked_twice_goes_on_by_phone_and_a_phone_then_is_needed(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    so_far = {
        **CLAIM_SO_FAR,
        "police_report_number": "2611-4471",
        "proof_documents": [],
        "claimant_name": "Ana",
    }
    events = await ValidateClaimIntakeForm().run(
        dispatcher, tracker("claim_intake_form", "claimant_email", 2, "ana@", slots=so_far), domain
    )
    slots = slot_events(events)
    assert slots["claimant_email"] is None and "claimant_email" in slots["assumed_answers"]
    assert slots["requested_slot"] == "claimant_phone"
    # With no email, a phone asked twice has nothing to fall back on: a person takes over.
    no_email = {**so_far, "claimant_email": None, "assumed_answers": ["claimant_email"]}
    events = await ValidateClaimIntakeForm().run(
        CollectingDispatcher(),
        tracker("claim_intake_form", "claimant_phone", 2, "12", slots=no_email),
        domain,
    )
    assert slot_events(events)["handoff_requested"] is True


async def test_a_purchase_date_nobody_can_give_is_left_for_the_team(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    so_far = {**CLAIM_SO_FAR, "claim_type": "damage", "has_care_plan": True}
    events = await ValidateClaimIntakeForm().run(
        dispatcher,
        tracker("claim_intake_form", "purchase_date", 2, "no clue sorry", intent="dont_know", slots=so_far),
        domain,
    )
    slots = slot_events(events)
    assert slots["purchase_date"] is None and "purchase_date" in slots["assumed_answers"]
    assert slots["requested_slot"] == "proof_documents"


async def test_second_miss_without_a_default_hands_over_with_everything_kept(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    slots_so_far = {**CLAIM_SO_FAR, "police_report_number": "2611-4471", "proof_documents": []}
    slots_so_far["claimant_name"] = "Ana Ruiz"
    # No email given, so the phone is the only way to reach her: nothing to assume.
    slots_so_far.update(claimant_email=None, assumed_answers=["claimant_email"])
    events = await ValidateClaimIntakeForm().run(
        dispatcher, tracker("claim_intake_form", "claimant_phone", 2, "021 55", slots=slots_so_far), domain
    )
    slots = slot_events(events)
    assert slots["handoff_requested"] is True
    assert events[-1] == {"event": "slot", "timestamp": None, "name": "requested_slot", "value": None}
    assert {"event": "active_loop", "name": None} in [
        {k: e.get(k) for k in ("event", "name")} for e in events
    ]
    assert "claimant_name" not in slots  # nothing said before is cleared
    assert any("person" in (m.get("text") or "") for m in dispatcher.messages)
    # The form's end then runs the submit step: it stores nothing without a confirmation.
    done = tracker("claim_intake_form", "claimant_phone", 0, "021 55", slots=slots_so_far)
    assert await ActionSubmitClaim().run(CollectingDispatcher(), done, domain) == []


async def test_a_real_question_at_the_second_ask_is_left_to_the_faq(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    question = "hang on, what's the difference between blanket and scheduled cover?"
    events = await ValidateCoverageAdviceForm().run(
        dispatcher, tracker("coverage_advice_form", "current_coverage", 2, question, intent="faq"), domain
    )
    assert {k for k in slot_events(events) if k != "requested_slot"} == set()


async def test_decline_region_defaults_after_two_asks(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateDeclineExplanationForm().run(
        dispatcher,
        tracker("decline_explanation_form", "region", 2, "dunno", slots={"decline_reason": "claim_limit"}),
        domain,
    )
    assert slot_events(events)["region"] == "US"


async def test_asking_for_a_person_mid_form_hands_over(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = (
        "my claim got declined because they said my ring was worn out, I want to talk to someone at your shop"
    )
    events = await ValidateDeclineExplanationForm().run(
        dispatcher,
        tracker("decline_explanation_form", "decline_reason", 0, text, intent="report_decline"),
        domain,
    )
    assert slot_events(events)["handoff_requested"] is True


@pytest.mark.parametrize(
    ("text", "slots", "says"),
    [
        ("is there anyone I can complain to, like a state regulator?", {}, "state insurance department"),
        ("how do I complain about this?", {"currency": "NZD"}, "IFSO"),
        ("can I take this to the ombudsman", {"region": "NZ"}, "IFSO"),
    ],
)
async def test_a_complaint_question_mid_decline_gets_the_complaint_route(
    text: str, slots: dict[str, Any], says: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateDeclineExplanationForm().run(
        dispatcher,
        tracker("decline_explanation_form", "decline_reason", 1, text, intent="out_of_scope", slots=slots),
        domain,
    )
    said = " ".join(m.get("text") or "" for m in spoken(dispatcher))
    assert "complaint route" in said and says in said
    assert "decline_reason" not in slot_events(events)


def test_a_requested_slot_set_again_within_the_turn_is_not_another_ask() -> None:
    # What Rasa sends on the answer to the summary: the form set requested_slot once more
    # after the person's message, before calling the validation again.
    events = [
        {"event": "slot", "name": "requested_slot", "value": "claimant_phone"},
        {"event": "user", "text": "+64 21 555 0199"},
        {"event": "slot", "name": "requested_slot", "value": "claim_confirmed"},
        {"event": "user", "text": "yes thanks"},
        {"event": "slot", "name": "requested_slot", "value": "claim_confirmed"},
    ]
    state = tracker("claim_intake_form", "claim_confirmed", 0, "yes thanks")
    assert (
        asks_in_a_row(Tracker.from_dict({**state.current_state(), "events": events}), "claim_confirmed") == 1
    )


async def test_stray_text_read_as_inform_does_not_open_the_guide(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = tracker("coverage_advice_form", "item_type", 0, "summarize the plot of the great gatsby")
    opening = Tracker.from_dict({**state.current_state(), "slots": {}, "events": []})
    events = await ValidateCoverageAdviceForm().run(dispatcher, opening, domain)
    assert {"event": "active_loop", "name": None} in [
        {k: e.get(k) for k in ("event", "name")} for e in events
    ]
    assert dispatcher.messages[0]["response"] == "utter_out_of_scope"


@pytest.mark.parametrize("text", ["representative", "a live agent please", "Human!"])
async def test_a_bare_request_for_a_person_read_as_inform_is_handed_over(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any], data_dir: Path
) -> None:
    state = tracker("coverage_advice_form", "item_type", 0, text)
    opening = Tracker.from_dict({**state.current_state(), "slots": {}, "events": []})
    await ValidateCoverageAdviceForm().run(dispatcher, opening, domain)
    responses = [m.get("response") for m in dispatcher.messages]
    assert "utter_out_of_scope" not in responses
    assert "person" in " ".join(m.get("text") or "" for m in spoken(dispatcher))


async def test_a_fact_read_as_inform_opens_the_guide(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = tracker("coverage_advice_form", "item_type", 0, "it's worth $2,300")
    opening = Tracker.from_dict({**state.current_state(), "slots": {}, "events": []})
    opening.latest_message["entities"] = [{"entity": "amount", "value": 2300.0}]
    events = await ValidateCoverageAdviceForm().run(dispatcher, opening, domain)
    assert slot_events(events)["item_value"] == 2300.0
    assert spoken(dispatcher) == []


async def test_a_hypothetical_claim_question_is_answered_not_taken_in(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "how do I make a claim if something happens to my ring? nothing's happened, just asking"
    state = tracker("claim_intake_form", "claim_type", 0, text, intent="report_claim")
    opening = Tracker.from_dict({**state.current_state(), "slots": {}, "events": []})
    events = await ValidateClaimIntakeForm().run(dispatcher, opening, domain)
    assert {"event": "active_loop", "name": None} in [
        {k: e.get(k) for k in ("event", "name")} for e in events
    ]
    assert "claim_type" not in slot_events(events)
    # Answered as a turn of its own, by the FAQ action.
    assert {"event": "followup", "name": "action_answer_faq"} in [
        {k: e.get(k) for k in ("event", "name")} for e in events
    ]


async def test_decline_reason_falls_back_to_the_storys_likeliest_reason(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = tracker("decline_explanation_form", "decline_reason", 2, "I'm not sure", intent="dont_know")
    told = {
        "event": "user",
        "text": "insurer won't pay, it was stolen out of my unlocked car overnight",
        "parse_data": {
            "response_selector": {
                "decline": {
                    "response": {"intent_response_key": "decline/reasonable_care", "confidence": 0.38}
                }
            }
        },
    }
    # "I'm not sure" tells no reason, however sure the selector is of one for it.
    unsure = {
        "event": "user",
        "text": "I'm not sure",
        "parse_data": {
            "intent": {"name": "dont_know", "confidence": 0.9},
            "response_selector": {
                "decline": {"response": {"intent_response_key": "decline/wear_and_tear", "confidence": 0.6}}
            },
        },
    }
    story = Tracker.from_dict({**state.current_state(), "events": [told, unsure, *state.events]})
    events = await ValidateDeclineExplanationForm().run(dispatcher, story, domain)
    assert slot_events(events)["decline_reason"] == "reasonable_care"


async def test_a_flow_opened_by_a_question_answers_it_first(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = tracker(
        "coverage_advice_form", "item_type", 0, "give me a rough idea of the annual bill to cover a necklace?"
    )
    # What Rasa sends at activation: the form's own ActionExecuted after the listen.
    listened = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "give me a rough idea"},
        {"event": "action", "name": "coverage_advice_form"},
    ]
    opening = Tracker.from_dict({**state.current_state(), "slots": {}, "events": listened})
    opening.latest_message["intent"] = {"name": "ask_coverage_advice", "confidence": 0.8}
    opening.latest_message["response_selector"] = {
        "faq": {"response": {"intent_response_key": "faq/insurance_cost", "confidence": 0.7}}
    }
    events = await ValidateCoverageAdviceForm().run(dispatcher, opening, domain)
    assert slot_events(events)["faq_last"] == "insurance_cost"
    assert spoken(dispatcher)[-1]["text"].startswith("Source:")


async def test_a_claim_opened_by_asking_to_claim_gives_no_faq_answer_first(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "my necklace was stolen yesterday, can I claim?"
    state = tracker("claim_intake_form", "claim_type", 0, text)
    listened = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text},
        {"event": "action", "name": "claim_intake_form"},
    ]
    opening = Tracker.from_dict({**state.current_state(), "slots": {}, "events": listened})
    opening.latest_message["intent"] = {"name": "report_claim", "confidence": 0.9}
    # The selector heard the care plan's "no" to theft in it: another question's answer.
    opening.latest_message["response_selector"] = {
        "faq": {"response": {"intent_response_key": "faq/care_plan_loss_theft", "confidence": 0.8}}
    }
    events = await ValidateClaimIntakeForm().run(dispatcher, opening, domain)
    assert "faq_last" not in slot_events(events)
    assert slot_events(events)["claim_type"] == "theft"
    assert not any("care plan" in (said.get("text") or "") for said in spoken(dispatcher))


def decline_tracker(
    events: list[dict[str, Any]], text: str, slots: dict[str, Any], intent: str = "inform"
) -> Tracker:
    return Tracker(
        sender_id="fixture-decline-piece",
        slots={"requested_slot": "item_type", **slots},
        latest_message={"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": "decline_explanation_form"},
        latest_action_name="action_listen",
    )


def user(intent: str) -> dict[str, Any]:
    return {"event": "user", "parse_data": {"intent": {"name": intent}}}


START = [{"event": "active_loop", "name": "decline_explanation_form"}]
ASK_PIECE = [{"event": "slot", "name": "requested_slot", "value": "item_type"}]


async def test_the_decline_asks_for_the_piece_when_the_story_has_none(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = decline_tracker(
        [*START, user("decline")],
        "they said it was wear and tear",
        {"decline_reason": "wear_and_tear", "requested_slot": "decline_reason"},
    )
    events = await ValidateDeclineExplanationForm().run(dispatcher, state, domain)
    assert slot_events(events)["requested_slot"] == "item_type"


async def test_the_piece_is_asked_once_then_the_form_moves_on(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = decline_tracker(
        [*START, user("decline"), *ASK_PIECE, user("dont_know")],
        "no idea",
        {"decline_reason": "wear_and_tear"},
        "dont_know",
    )
    events = await ValidateDeclineExplanationForm().run(dispatcher, state, domain)
    slots = slot_events(events)
    # Left to Rasa's form (the region, the domain's next slot), not the piece again.
    assert slots.get("requested_slot") != "item_type" and slots.get("item_type") is None
    assert not spoken(dispatcher)  # no complaint about the answer: nothing is asked again


async def test_a_question_at_the_piece_step_does_not_use_up_the_ask(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = decline_tracker(
        [*START, user("decline"), *ASK_PIECE, user("faq")],
        "can i complain about this?",
        {"decline_reason": "wear_and_tear"},
        "faq",
    )
    events = await ValidateDeclineExplanationForm().run(dispatcher, state, domain)
    assert slot_events(events)["requested_slot"] == "item_type"


async def test_an_answer_the_scope_guard_doubted_is_read(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "way out in the countryside, the nearest shop is twenty minutes' drive"
    state = tracker("coverage_advice_form", "area_type", 0, text, intent="out_of_scope")
    events = await ValidateCoverageAdviceForm().run(dispatcher, state, domain)
    assert slot_events(events)["area_type"] == "rural"
    assert not any(m.get("response") == "utter_out_of_scope" for m in dispatcher.messages)


async def test_an_out_of_scope_message_in_a_form_gets_the_honest_reply(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = tracker(
        "claim_intake_form", "loss_description", 0, "can you book me a taxi?", intent="out_of_scope"
    )
    state.slots.update(CLAIM_SO_FAR)
    state.slots["loss_description"] = None
    events = await ValidateClaimIntakeForm().run(dispatcher, state, domain)
    assert "loss_description" not in slot_events(events)
    assert any(m.get("response") == "utter_out_of_scope" for m in dispatcher.messages)


def test_a_story_of_several_pieces_has_no_one_piece_to_ask_about() -> None:
    from bot.actions.declines import told_of_several_pieces

    opening = {"event": "user", "text": "they paid $9,000 for $30,000 of jewellery taken in a burglary"}
    state = decline_tracker([opening, *START], "New Zealand", {"decline_reason": "claim_limit"})
    assert told_of_several_pieces(state)
    single = {"event": "user", "text": "they refused my claim, the stone fell out"}
    assert not told_of_several_pieces(decline_tracker([single, *START], "New Zealand", {}))


async def test_the_action_server_drops_the_sdk_s_no_validator_notice_and_keeps_its_errors(
    dispatcher: CollectingDispatcher, domain: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    # rasa_sdk warns for every slot a form reads without a validate_<slot> method, on
    # every form turn; scripts/action_server.py quiets that one notice.
    import logging

    from rasa_sdk.forms import FormValidationAction

    from scripts.action_server import quiet_routine_notices

    class NoValidators(FormValidationAction):
        def name(self) -> str:
            return "validate_claim_intake_form"

    state = load_tracker("claim_asking_email").current_state()
    # A slot the form reads, set since the person's last message: up for validation.
    state["events"] = [*state["events"], {"event": "slot", "name": "claimant_email", "value": "a@b.example"}]
    state["slots"] = {**state["slots"], "claimant_email": "a@b.example"}
    tracker = Tracker.from_dict(state)
    forms_logger = logging.getLogger("rasa_sdk.forms")
    level = forms_logger.level
    try:
        with caplog.at_level(logging.WARNING):
            await NoValidators().run(dispatcher, tracker, domain)
            assert any("Skipping validation" in r.getMessage() for r in caplog.records)
            caplog.clear()
            quiet_routine_notices()
            await NoValidators().run(dispatcher, tracker, domain)
            assert not any("Skipping validation" in r.getMessage() for r in caplog.records)
        assert forms_logger.isEnabledFor(logging.ERROR)
    finally:
        forms_logger.setLevel(level)


@pytest.mark.parametrize(
    "text",
    [
        "Our claim for a stolen bracelet has been declined and I'd like to understand why.",
        "my claim for my lost earrings was turned down and the letter makes no sense",
    ],
)
async def test_a_refused_claim_opening_the_intake_goes_to_the_decline_explanation(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = tracker("claim_intake_form", "claim_type", 0, text, intent="report_claim")
    opening = Tracker.from_dict({**state.current_state(), "slots": {}, "events": []})
    events = await ValidateClaimIntakeForm().run(dispatcher, opening, domain)
    assert {"event": "followup", "name": "decline_explanation_form"} in [
        {k: e.get(k) for k in ("event", "name")} for e in events
    ]
    assert "claim_type" not in slot_events(events)


def test_a_flow_that_handed_the_message_over_is_not_handed_it_back() -> None:
    events = [
        {"event": "user", "text": "got knocked back on my claim, can they do that?"},
        {"event": "action", "name": "claim_intake_form"},
        {"event": "action", "name": "decline_explanation_form"},
    ]
    this_turn = Tracker("s", {}, {}, events, False, None, {}, "decline_explanation_form")
    assert ran_this_turn(this_turn, "claim_intake_form")
    assert not ran_this_turn(this_turn, "action_answer_faq")
    next_turn = Tracker(
        "s", {}, {}, [*events, {"event": "user", "text": "NZ"}], False, None, {}, "action_listen"
    )
    assert not ran_this_turn(next_turn, "claim_intake_form")


async def test_a_change_at_the_summary_is_applied_and_the_summary_asked_again(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    slots = {**CLAIM_SO_FAR, "claimant_phone": "602-555-0491"}
    events = await ValidateClaimIntakeForm().run(
        dispatcher,
        tracker("claim_intake_form", "claim_confirmed", 1, "sorry it was the 19th not the 20th", slots=slots),
        domain,
    )
    set_now = slot_events(events)
    assert set_now["loss_date"] == "2026-11-19"
    # Not confirmed, not False (a False would end the form unconfirmed): asked again.
    assert set_now.get("claim_confirmed") is None
    assert any("Changed" in (m.get("text") or "") for m in spoken(dispatcher))


def summary_after_a_change(latest: str, changed: str = "loss_date", value: Any = "2026-11-19") -> Tracker:
    """The summary asked, a change to `changed` made in reply, the summary asked again,
    and `latest` the person's reply to it."""
    events = [
        {"event": "slot", "name": changed, "value": "2026-11-20" if changed == "loss_date" else None},
        {"event": "slot", "name": "requested_slot", "value": "claim_confirmed"},
        {"event": "user", "text": "sorry it was the 19th"},
        {"event": "slot", "name": changed, "value": value},
        {"event": "slot", "name": "claim_confirmed", "value": None},
        {"event": "slot", "name": "requested_slot", "value": "claim_confirmed"},
        {"event": "user", "text": latest},
    ]
    state = tracker("claim_intake_form", "claim_confirmed", 0, latest, slots={**CLAIM_SO_FAR, changed: value})
    return Tracker.from_dict({**state.current_state(), "events": events})


def test_the_summary_shown_again_after_a_change_is_the_same_question_asked_again() -> None:
    # To the person the summary with "Changed" is the summary asked a second time.
    assert asks_in_a_row(summary_after_a_change("hmm"), "claim_confirmed") == 2
    assert changed_while_asked(summary_after_a_change("hmm"), "claim_confirmed", {"loss_date"})
    # A slot set again to the value it had is no change; a change of another fact isn't one either.
    same = summary_after_a_change("hmm", changed="loss_date", value="2026-11-20")
    assert not changed_while_asked(same, "claim_confirmed", {"loss_date"})
    assert not changed_while_asked(summary_after_a_change("hmm"), "claim_confirmed", {"claimant_email"})


@pytest.mark.parametrize("reply", ["hmm well", "wait wat", "the thing about the kitchen window"])
async def test_an_unreadable_reply_after_a_change_at_the_summary_sends_it_as_shown(
    reply: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    """No third showing: the person saw the summary twice, with their change; the claim
    goes in as shown, said, marked so staff see their words (not handed over: one
    unreadable reply after a change is no reason to)."""
    events = await ValidateClaimIntakeForm().run(dispatcher, summary_after_a_change(reply), domain)
    set_now = slot_events(events)
    assert set_now.get("handoff_requested") is not True
    assert set_now["claim_confirmed"] is True
    assert "claim_confirmed" in set_now["assumed_answers"]
    assert SENT_AS_SHOWN in [m.get("text") for m in spoken(dispatcher)]


@pytest.mark.parametrize(
    ("reply", "slot", "value"),
    [
        ("oh and the value is 2400 not 2100", "item_value", 2400.0),
        ("sorry one more thing, it was $4,800 not 4000", "item_value", 4800.0),
        ("oh and it was 2 days before that, the 18th", "loss_date", "2026-11-18"),
    ],
)
async def test_a_second_change_at_the_summary_is_made_and_the_claim_sent(
    reply: str, slot: str, value: Any, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateClaimIntakeForm().run(dispatcher, summary_after_a_change(reply), domain)
    set_now = slot_events(events)
    assert set_now[slot] == value
    assert set_now["claim_confirmed"] is True
    said = [m.get("text") or "" for m in spoken(dispatcher)]
    assert any("Changed:" in text for text in said)
    assert SENT_WITH_THE_CHANGE in said


async def test_a_yes_at_the_second_showing_is_a_plain_yes(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    set_now = slot_events(
        await ValidateClaimIntakeForm().run(dispatcher, summary_after_a_change("yep all good now"), domain)
    )
    assert set_now["claim_confirmed"] is True
    assert "claim_confirmed" not in (set_now.get("assumed_answers") or [])


async def test_two_unreadable_replies_to_an_unchanged_summary_offer_a_person(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = tracker("claim_intake_form", "claim_confirmed", 2, "hmm well", slots=CLAIM_SO_FAR)
    set_now = slot_events(await ValidateClaimIntakeForm().run(dispatcher, state, domain))
    assert set_now.get("claim_confirmed") is not True
    assert set_now.get("handoff_requested") is True


async def test_a_yes_with_a_question_the_scope_guard_doubted_confirms(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateClaimIntakeForm().run(
        dispatcher,
        tracker(
            "claim_intake_form",
            "claim_confirmed",
            1,
            "looks right, can I send the photos later?",
            intent="out_of_scope",
            slots=CLAIM_SO_FAR,
        ),
        domain,
    )
    assert slot_events(events).get("claim_confirmed") is True


@pytest.mark.parametrize(
    "text",
    [
        "one more question, would the shop's cctv count? should I ask them to save the video",
        "sorry, is a valuation from 2019 still ok? do you want the receipt too",
    ],
)
async def test_a_question_mid_form_is_replied_to_and_the_question_asked_again(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = tracker("claim_intake_form", "proof_documents", 1, text)
    state.slots.update(CLAIM_SO_FAR)
    events = await ValidateClaimIntakeForm().run(dispatcher, state, domain)
    assert "proof_documents" not in slot_events(events)
    # No FAQ answer in the fixture's parse: the honest "I don't know that one".
    assert any(m.get("response") == "utter_faq_unknown" for m in dispatcher.messages)


async def test_a_request_for_a_person_worded_as_a_question_is_left_to_its_rule(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "too many questions, can I just talk to someone at the shop"
    state = tracker("claim_intake_form", "loss_description", 1, text, intent="human_handoff")
    state.slots.update(CLAIM_SO_FAR)
    state.slots["loss_description"] = None
    await ValidateClaimIntakeForm().run(dispatcher, state, domain)
    assert not any(m.get("response") == "utter_faq_unknown" for m in dispatcher.messages)


async def test_a_kind_of_claim_nobody_can_tell_is_taken_as_lost_after_two_asks(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = tracker("claim_intake_form", "claim_type", 2, "no idea if it was pinched or I dropped it")
    events = await ValidateClaimIntakeForm().run(dispatcher, state, domain)
    assert slot_events(events)["claim_type"] == "lost"
    assert "claim_type" in slot_events(events)["assumed_answers"]
    assert any("police" in (m.get("text") or "") for m in dispatcher.messages)


async def test_a_kind_of_claim_not_given_twice_still_goes_to_a_person(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = tracker("claim_intake_form", "claim_type", 2, "purple")
    events = await ValidateClaimIntakeForm().run(dispatcher, state, domain)
    assert "claim_type" not in slot_events(events)


def _picked(state: Tracker, entry: str, confidence: float) -> Tracker:
    state.latest_message["response_selector"] = {
        "faq": {"response": {"intent_response_key": f"faq/{entry}", "confidence": confidence}}
    }
    return state


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("are they going to blame me because I had it off in my pocket?", "decline"),
        ("would it count against me that I put it down myself?", "inform"),
    ],
)
async def test_an_answer_about_damage_is_not_given_to_a_question_about_another_subject(
    text: str, intent: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    # Mid-claim for a loss, the selector is sure of the damage-inspection answer for a
    # question that names no damage: "I don't know that one", not another question's answer.
    state = _picked(
        tracker("claim_intake_form", "proof_documents", 1, text, intent=intent),
        "damage_claim_inspection",
        0.63,
    )
    state.slots.update({**CLAIM_SO_FAR, "claim_type": "lost"})
    events = await ValidateClaimIntakeForm().run(dispatcher, state, domain)
    assert "faq_last" not in slot_events(events) and "proof_documents" not in slot_events(events)
    assert any(m.get("response") == "utter_faq_unknown" for m in dispatcher.messages)


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        ("will they want to look at the chipped stone before they pay?", "lost"),
        ("do they need to see it before they decide?", "damage"),
    ],
)
async def test_the_damage_answer_is_given_when_damage_is_the_subject(
    text: str, claim_type: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = _picked(tracker("claim_intake_form", "proof_documents", 1, text), "damage_claim_inspection", 0.63)
    state.slots.update({**CLAIM_SO_FAR, "claim_type": claim_type})
    events = await ValidateClaimIntakeForm().run(dispatcher, state, domain)
    assert slot_events(events).get("faq_last") == "damage_claim_inspection"


async def test_a_name_kept_back_twice_goes_to_a_person_not_into_the_claim(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    claim = {**CLAIM_SO_FAR, "police_report_number": "P-1", "proof_documents": ["receipt"]}
    state = tracker("claim_intake_form", "claimant_name", 2, "I'd rather not say", slots=claim)
    events = await ValidateClaimIntakeForm().run(dispatcher, state, domain)
    assert "claimant_name" not in slot_events(events)
    assert slot_events(events).get("handoff_requested") is True


async def test_a_name_asked_again_says_why_it_is_needed(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = tracker("claim_intake_form", "claimant_name", 1, "I'm not sure", slots=CLAIM_SO_FAR)
    events = await ValidateClaimIntakeForm().run(dispatcher, state, domain)
    assert slot_events(events).get("claimant_name") is None
    assert any("someone's name" in (m.get("text") or "") for m in dispatcher.messages)
