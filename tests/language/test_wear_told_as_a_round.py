"""Worn most days, told as the day's round rather than as "every day" (issue 12; session
20's kind, from kept-aside codes: four writers' worn-daily answers stored as not worn
most days). New phrasings, US and NZ, with the ones that must not change."""

from __future__ import annotations

import pytest

from tests.language.readers import advice

RING = {"item_type": "ring"}


def worn(text: str) -> object:
    return advice(text, "wears_daily", RING).slots.get("wears_daily")


@pytest.mark.parametrize(
    "text",
    [
        "it comes off for work (I'm a chef) but I have it on the rest of the time",
        "I take it off every night and put it back on in the morning",
        "it goes on when I get dressed and off when I go to bed",
        "whenever I leave the house",
        "its on my wrist from morning til night",
        "day in, day out",
        "yes weekdays, the weekend it's in the jewellery box",
        "mon to fri for sure",
        "I'm a nurse so I take it off at work, but otherwise yes",
    ],
)
def test_the_daily_round_is_most_days(text: str) -> None:
    assert worn(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "it sits in a box unless there's a wedding",
        "no, she keeps it for best",
        "no, just for nights out",
        "wore it every day till the kids came, now it lives in the box",
        "only on weekends",
        "not every day, maybe twice a week",
    ],
)
def test_not_most_days_stays(text: str) -> None:
    assert worn(text) is False
