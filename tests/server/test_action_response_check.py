"""The Rasa server's check of action server responses, compiled once, still rejects bad
ones; it is put in place by the server's entry point, not by importing a channel."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event
from rasa.utils.endpoints import EndpointConfig

from bot.server import patches
from bot.server.action_response_check import response_validator, validate_action_result

ACTION = RemoteAction("action_answer_faq", None)


@pytest.fixture(autouse=True)
def patched() -> Iterator[None]:
    # patches.apply() changes Rasa classes for the whole process: put them back.
    original = RemoteAction._validate_action_result
    original_format = RemoteAction._action_call_format
    original_session = EndpointConfig.session
    original_resolve = Event.__dict__["resolve_by_type"]
    patches.apply()
    yield
    RemoteAction._validate_action_result = original
    RemoteAction._action_call_format = original_format  # type: ignore[method-assign]
    EndpointConfig.session = original_session
    Event.resolve_by_type = original_resolve


def test_the_patches_put_the_compiled_check_in_place() -> None:
    good = {
        "events": [{"event": "slot", "name": "faq_last", "value": "what_is_sublimit"}],
        "responses": [{"text": "A sublimit is a cap inside the policy limit."}],
    }
    assert RemoteAction._validate_action_result is validate_action_result
    assert ACTION._validate_action_result(good) is True
    assert response_validator() is response_validator()  # built once


@pytest.mark.parametrize(
    "bad",
    [
        {"events": [{"event": "no_such_event"}]},
        {"events": "slot"},
        {"responses": ["plain text instead of an object"]},
    ],
)
def test_a_malformed_response_is_still_rejected_with_rasa_s_explanation(bad: dict[str, object]) -> None:
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        ACTION._validate_action_result(bad)


def test_importing_the_channels_changes_nothing_in_rasa() -> None:
    # A fresh interpreter: this one has had the patches applied by the fixture.
    check = (
        "import bot.server.channels, bot.server.lock_store\n"
        "from rasa.core.actions.action import RemoteAction\n"
        "from bot.server.action_response_check import validate_action_result\n"
        "print(RemoteAction._validate_action_result is validate_action_result)\n"
    )
    run = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"


def test_the_server_entry_point_applies_the_patches_before_rasa_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import rasa.__main__

    from scripts import rasa_server

    seen: list[object] = []
    monkeypatch.setattr(RemoteAction, "_validate_action_result", lambda *_: True)
    monkeypatch.setattr(rasa_server, "install_redaction", lambda: None)
    monkeypatch.setattr(rasa.__main__, "main", lambda: seen.append(RemoteAction._validate_action_result))
    monkeypatch.setenv("RASA_AUTH_TOKEN", "a-token")
    monkeypatch.setattr(sys, "argv", ["rasa_server", "--enable-api"])
    rasa_server.main()
    assert seen == [validate_action_result]
    assert sys.argv == ["rasa", "run", "--enable-api", "--auth-token", "a-token"]


def test_the_patches_keep_connections_to_the_action_server_alive() -> None:
    from bot.server.keep_alive import kept_session

    assert EndpointConfig.session is kept_session
