"""The guide's wear and travel questions, read by kind (issue 12, realistic customers'
words; bot/language/yes_no.py, facts.py and answers.py):

- worn all the time said with two negatives or "without" ("I don't go anywhere without
  it", "I'd feel naked without it", "it doesn't leave my finger"): yes;
- worn for part of every day ("I wear it to work and take it off at home", "on during
  the day, off at night"): yes;
- someone else's trips set against the person's own ("my husband travels heaps but I
  don't"): the person's own words decide;
- a life away told without "travel" ("I'm always away for work", "away half the month"):
  often;
- a habit answered unsure ("a few times a year?", "I think so? I've only had it a week"):
  put down and said back.

Phrasings are our own (US and NZ); the negatives must not change."""

from __future__ import annotations

import pytest

from tests.language.readers import advice

INTENTS = ("inform", "affirm", "deny")


@pytest.mark.parametrize(
    "text",
    [
        "I don't take it off except to shower",
        "she doesn't take them out, even to sleep",  # earrings
        "honestly I don't really take it off",
        "not a day goes by that I don't have it on",
        "there's never a day I don't wear it",
        "I don't go anywhere without it",
        "she'd never leave the house without it",
        "I wouldn't be seen dead without it",
        "I'd feel naked without it",
        "feels weird without it on tbh",  # NZ
        "I'm lost without it",
        "it doesn't leave my finger",
        "hasn't been off since he proposed",
        "it's basically glued to my wrist",
        "it's always on",
        "they're pretty much always on my ears",
        "I can't go a day without it",
        "nah, it never leaves her hand",  # NZ
        # "off" denied, with a "no" or "nah" before the habit told.
        "never off",
        "nope, never off",
        "hardly ever off",
        "never had it off",
        "it's not coming off",
        "I'm not one to take it off",
        "no reason to take it off",
        "I wouldn't dream of taking it off",
        "I don't think I've taken it off since we got married",
        "not once since the wedding has it come off",
        "well no, it only comes off at night",
        "no, it stays on",
        "nah I always have it on",  # NZ
        "not really, it's on my finger all the time",
        "can't get it off actually lol",
        "it's too tight to take off",
    ],
)
def test_worn_all_the_time_said_with_two_negatives(text: str) -> None:
    for intent in INTENTS:
        assert advice(text, "wears_daily", intent=intent).slots.get("wears_daily") is True, intent


@pytest.mark.parametrize(
    "text",
    [
        "I wear it to work and then take it off at home",
        "wear it at work, it comes off when I'm home",
        "I take it off when I get home from work",
        "she takes it off as soon as she walks in the door",
        "on during the day, off at night",
        "I take it off at night",
        "I put it on every morning",
        "she puts it on first thing",  # NZ
        "has it on for work every day then off for the gym",
    ],
)
def test_worn_for_part_of_every_day(text: str) -> None:
    assert advice(text, "wears_daily").slots.get("wears_daily") is True


@pytest.mark.parametrize(
    "text",
    [
        "I don't wear it much",
        "I don't take it out of the box much",
        "I don't take them out much",
        "no, I don't wear it every day",
        "I don't go out in it",
        "I don't wear it to work",
        "nah, only to work dos",  # NZ: work functions, not work
        "I'd be lost without it but I only wear it on weekends",
        "only for special occasions, I'd hate to lose it",
    ],
)
def test_not_worn_most_days_stays_so(text: str) -> None:
    assert advice(text, "wears_daily").slots.get("wears_daily") is not True


@pytest.mark.parametrize(
    "text",
    [
        "it stays on the dresser mostly",
        "never off work lol",
        "I never wear it, I take it off as soon as I get to work",
        "I never take it out of the safe",
        "it's always on the dresser",
        "I wear it to work functions",
        "weekends I wear it to work",
    ],
)
def test_no_daily_habit_read_where_none_is_told(text: str) -> None:
    assert advice(text, "wears_daily").slots.get("wears_daily") is not True


@pytest.mark.parametrize(
    "text",
    [
        "my husband travels heaps but I don't",  # NZ
        "my wife flies every month for work but I stay home",
        "he's overseas all the time, I never go",
        "the kids travel a lot, not me",
        "he travels, I don't",
        "my hubby's always away but I stay put",  # NZ
        "they go overseas every year but I don't go",
        "my partner's away a lot but the ring stays with me at home",
    ],
)
def test_someone_elses_trips_are_not_the_persons(text: str) -> None:
    assert advice(text, "travels_often").slots.get("travels_often") is False


@pytest.mark.parametrize(
    "text",
    [
        "we go to the bach most weekends but I don't take it",  # NZ
        "I travel heaps but never with the ring",
        "I'm away a lot but I don't bring it",
        "we travel a lot but I'd never take it overseas",
        "we travel but I don't wear it on trips",
        "I never take it anywhere",
        "too busy with the kids to go anywhere",
        "none planned",
    ],
)
def test_the_piece_staying_behind_or_no_trips_is_not_often(text: str) -> None:
    assert advice(text, "travels_often").slots.get("travels_often") is False


@pytest.mark.parametrize(
    "text",
    [
        "we travel a lot and I always take it",
        "yes and I wear it there",
        "my husband travels heaps and I go with him",
        "we both travel heaps",
        "she's away with work all the time and takes it with her",
    ],
)
def test_trips_taken_together_stay_often(text: str) -> None:
    assert advice(text, "travels_often").slots.get("travels_often") is True


@pytest.mark.parametrize(
    "text",
    [
        "I'm always away for work and I always wear it",
        "I'm always away for work",
        "I'm away for work half the month",
        "I'm away most weeks with work",
        "we're away every other week in the campervan",  # NZ
        "she's away most weekends at her mum's",  # NZ
        "we go away a lot",
    ],
)
def test_a_life_away_is_travel(text: str) -> None:
    assert advice(text, "travels_often").slots.get("travels_often") is True


@pytest.mark.parametrize("text", ["I'm not away much", "we're hardly ever away", "nah, never away really"])
def test_rarely_away_is_not_often(text: str) -> None:
    assert advice(text, "travels_often").slots.get("travels_often") is False


def test_away_and_worn_read_together() -> None:
    reading = advice("I'm always away for work and I always wear it", "travels_often")
    assert reading.slots.get("travels_often") is True
    assert reading.slots.get("wears_daily") is True


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("a few times a year?", "travels_often"),
        ("yes? a few trips a year", "travels_often"),
        ("depends, not as much as I used to", "travels_often"),
        ("I think so? I've only had it a week", "wears_daily"),
        ("every day?", "wears_daily"),
        ("only had it a few days but yes", "wears_daily"),
    ],
)
def test_a_habit_answered_unsure_is_said_back(text: str, slot: str) -> None:
    reading = advice(text, slot)
    assert isinstance(reading.slots.get(slot), bool)
    assert reading.notes
    assert slot in reading.slots.get("assumed_answers", [])


@pytest.mark.parametrize(
    ("text", "slot"),
    [("yes, every day", "wears_daily"), ("a few times a year", "travels_often"), ("no", "travels_often")],
)
def test_a_plain_answer_is_not_said_back(text: str, slot: str) -> None:
    reading = advice(text, slot)
    assert isinstance(reading.slots.get(slot), bool)
    assert not reading.notes


@pytest.mark.parametrize(
    "text",
    [
        "not as much as I used to, maybe two trips a year",
        "I travel less often than I used to",
    ],
)
def test_less_than_before_is_no_habit_ended(text: str) -> None:
    from bot.language.facts import habit_ended

    assert not habit_ended(text)


@pytest.mark.parametrize("text", ["used to travel heaps, not since the kids", "I used to wear it daily"])
def test_a_habit_that_ended_still_has(text: str) -> None:
    from bot.language.facts import habit_ended

    assert habit_ended(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Engagement ring, $6,000. I don't go anywhere without it", True),
        ("my watch is worth 4k, I'd feel naked without it", True),
        ("a $3,000 pendant, I take it off at night", True),
    ],
)
def test_worn_told_in_an_opening(text: str, value: bool) -> None:
    assert advice(text, None).slots.get("wears_daily") is value


def test_someone_elses_trips_in_an_opening() -> None:
    reading = advice("ring worth $5k, my husband travels heaps but I don't", None)
    assert reading.slots.get("travels_often") is False
