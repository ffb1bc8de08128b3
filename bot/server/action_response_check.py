"""The Rasa server's check of each action server response, with its schema compiled once.

Rasa 3.6 checks every response of the action server against its event schema with
`jsonschema.validate()`, which checks the schema itself against the JSON Schema
meta-schema and builds a new validator on every call. Profiling the server under load
(docs/performance.md) put a fifth of its CPU time there. The check stays; only
the schema work is done once per process. Applied by the Rasa server's entry point
(scripts/rasa_server.py, through bot/server/patches.py); the action server and anything
else that imports this module are unaffected.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jsonschema import ValidationError
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


@lru_cache(maxsize=1)
def response_validator() -> Validator:
    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def validate_action_result(_action: RemoteAction, result: dict[str, Any]) -> bool:
    """Rasa's `RemoteAction._validate_action_result`, on the compiled validator."""
    try:
        response_validator().validate(result)
    except ValidationError as error:
        error.message += (
            ". Failed to validate Action server response from API, make sure your response "
            f"from the Action endpoint is valid. For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise
    return True


def use_compiled_response_check() -> None:
    """Replace Rasa's per-call schema check with the compiled one (bot/server/patches.py)."""
    RemoteAction._validate_action_result = validate_action_result
