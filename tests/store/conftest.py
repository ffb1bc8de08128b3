"""The store on a real SQLite file, and on PostgreSQL when one answers.

PostgreSQL: DATABASE_URL if it names one, else the machine's 127.0.0.1:5432 (trust
auth). Each run makes its own database and drops it afterwards. Where none answers,
the PostgreSQL cases are skipped with the reason, except under CI=true, where a missing
PostgreSQL fails: CI must test what production runs.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.store.claims import ClaimStore
from tests.conftest import missing_service

ADMIN_URL = os.environ.get("POSTGRES_ADMIN_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres")


def postgres_store() -> Iterator[ClaimStore]:
    configured = os.environ.get("DATABASE_URL", "")
    if configured.startswith("postgres"):
        store = ClaimStore(configured)
        store.create_schema()
        yield store
        return
    name = f"claims_test_{uuid.uuid4().hex[:10]}"
    try:
        admin = create_engine(ADMIN_URL, future=True, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:
        missing_service(f"PostgreSQL not reachable at {ADMIN_URL}: {type(error).__name__}")
    store = ClaimStore(ADMIN_URL.rsplit("/", 1)[0] + f"/{name}")
    store.create_schema()
    try:
        yield store
    finally:
        store.engine.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ClaimStore]:
    if request.param == "sqlite":
        sqlite_store = ClaimStore(f"sqlite:///{tmp_path / 'claims.db'}")
        sqlite_store.create_schema()
        yield sqlite_store
        sqlite_store.engine.dispose()
    else:
        yield from postgres_store()
