"""The store's checks against the contract: the codes it accepts are the ones the
rest of the assistant produces, and the refusals name the field and the reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from bot.language import facts
from bot.rules.claims import load_claim_knowledge
from bot.store.claims import ClaimDraft
from bot.store.validation import FLAG_CODES, ITEM_TYPES, MISSING_DOCUMENT_CODES, ClaimRejected, check_claim
from bot.wording.claims import FLAG_EXPLANATIONS
from tests.test_contract import CONTRACT

TODAY = date(2026, 11, 29)
DRAFT = ClaimDraft(
    sender_id="chat-1",
    claim_type="theft",
    item_type="ring",
    item_value=9000.0,
    currency="NZD",
    loss_date=date(2026, 11, 14),
    loss_description="Taken from the bedside table while the plumber was in",
    was_specified=False,
    claimant_name="Ana Ruiz",
    claimant_email="ana.ruiz@example.com",
    claimant_phone="+64 21 555 0199",
    proof_documents=("receipt", "photo"),
    missing_documents=("valuation", "police_report"),
    claim_flags=("claim_limit",),
    flag_facts={"claim_limit": "an unlisted $9,000 piece"},
    police_report_number="none: " + "x" * 300,
)


def test_every_code_the_assistant_produces_is_accepted() -> None:
    assert tuple(CONTRACT["item_type"] or ()) == ITEM_TYPES
    assert {code for _, code in facts.ITEM_WORDS} <= set(ITEM_TYPES)  # what is read from text
    knowledge = load_claim_knowledge()
    assert set(knowledge.documents) <= set(MISSING_DOCUMENT_CODES)
    assert {rule.code for rule in knowledge.flag_rules} <= set(FLAG_CODES)
    assert set(FLAG_EXPLANATIONS) <= set(FLAG_CODES)
    assert set(FLAG_CODES) == set(CONTRACT["decline_reason"] or ())


def test_a_claim_within_the_contract_passes() -> None:
    check_claim(DRAFT, TODAY)
    check_claim(replace(DRAFT, loss_date=date(2006, 11, 29)), TODAY)


def test_an_unknown_specification_assumed_answers_and_a_purchase_date_pass() -> None:
    check_claim(replace(DRAFT, was_specified=None), TODAY)
    check_claim(replace(DRAFT, assumed_answers=("currency", "item_type", "was_specified")), TODAY)
    check_claim(replace(DRAFT, purchase_date=date(1950, 6, 1)), TODAY)
    check_claim(replace(DRAFT, purchase_date=DRAFT.loss_date), TODAY)


def test_a_loss_date_or_value_may_be_not_known_only_when_marked_for_staff() -> None:
    check_claim(replace(DRAFT, loss_date=None, assumed_answers=("loss_date",)), TODAY)
    check_claim(
        replace(DRAFT, loss_date=None, assumed_answers=("loss_date",), purchase_date=date(2025, 3, 1)), TODAY
    )
    with pytest.raises(ClaimRejected) as refused:
        check_claim(replace(DRAFT, loss_date=None), TODAY)
    assert refused.value.field == "loss_date"
    check_claim(replace(DRAFT, item_value=None, assumed_answers=("item_value",)), TODAY)
    with pytest.raises(ClaimRejected) as refused:
        check_claim(replace(DRAFT, item_value=None, assumed_answers=("loss_date",)), TODAY)
    assert refused.value.field == "item_value"
    with pytest.raises(ClaimRejected) as refused:
        check_claim(
            replace(
                DRAFT, loss_date=None, assumed_answers=("loss_date",), purchase_date=TODAY + timedelta(1)
            ),
            TODAY,
        )
    assert refused.value.field == "purchase_date"


def test_one_way_to_reach_the_claimant_may_be_not_given_but_not_both() -> None:
    check_claim(replace(DRAFT, claimant_email=None, assumed_answers=("claimant_email",)), TODAY)
    check_claim(replace(DRAFT, claimant_phone=None, assumed_answers=("claimant_phone",)), TODAY)
    both = ("claimant_email", "claimant_phone")
    with pytest.raises(ClaimRejected) as refused:
        check_claim(replace(DRAFT, claimant_email=None, claimant_phone=None, assumed_answers=both), TODAY)
    assert refused.value.reason == "no_way_to_reach"
    with pytest.raises(ClaimRejected) as refused:
        check_claim(replace(DRAFT, claimant_email=None), TODAY)
    assert refused.value.field == "claimant_email"


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"item_type": "<script>alert(1)</script>"}, "item_type", "unknown_code"),
        ({"item_value": -1e308}, "item_value", "not_positive"),
        ({"item_value": float("nan")}, "item_value", "not_finite"),
        ({"item_value": float("inf")}, "item_value", "not_finite"),
        ({"item_value": 10_000_000.01}, "item_value", "too_large"),
        ({"item_value": True}, "item_value", "not_a_number"),
        ({"currency": "XXXX"}, "currency", "unknown_code"),
        ({"loss_date": date(1900, 1, 1)}, "loss_date", "too_old"),
        ({"loss_date": TODAY + timedelta(days=1)}, "loss_date", "future"),
        ({"claimant_phone": "not a phone"}, "claimant_phone", "bad_shape"),
        ({"claimant_phone": "+64 21 555 0199 <b>"}, "claimant_phone", "markup"),
        ({"claimant_email": "ana@example"}, "claimant_email", "bad_shape"),
        ({"claimant_name": None}, "claimant_name", "missing"),
        ({"claimant_name": "   "}, "claimant_name", "empty"),
        ({"police_report_number": "1" * 500}, "police_report_number", "too_long"),
        ({"police_report_number": "none: no <img src=x>"}, "police_report_number", "markup"),
        ({"loss_description": "it was \x1b[31mred"}, "loss_description", "control_character"),
        ({"proof_documents": ("<b>forged</b>",)}, "proof_documents", "unknown_code"),
        ({"proof_documents": ("receipt", "receipt")}, "proof_documents", "repeated_code"),
        ({"missing_documents": ("passport",)}, "missing_documents", "unknown_code"),
        ({"claim_flags": ("made_up",)}, "claim_flags", "unknown_code"),
        ({"flag_facts": {"made_up": "x"}}, "flag_facts", "unknown_code"),
        ({"was_specified": "no"}, "was_specified", "not_yes_or_no"),
        ({"was_specified": 0}, "was_specified", "not_yes_or_no"),
        ({"assumed_answers": ("made_up",)}, "assumed_answers", "unknown_code"),
        ({"assumed_answers": ("sender_id",)}, "assumed_answers", "unknown_code"),
        ({"assumed_answers": ("currency", "currency")}, "assumed_answers", "repeated_code"),
        ({"assumed_answers": "currency"}, "assumed_answers", "not_a_list"),
        ({"purchase_date": "2020-01-01"}, "purchase_date", "not_a_date"),
        ({"purchase_date": TODAY + timedelta(days=1)}, "purchase_date", "future"),
        ({"purchase_date": date(1800, 1, 1)}, "purchase_date", "too_old"),
        ({"purchase_date": DRAFT.loss_date + timedelta(days=1)}, "purchase_date", "after_loss"),
        ({"sender_id": ""}, "sender_id", "empty"),
    ],
)
def test_each_field_outside_the_contract_is_refused_by_name(
    changes: dict[str, object], field: str, reason: str
) -> None:
    with pytest.raises(ClaimRejected) as refused:
        check_claim(replace(DRAFT, **changes), TODAY)  # type: ignore[arg-type]
    assert (refused.value.field, refused.value.reason) == (field, reason)
