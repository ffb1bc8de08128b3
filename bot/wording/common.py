"""Words every flow uses: an amount in the customer's currency, a piece by its name."""

from __future__ import annotations

ITEM_NAMES = {
    "ring": "ring",
    "engagement_ring": "engagement ring",
    "earrings": "earrings",
    "necklace": "necklace",
    "bracelet": "bracelet",
    "watch": "watch",
    "pendant": "pendant",
    "other": "piece",
}


def money(value: float, currency: str = "USD") -> str:
    sign = "NZ$" if currency == "NZD" else "$"
    if value != int(value):
        return f"{sign}{value:,.2f}"
    return f"{sign}{int(value):,}"


def item_name(item_type: str) -> str:
    return ITEM_NAMES.get(item_type, "piece")
