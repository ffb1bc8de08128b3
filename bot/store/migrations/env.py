"""Alembic's environment for the claims store: always run from bot.store.migrate.

The caller hands over an open connection (config.attributes["connection"]), so the
migration runs in the caller's transaction and under its lock.
"""

from __future__ import annotations

from alembic import context

from bot.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things: batch mode copies the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
