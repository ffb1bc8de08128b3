"""Staff access: the staff token, server-side sessions, CSRF tokens, a sign-in throttle
that slows wrong tokens down without ever refusing the right one, and the client's
address behind a trusted proxy.

The token is exchanged once for a session cookie (random id, HttpOnly, SameSite=Strict);
the session itself, with its expiry and CSRF token, lives only in this process. Scripts
may instead send `Authorization: Bearer <token>` on each request.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web
from aiohttp.typedefs import Middleware

from bot.config import IPNetwork
from bot.forwarded import client_address as forwarded_client
from bot.forwarded import is_trusted, last_value, well_formed
from bot.tokens import token_matches

SESSION_COOKIE = "staff_session"
# Enough for a shop's staff; an attacker opening sessions cannot grow memory past it.
MAX_THROTTLED_ADDRESSES = 10_000
Clock = Callable[[], float]


def bearer_token(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() != "bearer":
        return None
    return value.strip() or None


@dataclass(frozen=True)
class StaffSession:
    id: str
    csrf_token: str
    expires_at: float
    # A bearer-token request: no cookie, so no cross-site request can carry it.
    from_bearer: bool = False
    # The staff member signed in (empty for the bearer token).
    name: str = ""

    def csrf_ok(self, given: str | None) -> bool:
        return self.from_bearer or token_matches(given, self.csrf_token)


@dataclass(frozen=True)
class ThrottlePolicy:
    """How long a sign-in attempt waits before its token is checked.

    Nobody is ever locked out: the wait grows with recent wrong tokens from the same
    address (and, gently, from all addresses), and is capped, so the right token always
    gets in, at worst after `max_address_delay_s + max_overall_delay_s`. Attempts still
    waiting count as wrong ones, so firing many at once from one address only makes each
    wait longer.
    """

    free_failures: int = 3  # a few typos cost nothing
    first_delay_s: float = 0.5  # then doubling: 0.5, 1, 2, 4, 8 s...
    max_address_delay_s: float = 10.0
    # Guessing from many addresses slows every attempt a little, never for long.
    free_overall: int = 30
    overall_step_s: float = 0.2
    max_overall_delay_s: float = 5.0
    window_s: float = 900.0  # wrong tokens older than this are forgotten

    def address_delay(self, failures: int) -> float:
        if failures <= self.free_failures:
            return 0.0
        exponent = min(failures - self.free_failures - 1, 30)  # no float overflow
        return float(min(self.max_address_delay_s, self.first_delay_s * 2**exponent))

    def overall_delay(self, failures: int) -> float:
        return min(self.max_overall_delay_s, self.overall_step_s * max(0, failures - self.free_overall))


Sleep = Callable[[float], Awaitable[None]]


class LoginThrottle:
    """Slows down sign-in attempts after wrong tokens, per address and overall."""

    def __init__(
        self,
        policy: ThrottlePolicy | None = None,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.policy = policy or ThrottlePolicy()
        self.clock = clock
        self.sleep = sleep
        self._failures: dict[str, deque[float]] = {}
        self._overall: deque[float] = deque(maxlen=MAX_THROTTLED_ADDRESSES)
        self._waiting: Counter[str] = Counter()

    def delay(self, address: str) -> float:
        """How long an attempt from `address` would wait now."""
        own = self._recent(address) + self._waiting[address]
        return self.policy.address_delay(own) + self.policy.overall_delay(self._recent_overall())

    async def attempt(self, address: str, token_is_right: Callable[[], bool]) -> bool:
        """Wait this address's delay, then check the token; a right one always passes."""
        wait = self.delay(address)
        self._waiting[address] += 1
        try:
            if wait > 0:
                await self.sleep(wait)
            right = token_is_right()
        finally:
            self._waiting[address] -= 1
            if self._waiting[address] <= 0:
                del self._waiting[address]
        if right:
            self.succeeded(address)
        else:
            self.failed(address)
        return right

    def failed(self, address: str) -> None:
        if address not in self._failures and len(self._failures) >= MAX_THROTTLED_ADDRESSES:
            self._forget_quiet_addresses()
        now = self.clock()
        self._failures.setdefault(address, deque()).append(now)
        self._overall.append(now)

    def succeeded(self, address: str) -> None:
        self._failures.pop(address, None)  # the staff member's own typos are forgiven

    def _recent(self, address: str) -> int:
        failures = self._failures.get(address)
        if failures is None:
            return 0
        while failures and self.clock() - failures[0] > self.policy.window_s:
            failures.popleft()
        if not failures:
            del self._failures[address]
        return len(failures)

    def _recent_overall(self) -> int:
        while self._overall and self.clock() - self._overall[0] > self.policy.window_s:
            self._overall.popleft()
        return len(self._overall)

    def _forget_quiet_addresses(self) -> None:
        """Bounded memory: drop the addresses with the fewest recent wrong tokens."""
        ranked = sorted(self._failures, key=lambda a: len(self._failures[a]))
        for address in ranked[: len(ranked) // 2]:
            del self._failures[address]


def client_address_middlewares(trusted: tuple[IPNetwork, ...]) -> list[Middleware]:
    """The middleware that sets `request.remote` to the client behind a trusted proxy
    (none when no proxy is configured: then `request.remote` is the direct peer).

    The address follows the rule the Rasa server's channels use (bot/forwarded.py); the
    header is believed only from a trusted peer, so a client talking to the app directly
    cannot pick its own address. From that proxy, X-Forwarded-Proto and -Host (the values
    it added) tell the app the original scheme and host. A malformed X-Forwarded-For is
    a 400.
    """
    if not trusted:
        return []

    @web.middleware
    async def behind_trusted_proxy(
        request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        peer = request.transport.get_extra_info("peername") if request.transport else None
        if not peer or not isinstance(peer, tuple | list) or not is_trusted(str(peer[0]), trusted):
            return await handler(request)  # a Unix socket, a closed connection, or not ours
        headers = request.headers.getall("X-Forwarded-For", [])
        if not headers:
            return await handler(request)
        if len(headers) > 1 or not well_formed(headers[0]):
            raise web.HTTPBadRequest(reason="Invalid X-Forwarded-For header")
        overrides: dict[str, str] = {"remote": forwarded_client(str(peer[0]), headers[0], trusted)}
        proto = last_value(request.headers.get("X-Forwarded-Proto"))
        if proto in {"http", "https"}:
            overrides["scheme"] = proto
        host = last_value(request.headers.get("X-Forwarded-Host"))
        if host:
            overrides["host"] = host
        return await handler(request.clone(**overrides))  # type: ignore[arg-type]

    return [behind_trusted_proxy]


def client_address(request: web.Request) -> str:
    return request.remote or "unknown"
