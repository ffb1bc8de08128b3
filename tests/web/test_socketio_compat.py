"""The installed python-socketio must suit Rasa 3.6's socket.io channel (see requirements/rasa.txt)."""

from __future__ import annotations

import inspect

import socketio


def test_enter_room_is_synchronous_as_rasa_calls_it() -> None:
    # Rasa calls sio.enter_room(...) without await; as a coroutine it would never run, the
    # visitor would never join their session's room, and the chat widget would get no replies.
    assert not inspect.iscoroutinefunction(socketio.AsyncServer.enter_room)
