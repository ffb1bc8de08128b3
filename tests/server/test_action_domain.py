"""Action calls carry only the parts of the domain the action server reads."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, UserUttered
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


def _said(text: str, intent: str, confidence: float) -> UserUttered:
    parse_data = {
        "text": text,
        "intent": {"name": intent, "confidence": confidence},
        "entities": [],
        "intent_ranking": [
            {"name": intent, "confidence": confidence},
            {"name": "inform", "confidence": 0.01},
        ],
        "response_selector": {
            "decline": {
                "response": {"intent_response_key": "decline/claim_limit", "confidence": 0.9},
                "ranking": [{"intent_response_key": "decline/claim_limit", "confidence": 0.9}] * 20,
            }
        },
    }
    return UserUttered(text, parse_data["intent"], [], parse_data)


def test_past_messages_go_without_their_rankings_and_the_latest_keeps_them(
    patched: None, full_domain: Domain
) -> None:
    tracker = DialogueStateTracker("someone", full_domain.slots)
    tracker.update(_said("they only paid $1,500", "explain_decline", 0.93))
    tracker.update(_said("it was $7,200", "inform", 0.88))
    action = RemoteAction("action_explain_decline", EndpointConfig("http://localhost:5055/webhook"))
    body = action._action_call_format(tracker, full_domain)
    users = [e for e in body["tracker"]["events"] if e["event"] == "user"]
    assert len(users) == 2
    for event in users:
        assert "intent_ranking" not in event["parse_data"]
        decline = event["parse_data"]["response_selector"]["decline"]
        assert "ranking" not in decline
        assert decline["response"] == {"intent_response_key": "decline/claim_limit", "confidence": 0.9}
        assert event["parse_data"]["intent"]["name"] in {"explain_decline", "inform"}
    # The latest message is sent whole, and the tracker's own events are not changed.
    assert len(body["tracker"]["latest_message"]["intent_ranking"]) == 2
    kept = [e for e in tracker.events if isinstance(e, UserUttered)]
    assert all("intent_ranking" in e.parse_data for e in kept)
    assert all("ranking" in e.parse_data["response_selector"]["decline"] for e in kept)


def test_no_action_reads_a_past_messages_ranking() -> None:
    # Rankings are read from the latest message only, which keeps them.
    lines = [
        line
        for path in (REPO / "bot" / "actions").glob("*.py")
        for line in path.read_text().splitlines()
        if ("intent_ranking" in line or '"ranking"' in line) and not line.lstrip().startswith("#")
    ]
    assert lines and all("latest_message" in line for line in lines)
