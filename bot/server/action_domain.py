"""The part of the domain the action server reads, sent with each action call instead of all of it.

Rasa 3.6 sends the whole domain with every call to the action server (unless its
selective domain is on, which sends all or nothing per action): 24 KB of JSON, 17 KB of
them the responses, beside a tracker of 29 KB on average (the benchmark's mix, about 1.5
calls a turn). The action server decodes every byte of it on each call: decoding the
request body was about half of its CPU time per turn (py-spy, scaled form, 10 users).

rasa_sdk reads two parts of the domain: `forms` (a form's required slots and ignored
intents, rasa_sdk/forms.py and slots.py) and `slots` (their mappings, for custom slot
extraction); this project's actions read none of it themselves (they only pass it on to
other actions and to rasa_sdk's form validation; tests/server/test_action_domain.py
checks that nothing in bot/actions indexes it). Those parts, and the domain's version,
are sent; responses, intents, entities and actions are not. The part is made once per
domain (a new model's domain gets its own).

Applied by the Rasa server's entry point (bot/server/patches.py).
"""

from __future__ import annotations

from typing import Any

from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

# What rasa_sdk 3.6 reads of the domain it is sent, and the format's version.
SDK_DOMAIN_KEYS = ("version", "forms", "slots")
_CACHED = "_advisor_action_domain"
_rasa_action_call_format = RemoteAction._action_call_format


def action_domain(domain: Domain) -> dict[str, Any]:
    """The parts of `domain` the action server reads, made once per domain."""
    made: dict[str, Any] | None = domain.__dict__.get(_CACHED)
    if made is None:
        full = domain.as_dict()
        made = {key: full[key] for key in SDK_DOMAIN_KEYS if key in full}
        domain.__dict__[_CACHED] = made
    return made


def action_call_format(action: RemoteAction, tracker: DialogueStateTracker, domain: Domain) -> dict[str, Any]:
    """Rasa's request body for an action call, with the domain the action server reads and
    the past messages without their rankings."""
    body: dict[str, Any] = _rasa_action_call_format(action, tracker, domain)
    if "domain" in body:
        body["domain"] = action_domain(domain)
    state = body.get("tracker")
    if isinstance(state, dict) and isinstance(state.get("events"), list):
        state["events"] = [without_rankings(event) for event in state["events"]]
    return body


# A past message's rankings: every intent's and every FAQ and decline answer's score, a
# third of a conversation's tracker. The actions read the latest message's (sent apart
# from the events, as `latest_message`) and of past messages only the intent and each
# selector's pick (bot/actions/declines.py); tests/server/test_action_domain.py checks.
RANKINGS = "intent_ranking"
SELECTOR_RANKING = "ranking"


def without_rankings(event: dict[str, Any]) -> dict[str, Any]:
    """A user event as sent to the action server: its parse data without the rankings. A
    copy; the tracker's own event is shared with Rasa and never changed."""
    parse_data = event.get("parse_data")
    if event.get("event") != "user" or not isinstance(parse_data, dict):
        return event
    trimmed = {key: value for key, value in parse_data.items() if key != RANKINGS}
    selectors = parse_data.get("response_selector")
    if isinstance(selectors, dict):
        trimmed["response_selector"] = {
            name: (
                {key: value for key, value in selector.items() if key != SELECTOR_RANKING}
                if isinstance(selector, dict)
                else selector
            )
            for name, selector in selectors.items()
        }
    return {**event, "parse_data": trimmed}


def send_only_the_action_domain() -> None:
    """From now on action calls carry `action_domain` (bot/server/patches.py)."""
    RemoteAction._action_call_format = action_call_format
