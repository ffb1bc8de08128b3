"""The action server answers only its Rasa server (issue 13, finding 1).

Before: `rasa run actions` listened on 0.0.0.0:5055 and ran any action for anyone: one
POST with a made-up tracker stored a forged claim, and a web page could do it with a
cross-origin `text/plain` POST. The real action server is started here (no model needed).
"""

from __future__ import annotations

import contextlib
import json
import secrets
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from scripts.action_server import refusal, secret_matches
from scripts.stack import REPO, base_env, free_port, wait_until_ready

pytestmark = pytest.mark.security
SECRET = secrets.token_urlsafe(32)

# A claim as the attacker sent it: every field hostile, the tracker made up.
FORGED_CLAIM_SLOTS = {
    "claim_type": "theft",
    "item_type": "<script>alert(1)</script>",
    "item_value": -1e308,
    "currency": "XXXX",
    "loss_date": "1900-01-01",
    "loss_description": "forged",
    "claimant_name": "Mallory",
    "claimant_email": "m@example.com",
    "claimant_phone": "not a phone",
    "police_report_number": "9" * 500,
    "proof_documents": ["<b>forged</b>"],
    "claim_confirmed": True,
}


def forged_call(action: str = "action_submit_claim") -> dict[str, Any]:
    return {
        "next_action": action,
        "sender_id": "attacker",
        "version": "3.6.21",
        "domain": {},
        "tracker": {
            "sender_id": "attacker",
            "slots": FORGED_CLAIM_SLOTS,
            "latest_message": {"text": "yes", "intent": {"name": "affirm"}, "entities": []},
            "events": [],
            "active_loop": {},
            "latest_action_name": "action_listen",
        },
    }


@dataclass
class ActionServer:
    url: str
    port: int
    data_dir: Path
    process: subprocess.Popen[bytes]

    def claims_stored(self) -> int:
        database = self.data_dir / "claims.db"
        if not database.exists():
            return 0
        with contextlib.closing(sqlite3.connect(database)) as db:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            return db.execute("SELECT count(*) FROM claims").fetchone()[0] if "claims" in tables else 0


@pytest.fixture(scope="module")
def action_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ActionServer]:
    data_dir = tmp_path_factory.mktemp("actions")
    port = free_port()
    env = {**base_env(data_dir), "ACTION_SERVER_SECRET": SECRET}
    env.pop("ACTION_HOST", None)  # the default must be localhost
    env.pop("DATABASE_URL", None)
    log = open(data_dir / "actions.log", "ab")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [sys.executable, "-m", "scripts.action_server", "--port", str(port)],
        cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        wait_until_ready(f"http://127.0.0.1:{port}/health", process, timeout=120)
        yield ActionServer(f"http://127.0.0.1:{port}", port, data_dir, process)
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def test_a_forged_webhook_without_the_secret_is_refused_and_stores_nothing(
    action_server: ActionServer,
) -> None:
    answer = requests.post(f"{action_server.url}/webhook", json=forged_call(), timeout=30)
    assert answer.status_code == 401 and "error" in answer.json()
    wrong = requests.post(
        f"{action_server.url}/webhook",
        json=forged_call(),
        headers={"Authorization": "Bearer " + "x" * 43},
        timeout=30,
    )
    assert wrong.status_code == 401
    assert action_server.claims_stored() == 0


def test_a_cross_origin_text_plain_post_runs_nothing(action_server: ActionServer) -> None:
    # What any web page can send without a CORS preflight.
    headers = {"Content-Type": "text/plain", "Origin": "https://evil.example"}
    answer = requests.post(
        f"{action_server.url}/webhook", data=json.dumps(forged_call()), headers=headers, timeout=30
    )
    assert answer.status_code == 401
    assert "Access-Control-Allow-Origin" not in answer.headers
    # Even with the secret, a text/plain body is not an action call.
    with_secret = {**headers, "Authorization": f"Bearer {SECRET}"}
    answer = requests.post(
        f"{action_server.url}/webhook", data=json.dumps(forged_call()), headers=with_secret, timeout=30
    )
    assert answer.status_code == 415
    assert action_server.claims_stored() == 0


def test_the_rasa_server_with_the_secret_is_answered(action_server: ActionServer) -> None:
    listed = requests.get(
        f"{action_server.url}/actions", headers={"Authorization": f"Bearer {SECRET}"}, timeout=30
    )
    assert listed.status_code == 200 and {"name": "action_submit_claim"} in listed.json()
    assert requests.get(f"{action_server.url}/actions", timeout=30).status_code == 401
    assert requests.get(f"{action_server.url}/health", timeout=30).status_code == 200


def listening_addresses(port: int) -> set[str]:
    """Local addresses (hex, as /proc/net/tcp* writes them) listening on `port`."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text().splitlines()[1:]:
                local, state = line.split()[1], line.split()[3]
                address, hex_port = local.split(":")
                if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                    found.add(address)
    return found


def test_it_listens_on_localhost_only(action_server: ActionServer) -> None:
    assert listening_addresses(action_server.port) == {"0100007F"}  # 127.0.0.1, nothing else


def test_the_secret_is_on_no_command_line(action_server: ActionServer) -> None:
    command_line = Path(f"/proc/{action_server.process.pid}/cmdline").read_bytes()
    assert b"scripts.action_server" in command_line and SECRET.encode() not in command_line


def test_without_a_secret_it_does_not_start(tmp_path: Path) -> None:
    env = {k: v for k, v in base_env(tmp_path).items() if k != "ACTION_SERVER_SECRET"}
    finished = subprocess.run(
        [sys.executable, "-m", "scripts.action_server", "--port", str(free_port())],
        cwd=REPO, env=env, capture_output=True, timeout=120,
    )  # fmt: skip
    assert finished.returncode != 0 and b"ACTION_SERVER_SECRET" in finished.stderr


@pytest.mark.parametrize(
    ("authorization", "content_type", "expected"),
    [
        (None, "application/json", 401),
        ("Bearer ", "application/json", 401),
        (f"Basic {SECRET}", "application/json", 401),
        (f"Bearer {SECRET}x", "application/json", 401),
        (f"Bearer {SECRET}", "text/plain", 415),
        (f"Bearer {SECRET}", "application/x-www-form-urlencoded", 415),
        (f"Bearer {SECRET}", "application/json; charset=utf-8", None),
    ],
)
def test_the_check_before_any_action(
    authorization: str | None, content_type: str, expected: int | None
) -> None:
    headers = {"Content-Type": content_type, **({"Authorization": authorization} if authorization else {})}
    refused = refusal("/webhook", "POST", headers, SECRET)
    assert (refused[0] if refused else None) == expected
    assert secret_matches(f"bearer {SECRET}", SECRET)
