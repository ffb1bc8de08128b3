"""The conversation runner's own logic, against a scripted stand-in for the assistant."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conversations.runner import (
    NOT_SURE,
    Conversation,
    Interjection,
    Player,
    Result,
    Turn,
    fact_matches,
    handoff_cause,
    load_questions,
    summary,
)


class ScriptedAssistant:
    """Asks `questions` in order; a slot stays asked until an answer containing `accept` comes."""

    def __init__(self, questions: list[str], accept: dict[str, str], end_slot: str) -> None:
        self.questions, self.accept, self.end_slot = questions, accept, end_slot
        self.slots: dict[str, Any] = {}
        self.actions: list[str] = []

    def say(self, text: str) -> list[str]:
        asked = self.slots.get("requested_slot")
        if asked and self.accept[asked] in text:
            self.slots[asked] = text
        missing = [q for q in self.questions if q not in self.slots]
        self.slots["requested_slot"] = missing[0] if missing else None
        self.actions = [] if missing else ["action_give_coverage_advice"]
        if not missing:
            self.slots["coverage_recommendation"] = "blanket"
        return ["ok"]

    def tracker(self) -> dict[str, Any]:
        events = [{"event": "user"}] + [{"event": "action", "name": a} for a in self.actions]
        loop = {"name": "coverage_advice_form"} if self.slots.get("requested_slot") else {}
        return {"slots": dict(self.slots), "events": events, "active_loop": loop}


def conversation(**answers: list[str]) -> Conversation:
    return Conversation(
        id="t-1",
        flow="advice",
        opening="hi",
        answers=answers,
        expect={"wears_daily": "yes"},
        end="advice_given",
        interjections=(Interjection(say="what is blanket cover?", kind="question", before="wears_daily"),),
    )


def test_answers_each_ask_with_the_next_variant_and_reaches_the_end() -> None:
    assistant = ScriptedAssistant(
        ["item_type", "wears_daily"], {"item_type": "ring", "wears_daily": "yes"}, ""
    )
    result = Player(conversation(item_type=["a ring"], wears_daily=["mostly", "yes"]), assistant).play()  # type: ignore[arg-type]
    said = [t.user for t in result.turns]
    assert said == ["hi", "a ring", "what is blanket cover?", "mostly", "yes"]
    assert result.reached == "advice_given" and result.passed
    assert result.loops == ["wears_daily"]  # asked a third time in a row (the question counts)


def test_not_sure_when_no_variant_is_left_and_a_loop_is_counted_once() -> None:
    assistant = ScriptedAssistant(["wears_daily"], {"wears_daily": "yes"}, "")
    result = Player(conversation(wears_daily=["no idea"]), assistant).play()  # type: ignore[arg-type]
    assert [t.user for t in result.turns][3:5] == ["I'm not sure", "I'm not sure"]
    assert result.loops == ["wears_daily"] and not result.passed
    assert summary([result])["loops"] == 1


def test_a_correction_whose_question_is_never_asked_is_said_after_the_advice() -> None:
    """The opening answered `wears_daily` already: its correction is not dropped."""
    assistant = ScriptedAssistant(["item_type"], {"item_type": "ring"}, "")
    assistant.slots["wears_daily"] = "yes"
    fixed = Conversation(
        id="t-2",
        flow="advice",
        opening="hi",
        answers={"item_type": ["a ring"]},
        expect={},
        end="advice_given",
        interjections=(
            Interjection(say="sorry, I don't wear it daily", kind="correction", before="wears_daily"),
            Interjection(say="what's a rider?", kind="question", before="wears_daily"),
        ),
    )
    result = Player(fixed, assistant).play()  # type: ignore[arg-type]
    # The correction once, after the end; the question (not a correction) is not said.
    assert [t.user for t in result.turns] == ["hi", "a ring", "sorry, I don't wear it daily"]
    assert result.reached == "advice_given"


def test_a_correction_whose_question_is_never_asked_is_said_at_the_summary() -> None:
    assistant = ScriptedAssistant(
        ["item_type", "claim_confirmed"], {"item_type": "ring", "claim_confirmed": "yes"}, ""
    )
    fixed = Conversation(
        id="t-3",
        flow="advice",
        opening="hi",
        answers={"item_type": ["a ring"], "claim_confirmed": ["yes"]},
        expect={},
        end="advice_given",
        interjections=(Interjection(say="oh it was the 21st", kind="correction", before="loss_date"),),
    )
    result = Player(fixed, assistant).play()  # type: ignore[arg-type]
    assert [t.user for t in result.turns] == ["hi", "a ring", "oh it was the 21st", "yes"]


def test_fact_matching_rules() -> None:
    assert fact_matches("police_report_number", "APD-5512", "airport police report APD-5512")
    assert fact_matches("proof_documents", ["receipt"], ["receipt", "photo"])
    assert not fact_matches("proof_documents", ["receipt", "video"], ["receipt"])
    assert fact_matches("item_value", 6500, 6500.0)
    assert not fact_matches("item_value", 6500, 6.5)
    assert fact_matches("was_specified", False, False)
    assert not fact_matches("was_specified", False, None)
    assert fact_matches("claimant_email", "A@Example.com", "a@example.com")
    # A phone number is its digits: the person's spacing is kept, and is not a fact.
    assert fact_matches("claimant_phone", "4155550132", "(415) 555-0132")
    assert fact_matches("claimant_phone", "+64273104482", "+64 27 310 4482")
    assert not fact_matches("claimant_phone", "0273104482", "+64 27 310 4482")
    assert not fact_matches("claimant_phone", "4155550132", "415 555 0133")
    assert not fact_matches("claimant_phone", "4155550132", "")


def test_every_scope_file_parts_read_apart(tmp_path: Path) -> None:
    scope = tmp_path / "out_of_scope_x.yml"
    scope.write_text("questions:\n- best pet insurance\nnear_misses:\n- is my watch covered overseas\n")
    assert load_questions(scope) == ["best pet insurance"]
    assert load_questions(scope, "near_misses") == ["is my watch covered overseas"]


def test_every_out_of_scope_set_has_questions_and_near_misses() -> None:
    for scope in sorted((Path(__file__).parent).glob("out_of_scope_*.yml")):
        # fresh6 has 60 questions; the others 100 or more
        assert len(load_questions(scope)) >= 50, scope.name
        assert load_questions(scope, "near_misses"), scope.name


def test_an_unasked_for_handoff_is_reported_without_the_persons_words() -> None:
    turns = [
        Turn(
            "my ring was stolen",
            ["Roughly what is it worth?"],
            "item_value",
            ["claim_intake_form"],
            "report_claim",
        ),
        Turn("eh no idea", ["A rough figure is fine"], "item_value", ["claim_intake_form"], "dont_know"),
        Turn(
            "honestly no clue",
            ["A person will help"],
            None,
            ["claim_intake_form", "action_handoff"],
            "dont_know",
        ),
    ]
    handed_over = Result("c1", "claim", "claim_stored", reached="handoff", turns=turns)
    cause = handoff_cause(handed_over)
    handed_over.written = {"item_value": 2}
    cause = handoff_cause(handed_over)
    assert cause == (
        "at item_value (asked 2x), intent dont_know, via claim_intake_form, with a written answer"
        " (2 written, asked 2x in all), meant to end claim_stored"
    )
    assert "clue" not in cause
    filler = Turn(
        NOT_SURE, ["A person will help"], None, ["claim_intake_form", "action_handoff"], "dont_know"
    )
    ran_out = Result("c3", "claim", "claim_stored", reached="handoff", turns=[*turns[:2], filler])
    assert "with the runner's 'not sure' (0 written" in str(handoff_cause(ran_out))
    assert summary([handed_over])["handoff_causes"] == {cause: 1}
    asked_for = Result("c2", "handoff", "handoff", reached="handoff", turns=turns)
    assert handoff_cause(asked_for) is None
