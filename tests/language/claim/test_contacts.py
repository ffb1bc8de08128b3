"""The name question: a name not given is no name. "I'm not sure" read like "I'm Ana"
had put claims under "Not Sure"; "I'd rather not say" under "I'd Rather Not Say"."""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import read_claim_answers
from bot.wording.claims import CLAIM_PROBLEMS

TODAY = date(2026, 11, 29)


def _read(text: str) -> tuple[object, str | None]:
    reading = read_claim_answers(UserMessage(text, "inform", ()), "claimant_name", {}, TODAY)
    return reading.slots.get("claimant_name"), reading.problem


@pytest.mark.parametrize(
    "text",
    [
        "I'm not sure",
        "not sure sorry",
        "dunno",
        "idk",
        "I'd rather not say",
        "I would prefer not to give my name",
        "do you really need my name?",
        "why do you need that",
        "can I stay anonymous",
        "I won't give it out online",
        "none of your business mate",
        "skip",
        "no name please",
    ],
)
def test_a_name_kept_back_is_no_name(text: str) -> None:
    name, problem = _read(text)
    assert name is None
    assert problem == CLAIM_PROBLEMS["claimant_name_withheld"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I'm Ana Ruiz", "Ana Ruiz"),
        ("Skip Henderson", "Skip Henderson"),
        ("it's Sure Mahuta", "Sure Mahuta"),
        ("Tama Ngata-Passfield", "Tama Ngata-Passfield"),
        ("Mrs Harriet Pascoe", "Harriet Pascoe"),  # the title is not kept
        ("Rather, Jo", "Rather, Jo"),
    ],
)
def test_names_that_only_look_like_a_refusal_are_names(text: str, name: str) -> None:
    got, problem = _read(text)
    assert problem is None
    assert got is not None and str(got).replace(",", "") == name.replace(",", "")
