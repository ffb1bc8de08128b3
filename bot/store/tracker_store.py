"""The single form's tracker store: Rasa's SQL tracker store on SQLite, made cheaper per turn.

Profiling the Rasa server under 10 users (README, "Load and latency") put the SQLite
commit at the end of each turn first among single costs (13.5 % of the samples): SQLite's
default rollback journal with `synchronous=FULL` writes the journal, syncs it, writes the
database and syncs again on every commit, and the commit runs on the event loop, so every
other conversation waits for the disk. Here the database is in write-ahead-log mode with
`synchronous=NORMAL`: a commit appends to the log and syncs only at checkpoints. A
committed turn survives the Rasa process crashing; a power cut can lose the last turns
before a checkpoint, never corrupt the file (https://www.sqlite.org/wal.html).

SQLAlchemy 1.4 opens a new SQLite connection for every session of a file database
(NullPool); Rasa opens a session for each read and each save. One connection per thread
is kept instead (SingletonThreadPool; the server runs its queries on the event loop's
thread), which also keeps the per-connection pragma from being set again on every turn.

Configured in endpoints.yml with `type: bot.store.tracker_store.SQLiteTrackerStore`. Any
other dialect (PostgreSQL in the scaled form) is left exactly as Rasa makes it.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from sqlalchemy.pool import SingletonThreadPool

# What each new connection is set to; journal_mode is stored in the file itself.
PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL")


def tune_sqlite_connection(connection: Any, _record: Any = None) -> None:
    cursor = connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


class SQLiteTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` with WAL, `synchronous=NORMAL` and a kept connection on SQLite."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        made: sa.engine.Engine = self.engine  # type: ignore[has-type]  # untyped in Rasa
        if made.dialect.name != "sqlite":
            return
        made.dispose()
        self.engine = sa.create_engine(made.url, poolclass=SingletonThreadPool)
        sa.event.listen(self.engine, "connect", tune_sqlite_connection)
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    def journal_mode(self) -> str:
        """What the database says its journal is (tests, diagnostics)."""
        with self.engine.connect() as connection:
            return str(connection.exec_driver_sql("PRAGMA journal_mode").scalar())
