"""Turning Rasa tracker events into a transcript."""

from __future__ import annotations

from bot.web.transcript import TranscriptLine, lines_from_events


def test_user_and_bot_texts_in_order_with_button_titles() -> None:
    events = [
        {"event": "session_started"},
        {"event": "user", "text": "hi", "timestamp": 0},
        {"event": "bot", "text": "Hello!", "data": {"buttons": [{"title": "Start", "payload": "/start"}]}},
        {"event": "slot", "name": "x", "value": 1},
        {"event": "user", "text": "/start"},
        {"event": "bot", "text": None, "data": {"custom": {}}},
        {"event": "user", "text": "/start"},  # no buttons on offer any more: shown as typed
    ]
    lines = lines_from_events(events)
    assert [(line.speaker, line.text) for line in lines] == [
        ("customer", "hi"),
        ("assistant", "Hello!"),
        ("customer", "Start"),
        ("customer", "/start"),
    ]
    assert lines[1].buttons == ("Start",) and lines[0].at is not None and lines[1].at is None


def test_no_events_no_lines() -> None:
    assert lines_from_events([]) == ()
    assert lines_from_events([{"event": "user"}]) == ()
    assert isinstance(TranscriptLine("customer", "x", None), TranscriptLine)
