"""The claims list: search, filters, order, pages, the JSON contract and the CSV export."""

from __future__ import annotations

import csv
import io
import re

from aiohttp.test_utils import TestClient

from bot.store.claims import ClaimStore, StatusChange
from tests.web.conftest import STAFF_TOKEN, draft, login

BEARER = {"Authorization": f"Bearer {STAFF_TOKEN}"}


def references_in(page: str) -> list[str]:
    return re.findall(r'<a href="/staff/claims/(JC-[A-Z2-9]{6})">', page)


async def test_search_finds_by_name_email_phone_and_reference(client: TestClient, store: ClaimStore) -> None:
    ana = store.save_claim(draft())
    bo = store.save_claim(
        draft(claimant_name="Bo Tan", claimant_email="bo@example.org", claimant_phone="021 555 7788")
    )
    await login(client)
    for q, expected in (("tan", [bo]), ("EXAMPLE.ORG", [bo]), ("0215557788", [bo]), (ana.lower(), [ana])):
        body = await (await client.get("/staff", params={"q": q})).text()
        assert references_in(body) == expected, q
    body = await (await client.get("/staff", params={"q": "<script>"})).text()
    assert 'value="&lt;script&gt;"' in body and "No claims match." in body


async def test_pages_link_to_each_other_keeping_the_search(client: TestClient, store: ClaimStore) -> None:
    made = [store.save_claim(draft(item_value=100.0 + i)) for i in range(27)]
    await login(client)
    first = await (await client.get("/staff", params={"sort": "value_low"})).text()
    assert references_in(first) == made[:25]
    assert "27 claims, page 1 of 2, lowest value." in first
    assert 'href="/staff?sort=value_low&amp;page=2" rel="next"' in first
    second = await (await client.get("/staff?sort=value_low&page=2")).text()
    assert references_in(second) == made[25:]
    assert 'rel="prev"' in second and 'rel="next"' not in second
    # Nonsense paging and sorting give the first page in the usual order, not an error.
    odd = await client.get("/staff?page=-3&sort=drop%20table")
    assert odd.status == 200 and references_in(await odd.text())[0] == made[-1]


async def test_the_api_answers_the_contract(client: TestClient, store: ClaimStore) -> None:
    made = [store.save_claim(draft(claim_type="lost" if i % 2 else "theft")) for i in range(30)]
    store.change_status(made[1], StatusChange("in_review", None, "ana"))
    response = await client.get("/staff/api/claims", headers=BEARER)
    body = await response.json()
    assert (body["page"], body["pages"], body["total"]) == (1, 2, 30) and len(body["claims"]) == 25
    page_two = await (await client.get("/staff/api/claims?page=2", headers=BEARER)).json()
    assert [c["reference"] for c in page_two["claims"]] == list(reversed(made[:5]))
    filtered = await (
        await client.get("/staff/api/claims?status=in_review&claim_type=lost", headers=BEARER)
    ).json()
    assert [c["reference"] for c in filtered["claims"]] == [made[1]] and filtered["total"] == 1
    assert filtered["claims"][0]["events"][0]["actor"] == "ana"


async def test_the_csv_export_is_the_filtered_list_and_defuses_formulas(
    client: TestClient, store: ClaimStore
) -> None:
    formula = store.save_claim(
        draft(claimant_name='=HYPERLINK("http://evil.example","click")', claimant_phone="+1 555 010 2000")
    )
    store.save_claim(draft(claim_type="lost", claimant_name="Bo Tan"))
    assert (await client.get("/staff/claims.csv")).status == 401
    await login(client)
    response = await client.get("/staff/claims.csv", params={"claim_type": "theft"})
    assert response.status == 200 and response.content_type == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(await response.text())))
    assert [r["reference"] for r in rows] == [formula]
    assert rows[0]["claimant_name"] == '\'=HYPERLINK("http://evil.example","click")'
    assert rows[0]["claimant_phone"] == "'+1 555 010 2000"
    assert rows[0]["item_value"] == "9000.00"
    everything = await (await client.get("/staff/claims.csv", headers=BEARER)).text()
    assert len(list(csv.DictReader(io.StringIO(everything)))) == 2
