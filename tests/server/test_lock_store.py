"""The scaled form's conversation lock, on the machine's real Redis.

Two Rasa processes that take turns of one conversation at once must get distinct
tickets; Rasa's own RedisLockStore can hand both the same one (the first test shows
how), which lost a user message in the scaled form.
"""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from rasa.core.lock import TicketLock
from rasa.core.lock_store import RedisLockStore
from rasa.utils.endpoints import EndpointConfig

from bot.server.lock_store import FIRST_POLL_S, AtomicRedisLockStore, poll_interval
from tests.conftest import missing_service

HOST = os.environ.get("REDIS_HOST", "127.0.0.1")
PORT = int(os.environ.get("REDIS_PORT", "6379"))
DB = int(os.environ.get("REDIS_DB", "1"))


@pytest.fixture
def prefix() -> Iterator[str]:
    import redis

    client = redis.Redis(host=HOST, port=PORT, db=DB, socket_timeout=3)
    try:
        client.ping()
    except Exception as error:
        missing_service(f"Redis not reachable at {HOST}:{PORT}: {type(error).__name__}")
    name = f"locktest{uuid.uuid4().hex[:10]}"
    yield name
    for key in client.scan_iter(f"{name}:*"):
        client.delete(key)
    client.close()


def atomic_store(prefix: str) -> AtomicRedisLockStore:
    config = EndpointConfig(url=HOST, port=PORT, db=DB, key_prefix=prefix, type="x.Y")
    return AtomicRedisLockStore(endpoint_config=config)


class InterruptedOnce:
    """Mixin: the first time a lock is read, another process issues a ticket meanwhile."""

    other: RedisLockStore
    others_ticket: int | None = None

    def interrupt(self, conversation_id: str) -> None:
        if self.others_ticket is None:
            self.others_ticket = self.other.issue_ticket(conversation_id)


class RasaStoreInterrupted(InterruptedOnce, RedisLockStore):
    def get_lock(self, conversation_id: str) -> TicketLock | None:
        lock = super().get_lock(conversation_id)
        self.interrupt(conversation_id)
        return lock


def test_rasa_own_store_gives_two_processes_the_same_ticket(prefix: str) -> None:
    # Why the project has its own store: read, change, write is not atomic.
    store = RasaStoreInterrupted(host=HOST, port=PORT, db=DB, key_prefix=prefix)
    store.other = RedisLockStore(host=HOST, port=PORT, db=DB, key_prefix=prefix)
    ticket = store.issue_ticket("conversation")
    # Both processes hold ticket 0, so both would take their turn at once.
    assert ticket == store.others_ticket == 0


def test_the_lock_is_stored_as_rasa_stores_it(prefix: str) -> None:
    # Changed inside Redis by a script, read by Rasa's own code (get_lock, from_dict), and
    # a lock Rasa's store wrote is carried on by the scripts.
    store = atomic_store(prefix)
    rasa_store = RedisLockStore(host=HOST, port=PORT, db=DB, key_prefix=prefix)
    assert store.key_prefix == rasa_store.key_prefix
    rasa_store.issue_ticket("conversation", lock_lifetime=30)  # ticket 0, Rasa's way
    assert store.issue_ticket("conversation", lock_lifetime=30) == 1
    lock = rasa_store.get_lock("conversation")
    assert lock is not None and lock.conversation_id == "conversation"
    assert [ticket.number for ticket in lock.tickets] == [0, 1]
    assert all(time.time() + 29 < ticket.expires <= time.time() + 30 for ticket in lock.tickets)
    store.finish_serving("conversation", 0)
    lock = rasa_store.get_lock("conversation")
    assert lock is not None and lock.now_serving == 1 and not lock.is_locked(1)
    store.cleanup("conversation", 1)
    assert rasa_store.get_lock("conversation") is None


def test_expired_tickets_are_swept_and_a_waiter_renews_its_own(prefix: str) -> None:
    store = atomic_store(prefix)
    store.issue_ticket("c", lock_lifetime=-1)  # ticket 0, already expired (a dead process)
    store.issue_ticket("c", lock_lifetime=0.5)  # ticket 0 again: the expired one was dropped
    lock = store.get_lock("c")
    assert lock is not None and [t.number for t in lock.tickets] == [0]
    store.issue_ticket("c", lock_lifetime=0.5)  # ticket 1
    store.renew_and_sweep("c", 1, lifetime=60)
    lock = store.get_lock("c")
    assert lock is not None
    assert {t.number: t.expires > time.time() + 50 for t in lock.tickets} == {0: False, 1: True}


async def test_lock_does_not_call_redis_synchronously(prefix: str) -> None:
    # Rasa calls its lock store on the event loop: a synchronous round trip stops every
    # other conversation of the process meanwhile.
    store = atomic_store(prefix)

    class NoBlocking:
        def __getattr__(self, name: str) -> Any:
            raise AssertionError(f"synchronous Redis call {name} on the event loop")

    settings_from = store.red
    store._client()  # the asyncio client takes its settings from the synchronous one
    store.red = NoBlocking()  # type: ignore[assignment]
    store._scripts = {}
    try:
        async with store.lock("c"):
            pass
        waiter_served = asyncio.Event()

        async def waiter() -> None:
            async with store.lock("c", wait_time_in_seconds=0.01):
                waiter_served.set()

        async with store.lock("c"):
            waiting = asyncio.ensure_future(waiter())
            await asyncio.sleep(0.1)
            assert not waiter_served.is_set()
        await asyncio.wait_for(waiting, 5)
        assert waiter_served.is_set()
    finally:
        store.red = settings_from
        await store.close()
    assert store.get_lock("c") is None  # given back: nobody waits


async def test_two_processes_take_turns_of_one_conversation_one_at_a_time(prefix: str) -> None:
    stores = [atomic_store(prefix), atomic_store(prefix)]
    inside: list[int] = []
    overlaps: list[int] = []
    served: list[int] = []

    async def turn(n: int) -> None:
        await asyncio.sleep(0.002 * n)
        async with stores[n % 2].lock("shared"):
            if inside:
                overlaps.append(n)
            inside.append(n)
            await asyncio.sleep(0.005)
            served.append(n)
            inside.remove(n)

    await asyncio.wait_for(asyncio.gather(*(turn(n) for n in range(30))), 30)
    assert overlaps == []
    assert sorted(served) == list(range(30))
    assert stores[0].get_lock("shared") is None
    for store in stores:
        await store.close()


async def test_a_turn_cancelled_while_it_waits_gives_its_ticket_back(prefix: str) -> None:
    store = atomic_store(prefix)
    async with store.lock("c"):
        waiting = asyncio.ensure_future(store.lock("c").__aenter__())
        await asyncio.sleep(0.1)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        await asyncio.sleep(0.05)
        lock = store.get_lock("c")
        assert lock is not None and [t.number for t in lock.tickets] == [0]
    assert store.get_lock("c") is None
    # The next turn goes ahead at once: no ticket of the cancelled one left in the queue.
    async with asyncio.timeout(1):
        async with store.lock("c"):
            pass
    await store.close()


def test_many_processes_at_once_each_get_a_distinct_ticket(prefix: str) -> None:
    stores = [atomic_store(prefix) for _ in range(8)]

    def take(index: int) -> list[int]:
        return [stores[index].issue_ticket("busy", lock_lifetime=600) for _ in range(40)]

    with ThreadPoolExecutor(max_workers=8) as pool:
        tickets = [ticket for batch in pool.map(take, range(8)) for ticket in batch]
    assert sorted(tickets) == list(range(320))


async def test_turns_of_one_conversation_are_served_in_ticket_order(prefix: str) -> None:
    first, second = atomic_store(prefix), atomic_store(prefix)
    async with first.lock("conversation", wait_time_in_seconds=0.01):
        ticket = second.issue_ticket("conversation")
        lock = second.get_lock("conversation")
        assert lock is not None and lock.is_locked(ticket)  # waits for the first turn
    # The first turn's cleanup kept the lock, since the second is waiting.
    lock = second.get_lock("conversation")
    assert lock is not None and not lock.is_locked(ticket)
    second.cleanup("conversation", ticket)
    assert second.get_lock("conversation") is None  # nobody waits: removed


def test_an_expired_lock_is_not_recreated_by_cleanup(prefix: str) -> None:
    store = atomic_store(prefix)
    store.cleanup("gone", 0)
    store.update_lock("gone")
    assert store.get_lock("gone") is None


async def test_a_queue_of_turns_is_handed_on_quickly_and_in_order(
    prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Rasa polls a waiting turn's lock once a second: 10 queued turns of 10 ms took ~10 s.
    # As Rasa calls it: the default wait (1 s) is what the store is given. The waits the
    # store decides are recorded, not timed (a loaded machine would make a clock flaky).
    decided: list[float] = []

    def recorded(turns_ahead: int) -> float:
        decided.append(poll_interval(turns_ahead))
        return decided[-1]

    monkeypatch.setattr("bot.server.lock_store.poll_interval", recorded)
    store = atomic_store(prefix)
    served: list[int] = []

    async def turn(n: int) -> None:
        await asyncio.sleep(0.005 * n)  # arrive in this order
        async with store.lock("burst"):
            served.append(n)
            await asyncio.sleep(0.01)

    await asyncio.gather(*(turn(n) for n in range(10)))
    assert served == list(range(10))
    assert decided, "the queued turns waited without polling"
    # Nine turns queued behind one: every look again comes well before Rasa's second.
    assert max(decided) <= 10 * FIRST_POLL_S < 1.0


def test_the_nearer_the_front_the_sooner_a_waiter_looks_again() -> None:
    assert poll_interval(1) < poll_interval(10) < poll_interval(1000) == 1.0


async def test_a_waiting_turn_keeps_its_place_past_the_ticket_lifetime(prefix: str) -> None:
    # A burst's last message waits longer than a ticket lives: with Rasa's sweep its
    # ticket expired and the message was never handled.
    store = atomic_store(prefix)
    served: list[str] = []

    async def first() -> None:
        async with store.lock("long", lock_lifetime=5):
            served.append("first")
            await asyncio.sleep(3.5)

    async def second() -> None:
        await asyncio.sleep(0.05)
        async with store.lock("long", lock_lifetime=2):  # would expire while waiting
            served.append("second")

    await asyncio.wait_for(asyncio.gather(first(), second()), timeout=10)
    assert served == ["first", "second"]
