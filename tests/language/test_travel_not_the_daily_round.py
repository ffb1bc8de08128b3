"""The piece's daily round told at the travel question (bot/language/facts.py
only_a_local_round, read by answers._yes_no_answer): wearing it to work or getting
there, "only weekdays for work", "I drive to work every day", "just to the office", "the
daily commute", "only around town" is no travel, whatever the classifier heard. Travel
told beside it still counts ("I travel for work most weeks", "weekdays at work, and I fly
monthly"). Phrasings are our own (US and NZ)."""

from __future__ import annotations

import pytest

from tests.language.readers import advice

KNOWN = {"item_type": "ring", "item_value": 3000.0, "wears_daily": True}
INTENTS = ["inform", "affirm", "deny"]


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(
    "text",
    [
        "only weekdays for work",
        "weekdays for work",
        "I drive to work every day",
        "just to the office",
        "I commute every day",
        "only to work and back",
        "I wear it to work every day",
        "just the daily commute",
        "I take the train to work daily",
        "only around town",
        "just around town",
        "just to work",
        "I go to the office five days a week",
        "Monday to Friday at work",
        "i bus to work every day",
    ],
)
def test_the_daily_round_is_no_travel(text: str, intent: str) -> None:
    assert advice(text, "travels_often", KNOWN, intent=intent).slots.get("travels_often") is False


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(
    "text",
    [
        "I travel for work most weeks",
        "I fly for work most weeks",
        "yes, I travel for work a lot",
        "I'm on the road for work every week",
        "I travel weekly for work",
        "weekdays at work, and I fly monthly",
        "I commute to Sydney every week",
        "I wear it to work and on trips",
        "every weekday to work, and overseas twice a year",
        "I go away for work most weeks",
        "we travel around the country a lot",
    ],
)
def test_travel_told_beside_it_is_travel(text: str, intent: str) -> None:
    assert advice(text, "travels_often", KNOWN, intent=intent).slots.get("travels_often") is True


@pytest.mark.parametrize(
    "text", ["weekdays for work", "I wear it to work every day", "only weekdays for work"]
)
def test_at_the_wear_question_it_is_still_most_days(text: str) -> None:
    known = {"item_type": "ring", "item_value": 3000.0}
    assert advice(text, "wears_daily", known).slots.get("wears_daily") is True
