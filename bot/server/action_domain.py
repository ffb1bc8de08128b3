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
    """Rasa's request body for an action call, with the domain the action server reads."""
    body: dict[str, Any] = _rasa_action_call_format(action, tracker, domain)
    if "domain" in body:
        body["domain"] = action_domain(domain)
    return body


def send_only_the_action_domain() -> None:
    """From now on action calls carry `action_domain` (bot/server/patches.py)."""
    RemoteAction._action_call_format = action_call_format
