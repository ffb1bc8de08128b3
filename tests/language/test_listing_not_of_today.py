"""Today's cover, when the words also speak of a listing that is wanted, advised, to come
or not known: the listing is not today's cover ("homeowners, the jeweller said to get it
scheduled" is homeowners; "nothing yet, will get it specified" is none)."""

from __future__ import annotations

import pytest

from bot.language.facts import coverage_from_text


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        ("homeowners. I think the jeweler said to get it scheduled but we haven't", "homeowners"),
        ("no idea if it's scheduled, probably just under the house insurance", "homeowners"),
        ("we have renters but the ring isn't on the schedule", "homeowners"),
        ("homeowners with State Farm, I need to add it as a scheduled item", "homeowners"),
        ("nothing - I was told to get it appraised then scheduled", "none"),
        (
            "not covered, I only just picked it up from the jewellers and need to get it on the schedule",
            "none",
        ),
        ("nah nothing, will get it specified once I get a valuation", "none"),
        ("currently nothing, planning on scheduling it", "none"),
        ("our contents with AMI, I'll get it specified next week", "homeowners"),
        ("just the contents policy - not sure whether it's listed", "homeowners"),
        ("renters. my mom keeps telling me I should schedule it", "homeowners"),
        ("home and contents with Tower, I'd have to check if it's specified", "homeowners"),
        ("nothing covers it, do I need it scheduled?", "none"),
        ("we have home and contents with AA but I don't think the ring is specified", "homeowners"),
        ("renters with Lemonade, dont believe it's listed", "homeowners"),
    ],
)
def test_a_listing_wanted_or_not_known_is_not_todays_cover(text: str, cover: str) -> None:
    assert coverage_from_text(text) == cover


@pytest.mark.parametrize(
    "text",
    [
        "it's scheduled on my homeowners",
        "yes it's specified on our contents with AMI",
        "I had it scheduled last year when we bought it",
        "we added it as a scheduled item last year",
        "bought it, got it appraised and then we scheduled it",
        "I added it to the schedule in March",
        "we got it scheduled right after we bought it",
        "had to get it scheduled for the mortgage, so it's on there",
        "its on the policy schedule with Tower",
        "my husband scheduled it on our homeowners",
        "it's scheduled, needs a new appraisal though",
        "I think it's specified on the contents",
    ],
)
def test_a_listing_made_is_still_read(text: str) -> None:
    assert coverage_from_text(text) == "scheduled"
