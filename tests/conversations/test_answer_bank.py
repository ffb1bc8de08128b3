"""The answer bank's checks: each can fail."""

from __future__ import annotations

from typing import Any

from bot.language.answers import FormReading
from bot.language.facts import read_message
from tests.conversations.answer_bank import Reply, check_all, check_reading, summary


def reply(slot: str, say: str, expect: Any, flow: str = "claim", **also: Any) -> Reply:
    return Reply(slot=slot, flow=flow, asked="", say=say, expect=expect, also=also)


def parse_as_inform(text: str) -> dict[str, Any]:
    entities = [{"entity": m.entity, "value": m.value} for m in read_message(text)]
    return {"intent": {"name": "inform"}, "entities": entities}


def test_a_stated_value_must_be_stored_as_stated() -> None:
    asked = reply("item_value", "about $900", 900)
    assert check_reading(asked, "inform", FormReading(slots={"item_value": 900.0})).passed
    wrong = check_reading(asked, "inform", FormReading(slots={"loss_date": "2026-09-01"}))
    assert not wrong.passed and "expected 900" in wrong.problems[0]


def test_an_unstated_fact_must_not_be_stored_unless_said_back_as_assumed() -> None:
    asked = reply("was_specified", "what does scheduled mean?", "unstated")
    assert check_reading(asked, "faq", FormReading()).passed
    assert not check_reading(asked, "inform", FormReading(slots={"was_specified": False})).passed
    assumed = FormReading(slots={"was_specified": False, "assumed_answers": ["was_specified"]})
    assert check_reading(asked, "inform", assumed).passed
    said_back = FormReading(slots={"was_specified": False}, notes=("I've put down that it wasn't listed.",))
    assert check_reading(asked, "inform", said_back).passed


def test_no_police_report_states_no_reference() -> None:
    asked = reply("police_report_number", "not yet, I'll ring them tomorrow", "unstated")
    assert check_reading(asked, "inform", FormReading(slots={"police_report_number": "none: not yet"})).passed
    assert not check_reading(asked, "inform", FormReading(slots={"police_report_number": "A123"})).passed


def test_other_facts_in_the_reply_are_checked_too() -> None:
    asked = reply("was_specified", "no, and it was $900 not $800", False, item_value=900)
    assert not check_reading(asked, "inform", FormReading(slots={"was_specified": False})).passed
    both = FormReading(slots={"was_specified": False, "item_value": 900.0})
    assert check_reading(asked, "inform", both).passed
    # A document named at another question is kept for the proof question.
    kept = reply(
        "was_specified", "yes, it's on the schedule with the valuation", True, proof_documents=["valuation"]
    )
    assert check_reading(kept, "inform", FormReading(slots={"was_specified": True})).passed
    other = reply("was_specified", "yes, it's on the schedule", True, proof_documents=["valuation"])
    assert not check_reading(other, "inform", FormReading(slots={"was_specified": True})).passed


def test_the_readers_are_the_forms_own() -> None:
    replies = [
        reply("item_value", "it was about 900 bucks", 900),
        reply("wears_daily", "every single day", True, flow="advice"),
        reply("item_value", "no idea sorry", 5),
    ]
    checked = check_all(replies, parse_as_inform)
    assert [c.passed for c in checked] == [True, True, False]
    assert summary(checked)["by_question"] == {"advice.wears_daily": "1/1", "claim.item_value": "1/2"}


def test_a_month_or_year_label_takes_any_day_of_it() -> None:
    june = reply("purchase_date", "June 2024", "2024-06")
    assert check_reading(june, "inform", FormReading(slots={"purchase_date": "2024-06-01"})).passed
    assert not check_reading(june, "inform", FormReading(slots={"purchase_date": "2024-07-01"})).passed
    assert not check_reading(june, "inform", FormReading()).passed


def test_a_phone_number_is_its_digits() -> None:
    spaced = reply("claimant_phone", "(415) 555-0132", "4155550132")
    assert check_reading(spaced, "inform", FormReading(slots={"claimant_phone": "(415) 555-0132"})).passed
    assert not check_reading(spaced, "inform", FormReading(slots={"claimant_phone": "555-0132"})).passed
