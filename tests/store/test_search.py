"""The staff list's search, filters, order and pages, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

from bot.store.claims import ClaimQuery, ClaimStore
from tests.store.test_claims import DRAFT


def references(store: ClaimStore, **query: object) -> list[str]:
    return [c.reference for c in store.search_claims(ClaimQuery(**query)).claims]  # type: ignore[arg-type]


def test_search_matches_reference_name_email_and_phone_digits(store: ClaimStore) -> None:
    ana = store.save_claim(DRAFT)
    bo = store.save_claim(
        replace(
            DRAFT,
            claimant_name="Bo O'Neil",
            claimant_email="bo_100%@example.org",
            claimant_phone="(021) 555-7788",
        )
    )
    assert references(store, q=ana.lower()) == [ana]
    assert references(store, q="ruiz") == [ana]
    assert references(store, q="EXAMPLE.ORG") == [bo]
    assert references(store, q="021 555 7788") == [bo]
    assert references(store, q="5557788") == [bo]
    # LIKE's own characters are taken literally, not as wildcards.
    assert references(store, q="100%") == [bo]
    assert references(store, q="%") == [bo]  # unescaped, it would match every claim
    assert references(store, q="_") == [bo]
    assert references(store, q="nobody") == []


def test_filters_order_and_pages(store: ClaimStore) -> None:
    made = [
        store.save_claim(replace(DRAFT, item_value=1000.0 * (i + 1), claim_type="lost" if i % 2 else "theft"))
        for i in range(5)
    ]
    newest_first = list(reversed(made))
    first = store.search_claims(ClaimQuery(per_page=2))
    assert (first.page, first.pages, first.total) == (1, 3, 5)
    assert [c.reference for c in first.claims] == newest_first[:2]
    last = store.search_claims(ClaimQuery(per_page=2, page=99))
    assert last.page == 3 and [c.reference for c in last.claims] == newest_first[4:]
    assert references(store, sort="oldest") == made
    assert references(store, sort="value_high") == newest_first
    assert references(store, sort="value_low") == made
    assert references(store, sort="reference") == sorted(made)
    assert references(store, claim_type="lost") == [made[3], made[1]]
    assert references(store, claim_type="lost", status="closed") == []
