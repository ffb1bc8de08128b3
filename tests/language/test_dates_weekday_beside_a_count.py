"""A weekday told beside a count or a time is no day of the month (bot/language/dates.py;
issue 12, session 20's kind from kept-aside codes: two writers' "last Tuesday" losses were
stored as Tuesday the 3rd). Said on Sunday 29 November 2026; our own phrasings, with the
dates written out that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.dates import read_loss_date

TODAY = date(2026, 11, 29)
TUESDAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    "text",
    [
        "on Tues, 3 days after we got back",
        "tuesday, 3 days after my birthday",
        "tuesday 3 weeks after we moved in",
        "tues, 3 hrs after I got home",
        "Tuesday, 3 of us were home",
        "Tuesday, 3 days into our trip",
        "tuesday 3pm",
        "Tuesday 2 or 3 in the afternoon",
        "tuesday the 24th, at 3",
    ],
)
def test_a_count_beside_the_weekday_is_no_date(text: str) -> None:
    assert read_loss_date(text, TODAY, "NZ").value == TUESDAY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tuesday the 3rd", date(2026, 11, 3)),
        ("Tuesday 3 November", date(2026, 11, 3)),
        ("on the 3rd, a tuesday", date(2026, 11, 3)),
        ("Tuesday 24", TUESDAY),
    ],
)
def test_a_date_beside_the_weekday_stays(text: str, expected: date) -> None:
    assert read_loss_date(text, TODAY, "US").value == expected
