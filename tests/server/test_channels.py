"""The channels' apology: only for a turn that sent the user nothing."""

from __future__ import annotations

import pytest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from bot.server.channels import MAX_MESSAGE_CHARS, GuardedRestInput, GuardedSocketIOInput, apologising


async def replying(message: UserMessage) -> None:
    await message.output_channel.send_response(message.sender_id, {"text": "Hi!"})


async def silent(message: UserMessage) -> None:
    return None


async def failing(message: UserMessage) -> None:
    raise RuntimeError("action server unreachable")


async def test_a_turn_with_a_reply_gets_no_apology() -> None:
    collector = CollectingOutputChannel()
    await apologising(replying, "call us")(UserMessage("hi", collector, "ana"))
    assert [m["text"] for m in collector.messages] == ["Hi!"]


async def test_a_silent_turn_gets_the_apology_and_a_person_button() -> None:
    collector = CollectingOutputChannel()
    await apologising(silent, "call 0800 123")(UserMessage("hi", collector, "ana"))
    (apology,) = collector.messages
    assert "something went wrong" in apology["text"] and "0800 123" in apology["text"]
    assert apology["buttons"] == [{"title": "Talk to a person", "payload": "/human_handoff"}]
    assert apology["recipient_id"] == "ana"


async def test_a_failing_turn_apologises_and_logs_no_message_text(caplog: pytest.LogCaptureFixture) -> None:
    collector = CollectingOutputChannel()
    secret = "my card is 4111 1111 1111 1111 and I live at 12 Rose St"
    await apologising(failing, "call us")(UserMessage(secret, collector, "ana"))
    assert len(collector.messages) == 1 and "something went wrong" in collector.messages[0]["text"]
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "turn for ana failed" in logged and "action server unreachable" in caplog.text
    assert "4111" not in caplog.text and "Rose St" not in caplog.text


@pytest.mark.parametrize("text", ["", "   ", "\n\t", None])
async def test_a_blank_message_is_answered_without_reaching_the_assistant(text: str | None) -> None:
    collector = CollectingOutputChannel()
    await apologising(failing, "call us")(UserMessage(text, collector, "ana"))
    (reply,) = collector.messages
    assert "empty" in reply["text"] and "for example" in reply["text"]


async def test_a_message_over_the_limit_is_refused_with_the_limit() -> None:
    collector = CollectingOutputChannel()
    await apologising(failing, "call us")(UserMessage("x" * 20_000, collector, "ana"))
    (reply,) = collector.messages
    assert "too long" in reply["text"] and "20,000" in reply["text"] and "2,000" in reply["text"]


async def test_a_message_at_the_limit_is_read() -> None:
    collector = CollectingOutputChannel()
    await apologising(replying, "call us")(UserMessage("x" * MAX_MESSAGE_CHARS, collector, "ana"))
    assert [m["text"] for m in collector.messages] == ["Hi!"]


def test_the_channels_keep_the_stock_url_names() -> None:
    assert GuardedRestInput.name() == "rest"
    assert GuardedSocketIOInput.name() == "socketio"
