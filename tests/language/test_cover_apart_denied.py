"""Today's cover when the words deny cover apart from the home policy, name another
cover only to ask about it or as someone else's, or insure the house and not what is in
it (issue 12; session 20's kind, from kept-aside codes: a listing read as a standalone
policy, a home policy read as none or as a listing). New phrasings, US and NZ, with the
ones that must not change."""

from __future__ import annotations

import pytest

from tests.language.test_cover_today_kinds import cover, cover_said


# Cover apart denied: the home policy told beside it is the cover.
@pytest.mark.parametrize(
    "text",
    [
        "my ring isn't insured separately, it just falls under our homeowners",
        "it's not insured on its own, just under the contents",
        "not separately insured, our homeowners covers it",
        "it isn't covered individually, only as part of our general contents",
        "not on its own policy, it's part of our renters",
        "we haven't insured it by itself. it's just in with the homeowners",
        "no separate policy. State Farm homeowners",
        "it is not itemized. our homeowners covers jewelry up to 1500 i think",
    ],
)
def test_cover_apart_denied_keeps_the_home_policy(text: str) -> None:
    assert cover(text) == "homeowners"


@pytest.mark.parametrize(
    "text",
    [
        "my ring isn't insured separately, it just falls under our homeowners",
        "we haven't insured it by itself. it's just in with the homeowners",
    ],
)
def test_cover_apart_denied_in_an_opening_is_no_lack_of_cover(text: str) -> None:
    assert cover_said(text) == "homeowners"


# Another cover asked about by name, heard of, or someone else's: the listing stays.
@pytest.mark.parametrize(
    "text",
    [
        "it's listed separately on our house insurance. would Jewelers Mutual be better?",
        "scheduled on the homeowners. is BriteCo cheaper?",
        "on a rider with Allstate, but I've heard Jewelers Mutual is better",
        "itemised on our contents. someone told me to go standalone",
        "it's on our homeowners as a scheduled item; my friend uses Jewelers Mutual",
        "I added it to my home policy as a separate item last year",
    ],
)
def test_listing_beside_another_cover_named(text: str) -> None:
    assert cover(text) == "scheduled"


@pytest.mark.parametrize(
    "text",
    [
        "itemised on our contents. someone told me to go standalone",
        "it's on our homeowners as a scheduled item; my friend uses Jewelers Mutual",
    ],
)
def test_listing_beside_another_cover_named_in_an_opening(text: str) -> None:
    assert cover_said(text) == "scheduled"


# Must not change: a standalone policy that is theirs.
@pytest.mark.parametrize(
    "text",
    [
        "it's with Jewelers Mutual already",
        "my friend uses Jewelers Mutual so we went with them too",
        "a standalone jewelry policy",
    ],
)
def test_own_standalone_policy_kept(text: str) -> None:
    assert cover(text) == "standalone"


# The house insured and not its contents: no cover of the piece.
@pytest.mark.parametrize(
    "text",
    [
        "we just have house insurance, no contents",
        "only the house is insured, not the contents",
        "we insure the house but not what's in it",
        "we don't have contents insurance, just the house",
    ],
)
def test_house_without_contents_is_no_cover(text: str) -> None:
    assert cover(text) == "none"


def test_house_without_contents_in_an_opening_is_not_home_cover() -> None:
    assert cover_said("only the house is insured, not the contents") != "homeowners"
