"""The single form's conversation lock (one Rasa process, endpoints.yml).

Rasa's InMemoryLockStore drops a message whose ticket expires while it queues (the
first test shows it); this one keeps every waiter, serves them in ticket order and hands
the conversation on as soon as a turn ends.
"""

from __future__ import annotations

import asyncio

from rasa.core.lock_store import InMemoryLockStore, LockError, LockStore
from rasa.utils.endpoints import EndpointConfig

from bot.server.lock_store import InProcessLockStore


async def queue_behind_a_long_turn(store: LockStore) -> list[str]:
    """What happened, in order: each turn's start ("first", "second") and the first turn's
    end ("first done")."""
    served: list[str] = []

    async def first() -> None:
        async with store.lock("c", lock_lifetime=0.2, wait_time_in_seconds=0.05):
            served.append("first")
            await asyncio.sleep(0.5)  # longer than a ticket lives
            served.append("first done")

    async def second() -> None:
        await asyncio.sleep(0.01)
        async with store.lock("c", lock_lifetime=0.2, wait_time_in_seconds=0.05):
            served.append("second")

    await asyncio.gather(first(), second())
    return served


async def test_rasa_own_in_memory_store_drops_a_message_that_waited_too_long() -> None:
    # Why the single form has its own store: the waiter's ticket expired, so the first
    # turn's ticket expired too and the second went ahead or failed.
    # Which of the two depends on whether the waiter's last poll lands just before its own
    # ticket ends or just after (both 0.2 s from its start); never after the first turn.
    try:
        served = await queue_behind_a_long_turn(InMemoryLockStore())
    except LockError:
        return  # dropped
    assert served == ["first", "second", "first done"]  # went ahead, inside the first turn


async def test_a_waiting_turn_keeps_its_place_however_long_the_turn_before_it() -> None:
    assert await queue_behind_a_long_turn(InProcessLockStore()) == ["first", "first done", "second"]


async def test_a_burst_is_served_one_at_a_time_in_arrival_order() -> None:
    store = InProcessLockStore()
    served: list[int] = []
    inside = 0
    most_inside = 0

    async def turn(n: int) -> None:
        nonlocal inside, most_inside
        await asyncio.sleep(0.001 * n)  # arrive in this order
        async with store.lock("burst"):
            inside += 1
            most_inside = max(most_inside, inside)
            served.append(n)
            await asyncio.sleep(0)  # a turn awaits I/O: others could run now
            inside -= 1

    await asyncio.gather(*(turn(n) for n in range(100)))
    assert served == list(range(100))
    assert most_inside == 1
    assert store.get_lock("burst") is None  # nobody waits: removed


async def test_the_next_turn_starts_when_the_last_ends_not_at_the_next_poll() -> None:
    # Rasa's store looks again after `wait_time_in_seconds`; here the end of a turn
    # wakes the next. Counted in loop iterations, not seconds: no wall-clock limit.
    store = InProcessLockStore()
    order: list[str] = []

    async def holder() -> None:
        async with store.lock("c", wait_time_in_seconds=3600):
            order.append("first")

    async def waiter() -> None:
        async with store.lock("c", wait_time_in_seconds=3600):
            order.append("second")

    # With an hour between polls this would not finish within the timeout below.
    await asyncio.wait_for(asyncio.gather(holder(), waiter()), timeout=60)
    assert order == ["first", "second"]


async def test_conversations_do_not_wait_for_each_other() -> None:
    store = InProcessLockStore()
    async with store.lock("a"), store.lock("b") as other:
        assert other.conversation_id == "b"


def test_rasa_builds_it_from_endpoints_yml() -> None:
    config = EndpointConfig(type="bot.server.lock_store.InProcessLockStore")
    assert isinstance(LockStore.create(config), InProcessLockStore)
