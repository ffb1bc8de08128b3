"""Control characters never reach a reader; a name needs letters."""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import read_claim_answers
from bot.language.contact import clean_name
from bot.language.text import looks_like_code, without_control_characters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana\x00Ruiz", "Ana Ruiz"),
        ("it was\x07 taken\r\nfrom my bag", "it was  taken  from my bag"),
        ("\x1b[2Jstolen", " stolen"),
        ("💍 ring, 3 carats", "💍 ring, 3 carats"),  # emoji and punctuation stay
        ("Zoë Łukasz", "Zoë Łukasz"),
    ],
)
def test_control_characters_become_spaces(text: str, expected: str) -> None:
    assert without_control_characters(text) == expected


@pytest.mark.parametrize("text", ["💍", "...", "💍 💎", "--"])
def test_a_name_without_letters_is_not_a_name(text: str) -> None:
    assert clean_name(text) is None


def test_a_name_with_control_characters_reads_clean_once_they_are_spaces() -> None:
    assert clean_name(without_control_characters("Ana\x00 Ruiz\x07")) == "Ana Ruiz"
    assert clean_name("Zoë O'Brien") == "Zoë O'Brien"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("'; DROP TABLE claims; --", True),
        ("<script>alert(1)</script>", True),
        ("{{7*7}}", True),
        ("what is a blanket endorsement?", False),
        ("is it covered if I lose it - or only theft?", False),
        ("I left it at the bar; someone took it", False),
        ("select the best cover from your list", False),
    ],
)
def test_markup_and_code_are_told_apart_from_questions(text: str, code: bool) -> None:
    assert looks_like_code(text) is code


def test_code_classified_as_a_question_is_read_as_a_bad_answer() -> None:
    reading = read_claim_answers(
        UserMessage("'; DROP TABLE claims; --", "faq"), "claimant_email", {}, date(2026, 11, 22)
    )
    assert reading.slots == {} and reading.problem and "name@example.com" in reading.problem


def test_markup_is_not_a_description_of_what_happened() -> None:
    reading = read_claim_answers(
        UserMessage('<script>alert("x")</script><img src=x onerror=alert(1)>', "inform"),
        "loss_description",
        {"claim_type": "theft"},
        date(2026, 11, 22),
    )
    assert reading.slots == {} and reading.problem and "for example" in reading.problem


@pytest.mark.parametrize("text", ["submit", "Submit it", "try again", "yes, submit it"])
def test_submit_at_the_summary_confirms(text: str) -> None:
    reading = read_claim_answers(UserMessage(text, "inform"), "claim_confirmed", {}, date(2026, 11, 22))
    assert reading.slots == {"claim_confirmed": True}
