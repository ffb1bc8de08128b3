"""Issue 13, finding 8: on PostgreSQL a "no police report, because ..." answer of up to
300 characters met a String(100) column, so that claim could never be saved (SQLite
ignores lengths, so the tests passed). Here the intake reads such an answer and the
claim goes into PostgreSQL. Under CI=true a missing PostgreSQL fails this test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import read_claim_answers
from bot.store.claims import ClaimDraft, ClaimStore
from tests.store.conftest import postgres_store

pytestmark = [pytest.mark.security, pytest.mark.postgres]

REASON = (
    "no, I haven't reported it to the police, because the officer at the front desk said that a "
    "piece lost on a crowded train is a matter for the transport company's lost property office "
    "first, and they asked me to wait two weeks for it to turn up there before filing anything "
    "at all, which is what I am doing now, and I will send the number as soon as I have it today"
)


@pytest.fixture
def postgres() -> Iterator[ClaimStore]:
    yield from postgres_store()


def test_a_300_character_no_report_answer_is_saved_on_postgresql(postgres: ClaimStore) -> None:
    assert len(REASON) >= 300
    today = date.today()
    reading = read_claim_answers(
        UserMessage(REASON, "deny", ()), "police_report_number", {"claim_type": "theft"}, today
    )
    answer = reading.slots["police_report_number"]
    assert len(answer) > 300
    draft = ClaimDraft(
        sender_id="chat-no-report",
        claim_type="theft",
        item_type="necklace",
        item_value=800.0,
        currency="USD",
        loss_date=today - timedelta(days=1),
        loss_description="taken from my bag on the train",
        was_specified=False,
        claimant_name="Ana Ruiz",
        claimant_email="ana@example.com",
        claimant_phone="+64 21 555 0199",
        police_report_number=answer,
    )
    reference = postgres.save_claim(draft)
    stored = postgres.get_claim(reference)
    assert stored is not None and stored.police_report_number == answer
