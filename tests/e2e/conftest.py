"""End-to-end fixtures: a real trained model, the real action server, over HTTP.

The model is trained once (or reused when models/advisor.tar.gz was built from the
current inputs) and one stack serves the whole session; each test talks as its own
sender, so conversations do not share state (the `stack` fixture is in tests/conftest.py,
shared with tests/security). A Chat gets its conversation id from the
web app, as the widget does; one given a made-up sender sends the API token instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests
from selenium.webdriver.remote.webdriver import WebDriver

from scripts.browser import chromium
from scripts.stack import Stack


class Chat:
    """One user's conversation with the running assistant."""

    def __init__(self, stack: Stack, sender: str | None = None) -> None:
        self.stack = stack
        self.sender = sender or stack.new_conversation()
        # A sender the web app did not issue is let in only with the API token.
        self.params = {"token": stack.token} if sender else {}
        self.replies: list[list[dict[str, Any]]] = []

    def say(self, text: str) -> list[dict[str, Any]]:
        response = requests.post(
            f"{self.stack.rasa_url}/webhooks/rest/webhook",
            json={"sender": self.sender, "message": text},
            params=self.params,
            timeout=60,
        )
        response.raise_for_status()
        messages: list[dict[str, Any]] = response.json()
        self.replies.append(messages)
        return messages

    def said(self, text: str) -> str:
        """What the bot answered, as one string."""
        return "\n".join(m.get("text", "") for m in self.say(text))

    def tracker(self) -> dict[str, Any]:
        response = requests.get(
            f"{self.stack.rasa_url}/conversations/{self.sender}/tracker",
            params={"token": self.stack.token},
            timeout=30,
        )
        response.raise_for_status()
        tracker: dict[str, Any] = response.json()
        return tracker

    def slots(self) -> dict[str, Any]:
        slots: dict[str, Any] = self.tracker()["slots"]
        return slots

    def active_form(self) -> str | None:
        loop = self.tracker().get("active_loop") or {}
        name: str | None = loop.get("name")
        return name


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    """One headless Chromium per test module (Debian's chromium and chromedriver)."""
    with chromium() as driver:
        yield driver


@pytest.fixture
def chat(stack: Stack) -> Chat:
    return Chat(stack)


# A whole theft intake up to the summary, first message included, distinct per n:
# what the concurrency tests send (then "yes").
def intake_answers(n: int) -> list[str]:
    return [
        f"my ring worth ${1000 + n} was stolen yesterday",
        "it was taken in a burglary",
        "no",
        f"2611-{1000 + n}",
        "receipt",
        "Ana Ruiz",
        f"ana{n}@example.com",
        "+64 21 555 0199",
    ]
