"""Words every flow uses: an amount in the customer's currency, a piece by its name, a
code in words, and an amount as staff read it."""

from __future__ import annotations

from bot.rules.regions import DEFAULT_CURRENCY

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


def money(value: float, currency: str = DEFAULT_CURRENCY) -> str:
    """As the customer reads it: $8,500, NZ$3,000, $999.99."""
    sign = "NZ$" if currency == "NZD" else "$"
    if value != int(value):
        return f"{sign}{value:,.2f}"
    return f"{sign}{int(value):,}"


def item_name(item_type: str) -> str:
    return ITEM_NAMES.get(item_type, "piece")


# Pieces named in the plural ("your earrings are ..."), by code and by name.
PLURAL_ITEMS = frozenset({"earrings"})
PLURAL_NAMES = frozenset(ITEM_NAMES[code] for code in PLURAL_ITEMS)


def verbs_for(item: str) -> tuple[str, str]:
    """ "is", "costs" for a piece; "are", "cost" for one named in the plural (by its code
    or its name)."""
    return ("are", "cost") if item in PLURAL_ITEMS | PLURAL_NAMES else ("is", "costs")


def words(code: str) -> str:
    """A code as words: grading_report -> grading report."""
    return code.replace("_", " ")


def flow_name(code: str) -> str:
    """claim_intake_form -> claim intake."""
    return words(code.removesuffix("_form"))


def amount_with_code(value: float | None, currency: str) -> str:
    """As staff read it, the currency by its code and whole units: USD 9,000."""
    return "value not known: ask the claimant" if value is None else f"{currency} {value:,.0f}"


def thousands_read_as(said: str, value: float, currency: str = DEFAULT_CURRENCY) -> str:
    """A figure said short ("4.2" beside "3 grand") read as thousands, said back."""
    return f'I\'ve read "{said}" as {money(value, currency)}. If you meant another figure, tell me.'
