"""Staff access: the staff token, server-side sessions, CSRF tokens, a login throttle.

The token is exchanged once for a session cookie (random id, HttpOnly, SameSite=Strict);
the session itself, with its expiry and CSRF token, lives only in this process. Scripts
may instead send `Authorization: Bearer <token>` on each request.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

SESSION_COOKIE = "staff_session"
# Enough for a shop's staff; an attacker opening sessions cannot grow memory past it.
MAX_SESSIONS = 500
MAX_THROTTLED_ADDRESSES = 10_000
Clock = Callable[[], float]


def token_matches(given: str | None, expected: str | None) -> bool:
    """Constant-time comparison, so response timing tells nothing about the token."""
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


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

    def csrf_ok(self, given: str | None) -> bool:
        return self.from_bearer or token_matches(given, self.csrf_token)


class SessionBook:
    """Open staff sessions, each with an absolute expiry from login."""

    def __init__(self, minutes: int, clock: Clock = time.monotonic) -> None:
        self.lifetime_s = minutes * 60.0
        self.clock = clock
        self._sessions: dict[str, StaffSession] = {}

    def open(self) -> StaffSession:
        self._forget_expired()
        if len(self._sessions) >= MAX_SESSIONS:
            oldest = min(self._sessions.values(), key=lambda s: s.expires_at)
            del self._sessions[oldest.id]
        session = StaffSession(
            id=secrets.token_urlsafe(32),
            csrf_token=secrets.token_urlsafe(32),
            expires_at=self.clock() + self.lifetime_s,
        )
        self._sessions[session.id] = session
        return session

    def find(self, session_id: str | None) -> StaffSession | None:
        if not session_id:
            return None
        session = self._sessions.get(session_id)
        if session is None:
            return None
        if self.clock() >= session.expires_at:
            del self._sessions[session_id]
            return None
        return session

    def close(self, session_id: str | None) -> None:
        if session_id:
            self._sessions.pop(session_id, None)

    def _forget_expired(self) -> None:
        now = self.clock()
        for session_id in [s.id for s in self._sessions.values() if now >= s.expires_at]:
            del self._sessions[session_id]


class LoginThrottle:
    """Refuses logins from an address after too many wrong tokens in a short time."""

    def __init__(
        self, max_failures: int = 10, window_s: float = 300.0, clock: Clock = time.monotonic
    ) -> None:
        self.max_failures = max_failures
        self.window_s = window_s
        self.clock = clock
        self._failures: dict[str, deque[float]] = {}

    def blocked(self, address: str) -> bool:
        return len(self._recent(address)) >= self.max_failures

    def failed(self, address: str) -> None:
        if address not in self._failures and len(self._failures) >= MAX_THROTTLED_ADDRESSES:
            self._failures.clear()  # bounded memory; a flood of addresses only resets counts
        self._recent(address).append(self.clock())

    def succeeded(self, address: str) -> None:
        self._failures.pop(address, None)

    def _recent(self, address: str) -> deque[float]:
        failures = self._failures.setdefault(address, deque())
        while failures and self.clock() - failures[0] > self.window_s:
            failures.popleft()
        return failures
