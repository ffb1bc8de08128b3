"""Bring a claims database to the newest schema with Alembic; safe on every start.

Every process that opens the store calls `upgrade` (through `ClaimStore.create_schema`).
Several processes may start at once, so the upgrade runs under a lock: a PostgreSQL
advisory lock held by the migrating transaction, or a lock file beside a SQLite file.
A database made before migrations existed (tables, no version) is stamped at the
baseline first, so its rows stay and only the later revisions run.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import portalocker
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).with_name("migrations")
BASELINE = "0001_baseline"
# Any fixed number: the advisory lock only has to be the same in every process.
ADVISORY_LOCK_KEY = 7_305_119_402


@lru_cache(maxsize=1)
def _script_directory() -> ScriptDirectory:
    return ScriptDirectory(str(MIGRATIONS))


def alembic_config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head() -> str:
    current = _script_directory().get_current_head()
    assert current is not None
    return current


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@contextlib.contextmanager
def _sqlite_file_lock(engine: Engine) -> Iterator[None]:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    with portalocker.Lock(f"{database}.migrate.lock", timeout=60):
        yield


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Run every revision up to `revision` that this database has not had yet."""
    with _sqlite_file_lock(engine), engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
        config = alembic_config(connection)
        tables = set(inspect(connection).get_table_names())
        if "claims" in tables and "alembic_version" not in tables:
            command.stamp(config, BASELINE)
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Undo revisions down to `revision` (for a release rolled back; not run on start)."""
    with _sqlite_file_lock(engine), engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)


__all__ = ["BASELINE", "current_revision", "downgrade", "head", "upgrade"]
