"""Action calls carry only the parts of the domain the action server reads."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.server import patches
from bot.server.action_domain import SDK_DOMAIN_KEYS, action_call_format, action_domain

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def full_domain() -> Domain:
    return Domain.load(str(REPO / "domain"))


@pytest.fixture
def patched() -> Iterator[None]:
    original = RemoteAction._action_call_format
    original_check = RemoteAction._validate_action_result
    original_session = EndpointConfig.session
    original_resolve = Event.__dict__["resolve_by_type"]
    patches.apply()
    yield
    RemoteAction._action_call_format = original  # type: ignore[method-assign]
    RemoteAction._validate_action_result = original_check  # type: ignore[method-assign]
    EndpointConfig.session = original_session  # type: ignore[method-assign]
    Event.resolve_by_type = original_resolve


def test_the_call_carries_forms_and_slots_as_they_are_and_no_responses(
    patched: None, full_domain: Domain
) -> None:
    assert RemoteAction._action_call_format is action_call_format
    action = RemoteAction("validate_claim_intake_form", EndpointConfig("http://localhost:5055/webhook"))
    tracker = DialogueStateTracker("someone", full_domain.slots)
    body = action._action_call_format(tracker, full_domain)
    full = full_domain.as_dict()
    assert body["domain"] == {key: full[key] for key in SDK_DOMAIN_KEYS}
    assert body["domain"]["forms"] and body["domain"]["slots"]
    assert "responses" not in body["domain"] and full["responses"]
    assert body["tracker"]["sender_id"] == "someone" and body["next_action"] == "validate_claim_intake_form"


def test_the_part_is_made_once_per_domain(full_domain: Domain) -> None:
    assert action_domain(full_domain) is action_domain(full_domain)
    other = Domain.from_dict(
        {
            "slots": {"x": {"type": "text", "mappings": [{"type": "from_text"}]}},
            "forms": {"f": {"required_slots": ["x"]}},
            "responses": {"utter_a": [{"text": "a"}]},
        }
    )
    part = action_domain(other)  # a new model's domain: its own part
    assert part["forms"] == {"f": {"required_slots": ["x"]}} and set(part["slots"]) == {"x"}
    assert "responses" not in part and part is not action_domain(full_domain)


def test_selective_domain_still_sends_none_to_actions_that_do_not_ask(
    patched: None, full_domain: Domain
) -> None:
    endpoint = EndpointConfig("http://localhost:5055/webhook", enable_selective_domain=True)
    body = RemoteAction("action_answer_faq", endpoint)._action_call_format(
        DialogueStateTracker("someone", full_domain.slots), full_domain
    )
    assert "domain" not in body


def domain_reads(source: str) -> list[str]:
    """`domain[...]` and `domain.get(...)` in Python source (a read of the domain's parts)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "domain":
            found.append(ast.unparse(node))
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "domain"
            and node.attr in ("get", "keys", "items", "values")
        ):
            found.append(ast.unparse(node))
    return found


def test_the_reader_finds_a_read_of_the_domain() -> None:
    assert domain_reads("x = domain['responses']\ny = domain.get('intents')") == [
        "domain['responses']",
        "domain.get",
    ]


def test_no_action_of_ours_reads_a_part_of_the_domain_itself() -> None:
    # Actions that did would find only forms and slots: they should ask rasa_sdk instead.
    reads = {path.name: domain_reads(path.read_text()) for path in (REPO / "bot" / "actions").glob("*.py")}
    assert {name: found for name, found in reads.items() if found} == {}
