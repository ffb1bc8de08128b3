"""The staff pages against a real SQLite store and a real stand-in for Rasa's tracker API."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from typing import Any

from aiohttp.test_utils import TestClient
from sqlalchemy.orm import Session

from bot.config import WebSettings
from bot.rules.knowledge import load_coverage_facts
from bot.store.claims import ClaimDraft, ClaimStore, StatusChange
from bot.store.models import Handoff
from bot.web.app import make_app
from bot.web.rendering import when
from tests.web.conftest import STAFF_TOKEN, XSS, FakeClock, draft, login

BEARER = {"Authorization": f"Bearer {STAFF_TOKEN}"}


def references_in(page: str) -> list[str]:
    return re.findall(r'<a href="/staff/claims/(JC-[A-Z2-9]{6})">', page)


async def page(client: TestClient, path: str) -> str:
    response = await client.get(path)
    assert response.status == 200, path
    return await response.text()


async def test_claims_are_listed_newest_first_with_missing_documents_and_flags(
    client: TestClient, store: ClaimStore
) -> None:
    older = store.save_claim(draft(claimant_name="First Claimant"))
    newer = store.save_claim(
        draft(claim_type="lost", missing_documents=("grading_report",), claim_flags=("claim_limit",))
    )
    await login(client)
    listing = await page(client, "/staff")
    assert references_in(listing) == [newer, older]
    assert "grading report" in listing and "claim limit" in listing
    assert "receipt, valuation" in listing and "invited guest theft" in listing
    assert "2 claims, newest first." in listing


async def test_claims_filter_by_status_and_type(client: TestClient, store: ClaimStore) -> None:
    theft = store.save_claim(draft())
    lost = store.save_claim(draft(claim_type="lost"))
    damage = store.save_claim(draft(claim_type="damage"))
    store.change_status(lost, StatusChange("waiting_for_documents", None, "ana"))
    await login(client)
    assert references_in(await page(client, "/staff?status=waiting_for_documents")) == [lost]
    assert references_in(await page(client, "/staff?status=new")) == [damage, theft]
    assert references_in(await page(client, "/staff?type=damage")) == [damage]
    assert references_in(await page(client, "/staff?status=new&type=lost")) == []
    # An unknown filter value is ignored rather than passed to the database.
    assert len(references_in(await page(client, "/staff?status=%27%20OR%201=1"))) == 3
    filtered = await page(client, "/staff?type=damage")
    assert '<option value="damage" selected>' in filtered


def save_unchecked(store: ClaimStore, claim: ClaimDraft, handoff_sender: str) -> str:
    """Rows the store's checks would refuse today (written before them, or by hand):
    the pages must escape them all the same."""
    with Session(store.engine) as session, session.begin():
        session.add(ClaimStore._claim(claim, "JC-XSS234"))
        session.add(Handoff(sender_id=handoff_sender, flow=None))
    return "JC-XSS234"


async def test_what_a_customer_typed_is_escaped_on_every_page(client: TestClient, store: ClaimStore) -> None:
    reference = save_unchecked(
        store, draft(claimant_name=XSS, loss_description=f"It went missing {XSS}"), XSS
    )
    await login(client)
    escaped = html.escape(XSS)
    for path in ("/staff", f"/staff/claims/{reference}", "/staff/handoffs"):
        body = await page(client, path)
        assert escaped in body, path
        assert "<img" not in body, path


async def test_claim_detail_shows_the_conversation_in_order(client: TestClient, store: ClaimStore) -> None:
    reference = store.save_claim(draft(sender_id="sender-1"))
    await login(client)
    body = await page(client, f"/staff/claims/{reference.lower()}")
    assert f"Claim {reference}" in body
    texts = re.findall(r'<li class="line (\w+)">.*?<p>(.*?)</p>', body, flags=re.S)
    assert texts == [
        ("customer", "my $9,000 engagement ring was stolen"),
        ("assistant", "Was it listed on your policy?"),
        ("customer", "No"),  # the pressed button's title, not its payload
        ("assistant", "Thanks. Is there a police report?"),
        ("customer", html.escape(XSS)),
    ]
    assert "Buttons: Yes · No" in body
    assert "2025-11-22 08:26 UTC" in body  # the event's timestamp
    assert "rasa-token" not in body  # the Rasa token stays on the server


async def test_claim_detail_says_why_there_is_no_transcript(
    aiohttp_client: object, settings: WebSettings, clock: FakeClock, store: ClaimStore
) -> None:
    reference = store.save_claim(draft(sender_id="sender-1"))
    wrong_token = make_app(replace(settings, rasa_auth_token="wrong"), clock=clock)
    client: TestClient = await aiohttp_client(wrong_token)  # type: ignore[operator]
    body = await (await client.get(f"/staff/claims/{reference}", headers=BEARER)).text()
    assert "No transcript: the assistant server answered 401." in body
    down = make_app(replace(settings, rasa_url="http://127.0.0.1:9"), clock=clock)
    client = await aiohttp_client(down)  # type: ignore[operator]
    response = await client.get(f"/staff/claims/{reference}", headers=BEARER)
    assert response.status == 200
    assert "No transcript: the assistant server could not be reached." in await response.text()
    empty = await (await client.get(f"/staff/claims/{reference}", headers=BEARER)).text()
    assert "Ana Ruiz" in empty  # the claim itself still shows


async def test_a_status_change_with_a_note_and_documents_is_saved_and_shown(
    client: TestClient, store: ClaimStore
) -> None:
    reference = store.save_claim(draft())
    csrf = await login(client)
    before = await page(client, f"/staff/claims/{reference}")
    assert "New: not reviewed yet" in before and "No status changes yet." in before
    assert '<option value="in_review">In review</option>' in before
    response = await client.post(
        f"/staff/claims/{reference}/status",
        data={
            "csrf_token": csrf,
            "status": "waiting_for_documents",
            "note": "Asked <b>by phone</b>",
            "documents": ["valuation", "bank_statement"],
        },
        allow_redirects=False,
    )
    assert response.status == 303 and response.headers["Location"] == f"/staff/claims/{reference}"
    claim = store.get_claim(reference)
    assert claim is not None and claim.status == "waiting_for_documents"
    assert claim.awaited_documents == ("valuation", "bank_statement")
    assert claim.events[0].note == "Asked <b>by phone</b>" and claim.events[0].actor == "ana"
    after = await page(client, f"/staff/claims/{reference}")
    assert "Waiting for documents: valuation, bank statement" in after
    assert "Asked &lt;b&gt;by phone&lt;/b&gt;" in after and "by ana" in after
    assert references_in(await page(client, "/staff?status=waiting_for_documents")) == [reference]


async def test_a_refused_status_change_says_why(client: TestClient, store: ClaimStore) -> None:
    reference = store.save_claim(draft())
    csrf = await login(client)
    response = await client.post(
        f"/staff/claims/{reference}/status", data={"csrf_token": csrf, "status": "reviewed"}
    )
    assert response.status == 409
    assert "not a claim status" in await response.text()
    assert store.get_claim(reference).status == "new"  # type: ignore[union-attr]


async def test_status_change_without_a_session_is_401_and_changes_nothing(
    client: TestClient, store: ClaimStore
) -> None:
    reference = store.save_claim(draft())
    response = await client.post(
        f"/staff/claims/{reference}/status", data={"csrf_token": "x", "status": "closed"}
    )
    assert response.status == 401
    api = await client.post(f"/staff/api/claims/{reference}/status", json={"status": "closed"})
    assert api.status == 401
    assert store.get_claim(reference).status == "new"  # type: ignore[union-attr]


async def test_status_api_with_the_bearer_token(client: TestClient, store: ClaimStore) -> None:
    reference = store.save_claim(draft())
    response = await client.post(
        f"/staff/api/claims/{reference}/status",
        json={"status": "in_review", "note": "Receipt looks right"},
        headers=BEARER,
    )
    assert response.status == 200
    claim = (await response.json())["claim"]
    assert claim["status"] == "in_review" and claim["reference"] == reference
    assert claim["events"][0]["note"] == "Receipt looks right" and claim["events"][0]["actor"] == "API token"
    assert store.get_claim(reference).status == "in_review"  # type: ignore[union-attr]


async def test_status_api_bad_bodies_get_a_clear_answer(client: TestClient, store: ClaimStore) -> None:
    reference = store.save_claim(draft())
    path = f"/staff/api/claims/{reference}/status"
    not_json = await client.post(path, data="status=closed", headers=BEARER)
    assert not_json.status == 400 and "example" in await not_json.json()
    for body, status in (
        ([], 400),
        ({"note": "x"}, 400),
        ({"status": "closed", "note": 3}, 400),
        ({"status": "in_review", "documents": "receipt"}, 400),
        ({"status": "shipped"}, 409),
    ):
        response = await client.post(path, json=body, headers=BEARER)
        assert response.status == status, body
        assert (await response.json())["error"]
    missing = await client.post(
        "/staff/api/claims/JC-ZZZZZZ/status", json={"status": "closed"}, headers=BEARER
    )
    assert missing.status == 404
    assert store.get_claim(reference).status == "new"  # type: ignore[union-attr]


async def test_status_api_from_a_browser_session_needs_the_csrf_header(
    client: TestClient, store: ClaimStore
) -> None:
    reference = store.save_claim(draft())
    csrf = await login(client)
    path = f"/staff/api/claims/{reference}/status"
    forged = await client.post(path, json={"status": "closed"})
    assert forged.status == 403
    assert store.get_claim(reference).status == "new"  # type: ignore[union-attr]
    allowed = await client.post(path, json={"status": "closed"}, headers={"X-CSRF-Token": csrf})
    assert allowed.status == 200
    assert store.get_claim(reference).status == "closed"  # type: ignore[union-attr]


async def test_unknown_references_are_404(client: TestClient, store: ClaimStore) -> None:
    store.save_claim(draft())
    csrf = await login(client)
    for path in ("/staff/claims/JC-ZZZZZZ", "/staff/claims/not-a-reference", "/staff/api/claims/JC-ZZZZZZ"):
        assert (await client.get(path)).status == 404, path
    missing = await client.post(
        "/staff/claims/JC-ZZZZZZ/status", data={"csrf_token": csrf, "status": "in_review"}
    )
    assert missing.status == 404


async def test_handoffs_waiting_link_to_their_conversation(client: TestClient, store: ClaimStore) -> None:
    store.save_handoff("sender-1", "claim_form")
    store.save_handoff("someone/else", None)
    await login(client)
    body = await page(client, "/staff/handoffs")
    assert "2 waiting for a person, 0 taken; newest first." in body
    assert body.index('title="someone/else"') < body.index('title="sender-1"')
    assert '<a href="/staff/conversations/someone%2Felse" title="someone/else">' in body
    assert "claim form" in body and "general chat" in body
    conversation = await page(client, "/staff/conversations/sender-1")
    assert "Was it listed on your policy?" in conversation
    nobody = await page(client, "/staff/conversations/nobody")
    assert "No transcript: no messages in this conversation." in nobody


async def test_json_api_for_scripts(client: TestClient, store: ClaimStore) -> None:
    theft = store.save_claim(draft())
    store.save_claim(draft(claim_type="lost"))
    store.save_handoff("sender-2", None)
    listed = await (await client.get("/staff/api/claims?type=theft", headers=BEARER)).json()
    assert [c["reference"] for c in listed["claims"]] == [theft]
    assert listed["claims"][0]["missing_documents"] == ["receipt", "valuation"]
    assert listed["claims"][0]["loss_date"] == "2026-11-14"
    detail = await (await client.get(f"/staff/api/claims/{theft}", headers=BEARER)).json()
    assert [line["speaker"] for line in detail["transcript"]][:2] == ["customer", "assistant"]
    assert detail["problem"] is None
    handoffs = await (await client.get("/staff/api/handoffs", headers=BEARER)).json()
    assert [h["sender_id"] for h in handoffs["handoffs"]] == ["sender-2"]


async def test_demo_page_carries_the_one_script_tag(client: TestClient) -> None:
    response = await client.get("/")
    body = await response.text()
    assert response.status == 200
    assert '<script src="/widget.js" data-server="http://127.0.0.1:5005"' in body
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self';" in csp and "unsafe-inline" not in csp
    assert "connect-src 'self' http://127.0.0.1:5005 ws://127.0.0.1:5005" in csp
    assert "<script>" not in body  # no inline script: the CSP would block it
    assert 'data-transport="socketio"' in body
    rest = await (await client.get("/?transport=rest")).text()
    assert 'data-transport="rest"' in rest
    odd = await (await client.get('/?transport="><script>')).text()
    assert 'data-transport="socketio"' in odd and "<script>" not in odd


async def test_the_demo_page_escapes_the_shop_name_and_says_the_knowledge_files_repairs(
    aiohttp_client: Any, settings: WebSettings
) -> None:
    client = await aiohttp_client(make_app(replace(settings, jeweler_name=XSS)))
    body = await (await client.get("/")).text()
    assert XSS not in body and "&lt;img src=x onerror=alert(1)&gt;" in body
    repairs = load_coverage_facts().jewelry_repairs[:4]
    assert f"repairs such as {', '.join(repairs)}. It never covers loss or theft." in body
    assert '<p class="price">$8,500</p>' in body


async def test_widget_files_are_served(client: TestClient) -> None:
    widget = await client.get("/widget.js")
    assert widget.status == 200 and widget.headers["Content-Type"].startswith("text/javascript")
    assert widget.headers["Cross-Origin-Resource-Policy"] == "cross-origin"
    source = await widget.text()
    assert "innerHTML" not in source  # bot and user text go in with textContent only
    socket_io = await client.get("/static/socket.io.min.js")
    assert socket_io.status == 200 and (await socket_io.text()).startswith("/*!\n * Socket.IO v4.")
    assert (await client.get("/static/widget.css")).status == 200
    for sneaky in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/"):
        assert (await client.get(sneaky)).status in (403, 404), sneaky


async def test_notes_and_assignment_record_who(client: TestClient, store: ClaimStore) -> None:
    reference = store.save_claim(draft())
    store.staff.add_account("ben", "$argon2id$unused")
    csrf = await login(client)
    page_before = await page(client, f"/staff/claims/{reference}")
    assert "Assigned to nobody" in page_before and '<option value="ben">ben</option>' in page_before
    noted = await client.post(
        f"/staff/claims/{reference}/notes",
        data={"csrf_token": csrf, "text": "Called <the claimant>"},
        allow_redirects=False,
    )
    assert noted.status == 303
    assigned = await client.post(
        f"/staff/claims/{reference}/assign",
        data={"csrf_token": csrf, "assignee": "ben"},
        allow_redirects=False,
    )
    assert assigned.status == 303
    claim = store.get_claim(reference)
    assert claim is not None and claim.assigned_to == "ben"
    assert [(n.author, n.text) for n in claim.notes] == [
        ("ana", "Called <the claimant>"),
        ("ana", "Assigned to ben."),
    ]
    after = await page(client, f"/staff/claims/{reference}")
    assert "Assigned to ben" in after and "Called &lt;the claimant&gt;" in after
    # Bad input: a clear answer, nothing changed.
    empty = await client.post(f"/staff/claims/{reference}/notes", data={"csrf_token": csrf, "text": "  "})
    assert empty.status == 400 and "1 to 2000 characters" in await empty.text()
    nobody = await client.post(
        f"/staff/claims/{reference}/assign", data={"csrf_token": csrf, "assignee": "zed"}
    )
    assert nobody.status == 400 and "no staff account named zed" in await nobody.text()
    assert len(store.get_claim(reference).notes) == 2  # type: ignore[union-attr]


async def test_notes_and_assignment_need_a_session_and_the_csrf_token(
    client: TestClient, store: ClaimStore
) -> None:
    reference = store.save_claim(draft())
    for path, data in (("notes", {"text": "x"}), ("assign", {"assignee": "ana"})):
        anonymous = await client.post(f"/staff/claims/{reference}/{path}", data={**data, "csrf_token": "x"})
        assert anonymous.status == 401
    await login(client)
    for path, data in (("notes", {"text": "x"}), ("assign", {"assignee": "ana"})):
        forged = await client.post(f"/staff/claims/{reference}/{path}", data={**data, "csrf_token": "guess"})
        assert forged.status == 403
    claim = store.get_claim(reference)
    assert claim is not None and claim.notes == () and claim.assigned_to is None


async def test_the_handoff_inbox_names_the_claimant_and_is_taken_then_resolved(
    client: TestClient, store: ClaimStore
) -> None:
    reference = store.save_claim(draft(sender_id="sender-1"))
    store.save_handoff("sender-1", "claim_intake_form")
    store.save_handoff("sender-1", None)  # asked again: still one entry
    store.save_handoff("sender-2", None)
    csrf = await login(client)
    body = await page(client, "/staff/handoffs")
    assert "2 waiting for a person" in body and '<span class="badge">2 waiting</span>' in body
    assert "Ana Ruiz ana.ruiz@example.com" in body and f'claim <a href="/staff/claims/{reference}">' in body
    # The last three messages of the conversation, not the whole of it.
    assert "Assistant:</span> Thanks. Is there a police report?" in body
    assert "my $9,000 engagement ring was stolen" not in body
    first = next(h for h in store.open_handoffs() if h.sender_id == "sender-1")
    taken = await client.post(
        f"/staff/handoffs/{first.id}/take", data={"csrf_token": csrf}, allow_redirects=False
    )
    assert taken.status == 303
    again = await client.post(f"/staff/handoffs/{first.id}/take", data={"csrf_token": csrf})
    assert again.status == 409 and "already taken" in await again.text()
    body = await page(client, "/staff/handoffs")
    assert "taken by ana" in body and '<span class="badge">1 waiting</span>' in body
    # Who took it and when: every change in the inbox is recorded with both.
    now_taken = next(h for h in store.open_handoffs() if h.id == first.id)
    assert now_taken.taken_by == "ana" and now_taken.taken_at is not None
    assert f'taken by ana <span class="when">{when(now_taken.taken_at)}</span>' in body
    resolved = await client.post(
        f"/staff/handoffs/{first.id}/resolve", data={"csrf_token": csrf}, allow_redirects=False
    )
    assert resolved.status == 303
    assert [h.sender_id for h in store.open_handoffs()] == ["sender-2"]
    # A new request from the resolved conversation is a new entry.
    store.save_handoff("sender-1", None)
    assert len(store.open_handoffs()) == 2


async def test_take_and_resolve_need_a_session_and_the_csrf_token(
    client: TestClient, store: ClaimStore
) -> None:
    handoff = store.save_handoff("sender-2", None)
    for action in ("take", "resolve"):
        assert (
            await client.post(f"/staff/handoffs/{handoff}/{action}", data={"csrf_token": "x"})
        ).status == 401
    await login(client)
    for action in ("take", "resolve"):
        forged = await client.post(f"/staff/handoffs/{handoff}/{action}", data={"csrf_token": "guess"})
        assert forged.status == 403
    assert [h.status for h in store.open_handoffs()] == ["waiting"]
    assert (await client.post("/staff/handoffs/abc/take", data={"csrf_token": "x"})).status == 404
