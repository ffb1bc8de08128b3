"""The single form's tracker store: Rasa's SQL tracker store on SQLite in WAL mode."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import read_endpoint_config

from bot.store.tracker_store import SQLiteTrackerStore

REPO = Path(__file__).resolve().parents[2]


def test_the_database_is_in_wal_mode_and_keeps_every_turn(tmp_path: Path) -> None:
    path = tmp_path / "trackers.db"
    store = SQLiteTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path))
    assert store.journal_mode() == "wal"
    tracker = DialogueStateTracker("c1", [])
    for n in range(3):
        tracker.update(UserUttered(f"message {n}"))
        tracker.update(ActionExecuted("action_listen"))
    store_sync_save(store, tracker)
    # Another connection (another process, say the web app's transcripts) sees it all.
    with sqlite3.connect(path) as other:
        texts = [row[0] for row in other.execute("SELECT type_name FROM events ORDER BY id")]
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert texts.count("user") == 3
    again = SQLTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path))
    restored = run(again.retrieve("c1"))
    assert restored is not None
    assert [e.text for e in restored.events if isinstance(e, UserUttered)] == [
        "message 0",
        "message 1",
        "message 2",
    ]


def test_saving_again_adds_only_the_new_events(tmp_path: Path) -> None:
    store = SQLiteTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(tmp_path / "t.db"))
    tracker = DialogueStateTracker("c2", [])
    tracker.update(UserUttered("one"))
    store_sync_save(store, tracker)
    tracker.update(UserUttered("two"))
    store_sync_save(store, tracker)
    restored = run(store.retrieve("c2"))
    assert restored is not None
    assert [e.text for e in restored.events if isinstance(e, UserUttered)] == ["one", "two"]


def test_endpoints_yml_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "from-endpoints.db"))
    monkeypatch.setenv("ACTION_ENDPOINT_URL", "http://127.0.0.1:1/webhook")
    monkeypatch.setenv("ACTION_SERVER_SECRET", "x")
    config = read_endpoint_config(str(REPO / "endpoints.yml"), "tracker_store")
    store = TrackerStore.create(config, Domain.empty())
    # Rasa falls back to an in-memory store, silently, when the class is not found.
    inner = getattr(store, "_tracker_store", store)
    assert isinstance(inner, SQLiteTrackerStore)
    assert inner.journal_mode() == "wal"


def run(coroutine: object) -> object:
    import asyncio

    return asyncio.run(coroutine)  # type: ignore[arg-type]


def store_sync_save(store: TrackerStore, tracker: DialogueStateTracker) -> None:
    run(store.save(tracker))
