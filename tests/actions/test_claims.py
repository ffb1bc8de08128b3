"""Claim actions on trackers from JSON fixtures, with a real SQLite store in tmp_path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.claims import (
    _STORE_FIELDS,
    ActionAskClaimConfirmed,
    ActionAskProofDocuments,
    ActionSubmitClaim,
    ValidateClaimIntakeForm,
    applicable_slots,
    stored_assumptions,
)
from bot.store.claims import ClaimStore
from tests.actions.conftest import load_tracker, slot_events
from tests.actions.trackers import built_tracker


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return tmp_path


async def test_submit_stores_the_claim_and_sets_the_contract_slots(
    data_dir: Path, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionSubmitClaim().run(dispatcher, load_tracker("claim_confirmed_theft"), domain)
    slots = slot_events(events)
    reference = slots["claim_reference"]
    assert set(slots["claim_flags"]) == {
        "claim_limit",
        "proof_of_ownership",
        "invited_guest_theft",
        "storage_condition",
    }
    assert slots["missing_documents"] == ["receipt", "valuation"]
    assert reference in dispatcher.messages[0]["text"]
    record = ClaimStore(f"sqlite:///{data_dir / 'claims.db'}").find_claim(reference, "ana.ruiz@example.com")
    assert record is not None and record.item_value == 9000.0 and record.proof_documents == ("photo",)


async def test_a_claim_with_its_date_and_value_left_for_staff_is_stored_and_says_so(
    data_dir: Path, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = load_tracker("claim_confirmed_theft").current_state()
    state["slots"].update(item_value=None, loss_date=None, assumed_answers=["item_value", "loss_date"])
    tracker = Tracker.from_dict(state)
    summary = CollectingDispatcher()
    await ActionAskClaimConfirmed().run(summary, tracker, domain)
    said = " ".join(m.get("text") or "" for m in summary.messages)
    assert "Value: not known yet" in said and "Date: not known yet" in said
    slots = slot_events(await ActionSubmitClaim().run(dispatcher, tracker, domain))
    assert "claim_limit" not in slots["claim_flags"]  # no value, no sublimit to compare
    record = ClaimStore(f"sqlite:///{data_dir / 'claims.db'}").find_claim(
        slots["claim_reference"], "ana.ruiz@example.com"
    )
    assert record is not None and record.item_value is None and record.loss_date is None
    assert record.assumed_answers == ("item_value", "loss_date")


async def test_a_claim_sent_without_a_plain_yes_carries_the_words_for_staff(
    data_dir: Path, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = load_tracker("claim_confirmed_theft").current_state()
    state["slots"]["assumed_answers"] = ["claim_confirmed"]
    state["latest_message"] = {**state["latest_message"], "text": "hmm  the thing about the window"}
    slots = slot_events(await ActionSubmitClaim().run(dispatcher, Tracker.from_dict(state), domain))
    record = ClaimStore(f"sqlite:///{data_dir / 'claims.db'}").get_claim(slots["claim_reference"])
    assert record is not None and len(record.notes) == 1
    assert record.notes[0].author == "assistant"
    assert '"hmm the thing about the window"' in record.notes[0].text
    # Not a field of the claim: the store's list of assumed answers stays the claim's own.
    assert "claim_confirmed" not in record.assumed_answers


async def test_a_claim_confirmed_with_a_yes_has_no_note(
    data_dir: Path, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    slots = slot_events(
        await ActionSubmitClaim().run(dispatcher, load_tracker("claim_confirmed_theft"), domain)
    )
    record = ClaimStore(f"sqlite:///{data_dir / 'claims.db'}").get_claim(slots["claim_reference"])
    assert record is not None and record.notes == ()


async def test_submit_failure_says_not_saved_and_keeps_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    # A database that cannot be opened: the claim must not be reported as saved.
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'missing-dir' / 'claims.db'}")
    events = await ActionSubmitClaim().run(dispatcher, load_tracker("claim_confirmed_theft"), domain)
    assert slot_events(events) == {"claim_confirmed": None}
    assert dispatcher.messages[0]["response"] == "utter_claim_not_saved"
    # The form opens again at the confirmation, so "yes" retries the save.
    assert {"event": "followup", "name": "claim_intake_form"} in [
        {k: e.get(k) for k in ("event", "name")} for e in events
    ]


async def test_bad_email_is_reasked_with_an_example(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateClaimIntakeForm().run(dispatcher, load_tracker("claim_asking_email"), domain)
    slots = slot_events(events)
    assert "claimant_email" not in slots
    assert slots["validation_failures"] == 1.0
    assert "name@example.com" in dispatcher.messages[0]["text"]


@pytest.mark.parametrize(
    ("known", "includes", "excludes"),
    [
        ({"claim_type": "theft"}, {"police_report_number", "was_specified"}, {"last_seen", "has_care_plan"}),
        ({"claim_type": "lost"}, {"last_seen", "search_done"}, {"police_report_number"}),
        (
            {"claim_type": "damage", "has_care_plan": True},
            {"purchase_date", "was_specified"},
            {"police_report_number", "last_seen"},
        ),
        (
            {"claim_type": "damage", "has_care_plan": False},
            {"was_specified", "has_care_plan"},
            {"purchase_date"},
        ),
    ],
)
def test_questions_that_apply(known: dict[str, Any], includes: set[str], excludes: set[str]) -> None:
    slots = applicable_slots(known)
    assert includes <= set(slots) and not excludes & set(slots)
    assert slots[-1] == "claim_confirmed"


def test_assumed_answers_are_named_as_the_store_names_its_fields() -> None:
    names = stored_assumptions(["has_care_plan", "loss_date", "not_a_field"])
    assert "not_a_field" not in names
    assert set(names) <= _STORE_FIELDS
    assert ("care_plan" in names) == ("care_plan" in _STORE_FIELDS)


def _claim_tracker(texts: list[str], latest: str, requested: str) -> Tracker:
    """A claim opened by texts[0], answered with the rest, `latest` the newest message."""
    events: list[dict[str, Any]] = [{"event": "user", "text": texts[0]}]
    events.append({"event": "active_loop", "name": "claim_intake_form"})
    for text in texts[1:]:
        events += [{"event": "slot", "name": "requested_slot", "value": "x"}, {"event": "user", "text": text}]
    events.append({"event": "user", "text": latest})
    return built_tracker(
        latest,
        slots={**CLAIM_BEFORE_PROOF, "requested_slot": requested},
        events=events,
        loop="claim_intake_form",
        sender="fixture-told",
    )


CLAIM_BEFORE_PROOF = {
    "claim_type": "theft",
    "item_type": "ring",
    "item_value": 4000.0,
    "loss_date": "2026-11-20",
    "loss_description": "taken from my bag at a cafe, luckily I still have the receipt",
    "was_specified": False,
    "police_report_number": "2611-4471",
}
TOLD = [
    "my ring was stolen, it was valued at 4000 last year",
    "taken from my bag at a cafe, luckily I still have the receipt",
]


async def test_the_proof_question_says_what_was_told_and_asks_for_the_rest(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = _claim_tracker(TOLD[:1], TOLD[1], "proof_documents")
    await ActionAskProofDocuments().run(dispatcher, tracker, domain)
    text = dispatcher.messages[0]["text"]
    assert text.startswith("You mentioned a valuation or appraisal, the purchase receipt.")
    assert "- photos of the piece" in text and "- the purchase receipt" not in text


@pytest.mark.parametrize(
    ("answer", "documents"),
    [
        ("some photos too", ["valuation", "receipt", "photo"]),
        ("nothing else", ["valuation", "receipt"]),
        ("that's all", ["valuation", "receipt"]),
        ("no valuation actually, just the receipt", ["receipt"]),
    ],
)
async def test_documents_told_earlier_are_kept_with_the_answer(
    answer: str, documents: list[str], dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = _claim_tracker(TOLD, answer, "proof_documents")
    events = await ValidateClaimIntakeForm().run(dispatcher, tracker, domain)
    assert slot_events(events)["proof_documents"] == documents
