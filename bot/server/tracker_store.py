"""The tracker store of both forms: Rasa's SQL tracker store, made cheaper per turn.

SQLite (the single form). Profiling the Rasa server under 10 users (docs/performance.md, "Load and
latency") put the SQLite commit at the end of each turn first among single costs (13.5 %
of the samples): SQLite's default rollback journal with `synchronous=FULL` writes the
journal, syncs it, writes the database and syncs again on every commit, and the commit
runs on the event loop, so every other conversation waits for the disk. Here the
database is in write-ahead-log mode with `synchronous=NORMAL`: a commit appends to the
log and syncs only at checkpoints. A committed turn survives the Rasa process crashing;
a power cut can lose the last turns before a checkpoint, never corrupt the file
(https://www.sqlite.org/wal.html). SQLAlchemy 1.4 opens a new SQLite connection for every
session of a file database (NullPool) and Rasa opens one for each read and each save:
one connection per thread is kept instead (SingletonThreadPool).

Both forms. Each turn read the whole conversation back from the database and rebuilt the
tracker from its events (a sixth of the server's CPU), then counted the stored events
again to know which ones to add (a fourteenth). Here the tracker a turn saved is kept in
memory (the most recent KEPT_CONVERSATIONS conversations), with the number of its
events and the id of the last one stored, and the next turn of that conversation gets it
back as it is when the database's newest event of the conversation is still that one (a
one-row indexed query; in the scaled form another Rasa process may have taken a turn
meanwhile, and then the conversation is read from the database as before). Turns of one
conversation hold the conversation lock from this read to their save, on any process.
- a kept tracker is lent to one caller at a time (the turn); a second reader meanwhile
  gets it from the database;
- only the very tracker object lent is saved by slicing at the known count; any other
  tracker (the HTTP API's replacement of events, say) is saved the Rasa way, by counting;
- a turn that fails before saving never gives its tracker back: the next one reads the
  database; a tracker changed after it was saved is not reused (its length differs);
- a new conversation is kept from its first turn: Rasa's processor makes its tracker
  empty through FailSafeTrackerStore (whose `create_tracker` is the base class's and
  never reaches this store's) and saves it; that save stores nothing, as Rasa's does,
  and lends the tracker, so the first turn's save is the kept one;
- a kept tracker always holds exactly what the database read would (the events of the
  latest session): after a turn that starts a new session the tracker kept is rebuilt
  from the events the read would return (Rasa's rule: from the newest SessionStarted's
  timestamp on), as the read would rebuild it, instead of being read back next turn.

The scaled form: HAProxy sends a conversation's turns round robin, so about half of them
reach a process whose kept tracker is a turn or more behind. That process read the whole
conversation back and rebuilt the tracker from every event. Here it reads only the
events stored after the last one it knows (`id > last_id`, the same one-query round trip
the check above was) and applies them to its kept tracker, which is what the rebuild
does with every event (`DialogueStateTracker.from_dict` replays them with `update`). A
new session among them means a full read, as before. The events of one conversation are
written one turn at a time (the conversation lock), so their ids grow in the order
Rasa's own read sorts them.

Round trips (PostgreSQL): the read above runs outside a transaction (autocommit: no
BEGIN and ROLLBACK around one SELECT), and a turn's new events are stored with one
`INSERT ... VALUES (...), (...) RETURNING id` (one statement, atomic on its own) instead
of BEGIN, an INSERT and COMMIT: two round trips a turn instead of six or more. Both go
straight to psycopg2 on a pooled connection: through SQLAlchemy's statement machinery
the two cost 1.5 ms of CPU a turn, straight 0.2 ms (a tenth of a scaled turn). Both run
in a worker thread (asyncio.to_thread): Rasa's own calls block the event loop while
PostgreSQL answers, and meanwhile the process handled no other conversation (py-spy: a
fifth of a scaled Rasa process's time). A turn cancelled meanwhile (its client gone)
waits for its statement to end before it gives the conversation lock back, so the next
turn never reads the conversation while a write of it is still under way. SQLite (the
single form, in-process, no round trip) stays on the event loop.

Configured in endpoints.yml and endpoints.scaled.yml with
`type: bot.server.tracker_store.KeptTrackerStore`.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy.pool import SingletonThreadPool

Result = TypeVar("Result")
KEPT_CONVERSATIONS = 1000
# Rasa's events table, as a turn's rows fill it (psycopg2, PostgreSQL).
ROW_COLUMNS = ("sender_id", "type_name", "timestamp", "intent_name", "action_name", "data")
SELECT_AFTER = "SELECT id, type_name, data FROM events WHERE sender_id = %s AND id > %s ORDER BY id"
# Rasa's read of a conversation (SQLTrackerStore._event_query): the events of its latest
# session, from the newest SessionStarted's timestamp on (all of them if none).
_SESSION_START = f"(SELECT max(timestamp) FROM events WHERE sender_id = %(sender)s AND type_name = '{SessionStarted.type_name}')"
SELECT_LATEST_SESSION = (
    "SELECT id, type_name, data FROM events WHERE sender_id = %(sender)s"
    f" AND ({_SESSION_START} IS NULL OR timestamp >= {_SESSION_START}) ORDER BY id"
)
INSERT_ROWS = f"INSERT INTO events ({', '.join(ROW_COLUMNS)}) VALUES %s RETURNING id"
# A turn adds a few dozen events at most: one statement of at most this many rows (PostgreSQL
# allows 65,535 parameters in one, six a row here); more are stored in a transaction.
ROWS_PER_STATEMENT = 1000


@dataclass(frozen=True)
class Kept:
    """A tracker whose first `stored` events are in the database, the last with `last_id`
    (None: not known, as for a tracker just read)."""

    tracker: DialogueStateTracker
    stored: int
    last_id: int | None


# What each new connection is set to; journal_mode is stored in the file itself.
PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL")


def tune_sqlite_connection(connection: Any, _record: Any = None) -> None:
    cursor = connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


class KeptTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` keeping the trackers it saved; on SQLite also WAL, `synchronous=NORMAL`
    and a kept connection."""

    def __init__(self, *args: Any, kept_conversations: int = KEPT_CONVERSATIONS, **kwargs: Any) -> None:
        # What was saved and may be lent again, and what is lent now.
        self._kept: OrderedDict[str, Kept] = OrderedDict()
        self._lent: dict[str, Kept] = {}
        self.kept_conversations = kept_conversations
        super().__init__(*args, **kwargs)
        made: sa.engine.Engine = self.engine  # type: ignore[has-type]  # untyped in Rasa
        if made.dialect.name == "sqlite":
            made.dispose()
            self.engine = sa.create_engine(made.url, poolclass=SingletonThreadPool)
            sa.event.listen(self.engine, "connect", tune_sqlite_connection)
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        self._postgres = self.engine.dialect.name == "postgresql" and self.engine.driver == "psycopg2"

    @property
    def domain(self) -> Domain:
        return self._domain

    @domain.setter
    def domain(self, domain: Domain | None) -> None:
        # A new model's domain: trackers built with the old slots are not lent again.
        self._domain = domain or Domain.empty()
        self._kept = OrderedDict()
        self._lent = {}

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        kept = self._kept.pop(sender_id, None)
        if kept is not None and len(kept.tracker.events) == kept.stored:
            caught_up = await self._catch_up(kept)
            if caught_up is not None:
                self._lent[sender_id] = caught_up
                return caught_up.tracker
        if self._postgres:
            return await self._read(sender_id)
        tracker = await super().retrieve(sender_id)
        if tracker is not None and self.kept_conversations:
            # The events just read are all stored: the same count Rasa's save would find.
            self._lent[sender_id] = Kept(tracker, len(tracker.events), None)
        return tracker

    async def _read(self, sender_id: str) -> DialogueStateTracker | None:
        """Rasa's read of the conversation (the same query, the same rebuilding), straight
        through psycopg2 in a worker thread, and the id of its newest event with it."""
        rows = await self._off_loop(self._latest_session_rows, sender_id)
        if not rows:
            return None
        tracker = DialogueStateTracker.from_dict(
            sender_id, [json.loads(data) for _, _, data in rows], self.domain.slots
        )
        if self.kept_conversations:
            self._lent[sender_id] = Kept(tracker, len(tracker.events), rows[-1][0])
        return tracker

    def _latest_session_rows(self, sender_id: str) -> list[tuple[int, str, str]]:
        with self._autocommit_cursor() as cursor:
            cursor.execute(SELECT_LATEST_SESSION, {"sender": sender_id})
            return [(int(id_), str(type_name), str(data)) for id_, type_name, data in cursor.fetchall()]

    async def _catch_up(self, kept: Kept) -> Kept | None:
        """The kept tracker with the events stored since it was saved (by another process),
        or None when it must be read again (a new session among them, or no id known)."""
        if kept.last_id is None:
            return None
        rows = await self._off_loop(self._rows_after, kept.tracker.sender_id, kept.last_id)
        if not rows:
            return kept
        if any(type_name == SessionStarted.type_name for _, type_name, _ in rows):
            return None
        for _, _, data in rows:
            event = Event.from_parameters(json.loads(data))
            if event is not None:
                kept.tracker.update(event)
        return Kept(kept.tracker, len(kept.tracker.events), int(rows[-1][0]))

    def _rows_after(self, sender_id: str, last_id: int) -> list[tuple[int, str, str]]:
        """Id, type and data of the conversation's events stored after `last_id`, in order."""
        if self._postgres:
            with self._autocommit_cursor() as cursor:
                cursor.execute(SELECT_AFTER, (sender_id, last_id))
                return [(int(id_), str(type_name), str(data)) for id_, type_name, data in cursor.fetchall()]
        table = self.SQLEvent.__table__
        query = (
            sa.select(table.c.id, table.c.type_name, table.c.data)
            .where(table.c.sender_id == sender_id, table.c.id > last_id)
            .order_by(table.c.id)
        )
        with self.engine.connect() as connection:
            return [(int(row.id), str(row.type_name), str(row.data)) for row in connection.execute(query)]

    @contextlib.contextmanager
    def _autocommit_cursor(self) -> Iterator[Any]:
        """A psycopg2 cursor on a connection of the engine's pool, in autocommit mode (each
        statement on its own: no BEGIN, COMMIT or ROLLBACK round trips)."""
        connection = self.engine.raw_connection()  # the pool's proxy: close() gives it back
        psycopg = connection.dbapi_connection
        try:
            psycopg.autocommit = True
            with psycopg.cursor() as cursor:
                yield cursor
            # Back to the pool as it came: Rasa's own reads and saves use transactions.
            psycopg.autocommit = False
        except BaseException:
            connection.invalidate()  # broken or in an unknown state: never lent again
            raise
        finally:
            connection.close()

    async def _off_loop(self, call: Callable[..., Result], *args: Any) -> Result:
        """`call(*args)` in a worker thread when it waits on the network (PostgreSQL)."""
        if not self._postgres:
            return call(*args)
        running = asyncio.ensure_future(asyncio.to_thread(call, *args))
        try:
            return await asyncio.shield(running)
        except asyncio.CancelledError:
            # The statement goes on in its thread: let it end before the turn does (and
            # gives the conversation lock to the next one, which would read it).
            await asyncio.wait([running])
            raise

    async def create_tracker(self, sender_id: str, append_action_listen: bool = True) -> DialogueStateTracker:
        tracker = await super().create_tracker(sender_id, append_action_listen)
        if self.kept_conversations:
            # A new conversation (nothing in its latest session was stored, or the read
            # before this would have found it): what was just saved is all there is.
            self._lent[sender_id] = Kept(tracker, len(tracker.events), None)
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        if not tracker.events and self.event_broker is None and self.kept_conversations:
            # A new conversation's tracker, before its first turn: Rasa's processor makes it
            # empty through FailSafeTrackerStore, whose `create_tracker` (the base class's)
            # saves it and never reaches this store's. Rasa's save of no events stores
            # nothing (it counted the stored ones and committed, blocking the loop); lent
            # here instead, so the first turn's save is the kept one and the tracker is
            # kept after it.
            self._lent[tracker.sender_id] = Kept(tracker, 0, None)
            return
        lent = self._lent.get(tracker.sender_id)
        if lent is None or lent.tracker is not tracker or self.event_broker is not None:
            self._lent.pop(tracker.sender_id, None)
            await super().save(tracker)
            return
        del self._lent[tracker.sender_id]
        new = list(itertools.islice(tracker.events, lent.stored, None))
        rows = [self._row(tracker.sender_id, event) for event in new]
        last_id = await self._off_loop(self._insert, rows) or lent.last_id
        if last_id is None:
            return  # not known to match what the database reads back: not kept
        if any(isinstance(event, SessionStarted) for event in new):
            tracker = self._as_read_back(tracker)
        self._kept[tracker.sender_id] = Kept(tracker, len(tracker.events), last_id)
        self._kept.move_to_end(tracker.sender_id)
        while len(self._kept) > self.kept_conversations:
            self._kept.popitem(last=False)

    def _as_read_back(self, tracker: DialogueStateTracker) -> DialogueStateTracker:
        """The tracker a read of the conversation would give: its events from the newest
        SessionStarted's timestamp on, through JSON as stored, rebuilt as Rasa rebuilds."""
        start = max(event.timestamp for event in tracker.events if isinstance(event, SessionStarted))
        events = [
            json.loads(json.dumps(event.as_dict())) for event in tracker.events if event.timestamp >= start
        ]
        return DialogueStateTracker.from_dict(tracker.sender_id, events, self.domain.slots)

    def _insert(self, rows: list[dict[str, Any]]) -> int | None:
        """Store the rows, all or none; the id of the last (None: no rows)."""
        if not rows:
            return None
        table = self.SQLEvent.__table__
        if self._postgres and len(rows) <= ROWS_PER_STATEMENT:
            from psycopg2.extras import execute_values

            # One statement: atomic without a transaction around it, one round trip.
            with self._autocommit_cursor() as cursor:
                values = [tuple(row[column] for column in ROW_COLUMNS) for row in rows]
                ids = execute_values(cursor, INSERT_ROWS, values, page_size=len(values), fetch=True)
            return max(int(id_) for (id_,) in ids)
        with self.engine.begin() as connection:
            connection.execute(sa.insert(table), rows)
            # Inside the transaction that wrote them, and only one turn of a conversation
            # writes at a time: the conversation's newest id is the last row's.
            found = connection.execute(
                sa.select(sa.func.max(table.c.id)).where(table.c.sender_id == rows[0]["sender_id"])
            ).scalar()
        return int(found)

    def _row(self, sender_id: str, event: Event) -> dict[str, Any]:
        """One event as Rasa's own save stores it."""
        data = event.as_dict()
        return {
            "sender_id": sender_id,
            "type_name": event.type_name,
            "timestamp": data.get("timestamp"),
            "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            "action_name": data.get("name"),
            "data": json.dumps(data),
        }

    def kept(self) -> Iterator[str]:
        """The conversations whose trackers are kept (tests)."""
        return iter(list(self._kept))

    def journal_mode(self) -> str:
        """What the database says its journal is (tests, diagnostics)."""
        with self.engine.connect() as connection:
            return str(connection.exec_driver_sql("PRAGMA journal_mode").scalar())
