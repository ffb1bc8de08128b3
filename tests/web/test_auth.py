"""Staff access: 401 without the token, the login form, session cookies, expiry, logout,
CSRF on changes, the sign-in throttle (slower, never locked), the client's address behind
a trusted proxy, and the security headers."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient

from bot.config import WebSettings, parse_networks
from bot.store.claims import ClaimStore
from bot.web.app import make_app
from bot.web.auth import (
    SESSION_COOKIE,
    LoginThrottle,
    ThrottlePolicy,
    bearer_token,
    token_matches,
)
from bot.web.keys import THROTTLE
from tests.web.conftest import (
    STAFF_NAME,
    STAFF_PASSWORD,
    STAFF_TOKEN,
    FakeClock,
    credentials,
    csrf_token,
    draft,
    login,
)

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
        assert 'name="password"' in body  # the login form
        assert reference not in body and not any(p in body for p in PRIVATE), path
        assert "sender-9" not in body
    api = await client.get("/staff/api/claims")
    assert api.status == 401 and await api.json() == {"error": "unauthorized"}


async def test_a_wrong_token_or_password_is_401(client: TestClient, store: ClaimStore) -> None:
    store.save_claim(draft())
    bearer = await client.get("/staff", headers={"Authorization": "Bearer not-the-token-at-all!"})
    assert bearer.status == 401
    for data in (
        credentials(password=STAFF_PASSWORD + "x"),
        credentials(name="nobody"),
        {"token": STAFF_TOKEN},  # the shared token no longer signs a person in
        {"name": STAFF_NAME},
        credentials(password="x" * 10_000),
    ):
        form = await client.post("/staff/login", data=data, allow_redirects=False)
        body = await form.text()
        assert form.status == 401 and "That name and password do not match." in body, data
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
    response = await client.post("/staff/login", data=credentials(), allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/staff"
    cookie = response.cookies[SESSION_COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Strict" and cookie["path"] == "/staff"
    assert len(cookie.value) >= 40  # 32 random bytes, url-safe
    assert not cookie["secure"]  # plain http on localhost; https requests get Secure
    page = await client.get("/staff")
    assert page.status == 200 and reference in await page.text()


async def test_cookie_is_secure_when_configured(
    aiohttp_client: object, settings: WebSettings, clock: FakeClock, store: ClaimStore
) -> None:
    client: TestClient = await aiohttp_client(make_app(replace(settings, cookie_secure=True), clock=clock))  # type: ignore[operator]
    response = await client.post("/staff/login", data=credentials(), allow_redirects=False)
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
    forged = await client.post(
        f"/staff/claims/{reference}/status", data={"csrf_token": "guess", "status": "closed"}
    )
    assert forged.status == 403
    assert store.get_claim(reference).status == "new"  # type: ignore[union-attr]
    assert (await client.get("/staff")).status == 200  # still signed in


async def test_each_login_gets_its_own_session_and_csrf_token(client: TestClient) -> None:
    first = await login(client)
    client.session.cookie_jar.clear()
    second = await login(client)
    assert first != second


async def test_the_bearer_token_is_refused_unless_long_enough_and_accounts_still_sign_in(
    aiohttp_client: object, settings: WebSettings, clock: FakeClock, store: ClaimStore
) -> None:
    for token in (None, "short-token"):
        app = make_app(replace(settings, staff_token=token), clock=clock)
        client: TestClient = await aiohttp_client(app)  # type: ignore[operator]
        response = await client.post("/staff/login", data={"token": token or ""}, allow_redirects=False)
        assert response.status == 401
        assert (await client.get("/staff", headers={"Authorization": f"Bearer {token}"})).status == 401
        await login(client)


class RecordedWaits:
    """The throttle's sleep, recording each wait and advancing the fake clock instead."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.clock.advance(seconds)


async def throttled_client(
    aiohttp_client: Any, settings: WebSettings, clock: FakeClock
) -> tuple[TestClient, RecordedWaits]:
    app = make_app(settings, clock=clock)
    waits = RecordedWaits(clock)
    app[THROTTLE] = LoginThrottle(clock=clock, sleep=waits)
    client: TestClient = await aiohttp_client(app)
    return client, waits


async def test_ten_wrong_tokens_slow_sign_in_down_and_the_right_one_still_gets_in(
    aiohttp_client: Any, settings: WebSettings, clock: FakeClock, store: ClaimStore
) -> None:
    client, waits = await throttled_client(aiohttp_client, settings, clock)
    for _ in range(10):
        assert (await client.post("/staff/login", data=credentials(password="wrong"))).status == 401
    right = await client.post("/staff/login", data=credentials(), allow_redirects=False)
    assert right.status == 303  # not 429: no lockout, ever
    assert waits.waits == [0.5, 1.0, 2.0, 4.0, 8.0, 10.0, 10.0]  # 3 free, doubling, capped; the last: right
    assert (await client.get("/staff")).status == 200
    # The right token forgave this address's typos: the next sign-in does not wait.
    client.session.cookie_jar.clear()
    waits.waits.clear()
    assert (await client.post("/staff/login", data=credentials(), allow_redirects=False)).status == 303
    assert waits.waits == []


async def test_wrong_bearer_tokens_slow_down_like_sign_ins_and_the_right_one_gets_through(
    aiohttp_client: Any, settings: WebSettings, clock: FakeClock, store: ClaimStore
) -> None:
    client, waits = await throttled_client(aiohttp_client, settings, clock)
    for _ in range(10):
        assert (await client.get("/staff", headers={"Authorization": "Bearer wrong-token"})).status == 401
    assert max(waits.waits) == 10.0
    right = {"Authorization": f"Bearer {STAFF_TOKEN}"}
    assert (await client.get("/staff/api/claims", headers=right)).status == 200


async def test_a_signed_in_session_never_waits(
    aiohttp_client: Any, settings: WebSettings, clock: FakeClock, store: ClaimStore
) -> None:
    client, waits = await throttled_client(aiohttp_client, settings, clock)
    await login(client)
    for _ in range(10):
        await client.get("/staff", headers={"Authorization": "Bearer wrong-token"})
    waits.waits.clear()
    assert (await client.get("/staff")).status == 200  # the cookie, not a token: no attempt
    assert waits.waits == []


async def test_an_untrusted_x_forwarded_for_is_ignored(
    aiohttp_client: Any, settings: WebSettings, clock: FakeClock, store: ClaimStore
) -> None:
    # No trusted proxy configured: a client cannot dodge the wait by naming new addresses.
    client, waits = await throttled_client(aiohttp_client, settings, clock)
    for n in range(6):
        await client.post(
            "/staff/login", data=credentials(password="wrong"), headers={"X-Forwarded-For": f"203.0.113.{n}"}
        )
    assert waits.waits == [0.5, 1.0]
    trusted_elsewhere = replace(settings, trusted_proxies=parse_networks("10.9.9.9"))
    client, waits = await throttled_client(aiohttp_client, trusted_elsewhere, clock)
    for n in range(6):
        await client.post(
            "/staff/login", data=credentials(password="wrong"), headers={"X-Forwarded-For": f"203.0.113.{n}"}
        )
    assert waits.waits == [0.5, 1.0]


async def test_behind_a_trusted_proxy_staff_members_are_told_apart(
    aiohttp_client: Any, settings: WebSettings, clock: FakeClock, store: ClaimStore
) -> None:
    # The test client connects from 127.0.0.1: here that is the proxy.
    client, waits = await throttled_client(
        aiohttp_client, replace(settings, trusted_proxies=parse_networks("127.0.0.1, 10.0.0.0/8")), clock
    )
    guesser = {"X-Forwarded-For": "203.0.113.7, 10.0.0.2"}  # through two of our proxies
    colleague = {"X-Forwarded-For": "198.51.100.20"}
    for _ in range(8):
        await client.post("/staff/login", data=credentials(password="wrong"), headers=guesser)
    assert waits.waits == [0.5, 1.0, 2.0, 4.0]
    waits.waits.clear()
    response = await client.post("/staff/login", data=credentials(), headers=colleague, allow_redirects=False)
    assert response.status == 303 and waits.waits == []  # the colleague does not wait


async def test_a_trusted_proxy_tells_the_app_the_request_was_https(
    aiohttp_client: Any, settings: WebSettings, clock: FakeClock, store: ClaimStore
) -> None:
    client, _ = await throttled_client(
        aiohttp_client, replace(settings, trusted_proxies=parse_networks("127.0.0.1")), clock
    )
    headers = {"X-Forwarded-For": "198.51.100.20", "X-Forwarded-Proto": "https"}
    response = await client.post("/staff/login", data=credentials(), headers=headers, allow_redirects=False)
    assert response.status == 303 and response.cookies[SESSION_COOKIE]["secure"]
    bad = await client.get("/staff/login", headers={"X-Forwarded-For": "not-an-address"})
    assert bad.status == 400


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


async def test_the_throttle_waits_per_address_and_overall_and_forgets() -> None:
    clock = FakeClock()
    waits = RecordedWaits(clock)
    policy = ThrottlePolicy(free_failures=1, first_delay_s=1, max_address_delay_s=4, free_overall=3,
                            overall_step_s=0.5, max_overall_delay_s=1, window_s=100)  # fmt: skip
    throttle = LoginThrottle(policy, clock=clock, sleep=waits)
    for _ in range(5):
        assert not await throttle.attempt("a", lambda: False)
    assert waits.waits == [1, 2, 4 + 0.5]  # the 5th: capped for "a", and 4 wrong overall
    assert throttle.delay("b") == 1  # another address waits only the overall part
    assert await throttle.attempt("b", lambda: True)
    clock.advance(101)
    assert throttle.delay("a") == 0 and throttle.delay("b") == 0


async def test_attempts_still_waiting_count_so_a_burst_waits_longer() -> None:
    clock = FakeClock()
    gate = asyncio.Event()
    seen: list[float] = []

    async def held(seconds: float) -> None:
        seen.append(seconds)
        await gate.wait()

    throttle = LoginThrottle(
        ThrottlePolicy(free_failures=0, first_delay_s=1, max_address_delay_s=8), clock=clock, sleep=held
    )
    burst = [asyncio.ensure_future(throttle.attempt("a", lambda: False)) for _ in range(5)]
    await asyncio.sleep(0)
    assert seen == [1, 2, 4, 8]  # the first is free, each next one counts those waiting
    gate.set()
    await asyncio.gather(*burst)
    assert throttle.delay("a") == 8


def test_the_policy_never_overflows_and_is_capped() -> None:
    policy = ThrottlePolicy()
    assert policy.address_delay(3) == 0 and policy.address_delay(4) == 0.5
    assert policy.address_delay(10_000) == policy.max_address_delay_s
    assert policy.overall_delay(10_000) == policy.max_overall_delay_s


async def test_csrf_token_is_in_every_signed_in_page(client: TestClient, store: ClaimStore) -> None:
    reference = store.save_claim(draft())
    csrf = await login(client)
    for path in ("/staff", f"/staff/claims/{reference}", "/staff/handoffs"):
        response = await client.get(path)
        assert csrf_token(await response.text()) == csrf


async def test_an_app_without_the_rasa_token_still_serves(
    aiohttp_client: object, settings: WebSettings, clock: FakeClock, store: ClaimStore
) -> None:
    client: TestClient = await aiohttp_client(  # type: ignore[operator]
        make_app(replace(settings, rasa_auth_token=""), clock=clock)
    )
    response = await client.get("/healthz")
    assert response.status == 200 and await response.text() == "ok"
    assert isinstance(client.app, web.Application)
