"""The sign-in throttle shared by web processes (bot/web/shared_throttle.py), on the
machine's real Redis: what one process counts, the other one sees."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator

import pytest
import redis

from bot.web.auth import ThrottlePolicy
from bot.web.shared_throttle import SharedLoginThrottle
from tests.conftest import missing_service

HOST = os.environ.get("REDIS_HOST", "127.0.0.1")
PORT = int(os.environ.get("REDIS_PORT", "6379"))
DB = int(os.environ.get("REDIS_DB", "1"))
POLICY = ThrottlePolicy(
    free_failures=1, first_delay_s=1, max_address_delay_s=4, free_overall=3,
    overall_step_s=0.5, max_overall_delay_s=1, window_s=100,
)  # fmt: skip


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def client() -> Iterator[redis.Redis]:
    connection = redis.Redis(host=HOST, port=PORT, db=DB, socket_timeout=3)
    try:
        connection.ping()
    except redis.RedisError as error:
        missing_service(f"Redis not reachable at {HOST}:{PORT}: {type(error).__name__}")
    yield connection
    connection.close()


@pytest.fixture
def prefix(client: redis.Redis) -> Iterator[str]:
    name = f"throttletest{uuid.uuid4().hex[:10]}"
    yield name
    for key in client.scan_iter(f"{name}:*"):
        client.delete(key)


def two_processes(client: redis.Redis, prefix: str, clock: Clock) -> tuple[SharedLoginThrottle, ...]:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    return tuple(SharedLoginThrottle(client, prefix, POLICY, clock=clock, sleep=sleep) for _ in range(2))


async def test_wrong_tokens_at_one_process_slow_the_other_down(client: redis.Redis, prefix: str) -> None:
    clock = Clock()
    first, second = two_processes(client, prefix, clock)
    for _ in range(3):
        assert not await first.attempt("203.0.113.7", lambda: False)
    # The second process never saw these attempts itself.
    assert second.delay("203.0.113.7") == 2.0
    assert not await second.attempt("203.0.113.7", lambda: False)
    assert first.delay("203.0.113.7") == 4 + 0.5  # capped for the address; 4 wrong overall
    assert second.delay("198.51.100.9") == 0.5  # another address: only the overall part
    # The right token always gets in, and forgives the address's own wrong tokens everywhere.
    assert await second.attempt("203.0.113.7", lambda: True)
    assert first.delay("203.0.113.7") == 0.5
    clock.now += 101  # past the window: forgotten
    assert first.delay("198.51.100.9") == 0


async def test_attempts_waiting_at_another_process_count(client: redis.Redis, prefix: str) -> None:
    clock = Clock()
    gate = asyncio.Event()

    async def held(_seconds: float) -> None:
        await gate.wait()

    policy = ThrottlePolicy(free_failures=0, first_delay_s=1, max_address_delay_s=8)
    first = SharedLoginThrottle(client, prefix, policy, clock=clock, sleep=held)
    second = SharedLoginThrottle(client, prefix, policy, clock=clock, sleep=held)
    assert not await first.attempt("a", lambda: False)  # one wrong: the next waits 1 s
    pending = asyncio.ensure_future(first.attempt("a", lambda: False))
    for _ in range(1000):  # until the first process counts it as waiting (a worker thread)
        if int(client.get(first._key("waiting", "a")) or 0) > 0:
            break
        await asyncio.sleep(0.01)
    assert second.delay("a") == 2  # one wrong and one still waiting at the first process
    gate.set()
    await pending
    assert second.delay("a") == 2


def test_redis_holds_no_client_address(client: redis.Redis, prefix: str) -> None:
    clock = Clock()
    first, _ = two_processes(client, prefix, clock)
    asyncio.run(first.attempt("203.0.113.7", lambda: False))
    keys = [key.decode() for key in client.scan_iter(f"{prefix}:*")]
    assert keys and not any("203.0.113.7" in key for key in keys)
    for key in keys:
        if client.type(key) == b"zset":
            assert not any(b"203.0.113" in member for member in client.zrange(key, 0, -1))


async def test_without_redis_a_process_counts_alone() -> None:
    gone = redis.Redis(host="127.0.0.1", port=1, socket_timeout=0.5, socket_connect_timeout=0.5)
    clock = Clock()
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    throttle = SharedLoginThrottle(gone, "x", POLICY, clock=clock, sleep=sleep)
    for _ in range(3):
        assert not await throttle.attempt("a", lambda: False)
    assert waits == [1]  # still throttled (the third wrong token waits), on its own counts
    assert await throttle.attempt("a", lambda: True)


async def test_without_redis_the_log_says_so_once_and_again_when_it_is_back(
    client: redis.Redis, prefix: str, caplog: pytest.LogCaptureFixture
) -> None:
    gone = redis.Redis(host="127.0.0.1", port=1, socket_timeout=0.5, socket_connect_timeout=0.5)

    async def sleep(_seconds: float) -> None:
        return None

    throttle = SharedLoginThrottle(gone, prefix, POLICY, clock=Clock(), sleep=sleep)
    with caplog.at_level("WARNING", logger="bot.web.shared_throttle"):
        for _ in range(3):  # five Redis calls each
            await throttle.attempt("203.0.113.9", lambda: False)
        alone = [r.getMessage() for r in caplog.records]
        assert len(alone) == 1 and "counts alone" in alone[0]
        throttle.client = client  # Redis is back
        await throttle.attempt("203.0.113.9", lambda: False)
        await throttle.attempt("203.0.113.9", lambda: False)
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2 and "shared again" in messages[1]
    assert all("203.0.113.9" not in m for m in messages)
