"""Reading the tracker a form or an action is handed: the person's latest message as the
readers in bot/language take it, and the slots a flow already knows."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from bot.language.answers import UserMessage
from bot.language.text import without_control_characters


def user_message(tracker: Tracker) -> UserMessage:
    latest = tracker.latest_message or {}
    intent = (latest.get("intent") or {}).get("name")
    entities = tuple(e for e in latest.get("entities") or [] if isinstance(e, dict))
    text = without_control_characters(latest.get("text") or "")
    return UserMessage(text=text, intent=intent, entities=entities)


def known_slots(tracker: Tracker, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: tracker.get_slot(name) for name in names}
