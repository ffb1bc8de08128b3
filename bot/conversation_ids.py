"""Conversation ids that only the web app can issue and any Rasa process can check.

An id is 128 random bits and an HMAC-SHA256 of them under CONVERSATION_SECRET (shared by
the web app and the Rasa server): `<32 hex>-<32 hex>`. It cannot be guessed, and one
made up or altered fails the check, so a sender id seen nowhere cannot be taken over or
invented. Nothing is stored: any process with the secret verifies any id. Changing the
secret ends every open conversation (the widget then asks for a new id).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

ID_PATTERN = re.compile(r"[0-9a-f]{32}-[0-9a-f]{32}")
# Domain separation: the same secret keys nothing else with the same input.
PURPOSE = b"jewelry-advisor conversation id\x00"


def _mac(secret: str, nonce: str) -> str:
    return hmac.new(secret.encode("utf-8"), PURPOSE + nonce.encode("ascii"), hashlib.sha256).hexdigest()[:32]


def issue_conversation_id(secret: str) -> str:
    nonce = secrets.token_hex(16)
    return f"{nonce}-{_mac(secret, nonce)}"


def is_issued(sender_id: object, secret: str | None) -> bool:
    """True only for an id made by `issue_conversation_id` with this secret."""
    if not secret or not isinstance(sender_id, str) or not ID_PATTERN.fullmatch(sender_id):
        return False
    nonce, mac = sender_id.split("-")
    return hmac.compare_digest(mac, _mac(secret, nonce))
