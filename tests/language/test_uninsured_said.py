"""No cover said as a sentence of its own, in a first message full of other facts."""

from __future__ import annotations

import pytest

from bot.language.facts import setting_mentions


def cover_said(text: str) -> str | None:
    return next((m.value for m in setting_mentions(text) if m.entity == "current_coverage"), None)


@pytest.mark.parametrize(
    "text",
    [
        "my ring is valued at NZ$4,200. Not insured at the moment - the valuer said to get it specified",
        "need advice - 9k watch, live in a flat in the CBD, nothing covering it yet",
        "Bought a $3k bracelet last week. Currently not insured.",
        "engagement ring, about 6 grand; not covered yet, we only picked it up friday",
    ],
)
def test_no_cover_said(text: str) -> None:
    assert cover_said(text) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "we have contents with AMI. not insured separately though",
        "homeowners - not covered for its full value i think",
        "the policy says items are not covered unless listed, its on our homeowners",
    ],
)
def test_a_listing_denied_is_no_lack_of_cover(text: str) -> None:
    assert cover_said(text) != "none"


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("what is blanket cover? we live in the suburbs btw", "suburban"),
        ("how much would it cost to insure? we're out in the wop wops near Taihape", "rural"),
        ("Is a rider worth it? Not insured at the moment, we live in Manhattan", "urban"),
        # The question's own topic is not where they live.
        ("does homeowners cover a ring in the city?", None),
        ("is jewellery covered for people in rural areas?", None),
    ],
)
def test_statements_after_a_question_are_read(text: str, area: str | None) -> None:
    found = next((m.value for m in setting_mentions(text) if m.entity == "area_type"), None)
    assert found == area
