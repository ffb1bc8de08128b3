"""Kinds of wording behind the fifth blind set's failures, in wordings of our own."""

import pytest

from bot.language.claim.police import police_reference
from bot.language.decline_answers import tells_of_a_decline, wants_the_decline_explained
from bot.language.facts import coverage_from_text, travel_frequency
from bot.language.requests import asks_in_general
from bot.language.yes_no import read_yes_no


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Denver police, ref DPD 24-55190", "DPD 24-55190"),
        ("the number they gave me is NYPD 2025-00731", "NYPD 2025-00731"),
        ("LAPD 118-2207 I think", "LAPD 118-2207"),
        # Letters that only name a country or a cue are not part of the number.
        ("NZ 58123344", "58123344"),
        ("I reported it, CASE 7781", "7781"),
        ("report 2611-4471", "2611-4471"),
        ("APD-5512", "APD-5512"),
    ],
)
def test_a_police_reference_keeps_the_station_letters(text: str, expected: str) -> None:
    assert police_reference(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "nothing on our home policy right now, it ran out",
        "we let the contents policy lapse last spring",
        "our renters cover lapsed in June",
        "had homeowners but cancelled it when we sold",
        "zero on the contents, we cancelled our insurance",
    ],
)
def test_cover_that_lapsed_or_holds_nothing_is_none(text: str) -> None:
    assert coverage_from_text(text) == "none"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("just contents insurance through AMI", "homeowners"),
        ("a homeowners policy, nothing listed on it", "homeowners"),
    ],
)
def test_a_live_home_policy_stays_homeowners(text: str, expected: str) -> None:
    assert coverage_from_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fiji at Easter, otherwise not really",
        "one work trip to Sydney, other than that no",
        "a cruise in May but apart from that never",
        "the wedding in Queenstown, the rest of the year hardly",
    ],
)
def test_one_trip_named_and_no_habit_beyond_it_is_not_often(text: str) -> None:
    assert travel_frequency(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "probably not, it's for special days",
        "likely not, she keeps it in the box",
        "i doubt it, more of an heirloom",
        "most likely not",
    ],
)
def test_a_leaning_no_is_no(text: str) -> None:
    reading = read_yes_no(text)
    assert reading is not None and reading.answer == "no"


@pytest.mark.parametrize("text", ["probably, most days", "probably yes"])
def test_a_leaning_yes_stays_yes(text: str) -> None:
    reading = read_yes_no(text)
    assert reading is not None and reading.answer == "yes"


@pytest.mark.parametrize(
    ("text", "general"),
    [
        ("do I need insurance on my new bracelet", False),
        ("do we really need to insure her engagement ring?", False),
        ("Do I need coverage for our grandmother's brooch?", False),
        ("do I need separate cover for jewelry?", True),
        ("does renters insurance cover my ring if it's stolen?", True),
    ],
)
def test_whether_to_cover_a_named_piece_is_advice(text: str, general: bool) -> None:
    assert asks_in_general(text) is general


@pytest.mark.parametrize(
    "text",
    [
        "the insurer said no to my claim for the bracelet, what now",
        "they've said no to our claim. what can I do",
        "AMI says no to my watch claim, what are my options",
    ],
)
def test_a_no_to_ones_own_claim_is_a_decline(text: str) -> None:
    assert tells_of_a_decline(text)
    # Asked with "what now": the next steps come first (the FAQ), then the explanation.
    assert not wants_the_decline_explained(text)
