"""The REST and socket.io channels: who may speak as which conversation, what a request
must look like, and an apology when a turn produces no reply.

Who: a sender id must be one the web app issued (`POST /api/conversations`, checked with
CONVERSATION_SECRET, see bot/conversation_ids.py), or the request carries the Rasa API
token (scripts and tests, `?token=` or `Authorization: Bearer`). Anything else is refused
with 403 before Rasa sees it, so nothing is stored; a request without a sender is a 400
(there is no shared `default` conversation). socket.io connections are accepted only
from the site origins (SITE_ORIGINS), and a socket speaks only as the conversation its
`session_request` confirmed.

What: a REST body must be a JSON object with a string `sender` and a string `message`
(and an object `metadata`, if any); anything else gets 400 with what was wrong and an
example body, never a 500. Each message's metadata gets `client_address`: a keyed hash of
the caller's address (X-Forwarded-For believed only from TRUSTED_PROXIES), so actions can
limit per address without the address itself being stored in the tracker.

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
import hashlib
import hmac
import json
import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, OutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from bot.config import ChannelSettings, load_channel_settings, load_settings
from bot.conversation_ids import is_issued, issue_conversation_id
from bot.forwarded import client_address
from bot.rules.claims import LONGEST_ANSWER_CHARS
from bot.tokens import token_matches
from bot.wording.channels import EMPTY_MESSAGE_TEXT, apology_text, too_long_text
from bot.wording.forms import TALK_TO_A_PERSON

logger = logging.getLogger(__name__)

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]
# The button runs the handoff when the actions work; the text carries the contact
# for when they do not (the handoff itself is an action).
PERSON_BUTTON = TALK_TO_A_PERSON


# Longer messages are refused before any reading: a 20,000-character paste costs seconds
# of CPU in the NLU pipeline and is never one answer. The claim's free-text answers
# are stored up to the same length.
MAX_MESSAGE_CHARS = LONGEST_ANSWER_CHARS


def is_blank(text: str | None) -> bool:
    return not (text or "").strip()


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
        if not await send_whole(self.inner, recipient_id, message):
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
        if not await send_whole(self.inner, recipient_id, {"custom": json_message}):
            await self.inner.send_custom_json(recipient_id, json_message, **kwargs)


def socket_buttons(buttons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Buttons as Rasa's socket.io channel sends them (quick replies)."""
    return [
        {"content_type": "text", "title": button.get("title"), "payload": button.get("payload")}
        for button in buttons
        if isinstance(button, dict)
    ]


async def send_whole(inner: OutputChannel, recipient_id: str, message: dict[str, Any]) -> bool:
    """Sends one bot message as one chat message, its text, buttons and custom part (the
    widget's card, summary, reference or progress) together; False when the channel's own
    way is kept. Rasa's socket.io channel would split the text at each blank line into
    several messages (a list lost its heading, the buttons landed on the last piece) and
    emit a custom part as keyword arguments to `emit` (a TypeError); the REST channel
    would send the custom part as a second message without the text it belongs to."""
    if any(message.get(key) for key in ("image", "attachment", "elements", "quick_replies")):
        return False
    text, buttons, custom = message.get("text"), message.get("buttons") or [], message.get("custom")
    if custom is not None and not isinstance(custom, dict):
        return False
    if isinstance(inner, SocketIOOutput):
        whole: dict[str, Any] = {}
        if text:
            whole["text"] = text
        if buttons:
            whole["quick_replies"] = socket_buttons(buttons)
        if custom:
            whole["custom"] = custom
        if not whole:
            return False
        await inner._send_message(recipient_id, whole)
        return True
    if isinstance(inner, CollectingOutputChannel) and text and custom:
        await inner._persist_message(
            inner._message(recipient_id, text=text, buttons=buttons or None, custom=custom)
        )
        return True
    return False


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
            reply = too_long_text(len(message.text), MAX_MESSAGE_CHARS)
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


# --- who may speak as which conversation ------------------------------------------------

REST_EXAMPLE = {"sender": "<the sender_id from POST /api/conversations>", "message": "hi"}
SOCKET_EXAMPLE = {"session_id": "<the id session_confirm returned>", "message": "hi"}


@dataclass(frozen=True)
class Refusal:
    """A request refused before it reaches the assistant: the status and what was wrong."""

    status: int
    error: str


@dataclass(frozen=True)
class RestTurn:
    sender_id: str
    text: str
    metadata: dict[str, Any]


def presented_token(request: Request) -> str | None:
    """The API token as Rasa's HTTP API takes it (`?token=`), or as a bearer header."""
    scheme, _, value = (request.headers.get("Authorization") or "").partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    token = request.args.get("token")
    return str(token) if token else None


def sender_refusal(sender_id: str, settings: ChannelSettings, token: str | None) -> Refusal | None:
    """None when this caller may speak as `sender_id`."""
    if token_matches(token, settings.api_token) or is_issued(sender_id, settings.conversation_secret):
        return None
    return Refusal(
        403,
        "This sender id was not issued by this assistant. Get one with POST /api/conversations "
        "on the web app and send it as `sender`.",
    )


def read_rest_body(body: bytes) -> RestTurn | Refusal:
    """The REST webhook's body, or what is wrong with it (all 400s)."""
    try:
        data = json.loads(body or b"")
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested past Python's limit
        return Refusal(400, "The body is not JSON.")
    if not isinstance(data, dict):
        return Refusal(
            400, f"The body must be a JSON object, not {type(data).__name__ if data is not None else 'null'}."
        )
    sender, text, metadata = data.get("sender"), data.get("message"), data.get("metadata")
    if sender is None or sender == "":
        return Refusal(400, "No `sender`: every message belongs to a conversation (POST /api/conversations).")
    if not isinstance(sender, str):
        return Refusal(400, "`sender` must be a string.")
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}"
        return Refusal(400, f"`message` must be a string (the user's text); it was {what}.")
    if metadata is not None and not isinstance(metadata, dict):
        return Refusal(400, "`metadata`, when given, must be a JSON object.")
    return RestTurn(sender, text, dict(metadata or {}))


def refusal_response(refusal: Refusal) -> HTTPResponse:
    return response.json({"error": refusal.error, "example": REST_EXAMPLE}, status=refusal.status)


# --- where a message came from -------------------------------------------------------------


# client_address (bot/forwarded.py): the same rule as the web app's.


# Without a shared secret the key is this process's: stable for its lifetime only.
_PROCESS_KEY = secrets.token_hex(16)


def address_key(address: str, secret: str | None) -> str:
    """A keyed hash of an address: equal for equal addresses, the address not recoverable."""
    key = (secret or _PROCESS_KEY).encode("utf-8")
    digest = hmac.new(key, b"client address\x00" + address.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"addr-{digest[:24]}"


def with_client_address(metadata: dict[str, Any], address: str, settings: ChannelSettings) -> dict[str, Any]:
    """The message's metadata with `client_address` set by the server (never the client's)."""
    return {**metadata, "client_address": address_key(address, settings.conversation_secret)}


def warn_if_unconfigured(settings: ChannelSettings) -> None:
    if not settings.conversation_secret:
        logger.warning("CONVERSATION_SECRET is unset or short: only requests with the API token are answered")


# --- the channels ----------------------------------------------------------------------------


class GuardedRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"  # the stock URL: /webhooks/rest/webhook

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        settings = load_channel_settings()
        warn_if_unconfigured(settings)
        handle = apologising(on_new_message, load_settings().jeweler_contact)
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> Any:
            turn = read_rest_body(request.body)
            if isinstance(turn, Refusal):
                return refusal_response(turn)
            refused = sender_refusal(turn.sender_id, settings, presented_token(request))
            if refused:
                return refusal_response(refused)
            address = client_address(
                request.ip, request.headers.get("X-Forwarded-For"), settings.trusted_proxies
            )
            metadata = with_client_address(turn.metadata, address, settings)
            if request.args.get("stream", "").lower() == "true":
                return response.stream(
                    self.stream_response(handle, turn.text, turn.sender_id, self.name(), metadata),
                    content_type="text/event-stream",
                )
            collector = CollectingOutputChannel()
            message = UserMessage(
                turn.text, collector, turn.sender_id, input_channel=self.name(), metadata=metadata
            )
            await handle(message)  # never raises: `apologising` answers a failed turn
            return response.json(collector.messages)

        return webhook


@dataclass
class SocketState:
    """What the server knows about one socket.io connection."""

    address: str
    # Connected with the API token: may confirm any session id (scripts, tests).
    any_sender: bool
    # The conversation its session_request confirmed; it speaks only as this one.
    session_id: str | None = None


def socket_message(data: Any, metadata_key: str) -> tuple[str, dict[str, Any]] | str:
    """(text, metadata) from a socket.io user message, or what is wrong with it."""
    if not isinstance(data, dict) or not isinstance(data.get("message"), str):
        return "A message must be an object with a string `message`."
    metadata = data.get(metadata_key) or {}
    if isinstance(metadata, str):
        try:
            metadata = json.loads(metadata)
        except (ValueError, RecursionError):
            return f"`{metadata_key}` must be a JSON object."
    if not isinstance(metadata, dict):
        return f"`{metadata_key}` must be a JSON object."
    return data["message"], metadata


class OriginCheckedSocketBlueprint(SocketBlueprint):
    """Refuses every socket.io request (the polling handshake, each poll, the WebSocket
    upgrade, where browsers apply no CORS) whose Origin is not a site origin. Clients
    without an Origin (scripts) pass, and still need an issued id or the token."""

    def __init__(
        self, site_origins: tuple[str, ...], sio: AsyncServer, socketio_path: str, *args: Any
    ) -> None:
        super().__init__(sio, socketio_path, *args)
        self.ctx.site_origins = site_origins  # Sanic blueprints keep their own state in ctx

    def register(self, app: Any, options: dict[str, Any]) -> None:
        path, site_origins = self.ctx.socketio_path.rstrip("/"), self.ctx.site_origins

        async def check_origin(request: Request) -> HTTPResponse | None:
            if request.path.rstrip("/") != path:
                return None
            origin = (request.headers.get("Origin") or "").rstrip("/")
            if origin and origin not in site_origins:
                return response.json({"error": "This page's origin may not use the chat."}, status=403)
            return None

        app.register_middleware(check_origin, "request")
        super().register(app, options)


class GuardedSocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        settings = load_channel_settings()
        warn_if_unconfigured(settings)
        handle = apologising(on_new_message, load_settings().jeweler_contact)
        # CORS headers come from the Rasa server's --cors list (Engine.IO adding its own
        # would send them twice, which browsers refuse); the Origin check is the blueprint's.
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=[])
        socketio_webhook = OriginCheckedSocketBlueprint(
            settings.site_origins, sio, self.socketio_path or "/socket.io", "socketio_webhook", __name__
        )
        self.sio = sio
        states: dict[str, SocketState] = {}
        namespace = self.namespace

        async def refuse(event: str, sid: str, error: str) -> None:
            await sio.emit(event, {"error": error, "example": SOCKET_EXAMPLE}, room=sid, namespace=namespace)

        @socketio_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=namespace)
        async def connect(sid: str, environ: dict[str, Any], auth: Any = None) -> bool:
            origin = (environ.get("HTTP_ORIGIN") or "").rstrip("/")
            if origin and origin not in settings.site_origins:
                return False  # refused before already (OriginCheckedSocketBlueprint); kept in case
            request = environ.get("sanic.request")
            peer = request.ip if request is not None else ""
            address = client_address(peer, environ.get("HTTP_X_FORWARDED_FOR"), settings.trusted_proxies)
            token = auth.get("token") if isinstance(auth, dict) else None
            states[sid] = SocketState(address, token_matches(token, settings.api_token))
            return True

        @sio.on("disconnect", namespace=namespace)
        async def disconnect(sid: str) -> None:
            states.pop(sid, None)

        @sio.on("session_request", namespace=namespace)
        async def session_request(sid: str, data: Any) -> None:
            state = states.get(sid)
            if state is None:
                return
            session_id = data.get("session_id") if isinstance(data, dict) else None
            if not session_id and settings.conversation_secret:
                # A client without an id gets a new, issued one (never a shared one).
                session_id = issue_conversation_id(settings.conversation_secret)
            allowed = isinstance(session_id, str) and (
                state.any_sender or is_issued(session_id, settings.conversation_secret)
            )
            if not allowed:
                await refuse("session_refused", sid, "This session id was not issued by this assistant.")
                return
            if self.session_persistence:
                if state.session_id and state.session_id != session_id:
                    sio.leave_room(sid, state.session_id, namespace=namespace)
                sio.enter_room(sid, session_id, namespace=namespace)
            state.session_id = session_id
            await sio.emit("session_confirm", session_id, room=sid, namespace=namespace)

        @sio.on(self.user_message_evt, namespace=namespace)
        async def handle_message(sid: str, data: Any) -> None:
            state = states.get(sid)
            if state is None:
                return
            read = socket_message(data, self.metadata_key or "metadata")
            if isinstance(read, str):
                await refuse("request_refused", sid, read)
                return
            text, metadata = read
            sender_id = state.session_id if self.session_persistence else sid
            if sender_id is None or (self.session_persistence and data.get("session_id") != sender_id):
                await refuse(
                    "request_refused", sid, "Send `session_request` first, then messages with its session_id."
                )
                return
            message = UserMessage(
                text,
                SocketIOOutput(sio, self.bot_message_evt),
                sender_id,
                input_channel=self.name(),
                metadata=with_client_address(metadata, state.address, settings),
            )
            await handle(message)

        return socketio_webhook
