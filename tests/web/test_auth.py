"""Staff access: 401 without the token, the login form, session cookies, expiry, logout,
CSRF on changes, the login throttle and the security headers."""

from __future__ import annotations

from dataclasses import replace

from aiohttp import web
from aiohttp.test_utils import TestClient

from bot.config import WebSettings
from bot.store.claims import ClaimStore
from bot.web.app import make_app
from bot.web.auth import SESSION_COOKIE, LoginThrottle, SessionBook, bearer_token, token_matches
from tests.web.conftest import STAFF_TOKEN, FakeClock, csrf_token, draft, login

PRIVATE = ("Ana Ruiz", "ana.ruiz@example.com", "plumber", "JC-")


async def test_every_staff_page_is_401_without_a_session_and_leaks_no_claim_data(
    client: TestClient, store: ClaimStore
) -> None:
    reference = store.save_claim(draft())
    store.save_handoff("sender-9", "claim_form")
    for path in ("/staff", f"/staff/claims/{reference}", "/staff/handoffs", "/staff/conversations/sender-1"):
        response = await client.get(path)
        body = await response.text()
        assert response.status == 401, path
        assert "Staff token" in body  # the login form
        assert reference not in body and not any(p in body for p in PRIVATE), path
        assert "sender-9" not in body
    api = await client.get("/staff/api/claims")
    assert api.status == 401 and await api.json() == {"error": "unauthorized"}


async def test_a_wrong_token_is_401_both_as_bearer_and_in_the_login_form(
    client: TestClient, store: ClaimStore
) -> None:
    store.save_claim(draft())
    bearer = await client.get("/staff", headers={"Authorization": "Bearer not-the-token-at-all!"})
    assert bearer.status == 401
    form = await client.post("/staff/login", data={"token": STAFF_TOKEN + "x"}, allow_redirects=False)
    body = await form.text()
    assert form.status == 401 and "That token is not right." in body
    assert SESSION_COOKIE not in form.cookies
    assert "Ana Ruiz" not in body


async def test_the_right_bearer_token_opens_the_pages_without_a_cookie(
    client: TestClient, store: ClaimStore
) -> None:
    reference = store.save_claim(draft())
    response = await client.get("/staff", headers={"Authorization": f"Bearer {STAFF_TOKEN}"})
    assert response.status == 200
    assert reference in await response.text()
    assert SESSION_COOKIE not in response.cookies


async def test_login_sets_a_strict_httponly_session_cookie(client: TestClient, store: ClaimStore) -> None:
    reference = store.save_claim(draft())
    response = await client.post("/staff/login", data={"token": STAFF_TOKEN}, allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/staff"
    cookie = response.cookies[SESSION_COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Strict" and cookie["path"] == "/staff"
    assert len(cookie.value) >= 40  # 32 random bytes, url-safe
    assert not cookie["secure"]  # plain http on localhost; https requests get Secure
    page = await client.get("/staff")
    assert page.status == 200 and reference in await page.text()


async def test_cookie_is_secure_when_configured(
    aiohttp_client: object, settings: WebSettings, clock: FakeClock
) -> None:
    client: TestClient = await aiohttp_client(make_app(replace(settings, cookie_secure=True), clock=clock))  # type: ignore[operator]
    response = await client.post("/staff/login", data={"token": STAFF_TOKEN}, allow_redirects=False)
    assert response.cookies[SESSION_COOKIE]["secure"]


async def test_sessions_expire_on_the_server(client: TestClient, clock: FakeClock) -> None:
    await login(client)
    clock.advance(29 * 60)
    assert (await client.get("/staff")).status == 200
    clock.advance(2 * 60)
    assert (await client.get("/staff")).status == 401


async def test_logout_closes_the_session_on_the_server(client: TestClient) -> None:
    csrf = await login(client)
    session_id = client.session.cookie_jar.filter_cookies(client.make_url("/staff"))[SESSION_COOKIE].value
    response = await client.post("/staff/logout", data={"csrf_token": csrf}, allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/staff/login"
    # Replaying the old cookie does not work: the session is gone, not just the cookie.
    replay = await client.get("/staff", cookies={SESSION_COOKIE: session_id})
    assert replay.status == 401


async def test_logout_and_changes_need_the_csrf_token(client: TestClient, store: ClaimStore) -> None:
    reference = store.save_claim(draft())
    await login(client)
    assert (await client.post("/staff/logout", data={})).status == 403
    forged = await client.post(f"/staff/claims/{reference}/reviewed", data={"csrf_token": "guess"})
    assert forged.status == 403
    assert store.get_claim(reference).status == "new"  # type: ignore[union-attr]
    assert (await client.get("/staff")).status == 200  # still signed in


async def test_each_login_gets_its_own_session_and_csrf_token(client: TestClient) -> None:
    first = await login(client)
    client.session.cookie_jar.clear()
    second = await login(client)
    assert first != second


async def test_staff_pages_stay_closed_without_a_long_enough_token(
    aiohttp_client: object, settings: WebSettings, clock: FakeClock
) -> None:
    for token in (None, "short-token"):
        app = make_app(replace(settings, staff_token=token), clock=clock)
        client: TestClient = await aiohttp_client(app)  # type: ignore[operator]
        response = await client.post("/staff/login", data={"token": token or ""}, allow_redirects=False)
        assert response.status == 401
        assert (await client.get("/staff", headers={"Authorization": f"Bearer {token}"})).status == 401


async def test_too_many_wrong_tokens_block_logins_for_a_while(client: TestClient, clock: FakeClock) -> None:
    for _ in range(10):
        assert (await client.post("/staff/login", data={"token": "wrong"})).status == 401
    blocked = await client.post("/staff/login", data={"token": STAFF_TOKEN}, allow_redirects=False)
    assert blocked.status == 429
    clock.advance(301)
    assert (
        await client.post("/staff/login", data={"token": STAFF_TOKEN}, allow_redirects=False)
    ).status == 303


async def test_wrong_bearer_tokens_are_throttled_like_logins(client: TestClient, clock: FakeClock) -> None:
    for _ in range(10):
        assert (await client.get("/staff", headers={"Authorization": "Bearer wrong-token"})).status == 401
    right = {"Authorization": f"Bearer {STAFF_TOKEN}"}
    assert (await client.get("/staff/api/claims", headers=right)).status == 429
    assert (await client.post("/staff/login", data={"token": STAFF_TOKEN})).status == 429
    clock.advance(301)
    assert (await client.get("/staff/api/claims", headers=right)).status == 200


async def test_staff_pages_send_security_headers(client: TestClient) -> None:
    for path in ("/staff", "/staff/login"):
        response = await client.get(path)
        csp = response.headers["Content-Security-Policy"]
        assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Cache-Control"] == "no-store"


async def test_the_login_page_redirects_a_signed_in_user(client: TestClient) -> None:
    await login(client)
    response = await client.get("/staff/login", allow_redirects=False)
    assert response.status == 303


def test_token_comparison() -> None:
    assert token_matches("abc", "abc")
    assert not token_matches("abc", "abd") and not token_matches("", "") and not token_matches(None, "a")
    assert not token_matches("é", "e")  # non-ASCII compares as bytes instead of raising


def test_bearer_token_parsing() -> None:
    assert bearer_token("Bearer  xyz ") == "xyz"
    assert bearer_token("bearer xyz") == "xyz"
    assert (
        bearer_token("Basic xyz") is None and bearer_token("Bearer ") is None and bearer_token(None) is None
    )


def test_session_book_forgets_expired_sessions_and_stays_bounded() -> None:
    clock = FakeClock()
    book = SessionBook(minutes=1, clock=clock)
    first = book.open()
    assert book.find(first.id) == first and book.find("nope") is None
    clock.advance(61)
    assert book.find(first.id) is None
    opened = [book.open() for _ in range(600)]
    assert len(book._sessions) == 500 and book.find(opened[-1].id) is not None


def test_login_throttle_counts_per_address() -> None:
    clock = FakeClock()
    throttle = LoginThrottle(max_failures=2, window_s=10, clock=clock)
    throttle.failed("a")
    throttle.failed("a")
    assert throttle.blocked("a") and not throttle.blocked("b")
    clock.advance(11)
    assert not throttle.blocked("a")


async def test_csrf_token_is_in_every_signed_in_page(client: TestClient, store: ClaimStore) -> None:
    reference = store.save_claim(draft())
    csrf = await login(client)
    for path in ("/staff", f"/staff/claims/{reference}", "/staff/handoffs"):
        response = await client.get(path)
        assert csrf_token(await response.text()) == csrf


async def test_an_app_without_the_rasa_token_still_serves(
    aiohttp_client: object, settings: WebSettings, clock: FakeClock
) -> None:
    client: TestClient = await aiohttp_client(  # type: ignore[operator]
        make_app(replace(settings, rasa_auth_token=""), clock=clock)
    )
    response = await client.get("/healthz")
    assert response.status == 200 and await response.text() == "ok"
    assert isinstance(client.app, web.Application)
