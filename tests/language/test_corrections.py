"""A correction in the same breath, read by every reader from one list of cue words
(bot/language/corrections.py): a date, a figure, a document, a police reference, a name
and a yes or no set right at once, in US and NZ wordings. The cue words a reader took
when they were merged ("whoops", "my bad", "hang on", "on second thought"...) are tried
on each, with wordings that must NOT read as a correction."""

from __future__ import annotations

import re
from datetime import date

import pytest

from bot.language.claim.documents import _documents_said
from bot.language.claim.police import police_reference
from bot.language.contact import name_set_right
from bot.language.corrections import CLOSING, SAME_BREATH, SETTING_RIGHT, cue_words
from bot.language.dates import read_loss_date
from bot.language.money import corrected_value, corrected_within, read_amount
from bot.language.yes_no import read_yes_no

TODAY = date(2026, 11, 25)  # a Wednesday


def test_the_cue_words_are_held_once_and_read_whole() -> None:
    assert len(set(SAME_BREATH)) == len(SAME_BREATH)
    assert set(SETTING_RIGHT) < set(SAME_BREATH) and set(CLOSING) < set(SAME_BREATH)
    cue = re.compile(r"\b" + cue_words() + r"\b", re.I)
    assert cue.fullmatch("on  second thought") and cue.fullmatch("My Bad")
    assert not cue.search("sorted") and not cue.search("waiting") and not cue.search("actual")
    # The longest cue is taken whole: "no wait", not "no".
    assert re.match(cue_words("no", no_first=True), "no wait").group(0) == "no wait"


# A date set right: the last date said holds.
@pytest.mark.parametrize(
    ("text", "region", "day"),
    [
        ("Tuesday, whoops I mean Monday", "US", date(2026, 11, 23)),
        ("last night, my bad, this morning", "NZ", date(2026, 11, 25)),
        ("the 14th - hang on, the 15th", "US", date(2026, 11, 15)),
        ("friday arvo, on second thought thursday", "NZ", date(2026, 11, 19)),
        ("11/3, my mistake, 11/4", "US", date(2026, 11, 4)),
        ("3/11, i meant 4/11", "NZ", date(2026, 11, 4)),
        ("Sunday, no my bad, Saturday", "US", date(2026, 11, 21)),
        # What is no correction: the cue before the only date, a cue with no date after.
        ("sorry, it was last Friday", "US", date(2026, 11, 20)),
        ("hang on, it was the 12th", "NZ", date(2026, 11, 12)),
        ("the 12th, my bad for not reporting it sooner", "NZ", date(2026, 11, 12)),
        ("last Monday, whoops forgot to say it was at the beach", "US", date(2026, 11, 23)),
        ("the 20th. no wait I don't know", "US", date(2026, 11, 20)),
        ("on second thought, it was Sunday", "NZ", date(2026, 11, 22)),
    ],
)
def test_a_date_set_right(text: str, region: str, day: date) -> None:
    assert read_loss_date(text, TODAY, region).value == day


# A figure set right within the message: the later one is the answer.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4200, whoops 4800", 4800.0),
        ("$6k, on second thought $6,500", 6500.0),
        ("NZ$3,000 - hang on, it was NZ$3,400", 3400.0),
        ("5 grand, my bad, 4 grand", 4000.0),
        ("about 2,900 USD, no my mistake 3,200", 3200.0),
    ],
)
def test_a_figure_set_right(text: str, value: float) -> None:
    within = corrected_within(text)
    assert within is not None and within.value == value
    assert read_amount(text).value == value


# No correction within: one figure only, or the cue before the first figure.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sorry, it was about 3000", 3000.0),
        ("actually it's 4000", 4000.0),
        ("I mean it's worth about 2k", 2000.0),
        ("whoops, forgot to say, $2,500", 2500.0),
        ("hang on let me check... about 1800 NZD", 1800.0),
        ("on second thought, around $3,500", 3500.0),
    ],
)
def test_no_figure_set_right_with_one_figure(text: str, value: float) -> None:
    assert corrected_within(text) is None
    assert read_amount(text).value == value


# A value set right at a later question: the words that set right on their own count;
# "I mean" and "hang on", as often a pause, do not.
@pytest.mark.parametrize(
    ("text", "known", "value"),
    [
        ("whoops, the appraisal says 5,200", 4500.0, 5200.0),
        ("on second thought it's more like $3,400", 2600.0, 3400.0),
        ("sorry, it was about 3000", 2500.0, 3000.0),
        ("I mean it's worth about 2k", 3000.0, None),
        ("hang on, is $500 the excess?", 3000.0, None),
        ("i mean we go to Sydney 3 times a year", 3000.0, None),
        ("hang on, the ring is 18k gold", 3000.0, None),
        ("no wait I don't know", 3000.0, None),
    ],
)
def test_a_value_set_right_later(text: str, known: float, value: float | None) -> None:
    assert corrected_value(text, known) == value


# A document list set right: what is said after the cue holds.
@pytest.mark.parametrize(
    ("text", "had", "lacking"),
    [
        ("the receipt and the photos - hang on, no photos", ["receipt"], ["photo"]),
        ("receipt and valuation, on second thought, just the receipt", ["receipt"], ["valuation"]),
        ("the valuation, actually the valuation was for another ring", [], ["valuation"]),
        ("receipt, valuation, my bad, no valuation", ["receipt"], ["valuation"]),
        # No correction: a cue with nothing set right after it.
        ("hang on, I have the receipt and the valuation", ["receipt", "valuation"], []),
        ("I have the receipt, on second thought also some photos", ["receipt", "photo"], []),
        ("sorry, the receipt is all I've got", ["receipt"], []),
    ],
)
def test_documents_set_right(text: str, had: list[str], lacking: list[str]) -> None:
    named, gone = _documents_said(text)
    assert (sorted(named), sorted(gone)) == (sorted(had), sorted(lacking))


# A police reference retyped: the one after the cue.
@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("24-88120 whoops 26-88120", "26-88120"),
        ("P0231144 hang on, P0231145", "P0231145"),
        ("ref 1234567 on second thought it was 1234568", "1234568"),
        ("NYPD 2026-118834 my mistake, NYPD 2026-118843", "NYPD 2026-118843"),
        # No correction: the cue before the only reference, or nothing after it.
        ("hang on, the reference is 24-88120", "24-88120"),
        ("whoops sorry, 261124/2201", "261124/2201"),
        ("24-88120, my bad for the wait", "24-88120"),
    ],
)
def test_a_reference_retyped(text: str, reference: str) -> None:
    assert police_reference(text) == reference


# A name set right with a cue before "my name is".
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hang on, my name is Jonathan Whittaker", "Jonathan Whittaker"),
        ("whoops the name's Aroha Ngata", "Aroha Ngata"),
        ("Sam Lee - i mean my name is Samuel Lee", "Samuel Lee"),
        ("my mistake, my name's Mere Tane", "Mere Tane"),
        # No name set right: no name after the cue.
        ("hang on, my name is on the policy", None),
        ("sorry, wait a sec", None),
    ],
)
def test_a_name_set_right(text: str, name: str | None) -> None:
    assert name_set_right(text) == name


# A yes or no taken back: the second answer is the one given.
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("yes whoops no", "no"),
        ("yeah, my bad, nah", "no"),
        ("nope, i meant yes", "yes"),
        ("yep, correction, not really", "no"),
        ("yes, no my mistake", "no"),
        ("no, yes on second thought", "yes"),
        ("yeah, ah, sorry, no", "no"),
        # Not taken back: the same answer, a no idiom, or a cue leading into nothing.
        ("yes, no correction needed", "yes"),
        ("yep oops, no problem", "yes"),
        ("yeah whoops yeah", "yes"),
        ("no wait I don't know", "unknown"),
        ("yes, no, scratch that", "yes"),
        ("nah, oops no worries", "no"),
    ],
)
def test_a_yes_or_no_taken_back(text: str, answer: str) -> None:
    reading = read_yes_no(text)
    assert reading is not None and reading.answer == answer
