"""Decline explanations per reason code, with the ombudsman cases as fixtures."""

from __future__ import annotations

import pytest

from bot.rules.declines import (
    ClaimedPiece,
    DeclineKnowledge,
    apply_sublimits,
    explain_decline,
    load_decline_knowledge,
    region_for,
)
from bot.rules.regions import DEFAULT_REGION, currency_of, region_of
from bot.wording.declines import decline_messages

CODES = [
    "wear_and_tear",
    "reasonable_care",
    "storage_condition",
    "invited_guest_theft",
    "claim_limit",
    "proof_of_ownership",
    "specified_after_loss",
    "named_perils_no_disappearance",
    "care_plan_no_loss_theft",
    "manufacturer_defect",
]


@pytest.fixture(scope="module")
def knowledge() -> DeclineKnowledge:
    return load_decline_knowledge()


def test_every_contract_code_has_knowledge(knowledge: DeclineKnowledge) -> None:
    assert sorted(knowledge.reasons) == sorted(CODES)


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize(("region", "route"), [("NZ", "IFSO"), ("US", "state insurance department")])
def test_each_reason_explains_term_facts_help_steps_and_prevention(
    knowledge: DeclineKnowledge, code: str, region: str, route: str
) -> None:
    explanation = explain_decline(code, region, knowledge)
    reason = explanation.reason
    assert reason.term and reason.turns_on and reason.what_helps and reason.prevention and reason.sources
    text = "\n".join(decline_messages(explanation))
    assert reason.term in text
    assert "Next steps, in order:" in text
    assert route in text
    assert text.index("in writing") < text.index(route), "the written reason comes before the ombudsman"
    assert "To avoid this next time" in text


def test_specifying_after_a_loss_is_called_fraud(knowledge: DeclineKnowledge) -> None:
    text = " ".join(decline_messages(explain_decline("specified_after_loss", "NZ", knowledge))).lower()
    assert "fraud" in text


def test_unknown_reason_is_refused(knowledge: DeclineKnowledge) -> None:
    with pytest.raises(KeyError):
        explain_decline("bad_luck", "US", knowledge)


# The four ombudsman cases (seed 004) are the reference examples.
@pytest.mark.parametrize(
    ("code", "outcome", "figure", "value"),
    [
        ("proof_of_ownership", "fair", "claimed", 57000),
        ("wear_and_tear", "upheld", "years_worn_daily", 42),
        ("claim_limit", "correct", "offered", 16000),
        ("storage_condition", "upheld", "specified_total", 105000),
    ],
)
def test_seed_cases_are_attached(
    knowledge: DeclineKnowledge, code: str, outcome: str, figure: str, value: float
) -> None:
    case = knowledge.reasons[code].cases[0]
    assert outcome in case.outcome
    assert case.figures[figure] == value


def test_sanje_case_limits_give_16000(knowledge: DeclineKnowledge) -> None:
    figures = knowledge.reasons["claim_limit"].cases[0].figures
    settlement = apply_sublimits(
        {"jewellery": figures["claimed"] - 5000, "gemstones": 5000},
        {"jewellery": figures["jewellery_limit"], "gemstones": figures["gemstone_limit"]},
    )
    assert settlement.paid == figures["offered"] == 16000
    assert settlement.unpaid == 34000


def test_single_item_limit_caps_the_watch(knowledge: DeclineKnowledge) -> None:
    figures = knowledge.reasons["claim_limit"].cases[1].figures
    settlement = apply_sublimits(
        {"watch": figures["replacement_cost"]}, {"watch": figures["single_item_limit"]}
    )
    assert settlement.paid == 3000 and settlement.unpaid == 3375


def test_partial_settlement_arithmetic_is_shown(knowledge: DeclineKnowledge) -> None:
    explanation = explain_decline("claim_limit", "NZ", knowledge, claimed=50000, offered=16000)
    text = "\n".join(decline_messages(explanation, "NZD"))
    assert "NZ$16,000 against NZ$50,000" in text and "NZ$34,000 less" in text
    assert "jewellery" in text  # New Zealand spelling
    # The limits shown are the case's in knowledge/declines.yml, not a copy in the code.
    assert knowledge.example_limits == (15000.0, 1000.0)
    assert "NZ$15,000 jewellery limit plus a NZ$1,000 gemstone limit" in text


@pytest.mark.parametrize(
    ("currency", "stated", "region"),
    [("NZD", None, "NZ"), ("USD", None, None), ("USD", "NZ", "NZ"), (None, "US", "US")],
)
def test_region(currency: str | None, stated: str | None, region: str | None) -> None:
    assert region_for(currency, stated) == region


def test_an_unknown_region_is_the_default_one_with_its_currency(knowledge: DeclineKnowledge) -> None:
    explanation = explain_decline("claim_limit", "Mars", knowledge)
    assert explanation.region == DEFAULT_REGION == "US"
    assert (currency_of("NZ"), currency_of("US"), currency_of("Mars")) == ("NZD", "USD", "USD")


def test_a_currency_names_its_region_and_anything_else_is_the_default_one() -> None:
    assert (region_of("NZD"), region_of("USD"), region_of(None), region_of("EUR")) == ("NZ", "US", "US", "US")


def test_an_unlisted_pieces_value_shows_what_the_cap_leaves(knowledge: DeclineKnowledge) -> None:
    piece = ClaimedPiece(item_type="bracelet", value=4200.0, unlisted_limit=1500.0)
    text = "\n".join(decline_messages(explain_decline("claim_limit", "US", knowledge, piece=piece), "USD"))
    assert "The reason for your bracelet" in text
    assert "your $4,200 bracelet" in text and "leaves $2,700 unpaid" in text


def test_the_cap_arithmetic_is_only_for_a_capping_reason(knowledge: DeclineKnowledge) -> None:
    piece = ClaimedPiece(item_type="bracelet", value=4200.0, unlisted_limit=1500.0)
    text = "\n".join(decline_messages(explain_decline("wear_and_tear", "US", knowledge, piece=piece), "USD"))
    assert "unpaid" not in text and "for your bracelet" in text


def test_settlement_figures_replace_the_cap_arithmetic(knowledge: DeclineKnowledge) -> None:
    piece = ClaimedPiece(item_type="ring", value=9000.0, unlisted_limit=2500.0)
    explanation = explain_decline("claim_limit", "NZ", knowledge, claimed=9000, offered=2500, piece=piece)
    assert explanation.unpaid_over_limit is None
    assert "NZ$6,500 less" in "\n".join(decline_messages(explanation, "NZD"))
