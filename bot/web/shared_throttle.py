"""The sign-in throttle shared by every web process (the scaled form), its counts in Redis.

`LoginThrottle` (bot/web/auth.py) counts wrong tokens in its own process: with two web
processes behind HAProxy an attacker would get each process's free attempts and delays
separately. This keeps the same policy with the counts in Redis, so every process sees
every wrong token: per address a sorted set of failure times, one for all addresses, and
a count of the attempts still waiting. Times are wall-clock (processes do not share a
monotonic clock); keys expire with the policy's window, so memory stays bounded.

Addresses are stored only as a keyed hash (BLAKE2b with a per-prefix key): Redis holds no
client address. If Redis cannot be reached, the process falls back to its own counts
(the single form's behaviour) and says so in its log, without the address: once when
Redis goes away (not at every call: a sign-in makes five) and once when it answers again.
Configured by STAFF_THROTTLE_REDIS_URL (scripts/scaled.py sets it); unset, the web app
uses `LoginThrottle`.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
import secrets
import time
from collections.abc import Callable
from typing import Any

import redis

from bot.web.auth import MAX_THROTTLED_ADDRESSES, Clock, LoginThrottle, Sleep, ThrottlePolicy

logger = logging.getLogger(__name__)


class SharedLoginThrottle(LoginThrottle):
    """`LoginThrottle` whose counts live in Redis, shared by every web process."""

    def __init__(
        self,
        client: Any,
        prefix: str = "advisor-throttle",
        policy: ThrottlePolicy | None = None,
        clock: Clock = time.time,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        super().__init__(policy, clock=clock, sleep=sleep)
        self.client = client
        self.prefix = prefix
        self._hash_key = hashlib.blake2b(prefix.encode(), digest_size=32).digest()
        self._alone = False  # counting alone since Redis last failed (logged once)

    @classmethod
    def from_url(cls, url: str, prefix: str = "advisor-throttle") -> SharedLoginThrottle:
        return cls(redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2), prefix)

    def _key(self, kind: str, address: str | None = None) -> str:
        if address is None:
            return f"{self.prefix}:{kind}"
        hashed = hashlib.blake2b(address.encode(), key=self._hash_key, digest_size=16).hexdigest()
        return f"{self.prefix}:{kind}:{hashed}"

    def _ttl(self) -> int:
        return max(1, math.ceil(self.policy.window_s))

    def delay(self, address: str) -> float:
        try:
            oldest = self.clock() - self.policy.window_s
            pipe = self.client.pipeline()
            pipe.zremrangebyscore(self._key("failed", address), "-inf", oldest)
            pipe.zcard(self._key("failed", address))
            pipe.get(self._key("waiting", address))
            pipe.zremrangebyscore(self._key("failed-all"), "-inf", oldest)
            pipe.zcard(self._key("failed-all"))
            _, own, waiting, _, overall = pipe.execute()
        except redis.RedisError as error:
            return self._local("delay", error, lambda: super(SharedLoginThrottle, self).delay(address))
        self._shared_again()
        own_count = int(own) + max(0, int(waiting or 0))
        return self.policy.address_delay(own_count) + self.policy.overall_delay(int(overall))

    async def attempt(self, address: str, token_is_right: Callable[[], bool]) -> bool:
        # Redis calls block: in a worker thread, as the app does with its database calls.
        wait = await asyncio.to_thread(self.delay, address)
        waiting = self._key("waiting", address)
        counted = await asyncio.to_thread(self._change_waiting, waiting, +1)
        try:
            if wait > 0:
                await self.sleep(wait)
            right = token_is_right()
        finally:
            if counted:
                await asyncio.to_thread(self._change_waiting, waiting, -1)
        await asyncio.to_thread(self.succeeded if right else self.failed, address)
        return right

    def _change_waiting(self, key: str, by: int) -> bool:
        try:
            pipe = self.client.pipeline()
            pipe.incrby(key, by)
            pipe.expire(key, self._ttl())
            pipe.execute()
        except redis.RedisError as error:
            self._local("waiting count", error, lambda: None)
            return False
        self._shared_again()
        return True

    def failed(self, address: str) -> None:
        now = self.clock()
        member = f"{now!r}:{secrets.token_hex(4)}"  # two failures at one instant are two
        try:
            pipe = self.client.pipeline()
            pipe.zadd(self._key("failed", address), {member: now})
            pipe.expire(self._key("failed", address), self._ttl())
            pipe.zadd(self._key("failed-all"), {member: now})
            # The overall count is only ever compared with small numbers: keep it bounded.
            pipe.zremrangebyrank(self._key("failed-all"), 0, -MAX_THROTTLED_ADDRESSES - 1)
            pipe.expire(self._key("failed-all"), self._ttl())
            pipe.execute()
        except redis.RedisError as error:
            self._local("failure", error, lambda: super(SharedLoginThrottle, self).failed(address))
            return
        self._shared_again()

    def succeeded(self, address: str) -> None:
        try:
            self.client.delete(self._key("failed", address))
        except redis.RedisError as error:
            self._local("success", error, lambda: None)
        else:
            self._shared_again()
        super().succeeded(address)

    def _local(self, what: str, error: Exception, fallback: Callable[[], Any]) -> Any:
        if not self._alone:
            self._alone = True
            logger.warning(
                "sign-in throttle: Redis unavailable (%s) for the %s; this process counts alone "
                "until it answers again",
                type(error).__name__,
                what,
            )
        return fallback()

    def _shared_again(self) -> None:
        if self._alone:
            self._alone = False
            logger.warning("sign-in throttle: Redis answers again; the counts are shared again")
