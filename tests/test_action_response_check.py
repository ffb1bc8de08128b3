"""The Rasa server's check of action server responses, compiled once, still rejects bad ones."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

import bot.channels  # noqa: F401 - loading the channels applies the compiled check
from bot.action_response_check import response_validator, validate_action_result

ACTION = RemoteAction("action_answer_faq", None)


def test_loading_the_channels_puts_the_compiled_check_in_place() -> None:
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
