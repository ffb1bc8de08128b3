"""Routing: where a person's first message takes them. Each opening, written blind and
labelled decline | claim | faq | advice, is sent as a new conversation; the route is
read from what the assistant did with it (the form it opened, or the answer it gave).

A decline story taken in as a new claim (or a question taken as the advice guide) is
the failure this measures: in whole conversations it ends, questions later, in a
hand-over nobody asked for."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tests.conversations.runner import OUT_OF_SCOPE_ACTIONS, Assistant, _turn_actions

ROUTES = ("decline", "claim", "faq", "advice")
# The form a route opens, or the action that answers it.
FORMS = {
    "decline_explanation_form": "decline",
    "claim_intake_form": "claim",
    "coverage_advice_form": "advice",
}
ACTIONS = {
    "action_explain_decline": "decline",
    "action_give_coverage_advice": "advice",
    "action_answer_faq": "faq",
    "action_answer_follow_up": "faq",
    "action_handoff": "handoff",
}


@dataclass(frozen=True)
class Opening:
    say: str
    route: str
    region: str = "US"


@dataclass(frozen=True)
class Routed:
    opening: Opening
    route: str  # one of ROUTES, or handoff | out_of_scope | other

    @property
    def right(self) -> bool:
        return self.route == self.opening.route


def load_openings(path: Path) -> list[Opening]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [
        Opening(str(o["say"]), str(o["route"]), str(o.get("region") or "US"))
        for o in raw.get("openings") or []
    ]


def route_of(tracker: dict[str, Any], actions: list[str]) -> str:
    """Where the first message went: the form open after it, else what answered it last.
    A form that handed the message on (the guide to the FAQ, a decline story to the claim
    intake) is not where it went: the flow it was handed to is."""
    form = (tracker.get("active_loop") or {}).get("name")
    if form in FORMS:
        return FORMS[form]
    if OUT_OF_SCOPE_ACTIONS & set(actions):
        return "out_of_scope"
    for action in reversed(actions):
        if action in ACTIONS:
            return ACTIONS[action]
        if action in FORMS:
            return FORMS[action]
    return "other"


def route_all(openings: Iterable[Opening], rasa_url: str, token: str, workers: int = 4) -> list[Routed]:
    def one(opening: Opening) -> Routed:
        assistant = Assistant(rasa_url, token)
        assistant.say(opening.say)
        tracker = assistant.tracker()
        return Routed(opening, route_of(tracker, _turn_actions(tracker)))

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(one, openings))


def routing_summary(routed: list[Routed]) -> dict[str, Any]:
    by_route: dict[str, Counter[str]] = {route: Counter() for route in ROUTES}
    for item in routed:
        by_route.setdefault(item.opening.route, Counter())[item.route] += 1
    right = sum(item.right for item in routed)
    return {
        "openings": len(routed),
        "right": right,
        "share_right": round(right / len(routed), 4) if routed else 0.0,
        "went_to": {route: dict(counts) for route, counts in by_route.items() if counts},
    }
