"""What the Rasa server closes when it stops, beyond what Rasa closes itself.

Rasa's `close_resources` (rasa/core/run.py, run after the server stops) closes only the
event broker. This project keeps things open across turns on the server's event loop:
the HTTP sessions to the action server (bot/server/keep_alive.py) and, in the scaled form,
the lock store's asyncio Redis connections (bot/server/lock_store.py). Left open, they
were dropped as the process ended, and aiohttp warned "Unclosed client session".
Installed by bot/server/patches.py.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import rasa.core.run

from bot.server.keep_alive import close_kept_sessions

logger = logging.getLogger(__name__)
_RASA_CLOSE = "_rasa_close_resources"


async def close_resources(app: Any, loop: asyncio.AbstractEventLoop) -> None:
    """Rasa's own, then the kept sessions and the lock store's connections."""
    rasa_close = getattr(rasa.core.run, _RASA_CLOSE)
    try:
        await rasa_close(app, loop)
    finally:
        await close_kept_sessions()
        agent = getattr(app.ctx, "agent", None)
        close = getattr(getattr(agent, "lock_store", None), "close", None)
        if close is not None:
            await close()


def close_more_at_shutdown() -> None:
    """From now on `rasa run` closes what this project keeps open (idempotent)."""
    if not hasattr(rasa.core.run, _RASA_CLOSE):
        setattr(rasa.core.run, _RASA_CLOSE, rasa.core.run.close_resources)
    method: Any = close_resources
    rasa.core.run.close_resources = method
