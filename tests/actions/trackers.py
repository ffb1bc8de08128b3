"""Trackers built by hand for the action tests: the latest message as the NLU gives it
(its intent, entities, retrieval answer, intent ranking), the slots, the events, the
form open and the last action. Each test names only what it is about."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker


def selected(key: str, confidence: float) -> dict[str, Any]:
    """The response selector's pick ("faq/after_theft", "decline/wear_and_tear"), as the
    NLU puts it in the latest message."""
    return {key.split("/")[0]: {"response": {"intent_response_key": key, "confidence": confidence}}}


def built_tracker(
    text: str,
    intent: str = "inform",
    *,
    confidence: float | None = 0.9,
    entities: list[dict[str, Any]] | None = None,
    selector: dict[str, Any] | None = None,
    ranking: list[tuple[str, float]] | None = None,
    slots: dict[str, Any] | None = None,
    events: list[dict[str, Any]] | None = None,
    loop: str | None = None,
    last_action: str = "action_listen",
    sender: str = "fixture",
) -> Tracker:
    """`text` the latest message, classified as `intent` (with no confidence when None);
    `selector` the response selector's answer, `ranking` the intent ranking (names and
    confidences, the top one first); `loop` the form open, `last_action` the last action
    run."""
    latest: dict[str, Any] = {
        "text": text,
        "intent": {"name": intent} if confidence is None else {"name": intent, "confidence": confidence},
        "entities": entities or [],
    }
    if selector is not None:
        latest["response_selector"] = selector
    if ranking is not None:
        latest["intent_ranking"] = [{"name": name, "confidence": score} for name, score in ranking]
    return Tracker(
        sender_id=sender,
        slots=slots or {},
        latest_message=latest,
        events=events or [],
        paused=False,
        followup_action=None,
        active_loop={"name": loop} if loop else {},
        latest_action_name=last_action,
    )
