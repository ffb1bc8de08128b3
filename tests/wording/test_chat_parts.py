"""The chat's structured parts and guiding words (bot/wording/chat_parts.py)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import read_claim_answers
from bot.rules.advice import recommend
from bot.rules.claims import load_claim_knowledge
from bot.rules.knowledge import load_coverage_facts
from bot.wording.chat_parts import (
    advice_card,
    changed_card,
    claim_opening,
    edit_payload,
    edit_target,
    handoff_text,
    privacy_note,
    progress,
    proof_checklist,
    reference_part,
    summary_part,
    tel_target,
)
from tests.wording.profiles import told

ORDER = ["claim_type", "item_type", "item_value", "loss_date"]


def test_progress_counts_the_next_unanswered_question() -> None:
    values = {"claim_type": "theft", "item_type": "ring", "item_value": None}
    assert progress(ORDER, values, "claim") == {
        "widget": "progress", "flow": "claim", "step": 3, "of": 4, "slot": "item_value",
    }  # fmt: skip
    assert progress(ORDER, dict.fromkeys(ORDER, "x"), "claim") is None  # nothing left to ask


def test_progress_goes_past_a_question_left_not_known() -> None:
    values = {
        "claim_type": "theft",
        "item_type": "ring",
        "item_value": None,
        "assumed_answers": ["item_value"],
    }
    assert progress(ORDER, values, "claim") == {
        "widget": "progress", "flow": "claim", "step": 4, "of": 4, "slot": "loss_date",
    }  # fmt: skip


def test_the_claim_opening_is_sympathetic_and_says_how_long() -> None:
    text = claim_opening(11)
    assert text.startswith("I'm sorry this happened") and "about 11 short questions" in text
    assert "4 minutes" in text


def test_the_handoff_gives_phone_and_email_as_links_and_the_hours() -> None:
    text = handoff_text("Aurora Fine Jewelry", "+64 9 555 0100", "help@aurora.test", "Mon-Sat 9am-5pm")
    assert "[+64 9 555 0100](tel:+6495550100)" in text
    assert "[help@aurora.test](mailto:help@aurora.test)" in text
    assert "(open Mon-Sat 9am-5pm)" in text and "Aurora Fine Jewelry" in text


def test_the_handoff_without_a_phone_or_hours_says_only_what_is_set() -> None:
    text = handoff_text("our store", "", "help@example-jeweler.test", "")
    assert "tel:" not in text and "open" not in text and "mailto:help@example-jeweler.test" in text
    assert "contact the store" in handoff_text("our store", "", "", "")


@pytest.mark.parametrize(
    ("phone", "target"), [("+1 (555) 010-0199", "+15550100199"), ("09 555 0100", "095550100")]
)
def test_a_phone_number_becomes_a_dialable_tel_target(phone: str, target: str) -> None:
    assert tel_target(phone) == target


def test_the_privacy_note_links_only_a_web_address() -> None:
    assert "([privacy notice](https://shop.test/privacy))" in privacy_note("https://shop.test/privacy")
    assert "javascript" not in privacy_note("javascript:alert(1)") and "(" not in privacy_note("")


def test_summary_lines_carry_an_edit_that_names_their_question() -> None:
    slots = {
        "claim_type": "theft", "item_type": "engagement_ring", "item_value": 9000.0, "currency": "USD",
        "loss_date": "2026-11-20", "police_report_number": "2611-4471", "proof_documents": ["receipt"],
        "claimant_email": "ana@example.com",
    }  # fmt: skip
    part = summary_part(slots, load_claim_knowledge())
    lines = {line["label"]: line for line in part["lines"]}
    assert lines["Police report"] == {
        "label": "Police report", "value": "2611-4471", "edit": '/edit_answer{"edit_slot": "police_report_number"}',
    }  # fmt: skip
    assert lines["Value"]["value"] == "$9,000" and "Name" not in lines


def test_an_edit_names_only_a_question_of_this_summary() -> None:
    entities = [{"entity": "edit_slot", "value": "loss_date"}]
    assert edit_target(entities, ["loss_date", "claimant_name"]) == "loss_date"
    assert edit_target(entities, ["claimant_name"]) is None
    assert edit_target([{"entity": "edit_slot", "value": "claim_reference"}], ["loss_date"]) is None
    assert edit_payload("loss_date") == '/edit_answer{"edit_slot": "loss_date"}'


def test_the_proof_checkboxes_are_read_back_as_the_documents_they_name() -> None:
    part = proof_checklist(load_claim_knowledge())
    labels = {option["value"]: option["label"] for option in part["options"]}
    assert "care_plan_brochure" not in labels
    answer = " and ".join(labels.values())
    reading = read_claim_answers(UserMessage(answer, "inform", ()), "proof_documents", {}, date(2026, 11, 29))
    assert sorted(reading.slots["proof_documents"]) == sorted(labels)


def test_the_advice_card_has_the_cover_its_cost_and_the_reasons() -> None:
    facts = load_coverage_facts()
    profile = told("engagement_ring", 8500.0, travels_often=True, wears_daily=True)
    advice = recommend(profile, facts)
    card = advice_card(profile, advice, facts)
    assert card["widget"] == "card" and card["title"][:1].isupper() and card["reasons"]
    assert card["cost"].startswith("Expected cost: about $") and card["cost"].endswith("a year")
    changed = changed_card(card, "The recommendation stays the same, and so does the expected cost.")
    assert changed["kicker"] == "Updated recommendation" and changed["notes"] == []
    assert changed["reasons"] == ["The recommendation stays the same, and so does the expected cost."]


def test_the_advice_card_without_a_value_starts_with_the_valuation_and_gives_the_rate() -> None:
    facts = load_coverage_facts()
    profile = told("necklace", None, wears_daily=True, area_type="urban")
    card = advice_card(profile, recommend(profile, facts), facts, ("item_value",))
    assert card["reasons"][0].startswith("First step: get an appraisal")
    rate = facts.rates["urban"]
    assert (
        f"about ${rate.low * 1000:,.0f} to ${rate.high * 1000:,.0f} a year for every $1,000" in card["cost"]
    )
    assert "None" not in str(card) and "$0" not in card["cost"]


def test_the_reference_part() -> None:
    assert reference_part("JC-7F3K9Q") == {"widget": "reference", "reference": "JC-7F3K9Q"}
