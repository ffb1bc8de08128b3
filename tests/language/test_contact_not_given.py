"""A claimant with no email, or who would rather not give a phone number: the claim goes
on with the other way to reach them, said back and marked for staff."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import read_claim_answers

TODAY = date(2026, 11, 29)


def read(slot: str, text: str, known: dict[str, Any] | None = None) -> Any:
    return read_claim_answers(
        UserMessage(text, "inform"), slot, {"claim_type": "theft", **(known or {})}, TODAY
    )


@pytest.mark.parametrize(
    "text",
    [
        "I don't have email, sorry",
        "dont use email, never have",
        "no email. ring me instead",
        "I'd rather not give my email",
        "haven't got one",
    ],
)
def test_no_email_goes_on_by_phone(text: str) -> None:
    reading = read("claimant_email", text)
    assert reading.slots["claimant_email"] is None
    assert "claimant_email" in reading.slots["assumed_answers"]
    assert any("phone" in note for note in reading.notes)
    assert not reading.problem


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather not give my number, can you just email me?",
        "no phone thanks",
        "not comfortable sharing my mobile",
        "don't have a cellphone",
    ],
)
def test_no_phone_goes_on_by_email(text: str) -> None:
    reading = read("claimant_phone", text, {"claimant_email": "kim@example.com"})
    assert reading.slots["claimant_phone"] is None
    assert "claimant_phone" in reading.slots["assumed_answers"]


def test_neither_is_refused_politely_with_an_example() -> None:
    known = {"claimant_email": None, "assumed_answers": ["claimant_email"]}
    reading = read("claimant_phone", "no phone either sorry", known)
    assert "claimant_phone" not in reading.slots
    assert reading.problem and "one way to reach you" in reading.problem


@pytest.mark.parametrize(
    ("slot", "text"), [("claimant_email", "kim.lee@example.co.nz"), ("claimant_phone", "021 555 0199")]
)
def test_a_real_answer_is_still_read(slot: str, text: str) -> None:
    assert read(slot, text).slots[slot]


def test_a_typo_in_an_email_is_still_a_problem_not_a_refusal() -> None:
    reading = read("claimant_email", "kim.lee@examplecom")
    assert "claimant_email" not in reading.slots and reading.problem


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("oh two one five five five oh one nine nine", "0215550199"),
        ("my number is oh two seven, double four eight, one two nine oh", "0274481290"),
        ("five oh three, five five five, oh one four two", "5035550142"),
        ("triple oh one two three four", "0001234"),
    ],
)
def test_a_phone_said_in_words_is_read_as_its_digits(text: str, digits: str) -> None:
    assert (
        read("claimant_phone", text, {"claimant_email": "kim@example.com"}).slots["claimant_phone"] == digits
    )


@pytest.mark.parametrize("text", ["one sec, it's on my other phone", "two", "call me after five"])
def test_words_that_are_not_a_number_are_not_read_as_one(text: str) -> None:
    assert "claimant_phone" not in read("claimant_phone", text, {"claimant_email": "kim@example.com"}).slots
