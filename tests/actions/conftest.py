"""Action tests: trackers loaded from JSON fixtures, run with the SDK's dispatcher."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def own_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every action test has a store of its own: none reads or writes the developer's var/."""
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)


REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def full_domain() -> dict[str, Any]:
    """The whole domain (its responses, its session settings)."""
    from rasa.shared.core.domain import Domain

    return Domain.load(str(REPO / "domain")).as_dict()


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    """The domain as the action server is sent it: only the parts it reads
    (bot/server/action_domain.py), so every action test shows those are enough."""
    from rasa.shared.core.domain import Domain

    from bot.server.action_domain import action_domain

    return action_domain(Domain.load(str(REPO / "domain")))


def load_tracker(name: str) -> Tracker:
    """A fixture's tracker as the action server is sent it: past messages without their
    rankings (bot/server/action_domain.py), so every action test shows it needs none."""
    from bot.server.action_domain import without_rankings

    state = json.loads((FIXTURES / f"{name}.json").read_text())
    state["events"] = [without_rankings(event) for event in state.get("events") or []]
    return Tracker.from_dict(state)


def slot_events(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


def spoken(dispatcher: CollectingDispatcher) -> list[dict[str, Any]]:
    """What the actions said, without the widget's "question N of M" parts."""
    return [m for m in dispatcher.messages if (m.get("custom") or {}).get("widget") != "progress"]
