"""The REST and socket.io channels, with an apology when a turn produces no reply.

When the action server is down or an action fails, Rasa 3.6 logs the exception, drops
the action's events and carries on (rasa/core/processor.py `_run_action`): the user
would get an empty reply and no idea what happened. These channels count what a turn
sends and, when it sent nothing at all, send a plain apology with a way to a person.
The form's state is untouched, so when the action server is back the user's next
answer continues the conversation.

credentials.yml names them by module path; their URL paths are the stock ones
(`/webhooks/rest/webhook`, `/socket.io`), so clients and the widget see no change.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from bot.action_response_check import use_compiled_response_check
from bot.config import load_settings

logger = logging.getLogger(__name__)
# Rasa loads these channels at start-up (credentials.yml): the place to adjust the server.
use_compiled_response_check()

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]
# The button runs the handoff when the actions work; the text carries the contact
# for when they do not (the handoff itself is an action).
PERSON_BUTTON = {"title": "Talk to a person", "payload": "/human_handoff"}


EMPTY_MESSAGE_TEXT = (
    "Your message was empty. Type your answer or your question, for example "
    '"my ring is worth about $3,000", "what is a blanket endorsement?" or "talk to a person".'
)


# Longer messages are refused before any reading: a 20,000-character paste costs seconds
# of CPU in the NLU pipeline and is never one answer. The claim's free-text answers
# are stored up to the same length.
MAX_MESSAGE_CHARS = 2000
TOO_LONG_TEXT = (
    "That message is too long for me ({length:,} characters). Please keep it under "
    f"{MAX_MESSAGE_CHARS:,} characters, for example a sentence or two about what happened."
)


def is_blank(text: str | None) -> bool:
    return not (text or "").strip()


def apology_text(contact: str) -> str:
    return (
        "Sorry, something went wrong on my side and I couldn't answer that. "
        "Nothing you told me is lost: please send your last message again in a minute, "
        f"or talk to a person ({contact})."
    )


class CountingOutput(OutputChannel):
    """Passes every message to the real output channel and counts them."""

    def __init__(self, inner: OutputChannel) -> None:
        self.inner = inner
        self.sent = 0

    def name(self) -> str:  # the real channel's name: channel-specific responses use it
        return str(self.inner.name())

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self.inner, attribute)

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        self.sent += 1
        await self.inner.send_response(recipient_id, message)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        self.sent += 1
        await self.inner.send_text_message(recipient_id, text, **kwargs)

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        self.sent += 1
        await self.inner.send_text_with_buttons(recipient_id, text, buttons, **kwargs)

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        self.sent += 1
        await self.inner.send_image_url(recipient_id, image, **kwargs)

    async def send_attachment(self, recipient_id: str, attachment: str, **kwargs: Any) -> None:
        self.sent += 1
        await self.inner.send_attachment(recipient_id, attachment, **kwargs)

    async def send_quick_replies(
        self, recipient_id: str, text: str, quick_replies: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        self.sent += 1
        await self.inner.send_quick_replies(recipient_id, text, quick_replies, **kwargs)

    async def send_elements(self, recipient_id: str, elements: Any, **kwargs: Any) -> None:
        self.sent += 1
        await self.inner.send_elements(recipient_id, elements, **kwargs)

    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        self.sent += 1
        await self.inner.send_custom_json(recipient_id, json_message, **kwargs)


def apologising(on_new_message: OnNewMessage, contact: str) -> OnNewMessage:
    """`on_new_message` that answers a blank message itself and apologises for a turn
    which sent the user nothing."""

    async def handle(message: UserMessage) -> None:
        # Nothing to read (Rasa 3.6's tokenizers fail on a message without tokens), or far
        # too much: say so at once; the conversation and its open question are unchanged.
        if is_blank(message.text):
            await message.output_channel.send_text_message(message.sender_id, EMPTY_MESSAGE_TEXT)
            return
        if len(message.text) > MAX_MESSAGE_CHARS:
            reply = TOO_LONG_TEXT.format(length=len(message.text))
            await message.output_channel.send_text_message(message.sender_id, reply)
            return
        counting = CountingOutput(message.output_channel)
        message.output_channel = counting
        try:
            await on_new_message(message)
        except (Exception, asyncio.CancelledError):
            # Handled here, as Rasa's channels would, but without logging the message
            # text they log (personal data): the sender id and the traceback only.
            logger.exception("turn for %s failed", message.sender_id)
        if counting.sent == 0:
            logger.warning("turn for %s produced no reply; apologised", message.sender_id)
            await counting.inner.send_text_with_buttons(
                message.sender_id, apology_text(contact), [PERSON_BUTTON]
            )

    return handle


class GuardedRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"  # the stock URL: /webhooks/rest/webhook

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        return super().blueprint(apologising(on_new_message, load_settings().jeweler_contact))


class GuardedSocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        return super().blueprint(apologising(on_new_message, load_settings().jeweler_contact))
