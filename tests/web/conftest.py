"""Staff-page fixtures: the real app on a temp SQLite store, and a tiny real stand-in
for the Rasa tracker endpoint (an aiohttp server on a local port, not a mock)."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import replace
from datetime import date
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from aiosmtpd.controller import Controller
from argon2 import PasswordHasher

from bot.config import WebSettings
from bot.store.claims import ClaimDraft, ClaimStore
from bot.web.app import make_app
from scripts.stack import free_port

STAFF_TOKEN = "staff-token-for-tests-0123456789"
STAFF_NAME = "ana"
STAFF_PASSWORD = "correct horse battery staple"
# Verifying costs what the hash says: a cheap one keeps the tests (and the throttle's
# timings) fast. bot.web.accounts hashes with argon2-cffi's default cost.
STAFF_PASSWORD_HASH = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(STAFF_PASSWORD)
RASA_TOKEN = "rasa-token-for-tests"
XSS = "<img src=x onerror=alert(1)>"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def draft(**changes: Any) -> ClaimDraft:
    base = ClaimDraft(
        sender_id="sender-1",
        claim_type="theft",
        item_type="engagement_ring",
        item_value=9000.0,
        currency="USD",
        loss_date=date(2026, 11, 14),
        loss_description="It was taken from the dresser while the plumber was in.",
        was_specified=False,
        claimant_name="Ana Ruiz",
        claimant_email="ana.ruiz@example.com",
        claimant_phone="+64 21 555 0199",
        proof_documents=("photo",),
        missing_documents=("receipt", "valuation"),
        claim_flags=("invited_guest_theft",),
        flag_facts={"invited_guest_theft": "the plumber was working in the house"},
        police_report_number="2611-4471",
    )
    return replace(base, **changes)


# Tracker events per sender, as Rasa's HTTP API returns them.
CONVERSATIONS: dict[str, list[dict[str, Any]]] = {
    "sender-1": [
        {"event": "action", "name": "action_session_start", "timestamp": 1763800000.0},
        {"event": "user", "text": "my $9,000 engagement ring was stolen", "timestamp": 1763800001.0},
        {
            "event": "bot",
            "text": "Was it listed on your policy?",
            "timestamp": 1763800002.0,
            "data": {
                "buttons": [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]
            },
        },
        {"event": "user", "text": "/deny", "timestamp": 1763800003.0},
        {"event": "bot", "text": "Thanks. Is there a police report?", "timestamp": 1763800004.0},
        {"event": "user", "text": XSS, "timestamp": 1763800005.0},
    ],
}


@pytest.fixture
async def fake_rasa(aiohttp_server: Callable[..., Awaitable[TestServer]]) -> TestServer:
    """GET /conversations/<id>/tracker?token=..., answering like Rasa's HTTP API."""

    async def tracker(request: web.Request) -> web.Response:
        if request.query.get("token") != RASA_TOKEN:
            return web.json_response({"message": "unauthorized"}, status=401)
        sender = request.match_info["sender_id"]
        return web.json_response({"sender_id": sender, "events": CONVERSATIONS.get(sender, [])})

    app = web.Application()
    app.router.add_get("/conversations/{sender_id}/tracker", tracker)
    return await aiohttp_server(app)


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'claims.db'}"


@pytest.fixture
def store(database_url: str) -> ClaimStore:
    store = ClaimStore(database_url)
    store.create_schema()
    store.staff.add_account(STAFF_NAME, STAFF_PASSWORD_HASH)
    return store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def settings(database_url: str, fake_rasa: TestServer) -> WebSettings:
    rasa_url = str(fake_rasa.make_url("")).rstrip("/")
    return WebSettings(
        host="127.0.0.1",
        port=8080,
        claims_database_url=database_url,
        rasa_url=rasa_url,
        rasa_auth_token=RASA_TOKEN,
        rasa_public_url="http://127.0.0.1:5005",
        site_origins=("http://127.0.0.1:8080",),
        staff_token=STAFF_TOKEN,
        staff_session_minutes=30,
        cookie_secure=None,
        jeweler_name="Aurora Jewelers",
    )


AppClient = TestClient  # the pytest-aiohttp client: requests against the running app


@pytest.fixture
async def client(
    aiohttp_client: Callable[..., Awaitable[TestClient]],
    settings: WebSettings,
    clock: FakeClock,
    store: ClaimStore,
) -> TestClient:
    return await aiohttp_client(make_app(settings, clock=clock))


def csrf_token(page: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert match, "no CSRF token in the page"
    return match.group(1)


def credentials(name: str = STAFF_NAME, password: str = STAFF_PASSWORD) -> dict[str, str]:
    return {"name": name, "password": password}


async def login(client: TestClient, name: str = STAFF_NAME, password: str = STAFF_PASSWORD) -> str:
    """Signs in through the form; returns the CSRF token of the new session."""
    response = await client.post("/staff/login", data=credentials(name, password), allow_redirects=False)
    assert response.status == 303, await response.text()
    page = await client.get("/staff")
    assert page.status == 200
    return csrf_token(await page.text())


# --- email: a real local SMTP server (aiosmtpd), or the outbox folder ----------------------


class Collecting:
    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.recipients: list[list[str]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content))
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 OK"


@pytest.fixture
def smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Collecting]:
    handler = Collecting()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("SMTP_URL", f"smtp://127.0.0.1:{port}")
    monkeypatch.setenv("MAIL_FROM", "claims@aurora.example")
    try:
        yield handler
    finally:
        controller.stop()


@pytest.fixture
def outbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("SMTP_URL", raising=False)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data" / "outbox"
