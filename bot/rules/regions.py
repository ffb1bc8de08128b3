"""The two markets the assistant knows, and the currency of each: one place for them.

A policy is read as a US one unless the person says New Zealand or gives an amount in
NZ dollars; amounts are shown in the region's currency.
"""

from __future__ import annotations

REGIONS = ("US", "NZ")
# The region assumed when nothing tells (the person is told when it was assumed).
DEFAULT_REGION = "US"
CURRENCY_OF_REGION = {"US": "USD", "NZ": "NZD"}
REGION_OF_CURRENCY = {currency: region for region, currency in CURRENCY_OF_REGION.items()}
CURRENCIES = tuple(CURRENCY_OF_REGION.values())
DEFAULT_CURRENCY = CURRENCY_OF_REGION[DEFAULT_REGION]


def region_of(currency: str | None) -> str:
    """The region whose currency this is (the default region for anything else)."""
    return REGION_OF_CURRENCY.get(currency or "", DEFAULT_REGION)


def currency_of(region: str | None) -> str:
    """The currency amounts are shown in for a region's policy."""
    return CURRENCY_OF_REGION.get(region or "", DEFAULT_CURRENCY)


__all__ = [
    "CURRENCIES",
    "CURRENCY_OF_REGION",
    "DEFAULT_CURRENCY",
    "DEFAULT_REGION",
    "REGIONS",
    "currency_of",
    "region_of",
]
