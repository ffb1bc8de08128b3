"""Who is calling: the client's address behind a trusted proxy, for every server here.

The Rasa server's channels (Sanic, bot/server/channels.py) and the web app (aiohttp,
bot/web/auth.py) read X-Forwarded-For with this one rule, so the same visitor has the
same address in both. Hand-written rather than aiohttp-remotes' XForwardedFiltered
because that library serves aiohttp only, and two readers of one header would drift.

The rule: the header is believed only when the direct peer is a trusted proxy
(TRUSTED_PROXIES, parsed once in bot/config.py). Then the hops are walked from the
right, past our own proxies, to the first address that is not one: the client. Hops a
client wrote itself come before that and are never reached.
"""

from __future__ import annotations

import ipaddress

from bot.config import IPNetwork

Networks = tuple[IPNetwork, ...]


def is_trusted(address: str, trusted: Networks) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip().strip("[]"))
    except ValueError:
        return False
    return any(ip in network for network in trusted)


def hops(forwarded_for: str | None) -> list[str]:
    return [hop.strip() for hop in (forwarded_for or "").split(",") if hop.strip()]


def well_formed(forwarded_for: str) -> bool:
    """Every hop is an IP address (the web app answers 400 otherwise)."""
    try:
        for hop in hops(forwarded_for):
            ipaddress.ip_address(hop.strip("[]"))
    except ValueError:
        return False
    return True


def client_address(peer: str, forwarded_for: str | None, trusted: Networks) -> str:
    """The caller's address: the peer, or, when the peer is a trusted proxy, the last
    X-Forwarded-For hop that is not one (when every hop is ours, the first)."""
    address = peer
    if not forwarded_for or not is_trusted(peer, trusted):
        return address
    for hop in reversed(hops(forwarded_for)):
        address = hop
        if not is_trusted(hop, trusted):
            break
    return address


def last_value(header: str | None) -> str | None:
    """The value our own proxy added to a comma-separated forwarded header (the last)."""
    values = hops(header)
    return values[-1] if values else None


__all__ = ["Networks", "client_address", "hops", "is_trusted", "last_value", "well_formed"]
