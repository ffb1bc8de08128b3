"""A bot message reaches the widget whole on both channels: its text (not split at blank
lines), its buttons and its custom part (card, summary, reference, progress) together."""

from __future__ import annotations

from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.channels.socketio import SocketIOOutput

from bot.channels import CountingOutput

CARD = {"widget": "card", "title": "Scheduled", "cost": "Expected cost: $96-$170 a year", "reasons": ["why"]}
BUTTONS = [{"title": "Start over", "payload": "/restart"}]


class RecordingSocket:
    """The socket.io server as SocketIOOutput uses it: what it emits, to which room."""

    def __init__(self) -> None:
        self.emitted: list[tuple[str, Any, str | None]] = []

    async def emit(self, event: str, data: Any = None, room: str | None = None, **_: Any) -> None:
        self.emitted.append((event, data, room))


def bot_message(**parts: Any) -> dict[str, Any]:
    # As Rasa's BotUttered.message() gives it: every key present, unused ones None.
    message: dict[str, Any] = {
        "text": None, "buttons": None, "quick_replies": None, "custom": None,
        "image": None, "attachment": None, "elements": None,
    }  # fmt: skip
    message.update(parts)
    return message


async def test_rest_sends_text_buttons_and_custom_as_one_message() -> None:
    collector = CollectingOutputChannel()
    counting = CountingOutput(collector)
    await counting.send_response(
        "s1", bot_message(text="My recommendation: scheduled.", buttons=BUTTONS, custom=CARD)
    )
    assert collector.messages == [
        {"recipient_id": "s1", "text": "My recommendation: scheduled.", "buttons": BUTTONS, "custom": CARD}
    ]
    assert counting.sent == 1


async def test_rest_still_sends_a_custom_part_alone_and_plain_text_as_before() -> None:
    collector = CollectingOutputChannel()
    counting = CountingOutput(collector)
    await counting.send_response("s1", bot_message(custom={"widget": "progress", "step": 2, "of": 9}))
    await counting.send_response("s1", bot_message(text="a\n\nb"))
    assert collector.messages == [
        {"recipient_id": "s1", "custom": {"widget": "progress", "step": 2, "of": 9}},
        # Plain text keeps Rasa's REST behaviour (a message per paragraph), as clients expect.
        {"recipient_id": "s1", "text": "a"},
        {"recipient_id": "s1", "text": "b"},
    ]


async def test_socketio_keeps_a_message_whole_with_its_custom_part() -> None:
    socket = RecordingSocket()
    counting = CountingOutput(SocketIOOutput(socket, "bot_uttered"))  # type: ignore[arg-type]
    text = "Here's your claim:\n\n- Value: $9,000\n\nIs this right?"
    await counting.send_response("room1", bot_message(text=text, buttons=BUTTONS, custom=CARD))
    await counting.send_custom_json("room1", {"widget": "progress", "step": 1, "of": 6})
    assert socket.emitted == [
        (
            "bot_uttered",
            {
                "text": text,
                "quick_replies": [{"content_type": "text", "title": "Start over", "payload": "/restart"}],
                "custom": CARD,
            },
            "room1",
        ),
        ("bot_uttered", {"custom": {"widget": "progress", "step": 1, "of": 6}}, "room1"),
    ]
    assert counting.sent == 2
