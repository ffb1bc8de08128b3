"""Claim rules: documents per claim type, every flag code, care-plan routing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot.rules.claims import (
    ClaimFacts,
    ClaimKnowledge,
    assess_claim,
    care_plan_route,
    intake_questions,
    load_claim_knowledge,
    missing_documents,
    offered_documents,
    required_documents,
)
from bot.wording.claims import documents_question, flag_facts_text


@pytest.fixture(scope="module")
def knowledge() -> ClaimKnowledge:
    return load_claim_knowledge()


BASE = ClaimFacts(
    claim_type="theft",
    item_type="ring",
    item_value=1200.0,
    currency="USD",
    loss_description="It was taken in a burglary while we were away",
    was_specified=True,
    proof_documents=("receipt", "valuation", "photo"),
)


@pytest.mark.parametrize(
    ("claim_type", "item_type", "care_plan", "expected"),
    [
        ("theft", "ring", False, ("proof_of_purchase", "valuation", "photo", "police_report")),
        ("lost", "necklace", False, ("proof_of_purchase", "valuation", "photo")),
        ("damage", "bracelet", False, ("proof_of_purchase", "valuation", "photo", "jeweler_report")),
        (
            "theft",
            "watch",
            False,
            ("proof_of_purchase", "valuation", "photo", "police_report", "serial_number"),
        ),
        ("lost", "engagement_ring", False, ("proof_of_purchase", "valuation", "photo", "grading_report")),
        ("damage", "watch", True, ("receipt", "care_plan_brochure")),
    ],
)
def test_required_documents(
    knowledge: ClaimKnowledge, claim_type: str, item_type: str, care_plan: bool, expected: tuple[str, ...]
) -> None:
    assert required_documents(claim_type, item_type, care_plan, knowledge) == expected


@pytest.mark.parametrize(
    ("offered", "missing"),
    [
        (("receipt", "valuation", "photo"), ("police_report",)),
        (("bank_statement", "valuation", "photo"), ("police_report",)),  # either proves purchase
        (("photo",), ("receipt", "valuation", "police_report")),
        ((), ("receipt", "valuation", "photo", "police_report")),
    ],
)
def test_missing_documents(
    knowledge: ClaimKnowledge, offered: tuple[str, ...], missing: tuple[str, ...]
) -> None:
    required = required_documents("theft", "ring", False, knowledge)
    assert missing_documents(required, offered, knowledge) == missing


def codes(facts: ClaimFacts, knowledge: ClaimKnowledge) -> list[str]:
    return [f.code for f in assess_claim(facts, knowledge)]


def test_a_clean_claim_raises_nothing(knowledge: ClaimKnowledge) -> None:
    assert codes(BASE, knowledge) == []


@pytest.mark.parametrize(
    ("changes", "flag", "fact"),
    [
        ({"was_specified": False, "item_value": 9000.0}, "claim_limit", "$9,000"),
        ({"was_specified": False, "item_value": 3000.0, "currency": "NZD"}, "claim_limit", "NZ$2,500"),
        (
            {"claim_type": "lost", "was_specified": False, "item_value": 800.0},
            "named_perils_no_disappearance",
            "not listed",
        ),
        ({"proof_documents": ("photo",)}, "proof_of_ownership", "photo only"),
        (
            {"claim_type": "damage", "loss_description": "the claws were worn after years of daily wear"},
            "wear_and_tear",
            "worn",
        ),
        ({"loss_description": "the plumber was in the house all day"}, "invited_guest_theft", "plumber"),
        # Someone met on a dating app, had over: a person let in.
        (
            {"loss_description": "a guy from Tinder came over to my flat and the bracelet went with him"},
            "invited_guest_theft",
            "Tinder",
        ),
        (
            {"loss_description": "we had a friend round on Friday and the ring was gone after"},
            "invited_guest_theft",
            "had a friend round",
        ),
        (
            {"loss_description": "it was on the dresser, not in the safe"},
            "storage_condition",
            "on the dresser",
        ),
        (
            {"claim_type": "lost", "loss_description": "I left it on the sink at the gym"},
            "reasonable_care",
            "gym",
        ),
        ({"claim_type": "lost", "care_plan": True}, "care_plan_no_loss_theft", "repairs only"),
        (
            {"claim_type": "damage", "loss_description": "the clasp came apart, it must be faulty"},
            "manufacturer_defect",
            "faulty",
        ),
    ],
)
def test_every_flag_with_the_facts_that_raised_it(
    knowledge: ClaimKnowledge, changes: dict[str, object], flag: str, fact: str
) -> None:
    flags = {f.code: flag_facts_text(f) for f in assess_claim(replace(BASE, **changes), knowledge)}  # type: ignore[arg-type]
    assert flag in flags
    assert fact in flags[flag]


def test_flag_patterns_only_apply_to_their_claim_types(knowledge: ClaimKnowledge) -> None:
    # Worn claws in a theft story are not a wear-and-tear risk.
    facts = replace(BASE, loss_description="the claws were worn but it was stolen from my bag")
    assert "wear_and_tear" not in codes(facts, knowledge)


@pytest.mark.parametrize(
    ("days", "route"), [(0, "return_to_jeweler"), (30, "return_to_jeweler"), (31, "claim_through_jeweler")]
)
def test_care_plan_route(knowledge: ClaimKnowledge, days: int, route: str) -> None:
    today = date(2026, 11, 21)
    assert care_plan_route(date.fromordinal(today.toordinal() - days), today, knowledge) == route


def test_documents_question_explains_why_each_matters(knowledge: ClaimKnowledge) -> None:
    text = documents_question(knowledge)
    assert "one photo alone is weak proof" in text
    assert "receipt" in text and "grading report" in text
    assert "brochure" not in text  # asked only for a care-plan repair


@pytest.mark.parametrize(
    ("number", "missing"),
    [("2611-4471", ()), ("none: not reported yet", ("police_report",)), (None, ("police_report",))],
)
def test_a_police_report_number_counts_as_the_report(
    knowledge: ClaimKnowledge, number: str | None, missing: tuple[str, ...]
) -> None:
    required = required_documents("theft", "ring", False, knowledge)
    offered = offered_documents(("receipt", "valuation", "photo"), number)
    assert missing_documents(required, offered, knowledge) == missing


def test_a_report_is_asked_for_where_the_knowledge_requires_it() -> None:
    knowledge = load_claim_knowledge()
    assert "police_report_number" in intake_questions("theft", None, knowledge)
    assert "police_report_number" not in intake_questions("lost", None, knowledge)
    reported_losses = replace(knowledge, required={**knowledge.required, "lost": ("police_report",)})
    assert "police_report_number" in intake_questions("lost", None, reported_losses)
    repair = intake_questions("damage", True, knowledge)
    assert repair.index("has_care_plan") < repair.index("purchase_date") < repair.index("was_specified")


def test_a_piece_listed_only_after_the_loss_is_flagged(knowledge: ClaimKnowledge) -> None:
    facts = replace(BASE, was_specified=False, listed_after_loss=True)
    flags = {f.code: flag_facts_text(f) for f in assess_claim(facts, knowledge)}
    assert "after it happened" in flags["specified_after_loss"]
    assert "specified_after_loss" not in codes(replace(BASE, was_specified=False), knowledge)
