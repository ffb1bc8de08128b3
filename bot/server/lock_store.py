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

Here every change of a lock (issue a ticket, give one back, sweep expired ones) is one
Lua script that Redis runs on its own, so tickets are distinct and turns of one
conversation are taken one at a time on any process. The lock is stored as Rasa stores
it (`TicketLock.dumps`: a JSON object whose tickets are JSON strings), so Rasa's
`get_lock` reads it. A script is one round trip where a read, a change and a write were
three or more (a WATCH transaction: WATCH, GET, then MULTI/SET/EXEC), and none is retried.

Rasa calls its lock store synchronously on the event loop: while a Redis round trip was
in flight the process handled no other conversation (py-spy: a sixteenth of a scaled
Rasa process's time, waiting). Here `lock()` uses an asyncio Redis client (redis.asyncio)
in the process's event loop: a turn that need not wait costs two round trips (issue,
which also answers who is served now; give back), neither blocking the loop. The
synchronous methods Rasa's `LockStore` offers (issue_ticket, cleanup, ...) run the same
scripts with Rasa's own client.

Waiting for the lock: Rasa polls every second, so each queued turn of a conversation
waited up to a second after the one before it finished (a burst of 100 messages took
over 100 s). Here a waiter polls sooner the nearer it is to the front of the queue, and
clears expired tickets about once a second as Rasa does. A ticket expires
(TICKET_LOCK_LIFETIME, 60 s) so that a process that died holding it cannot block the
conversation for ever; a live waiter renews its own ticket at each sweep, so a message
queued behind a long burst keeps its place instead of expiring and being dropped. A turn
cancelled while its ticket is being issued or given back (a client gone) still gives it
back: the round trip is finished on its own, not abandoned with the ticket in Redis.
"""

from __future__ import annotations

import asyncio
import json
import time
import weakref
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Any

import redis
import redis.asyncio
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

# The next in line polls every FIRST_POLL_S; each one further back waits that much more,
# up to Rasa's one second (100 waiters poll Redis a few hundred times a second in all).
FIRST_POLL_S = 0.02
MAX_POLL_S = 1.0
EXPIRY_SWEEP_S = 1.0
NO_TICKET = -1

# Shared by the scripts: the live tickets of a stored lock (Rasa's `Ticket.has_expired`:
# now > expires), each kept in the text it was stored in; and writing a lock back.
_LUA_LOCK = """
local function read(key, now)
  local stored = redis.call('GET', key)
  if not stored then return nil end
  local lock = cjson.decode(stored)
  local tickets = {}
  for _, raw in ipairs(lock.tickets or {}) do
    local ticket = cjson.decode(raw)
    if ticket.expires >= now then
      tickets[#tickets + 1] = {number = ticket.number, expires = ticket.expires, raw = raw}
    end
  end
  return tickets, lock.conversation_id
end

local function write(key, conversation_id, tickets)
  local parts = {}
  for i, ticket in ipairs(tickets) do
    local raw = ticket.raw or string.format('{"number": %d, "expires": %.6f}', ticket.number, ticket.expires)
    parts[i] = cjson.encode(raw)
  end
  local text = '{"conversation_id": ' .. cjson.encode(conversation_id) .. ', "tickets": [' ..
    table.concat(parts, ', ') .. ']}'
  redis.call('SET', key, text)
  return text
end
"""
# ARGV: conversation id, now, lifetime. The lock is made if missing. Returns the new
# ticket, the ticket served now and the lock as stored.
ISSUE = (
    _LUA_LOCK
    + """
local now = tonumber(ARGV[2])
local tickets = read(KEYS[1], now) or {}
local number = 0
if #tickets > 0 then number = tickets[#tickets].number + 1 end
tickets[#tickets + 1] = {number = number, expires = now + tonumber(ARGV[3])}
local text = write(KEYS[1], ARGV[1], tickets)
return {number, tickets[1].number, text}
"""
)
# ARGV: now, ticket, 1 to remove the lock when nobody else holds a ticket (cleanup) or 0.
GIVE_BACK = (
    _LUA_LOCK
    + """
local tickets, conversation_id = read(KEYS[1], tonumber(ARGV[1]))
if not tickets then return 0 end
local left = {}
for _, ticket in ipairs(tickets) do
  if ticket.number ~= tonumber(ARGV[2]) then left[#left + 1] = ticket end
end
if #left == 0 and ARGV[3] == '1' then
  redis.call('DEL', KEYS[1])
else
  write(KEYS[1], conversation_id, left)
end
return 1
"""
)
# ARGV: now, ticket (NO_TICKET: none), lifetime. Drops expired tickets and keeps the
# given one alive; nothing when the lock is gone.
RENEW = (
    _LUA_LOCK
    + """
local now = tonumber(ARGV[1])
local tickets, conversation_id = read(KEYS[1], now)
if not tickets then return 0 end
for _, ticket in ipairs(tickets) do
  if ticket.number == tonumber(ARGV[2]) and ticket.expires < now + tonumber(ARGV[3]) then
    ticket.expires = now + tonumber(ARGV[3])
    ticket.raw = nil
  end
end
write(KEYS[1], conversation_id, tickets)
return 1
"""
)
SCRIPTS = {"issue": ISSUE, "give_back": GIVE_BACK, "renew": RENEW}


class AtomicRedisLockStore(RedisLockStore):
    """`RedisLockStore` whose ticket changes are atomic across processes, and whose
    `lock()` does not block the event loop."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        # Rasa builds a lock store named by module path with `endpoint_config=` only.
        settings = dict(endpoint_config.kwargs) if endpoint_config else {}
        settings.pop("type", None)
        if endpoint_config and endpoint_config.url:
            settings["host"] = endpoint_config.url
        settings.update(kwargs)
        super().__init__(**settings)
        self._scripts = {name: self.red.register_script(source) for name, source in SCRIPTS.items()}
        # One asyncio client per event loop (Rasa's server has one; tests make many).
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, AsyncRedis] = (
            weakref.WeakKeyDictionary()
        )

    def _key(self, conversation_id: str) -> str:
        return self.key_prefix + conversation_id

    # ------------------------------------------------------------ Rasa's synchronous API

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        try:
            number, _, _ = self._scripts["issue"](
                keys=[self._key(conversation_id)], args=[conversation_id, time.time(), lock_lifetime]
            )
        except Exception as error:  # the same error Rasa's own store raises
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error
        return int(number)

    def update_lock(self, conversation_id: str) -> None:
        self.renew_and_sweep(conversation_id, NO_TICKET)

    def renew_and_sweep(self, conversation_id: str, ticket: int, lifetime: float = LOCK_LIFETIME) -> None:
        """Drop expired tickets, and keep this waiter's own ticket alive."""
        self._scripts["renew"](keys=[self._key(conversation_id)], args=[time.time(), ticket, lifetime])

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        self._scripts["give_back"](keys=[self._key(conversation_id)], args=[time.time(), ticket_number, 0])

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        # Rasa finishes the ticket, then deletes the lock if nobody waits, in two steps:
        # a ticket issued in between would be deleted with it. One script here.
        self._scripts["give_back"](keys=[self._key(conversation_id)], args=[time.time(), ticket_number, 1])

    # ------------------------------------------------------------ the event loop's way

    def _client(self) -> AsyncRedis:
        loop = asyncio.get_running_loop()
        client = self._async.get(loop)
        if client is None:
            client = AsyncRedis(self.red)
            self._async[loop] = client
        return client

    @asynccontextmanager
    async def lock(
        self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME, wait_time_in_seconds: float = 1
    ) -> AsyncGenerator[TicketLock, None]:
        client = self._client()
        key = self._key(conversation_id)
        issuing = asyncio.ensure_future(client.issue(key, conversation_id, lock_lifetime))
        try:
            ticket, serving, stored = await asyncio.shield(issuing)
        except asyncio.CancelledError:
            issuing.add_done_callback(lambda done: self._give_back_issued(done, client, key))
            raise
        except Exception as error:  # the same error Rasa's own store raises
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error
        try:
            if serving == ticket:
                yield TicketLock.from_dict(json.loads(stored))
            else:
                yield await self._acquire_lock(conversation_id, ticket, wait_time_in_seconds)
        finally:
            # Finished even if this turn is cancelled meanwhile: the ticket never stays.
            await asyncio.shield(client.give_back(key, ticket))

    @staticmethod
    def _give_back_issued(
        issuing: asyncio.Future[tuple[int, int, str]], client: AsyncRedis, key: str
    ) -> None:
        """A ticket issued for a turn cancelled while waiting for it: give it back."""
        if issuing.cancelled() or issuing.exception() is not None:
            return
        ticket = issuing.result()[0]
        give_back = asyncio.ensure_future(client.give_back(key, ticket))
        give_back.add_done_callback(lambda done: done.cancelled() or done.exception())

    async def _acquire_lock(
        self, conversation_id: str, ticket: int, wait_time_in_seconds: float
    ) -> TicketLock:
        client = self._client()
        key = self._key(conversation_id)
        swept = time.monotonic()
        while True:
            stored = await client.redis.get(key)
            if not stored:  # expired and removed: the same error as Rasa's
                raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")
            lock = TicketLock.from_dict(json.loads(stored))
            if not lock.is_locked(ticket):
                return lock
            await asyncio.sleep(poll_interval(ticket - (lock.now_serving or 0)))
            if time.monotonic() - swept >= EXPIRY_SWEEP_S:
                await client.renew(key, ticket, LOCK_LIFETIME)
                swept = time.monotonic()

    async def close(self) -> None:
        """Close this event loop's Redis connections (at the server's shutdown)."""
        client = self._async.pop(asyncio.get_running_loop(), None)
        if client is not None:
            await client.redis.close()


class AsyncRedis:
    """An asyncio Redis client with the settings of a synchronous one, and the scripts."""

    def __init__(self, settings_from: redis.Redis) -> None:
        pool = settings_from.connection_pool
        connection_class: Any = (
            redis.asyncio.SSLConnection
            if issubclass(pool.connection_class, redis.SSLConnection)
            else redis.asyncio.Connection
        )
        self.redis = redis.asyncio.Redis(
            connection_pool=redis.asyncio.ConnectionPool(
                connection_class=connection_class, **pool.connection_kwargs
            )
        )
        self._scripts = {name: self.redis.register_script(source) for name, source in SCRIPTS.items()}

    async def issue(self, key: str, conversation_id: str, lifetime: float) -> tuple[int, int, str]:
        number, serving, stored = await self._scripts["issue"](
            keys=[key], args=[conversation_id, time.time(), lifetime]
        )
        return int(number), int(serving), stored.decode() if isinstance(stored, bytes) else str(stored)

    async def give_back(self, key: str, ticket: int) -> None:
        await self._scripts["give_back"](keys=[key], args=[time.time(), ticket, 1])

    async def renew(self, key: str, ticket: int, lifetime: float) -> None:
        await self._scripts["renew"](keys=[key], args=[time.time(), ticket, lifetime])


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
