"""A weekday told beside a date a day off it, and New Zealand's weeks (bot/language/dates.py).

Said on Sunday 29 November 2026 (the blind sets' day):

- "Thursday the 27th", "thursday night (27th)", "Friday 28 Nov": a day of the last week is
  remembered by its weekday, its number worked out and often a day off, so the weekday is
  taken and the date told said back; further back, or more than a day apart, the date
  is taken and said back with its own weekday (as before);
- the night, evening or early hours of a day, a day and the next morning, a day said
  beside the day it was noticed: that day, not the next;
- "last Friday week" (NZ): the Friday before last; "Wednesday of last week" on a Sunday:
  the week before this one, the one just gone said back.

Phrasings are our own (US and NZ); the negatives must not change."""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import read_claim_answers
from bot.language.dates import read_loss_date
from tests.language.claim.reading import TODAY, read_reply

LOST = {"claim_type": "lost", "item_type": "ring"}
THU, FRI = date(2026, 11, 26), date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Thursday the 27th", THU),
        ("Thursday 27th", THU),
        ("thursday night, the 27th", THU),
        ("Thursday night (27th)", THU),
        ("the night of thursday 27th", THU),
        ("on the 27th, a Thursday", THU),
        ("the 27th (Thursday)", THU),
        ("27th - thursday night", THU),
        ("Thursday 27 November", THU),
        ("thurs 27/11", THU),
        ("Thursday, 11/27", THU),
        ("Friday the 28th", FRI),
        ("Friday night the 28th", FRI),
        ("friday 28th in the evening", FRI),
        ("late friday (28th)", FRI),
        ("Friday 28 Nov", FRI),
        ("Wednesday the 26th", date(2026, 11, 25)),
    ],
)
def test_a_recent_weekday_a_day_off_its_date_is_the_day(text: str, day: date) -> None:
    reading = read_loss_date(text, TODAY, "US")
    assert reading.value == day
    assert reading.note and "as you said" in reading.note and "tell me" in reading.note
    assert read_reply(text, "loss_date", LOST).slots.get("loss_date") == day.isoformat()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Further back, or more than a day apart: the date, said back with its weekday.
        ("Tuesday the 18th", date(2026, 11, 18)),
        ("it was Monday the 20th", date(2026, 11, 20)),
        ("Monday the 10th", date(2026, 11, 10)),
        ("sat the 24th", date(2026, 11, 24)),
    ],
)
def test_a_weekday_further_off_keeps_the_date(text: str, day: date) -> None:
    reading = read_loss_date(text, TODAY, "US")
    assert reading.value == day
    assert reading.note and "was a" in reading.note and "as you said" not in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Thursday 26th", THU),
        ("Saturday the 28th", date(2026, 11, 28)),
        ("Saturday the 21st", date(2026, 11, 21)),
        # A date and a weekday in two clauses are two days, not one told twice.
        ("the 26th, friday we noticed it gone", THU),
        ("it was stolen on the 26th, friday I called the police", THU),
        ("wore it on the 20th, thursday it was gone", date(2026, 11, 20)),
        ("friday at 10pm", FRI),
        ("Thursday at 11", THU),
        ("thursday 9.30pm", THU),
    ],
)
def test_a_weekday_with_its_own_date_or_none_says_nothing_of_it(text: str, day: date) -> None:
    reading = read_loss_date(text, TODAY, "NZ")
    assert reading.value == day
    assert "as you said" not in (reading.note or "")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the night of the 26th", THU),
        ("Thursday night (26th)", THU),
        ("late Thursday / early Friday", THU),
        ("late thursday night or early friday morning", THU),
        ("went to bed Thursday, gone Friday morning", THU),
        ("overnight Thursday", THU),
        ("overnight thursday into friday", THU),
        ("sometime between Thursday and Friday", THU),
        ("thursday night/friday morning", THU),
        ("it was thursday night - I noticed friday morning", THU),
        ("I noticed Friday morning it was gone, I had it Thursday night", THU),
        ("thursday the 26th, we noticed on friday", THU),
        ("put it on the bedside table thursday night, gone in the morning", THU),
        ("thursday, didn't notice until friday", THU),
        ("friday... actually thursday night", THU),
        ("in the early hours of Friday morning", FRI),
        ("Thanksgiving night", THU),
        ("Thanksgiving eve", date(2026, 11, 25)),
        ("the night before Thanksgiving", date(2026, 11, 25)),
        ("black friday night", FRI),
        ("the night before last", FRI),
        ("three nights ago", THU),
    ],
)
def test_a_night_or_the_morning_after_is_the_day_told(text: str, day: date) -> None:
    assert read_loss_date(text, TODAY, "US").value == day
    assert read_reply(text, "loss_date", LOST).slots.get("loss_date") == day.isoformat()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("someone broke in Thursday night (26th) and took my necklace", THU),
        ("we went to bed Thursday and my watch was gone Friday morning", THU),
        ("my car was broken into thursday night, noticed friday morning my ring was gone", THU),
        ("I lost my earring on Thursday evening, realised on Friday morning", THU),
        ("Our house was burgled on the night of Thursday the 26th, we discovered it the next morning", THU),
        ("I took my ring off Thursday night and Friday morning it was gone", THU),
        ("my earrings were taken from my hotel room on Friday 27th, discovered Saturday 28th", FRI),
        ("my ring was stolen Thursday the 27th", THU),
        ("We were burgled Friday night / Saturday morning", FRI),
    ],
)
def test_an_opening_tells_the_day_it_happened(text: str, day: date) -> None:
    reading = read_claim_answers(UserMessage(text, "report_claim", ()), None, {}, TODAY)
    assert reading.slots.get("loss_date") == day.isoformat()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("last Friday week", date(2026, 11, 20)),
        ("last saturday week", date(2026, 11, 21)),
        ("the Friday before last", date(2026, 11, 20)),
        ("a week last Friday", date(2026, 11, 20)),
    ],
)
def test_last_friday_week_is_the_friday_before_last(text: str, day: date) -> None:
    assert read_loss_date(text, TODAY, "NZ").value == day


@pytest.mark.parametrize(
    "text", ["Wednesday of last week", "last week Wednesday", "on the wednesday last week"]
)
def test_a_weekday_of_last_week_on_a_sunday_says_back_the_one_just_gone(text: str) -> None:
    reading = read_loss_date(text, TODAY, "US")
    assert reading.value == date(2026, 11, 18)
    assert reading.note and "25 November" in reading.note


def test_a_weekday_of_last_week_on_another_day_says_nothing_back() -> None:
    reading = read_loss_date("Wednesday of last week", date(2026, 11, 27), "US")
    assert reading.value == date(2026, 11, 18)
    assert reading.note is None


SAT = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("I woke up Friday and my ring was gone from the nightstand, I'd put it there the night before", THU),
        (
            "On Saturday morning I realised my bracelet was gone, it must have come off at the work do the night before",
            FRI,
        ),
        ("Saturday morning I noticed my ring was missing after the party the night before", FRI),
        ("woke up on Friday and my necklace was gone, I think someone took it the previous evening", THU),
        ("noticed friday morning my ring was gone, I had taken it off the evening before", THU),
        ("I realised yesterday my bracelet had come off at the concert the night before", FRI),
        ("my ring was stolen from my car overnight, I found the window smashed Friday morning", THU),
        ("I found my car broken into on Friday morning, my watch was taken overnight", THU),
        ("woke up Saturday, ring gone, burglars came in overnight", FRI),
        ("On Friday morning the ring was missing from the dish, we had guests over the night before", THU),
    ],
)
def test_the_night_before_the_day_it_was_found_gone_is_the_day(text: str, day: date) -> None:
    reading = read_loss_date(text, TODAY, "NZ")
    assert reading.value == day
    assert reading.note and "before" in reading.note
    opening = read_claim_answers(UserMessage(text, "report_claim", ()), None, {}, TODAY)
    assert opening.slots.get("loss_date") == day.isoformat()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("it was stolen Friday, the night before I'd had people over", FRI),
        ("the night before Thanksgiving", date(2026, 11, 25)),
        ("Saturday night, the night before my birthday", SAT),
        ("My watch was stolen the night before last", FRI),
        ("Friday I found my earrings missing, they were there the day before", FRI),
        ("lost it Friday at the pub, noticed Saturday, had it the night before", FRI),
        ("someone broke in overnight Thursday and we found it Friday morning", THU),
        ("Friday night, parked on the street overnight and found it Saturday morning", FRI),
        ("I left it in my gym bag overnight on Friday", FRI),
    ],
)
def test_a_night_before_something_else_moves_nothing(text: str, day: date) -> None:
    assert read_loss_date(text, TODAY, "NZ").value == day
