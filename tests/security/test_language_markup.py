"""Markup in an answer to the police-report question is refused, never stored raw.

The reader once checked for markup only on the path that found a number: an answer
with "no" in it went straight into the claim as typed (issue 13, item 7).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import read_claim_answers

pytestmark = pytest.mark.security

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("no <script>alert(1)</script>", "inform"),
        ("<b>no</b> report, it was lost", "inform"),
        ("not reported <img src=x onerror=alert(1)>", "deny"),
        ("none; DROP TABLE claims", "inform"),
        ("no {{ 7*7 }}", "inform"),
        ("nope <!-- hidden -->", "deny"),
    ],
)
def test_markup_in_a_no_report_answer_is_refused(text: str, intent: str) -> None:
    reading = read_claim_answers(UserMessage(text, intent), "police_report_number", {}, TODAY)
    assert "police_report_number" not in reading.slots
    assert reading.problem and "example" in reading.problem


def test_markup_around_a_number_is_refused_too() -> None:
    message = UserMessage("<b>APD-5512</b>", "inform")
    reading = read_claim_answers(message, "police_report_number", {}, TODAY)
    assert "police_report_number" not in reading.slots


def test_a_plain_reason_is_still_kept() -> None:
    message = UserMessage("no, it was lost, not stolen", "deny")
    reading = read_claim_answers(message, "police_report_number", {"claim_type": "theft"}, TODAY)
    assert reading.slots["police_report_number"] == "none: no, it was lost, not stolen"
    # The kind of claim it sets right ("lost, not stolen") is read too, and said back.
    assert reading.slots.get("claim_type") in (None, "lost")


@pytest.mark.parametrize("text", ["Robert'); DROP TABLE claims;--", "Ana <b>Ruiz</b>, ana@example.com"])
def test_code_in_a_name_answer_stores_no_name(text: str) -> None:
    reading = read_claim_answers(UserMessage(text, "inform"), "claimant_name", {"claim_type": "theft"}, TODAY)
    assert "claimant_name" not in reading.slots
