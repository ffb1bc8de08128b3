"""Dates only from words that state one, counted from the shop's day, in the region's order."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.config import shop_today
from bot.language.dates import read_loss_date

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "my $900 ring was stolen",
        "I lost my $1,500 bracelet",
        "my 18k gold necklace was stolen",
        "a 14ct chain and a 1.5 carat solitaire",
        "a 3/4 carat diamond",
        "size 7, about $2,400",
        "I wear it 24/7",
        "it sat in the sun on the windowsill",
        "we wed in the spring",  # no day: the date is asked
        "my watch is gone",
        "I may have left it at the gym",
        "ring cost 12.50 to resize",
        "call me on 021 555 6789",
    ],
)
def test_no_date_without_words_that_state_one(text: str) -> None:
    reading = read_loss_date(text, TODAY)
    assert reading.value is None and reading.problem == "missing"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("the day before yesterday", "2026-11-23"),
        ("day before yesterday in the arvo", "2026-11-23"),
        ("yesterday evening", "2026-11-24"),
        ("last nite", None),  # a typo that states nothing sure: asked again
        ("last night at the pub", "2026-11-24"),
        ("three days ago", "2026-11-22"),
        ("3 days ago", "2026-11-22"),
        ("about four days ago", "2026-11-21"),
        ("a couple of days ago", "2026-11-23"),
        ("two nights ago", "2026-11-23"),
        ("a fortnight ago", "2026-11-11"),
        ("on the 3rd", "2026-11-03"),
        ("it was the 28th", "2026-10-28"),  # the 28th of this month is still ahead
        ("last weekend", "2026-11-21"),
        ("over the weekend", "2026-11-21"),
        ("the weekend before last", "2026-11-14"),
        ("on the Sunday, last weekend", "2026-11-22"),
        ("on Sunday", "2026-11-22"),
        ("Sunday night", "2026-11-22"),
        ("sometime Saturday arvo", "2026-11-21"),
        ("last Wednesday", "2026-11-18"),  # said on a Wednesday: a week ago
        ("on tues", "2026-11-24"),
        ("this morning", "2026-11-25"),
        ("5 Nov", "2026-11-05"),
        ("the 1st of December", "2025-12-01"),  # without a year: the most recent past one
        ("December 24th", "2025-12-24"),
        ("Christmas Eve", "2025-12-24"),
        ("Oct 3, 2026", "2026-10-03"),
        ("2026-11-02", "2026-11-02"),
        ("20/11", "2026-11-20"),  # 20 can only be a day
        ("11/20/2026", "2026-11-20"),
        ("20.11.2026", "2026-11-20"),
    ],
)
def test_dates_from_words_that_state_them(text: str, iso: str | None) -> None:
    reading = read_loss_date(text, TODAY)
    assert (reading.value.isoformat() if reading.value else None) == iso


def test_a_sat_on_sunday_is_a_day_only_with_a_cue() -> None:
    assert read_loss_date("it sat on the bench", TODAY).value is None
    assert read_loss_date("last sat", TODAY).value == date(2026, 11, 21)


@pytest.mark.parametrize(("region", "iso"), [("NZ", "2026-04-03"), ("US", "2026-03-04")])
def test_day_month_order_follows_the_region(region: str, iso: str) -> None:
    reading = read_loss_date("on 3/4", TODAY, region)
    assert reading.value is not None and reading.value.isoformat() == iso


def test_an_ambiguous_date_without_a_region_is_asked_with_both_readings() -> None:
    reading = read_loss_date("3/4", TODAY)
    assert reading.value is None and reading.problem == "ambiguous"
    assert reading.note is not None and "3 April" in reading.note and "4 March" in reading.note


def test_the_same_day_and_month_is_not_ambiguous() -> None:
    assert read_loss_date("5/5", TODAY).value == date(2026, 5, 5)


@pytest.mark.parametrize("text", ["tomorrow", "2027-01-05", "12/25/2026", "1 December 2026"])
def test_never_in_the_future(text: str) -> None:
    assert read_loss_date(text, TODAY, "US").problem == "future"


def test_a_date_more_than_a_year_back_is_said_back_for_confirmation() -> None:
    reading = read_loss_date("it was 14 March 2024", TODAY)
    assert reading.value == date(2024, 3, 14)
    assert reading.note is not None and "14 March 2024" in reading.note and "more than a year" in reading.note
    assert read_loss_date("two weeks ago", TODAY).note is None


def test_the_shop_day_is_the_shop_time_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    # 2026-11-25 20:00 UTC is already the 26th in Auckland, still the 25th in New York.
    moment = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    monkeypatch.delenv("SHOP_TIMEZONE", raising=False)
    assert shop_today(moment) == date(2026, 11, 26)
    monkeypatch.setenv("SHOP_TIMEZONE", "America/New_York")
    assert shop_today(moment) == date(2026, 11, 25)
    monkeypatch.setenv("SHOP_TIMEZONE", "Not/AZone")
    assert shop_today(moment) == date(2026, 11, 26)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("wednesday of last week, the 18th", "2026-11-18"),  # the day of the month is exact
        ("sunday night, last week", "2026-11-22"),  # that weekday in the week before this one
        ("tuesday last week", "2026-11-17"),
    ],
)
def test_a_weekday_of_last_week_and_a_day_of_the_month(text: str, iso: str) -> None:
    reading = read_loss_date(text, TODAY)
    assert reading.value == date.fromisoformat(iso) and not reading.approximate


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("last week", "2026-11-18"),  # the middle of last week
        ("sometime last month", "2026-10-15"),
        ("no idea exactly, sometime in the last three weeks", "2026-11-04"),  # the earliest
        ("in the past couple of weeks", "2026-11-11"),
        ("since the start of the month", "2026-11-01"),
        ("earlier this week", "2026-11-23"),
        ("the other day", "2026-11-23"),
        # A guessed count of weeks or more stands for no day: said back as approximate.
        ("a few weeks back", "2026-11-04"),
        ("couple of weeks ago I think", "2026-11-11"),
        ("it went missing a couple months back", "2026-09-25"),
        ("roughly three weeks ago", "2026-11-04"),
        ("five weeks ago or so", "2026-10-21"),
        ("no idea really, maybe a month ago", "2026-10-25"),
        ("several weeks ago", "2026-11-04"),
    ],
)
def test_a_span_is_an_approximate_date_said_back(text: str, iso: str) -> None:
    reading = read_loss_date(text, TODAY)
    assert reading.value == date.fromisoformat(iso)
    assert reading.approximate and reading.note and "approximate" in reading.note


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("two weeks ago", "2026-11-11"),  # a count said plainly
        ("a couple of days ago", "2026-11-23"),  # days are close enough
        ("about four days ago", "2026-11-21"),
        ("a week ago Tuesday", "2026-11-17"),  # the weekday names the day
    ],
)
def test_a_plain_count_is_a_date(text: str, iso: str) -> None:
    reading = read_loss_date(text, TODAY)
    assert reading.value == date.fromisoformat(iso) and not reading.approximate


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Guy Fawkes", "2026-11-05"),
        ("on bonfire night at the beach", "2026-11-05"),
        ("st patrick's day", "2026-03-17"),
        ("juneteenth", "2026-06-19"),
    ],
)
def test_fixed_holidays_are_their_day(text: str, iso: str) -> None:
    assert read_loss_date(text, TODAY).value == date.fromisoformat(iso)


def test_no_approximation_without_a_span() -> None:
    assert read_loss_date("a while ago", TODAY).value is None


def test_shop_today_can_be_pinned_for_replayed_conversations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHOP_TODAY", "2026-11-29")
    assert shop_today() == date(2026, 11, 29)
    # A given moment still counts from itself (the rules' tests pass one in).
    assert shop_today(datetime(2027, 1, 5, 12, tzinfo=UTC)) == date(2027, 1, 6)  # NZ is ahead


def test_the_day_taken_for_a_weekend_is_said_back_unless_named() -> None:
    taken = read_loss_date("sometime last weekend", TODAY)
    assert taken.value == date(2026, 11, 21) and taken.note and "Saturday 21 November" in taken.note
    named = read_loss_date("Saturday last weekend", TODAY)
    assert named.value == date(2026, 11, 21) and named.note is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # TODAY is Wednesday 25 November 2026; Thanksgiving is Thursday 26 November 2026,
        # so "thanksgiving" is last year's (27 November 2025).
        ("the monday before halloween", "2026-10-26"),
        ("the tuesday after the 10th", "2026-11-17"),
        ("friday before christmas eve", "2025-12-19"),
        ("saturday after 3 october", "2026-10-10"),
    ],
)
def test_a_weekday_before_or_after_a_date(text: str, iso: str) -> None:
    assert read_loss_date(text, TODAY).value == date.fromisoformat(iso)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("the first monday of the month", "2026-11-02"),
        ("early this month, the second sunday I think", "2026-11-08"),
        ("the last friday in october", "2026-10-30"),
        ("third thursday of last month", "2026-10-15"),
        ("2nd saturday in august", "2026-08-08"),
    ],
)
def test_a_weekday_counted_in_a_month(text: str, iso: str) -> None:
    assert read_loss_date(text, TODAY).value == date.fromisoformat(iso)


def test_last_weekday_alone_is_the_most_recent() -> None:
    assert read_loss_date("last friday", TODAY).value == date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "region", "iso"),
    [
        ("Memorial Day weekend, on the Monday", "US", "2026-05-25"),
        ("labour weekend, the sunday", "NZ", "2026-10-25"),
        ("easter weekend - the saturday", None, "2026-04-04"),
    ],
)
def test_a_day_of_a_holiday_weekend_named_after_it(text: str, region: str | None, iso: str) -> None:
    reading = read_loss_date(text, TODAY, region)
    assert reading.value == date.fromisoformat(iso) and not reading.approximate


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Corrected in the same breath: the last date said holds.
        ("yesterday evening, well actually after midnight so today", "2026-11-25"),
        ("monday - I mean tuesday", "2026-11-24"),
        ("the 19th, or rather the 20th", "2026-11-20"),
        ("sunday, sorry, saturday", "2026-11-21"),
        # An ordinal that counts years is no day of the month.
        ("for our 25th anniversary, 3 may 2024", "2024-05-03"),
        ("her 30th birthday, on the 2nd of march 2025", "2025-03-02"),
        ("on the 12th", "2026-11-12"),
    ],
)
def test_a_date_corrected_in_the_same_breath(text: str, iso: str) -> None:
    reading = read_loss_date(text, TODAY)
    assert (reading.value.isoformat() if reading.value else None) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("july 2023", "2023-07-01"),
        ("back in february of 2022", "2022-02-01"),
        ("september last year", "2025-09-01"),
        ("our 5th anniversary, october 2024", "2024-10-01"),
        ("got it for my 18th, in jan 2021", "2021-01-01"),
    ],
)
def test_a_month_and_year_is_an_approximate_first_of_the_month(text: str, iso: str) -> None:
    reading = read_loss_date(text, TODAY)
    assert reading.value is not None and reading.value.isoformat() == iso
    assert reading.approximate and reading.note


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("the day after thanksgiving, so black friday", "2026-11-27"),
        ("black friday, the day after thanksgiving", "2026-11-27"),
        ("the day after Christmas, boxing day", "2025-12-26"),
    ],
)
def test_a_day_counted_from_a_holiday_with_its_own_name_beside(text: str, iso: str) -> None:
    reading = read_loss_date(text, date(2026, 12, 3), "US")
    assert reading.value is not None and reading.value.isoformat() == iso


@pytest.mark.parametrize(
    ("text", "today", "iso"),
    [
        # The lunar calendars come from the `holidays` package, not a table that ends: the
        # years after 2030 read as well as those before.
        ("it went missing at the lunar new year market", date(2026, 11, 29), "2026-02-17"),
        ("chinese new year 2031, at my in-laws", date(2031, 11, 29), "2031-01-23"),
        ("the night before Lunar New Year", date(2035, 3, 1), "2035-02-07"),
        ("over Matariki weekend", date(2031, 11, 29), "2031-07-11"),
        ("on Matariki", date(2035, 11, 29), "2035-06-29"),
    ],
)
def test_lunar_holidays_in_any_year(text: str, today: date, iso: str) -> None:
    assert read_loss_date(text, today).value == date.fromisoformat(iso)


SUNDAY = date(2026, 11, 29)


@pytest.mark.parametrize(
    ("text", "region", "iso"),
    [
        ("Wednesday night, didn't notice till yesterday", "US", "2026-11-25"),
        ("must've been Friday at the party, I only realised yesterday morning", "NZ", "2026-11-27"),
        ("Friday - I realised it was gone yesterday", "NZ", "2026-11-27"),
        ("Thursday arvo, but we didn't discover it was gone till this morning", "NZ", "2026-11-26"),
        ("found it missing yesterday but the break in was Friday night", "US", "2026-11-27"),
        ("Tuesday, I only noticed on Thursday when I went to put it on", "US", "2026-11-24"),
    ],
)
def test_a_day_told_beside_the_day_it_was_found_gone_is_the_day_it_happened(
    text: str, region: str, iso: str
) -> None:
    reading = read_loss_date(text, SUNDAY, region)
    assert reading.value == date.fromisoformat(iso)
    assert not reading.approximate


@pytest.mark.parametrize(
    "text",
    [
        # The day last worn beside the day found gone: no day of the loss told.
        "noticed on the 20th, hadn't worn it since Halloween so who knows",
        "noticed yesterday, no idea when it actually went",
    ],
)
def test_a_day_last_worn_beside_the_day_found_gone_is_not_the_day_it_happened(text: str) -> None:
    reading = read_loss_date(text, SUNDAY, "US")
    assert reading.value is None or reading.approximate


def test_a_span_beside_the_day_noticed_leaves_the_day_noticed() -> None:
    # "last week" places the Sunday it was noticed; it is no day of the event.
    assert read_loss_date("I noticed it sunday night, last week", SUNDAY, "US").value == date(2026, 11, 22)


def test_a_day_told_loosely_beside_the_day_noticed_is_said_back() -> None:
    reading = read_loss_date("yesterday, or maybe the day before, I noticed this morning", SUNDAY, "NZ")
    assert reading.value == date(2026, 11, 28)
    assert reading.approximate
