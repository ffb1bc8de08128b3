"""Worn most days, told by when the piece comes off or how many days it is on, whatever
the classifier heard ("only", "not" and "never" in these are no hedge of the habit)."""

from __future__ import annotations

import pytest

from tests.language.readers import advice

INTENTS = ("inform", "deny", "affirm")


@pytest.mark.parametrize(
    "text",
    [
        "only take it off to shower",
        "she only takes it off for milking",
        "it lives on my finger",
        "only off at night",
        "only ever off when I'm in the garden",
        "5 days a week",
        "four days a week at least",
        "I'd say 6 days out of 7",
        "weekdays for work",
        "every workday, not weekends",
        "wear it to work mon-fri",
        # Read before the no and the hedges, and "work days" said alone (not only the twin
        # of facts.OFTEN_WEAR): yes_no.WORN_MOST_DAYS.
        "no, I only wear it Monday to Friday",
        "just for work days",
        "on workdays only",
        "work days",
        "nah, only wearing it Mon-Fri for the office",
        "i wear it to work every day",
        "whenever I'm not cooking",
        "it doesn't come off",
        "since the wedding it hasn't left my hand",
        "not a day goes by without it",
        "not every single day but most",
        "it's on me more than it's off",
        "on and off but mostly on",
        "my wife wears it constantly",
        "all day every day",
        "24/7 mate",
    ],
)
def test_worn_most_days(text: str) -> None:
    for intent in INTENTS:
        assert advice(text, "wears_daily", intent=intent).slots.get("wears_daily") is True, intent


@pytest.mark.parametrize(
    "text",
    [
        "only at weekends, not weekdays",
        "weekends mostly, never on weekdays",
        "no, just for nights out",
        "2 days a week",
        "3 days a week",
        "not often, but most weekends",
        "only for special occasions",
        "no, I rotate them",
        "only when we go out",
        "once a week maybe",
        "not really, only to church on sundays",
        "just weekends",
    ],
)
def test_not_worn_most_days(text: str) -> None:
    for intent in ("inform", "deny"):
        assert advice(text, "wears_daily", intent=intent).slots.get("wears_daily") is False, intent
