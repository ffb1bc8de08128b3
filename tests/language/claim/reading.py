"""One way for the claim readers' table tests to read a reply: as if `slot` had just been
asked, on the day the blind sets were written for (a Sunday)."""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.language.answers import FormReading, UserMessage
from bot.language.claim.answers import read_claim_answers

TODAY = date(2026, 11, 29)  # a Sunday


def read_reply(
    text: str, slot: str | None, known: dict[str, Any] | None = None, intent: str = "inform"
) -> FormReading:
    return read_claim_answers(UserMessage(text, intent, ()), slot, known or {}, TODAY)
