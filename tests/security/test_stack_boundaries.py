"""The running stack's boundaries, over HTTP (issue 13, findings 1 and 4).

Before: the action server ran a forged claim for anyone; a made-up sender read or wrote
any conversation over REST and socket.io (any Origin); no sender shared one `default`
conversation; `[]` answered 500 and `"message": 123` nothing.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from typing import Any

import pytest
import requests
import socketio

from scripts.stack import Stack
from tests.e2e.conftest import Chat
from tests.security.test_action_server import forged_call, listening_addresses

pytestmark = [pytest.mark.e2e, pytest.mark.security]
FOREIGN = "https://evil.example"


def webhook(stack: Stack, body: Any, **kwargs: Any) -> requests.Response:
    data = body if isinstance(body, bytes | str) else json.dumps(body)
    headers = {"Content-Type": "application/json", **kwargs.pop("headers", {})}
    return requests.post(
        f"{stack.rasa_url}/webhooks/rest/webhook", data=data, headers=headers, timeout=60, **kwargs
    )


def stored_events(stack: Stack, sender: str) -> int:
    with contextlib.closing(sqlite3.connect(stack.var_dir / "trackers.db")) as db:
        return int(db.execute("SELECT count(*) FROM events WHERE sender_id = ?", (sender,)).fetchone()[0])


def claims_stored(stack: Stack) -> int:
    with contextlib.closing(sqlite3.connect(stack.var_dir / "claims.db")) as db:
        return int(db.execute("SELECT count(*) FROM claims").fetchone()[0])


# --- the action server ---------------------------------------------------------------------


def test_a_forged_webhook_to_the_stacks_action_server_stores_no_claim(stack: Stack) -> None:
    Chat(stack).say("hi")  # the Rasa server reaches it with the secret
    before = claims_stored(stack)
    forged = requests.post(f"{stack.action_url}/webhook", json=forged_call(), timeout=30)
    assert forged.status_code == 401
    text_plain = requests.post(
        f"{stack.action_url}/webhook",
        data=json.dumps(forged_call()),
        headers={"Content-Type": "text/plain", "Origin": FOREIGN},
        timeout=30,
    )
    assert text_plain.status_code == 401
    assert claims_stored(stack) == before


def test_the_stacks_action_server_listens_on_localhost_only(stack: Stack) -> None:
    assert listening_addresses(stack.action_port) == {"0100007F"}


# --- the REST channel ----------------------------------------------------------------------


def test_a_made_up_sender_is_refused_and_nothing_is_stored(stack: Stack) -> None:
    for sender in ("default", "victim-conversation", "0" * 32 + "-" + "0" * 32):
        answer = webhook(stack, {"sender": sender, "message": "what's the status of my claim?"})
        assert answer.status_code == 403
        assert "POST /api/conversations" in answer.json()["error"]
        assert stored_events(stack, sender) == 0


def test_no_sender_is_a_400_and_no_default_conversation(stack: Stack) -> None:
    answer = webhook(stack, {"message": "hi"})
    assert answer.status_code == 400 and "sender" in answer.json()["error"]
    assert answer.json()["example"]["message"] == "hi"
    assert stored_events(stack, "default") == 0


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        ([], "JSON object"),
        (b"this is not json", "not JSON"),
        ({"sender": "SENDER", "message": 123}, "`message` must be a string"),
        ({"sender": "SENDER"}, "`message` must be a string"),
    ],
    ids=["list", "not-json", "number", "no-message"],
)
def test_a_malformed_body_is_a_400_with_a_clear_json_error(stack: Stack, body: Any, wrong: str) -> None:
    sender = stack.new_conversation()
    if isinstance(body, dict):
        body = {k: (sender if v == "SENDER" else v) for k, v in body.items()}
    answer = webhook(stack, body)
    assert answer.status_code == 400
    error = answer.json()
    assert wrong in error["error"] and set(error["example"]) == {"sender", "message"}
    assert stored_events(stack, sender) == 0


def test_an_issued_id_works_and_carries_the_client_address_not_the_ip(stack: Stack) -> None:
    sender = stack.new_conversation()
    answer = webhook(stack, {"sender": sender, "message": "hi", "metadata": {"client_address": "spoofed"}})
    assert answer.status_code == 200 and answer.json() and answer.json()[0]["text"]
    tracker = requests.get(
        f"{stack.rasa_url}/conversations/{sender}/tracker", params={"token": stack.token}, timeout=30
    ).json()
    (said,) = (e for e in tracker["events"] if e["event"] == "user")
    address = said["metadata"]["client_address"]
    assert address.startswith("addr-") and address != "spoofed" and "127.0.0.1" not in json.dumps(said)


def test_the_api_token_lets_a_script_use_any_sender(stack: Stack) -> None:
    answer = webhook(stack, {"sender": "script-sender-1", "message": "hi"}, params={"token": stack.token})
    assert answer.status_code == 200 and answer.json()
    bearer = webhook(
        stack,
        {"sender": "script-sender-1", "message": "hi"},
        headers={"Authorization": f"Bearer {stack.token}"},
    )
    assert bearer.status_code == 200
    wrong = webhook(stack, {"sender": "script-sender-2", "message": "hi"}, params={"token": "wrong"})
    assert wrong.status_code == 403 and stored_events(stack, "script-sender-2") == 0


# --- socket.io ---------------------------------------------------------------------------------


def polling_handshake(stack: Stack, origin: str) -> requests.Response:
    return requests.get(
        f"{stack.rasa_url}/socket.io/",
        params={"EIO": "4", "transport": "polling"},
        headers={"Origin": origin},
        timeout=10,
    )


def test_socketio_refuses_a_foreign_origin(stack: Stack) -> None:
    assert polling_handshake(stack, FOREIGN).status_code == 403
    allowed = polling_handshake(stack, stack.web_url)
    assert allowed.status_code == 200 and allowed.headers["Access-Control-Allow-Origin"] == stack.web_url
    # The WebSocket upgrade, where browsers apply no CORS at all.
    upgrade = requests.get(
        f"{stack.rasa_url}/socket.io/",
        params={"EIO": "4", "transport": "websocket"},
        headers={
            "Origin": FOREIGN,
            "Connection": "Upgrade",
            "Upgrade": "websocket",
            "Sec-WebSocket-Version": "13",
            "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
        },
        timeout=10,
    )
    assert upgrade.status_code == 403


class SocketUser:
    """A socket.io client over long-polling, recording what the server emits."""

    def __init__(self, stack: Stack, origin: str) -> None:
        self.client = socketio.Client(reconnection=False)
        self.events: list[tuple[str, Any]] = []
        self.arrived = threading.Condition()
        for name in ("session_confirm", "session_refused", "request_refused", "bot_uttered"):
            self.client.on(name, self._recorder(name))
        self.client.connect(
            stack.rasa_url, headers={"Origin": origin}, transports=["polling"], wait_timeout=10
        )

    def _recorder(self, name: str) -> Any:
        def record(data: Any = None) -> None:
            with self.arrived:
                self.events.append((name, data))
                self.arrived.notify_all()

        return record

    def wait_for(self, name: str, timeout: float = 60) -> Any:
        with self.arrived:
            self.arrived.wait_for(lambda: any(n == name for n, _ in self.events), timeout)
        found = [data for n, data in self.events if n == name]
        assert found, f"no {name}: {self.events}"
        return found[0]

    def close(self) -> None:
        self.client.disconnect()


def test_socketio_with_a_foreign_origin_cannot_connect(stack: Stack) -> None:
    with pytest.raises(socketio.exceptions.ConnectionError):
        SocketUser(stack, FOREIGN)


def test_socketio_refuses_a_made_up_session_and_its_messages(stack: Stack) -> None:
    user = SocketUser(stack, stack.web_url)
    try:
        user.client.emit("session_request", {"session_id": "victim-conversation"})
        assert "not issued" in user.wait_for("session_refused")["error"]
        user.client.emit("user_uttered", {"message": "hi", "session_id": "victim-conversation"})
        assert "session_request" in user.wait_for("request_refused")["error"]
        assert stored_events(stack, "victim-conversation") == 0
    finally:
        user.close()


def test_socketio_with_an_issued_id_gets_its_replies(stack: Stack) -> None:
    sender = stack.new_conversation()
    user = SocketUser(stack, stack.web_url)
    try:
        user.client.emit("session_request", {"session_id": sender})
        assert user.wait_for("session_confirm") == sender
        user.client.emit("user_uttered", {"message": 123, "session_id": sender})
        assert "string `message`" in user.wait_for("request_refused")["error"]
        user.client.emit("user_uttered", {"message": "hi", "session_id": sender})
        assert user.wait_for("bot_uttered")["text"]
    finally:
        user.close()
