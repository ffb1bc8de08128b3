"""Kept-alive connections from the Rasa server to its endpoints (bot/server/keep_alive.py),
against a real local HTTP server."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from rasa.utils.endpoints import EndpointConfig

from bot.server import keep_alive


@pytest.fixture
async def server() -> AsyncIterator[tuple[str, list[object], list[dict[str, Any]]]]:
    connections: list[object] = []
    seen: list[dict[str, Any]] = []

    async def webhook(request: web.Request) -> web.Response:
        if request.transport not in connections:
            connections.append(request.transport)
        seen.append(
            {
                "auth": request.headers.get("Authorization", ""),
                "q": request.query_string,
                "body": await request.text(),
            }
        )
        return web.json_response({"events": [], "responses": [], "n": len(seen)})

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield f"http://127.0.0.1:{port}/webhook", connections, seen
    await runner.cleanup()


async def test_turns_reuse_one_connection_with_the_endpoint_settings(
    server: tuple[str, list[object], list[dict[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, connections, seen = server
    monkeypatch.setattr(EndpointConfig, "session", keep_alive.kept_session)
    endpoint = EndpointConfig(url=url, headers={"Authorization": "Bearer s3cret"}, token="t")
    body = {"next_action": "a", "tracker": {"events": [{"text": 'é / "quoted"', "n": 2.5}]}}
    answers = [await endpoint.request(json=body, method="post") for _ in range(5)]
    assert [a["n"] for a in answers] == [1, 2, 3, 4, 5]
    assert len(connections) == 1  # Rasa's own session() opened five
    assert all(s["auth"] == "Bearer s3cret" and s["q"] == "token=t" for s in seen)
    assert all(json.loads(s["body"]) == body for s in seen)


async def test_rasa_opens_a_connection_per_request(
    server: tuple[str, list[object], list[dict[str, Any]]],
) -> None:
    # What the module is for (and proof the count above could fail).
    url, connections, _ = server
    endpoint = EndpointConfig(url=url)
    for _ in range(3):
        await endpoint.request(json={}, method="post")
    assert len(connections) == 3


async def test_a_closed_session_is_replaced(
    server: tuple[str, list[object], list[dict[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, _, _ = server
    monkeypatch.setattr(EndpointConfig, "session", keep_alive.kept_session)
    endpoint = EndpointConfig(url=url)
    async with endpoint.session() as first:
        await first.close()
    answer = await endpoint.request(json={}, method="post")
    assert answer["n"] == 1


async def test_the_kept_sessions_are_closed_at_shutdown(
    server: tuple[str, list[object], list[dict[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Rasa's close_resources, run after the server stops, now also closes them: aiohttp
    # warned "Unclosed client session" when the process ended.
    import rasa.core.run
    from sanic import Sanic

    from bot.server import shutdown

    url, _, _ = server
    monkeypatch.setattr(EndpointConfig, "session", keep_alive.kept_session)
    monkeypatch.setattr(rasa.core.run, "close_resources", rasa.core.run.close_resources)
    shutdown.close_more_at_shutdown()
    endpoint = EndpointConfig(url=url)
    await endpoint.request(json={}, method="post")
    session = endpoint.__dict__[keep_alive._SESSIONS][id(asyncio.get_running_loop())]
    assert not session.closed

    class LockStore:
        closed = False

        async def close(self) -> None:
            LockStore.closed = True

    app = Sanic(f"shutdown-test-{id(session)}")
    app.ctx.agent = type(
        "Agent", (), {"lock_store": LockStore(), "tracker_store": type("T", (), {"event_broker": None})()}
    )()
    await rasa.core.run.close_resources(app, None)
    assert session.closed
    assert LockStore.closed
