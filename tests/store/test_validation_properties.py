"""Property-based tests of the store's checks, on SQLite and on PostgreSQL.

Two properties: a claim within the contract is stored and read back as given (every
length the check allows fits its column, on the database that enforces lengths too);
and whatever a caller sends, the store either refuses it with `ClaimRejected` or stores
it faithfully, never fails with a database error or keeps something it should not.
"""

from __future__ import annotations

import math
from dataclasses import fields, replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.config import shop_today
from bot.rules.advice import LARGEST_ITEM_VALUE
from bot.rules.claims import CLAIM_TYPES, PROOF_DOCUMENTS
from bot.store.claims import ClaimDraft, ClaimRecord, ClaimStore
from bot.store.models import (
    EMAIL_LENGTH,
    FREE_TEXT_LENGTH,
    NAME_LENGTH,
    PHONE_LENGTH,
    POLICE_REPORT_LENGTH,
    SENDER_ID_LENGTH,
)
from bot.store.validation import (
    BIDI_CONTROLS,
    CURRENCIES,
    FLAG_CODES,
    ITEM_TYPES,
    MISSING_DOCUMENT_CODES,
    OLDEST_DATE_YEARS,
    ClaimRejected,
    check_claim,
    years_before,
)

# The store's own day (the shop's time zone): in Auckland's morning it is a day ahead of a
# UTC machine's date, and the oldest loss date it takes moves with it.
TODAY = shop_today()
OLDEST = years_before(TODAY, OLDEST_DATE_YEARS)  # the oldest loss date the store takes

PROPERTY_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    # One store per test serves every example: claims pile up, which is what a store does.
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
# The check alone, no database: the long texts still make each example slow to build
# on a busy machine, which is no fault of the code under test.
CHECK_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)

# Text a person may type: any character but markup and control characters.
SAFE_CHARACTERS = st.characters(
    blacklist_categories=("Cc", "Cs"), blacklist_characters="<>" + "".join(BIDI_CONTROLS)
)


def safe_text(longest: int) -> st.SearchStrategy[str]:
    return st.text(SAFE_CHARACTERS, min_size=1, max_size=longest).filter(lambda t: t.strip() != "")


def long_safe_text(longest: int) -> st.SearchStrategy[str]:
    """Text up to the column's size, with the longest lengths likely (they break columns)."""
    return st.one_of(
        safe_text(40),
        st.integers(longest - 5, longest).flatmap(lambda n: st.text(SAFE_CHARACTERS, min_size=n, max_size=n)),
    ).filter(lambda t: t.strip() != "")


EMAILS = st.from_regex(
    r"\A[A-Za-z0-9._%+'-]{1,40}@[A-Za-z0-9-]{1,30}(\.[A-Za-z0-9-]{1,20}){0,3}\.[A-Za-z]{2,8}\Z"
).filter(lambda e: ".." not in e and len(e) <= EMAIL_LENGTH)
PHONES = st.from_regex(r"\A\+?[0-9]([0-9 ().-]{0,4}[0-9]){6,14}\Z").filter(
    lambda p: len(p) <= PHONE_LENGTH and 7 <= sum(c.isdigit() for c in p) <= 15
)
VALUES = st.floats(min_value=0.01, max_value=LARGEST_ITEM_VALUE, allow_nan=False, allow_infinity=False)
# A day inside the oldest edge: the store reads its own day when it saves, and a run that
# crosses the shop's midnight (11:00 UTC in a New Zealand summer) would find OLDEST too old.
DATES = st.dates(min_value=OLDEST + timedelta(days=1), max_value=TODAY)


def codes(allowed: tuple[str, ...]) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(st.sampled_from(allowed), unique=True).map(tuple)


VALID_DRAFTS = st.builds(
    ClaimDraft,
    sender_id=long_safe_text(SENDER_ID_LENGTH),
    claim_type=st.sampled_from(CLAIM_TYPES),
    item_type=st.sampled_from(ITEM_TYPES),
    item_value=VALUES,
    currency=st.sampled_from(CURRENCIES),
    loss_date=DATES,
    loss_description=long_safe_text(FREE_TEXT_LENGTH),
    was_specified=st.booleans(),
    claimant_name=long_safe_text(NAME_LENGTH),
    claimant_email=EMAILS,
    claimant_phone=PHONES,
    proof_documents=codes(PROOF_DOCUMENTS),
    missing_documents=codes(MISSING_DOCUMENT_CODES),
    claim_flags=codes(FLAG_CODES),
    flag_facts=st.dictionaries(st.sampled_from(FLAG_CODES), safe_text(200), max_size=3),
    police_report_number=st.none() | long_safe_text(POLICE_REPORT_LENGTH),
    last_seen=st.none() | safe_text(300),
    search_done=st.none() | safe_text(300),
    care_plan=st.booleans(),
)

# What an attacker (or a bug) might put in each field instead.
ANY_TEXT = st.one_of(
    st.text(max_size=30),
    st.text(max_size=3000),
    st.sampled_from(["<script>alert(1)</script>", "a\x00b", "\u202eevil", "x" * 5000, "", "   "]),
)
ANY_VALUE: st.SearchStrategy[Any] = st.one_of(
    st.floats(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.sampled_from([math.nan, math.inf, -math.inf, -1e308, 1e308, 0.0, 0.004, True]),
    st.text(max_size=5),
    st.none(),
)
ANY_DATE: st.SearchStrategy[Any] = st.one_of(
    st.dates(),
    st.datetimes(),
    st.sampled_from([date(1900, 1, 1), TODAY + timedelta(days=1), "2026-01-01"]),
    st.none(),
)
ANY_CODES: st.SearchStrategy[Any] = st.one_of(
    st.lists(st.sampled_from(PROOF_DOCUMENTS) | st.text(max_size=40), max_size=4).map(tuple),
    st.just(("<b>forged</b>",)),
    st.just(("receipt", "receipt")),
    st.text(max_size=10),
)


@st.composite
def hostile_drafts(draw: st.DrawFn) -> ClaimDraft:
    """A valid claim with a few of its fields replaced by anything at all."""
    draft = draw(VALID_DRAFTS)
    hostile: dict[str, st.SearchStrategy[Any]] = {
        "sender_id": ANY_TEXT,
        "claim_type": ANY_TEXT | st.sampled_from(CLAIM_TYPES),
        "item_type": ANY_TEXT | st.just("<script>alert(1)</script>"),
        "item_value": ANY_VALUE,
        "currency": ANY_TEXT | st.just("XXXX"),
        "loss_date": ANY_DATE,
        "loss_description": ANY_TEXT,
        "police_report_number": ANY_TEXT | st.none(),
        "last_seen": ANY_TEXT | st.none(),
        "search_done": ANY_TEXT | st.none(),
        "claimant_name": ANY_TEXT,
        "claimant_email": ANY_TEXT | st.just("not an email"),
        "claimant_phone": ANY_TEXT | st.just("not a phone"),
        "proof_documents": ANY_CODES,
        "missing_documents": ANY_CODES,
        "claim_flags": ANY_CODES,
        "was_specified": st.booleans() | st.none() | st.integers(0, 2),
    }
    chosen = draw(st.lists(st.sampled_from(sorted(hostile)), min_size=1, max_size=3, unique=True))
    return replace(draft, **{name: draw(hostile[name]) for name in chosen})


def assert_stored_as_given(record: ClaimRecord, draft: ClaimDraft) -> None:
    shared = {f.name for f in fields(ClaimRecord)} & {f.name for f in fields(ClaimDraft)}
    for name in shared - {"item_value", "proof_documents", "flag_facts"}:
        assert getattr(record, name) == getattr(draft, name), name
    assert record.item_value == round(draft.item_value, 2)
    assert sorted(record.proof_documents) == sorted(draft.proof_documents)
    assert record.flag_facts == draft.flag_facts


@PROPERTY_SETTINGS
@given(draft=VALID_DRAFTS)
def test_a_claim_within_the_contract_is_stored_as_given(store: ClaimStore, draft: ClaimDraft) -> None:
    reference = store.save_claim(draft)
    record = store.get_claim(reference)
    assert record is not None
    assert_stored_as_given(record, draft)


@PROPERTY_SETTINGS
@given(draft=hostile_drafts())
def test_anything_is_refused_with_a_reason_or_stored_as_given(store: ClaimStore, draft: ClaimDraft) -> None:
    try:
        reference = store.save_claim(draft)
    except ClaimRejected as refused:
        assert refused.field and refused.reason
        return
    record = store.get_claim(reference)
    assert record is not None
    assert_stored_as_given(record, draft)


@CHECK_SETTINGS
@given(
    draft=VALID_DRAFTS,
    field=st.sampled_from(
        ["loss_description", "claimant_name", "police_report_number", "last_seen", "search_done", "sender_id"]
    ),
    bad=st.sampled_from(["<", ">", "\x00", "\x1b", "\n", "\u202e"]),
    at=st.integers(0, 50),
)
def test_markup_or_a_control_character_in_any_text_is_refused(
    draft: ClaimDraft, field: str, bad: str, at: int
) -> None:
    text = getattr(draft, field) or "no police report yet"
    changed = replace(draft, **{field: text[:at] + bad + text[at:]})
    with pytest.raises(ClaimRejected) as refused:
        check_claim(changed, TODAY)
    assert refused.value.field == field


@CHECK_SETTINGS
@given(
    draft=VALID_DRAFTS,
    value=st.one_of(
        st.floats(max_value=0.0099),
        st.floats(min_value=LARGEST_ITEM_VALUE, exclude_min=True),
        st.just(math.nan),
    ),
)
def test_a_value_not_finite_positive_and_within_the_largest_is_refused(
    draft: ClaimDraft, value: float
) -> None:
    with pytest.raises(ClaimRejected) as refused:
        check_claim(replace(draft, item_value=value), TODAY)
    assert refused.value.field == "item_value"


@CHECK_SETTINGS
@given(draft=VALID_DRAFTS, days=st.integers(1, 20000), future=st.booleans())
def test_a_loss_date_in_the_future_or_over_20_years_back_is_refused(
    draft: ClaimDraft, days: int, future: bool
) -> None:
    day = TODAY + timedelta(days=days) if future else OLDEST - timedelta(days=days)
    with pytest.raises(ClaimRejected) as refused:
        check_claim(replace(draft, loss_date=day), TODAY)
    assert (refused.value.field, refused.value.reason) == ("loss_date", "future" if future else "too_old")


def test_a_datetime_is_not_a_loss_date() -> None:
    with pytest.raises(ClaimRejected):
        check_claim(replace(_a_draft(), loss_date=datetime.now()), TODAY)


def _a_draft() -> ClaimDraft:
    return ClaimDraft(
        sender_id="chat-1",
        claim_type="theft",
        item_type="ring",
        item_value=9000.0,
        currency="USD",
        loss_date=TODAY,
        loss_description="Taken from the bedside table",
        was_specified=False,
        claimant_name="Ana Ruiz",
        claimant_email="ana@example.com",
        claimant_phone="+1 555 010 2000",
    )
