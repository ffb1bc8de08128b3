"""Claims store: one transaction per claim, unique references, lookups by email."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import MISSING, fields, replace
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.store import claims as claims_module
from bot.store.claims import (
    ClaimDraft,
    ClaimRejected,
    ClaimStore,
    LookupAllowance,
    LookupLimit,
    StatusChange,
)
from bot.store.models import StatusLookup

DRAFT = ClaimDraft(
    sender_id="chat-1",
    claim_type="theft",
    item_type="ring",
    item_value=9000.0,
    currency="USD",
    loss_date=date(2026, 11, 14),
    loss_description="Taken from the bedside table while the plumber was in",
    was_specified=False,
    claimant_name="Ana Ruiz",
    claimant_email="Ana.Ruiz@example.com",
    claimant_phone="+1 555 010 2000",
    proof_documents=("receipt", "photo"),
    missing_documents=("valuation",),
    claim_flags=("claim_limit", "invited_guest_theft"),
    flag_facts={"claim_limit": "unspecified $9,000 ring"},
    police_report_number="PR-4471",
)


def test_saved_claim_is_found_with_its_email_only(store: ClaimStore) -> None:
    reference = store.save_claim(DRAFT)
    assert re.fullmatch(r"JC-[A-HJ-NP-Z2-9]{6}", reference)
    found = store.find_claim(reference.lower(), "  ana.ruiz@EXAMPLE.com ")
    assert found is not None
    assert found.claim_type == "theft" and found.item_value == 9000.0
    assert set(found.proof_documents) == {"receipt", "photo"}
    assert found.missing_documents == ("valuation",)
    assert found.claim_flags == ("claim_limit", "invited_guest_theft")
    assert found.flag_facts["claim_limit"] == "unspecified $9,000 ring"
    assert store.find_claim(reference, "someone.else@example.com") is None
    assert store.find_claim("JC-AAAAAA", DRAFT.claimant_email) is None


def test_schema_creation_is_safe_twice(store: ClaimStore) -> None:
    reference = store.save_claim(DRAFT)
    store.create_schema()
    assert store.get_claim(reference) is not None


def test_twenty_concurrent_claims_get_distinct_references(store: ClaimStore) -> None:
    drafts = [replace(DRAFT, sender_id=f"chat-{i}", item_value=1000.0 + i) for i in range(20)]
    with ThreadPoolExecutor(max_workers=10) as pool:
        references = list(pool.map(store.save_claim, drafts))
    assert len(set(references)) == 20
    stored = store.list_claims()
    assert len(stored) == 20
    assert {c.item_value for c in stored} == {1000.0 + i for i in range(20)}


def test_reference_clash_is_retried(store: ClaimStore, monkeypatch: pytest.MonkeyPatch) -> None:
    first = store.save_claim(DRAFT)
    proposals = iter([first, first, "JC-ZZZZ22"])
    monkeypatch.setattr(claims_module, "new_reference", lambda: next(proposals))
    assert store.save_claim(replace(DRAFT, sender_id="chat-2")) == "JC-ZZZZ22"
    assert len(store.list_claims()) == 2


def test_list_filters_newest_first_and_review(store: ClaimStore) -> None:
    theft = store.save_claim(DRAFT)
    lost = store.save_claim(replace(DRAFT, claim_type="lost"))
    assert [c.reference for c in store.list_claims()] == [lost, theft]
    assert [c.reference for c in store.list_claims(claim_type="theft")] == [theft]
    assert store.change_status(theft, StatusChange("in_review", None, "ana")) is not None
    assert [c.reference for c in store.list_claims(status="in_review")] == [theft]
    assert [c.reference for c in store.list_claims(status="new")] == [lost]
    assert store.change_status("JC-NOPE22", StatusChange("in_review", None, "ana")) is None


def test_handoffs_wait_for_staff(store: ClaimStore) -> None:
    store.save_handoff("chat-9", "claim_intake_form")
    store.save_handoff("chat-10", None)
    waiting = store.waiting_handoffs()
    assert [h.sender_id for h in waiting] == ["chat-10", "chat-9"]
    assert waiting[1].flow == "claim_intake_form"


def test_a_handoff_is_recorded_once_while_it_waits(store: ClaimStore) -> None:
    first = store.save_handoff("chat-1", "claim_intake_form")
    assert store.save_handoff("chat-1", None) == first
    other = store.save_handoff("chat-2", None)
    assert other != first
    assert sorted(h.sender_id for h in store.waiting_handoffs()) == ["chat-1", "chat-2"]


def test_a_forged_handoff_is_refused(store: ClaimStore) -> None:
    with pytest.raises(ClaimRejected):
        store.save_handoff("x" * 300, None)
    with pytest.raises(ClaimRejected):
        store.save_handoff("chat-1", "<b>form</b>")
    assert store.waiting_handoffs() == []


LIMIT = LookupLimit(lookups=3, window=timedelta(minutes=10))
START = datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc)


def test_status_lookups_are_limited_per_conversation(store: ClaimStore) -> None:
    for minute in range(3):
        assert store.allow_status_lookup("chat-1", None, LIMIT, START + timedelta(minutes=minute)).allowed
    refused = store.allow_status_lookup("chat-1", None, LIMIT, START + timedelta(minutes=3))
    assert refused == LookupAllowance(False, 7)  # the first lookup leaves the window at 12:10
    assert store.allow_status_lookup("chat-2", None, LIMIT, START + timedelta(minutes=3)).allowed
    # Refused lookups are not counted: once the first one is out of the window, one more.
    assert store.allow_status_lookup("chat-1", None, LIMIT, START + timedelta(minutes=10, seconds=1)).allowed
    assert not store.allow_status_lookup(
        "chat-1", None, LIMIT, START + timedelta(minutes=10, seconds=2)
    ).allowed


def test_status_lookups_are_limited_per_address_across_conversations(store: ClaimStore) -> None:
    for n in range(3):
        assert store.allow_status_lookup(f"chat-{n}", "203.0.113.7", LIMIT, START).allowed
    assert not store.allow_status_lookup("chat-new", "203.0.113.7", LIMIT, START).allowed
    assert store.allow_status_lookup("chat-new", "198.51.100.2", LIMIT, START).allowed


def test_the_lookup_table_keeps_no_conversation_id_or_address(store: ClaimStore) -> None:
    store.allow_status_lookup("chat-secret-id", "203.0.113.7", LIMIT, START)
    with Session(store.engine) as session:
        stored = session.execute(select(StatusLookup.conversation, StatusLookup.address)).all()
    assert stored and all("chat-secret-id" not in row[0] and "203.0.113" not in row[1] for row in stored)


def test_the_engine_hides_statement_parameters(store: ClaimStore) -> None:
    assert store.engine.hide_parameters is True


# Every field set, none to its default: a field the store forgot would come back changed.
EVERY_FIELD = replace(
    DRAFT,
    item_value=9000.25,
    was_specified=True,
    last_seen="On the beach towel at Piha",
    search_done="Walked the beach twice and asked the lifeguards",
    care_plan=True,
    assumed_answers=("currency",),
    purchase_date=date(2019, 5, 4),
)


def test_every_field_of_the_one_claim_type_round_trips(store: ClaimStore) -> None:
    defaults = ClaimDraft(**{f.name: None for f in fields(ClaimDraft) if f.default is MISSING})
    left_at_default = [
        f.name for f in fields(ClaimDraft) if getattr(EVERY_FIELD, f.name) == getattr(defaults, f.name)
    ]
    assert left_at_default == []
    reference = store.save_claim(EVERY_FIELD)
    record = store.get_claim(reference)
    assert record is not None and isinstance(record, ClaimDraft)
    assert record.draft() == EVERY_FIELD
    listed = store.list_claims()
    assert [c.draft() for c in listed] == [EVERY_FIELD]


def test_an_unknown_specification_is_kept_as_unknown_not_no(store: ClaimStore) -> None:
    reference = store.save_claim(replace(DRAFT, was_specified=None))
    record = store.get_claim(reference)
    assert record is not None and record.was_specified is None


def test_a_loss_date_and_value_not_known_are_kept_as_not_known(store: ClaimStore) -> None:
    left = ("item_value", "loss_date")
    reference = store.save_claim(replace(DRAFT, loss_date=None, item_value=None, assumed_answers=left))
    record = store.get_claim(reference)
    assert record is not None and record.loss_date is None and record.item_value is None
    assert record.assumed_answers == left


def test_the_latest_claim_of_a_conversation_is_the_newest_saved(store: ClaimStore) -> None:
    assert store.latest_claim_reference("chat-1") is None
    first = store.save_claim(DRAFT)
    second = store.save_claim(replace(DRAFT, claim_type="lost"))
    store.save_claim(replace(DRAFT, sender_id="chat-2"))
    assert first != second
    assert store.latest_claim_reference("chat-1") == second


def test_the_shops_today_is_not_the_future_whatever_the_servers_clock(
    store: ClaimStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Auckland is a day ahead of a UTC server every morning: "this morning" there is the
    # server's tomorrow, and still a date the store must take.
    ahead = date.today() + timedelta(days=1)
    monkeypatch.setenv("SHOP_TODAY", ahead.isoformat())
    reference = store.save_claim(replace(DRAFT, loss_date=ahead))
    assert store.get_claim(reference) is not None
    with pytest.raises(ClaimRejected):
        store.save_claim(replace(DRAFT, loss_date=ahead + timedelta(days=1)))
