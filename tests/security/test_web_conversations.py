"""`POST /api/conversations`: the web app issues the only ids the channels accept."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient

from bot.config import WebSettings
from bot.conversation_ids import is_issued
from bot.web.app import make_app

pytestmark = pytest.mark.security
SECRET = "conversation-secret-for-tests-0123"
SITE = "https://shop.example"


def settings(tmp_path: Path, secret: str | None = SECRET) -> WebSettings:
    return WebSettings(
        host="127.0.0.1",
        port=8080,
        claims_database_url=f"sqlite:///{tmp_path / 'claims.db'}",
        rasa_url="http://127.0.0.1:1",
        rasa_auth_token="",
        rasa_public_url="http://127.0.0.1:5005",
        site_origins=(SITE,),
        staff_token=None,
        staff_session_minutes=30,
        cookie_secure=None,
        jeweler_name="Aurora Jewelers",
        conversation_secret=secret,
        conversation_idle_minutes=7,
    )


Client = Callable[..., Awaitable[TestClient]]


async def test_a_new_conversation_gets_an_issued_unguessable_id(
    aiohttp_client: Client, tmp_path: Path
) -> None:
    client = await aiohttp_client(make_app(settings(tmp_path)))
    answers = [await client.post("/api/conversations") for _ in range(5)]
    assert {a.status for a in answers} == {201}
    ids = [(await a.json())["sender_id"] for a in answers]
    assert len(set(ids)) == 5 and all(is_issued(i, SECRET) for i in ids)
    assert all(re.fullmatch(r"[0-9a-f]{32}-[0-9a-f]{32}", i) for i in ids)
    assert answers[0].headers["Cache-Control"] == "no-store"


async def test_the_site_origins_may_ask_from_a_browser(aiohttp_client: Client, tmp_path: Path) -> None:
    client = await aiohttp_client(make_app(settings(tmp_path)))
    allowed = await client.post("/api/conversations", headers={"Origin": SITE})
    assert allowed.status == 201 and allowed.headers["Access-Control-Allow-Origin"] == SITE
    preflight = await client.options(
        "/api/conversations", headers={"Origin": SITE, "Access-Control-Request-Method": "POST"}
    )
    assert preflight.status == 204 and preflight.headers["Access-Control-Allow-Origin"] == SITE


async def test_another_site_gets_no_id(aiohttp_client: Client, tmp_path: Path) -> None:
    client = await aiohttp_client(make_app(settings(tmp_path)))
    refused = await client.post("/api/conversations", headers={"Origin": "https://evil.example"})
    assert refused.status == 403 and "site origins" in (await refused.json())["error"]
    assert "Access-Control-Allow-Origin" not in refused.headers
    preflight = await client.options(
        "/api/conversations",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status == 403


async def test_without_a_secret_no_id_is_issued(aiohttp_client: Client, tmp_path: Path) -> None:
    client = await aiohttp_client(make_app(settings(tmp_path, secret=None)))
    answer = await client.post("/api/conversations")
    assert answer.status == 503 and "CONVERSATION_SECRET" in (await answer.json())["error"]


async def test_the_demo_page_passes_the_idle_time_to_the_widget(
    aiohttp_client: Client, tmp_path: Path
) -> None:
    client = await aiohttp_client(make_app(settings(tmp_path)))
    page = await (await client.get("/")).text()
    assert 'data-idle-minutes="7"' in page
