"""The claim's value, loss date and proof, read by kind (issue 12; bot/language/dates.py,
claim/dates.py, claim/piece.py, claim/documents.py):

- a figure told as the least it is worth ("10k? maybe more"), or two figures where one
  is what it retails for now: put down and said back;
- a weekday that is not the date's ("Tuesday the 18th" when the 18th is a Wednesday):
  the date put down, said back with its own weekday;
- the day it was noticed missing and the day it was last seen, both told: the day
  noticed put down, said back with the other;
- a document named, then said later in the message to be gone ("eftpos receipt - well,
  the bank statement, the actual receipt's long gone"), or thrown out with the rubbish:
  not had.

Phrasings are our own (US and NZ); the negatives must not change."""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.dates import read_loss_date
from tests.language.claim.reading import TODAY, read_reply

THEFT = {"claim_type": "theft", "item_type": "ring"}
LOST = {"claim_type": "lost", "item_type": "ring"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10k? maybe more. the diamond was 1.2ct", 10000.0),
        ("about 10k, maybe more", 10000.0),
        ("$4,800 at least", 4800.0),
        ("NZ$7,000 if not more", 7000.0),
        ("it retails for 7,200 now, I paid 6,000 in 2020", 7200.0),
        ("they sell for about $3,400 new, we paid 2,900", 3400.0),
    ],
)
def test_a_value_short_of_stated_is_said_back(text: str, value: float) -> None:
    reading = read_reply(text, "item_value", THEFT)
    assert reading.slots.get("item_value") == value
    assert reading.notes


@pytest.mark.parametrize("text", ["$4,800", "it was appraised at $8,400 in March", "about $900"])
def test_a_value_stated_is_not_said_back(text: str) -> None:
    reading = read_reply(text, "item_value", THEFT)
    assert reading.slots.get("item_value") is not None
    assert not reading.notes


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tuesday the 18th", date(2026, 11, 18)),  # a Wednesday
        ("it was Monday the 20th", date(2026, 11, 20)),  # a Friday
        ("sat the 24th", date(2026, 11, 24)),  # a Tuesday
    ],
)
def test_a_weekday_that_is_not_the_dates_is_said_back(text: str, day: date) -> None:
    reading = read_loss_date(text, TODAY, "US")
    assert reading.value == day
    assert reading.note and "was a" in reading.note


@pytest.mark.parametrize("text", ["Wednesday the 18th", "Friday the 27th", "sat the 21st", "the 18th"])
def test_a_weekday_that_is_the_dates_says_nothing_back(text: str) -> None:
    reading = read_loss_date(text, TODAY, "US")
    assert reading.value is not None
    assert reading.note is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("noticed it missing on Saturday, last saw it Thursday", "2026-11-28"),
        ("last saw it Monday, realised it was gone Wednesday", "2026-11-25"),
        ("realised it was gone on the 26th, last wore it on the 22nd", "2026-11-26"),  # NZ
    ],
)
def test_the_day_noticed_is_said_back_with_the_day_last_seen(text: str, day: str) -> None:
    reading = read_reply(text, "loss_date", LOST)
    assert reading.slots.get("loss_date") == day
    assert any("last saw it" in note for note in reading.notes)


@pytest.mark.parametrize("text", ["noticed it was gone yesterday", "last Friday", "on the 20th"])
def test_one_day_told_says_nothing_of_a_sighting(text: str) -> None:
    reading = read_reply(text, "loss_date", LOST)
    assert reading.slots.get("loss_date") is not None
    assert not any("last saw it" in note for note in reading.notes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "eftpos receipt - well, the bank statement, the actual receipt's long gone. and a video from our engagement",
            {"bank_statement", "video"},
        ),
        ("receipt and photos. well the photos are gone actually", {"receipt"}),
        ("the valuation and a photo, but the valuation got thrown out", {"photo"}),
        ("photos. the receipt went out with the rubbish years ago", {"photo"}),
        ("bank statement. the receipt went out with the recycling ages ago", {"bank_statement"}),  # NZ
    ],
)
def test_a_document_said_gone_later_is_not_had(text: str, expected: set[str]) -> None:
    reading = read_reply(text, "proof_documents", {**LOST, "_documents_told": []})
    assert set(reading.slots.get("proof_documents") or []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I have the receipt, the photos are gone", {"receipt"}),
        ("I have the receipt, well the receipt's gone but I have a copy of it", {"receipt"}),
        ("receipt, valuation and photos", {"receipt", "valuation", "photo"}),
    ],
)
def test_a_document_said_had_keeps_its_word(text: str, expected: set[str]) -> None:
    reading = read_reply(text, "proof_documents", {**LOST, "_documents_told": []})
    assert set(reading.slots.get("proof_documents") or []) == expected
