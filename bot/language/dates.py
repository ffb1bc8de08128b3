"""Reading the date of a loss: "yesterday", "last Friday", "on 3 March", "2 weeks ago".

`read_loss_date(text, today)` returns a `DateReading`: the date, or the problem with
it (none found, in the future). `today` is passed in so the rules are testable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil import parser as date_parser
from dateutil.relativedelta import relativedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "a couple of": 2,
    "a few": 3,
}


@dataclass(frozen=True)
class DateReading:
    value: date | None
    problem: str | None = None  # "missing" | "future"


def read_loss_date(text: str, today: date) -> DateReading:
    found = _relative(text.lower(), today) or _absolute(text, today)
    if found is None:
        return DateReading(None, "missing")
    if found > today:
        return DateReading(None, "future")
    return DateReading(found)


def _relative(low: str, today: date) -> date | None:
    if re.search(r"\btoday\b|\bthis morning\b|\btonight\b|\bearlier today\b", low):
        return today
    if re.search(r"\byesterday\b|\blast night\b", low):
        return today - timedelta(days=1)
    if re.search(r"\bday before yesterday\b", low):
        return today - timedelta(days=2)
    if re.search(r"\btomorrow\b", low):
        return today + timedelta(days=1)
    match = re.search(r"\b(last|this past|on|this)?\s*(" + "|".join(WEEKDAYS) + r")\b", low)
    if match:
        target = WEEKDAYS.index(match.group(2))
        back = (today.weekday() - target) % 7 or 7  # "Friday" said on a Friday means a week ago
        return today - timedelta(days=back)
    match = re.search(
        r"\b(\d+|a couple of|a few|an?|one|two|three|four|five|six)\s+(day|week|month|year)s?\s+ago\b", low
    )
    if match:
        count = int(match.group(1)) if match.group(1).isdigit() else NUMBER_WORDS[match.group(1)]
        unit = match.group(2)
        if unit == "day":
            return today - timedelta(days=count)
        if unit == "week":
            return today - timedelta(weeks=count)
        if unit == "month":
            return today - relativedelta(months=count)
        return today - relativedelta(years=count)
    if re.search(r"\blast week\b", low):
        return today - timedelta(weeks=1)
    if re.search(r"\blast month\b", low):
        return today - relativedelta(months=1)
    return None


def _absolute(text: str, today: date) -> date | None:
    """ "3 March", "March 3rd", "2026-11-02", "03/11/2026" (day first, as in NZ)."""
    if not re.search(r"\d", text):
        return None
    iso = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", text)
    if iso:
        try:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    cleaned = re.sub(r"\b(on|the|of|around|about|it was|happened)\b", " ", text, flags=re.I)
    try:
        parsed = date_parser.parse(cleaned, fuzzy=True, dayfirst=True, default=_default(today)).date()
    except (ValueError, OverflowError):
        return None
    explicit_year = re.search(r"\b(19|20)\d{2}\b", text)
    if parsed > today and not explicit_year:
        # "3 December" said in November means last December.
        parsed = parsed - relativedelta(years=1)
    return parsed


def _default(today: date) -> datetime:
    return datetime(today.year, today.month, today.day)
