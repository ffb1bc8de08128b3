"""Issue 13, finding 6: ten wrong staff tokens used to lock the right one out for five
minutes, and behind a proxy every staff member shared one address, so one person's
typos (or one attacker) locked out the whole team.

Against the real web app over real HTTP, with real waits (the default policy's
shape, scaled down to hundredths of a second so the test is quick): wrong tokens slow
down, the right one always gets in, a trusted proxy's X-Forwarded-For tells staff
members apart, and anybody else's X-Forwarded-For is ignored.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from argon2 import PasswordHasher

from bot.config import WebSettings, parse_networks
from bot.store.claims import ClaimStore
from bot.web.app import make_app
from bot.web.auth import LoginThrottle, ThrottlePolicy
from bot.web.keys import THROTTLE

pytestmark = pytest.mark.security

STAFF_TOKEN = "staff-token-for-security-tests-42"
# ThrottlePolicy's defaults divided by 50: 3 free, then 10, 20, 40, 80, 160, 200 ms.
FAST = ThrottlePolicy(
    first_delay_s=0.01, max_address_delay_s=0.2, overall_step_s=0.004, max_overall_delay_s=0.1
)


def web_settings(tmp_path: Path, trusted_proxies: str = "") -> WebSettings:
    return WebSettings(
        host="127.0.0.1",
        port=0,
        claims_database_url=f"sqlite:///{tmp_path / 'claims.db'}",
        rasa_url="http://127.0.0.1:9",
        rasa_auth_token="",
        rasa_public_url="http://127.0.0.1:9",
        site_origins=(),
        staff_token=STAFF_TOKEN,
        staff_session_minutes=30,
        cookie_secure=None,
        jeweler_name="Aurora Jewelers",
        trusted_proxies=parse_networks(trusted_proxies),
    )


STAFF_NAME = "ana"
STAFF_PASSWORD = "a pass phrase for the throttle tests"
# Verifying takes the hash's own cost: a cheap one keeps the timings about the throttle.
STAFF_PASSWORD_HASH = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(STAFF_PASSWORD)


WAITS = web.AppKey("throttle_waits", list)


async def staff_app(aiohttp_client: Any, settings: WebSettings) -> TestClient:
    store = ClaimStore(settings.claims_database_url)
    store.create_schema()
    if store.staff.account(STAFF_NAME) is None:
        store.staff.add_account(STAFF_NAME, STAFF_PASSWORD_HASH)
    store.engine.dispose()
    app = make_app(settings)
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        await asyncio.sleep(seconds)

    # The waits the throttle decides are recorded, so the tests hold on a busy machine.
    app[WAITS] = waits
    app[THROTTLE] = LoginThrottle(FAST, sleep=sleep)
    client: TestClient = await aiohttp_client(app)
    return client


async def sign_in(
    client: TestClient, password: str, headers: dict[str, str] | None = None
) -> tuple[int, float]:
    """The answer's status, and how long the throttle made this attempt wait."""
    waits = client.app[WAITS]
    before = len(waits)
    response = await client.post(
        "/staff/login",
        data={"name": STAFF_NAME, "password": password},
        headers=headers,
        allow_redirects=False,
    )
    await response.read()
    return response.status, sum(waits[before:])


async def test_ten_wrong_tokens_then_the_right_one_gets_in(aiohttp_client: Any, tmp_path: Path) -> None:
    client = await staff_app(aiohttp_client, web_settings(tmp_path))
    wrong = [await sign_in(client, "not-the-token") for _ in range(10)]
    assert all(status == 401 for status, _ in wrong)
    times = [took for _, took in wrong]
    assert max(times[:4]) == 0  # a few typos cost nothing
    assert times[6] >= 0.04 and times[9] >= 0.2  # then each wait grows, up to the cap
    status, took = await sign_in(client, STAFF_PASSWORD)
    assert status == 303  # signed in: slowed down, never refused
    assert took == FAST.max_address_delay_s  # the cap, no more
    assert (await client.get("/staff")).status == 200


async def test_behind_a_trusted_proxy_two_staff_members_are_told_apart(
    aiohttp_client: Any, tmp_path: Path
) -> None:
    # The test client connects from 127.0.0.1, the proxy here.
    client = await staff_app(aiohttp_client, web_settings(tmp_path, trusted_proxies="127.0.0.1"))
    typist = {"X-Forwarded-For": "198.51.100.7"}
    colleague = {"X-Forwarded-For": "198.51.100.8"}
    for _ in range(10):
        assert (await sign_in(client, "not-the-token", typist))[0] == 401
    status, took = await sign_in(client, STAFF_PASSWORD, colleague)
    assert status == 303 and took == 0  # the colleague is not slowed by the typist
    status, took = await sign_in(client, STAFF_PASSWORD, typist)
    assert status == 303 and took >= 0.2  # the typist waits, and gets in


async def test_an_untrusted_x_forwarded_for_is_ignored(aiohttp_client: Any, tmp_path: Path) -> None:
    # No proxy trusted (the default): a guesser naming a new address on every try still
    # waits as the one address it really is.
    client = await staff_app(aiohttp_client, web_settings(tmp_path))
    results = [
        await sign_in(client, "not-the-token", {"X-Forwarded-For": f"203.0.113.{n}"}) for n in range(10)
    ]
    assert results[-1][1] >= 0.2
    # A proxy is trusted, but this request does not come from it: the same.
    client = await staff_app(aiohttp_client, web_settings(tmp_path, trusted_proxies="10.20.30.40"))
    results = [
        await sign_in(client, "not-the-token", {"X-Forwarded-For": f"203.0.113.{n}"}) for n in range(10)
    ]
    assert results[-1][1] >= 0.2
