"""Both forms' tracker store: Rasa's SQL tracker store, on SQLite in WAL mode and on PostgreSQL."""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rasa.core.tracker_store import FailSafeTrackerStore, SQLTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import read_endpoint_config

from bot.server.tracker_store import KeptTrackerStore
from tests.conftest import missing_service

REPO = Path(__file__).resolve().parents[2]


def test_the_database_is_in_wal_mode_and_keeps_every_turn(tmp_path: Path) -> None:
    path = tmp_path / "trackers.db"
    store = KeptTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path))
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
    store = KeptTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(tmp_path / "t.db"))
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
    assert isinstance(inner, KeptTrackerStore)
    assert inner.journal_mode() == "wal"


def run(coroutine: object) -> object:
    import asyncio

    return asyncio.run(coroutine)  # type: ignore[arg-type]


def store_sync_save(store: TrackerStore, tracker: DialogueStateTracker) -> None:
    run(store.save(tracker))


def texts_in_database(path: Path, sender: str) -> list[str]:
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user' ORDER BY id", (sender,)
        )
        return [json.loads(data)["text"] for (data,) in rows]


def turn(store: KeptTrackerStore, sender: str, text: str, save: bool = True) -> DialogueStateTracker:
    """What a turn does with the store: read (or create), add events, save."""
    tracker = run(store.get_or_create_tracker(sender))
    assert isinstance(tracker, DialogueStateTracker)
    tracker.update(UserUttered(text))
    tracker.update(ActionExecuted("action_listen"))
    if save:
        store_sync_save(store, tracker)
    return tracker


def test_the_next_turn_gets_the_saved_tracker_back_and_the_database_has_every_event(
    tmp_path: Path,
) -> None:
    path = tmp_path / "t.db"
    store = KeptTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path))
    first = turn(store, "c", "one")
    second = turn(store, "c", "two")
    third = turn(store, "c", "three")
    assert second is third  # kept, not read back and rebuilt
    assert texts_in_database(path, "c") == ["one", "two", "three"]
    # A fresh process reads the same conversation from the file.
    other = KeptTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path))
    restored = run(other.retrieve("c"))
    assert isinstance(restored, DialogueStateTracker)
    assert [e.as_dict() for e in restored.events] == [e.as_dict() for e in third.events]
    assert first is not None


def test_a_new_conversation_made_the_way_rasa_s_processor_makes_it_is_kept_from_its_first_turn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The processor asks Rasa's FailSafeTrackerStore (the wrapper Rasa puts around every
    # store) for an empty tracker; the wrapper's create_tracker is the base class's.
    path = tmp_path / "t.db"
    store = KeptTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path))
    wrapped = FailSafeTrackerStore(store)
    rasa_saves: list[str] = []
    rasa_save = SQLTrackerStore.save

    async def counted(self: SQLTrackerStore, tracker: DialogueStateTracker) -> None:
        rasa_saves.append(tracker.sender_id)
        await rasa_save(self, tracker)

    monkeypatch.setattr(SQLTrackerStore, "save", counted)
    trackers = []
    for text in ("one", "two", "three"):
        tracker = run(wrapped.get_or_create_tracker("c", append_action_listen=False))
        assert isinstance(tracker, DialogueStateTracker)
        tracker.update(UserUttered(text))
        tracker.update(ActionExecuted("action_listen"))
        run(wrapped.save(tracker))
        trackers.append(tracker)
    assert trackers[0] is trackers[1] is trackers[2]  # kept from the first turn on
    assert rasa_saves == []  # no save the Rasa way, not even of the empty tracker
    assert texts_in_database(path, "c") == ["one", "two", "three"]
    restored = run(KeptTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path)).retrieve("c"))
    assert isinstance(restored, DialogueStateTracker)
    assert [e.as_dict() for e in restored.events] == [e.as_dict() for e in trackers[2].events]


def test_an_empty_tracker_saved_stores_nothing_as_rasa_s_save_does(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    store = KeptTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path))
    turn(store, "c", "one")
    run(store.save(DialogueStateTracker("c", [])))  # the HTTP API's replacement with no events
    assert texts_in_database(path, "c") == ["one"]
    again = run(store.retrieve("c"))
    assert isinstance(again, DialogueStateTracker)
    assert [e.text for e in again.events if isinstance(e, UserUttered)] == ["one"]


def test_a_turn_that_fails_before_saving_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    store = KeptTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path))
    turn(store, "c", "one")
    turn(store, "c", "two")
    failed = turn(store, "c", "lost", save=False)
    after = turn(store, "c", "three")
    assert after is not failed
    assert [e.text for e in after.events if isinstance(e, UserUttered)] == ["one", "two", "three"]
    assert texts_in_database(path, "c") == ["one", "two", "three"]


def test_another_tracker_for_the_conversation_is_saved_the_rasa_way(tmp_path: Path) -> None:
    # The HTTP API builds its own tracker (replacing events): only what is past the stored
    # count is added, as Rasa's store does; the lent count is not used for it.
    path = tmp_path / "t.db"
    store = KeptTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path))
    turn(store, "c", "one")
    turn(store, "c", "two")
    lent = run(store.retrieve("c"))
    assert isinstance(lent, DialogueStateTracker)
    stranger = DialogueStateTracker.from_dict("c", [e.as_dict() for e in lent.events], [])
    stranger.update(UserUttered("from the API"))
    store_sync_save(store, stranger)
    lent.update(UserUttered("late"))
    store_sync_save(store, lent)  # no longer known as lent: counted, nothing doubled
    texts = texts_in_database(path, "c")
    assert texts.count("one") == 1 and texts.count("two") == 1
    assert texts[:3] == ["one", "two", "from the API"]


def test_a_second_reader_while_a_turn_holds_the_tracker_reads_the_database(tmp_path: Path) -> None:
    store = KeptTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(tmp_path / "t.db"))
    turn(store, "c", "one")
    turn(store, "c", "two")
    held = run(store.retrieve("c"))
    reader = run(store.retrieve("c"))
    assert held is not None and reader is not None and held is not reader
    held.update(UserUttered("three"))
    store_sync_save(store, held)
    again = run(store.retrieve("c"))
    assert again is not None
    assert [e.text for e in again.events if isinstance(e, UserUttered)] == ["one", "two", "three"]


def test_a_tracker_changed_after_its_save_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    store = KeptTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path))
    turn(store, "c", "one")
    saved = turn(store, "c", "two")
    saved.update(UserUttered("never saved"))
    again = run(store.retrieve("c"))
    assert again is not saved
    assert [e.text for e in again.events if isinstance(e, UserUttered)] == ["one", "two"]


def start_new_session(store: KeptTrackerStore, sender: str, text: str) -> DialogueStateTracker:
    """A turn that starts a new session, as Rasa's processor does after a long silence."""
    from rasa.shared.core.events import SessionStarted

    tracker = turn(store, sender, "in the old session", save=False)
    tracker.update(ActionExecuted("action_session_start"))
    tracker.update(SessionStarted())
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(UserUttered(text))
    store_sync_save(store, tracker)
    return tracker


def test_after_a_new_session_the_tracker_kept_is_what_reading_it_back_gives(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    store = KeptTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path))
    turn(store, "c", "old")
    start_new_session(store, "c", "new")
    assert "c" in list(store.kept())
    fresh = KeptTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path))
    expected = run(fresh.retrieve("c"))
    got = run(store.retrieve("c"))
    assert expected is not None and got is not None
    assert [e.as_dict() for e in got.events] == [e.as_dict() for e in expected.events]
    assert got.current_state() == expected.current_state()
    assert [e.text for e in got.events if isinstance(e, UserUttered)] == ["new"]
    store_sync_save(store, got)  # the lent tracker given back unchanged
    after = turn(store, "c", "newer")
    assert after is got  # kept on
    assert texts_in_database(path, "c") == ["old", "in the old session", "new", "newer"]


def test_only_the_most_recent_conversations_are_kept(tmp_path: Path) -> None:
    store = KeptTrackerStore(
        domain=Domain.empty(), dialect="sqlite", db=str(tmp_path / "t.db"), kept_conversations=2
    )
    for sender in ("a", "b", "c"):
        turn(store, sender, "one")
        turn(store, sender, "two")
    assert list(store.kept()) == ["b", "c"]


def test_a_turn_taken_by_another_process_meanwhile_is_caught_up_from_the_database(tmp_path: Path) -> None:
    # The scaled form: two Rasa processes, turns of one conversation on either. The kept
    # tracker gets the other process's events applied, and then holds exactly what a
    # fresh read from the database gives.
    path = tmp_path / "t.db"
    first = KeptTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path))
    second = KeptTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path))
    turn(first, "c", "one")
    kept = turn(first, "c", "two")
    turn(second, "c", "three")  # on the other process
    turn(second, "c", "three and a half")
    after = turn(first, "c", "four")
    assert after is kept  # caught up, not rebuilt from every event
    said = ["one", "two", "three", "three and a half", "four"]
    assert [e.text for e in after.events if isinstance(e, UserUttered)] == said
    assert texts_in_database(path, "c") == said
    fresh = run(KeptTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path)).retrieve("c"))
    assert isinstance(fresh, DialogueStateTracker)
    assert [e.as_dict() for e in after.events] == [e.as_dict() for e in fresh.events]
    assert after.current_state() == fresh.current_state()
    # The other process catches up the same way, and saves after the events it applied.
    back = turn(second, "c", "five")
    assert [e.text for e in back.events if isinstance(e, UserUttered)] == [*said, "five"]
    assert texts_in_database(path, "c") == [*said, "five"]


def test_slots_set_by_another_process_are_applied_to_the_kept_tracker(tmp_path: Path) -> None:
    from rasa.shared.core.events import SlotSet
    from rasa.shared.core.slots import TextSlot

    domain = Domain.from_dict({"slots": {"piece": {"type": "text", "mappings": [{"type": "custom"}]}}})
    path = tmp_path / "t.db"
    first = KeptTrackerStore(domain=domain, dialect="sqlite", db=str(path))
    second = KeptTrackerStore(domain=domain, dialect="sqlite", db=str(path))
    turn(first, "c", "one")
    kept = turn(first, "c", "two")
    other = run(second.retrieve("c"))
    assert isinstance(other, DialogueStateTracker)
    other.update(SlotSet("piece", "ring"))
    store_sync_save(second, other)
    after = run(first.retrieve("c"))
    assert after is kept
    assert isinstance(after.slots["piece"], TextSlot)
    assert after.get_slot("piece") == "ring"


def test_a_new_session_started_by_another_process_is_read_from_the_database(tmp_path: Path) -> None:
    from rasa.shared.core.events import SessionStarted

    path = tmp_path / "t.db"
    first = KeptTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path))
    second = KeptTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path))
    turn(first, "c", "old")
    kept = turn(first, "c", "old again")
    other = turn(second, "c", "on the other", save=False)
    other.update(ActionExecuted("action_session_start"))
    other.update(SessionStarted())
    other.update(ActionExecuted("action_listen"))
    other.update(UserUttered("new"))
    store_sync_save(second, other)
    after = run(first.retrieve("c"))
    assert after is not kept  # read again: only the latest session, as Rasa reads it
    assert isinstance(after, DialogueStateTracker)
    assert [e.text for e in after.events if isinstance(e, UserUttered)] == ["new"]


@pytest.fixture
def postgres_url() -> Iterator[str]:
    from scripts.scaled import (
        create_database,
        drop_database,
        postgres_from_env,
        redis_from_env,
        unavailable_reason,
    )

    server = postgres_from_env()
    reason = unavailable_reason(server, redis_from_env())
    if reason:
        missing_service(reason)
    name = f"trackers_test_{uuid.uuid4().hex[:10]}"
    create_database(server, name)
    try:
        yield server.url(name)
    finally:
        drop_database(server, name)


def test_on_postgresql_two_processes_taking_turns_store_every_event_once(postgres_url: str) -> None:
    stores = [KeptTrackerStore(domain=Domain.empty(), host=postgres_url) for _ in range(2)]
    try:
        said = []
        for n in range(6):  # alternately, and twice in a row on each
            text = f"message {n}"
            turn(stores[(n // 2) % 2], "c", text)
            said.append(text)
        restored = run(SQLTrackerStore(domain=Domain.empty(), host=postgres_url).retrieve("c"))
        assert restored is not None
        assert [e.text for e in restored.events if isinstance(e, UserUttered)] == said
        # Both processes keep the conversation: each caught up with the other's turns.
        assert list(stores[0].kept()) == ["c"] and list(stores[1].kept()) == ["c"]
        caught_up = run(stores[0].retrieve("c"))
        assert isinstance(caught_up, DialogueStateTracker)
        assert [e.as_dict() for e in caught_up.events] == [e.as_dict() for e in restored.events]
    finally:
        for store in stores:
            store.engine.dispose()


def test_on_postgresql_a_kept_turn_is_two_statements_outside_a_transaction(postgres_url: str) -> None:
    # Each statement was a blocking round trip on the event loop: the check of the newest
    # event (with BEGIN and ROLLBACK around it), then BEGIN, one INSERT per event or a
    # batch, COMMIT. Now: the catch-up read and one INSERT ... RETURNING, in a thread.
    import psycopg2.extensions
    import sqlalchemy as sa

    seen: list[tuple[str, bool, int]] = []

    class Recording(psycopg2.extensions.cursor):  # type: ignore[misc]
        def execute(self, query: Any, vars: Any = None) -> Any:
            text = query.decode() if isinstance(query, bytes) else str(query)
            seen.append((text.split()[0], self.connection.autocommit, threading.get_ident()))
            return super().execute(query, vars)

    store = KeptTrackerStore(domain=Domain.empty(), host=postgres_url)
    try:
        turn(store, "c", "one")
        turn(store, "c", "two")

        def record(dbapi_connection: Any, *_args: Any) -> None:
            dbapi_connection.cursor_factory = Recording

        sa.event.listen(store.engine.pool, "checkout", record)
        kept = turn(store, "c", "three")
        sa.event.remove(store.engine.pool, "checkout", record)
        assert [(statement, autocommit) for statement, autocommit, _ in seen] == [
            ("SELECT", True),
            ("INSERT", True),
        ]
        # Not on the event loop's thread (here the test's own): the loop goes on meanwhile.
        assert threading.get_ident() not in {thread for _, _, thread in seen}
        assert [e.text for e in kept.events if isinstance(e, UserUttered)] == ["one", "two", "three"]
        # The pooled connections went back as they came: Rasa's sessions use transactions.
        with store.engine.connect() as connection:
            assert connection.connection.dbapi_connection.autocommit is False
    finally:
        store.engine.dispose()


def test_on_postgresql_a_long_save_is_stored_whole_in_one_transaction(postgres_url: str) -> None:
    from bot.server.tracker_store import ROWS_PER_STATEMENT

    store = KeptTrackerStore(domain=Domain.empty(), host=postgres_url)
    try:
        turn(store, "c", "one")
        tracker = run(store.retrieve("c"))
        assert isinstance(tracker, DialogueStateTracker)
        for n in range(ROWS_PER_STATEMENT + 1):  # more than one statement takes
            tracker.update(UserUttered(f"many {n}"))
        store_sync_save(store, tracker)
        again = turn(store, "c", "after")
        restored = run(SQLTrackerStore(domain=Domain.empty(), host=postgres_url).retrieve("c"))
        assert isinstance(restored, DialogueStateTracker)
        assert [e.as_dict() for e in again.events] == [e.as_dict() for e in restored.events]
        assert len([e for e in restored.events if isinstance(e, UserUttered)]) == ROWS_PER_STATEMENT + 3
    finally:
        store.engine.dispose()


def test_on_postgresql_a_save_cancelled_midway_ends_before_the_turn_does(postgres_url: str) -> None:
    # The turn's lock is given back when the turn ends: the next turn must find the write
    # finished, not one still running in its thread.
    import asyncio

    store = KeptTrackerStore(domain=Domain.empty(), host=postgres_url)
    try:
        turn(store, "c", "one")

        async def cancelled_turn() -> None:
            tracker = await store.retrieve("c")
            assert tracker is not None
            tracker.update(UserUttered("two"))
            saving = asyncio.ensure_future(store.save(tracker))
            await asyncio.sleep(0)  # the insert is under way in its thread
            saving.cancel()
            with pytest.raises(asyncio.CancelledError):
                await saving
            # Nothing else has run yet: what the next turn would read now.
            fresh = await SQLTrackerStore(domain=Domain.empty(), host=postgres_url).retrieve("c")
            assert fresh is not None
            assert [e.text for e in fresh.events if isinstance(e, UserUttered)] == ["one", "two"]

        run(cancelled_turn())
        after = turn(store, "c", "three")
        assert [e.text for e in after.events if isinstance(e, UserUttered)] == ["one", "two", "three"]
    finally:
        store.engine.dispose()


def test_on_postgresql_the_read_is_rasas_and_a_new_session_is_kept_as_it_reads_back(
    postgres_url: str,
) -> None:
    stores = [KeptTrackerStore(domain=Domain.empty(), host=postgres_url) for _ in range(2)]
    rasa_store = SQLTrackerStore(domain=Domain.empty(), host=postgres_url)
    try:
        turn(stores[0], "c", "old")
        turn(stores[0], "c", "old again")
        start_new_session(stores[0], "c", "new")
        read = run(stores[1].retrieve("c"))  # the other process: never saw it
        expected = run(rasa_store.retrieve("c"))
        kept = run(stores[0].retrieve("c"))
        assert read is not None and expected is not None and kept is not None
        for tracker in (read, kept):
            assert [e.as_dict() for e in tracker.events] == [e.as_dict() for e in expected.events]
            assert tracker.current_state() == expected.current_state()
        assert [e.text for e in expected.events if isinstance(e, UserUttered)] == ["new"]
        # The read knows the newest id: its next turn on either process is caught up.
        run(stores[1].save(read))
        run(stores[0].save(kept))
        said = turn(stores[1], "c", "on the other")
        back = turn(stores[0], "c", "and back")
        assert back is kept
        assert [e.text for e in back.events if isinstance(e, UserUttered)] == [
            "new",
            "on the other",
            "and back",
        ]
        assert said is read
    finally:
        for store in (*stores, rasa_store):
            store.engine.dispose()
