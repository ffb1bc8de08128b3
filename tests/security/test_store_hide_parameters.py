"""Issue 13, finding 3: SQLAlchemy errors logged an insert's parameters (a claimant's
name, email, phone) because `hide_parameters` was not set on the engine."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.store.claims import ClaimDraft, ClaimStore

pytestmark = pytest.mark.security

SECRET = "Zelda Quintessa-Marchbanks"
DRAFT = ClaimDraft(
    sender_id="chat-1",
    claim_type="theft",
    item_type="ring",
    item_value=9000.0,
    currency="USD",
    loss_date=date.today(),
    loss_description="Taken from the bedside table",
    was_specified=False,
    claimant_name=SECRET,
    claimant_email="zelda.qm@example.com",
    claimant_phone="+1 555 010 2000",
)


def test_a_failed_statement_shows_no_parameters_in_its_error_or_the_log(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = ClaimStore(f"sqlite:///{tmp_path / 'claims.db'}")
    store.create_schema()
    assert store.engine.hide_parameters is True
    caplog.set_level(logging.DEBUG)
    reference = store.save_claim(DRAFT)
    # The same reference again: the unique index refuses the insert, with the row's values.
    with pytest.raises(IntegrityError) as failed, Session(store.engine) as session, session.begin():
        session.add(ClaimStore._claim(DRAFT, reference))
    logging.getLogger("test").exception("insert failed", exc_info=failed.value)
    assert SECRET not in str(failed.value)
    assert SECRET not in caplog.text
