"""Kept-alive HTTP connections from the Rasa server to the action server.

Rasa 3.6 opens a new `aiohttp.ClientSession` for every request to an endpoint
(`rasa.utils.endpoints.EndpointConfig.request`), so every action call of every turn
pays a new TCP connection, and the action server a new one to accept. Here each endpoint
configuration keeps one session for its event loop and lends it to `request()` without
closing it; the request itself (headers, parameters, errors, answer) is Rasa's own.

Idle connections are dropped after KEEPALIVE_S, less than the action server's own idle
limit (Sanic's KEEP_ALIVE_TIMEOUT, 5 s), so Rasa never sends a turn down a connection
the other side is closing at that moment. Installed by bot/server/patches.py (scripts/rasa_server.py applies it).

The request body (the whole tracker, every event with its parse data: 60 KB after a
claim intake, sent on each action call) is encoded with ujson (already a dependency of
Rasa's), a few times faster than the standard library's encoder; anything ujson cannot
encode goes to `json.dumps`, as before.

At the server's shutdown the kept sessions are closed (`close_kept_sessions`, called by
bot/server/shutdown.py); left open, aiohttp warned "Unclosed client session" as the
process ended.
"""

from __future__ import annotations

import asyncio
import json
import weakref
from typing import Any

import aiohttp
import ujson
from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT, EndpointConfig

KEEPALIVE_S = 2.0
_SESSIONS = "_kept_sessions"
# Every kept session by its event loop's id, to close them at shutdown (weak: a dropped
# endpoint takes its own).
_ALL_SESSIONS: dict[int, weakref.WeakSet[aiohttp.ClientSession]] = {}


class _Lent:
    """`async with` over a kept session: entering lends it, leaving keeps it open."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self.session

    async def __aexit__(self, *_exc: object) -> None:
        return None


def encode_json(value: Any) -> str:
    """What aiohttp sends for `json=`: ujson's text, or the standard library's."""
    try:
        encoded: str = ujson.dumps(value, ensure_ascii=False, escape_forward_slashes=False)
    except (TypeError, OverflowError, ValueError):
        return json.dumps(value)
    return encoded


def kept_session(endpoint: EndpointConfig) -> _Lent:
    """The endpoint's session for the running loop, made on first use (Rasa's settings)."""
    loop = asyncio.get_running_loop()
    sessions: dict[int, aiohttp.ClientSession] = endpoint.__dict__.setdefault(_SESSIONS, {})
    session = sessions.get(id(loop))
    if session is None or session.closed:
        auth = (
            aiohttp.BasicAuth(endpoint.basic_auth["username"], endpoint.basic_auth["password"])
            if endpoint.basic_auth
            else None
        )
        session = aiohttp.ClientSession(
            headers=endpoint.headers,
            auth=auth,
            timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
            connector=aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE_S),
            json_serialize=encode_json,
        )
        sessions[id(loop)] = session
        _ALL_SESSIONS.setdefault(id(loop), weakref.WeakSet()).add(session)
    return _Lent(session)


async def close_kept_sessions() -> int:
    """Close the kept sessions of the running event loop; how many were open."""
    mine = [s for s in _ALL_SESSIONS.pop(id(asyncio.get_running_loop()), ()) if not s.closed]
    for session in mine:
        await session.close()
    return len(mine)


def use_kept_alive_connections() -> None:
    """From now on every endpoint's requests reuse connections (the action server's)."""
    method: Any = kept_session
    EndpointConfig.session = method
