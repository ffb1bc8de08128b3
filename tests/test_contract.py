"""The contract in ../shared/DESIGN.md: slot names and codes the web page, staff pages
and analytics rely on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]

CONTRACT = {
    "item_type": ["ring", "engagement_ring", "earrings", "necklace", "bracelet", "watch", "pendant", "other"],
    "item_value": None,
    "currency": ["USD", "NZD"],
    "travels_often": None,
    "wears_daily": None,
    "area_type": ["urban", "suburban", "rural"],
    "current_coverage": ["none", "homeowners", "blanket", "scheduled", "standalone"],
    "coverage_recommendation": ["self_insure", "blanket", "scheduled", "standalone"],
    "premium_low": None,
    "premium_high": None,
    "care_plan_suggested": None,
    "claim_type": ["theft", "lost", "damage"],
    "loss_date": None,
    "loss_description": None,
    "was_specified": None,
    "police_report_number": None,
    "proof_documents": None,
    "claimant_name": None,
    "claimant_email": None,
    "claimant_phone": None,
    "claim_reference": None,
    "missing_documents": None,
    "claim_flags": None,
    "decline_reason": [
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
    ],
}
# Values added to the contract's (docs/architecture.md, contract extensions): the reason
# of a refusal the person cannot say, explained without a guess.
EXTENDED = {"decline_reason": ["not_given"]}


@pytest.fixture(scope="module")
def slots() -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for path in sorted((REPO / "domain").glob("*.yml")):
        merged.update((yaml.safe_load(path.read_text()) or {}).get("slots", {}))
    return merged


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_contract_slot_exists_with_its_values(slots: dict[str, Any], name: str) -> None:
    assert name in slots
    values = CONTRACT[name]
    if values is not None:
        assert slots[name]["values"] == values + EXTENDED.get(name, [])


def test_currency_defaults_to_usd(slots: dict[str, Any]) -> None:
    assert slots["currency"]["initial_value"] == "USD"
