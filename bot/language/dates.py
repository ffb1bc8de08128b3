"""Reading the date of a loss (or a purchase) from the words that state one.

"yesterday evening", "the day before yesterday", "three days ago", "last weekend",
"on Sunday", "Sunday night", "on the 3rd", "3 March", "March 3rd, 2025", "2026-11-02",
"14/3", "3/14/2026". Only words that state a date count: "$900", "a $1,500 bracelet"
or "18k gold" hold numbers but no date, and a message without one leaves the date to
be asked.

`read_loss_date(text, today, region)` returns a `DateReading`: the date, or the problem
with it (none found, in the future, or an ambiguous "3/4"). `today` is the shop's own
day (`shop_today()`, in SHOP_TIMEZONE), passed in so the rules are testable. A date
without a year is the most recent past one; a date more than a year back comes with a
note that says it back to the person for confirmation.

Why rules and not dateparser: measured here (dateparser 1.2.0), it read "the day
before yesterday" as yesterday, did not read "last weekend", silently chose one reading
of "3/4", and its first call took 90 ms on top of an 0.8 s import. These rules are a
few regular expressions, well under a millisecond a message.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import holidays
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta
from text_to_num import text2num

from bot.language.corrections import A_SOUND, cue_words

# The shop's day decides what "yesterday" means. Pacific/Auckland by default: it is
# ahead of every New Zealand and US time zone, so no customer of either region ever has
# their own "today" (or a date they state) refused as being in the future; the cost is
# that late in a US evening "yesterday" reads one day early. A deployer sets its own.

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_NAMES = {
    **{d: i for i, d in enumerate(WEEKDAYS)},
    **{d[:3]: i for i, d in enumerate(WEEKDAYS)},
    "tues": 1, "weds": 2, "thur": 3, "thurs": 3,
}  # fmt: skip
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip
MONTH_NAMES = {
    **{m: i + 1 for i, m in enumerate(MONTHS)},
    **{m[:3]: i + 1 for i, m in enumerate(MONTHS)},
    "sept": 9,
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(MONTH_NAMES, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(WEEKDAY_NAMES, key=len, reverse=True)) + r")"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s*(?P<year>(?:19|20)\d{2}))?"
A_FEW = {"a": 1, "an": 1, "a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, "few": 3, "several": 3}
LAST_WEEKDAY = re.compile(r"\blast " + _WEEKDAY + r"\b")

DAY_MONTH = re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"\b" + _YEAR)
MONTH_DAY = re.compile(r"\b" + _MONTH + r"\s+(?:the\s+)?" + _DAY + r"\b" + _YEAR)
ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b")
# "14/3", "3/4", "03/11/2026", "3.4.26": numbers with slashes or dots, not money
# ("$1,500") or versions; a "$" right before is no date.
NUMERIC = re.compile(
    r"(?<![\d$.,/-])(?P<a>\d{1,2})(?:/(?P<b>\d{1,2})(?:/(?P<year>\d{4}|\d{2}))?|\.(?P<b2>\d{1,2})\.(?P<year2>\d{4}|\d{2})"
    # "11-19-26", "19-11-2026": dashes, with the year (two numbers with a dash are a range).
    r"|-(?P<b3>\d{1,2})-(?P<year3>20\d{2}|\d{2})(?![\d-]))"
    # "3/4 in" is inches; "11/20 in the evening" is a date.
    r"(?![\d/%])(?!\s*(?:carat|ct|cts|karat|kt|inch|in\b(?!\s+(?:the|a|an|my|our|his|her|their|town|\w+ing)\b)|of\b|mm|cm))"
)
# "this past January, the 20th", "in March, on the 3rd": the month, then its day.
MONTH_THEN_DAY = re.compile(
    r"\b" + _MONTH + r",?\s+(?:on\s+)?the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b" + _YEAR
)
# "so almost a year ago", "about a month back": a rough count beside an exact date.
ROUGH_AGO = re.compile(
    r"\b(?:(?:so|almost|nearly|about|around|roughly|over|just over|just under|more than|less than)\s+)+"
    r"(?:a|an|one|two|three|a couple of|a few|\d+)\s+(?:day|week|month|year|fortnight)s?\s+(?:ago|back)\b"
)
DAY_OF_MONTH = re.compile(r"\b(?:on|the)\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b")
AGO = re.compile(
    r"\b(?P<count>\d+|[a-z]+(?:[ -][a-z]+)?|a couple of|a couple|couple of|a few)\s+"
    r"(?P<unit>day|night|weekend|week|month|year|fortnight)s?\s+(?:ago|back)\b"
)
AMBIGUOUS_WEEKDAYS = {"sun", "sat", "wed", "mon"}
HOLIDAYS = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "boxing day": (12, 26), "new year's eve": (12, 31), "new years eve": (12, 31),
    "new year's day": (1, 1), "new years day": (1, 1), "valentine's day": (2, 14),
    "valentines day": (2, 14), "halloween": (10, 31), "anzac day": (4, 25),
    "waitangi day": (2, 6), "fourth of july": (7, 4), "4th of july": (7, 4),
    "independence day": (7, 4), "veterans day": (11, 11), "veterans' day": (11, 11),
    "guy fawkes": (11, 5), "bonfire night": (11, 5), "st patrick's day": (3, 17),
    "st patricks day": (3, 17), "juneteenth": (6, 19),
}  # fmt: skip
WEEKDAY = re.compile(r"\b(?P<which>last|this past|past|on|this)?\s*" + _WEEKDAY + r"\b")

# "Saturday 11/21" is a weekday and a numeric date, not Saturday the 11th.
WEEKDAY_WITH_DAY = re.compile(
    r"\b" + _WEEKDAY + r",?\s+(?:the\s+)?" + _DAY + r"\b(?!\s*(?:of\s+)?" + _MONTH + r")(?![/.-]\d)"
    # A count or a time beside the weekday is no day of the month: "Tues, 3 days after we
    # got back", "Tuesday, 3 of us were home", "tues, 3 hrs after", "Tuesday 3pm".
    r"(?!\s*(?:days?|nights?|weeks?|wks?|hours?|hrs?|mins?|minutes?|months?|years?|yrs?|of\b|or\b|to\b|and\b|-|"
    r"ish\b|pm\b|am\b|p\.m|a\.m|o'?clock|:\d|people|guys|kids|friends|times?\b))"
)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The nth given weekday of a month (n = -1: the last one)."""
    if n < 0:
        last = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7, weeks=n - 1)


def _thanksgiving(year: int) -> date:
    return _nth_weekday(year, 11, 3, 4)


@functools.lru_cache(maxsize=32)
def _matariki(year: int) -> date | None:
    """Matariki, New Zealand's public holiday since 2022: a Friday set by law from the
    Māori lunar calendar (Te Kāhui o Matariki Public Holiday Act 2022, schedule), as the
    `holidays` package keeps it."""
    return _first_named(holidays.country_holidays("NZ", years=year), "Matariki")


@functools.lru_cache(maxsize=32)
def _lunar_new_year(year: int) -> date | None:
    """Lunar New Year: the first day of the first month of the Chinese lunisolar calendar
    (the Spring Festival), computed by the `holidays` package for any year."""
    return _first_named(holidays.country_holidays("CN", years=year), "Spring Festival")


def _first_named(calendar: holidays.HolidayBase, name: str) -> date | None:
    days = sorted(calendar.get_named(name))
    return days[0] if days else None


# Days said by a name whose date only one country has: "election day" is the US one
# (the Tuesday after the first Monday of November); New Zealand's moves with the term.
ONE_COUNTRY_DAYS = {"election day": "US"}


def _nearest_monday(year: int, month: int, day: int) -> date:
    """A New Zealand anniversary day: the Monday nearest the date (Holidays Act 2003)."""
    said = date(year, month, day)
    back = said.weekday()  # days since the Monday before
    return said - timedelta(days=back) if back <= 3 else said + timedelta(days=7 - back)


def _shrove_tuesday(year: int) -> date:
    """Mardi Gras, Fat Tuesday, Pancake Day: the day before Ash Wednesday."""
    return easter(year) - timedelta(days=47)


def _super_bowl(year: int) -> date:
    """The second Sunday of February since the 17-game season (2022); the first before."""
    return _nth_weekday(year, 2, 6, 2 if year >= 2022 else 1)


# Holidays that move, by the year: (the day, the first day of its weekend when people
# say "<holiday> weekend"). US and NZ wording; "Labour Day" is New Zealand's (fourth
# Monday of October) and "Labor Day" the US one (first Monday of September), unless
# the region says otherwise.
MOVING_HOLIDAY_DAYS: dict[str, tuple[Callable[[int], date | None], int]] = {
    "thanksgiving eve": (lambda y: _thanksgiving(y) - timedelta(days=1), 0),
    "thanksgiving": (_thanksgiving, 0),
    "black friday": (lambda y: _thanksgiving(y) + timedelta(days=1), -1),
    "easter sunday": (easter, -2),
    "easter monday": (lambda y: easter(y) + timedelta(days=1), -3),
    "good friday": (lambda y: easter(y) - timedelta(days=2), 0),
    "easter": (easter, -2),
    "labour day": (lambda y: _nth_weekday(y, 10, 0, 4), -2),
    "labour weekend": (lambda y: _nth_weekday(y, 10, 0, 4), -2),
    "labor day": (lambda y: _nth_weekday(y, 9, 0, 1), -2),
    "memorial day": (lambda y: _nth_weekday(y, 5, 0, -1), -2),
    "king's birthday": (lambda y: _nth_weekday(y, 6, 0, 1), -2),
    "kings birthday": (lambda y: _nth_weekday(y, 6, 0, 1), -2),
    "queen's birthday": (lambda y: _nth_weekday(y, 6, 0, 1), -2),
    "queens birthday": (lambda y: _nth_weekday(y, 6, 0, 1), -2),
    "mother's day": (lambda y: _nth_weekday(y, 5, 6, 2), 0),
    "mothers day": (lambda y: _nth_weekday(y, 5, 6, 2), 0),
    "easter saturday": (lambda y: easter(y) - timedelta(days=1), -1),
    "father's day": (lambda y: _nth_weekday(y, 6, 6, 3), 0),  # the US one (June)
    "fathers day": (lambda y: _nth_weekday(y, 6, 6, 3), 0),
    "martin luther king day": (lambda y: _nth_weekday(y, 1, 0, 3), -2),
    "presidents day": (lambda y: _nth_weekday(y, 2, 0, 3), -2),
    "presidents' day": (lambda y: _nth_weekday(y, 2, 0, 3), -2),
    "columbus day": (lambda y: _nth_weekday(y, 10, 0, 2), -2),
    "matariki": (_matariki, 0),
    # Days people name by an event rather than a date: the Melbourne Cup (first Tuesday of
    # November, a sweepstake day in New Zealand workplaces too), the Super Bowl, the days
    # around Lent, Lunar New Year and the regional anniversary days of New Zealand.
    "melbourne cup": (lambda y: _nth_weekday(y, 11, 1, 1), 0),
    "super bowl": (_super_bowl, 0),
    "mardi gras": (_shrove_tuesday, 0),
    "fat tuesday": (_shrove_tuesday, 0),
    "shrove tuesday": (_shrove_tuesday, 0),
    "pancake day": (_shrove_tuesday, 0),
    "ash wednesday": (lambda y: easter(y) - timedelta(days=46), 0),
    "palm sunday": (lambda y: easter(y) - timedelta(days=7), 0),
    "lunar new year": (_lunar_new_year, 0),
    "chinese new year": (_lunar_new_year, 0),
    "auckland anniversary": (lambda y: _nearest_monday(y, 1, 29), -2),
    "wellington anniversary": (lambda y: _nearest_monday(y, 1, 22), -2),
    "father's day nz": (lambda y: _nth_weekday(y, 9, 6, 1), 0),
    "election day": (lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1), 0),
}
MOVING_HOLIDAYS = re.compile(
    r"\b(?P<name>"
    # (" nz": the New Zealand date of a name said the same in both countries, chosen by region)
    + "|".join(
        sorted((re.escape(n) for n in MOVING_HOLIDAY_DAYS if not n.endswith(" nz")), key=len, reverse=True)
    )
    + r")\b"
)
HOLIDAY_WEEKEND = re.compile(r"\b(weekend|long weekend)\b")


# Names of days that fall on another date in New Zealand: Father's Day is the first
# Sunday of September there, the third Sunday of June in the US.
NZ_DATES_OF = {"father's day": "father's day nz", "fathers day": "father's day nz"}


def _holiday_name(match: re.Match[str], region: str | None) -> str:
    name = match.group("name")
    if name in {"labour day", "labor day"} and region:
        return "labour day" if region == "NZ" else "labor day"
    if region == "NZ" and name in NZ_DATES_OF:
        return NZ_DATES_OF[name]
    return name


def _moving_holiday(low: str, today: date, region: str | None = None) -> date | None:
    """ "Thanksgiving", "black friday last year", "Black Friday 2024", "Easter Sunday"."""
    match = MOVING_HOLIDAYS.search(low)
    if match is None:
        return None
    name = _holiday_name(match, region)
    if region and ONE_COUNTRY_DAYS.get(name, region) != region:
        return None
    day_of = MOVING_HOLIDAY_DAYS[name][0]
    year_said = re.search(r"\b(?:19|20)\d{2}\b", low)
    if year_said:
        return day_of(int(year_said.group(0)))
    if re.search(r"\blast year\b", low):
        return day_of(today.year - 1)
    this_year = day_of(today.year)
    return this_year if this_year is not None and this_year <= today else day_of(today.year - 1)


def _holiday_weekend(low: str, today: date, region: str | None) -> DateReading | None:
    """ "Thanksgiving weekend", "Labour Weekend": several days, so its first is taken as
    an approximate date and said back."""
    match = MOVING_HOLIDAYS.search(low)
    if match is None or not (
        match.group("name").endswith("weekend") or HOLIDAY_WEEKEND.search(low, match.end())
    ):
        return None
    holiday = _moving_holiday(low, today, region)
    if holiday is None:
        return None
    found = holiday + timedelta(days=MOVING_HOLIDAY_DAYS[_holiday_name(match, region)][1])
    either = next((m for m in EITHER_DAY.finditer(low) if m.group("wa") and _two_days(m)), None)
    if either is not None:
        # "Labour weekend, either the Saturday or the Sunday": two days of it, so the
        # first is taken as an approximate date and said back.
        wa, wb = (WEEKDAYS[WEEKDAY_NAMES[either.group(g)]] for g in ("wa", "wb"))
        day = found + timedelta(days=(WEEKDAY_NAMES[wa] - found.weekday()) % 7)
        if day > today:
            return DateReading(None, "future")
        joined = "and" if either.group("wjoin") == "and" else "or"
        return _approximate_reading(day, f"you said the {wa.title()} {joined} the {wb.title()}")
    # "the Saturday of Labour Weekend", "Labor Day weekend, the Sunday": that day of it.
    named = _weekday(low[: match.start()])
    if named is None:
        named = _weekday(low[match.end() :])
    if named is not None:
        # "the Saturday of Labour Weekend": that day of it, exactly.
        day = found + timedelta(days=(named - found.weekday()) % 7)
        return (
            DateReading(None, "future") if day > today else DateReading(day, note=_long_ago_note(day, today))
        )
    if found > today:
        return DateReading(None, "future")
    return _approximate_reading(
        found, f"the start of {match.group('name').title().removesuffix(' Weekend')} weekend"
    )


A_WEEK_BEFORE = re.compile(
    r"\ba week (?:last|on|before|from) (?P<rest>(?:last |this past )?" + _WEEKDAY + r"[^,;.!?]*)"
)
# "the 12th not the 10th", "Friday the 27th, not yesterday": the date after "not" is
# the one taken back.
# "it wasn't Thanksgiving, it was the Friday": a date said not to be it, before the new one.
NOT_THIS_DATE = re.compile(
    r"\b(?:not|rather than|instead of|wasn['’]?t|was not|weren['’]?t|were not|isn['’]?t)\s+"
    r"(?=(?:on\s+)?(?:the\s+)?(?:\d|yesterday|today|last\b|this\b|"
    + "|".join(
        sorted(
            [*WEEKDAYS, *MONTHS, *(re.escape(h) for h in [*HOLIDAYS, *MOVING_HOLIDAY_DAYS])],
            key=len,
            reverse=True,
        )
    )
    + r"))[^,;!?]*?(?=[,;!?]|\.(?!\d)|\s-\s|\bbut\b|\bit was\b|$)"
)
# "we were there til friday", "staying through the 28th": the end of a stay or a trip,
# not the day something happened. Put aside like a date taken back.
STAY_BOUND = re.compile(
    r"\b(?:(?:we|i|they)(?:'re|'m| were| was| are| am| had been)\s+(?:there|here|away|in \w+)|"
    r"stay(?:ed|ing)?|holiday|vacation|trip|visit(?:ed|ing)?|booked|in town)\b"
    r"[^,;.!?]{0,20}?\b(?:til|till|'til|until|up until|up till|through|thru)\s+"
    r"(?=(?:on\s+)?(?:the\s+)?(?:\d|last\b|this\b|"
    + "|".join(sorted([*WEEKDAYS, *MONTHS], key=len, reverse=True))
    + r"))[^,;!?]*?(?=[,;!?]|\.(?!\d)|\s-\s|\bbut\b|\band\b|$)"
)
YEAR_WORDS = re.compile(r"\blast year\b|\b(?:19|20)\d\d\b")
DAY_NEXT_TO = re.compile(
    r"\b(?:day|night|morning) (?P<side>after|before) (?!yesterday|that|this|it|the day)(?P<rest>[^,;.!?]+)"
)
WEEKDAY_NEXT_TO = re.compile(
    r"\b(?:the\s+)?"
    + _WEEKDAY
    + r"\s+(?P<side>before|after)\s+(?!last\b|that\b|this\b|it\b|next\b)(?P<rest>[^,;.!?]+)"
)
# "the first Saturday of the month", "the second Tuesday in October", "last Friday of
# last month": a weekday counted in a month (this month unless one is named).
NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1}
NTH_WEEKDAY = re.compile(
    r"\b(?:the\s+)?(?P<nth>first|1st|second|2nd|third|3rd|fourth|4th|last)\s+" + _WEEKDAY + r"\b"
    r"(?:\s+(?:of|in)\s+(?P<which>(?:the|this|last)\s+month|" + _MONTH + r"))?"
)
START_OF_THE_MONTH = re.compile(r"\b(start|beginning|early part) of (the|this) month\b|\bearly this month\b")


def _nth_weekday_said(match: re.Match[str], low: str, today: date) -> date | None:
    """The nth weekday of the month named, or of this month when the words say so."""
    which = match.group("which") or ""
    n = NTH[match.group("nth")]
    weekday = WEEKDAY_NAMES[match.group("weekday")]
    if match.group("month"):
        month = MONTH_NAMES[match.group("month")]
        year = today.year if month <= today.month else today.year - 1
    elif "last month" in which:
        previous = today - relativedelta(months=1)
        year, month = previous.year, previous.month
    elif which or START_OF_THE_MONTH.search(low):
        year, month = today.year, today.month
    else:
        return None  # "last Friday" alone is the most recent Friday, read elsewhere
    return _nth_weekday(year, month, weekday, n)


# "on the 3rd or 4th", "Friday or Saturday", "thurs or fri": either of two days; and
# "between the 10th and the 15th", "sometime between Friday and Monday": a span. The
# first day is taken, as an approximate date said back.
_SOME_WEEKDAY = "|".join(sorted(WEEKDAY_NAMES, key=len, reverse=True))
EITHER_DAY = re.compile(
    # "away from the 14th to the 21st", "the 16th through the 20th": a span too.
    r"\b(?P<between>between\s+|from\s+)?(?:the\s+)?(?P<a>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<join>or|and|to|-|through|thru|till|until|til)\s+"
    r"(?:the\s+)?(?P<b>[0-3]?\d)(?:st|nd|rd|th)\b"
    r"|\b(?P<wbetween>between\s+)?(?:the\s+)?(?P<wa>" + _SOME_WEEKDAY + r")\.?\s+(?P<wjoin>or|and)\s+"
    r"(?:the\s+)?(?P<wb>" + _SOME_WEEKDAY + r")\b"
)


# "..., or maybe the day before", "or the day after", "or the one before": the day said
# may be off by one.
OR_THE_DAY_BESIDE = re.compile(
    r"[,;]?\s*\bor\s+(maybe\s+|perhaps\s+|possibly\s+|even\s+|was it\s+|it might have been\s+)?"
    r"the\s+(day|night|one|evening|morning)\s+(before|after)(\s+that)?\b"
)


def _either_day(low: str, today: date) -> DateReading | None:
    match = next((m for m in EITHER_DAY.finditer(low) if _two_days(m)), None)
    if match is None:
        return None
    if match.group("a"):
        first = _most_recent_day(int(match.group("a")), today)
        a, b = (_ordinal(int(match.group(g))) for g in ("a", "b"))
        said = f"between the {a} and the {b}" if match.group("join") != "or" else f"the {a} or the {b}"
        rest = low[match.end() : match.end() + 20]
        named = re.match(r"\s*(?:of\s+)?" + _MONTH, rest)
        if named:
            first = _most_recent(MONTH_NAMES[named.group("month")], int(match.group("a")), today)
    else:
        # The first day where the words put it ("end of last week, thurs or fri").
        wa, wb = (WEEKDAYS[WEEKDAY_NAMES[match.group(g)]] for g in ("wa", "wb"))
        first = _relative(low[: match.start()] + " " + wa + " " + low[match.end() :], today)
        wa, wb = wa.title(), wb.title()
        said = f"between {wa} and {wb}" if match.group("wjoin") == "and" else f"{wa} or {wb}"
    if first is None:
        return None
    return _approximate_reading(first, f"you said {said}")


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


# Joins that make two days alternatives or a span on their own ("the 16th through the 20th").
SPAN_JOINS = frozenset({"or", "through", "thru", "till", "until", "til"})


def _two_days(match: re.Match[str]) -> bool:
    """Two days given as alternatives or the ends of a span: "or" always; "and", "to"
    and "-" only after "between" ("the 10th and the 15th" could be two events)."""
    if match.group("a"):
        return match.group("join") in SPAN_JOINS or bool(match.group("between"))
    return match.group("wjoin") == "or" or bool(match.group("wbetween"))


@dataclass(frozen=True)
class DateReading:
    value: date | None
    problem: str | None = None  # "missing" | "future" | "ambiguous"
    # Said back to the person: the two readings of an ambiguous date, a date more
    # than a year back to confirm, or what an approximate date stands for.
    note: str | None = None
    # From words that name a span, not a day ("last week", "in the last three weeks"):
    # good enough as the answer to the date question, said back and marked for staff,
    # but never taken from a message that was not answering it.
    approximate: bool = False


# "our 10th anniversary", "for my 21st (birthday)", "her 40th": a count of years, not
# a day of the month.
AN_ORDINAL_OCCASION = re.compile(
    r"\b(?:my|our|her|his|their|your)\s+\d{1,3}(?:st|nd|rd|th)\b(?=\s*(?:anniversary|birthday|bday|b-day|"
    r"wedding anniversary|$|[,;.!?]|\s+(?:present|gift|pressie|party)))"
    r"|\b\d{1,3}(?:st|nd|rd|th)\s+(?:anniversary|birthday|bday|b-day)\b"
)
# "last night, well technically this morning, so today", "Tuesday, I mean Wednesday":
# the person corrects themselves in the same breath, and the last date said holds.
# A date's own cues beside the shared ones: "well technically" and "so" (the day worked
# out again: "Saturday night, so the 14th"), and a bare "no" or "nope".
DATE_OWN_CUES = (r"well,? (?:technically|actually)", "well", "technically", "nope", "no", "so")
SELF_CORRECTION = re.compile(
    # "Friday arvo, oh no wait, it was Thursday": a sound of surprise before the cue.
    r"[,;.\u2013\u2014-]\s*(?:" + A_SOUND + r",?\s+)?" + cue_words(*DATE_OWN_CUES, no_first=True) + r"\b",
)


# The day is not known, only a span it fell in: "it could have been any time last week",
# "might've been anytime in the last fortnight".
ANY_TIME = re.compile(
    r"\b(?:could|might|may)(?:'?ve| have)?\s+(?:been|happened|gone)\s+(?:any ?time|any day|whenever|sometime)\b"
    r"|\bany ?time (?:in |during |over )?(?:last|that|the past|the last) (?:week|fortnight|month)\b"
)


# The day it happened is not known, only the day it was found gone: "not sure exactly, I
# noticed it was gone this morning", "I don't know when, I only realised yesterday".
DAY_NOT_KNOWN = re.compile(
    r"\b(?:not (?:too |really |100% )?sure|unsure|no idea|(?:don'?t|do not|dont) (?:really )?know|"
    r"can'?t (?:say|tell|remember|recall)|couldn'?t (?:say|tell)|no clue)\b"
    r"[^.;!?]{0,20}?\b(?:when|exactly|which day|what day|the (?:exact )?(?:date|day))\b"
    # "...but I hadn't worn it since Labor Day so who knows": the day is anyone's guess.
    r"|\b(?:who knows|god knows|no telling|anyone'?s guess|could have been any ?(?:time|day|one of them))\b"
    r"|\b(?:only|just now|first) (?:noticed|realis\w*|realiz\w*|discovered|found out|spotted)\b"
    r"|\bdidn'?t (?:notice|realis\w*|realiz\w*|see) (?:it was |they were |that )?(?:gone |missing )?(?:until|till|til)\b"
)
LAST_SEEN = re.compile(r"\blast (?:saw|had|wore|seen|worn)\b")
# The day it was last worn or seen, which is not the day it went: "last time I wore it was
# Wednesday", "last had it on Friday".
LAST_WORN = re.compile(r"\blast (?:time )?(?:i |we |she |he )?(?:saw|had|wore|seen|worn|remember)\b")
NOT_WORN_SINCE = re.compile(
    r"\b(?:hadn'?t|haven'?t|had not|have not|hasn'?t|has not|not|never) (?:worn|seen|wore|had|used|put)"
    r"(?: (?:it|them|her|him))?(?: on)? since\b[^,.;!?]*"
)
FOUND_GONE = re.compile(
    r"\b(?:noticed|notice|realis\w*|realiz\w*|discovered|found out|spotted|saw (?:it|they) (?:was|were) gone|"
    r"found (?:it|them) (?:was |were )?(?:gone|missing))\b"
)


# Two dates in one message, one for the event and one for what came after it: "the police
# came on the 25th but it happened on the 24th", "reported it Monday, it was taken Sunday
# night". The event's clause holds the loss date.
CLAUSE_BREAK = re.compile(
    r"\s*(?:[;!?]|\.(?!\d)|,?\s+\bbut\b|,?\s+\bwhereas\b|,\s+(?:and\s+)?(?=[\w']+\s+\w+)|\s[-\u2013\u2014]\s)\s*"
)
EVENT_CLAUSE = re.compile(
    r"\b(?:happened|occurred|took place|(?:was|were|got|been) (?:stolen|taken|nicked|pinched|lost|broken|damaged|"
    r"dropped|snatched|swiped)|(?:went|gone|go) missing|broke in|break[- ]?in|burgled|robbed|mugged|lost (?:it|them|my)|"
    r"dropped (?:it|them)|fell off|slipped off|last (?:saw|had|wore|seen)|"
    # "im pretty sure it went on the 18th", "it must have come off at the wedding", "so it
    # was the monday", "the neighbours heard glass breaking".
    r"(?:it|they) (?:went|came off|fell|slipped)|must(?:'ve| have) (?:gone|come off|fallen|slipped|been taken|been stolen)|"
    r"(?:so|sure|think|reckon|probably|definitely|must have been) it (?:was|happened)|"
    r"heard (?:glass|a noise|noises|someone|something|the alarm|breaking|a smash)|glass breaking|alarm went off)\b"
)
AFTER_EVENT_CLAUSE = re.compile(
    r"\b(?:police|cops?|officer|reported|report(?:ed)? it|lodged|filed|called|rang|phoned|emailed|told|"
    r"notic\w*|realis\w*|realiz\w*|discover\w*|found out|spotted|insurer|claim(?:ed)?|"
    # "we only found it wednesday when we got back": found gone, on coming home.
    r"(?:only )?found (?:it|them|the \w+|out)|(?:came|got) (?:back|home) to)\b"
)


# Loose words that describe a written date rather than give one: "for the weekend",
# "almost a year ago", "a while back".
LOOSE_GLOSS = re.compile(
    r"\b(?:the|that|for the|over the|a|one) (?:long )?weekend\b|\b(?:almost|nearly|about|around|roughly|over|just over|"
    r"just under|more than|less than|like|maybe) (?:a|an|one|two|three|a couple of|a few|\d+) (?:day|week|month|year|fortnight)s? "
    r"(?:ago|back)\b|\ba while (?:ago|back)\b"
)
# Words that count the day from today exactly: these stay the reading's own.
STRICT_RELATIVE = re.compile(r"\b(?:yesterday|today|tonight|this morning|last night)\b")


def _event_clause_date(low: str, today: date, region: str | None) -> DateReading | None:
    """The event's date, when one clause tells the event with a date and another tells a
    later step (the report, the discovery) with another date."""
    clauses = [c for c in CLAUSE_BREAK.split(low) if c and c.strip()]
    if len(clauses) < 2:
        return None
    readings = [(c, read_loss_date(c, today, region)) for c in clauses]
    dated = [(c, r) for c, r in readings if r.value is not None]
    if len({r.value for _, r in dated}) < 2:
        return None
    events = [(c, r) for c, r in dated if EVENT_CLAUSE.search(c) and not AFTER_EVENT_CLAUSE.search(c)]
    others = [c for c, _ in dated if AFTER_EVENT_CLAUSE.search(c) and not EVENT_CLAUSE.search(c)]
    if len(events) == 1 and others and len(events) + len(others) == len(dated):
        return events[0][1]
    # "Wednesday night, didn't notice till yesterday", "must've been Friday at the party, I
    # only realised yesterday": a day said on its own beside the day it was found gone is
    # the day it happened (not a day it was last worn: "last time I wore it was Wednesday").
    plain = [
        (c, r)
        for c, r in dated
        if not AFTER_EVENT_CLAUSE.search(c) and not LAST_WORN.search(c) and not NOT_WORN_SINCE.search(c)
    ]
    # Not a span or a day told loosely ("sunday night, last week", "yesterday, or maybe the
    # day before"): those are read, and said back, below.
    told_loosely = bool(OR_THE_DAY_BESIDE.search(low) or ANY_TIME.search(low))
    alone = not events and len(plain) == 1 and others and len(plain) + len(others) == len(dated)
    if alone and not plain[0][1].approximate and not told_loosely:
        return plain[0][1]
    return None


def read_loss_date(text: str, today: date, region: str | None = None) -> DateReading:
    """The date a message states; `region` ("NZ" day first, "US" month first) orders "3/4"."""
    low = _spelled_out(" ".join(text.lower().split()))
    reading = _weekday_beside_its_day(low, _read_loss_date(low, today, region), today)
    return _the_night_before_it_was_found(low, reading, today, region)


# Shorthand for the words the readers know: "day before yday", "the day b4 yesterday",
# "couple days ago".
SHORTHAND = (
    (re.compile(r"\b(y'?day|yest|yesterdy|yesteday|yesterady|ysterday)\b"), "yesterday"),
    (re.compile(r"\bb4\b"), "before"),
    (re.compile(r"(?<!\ba )\bcouple (?=(days|weeks|months|nights) (ago|back)\b)"), "a couple of "),
    (re.compile(r"(?<!\ba )(?<!\bone )\bfortnight (?=(ago|back)\b)"), "a fortnight "),
    # "a fortnight yesterday", "a week yesterday" (NZ): counted back from yesterday.
    (re.compile(r"\ba fortnight (?=yesterday\b)"), "2 weeks ago "),
    (re.compile(r"\ba week (?=yesterday\b)"), "1 week ago "),
    # "not last saturday but the one before that": the Saturday before last.
    (
        re.compile(
            r"\b(not )?last (?P<day>(mon|tues|wednes|thurs|fri|satur|sun)day)\b[^.;!?]{0,25}?\bthe one before( that| it)?\b"
        ),
        r"\g<day> before last",
    ),
)


def _spelled_out(low: str) -> str:
    for pattern, words in SHORTHAND:
        low = pattern.sub(words, low)
    return low


# The day it was found gone, and the event told as the night before it: "woke up Friday
# and it was gone, I'd put it there the night before", "found the car window smashed
# Saturday morning, my watch was taken overnight". The night before (not "the night
# before the wedding", "the night before last").
NIGHT_BEFORE = re.compile(
    r"\b(?:the|that) (?P<part>night|evening|day) before\b(?!\s+(?:last|the|a|an|my|our|his|her|their|we|i|he|she|they|"
    r"it|you|christmas|thanksgiving|new year|easter|\d|\w+day\b))"
    r"|\bthe (?:previous|prior) (?P<part2>night|evening|day)\b|\bthe (?P<part3>night|evening) prior\b"
)
OVERNIGHT = re.compile(r"\bovernight\b(?!\s+(?:on\s+)?(?:" + _SOME_WEEKDAY + r"|the\s+\d|into|in\b|bag))")
FOUND_THAT_DAY = re.compile(
    r"\b(?:notic\w*|realis\w*|realiz\w*|discover\w*|found|woke|wake|waking|got up|get up|morning|"
    r"came (?:back|home)|got (?:back|home)|wasn'?t there|(?:was|were|had) (?:gone|missing)|gone|missing)\b"
)


def _the_night_before_it_was_found(
    low: str, reading: DateReading, today: date, region: str | None
) -> DateReading:
    """The day before the day read, when that day is the day it was found gone and the
    event is told as the night (or day) before it; said back."""
    found = reading.value
    if found is None or not (NIGHT_BEFORE.search(low) or OVERNIGHT.search(low)):
        return reading
    clauses = [c for c in CLAUSE_BREAK.split(low) if c and c.strip()]
    dated = [(c, _read_loss_date(c, today, region).value) for c in clauses]
    days = {d for _, d in dated if d is not None}
    if days != {found}:
        return reading
    found_clauses = [c for c, d in dated if d is not None]
    if not all(FOUND_THAT_DAY.search(c) for c in found_clauses):
        return reading
    # "the night before" may share the clause of the day found; "overnight" tells its own.
    before = next((m for c in clauses for m in [NIGHT_BEFORE.search(c)] if m), None)
    if before is None and not any(OVERNIGHT.search(c) for c, d in dated if d is None):
        return reading
    part = (before.group("part") or before.group("part2") or before.group("part3")) if before else "night"
    if part == "day" and not any(EVENT_CLAUSE.search(c) for c in clauses if NIGHT_BEFORE.search(c)):
        return reading  # "they were there the day before": a day last seen, not the event's
    moved = found - timedelta(days=1)
    says = f"the {part} before {WEEKDAYS[found.weekday()].title()} {_spoken(found)}, when it was found gone"
    if reading.approximate or DAY_NOT_KNOWN.search(low):
        return _approximate_reading(moved, says)
    return DateReading(
        moved,
        note=f"I've put down {WEEKDAYS[moved.weekday()].title()} {_spoken(moved)}, {says}. "
        "If it happened another day, tell me.",
    )


# A weekday told right beside a date ("Thursday the 27th", "thursday night (27th)",
# "the 27th, a Thursday", "Thursday 27 Nov", "thurs 27/11").
_FILLER = r"(?:[\s,(\-\u2013\u2014]|\b(?:night|evening|morning|arvo|afternoon|the|a|on|of|it was)\b)*"
_A_DATE = r"(?P<said>[0-3]?\d(?:st|nd|rd|th)?(?:[/.]\d{1,2}(?:[/.]\d{2,4})?)?|\d{1,2}[/.][0-3]?\d(?:[/.]\d{2,4})?)(?![\d,.]*\s*(?:k|grand|dollars|bucks|am|pm|ct|carat|karat|degrees|%|mins?|minutes|hours?|h|hrs|kms?|miles|people|of us)\b)"
WEEKDAY_BESIDE_A_DATE = re.compile(
    r"\b"
    + _WEEKDAY
    + r"\b"
    + _FILLER
    + r"(?<![\w$])"
    + _A_DATE
    # "the 27th (Thursday)", "27th, a Thursday night": the weekday ends what is said of
    # the day (not "the 26th, friday I called the police").
    + r"|(?<![\w$/.])"
    + _A_DATE.replace("said", "said2")
    + r"(?:\s+(?:of\s+)?"
    + _MONTH
    + r")?"
    + r"\s*[,(\-\u2013\u2014]?\s*(?:(?:a|on|it was)\s+)?"
    + _WEEKDAY.replace("weekday", "weekday2")
    + r"\b(?=\s*(?:night|evening|morning|arvo|afternoon)?\s*(?:[).,;!?]|$))"
)
# A day within the last week is remembered by its weekday ("Thursday night"); its
# number is worked out, and often a day off (a year-old calendar, a slip). Further back,
# the number read off a record is the surer of the two.
WEEKDAY_REMEMBERED_WITHIN_DAYS = 7


def _weekday_beside_its_day(low: str, reading: DateReading, today: date) -> DateReading:
    """ "Thursday the 27th" said on Sunday the 29th, the 27th being a Friday: the
    Thursday of the last week (the 26th) is taken and said back with the date told, when
    the two are a day or three apart; otherwise the date is taken, said back with its own
    weekday (`_weekday_disagrees_note`)."""
    found = reading.value
    if found is None or reading.approximate:
        return reading
    for match in WEEKDAY_BESIDE_A_DATE.finditer(low):
        said = match.group("said") or match.group("said2")
        number = int(re.split(r"\D", said)[0])
        numbers = {number, *(int(n) for n in re.findall(r"[/.](\d{1,2})", said))}
        # The date told: the one read, or (read by its weekday) the one beside it.
        told = next(
            (found + timedelta(days=k) for k in (0, -1, 1) if (found + timedelta(days=k)).day in numbers),
            None,
        )
        if told is None:
            continue
        weekday = WEEKDAY_NAMES[match.group("weekday") or match.group("weekday2")]
        if weekday == told.weekday():
            return reading
        # Only a day apart: further apart, which of the two was meant is anyone's guess.
        meant = next(
            (told + timedelta(days=k) for k in (-1, 1) if (told + timedelta(days=k)).weekday() == weekday),
            None,
        )
        if (
            meant is None
            or meant > today
            or (today - meant).days > WEEKDAY_REMEMBERED_WITHIN_DAYS
            or found not in {meant, told}
        ):
            return reading
        day, other = WEEKDAYS[weekday].title(), WEEKDAYS[told.weekday()].title()
        return DateReading(
            meant,
            note=f"I've put down {day} {_spoken(meant)}, as you said {day}: the {told.day}"
            f"{_ordinal_suffix(told.day)} was a {other}. If you meant {other} {_spoken(told)}, tell me.",
        )
    return reading


# "last Friday week" (New Zealand and the UK): the Friday before last.
LAST_WEEKDAY_WEEK = re.compile(r"\blast " + _WEEKDAY + r" week\b(?!\s*end)")


def _read_loss_date(text: str, today: date, region: str | None = None) -> DateReading:
    low = NOT_THIS_DATE.sub(" ", text)
    low = _months_named(low, today)
    low = LAST_WEEKDAY_WEEK.sub(lambda m: f"{m.group('weekday')} before last", low)
    low = STAY_BOUND.sub(" ", low)
    low = AN_ORDINAL_OCCASION.sub(" ", low)
    event = _event_clause_date(low, today, region)
    if event is not None and not (DAY_NOT_KNOWN.search(low) and LAST_SEEN.search(low)):
        # (Not "found it gone on the 20th, last wore it on the 1st, who knows": the day
        # last worn is no day of the loss when they say nobody knows it.)
        return event
    not_known = DAY_NOT_KNOWN.search(low)
    if not_known and FOUND_GONE.search(low):
        # The day it was noticed stands for a day nobody knows: said back as approximate
        # (not the day it was last worn: "hadn't worn it since Labor Day, so who knows").
        noticed = read_loss_date(NOT_WORN_SINCE.sub(" ", DAY_NOT_KNOWN.sub(" ", low)), today, region)
        if noticed.value is not None and not noticed.approximate:
            return _approximate_reading(noticed.value, "when it was noticed; it could have been earlier")
        if noticed.value is not None or noticed.problem != "missing":
            return noticed
    any_time = ANY_TIME.search(low)
    if any_time:
        # "noticed it yesterday but it could've been any time last week": the span it
        # could have been in, said back as approximate; the day noticed is no loss date.
        span = _approximate(low[any_time.start() :], today)
        if span is not None:
            return span
        noticed = read_loss_date(low[: any_time.start()], today, region)
        if noticed.value is not None:
            return _approximate_reading(noticed.value, "when it was noticed; it could have been earlier")
    or_the_day = OR_THE_DAY_BESIDE.search(low)
    if or_the_day:
        # "yesterday, or maybe the day before": a day, or the one beside it; the first
        # is taken, said back as approximate.
        first = read_loss_date(low[: or_the_day.start()], today, region)
        if first.value is not None and not first.approximate:
            return _approximate_reading(
                first.value, f"it could have been the {or_the_day.group(2)} {or_the_day.group(3)}"
            )
    cues = list(SELF_CORRECTION.finditer(low))
    if cues and not (ROUGH_AGO.search(low[cues[-1].start() :]) and _named(low[: cues[-1].start()], today)):
        # Not "14 August, so roughly three months back": a gloss of the date, not a correction.
        last_said = read_loss_date(low[cues[-1].end() :], today, region)
        if last_said.value is not None:
            return last_said
    week_before = A_WEEK_BEFORE.search(low)
    if week_before:
        # "a week last Friday" (NZ and UK): the Friday a week before last Friday.
        beside = read_loss_date(week_before.group("rest"), today, region)
        if beside.value is not None:
            earlier = beside.value - timedelta(weeks=1)
            return DateReading(earlier, note=_long_ago_note(earlier, today))
    weekday_next_to = WEEKDAY_NEXT_TO.search(low)
    if weekday_next_to:
        # "the Sunday before Thanksgiving", "the Friday after the 12th": that weekday,
        # the nearest one on that side of the date.
        beside = read_loss_date(weekday_next_to.group("rest"), today, region)
        if beside.value is not None:
            weekday = WEEKDAY_NAMES[weekday_next_to.group("weekday")]
            if weekday_next_to.group("side") == "before":
                moved = beside.value - timedelta(days=(beside.value.weekday() - weekday - 1) % 7 + 1)
            else:
                moved = beside.value + timedelta(days=(weekday - beside.value.weekday() - 1) % 7 + 1)
            if moved > today:
                return DateReading(None, "future")
            return DateReading(moved, note=_long_ago_note(moved, today))
    nth = NTH_WEEKDAY.search(low)
    if nth:
        found_nth = _nth_weekday_said(nth, low, today)
        if found_nth is not None:
            if found_nth > today:
                return DateReading(None, "future")
            return DateReading(found_nth, note=_long_ago_note(found_nth, today))
    next_to = DAY_NEXT_TO.search(low)
    outside = low[: next_to.start()] + " " + low[next_to.end() :] if next_to else ""
    # "the day after Thanksgiving last year, black friday deal": the year said inside the
    # phrase is the year of the day said beside it too.
    said_beside = read_loss_date(outside, today, region) if next_to else None
    year_inside = YEAR_WORDS.search(next_to.group("rest")) if next_to else None
    if (
        said_beside is not None
        and said_beside.value is not None
        and year_inside
        and not YEAR_WORDS.search(outside)
    ):
        said_beside = read_loss_date(f"{outside} {year_inside.group(0)}", today, region)
    if said_beside is not None and said_beside.value is not None:
        # "the day after Thanksgiving, black friday": the date said beside it is the day
        # (the holiday it is counted from is not).
        return said_beside
    if next_to:
        # "the day after Thanksgiving", "the day before Christmas Eve": that day, moved.
        # A date said beside it wins ("black friday last year, the day after thanksgiving"
        # only explains it), and so does its year.
        year = " last year" if re.search(r"\blast year\b", outside) else ""
        beside = read_loss_date(next_to.group("rest") + year, today, region)
        if beside.value is not None:
            moved = beside.value + timedelta(days=1 if next_to.group("side") == "after" else -1)
            if moved > today:
                return DateReading(None, "future")
            return DateReading(moved, note=_long_ago_note(moved, today))
    span = _holiday_weekend(low, today, region) or _either_day(low, today)
    if span is not None:
        return span
    numeric = NUMERIC.search(low.replace("24/7", " "))
    if numeric and not _named(low, today) and LOOSE_GLOSS.search(low) and not STRICT_RELATIVE.search(low):
        # "7/11, we were up at the lake for the weekend", "12/10/25, almost a year ago":
        # the date written out, and a loose word around it that only describes it.
        written = _numeric(numeric, today, region)
        if written.value is not None or written.problem == "ambiguous":
            return written
    found = _relative(low, today, region)
    if found is None:
        if numeric and not _named(low, today):
            return _numeric(numeric, today, region)
        found = _named(low, today)
    if found is None:
        return _approximate(low, today, region) or DateReading(None, "missing")
    if found > today:
        return DateReading(None, "future")
    vague = _vague_count(low, today, found)
    if vague:
        return _approximate_reading(found, vague)
    return DateReading(
        found,
        note=_weekday_disagrees_note(low, found)
        or _long_ago_note(found, today)
        or _year_back_note(low, found, today)
        or _weekend_note(low, found)
        or _counted_weekday_note(low, found, today)
        or _last_weekday_note(low, found, today)
        or _last_week_on_a_sunday_note(low, found, today),
    )


def _last_week_on_a_sunday_note(low: str, found: date, today: date) -> str | None:
    """ "Wednesday of last week" said on a Sunday: the week before this one (weeks start
    on Monday, as in New Zealand and the ISO calendar) is taken; to whoever starts the
    week on Sunday (many in the US) it is the one just gone, said back."""
    weekday = _weekday(low)
    if (
        today.weekday() != 6
        or weekday is None
        or not re.search(r"\blast week\b", low)
        or found != _previous_week(today, weekday)
    ):
        return None
    just_gone = found + timedelta(weeks=1)
    return (
        f"I've put down {WEEKDAYS[weekday].title()} {_spoken(found)}, in the week before this one. "
        f"If you meant the {WEEKDAYS[weekday].title()} just gone, {_spoken(just_gone)}, tell me."
    )


# "Tuesday the 18th" when the 18th was a Wednesday: one of the two is a slip. The date is
# taken (it says which week) and said back with its own weekday, for the person to set right.
def _weekday_disagrees_note(low: str, found: date) -> str | None:
    dated = WEEKDAY_WITH_DAY.search(low)
    if dated is None or int(dated.group("day")) != found.day:
        return None
    said = WEEKDAY_NAMES[dated.group("weekday")]
    if said == found.weekday():
        return None
    return (
        f"I've put down {WEEKDAYS[found.weekday()].title()} {_spoken(found)}: the {found.day}"
        f"{_ordinal_suffix(found.day)} was a {WEEKDAYS[found.weekday()].title()}, not a {WEEKDAYS[said].title()}. "
        'If you meant another day, tell me the date, for example "the 17th".'
    )


def _ordinal_suffix(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# "last Friday" said on a Sunday: the one two days back, or the one a week before it;
# people mean either. ("last Saturday" said on a Sunday is the one a week before
# yesterday: see _relative.)
LAST_WEEKDAY_UNCLEAR_WITHIN_DAYS = 2
LAST_WEEKDAY_FOR_YESTERDAY = 8


def _last_weekday_note(low: str, found: date, today: date) -> str | None:
    """ "last Friday" said two days after a Friday: the nearest one is taken and said back
    with the one a week before, which is what some people mean. "last Saturday" said on
    a Sunday: the one a week before yesterday is taken, and yesterday said back."""
    if not LAST_WEEKDAY.search(low):
        return None
    if (today - found).days == LAST_WEEKDAY_FOR_YESTERDAY:
        yesterday = today - timedelta(days=1)
        return (
            f"I've put down {WEEKDAYS[found.weekday()].title()} {_spoken(found)}. "
            f"If you meant yesterday, {_spoken(yesterday)}, tell me."
        )
    if not 0 < (today - found).days <= LAST_WEEKDAY_UNCLEAR_WITHIN_DAYS:
        return None
    before = found - timedelta(weeks=1)
    return (
        f"I've put down {WEEKDAYS[found.weekday()].title()} {_spoken(found)}. "
        f"If you meant the {WEEKDAYS[before.weekday()].title()} before, {_spoken(before)}, tell me."
    )


def _counted_weekday_note(low: str, found: date, today: date) -> str | None:
    """ "Tuesday a fortnight ago", "a week ago Friday": which Tuesday is counted from
    where (the last one, or the week a fortnight back) differs between people, so the
    day taken is said back with its weekday."""
    if not WEEKS_AGO.search(low) or _weekday(low) is None or found != _counted_weekday(low, today):
        return None
    return (
        f"I've put down {WEEKDAYS[found.weekday()].title()} {_spoken(found)}. "
        'If you meant another day, tell me the date, for example "the 17th".'
    )


# "a couple of weeks ago", "a few months back", "about three weeks ago", "two weeks ago or
# so": a count of weeks or more that is a guess (a vague count, or a hedge beside it)
# stands for a day nobody said, so it is said back as approximate. Days stay exact ("a
# couple of days ago"), and so does a weekday counted back ("a week ago Tuesday").
VAGUE_COUNTS = {"a couple of", "a couple", "couple of", "couple", "a few", "few", "several"}
HEDGED_COUNT = re.compile(
    r"\b(about|around|roughly|approximately|approx|maybe|perhaps|probably|like|something like|"
    r"give or take|not sure|no idea|don'?t know|can'?t remember)\b[^.;!?]*$"
)
HEDGE_AFTER = re.compile(r"^\s*(or so|or thereabouts|ish|-ish|give or take|maybe|i think|i guess)\b")


def _vague_count(low: str, today: date, found: date) -> str | None:
    """What a guessed count of weeks, months or years said, when `found` comes from it."""
    ago = AGO.search(low)
    if ago is None or ago.group("unit") in {"day", "night", "weekend"} or _weekday(low) is not None:
        return None
    count = _count(ago.group("count"))
    if count is None or _back(today, count, ago.group("unit")) != found:
        return None
    words = ago.group("count")
    if not (
        words in VAGUE_COUNTS
        or words.split()[-1] in {"few", "couple", "several"}
        or HEDGED_COUNT.search(low[: ago.start()])
        or HEDGE_AFTER.match(low[ago.end() :])
        or words.split()[0] in {"about", "around", "roughly", "maybe"}
    ):
        return None
    return f"you said {ago.group(0)}"


WEEKEND = re.compile(r"\blast weekend\b|\bover the weekend\b|\bthe weekend\b|\bweekends? (ago|back)\b")


def _weekend_note(low: str, found: date) -> str | None:
    """A weekend is two days: the one taken when none was named is said back."""
    if not WEEKEND.search(low) or _weekday(low) is not None:
        return None
    return (
        f"I've put down Saturday {_spoken(found)} for the weekend. "
        'If it was the Sunday, just say "it was the Sunday".'
    )


# Spans people give for a date they don't know exactly. Each stands for one day, said
# back with what it stands for: the start of a span that runs to today ("in the last
# three weeks", "since the start of the month"), the middle of one that is over.
WITHIN_LAST = re.compile(
    r"\b(?:in|within|during|over)\s+the\s+(?:last|past)\s+(?P<count>\d+|[a-z]+(?:[ -][a-z]+)?|a couple of|a few)\s+"
    r"(?P<unit>day|week|month|fortnight)s?\b"
)
START_OF_MONTH = re.compile(
    r"\b(?:since|at|around|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+month\b"
    r"|\b(?:early|earlier)\s+(?:this|in the)\s+month\b"
)


MONTH_AND_YEAR = re.compile(
    r"\b(?P<month>"
    + "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
    + r")\.?,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d|last year)\b"
)


# "the 3rd of this month", "the 20th of last month": the month by its name.
THIS_OR_LAST_MONTH = re.compile(r"\b(of|in)\s+(this|last)\s+month\b", re.I)


def _months_named(low: str, today: date) -> str:
    def name(match: re.Match[str]) -> str:
        month = today if match.group(2).lower() == "this" else today - relativedelta(months=1)
        return f"{match.group(1)} {month.strftime('%B').lower()}"

    return THIS_OR_LAST_MONTH.sub(name, low)


# A month said with last year around it ("last year in march"), or as last ("last March",
# "march last yr"): the first of that month.
MONTH_LAST_YEAR = (
    re.compile(r"\blast (year|yr)\b[^.;!?]{0,20}?\b" + _MONTH + r"\b", re.I),
    re.compile(r"\b" + _MONTH + r"\s+(of\s+)?last (yr|year)\b", re.I),
)
LAST_MONTH_NAMED = re.compile(r"\blast\s+" + _MONTH + r"(?!\s*\d)", re.I)
# Part of a year: "early last year", "the end of last year", "the start of this year".
PART_OF_YEAR = re.compile(
    r"\b(?P<part>early|start of|beginning of|first half of|mid|middle of|late|end of|second half of|back half of)"
    r"[\s-]+(?P<which>last|this) (year|yr)\b",
    re.I,
)
PART_MONTHS = {
    "early": 2, "start of": 1, "beginning of": 1, "first half of": 4, "mid": 7, "middle of": 7,
    "late": 11, "end of": 12, "second half of": 10, "back half of": 10,
}  # fmt: skip
# A season, whose months depend on the hemisphere: "last summer", "over the winter".
SEASON = re.compile(
    r"\b(?P<which>last|this past|over the|during the)\s+(?P<season>spring|summer|autumn|fall|winter)\b", re.I
)
SEASON_MONTH = {
    "US": {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1},
    "NZ": {"spring": 10, "summer": 1, "autumn": 4, "fall": 4, "winter": 7},
}
# "a year and a half ago", "two and a half years back".
HALF_AGO = re.compile(
    r"\b(?P<count>a|an|one|two|three|four|five|six|\d+)\s+((?P<unit>year|month|week)s?\s+and\s+a\s+half|"
    r"and\s+a\s+half\s+(?P<unit_after>year|month|week)s?)\s+(ago|back|before)\b",
    re.I,
)


def _loose_month_or_season(low: str, today: date, region: str | None) -> tuple[date, str] | None:
    said = MONTH_LAST_YEAR[0].search(low) or MONTH_LAST_YEAR[1].search(low)
    if said:
        found = date(today.year - 1, MONTH_NAMES[said.group("month").lower().rstrip(".")], 1)
        return found, f"the start of {found.strftime('%B %Y')}"
    last = LAST_MONTH_NAMED.search(low)
    if last:
        month = MONTH_NAMES[last.group("month").lower().rstrip(".")]
        year = today.year if month < today.month else today.year - 1
        found = date(year, month, 1)
        return found, f"the start of {found.strftime('%B %Y')}"
    part = PART_OF_YEAR.search(low)
    if part:
        year = today.year - 1 if part.group("which").lower() == "last" else today.year
        found = date(year, PART_MONTHS[re.sub(r"\s+", " ", part.group("part").lower())], 1)
        if found > today:
            return None
        return found, f"{part.group(0).lower()}"
    season = SEASON.search(low)
    if season:
        month = SEASON_MONTH["NZ" if region == "NZ" else "US"][season.group("season").lower()]
        found = date(today.year, month, 1)
        if found > today or (season.group("which").lower() == "last" and (today - found).days < 92):
            found = date(today.year - 1, month, 1)  # "last spring", said in spring: the one before
        return found, f"the {season.group('season').lower()} you mentioned"
    half = HALF_AGO.search(low)
    if half:
        count = _count(half.group("count")) or (1 if half.group("count").lower() in ("a", "an") else None)
        if count is None:
            return None
        unit = (half.group("unit") or half.group("unit_after")).lower()
        months = {"year": 12, "month": 1}.get(unit)
        if months:
            found = today - relativedelta(months=int(months * (count + 0.5)))
        else:
            found = today - timedelta(days=int(7 * (count + 0.5)))
        return found, half.group(0).lower()
    return None


def _approximate(low: str, today: date, region: str | None = None) -> DateReading | None:
    found: date | None = None
    says = ""
    loose = _loose_month_or_season(low, today, region)
    if loose is not None:
        return _approximate_reading(*loose)
    within = WITHIN_LAST.search(low)
    if within:
        count = _count(within.group("count"))
        if count is not None:
            found = _back(today, count, within.group("unit"))
            says = "the earliest it could have been"
    if found is None and START_OF_MONTH.search(low):
        found, says = today.replace(day=1), "the start of this month"
    if found is None and re.search(r"\bearlier (this|in the) week\b", low):
        found, says = today - timedelta(days=today.weekday()), "the start of this week"
    if found is None and re.search(r"\bthe other day\b", low):
        found, says = today - timedelta(days=2), "a couple of days ago"
    if found is None and re.search(r"\blast week\b", low):
        found, says = _previous_week(today, 2), "the middle of last week"
    if found is None and re.search(r"\blast month\b", low):
        last = today - relativedelta(months=1)
        found, says = last.replace(day=15), "the middle of last month"
    month_year = MONTH_AND_YEAR.search(low)
    if found is None and month_year:
        # "june 2024", "march last year", "in may of 2023": the month is known, the day not.
        said_year = month_year.group("year")
        year = today.year - 1 if said_year == "last year" else int(said_year)
        found = date(year, MONTH_NAMES[month_year.group("month")], 1)
        says = f"the start of {found.strftime('%B %Y')}"
        if found > today:
            return DateReading(None, "future")
    if found is None and re.search(r"\blast year\b", low):
        found, says = date(today.year - 1, 7, 1), "the middle of last year"
    if found is None:
        return None
    return _approximate_reading(found, says)


def _approximate_reading(found: date, says: str) -> DateReading:
    note = (
        f"I've noted {_spoken(found)} ({says}) as an approximate date, and marked it for our team. "
        'If you remember the day, tell me, for example "the 18th".'
    )
    return DateReading(found, note=note, approximate=True)


def _previous_week(today: date, weekday: int) -> date:
    """That weekday in the week before this one (weeks start on Monday)."""
    return today - timedelta(days=today.weekday() + 7 - weekday)


def long_ago(found: date, today: date) -> bool:
    return found < today - relativedelta(years=1)


def _long_ago_note(found: date, today: date) -> str | None:
    if not long_ago(found, today):
        return None
    return (
        f"I've noted {_spoken(found)}, more than a year ago. If that's not right, "
        'tell me the date, for example "3 March".'
    )


# A day and month said without a year that, taken as the most recent one, is most of a
# year back ("the 2nd of December" said on 29 November): maybe a slip of the month, or a
# date still to come. Stored, and said back to confirm.
YEAR_BACK_DAYS = 300
YEAR_SAID = re.compile(r"\b(?:19|20)\d{2}\b|\blast year\b|\b(?:a|one|1) year ago\b")


def _year_back_note(low: str, found: date, today: date) -> str | None:
    if (today - found).days < YEAR_BACK_DAYS or long_ago(found, today) or YEAR_SAID.search(low):
        return None
    return (
        f"I've noted {_spoken(found)}, almost a year ago. If you meant another date, "
        'tell me, for example "3 March".'
    )


def _spoken(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1].title()} {day.year}"


def _relative(low: str, today: date, region: str | None = None) -> date | None:
    ago = AGO.search(low)
    if ago and re.search(r"\bago (yesterday|today)\b", low):
        # "a year ago yesterday": counted back from yesterday.
        count = _count(ago.group("count"))
        if count is not None:
            start = today - timedelta(days=1) if "ago yesterday" in low else today
            return _back(start, count, ago.group("unit"))
    holiday = _moving_holiday(low, today, region)
    if holiday is not None:
        return holiday
    dated_weekday = WEEKDAY_WITH_DAY.search(low)
    if dated_weekday:
        # "Saturday the 21st": the day of the month says which Saturday.
        return _most_recent_day(int(dated_weekday.group("day")), today)
    if re.search(r"\b(day before yesterday|(night|day|evening) before last)\b", low):
        return today - timedelta(days=2)
    if re.search(r"\b(yesterday|last night)\b", low):
        return today - timedelta(days=1)
    if re.search(
        r"\b(today|this (morning|afternoon|evening)|tonight|earlier on|just now|an hour ago)\b", low
    ):
        return today
    if re.search(r"\btomorrow\b", low):
        return today + timedelta(days=1)
    counted = _counted_weekday(low, today)
    if counted is not None:
        return counted
    ago = AGO.search(low)
    if ago and ROUGH_AGO.search(low) and _named(low, today) is not None:
        # "December 15th last year, so almost a year ago": the date said is the day.
        ago = None
    if ago:
        count = _count(ago.group("count"))
        if count is not None:
            return _back(today, count, ago.group("unit"))
    if WEEKEND.search(low):
        saturday = _last_weekend(today)
        if re.search(r"\bweekend before (last|that)\b", low):
            saturday -= timedelta(weeks=1)
        # "the Sunday of last weekend": the day named; otherwise its Saturday, said back.
        return saturday + timedelta(days=1) if _weekday(low) == 6 else saturday
    day = DAY_OF_MONTH.search(low)
    if day and not re.search(_MONTH, low[day.end() : day.end() + 15]) and not MONTH_THEN_DAY.search(low):
        # "Wednesday of last week, the 18th": the day of the month is the exact part.
        return _most_recent_day(int(day.group("day")), today)
    weekday = _weekday(low)
    numeric = NUMERIC.search(low.replace("24/7", " "))
    if weekday is not None and not (
        DAY_MONTH.search(low) or MONTH_DAY.search(low) or ISO.search(low) or numeric
    ):
        if re.search(r"\b(of |in )?last week\b", low):
            # "Sunday night, last week": that day in the week before this one.
            return _previous_week(today, weekday)
        # "Sunday 3 May": the date names the day; the weekday only repeats it.
        back = (today.weekday() - weekday) % 7 or 7  # "Friday" said on a Friday: a week ago
        if back == 1 and LAST_WEEKDAY.search(low):
            # "last Saturday" said on a Sunday: yesterday would be "yesterday", so people
            # mean the Saturday a week before (every blind writer who used it did, in
            # six sets); yesterday is said back as the other reading.
            back = 8
        return today - timedelta(days=back)
    return None


# "a week ago Tuesday", "a fortnight ago on the Friday", "two Saturdays ago", "the
# Tuesday before last": a weekday counted back in weeks.
WEEKS_AGO = re.compile(
    r"\b(?P<count>\d+|[a-z]+|a couple of|a few)\s+(?P<unit>week|fortnight)s?\s+(?:ago|back)\b"
)
WEEKDAYS_AGO = re.compile(r"\b(?P<count>\d+|[a-z]+|a couple of|a few)\s+" + _WEEKDAY + r"s\s+(?:ago|back)\b")
BEFORE_LAST = re.compile(r"\bbefore last\b")


def _counted_weekday(low: str, today: date) -> date | None:
    weekday = _weekday(low)
    plural = WEEKDAYS_AGO.search(low)
    if plural:
        count = _count(plural.group("count"))
        if count:
            last = today - timedelta(days=(today.weekday() - WEEKDAY_NAMES[plural.group("weekday")]) % 7 or 7)
            return last - timedelta(weeks=count - 1)
    if weekday is None or NUMERIC.search(low) or DAY_MONTH.search(low) or MONTH_DAY.search(low):
        return None
    weeks = WEEKS_AGO.search(low)
    if weeks:
        count = _count(weeks.group("count"))
        if count:
            start = today - timedelta(weeks=count * (2 if weeks.group("unit") == "fortnight" else 1))
            return start - timedelta(days=(start.weekday() - weekday) % 7)
    if BEFORE_LAST.search(low) and not WEEKEND.search(low):
        return today - timedelta(days=(today.weekday() - weekday) % 7 or 7, weeks=1)
    return None


# "sat night", "wed arvo": a short weekday with a time of day is the day; so is one "just
# gone" (New Zealand's "the one just past": "wed just gone").
TIME_OF_DAY_AFTER = re.compile(r"\s+(night|morning|evening|arvo|afternoon|am|pm|lunch ?time|just gone)\b")


def _weekday(low: str) -> int | None:
    for match in WEEKDAY.finditer(low):
        name = match.group("weekday")
        # "sun", "sat", "wed" and "mon" are words too ("it sat on the dresser"): a day
        # only with "on", "last" or "this" before it.
        if (
            name in AMBIGUOUS_WEEKDAYS
            and not match.group("which")
            and not TIME_OF_DAY_AFTER.match(low, match.end())
            and low.strip(" .!?") != name
        ):
            continue
        return WEEKDAY_NAMES[name]
    return None


def _count(words: str) -> int | None:
    if words.isdigit():
        return int(words)
    if words in A_FEW:
        return A_FEW[words]
    if words.split()[-1] in A_FEW:  # "about a week ago": the hedge is not the count
        return A_FEW[words.split()[-1]]
    for candidate in (words, words.split()[-1], words.split("-")[-1]):
        try:
            return int(text2num(candidate.replace("-", " "), "en"))
        except ValueError:
            continue
    return None


def _back(today: date, count: int, unit: str) -> date:
    if unit in {"day", "night"}:
        return today - timedelta(days=count)
    if unit == "weekend":
        return _last_weekend(today) - timedelta(weeks=count - 1)  # its Saturday, said back
    if unit == "week":
        return today - timedelta(weeks=count)
    if unit == "fortnight":
        return today - timedelta(weeks=2 * count)
    if unit == "month":
        return today - relativedelta(months=count)
    return today - relativedelta(years=count)


def _last_weekend(today: date) -> date:
    """The Saturday of the most recent weekend that is over (or under way)."""
    back = (today.weekday() - 5) % 7
    if today.weekday() in (5, 6):
        back += 7  # said on a weekend, "last weekend" is the one before
    return today - timedelta(days=back)


def _most_recent_day(day: int, today: date) -> date | None:
    """ "on the 3rd": this month's 3rd if it has passed, otherwise last month's."""
    for months_back in range(0, 3):
        month = today - relativedelta(months=months_back)
        try:
            candidate = month.replace(day=day)
        except ValueError:
            continue
        if candidate <= today:
            return candidate
    return None


def _named(low: str, today: date) -> date | None:
    """ "3 March", "March 3rd, 2025", "the 3rd of March", "2026-11-02"."""
    iso = ISO.search(low)
    if iso:
        return _make(int(iso.group("year")), int(iso.group("month")), int(iso.group("day")))
    match = DAY_MONTH.search(low) or MONTH_DAY.search(low) or MONTH_THEN_DAY.search(low)
    last_year = bool(re.search(r"\blast year\b", low))
    if match is None:
        for name, (month, day) in HOLIDAYS.items():
            if re.search(r"\b" + re.escape(name) + r"\b", low):
                year = re.search(r"\b(?:19|20)\d{2}\b", low)
                if year:
                    return _make(int(year.group(0)), month, day)
                # "valentines day last year": last year's, not the most recent one.
                return _make(today.year - 1, month, day) if last_year else _most_recent(month, day, today)
        return None
    month = MONTH_NAMES[match.group("month")]
    day = int(match.group("day"))
    if match.group("year"):
        return _make(int(match.group("year")), month, day)
    if last_year:
        return _make(today.year - 1, month, day)  # "the 3rd of May last year"
    return _most_recent(month, day, today)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _most_recent(month: int, day: int, today: date) -> date | None:
    for year in (today.year, today.year - 1):
        found = _make(year, month, day)
        if found and found <= today:
            return found
    return _make(today.year - 1, month, day)


def _numeric(match: re.Match[str], today: date, region: str | None) -> DateReading:
    a, b = int(match.group("a")), int(match.group("b") or match.group("b2") or match.group("b3"))
    year_text = match.group("year") or match.group("year2") or match.group("year3")
    year = None
    if year_text:
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    day_first = _make(year or 2000, b, a) and (a, b)  # (day, month)
    month_first = _make(year or 2000, a, b) and (b, a)
    readings = [r for r in (day_first, month_first) if r]
    if not readings:
        return DateReading(None, "missing")
    if len(readings) == 2 and a != b:
        preferred = {"NZ": day_first, "US": month_first}.get(region or "")
        if not preferred:
            first, second = (_dated(r, year, today) for r in readings)
            note = f"Do you mean {_spoken_short(first)} or {_spoken_short(second)}?"
            return DateReading(None, "ambiguous", note)
        readings = [preferred]
    found = _dated(readings[0], year, today)
    if found > today:
        return DateReading(None, "future")
    year_back = None if year else _year_back_note("", found, today)
    return DateReading(found, note=_long_ago_note(found, today) or year_back)


def _dated(day_month: tuple[int, int], year: int | None, today: date) -> date:
    day, month = day_month
    if year is not None:
        return date(year, month, day)
    found = _most_recent(month, day, today)
    assert found is not None  # the day and month were checked against a leap year
    return found


def _spoken_short(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1].title()}"
