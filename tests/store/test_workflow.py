"""The claim workflow in the store: every change checked, recorded with who and why."""

from __future__ import annotations

import pytest

from bot.store.claims import ClaimStore, StatusChange, StatusChangeRefused
from tests.store.test_claims import DRAFT


def test_a_claim_moves_through_the_workflow_with_who_and_why(store: ClaimStore) -> None:
    reference = store.save_claim(DRAFT)
    store.change_status(reference, StatusChange("in_review", "Looking at the receipt", "ana"))
    waiting = store.change_status(
        reference, StatusChange("waiting_for_documents", None, "ben", ("valuation", "bank_statement"))
    )
    assert waiting is not None and waiting.status == "waiting_for_documents"
    assert waiting.awaited_documents == ("valuation", "bank_statement")
    sent = store.change_status(reference, StatusChange("sent_to_insurer", "Sent to Acme", "ana"))
    assert sent is not None and sent.awaited_documents == ()
    history = [(e.status, e.note, e.actor) for e in sent.events]
    assert history == [
        ("in_review", "Looking at the receipt", "ana"),
        ("waiting_for_documents", None, "ben"),
        ("sent_to_insurer", "Sent to Acme", "ana"),
    ]
    assert sent.events[1].documents == ("valuation", "bank_statement")
    assert all(e.created_at is not None for e in sent.events)


def test_waiting_for_documents_defaults_to_what_the_intake_found_missing(store: ClaimStore) -> None:
    reference = store.save_claim(DRAFT)
    waiting = store.change_status(reference, StatusChange("waiting_for_documents", None, "ana"))
    assert waiting is not None and waiting.awaited_documents == ("valuation",)


def test_closed_claims_only_reopen_into_review(store: ClaimStore) -> None:
    reference = store.save_claim(DRAFT)
    store.change_status(reference, StatusChange("closed", "Paid", "ana"))
    with pytest.raises(StatusChangeRefused, match="can move to in_review"):
        store.change_status(reference, StatusChange("sent_to_insurer", None, "ana"))
    reopened = store.change_status(reference, StatusChange("in_review", "Insurer asked again", "ben"))
    assert reopened is not None and reopened.status == "in_review"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (StatusChange("reviewed", None, "ana"), "not a claim status"),
        (StatusChange("new", None, "ana"), "cannot move to new"),
        (StatusChange("in_review", "x" * 2001, "ana"), "note is longer"),
        (StatusChange("in_review", None, ""), "needs who"),
        (StatusChange("waiting_for_documents", None, "ana", ("passport",)), "Unknown document"),
        (StatusChange("closed", None, "ana", ("receipt",)), "only with the status"),
    ],
)
def test_refused_changes_write_nothing(store: ClaimStore, change: StatusChange, message: str) -> None:
    reference = store.save_claim(DRAFT)
    with pytest.raises(StatusChangeRefused, match=message):
        store.change_status(reference, change)
    claim = store.get_claim(reference)
    assert claim is not None and claim.status == "new" and claim.events == ()
