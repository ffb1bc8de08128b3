"""The conversation locks: one for the single form (one Rasa process), and Rasa's Redis
lock store made atomic for the scaled form.

Single form (`InProcessLockStore`, endpoints.yml): Rasa's default `InMemoryLockStore`
lets a waiting turn's ticket expire after 60 s (LOCK_LIFETIME) and then drops the
message, and a waiter looks at the lock once a second, so a burst of 100 messages to one
conversation lost some and took minutes. In one process every ticket belongs to a turn
of this process, whose `finally` always gives it back, so here tickets never expire and
a finished turn wakes the next one at once (an asyncio event, no polling).

Scaled form (`AtomicRedisLockStore`, endpoints.scaled.yml):

Rasa 3.6's `RedisLockStore` changes a conversation's ticket lock by reading it, changing
it in Python and writing it back. Two Rasa processes taking turns of one conversation at
the same moment can both read "no tickets", both issue ticket 0 and both go ahead: each
then saves the tracker it loaded plus its own turn, and the SQL tracker store keeps only
the events past the count already stored, so one user message is silently dropped.

Here every read-change-write of a lock runs as a Redis transaction that watches the
lock's key and starts again if another process changed it in between, so tickets are
distinct and turns of one conversation are taken one at a time on any process.
Configured in endpoints.scaled.yml with `type: bot.server.lock_store.AtomicRedisLockStore`.

Waiting for the lock: Rasa polls every second, so each queued turn of a conversation
waited up to a second after the one before it finished (a burst of 100 messages took
over 100 s). Here a waiter polls sooner the nearer it is to the front of the queue, and
clears expired tickets about once a second as Rasa does. A ticket expires
(TICKET_LOCK_LIFETIME, 60 s) so that a process that died holding it cannot block the
conversation for ever; a live waiter renews its own ticket at each sweep, so a message
queued behind a long burst keeps its place instead of expiring and being dropped.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any, TypeVar

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

Result = TypeVar("Result")
# The next in line polls every FIRST_POLL_S; each one further back waits that much more,
# up to Rasa's one second (100 waiters poll Redis a few hundred times a second in all).
FIRST_POLL_S = 0.02
MAX_POLL_S = 1.0
EXPIRY_SWEEP_S = 1.0
# What a change does to the stored lock: keep it (saved again) or remove it.
LockChange = Callable[[TicketLock], tuple[Result, bool]]


class AtomicRedisLockStore(RedisLockStore):
    """`RedisLockStore` whose ticket changes are atomic across processes."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        # Rasa builds a lock store named by module path with `endpoint_config=` only.
        settings = dict(endpoint_config.kwargs) if endpoint_config else {}
        settings.pop("type", None)
        if endpoint_config and endpoint_config.url:
            settings["host"] = endpoint_config.url
        settings.update(kwargs)
        super().__init__(**settings)

    def _key(self, conversation_id: str) -> str:
        return self.key_prefix + conversation_id

    def _change_atomically(
        self, conversation_id: str, change: LockChange[Result], *, create: bool = False
    ) -> Result | None:
        """Apply `change` to the stored lock (a new one if `create`), in one transaction."""
        key = self._key(conversation_id)
        outcome: list[Result | None] = []

        def attempt(pipe: Any) -> None:
            # Runs again from the top if another process wrote the key after the WATCH.
            outcome.clear()
            stored = pipe.get(key)
            if stored:
                lock = TicketLock.from_dict(json.loads(stored))
            elif create:
                lock = self.create_lock(conversation_id)
            else:  # expired and removed meanwhile: nothing to change
                outcome.append(None)
                return
            result, keep = change(lock)
            pipe.multi()
            if keep:
                pipe.set(key, lock.dumps())
            else:
                pipe.delete(key)
            outcome.append(result)

        self.red.transaction(attempt, key)
        return outcome[0]

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        try:
            ticket = self._change_atomically(
                conversation_id, lambda lock: (lock.issue_ticket(lock_lifetime), True), create=True
            )
        except Exception as error:  # the same error Rasa's own store raises
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error
        assert ticket is not None  # created above when missing
        return ticket

    def update_lock(self, conversation_id: str) -> None:
        def drop_expired(lock: TicketLock) -> tuple[None, bool]:
            lock.remove_expired_tickets()
            return None, True

        self._change_atomically(conversation_id, drop_expired)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        def finish(lock: TicketLock) -> tuple[None, bool]:
            lock.remove_ticket_for(ticket_number)
            return None, True

        self._change_atomically(conversation_id, finish)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        # Rasa finishes the ticket, then deletes the lock if nobody waits, in two steps:
        # a ticket issued in between would be deleted with it. One transaction here.
        def finish_and_drop_if_idle(lock: TicketLock) -> tuple[None, bool]:
            lock.remove_ticket_for(ticket_number)
            return None, lock.is_someone_waiting()

        self._change_atomically(conversation_id, finish_and_drop_if_idle)

    async def _acquire_lock(
        self, conversation_id: str, ticket: int, wait_time_in_seconds: float
    ) -> TicketLock:
        swept = time.monotonic()
        while True:
            lock = self.get_lock(conversation_id)
            if not lock:  # expired and removed: the same error as Rasa's
                raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")
            if not lock.is_locked(ticket):
                return lock
            await asyncio.sleep(poll_interval(ticket - (lock.now_serving or 0)))
            if time.monotonic() - swept >= EXPIRY_SWEEP_S:
                self.renew_and_sweep(conversation_id, ticket)
                swept = time.monotonic()

    def renew_and_sweep(self, conversation_id: str, ticket: int, lifetime: float = LOCK_LIFETIME) -> None:
        """Drop expired tickets, and keep this waiter's own ticket alive."""

        def renew(lock: TicketLock) -> tuple[None, bool]:
            for each in lock.tickets:
                if each.number == ticket:
                    each.expires = max(each.expires, time.time() + lifetime)
            lock.remove_expired_tickets()
            return None, True

        self._change_atomically(conversation_id, renew)


def poll_interval(turns_ahead: int) -> float:
    """Seconds a waiter sleeps before looking at the lock again."""
    return min(MAX_POLL_S, FIRST_POLL_S * max(1, turns_ahead))


class InProcessLockStore(InMemoryLockStore):
    """Rasa's in-memory lock store for one process: tickets that do not expire while
    their turn waits, and a waiter woken as soon as the turn before it is done.

    Turns of one conversation are taken in ticket order, and a ticket is issued when a
    message reaches the lock, so in the order this process received the messages.
    """

    def __init__(self, endpoint_config: EndpointConfig | None = None) -> None:
        # Rasa builds a lock store named by module path with `endpoint_config=` only.
        super().__init__()
        self._changed: dict[str, asyncio.Event] = {}

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        # Never expires: only this process's own turns hold tickets, and each gives its
        # ticket back when it ends (Rasa's `lock()` does so in `finally`, cancelled or not).
        return super().issue_ticket(conversation_id, float("inf"))

    def save_lock(self, lock: TicketLock) -> None:
        super().save_lock(lock)
        self._wake(lock.conversation_id)

    def delete_lock(self, conversation_id: str) -> None:
        super().delete_lock(conversation_id)
        self._wake(conversation_id)

    def _wake(self, conversation_id: str) -> None:
        event = self._changed.pop(conversation_id, None)
        if event is not None:
            event.set()

    async def _acquire_lock(
        self, conversation_id: str, ticket: int, wait_time_in_seconds: float
    ) -> TicketLock:
        while True:
            lock = self.get_lock(conversation_id)
            if not lock:
                raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")
            if not lock.is_locked(ticket):
                return lock
            # No await between the check above and taking the event: no wake-up is missed.
            changed = self._changed.setdefault(conversation_id, asyncio.Event())
            await changed.wait()
