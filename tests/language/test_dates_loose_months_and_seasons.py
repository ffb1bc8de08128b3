"""Dates told loosely (bot/language/dates.py; issue 12, session 20: a purchase "last year
in March" was stored as July): a month beside last year, last March, part of a year, a
season (by hemisphere), "a year and a half ago", "the 3rd of this month". Each is the
first of its month, said back as approximate and marked for staff (a day named is
exact). Said on Sunday 29 November 2026; our own phrasings."""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.dates import read_loss_date

TODAY = date(2026, 11, 29)


@pytest.mark.parametrize(
    ("text", "region", "expected", "approximate"),
    [
        ("last year in march", "US", date(2025, 3, 1), True),
        ("march last yr", "US", date(2025, 3, 1), True),
        ("last march", "NZ", date(2026, 3, 1), True),
        ("early last year", "US", date(2025, 2, 1), True),
        ("end of last year", "NZ", date(2025, 12, 1), True),
        ("the start of this year", "US", date(2026, 1, 1), True),
        ("last summer", "US", date(2026, 7, 1), True),
        ("last summer", "NZ", date(2026, 1, 1), True),
        ("over the winter", "NZ", date(2026, 7, 1), True),
        ("last spring", "NZ", date(2025, 10, 1), True),
        ("a year and a half ago", "US", date(2025, 5, 29), True),
        ("two and a half years ago", "NZ", date(2024, 5, 29), True),
        ("3rd of this month", "US", date(2026, 11, 3), False),
        ("the 20th of last month", "NZ", date(2026, 10, 20), False),
    ],
)
def test_loose_dates(text: str, region: str, expected: date, approximate: bool) -> None:
    reading = read_loss_date(text, TODAY, region)
    assert (reading.value, reading.approximate) == (expected, approximate)


@pytest.mark.parametrize("text", ["we wed in the spring", "summer is our busy time", "it was a hot summer"])
def test_a_season_in_passing_is_no_date(text: str) -> None:
    assert read_loss_date(text, TODAY, "US").value is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("day before yday", date(2026, 11, 27)),
        ("the day b4 yesterday", date(2026, 11, 27)),
        ("yday arvo", date(2026, 11, 28)),
        ("couple days ago", date(2026, 11, 27)),
    ],
)
def test_shorthand(text: str, expected: date) -> None:
    assert read_loss_date(text, TODAY, "NZ").value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fortnight ago", date(2026, 11, 15)),
        ("a fortnight yesterday", date(2026, 11, 14)),
        ("a week yesterday", date(2026, 11, 21)),
        ("not last saturday but the one before that", date(2026, 11, 21)),
        ("last friday, no the one before", date(2026, 11, 20)),
    ],
)
def test_weeks_counted_nz_style(text: str, expected: date) -> None:
    assert read_loss_date(text, TODAY, "NZ").value == expected
