"""Control characters never reach a reader; a name needs letters."""

from __future__ import annotations

import pytest

from bot.language.contact import clean_name
from bot.language.text import without_control_characters


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
