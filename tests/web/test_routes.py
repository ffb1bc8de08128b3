"""Every staff route, taken from the app's router (so a route added later without a guard
fails here): each page is 401 without a session or the token, and each change (POST)
is 401 without a session and 403 without the session's CSRF token, changing nothing."""

from __future__ import annotations

import re
from pathlib import Path

from aiohttp.test_utils import TestClient

from bot.store.claims import ClaimStore
from tests.web.conftest import STAFF_TOKEN, draft, login

OPEN = {("GET", "/staff/login"), ("POST", "/staff/login")}


def staff_routes(client: TestClient) -> list[tuple[str, str]]:
    routes = []
    for route in client.app.router.routes():
        info = route.resource.get_info() if route.resource else {}
        path = info.get("path") or info.get("formatter") or info.get("prefix")
        if (
            path
            and path.startswith("/staff")
            and route.method in ("GET", "POST")
            and not path.startswith("/static")
        ):
            routes.append((route.method, path))
    return sorted(set(routes) - OPEN)


def filled(path: str, reference: str, handoff: int) -> str:
    values = {
        "reference": reference,
        "handoff_id": str(handoff),
        "sender_id": "sender-1",
        "id": "0123456789abcdef",
        "chart": "flows",
    }
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], path)


async def test_the_router_has_the_staff_routes_this_test_knows(client: TestClient) -> None:
    routes = staff_routes(client)
    posts = {path for method, path in routes if method == "POST"}
    assert posts == {
        "/staff/logout",
        "/staff/claims/{reference}/status",
        "/staff/claims/{reference}/notes",
        "/staff/claims/{reference}/assign",
        "/staff/claims/{reference}/remind",
        "/staff/handoffs/{handoff_id}/take",
        "/staff/handoffs/{handoff_id}/resolve",
        "/staff/api/claims/{reference}/status",
    }
    gets = {path for method, path in routes if method == "GET"}
    assert {"/staff/insights", "/staff/insights/{chart}.svg", "/staff/api/insights"} <= gets


async def test_every_staff_route_is_401_without_a_session_or_token(
    client: TestClient, store: ClaimStore
) -> None:
    reference = store.save_claim(draft())
    handoff = store.save_handoff("sender-1", None)
    for method, path in staff_routes(client):
        url = filled(path, reference, handoff)
        response = await client.request(method, url, data={"status": "closed", "text": "x"})
        assert response.status == 401, (method, path)
        assert "Ana Ruiz" not in await response.text(), (method, path)
        if path.startswith("/staff/api/"):
            assert await response.json() == {"error": "unauthorized"}, path
    assert store.get_claim(reference).status == "new"  # type: ignore[union-attr]


async def test_every_change_needs_the_csrf_token_of_the_session(
    client: TestClient, store: ClaimStore, outbox: Path
) -> None:
    reference = store.save_claim(draft())
    handoff = store.save_handoff("sender-1", None)
    await login(client)
    posts = [path for method, path in staff_routes(client) if method == "POST"]
    for path in posts:
        url = filled(path, reference, handoff)
        for token in (None, "guess", ""):
            data = {"status": "closed", "text": "a note", "assignee": "ana"}
            if token is not None:
                data["csrf_token"] = token
            headers = {"X-CSRF-Token": token} if token else {}
            response = await client.post(url, data=data, headers=headers, allow_redirects=False)
            assert response.status == 403, (path, token)
    claim = store.get_claim(reference)
    assert claim is not None and claim.status == "new" and claim.notes == () and claim.assigned_to is None
    assert [h.status for h in store.open_handoffs()] == ["waiting"]
    assert not outbox.exists()  # no email went out either
    assert (await client.get("/staff")).status == 200  # and the session is still open


async def test_the_bearer_token_reads_every_page_but_the_forms_need_a_person(
    client: TestClient, store: ClaimStore
) -> None:
    reference = store.save_claim(draft())
    handoff = store.save_handoff("sender-1", None)
    bearer = {"Authorization": f"Bearer {STAFF_TOKEN}"}
    for method, path in staff_routes(client):
        if method != "GET" or "/documents/" in path:
            continue
        response = await client.get(filled(path, reference, handoff), headers=bearer)
        assert response.status == 200, path
        if response.content_type == "text/html":
            page = await response.text()
            assert "csrf_token" not in page and "Sign out" not in page, path
