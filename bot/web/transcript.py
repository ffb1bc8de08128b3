"""A conversation's transcript, read server side from the Rasa HTTP API.

The Rasa token never reaches a browser: the staff pages call
`GET /conversations/<sender_id>/tracker?token=...` from here and show only the texts.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any
from urllib.parse import quote

import aiohttp

log = logging.getLogger(__name__)
FETCH_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class TranscriptLine:
    speaker: str  # "customer" or "assistant"
    text: str
    at: datetime | None
    buttons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Transcript:
    lines: tuple[TranscriptLine, ...]
    # Why there is no transcript to show (Rasa down, unknown conversation), for staff.
    problem: str | None = None


def _time(event: Mapping[str, Any]) -> datetime | None:
    stamp = event.get("timestamp")
    if not isinstance(stamp, int | float):
        return None
    return datetime.fromtimestamp(stamp, tz=timezone.utc)


def _button_titles(event: Mapping[str, Any]) -> dict[str, str]:
    buttons = (event.get("data") or {}).get("buttons") or []
    return {str(b.get("payload")): str(b.get("title")) for b in buttons if isinstance(b, Mapping)}


def lines_from_events(events: Iterable[Mapping[str, Any]]) -> tuple[TranscriptLine, ...]:
    """User and bot texts in order; a pressed button shows as its title, not its payload."""
    lines: list[TranscriptLine] = []
    offered: dict[str, str] = {}
    for event in events:
        kind = event.get("event")
        if kind == "bot":
            offered = _button_titles(event)
            if event.get("text"):
                lines.append(
                    TranscriptLine("assistant", str(event["text"]), _time(event), tuple(offered.values()))
                )
        elif kind == "user" and event.get("text") is not None:
            text = str(event["text"])
            lines.append(TranscriptLine("customer", offered.get(text, text), _time(event)))
            offered = {}
    return tuple(lines)


async def fetch_transcript(
    http: aiohttp.ClientSession, rasa_url: str, token: str, sender_id: str
) -> Transcript:
    url = f"{rasa_url}/conversations/{quote(sender_id, safe='')}/tracker"
    try:
        async with http.get(
            url, params={"token": token}, timeout=aiohttp.ClientTimeout(total=FETCH_TIMEOUT_S)
        ) as response:
            if response.status != 200:
                # The URL carries the token: log the status only.
                log.warning("transcript fetch answered %s", response.status)
                return Transcript((), f"the assistant server answered {response.status}")
            tracker = await response.json()
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
        log.warning("transcript fetch failed: %s", type(error).__name__)
        return Transcript((), "the assistant server could not be reached")
    lines = lines_from_events(tracker.get("events") or [])
    return Transcript(lines, None if lines else "no messages in this conversation")
