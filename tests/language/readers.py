"""The advice guide's reader as the form calls it, for the table tests of tests/language:
the message's entities as the NLU's extractor puts them, then `read_advice_answers`."""

from __future__ import annotations

from typing import Any

from bot.language.answers import FormReading, UserMessage, read_advice_answers
from bot.language.facts import read_message
from bot.rules.knowledge import load_coverage_facts


def entities(text: str) -> tuple[dict[str, Any], ...]:
    return tuple(
        {"entity": m.entity, "value": m.value, "start": m.start, "end": m.end} for m in read_message(text)
    )


def advice(
    text: str, requested: str | None, known: dict[str, Any] | None = None, intent: str = "inform"
) -> FormReading:
    return read_advice_answers(
        UserMessage(text, intent, entities(text)), requested, known or {}, load_coverage_facts()
    )
