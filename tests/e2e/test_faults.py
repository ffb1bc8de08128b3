"""Faults over HTTP on the session stack: the action server goes away mid-conversation.

The other faults are tested where their parts are: a Rasa server restart mid-intake in
test_claims.py (test_interrupted_intake_resumes_after_a_server_restart), the claims
database going away at submission in test_scaled.py (PostgreSQL, for real).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from scripts.stack import Stack
from tests.e2e.conftest import Chat

pytestmark = pytest.mark.e2e


def test_without_the_action_server_the_user_gets_an_apology_and_a_person(stack: Stack) -> None:
    chat = Chat(stack)
    chat.say("my gold necklace was stolen")
    chat.say("$800")
    assert chat.slots()["requested_slot"] == "loss_date"

    stack.stop_process("actions")
    try:
        (apology,) = chat.say("yesterday")
        assert "something went wrong" in apology["text"] and "Nothing you told me is lost" in apology["text"]
        assert {"title": "Talk to a person", "payload": "/human_handoff"} in apology["buttons"]
        assert chat.slots()["loss_date"] is None and chat.active_form() == "claim_intake_form"
    finally:
        stack.start_actions()

    # Back up: the same answer continues the intake where it stopped.
    said = chat.said("yesterday")
    assert "something went wrong" not in said
    slots = chat.slots()
    assert slots["loss_date"] is not None and slots["item_value"] == 800
    assert slots["requested_slot"] == "loss_description" and chat.active_form() == "claim_intake_form"


def test_a_normal_turn_gets_no_apology(chat: Chat) -> None:
    said = chat.said("hi")
    assert said and "something went wrong" not in said


def test_the_api_token_is_on_no_command_line(stack: Stack) -> None:
    # `ps` shows every process's command line to every user of the machine.
    status = requests.get(f"{stack.rasa_url}/status", params={"token": stack.token}, timeout=10)
    assert status.status_code == 200
    assert requests.get(f"{stack.rasa_url}/status", params={"token": "wrong"}, timeout=10).status_code == 401
    command_lines = []
    for entry in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            command_lines.append(entry.read_bytes())
        except OSError:  # the process ended meanwhile
            continue
    assert any(b"scripts.rasa_server" in line for line in command_lines)
    assert not any(stack.token.encode() in line for line in command_lines)
