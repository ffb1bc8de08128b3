"""Many messages to one conversation at once, on the single form (the scaled form runs the
same checks in tests/e2e/test_scaled.py).

What "in order" can mean for HTTP: requests in flight at the same moment on different
connections have no order between them (the client's own event loop or thread pool may
put them on the wire in another order than it started them, and the server reads them
as they come). The server takes the turns of one conversation one at a time, in the
order it received the messages (the conversation lock's tickets), and stores each once.
So:
- a client that sends its next message when the last one was answered (a person, the
  widget over one socket.io connection, a script on one HTTP connection) finds them in
  the tracker in the order it sent them, whatever other clients send meanwhile;
- a burst of messages sent at once on separate connections is answered and stored
  completely, each message once, none lost, in the order they arrived.
The time a burst takes is measured by benchmarks/load.py, not asserted here.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import aiohttp
import pytest
import requests

from scripts.stack import Stack
from tests.e2e.conftest import Chat

pytestmark = pytest.mark.e2e

TEXTS = ["hi", "what is a sublimit?", "what is a blanket endorsement?", "thanks", "what is scheduling?"]


def numbered(n: int) -> str:
    return f"{TEXTS[n % len(TEXTS)]} (message {n})"


async def send_all_at_once(url: str, sender: str, token: str, count: int) -> list[tuple[int, Any]]:
    """`count` messages to one conversation, each on its own connection, all in flight."""
    timeout = aiohttp.ClientTimeout(total=900)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0), timeout=timeout) as session:

        async def send(n: int) -> tuple[int, Any]:
            async with session.post(
                f"{url}/webhooks/rest/webhook",
                params={"token": token},
                json={"sender": sender, "message": numbered(n)},
            ) as response:
                return response.status, await response.json(content_type=None)

        return list(await asyncio.gather(*(send(n) for n in range(count))))


def user_texts(stack: Stack, sender: str) -> list[str]:
    return [e["text"] for e in Chat(stack, sender).tracker()["events"] if e["event"] == "user"]


def assert_turns_one_at_a_time(stack: Stack, sender: str) -> None:
    # Each turn finishes (the bot answers, then listens) before the next user message is
    # applied: never two user messages back to back.
    events = Chat(stack, sender).tracker()["events"]
    kinds = [e["event"] for e in events if e["event"] in {"user", "bot"}]
    assert not any(a == b == "user" for a, b in itertools.pairwise(kinds)), kinds


def check_burst_of_100_at_once(stack: Stack, sender: str) -> None:
    answers = asyncio.run(send_all_at_once(stack.rasa_url, sender, stack.token, 100))
    assert [status for status, _ in answers] == [200] * 100
    assert all(body for _, body in answers), "every message got a reply"
    stored = user_texts(stack, sender)
    # Every message, each once: nothing lost, nothing doubled.
    assert Counter(stored) == Counter(numbered(n) for n in range(100))
    assert_turns_one_at_a_time(stack, sender)


def check_clients_keep_their_order(stack: Stack, sender: str, clients: int = 10, each: int = 10) -> None:
    """`clients` at once, each on its own kept-alive connection sending `each` messages,
    the next when the last was answered; all to one conversation."""

    def client(c: int) -> list[str]:
        sent = [numbered(c * each + i) for i in range(each)]
        with requests.Session() as connection:
            for text in sent:
                response = connection.post(
                    f"{stack.rasa_url}/webhooks/rest/webhook",
                    params={"token": stack.token},
                    json={"sender": sender, "message": text},
                    timeout=600,
                )
                assert response.status_code == 200 and response.json(), text
        return sent

    with ThreadPoolExecutor(max_workers=clients) as pool:
        sent_by = list(pool.map(client, range(clients)))
    stored = user_texts(stack, sender)
    assert sorted(stored) == sorted(text for sent in sent_by for text in sent)
    for sent in sent_by:
        assert [text for text in stored if text in sent] == sent
    assert_turns_one_at_a_time(stack, sender)


def test_a_burst_of_100_messages_at_once_is_all_answered_and_stored(stack: Stack) -> None:
    # Rasa's in-memory lock dropped the messages whose tickets expired while they queued.
    check_burst_of_100_at_once(stack, Chat(stack).sender)


def test_clients_talking_at_once_to_one_conversation_keep_their_order(stack: Stack) -> None:
    check_clients_keep_their_order(stack, Chat(stack).sender)
