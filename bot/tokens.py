"""Comparing a presented secret with the configured one: one function for every token
(the Rasa API token, the staff token, a session's CSRF token)."""

from __future__ import annotations

import hmac


def token_matches(given: str | None, expected: str | None) -> bool:
    """Constant-time comparison, so response timing tells nothing about the token."""
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


__all__ = ["token_matches"]
