"""Benchmark: the action-server cost per turn of session 4's dialogue additions.

    .venv/bin/python -m benchmarks.dialogue_cost

Runs, in process and without a model, the code a turn now adds: the loop guard's
count of asks over a long tracker, a form validation at its second miss (the
fallback), the FAQ action on a question with facts (answer, then the guide), and the
unclear-message router. Prints the mean and p95 in milliseconds per call; the Rasa
server's own time is measured by benchmarks/advisor_latency.py. Nothing is asserted.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.shared.core.domain import Domain
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.advisor import ValidateCoverageAdviceForm
from bot.actions.faq import ActionAnswerFaq, ActionHandleUnclear
from bot.actions.guided_form import asks_in_a_row
from scripts.stack import REPO

RUNS = 300


def tracker(text: str, intent: str, slots: dict[str, Any], requested: str | None, turns: int) -> Tracker:
    events: list[dict[str, Any]] = []
    for n in range(turns):  # a long conversation before this turn
        events += [
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": f"message {n}"},
            {"event": "slot", "name": "requested_slot", "value": f"slot_{n}"},
        ]
    if requested:
        events += [{"event": "slot", "name": "requested_slot", "value": requested}, {"event": "user"}] * 2
    return Tracker(
        sender_id="bench",
        slots={**slots, "requested_slot": requested},
        latest_message={
            "text": text,
            "intent": {"name": intent, "confidence": 0.5},
            "intent_ranking": [
                {"name": "nlu_fallback", "confidence": 0.45},
                {"name": "report_claim", "confidence": 0.44},
            ],
            "entities": [{"entity": "amount", "value": 4000.0}, {"entity": "item_type", "value": "ring"}],
            "response_selector": {
                "faq": {"response": {"intent_response_key": "faq/homeowners_theft_limit", "confidence": 0.8}}
            },
        },
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": "coverage_advice_form"} if requested else {},
        latest_action_name="action_listen",
    )


def measure(call: Callable[[], Awaitable[Any] | Any]) -> dict[str, float]:
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        result = call()
        if asyncio.iscoroutine(result):
            asyncio.run(result)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {
        "mean_ms": round(statistics.mean(timings), 3),
        "p95_ms": round(timings[int(0.95 * (RUNS - 1))], 3),
    }


def main() -> None:
    domain = Domain.load(str(REPO / "domain")).as_dict()
    long_form = tracker("purple", "inform", {"item_type": "ring", "item_value": 4000.0}, "wears_daily", 100)
    question = tracker("my ring is worth NZ$4,000, do I need to specify it?", "faq", {}, None, 10)
    unclear = tracker("my ring went overboard on a fishing trip, gone for good", "nlu_fallback", {}, None, 10)
    results = {
        "asks_in_a_row, 300-event tracker": measure(lambda: asks_in_a_row(long_form, "wears_daily")),
        "form validation at the second miss (fallback)": measure(
            lambda: ValidateCoverageAdviceForm().run(CollectingDispatcher(), long_form, domain)
        ),
        "FAQ answer with facts (then the guide)": measure(
            lambda: ActionAnswerFaq().run(CollectingDispatcher(), question, domain)
        ),
        "unclear message router": measure(
            lambda: ActionHandleUnclear().run(CollectingDispatcher(), unclear, domain)
        ),
    }
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
