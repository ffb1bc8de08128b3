"""Today's cover of the piece, by kind (issue 12): what the words name is not always the
cover the piece has today. A cover named to deny it, held on another piece or by
another person, weighed, planned, ended, a care plan or warranty, a landlord's or
building's policy, or a home policy's own limit for unlisted pieces is not this piece's
cover today; a parent's home policy for someone living at home is home cover; a rider
with one total and nothing listed is a blanket. Words that only imply a value are asked
again or said back. The phrasings are new (US and NZ), with the ones that must not
change beside each kind."""

from __future__ import annotations

from typing import Any

import pytest

from bot.language.facts import coverage_from_text, setting_mentions
from bot.wording.advice import ADVICE_PROBLEMS, COVER_READ_NOTES
from tests.language.readers import advice

RING: dict[str, Any] = {"item_type": "ring"}
NECKLACE: dict[str, Any] = {"item_type": "necklace"}


def cover(text: str, known: dict[str, Any] | None = None) -> Any:
    """What the guide stores, asked what covers the piece today."""
    return advice(text, "current_coverage", known or RING).slots.get("current_coverage")


def cover_said(text: str) -> Any:
    """Today's cover read from a first message, unprompted."""
    return next((m.value for m in setting_mentions(text) if m.entity == "current_coverage"), None)


# A cover word negated never gives that cover.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we don't have a separate jewelry policy, just homeowners", "homeowners"),
        ("I don't have a floater or anything, it's under our renters", "homeowners"),
        ("I don't have a jewelry policy, just the homeowners", "homeowners"),
        ("no standalone policy, just the contents with AMI", "homeowners"),
        ("haven't got a jewellery policy, it's on the house and contents", "homeowners"),
        ("we never took out a blanket endorsement, it's only the homeowners", "homeowners"),
        ("not on a rider, it sits under the general contents", "homeowners"),
        ("homeowners with Erie, the rider lapsed last year", "homeowners"),
        ("nothing's itemised on our contents", "homeowners"),
        ("the ring isn't on anything", "none"),
        ("nah it's not on any policy at the moment", "none"),
        ("it's not covered by anything yet", "none"),
        # "Not on anything" beside a home policy had: not listed, the home policy covers it.
        ("homeowners with Chubb, the ring isn't on anything yet", "homeowners"),
        ("contents with AMI, but the ring's not on anything", "homeowners"),
        # Must not change: the cover said, or "anything" with an exception.
        ("it's on a rider with State Farm", "scheduled"),
        ("we have a separate jewelry policy with BriteCo", "standalone"),
        ("blanket endorsement on the homeowners", "blanket"),
        ("it's not on anything except our homeowners", "homeowners"),
        ("specified on our Tower contents", "scheduled"),
    ],
)
def test_a_cover_denied_is_never_that_cover(text: str, expected: str) -> None:
    assert cover(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "it isn't scheduled or anything",
        "we don't have a rider for it",
        "not specified",
        "it's not itemised",
        "there's no floater on it",
        "haven't got a rider for it",
    ],
)
def test_only_a_listing_denied_asks_which_cover(text: str) -> None:
    """Not listed on its own leaves open a home policy or nothing: asked, not put down."""
    reading = advice(text, "current_coverage", RING)
    assert "current_coverage" not in reading.slots
    assert reading.problem == ADVICE_PROBLEMS["current_coverage_not_listed"]


@pytest.mark.parametrize(
    "text",
    [
        "no, nothing, it isn't scheduled or anything",
        "it's not specified, there's no insurance at all",
        "no, I've been meaning to get it scheduled",
        "not yet, want to get it specified though",
    ],
)
def test_a_listing_denied_beside_nothing_is_none(text: str) -> None:
    assert cover(text) == "none"


# A cover held on another piece, or another person's piece, is not this piece's cover.
@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("no, the ring isn't on anything. my husband's watch is on a rider though", RING, "none"),
        ("my wife's ring is scheduled but mine isn't on anything", RING, "none"),
        ("we have a floater for my other pieces, this one's just on the homeowners", RING, "homeowners"),
        ("homeowners, plus a floater for the rest of my jewelry", RING, "homeowners"),
        ("homeowners, and the rest of my jewelry is on a rider", RING, "homeowners"),
        ("contents with Tower, my other pieces are specified", RING, "homeowners"),
        (
            "there's a rider for my engagement ring, the necklace is just under our renters",
            NECKLACE,
            "homeowners",
        ),
        ("house and contents with AMI, we specified my wedding set on it", NECKLACE, "homeowners"),
        ("mum's rings are specified on her contents but mine isn't insured at all", RING, "none"),
        # Must not change: this piece listed with the others, or named as the one listed.
        ("it's on the floater along with my other pieces", RING, "scheduled"),
        ("the floater covers my other pieces and this ring too", RING, "scheduled"),
        ("a rider for my ring with State Farm", RING, "scheduled"),
        ("specified on the contents, with my wedding band", RING, "scheduled"),
    ],
)
def test_another_pieces_cover_is_not_this_ones(text: str, known: dict[str, Any], expected: str) -> None:
    assert cover(text, known) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We've got a rider on our homeowners for my wedding band. Just bought a $4,000 tennis bracelet, "
            "should I add it?",
            "homeowners",
        ),
        (
            "we have a floater on our homeowners for my watch. buying earrings for $3k, need cover?",
            "homeowners",
        ),
        ("my engagement ring is scheduled on our homeowners, worth $9k", "scheduled"),
        ("the necklace is on a rider for my peace of mind, it's worth 6k", "scheduled"),
    ],
)
def test_a_listing_for_another_piece_in_a_first_message(text: str, expected: str) -> None:
    assert cover_said(text) == expected


# A cover weighed, planned, used to be had, or lapsed is not today's cover.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("used to, it was on a floater but that lapsed when we moved", "none"),
        ("nothing now. we had renters at the old apartment but didn't renew", "none"),
        ("we'll get homeowners when we close in March, right now nothing", "none"),
        ("not yet, the agent is sending a quote for a rider next week", "none"),
        ("Nope, got a quote from Jewelers Mutual and passed on it", "none"),
        ("I'm going to get renters when I move, nothing at the moment", "none"),
        ("Used to have it specified with Tower but that's long gone", "none"),
        ("Not yet, getting contents sorted when we move into the flat", "none"),
        ("had contents when I was flatting, let it go when I moved home", "none"),
        ("it was on the old AMI policy, that ran out in June", "none"),
        ("it used to be scheduled, now it's just under the homeowners", "homeowners"),
        ("we had it on a rider until last year, now it's with BriteCo", "standalone"),
        # Must not change: today's cover, said beside a renewal or a plan.
        ("contents with AMI, been with them for years", "homeowners"),
        ("homeowners, we renewed in June", "homeowners"),
        ("we have renters, and I'll add a rider next month", "homeowners"),
        ("we switched to State last year, contents", "homeowners"),
    ],
)
def test_a_cover_not_of_today(text: str, expected: str) -> None:
    assert cover(text) == expected


def test_a_quote_alone_tells_no_cover() -> None:
    assert coverage_from_text("got a quote from BriteCo") is None


@pytest.mark.parametrize(
    "text",
    [
        "I used to have it scheduled, not sure about now",
        "we had renters at the old place, probably lapsed I think",
    ],
)
def test_a_cover_ended_with_a_doubt_is_said_back(text: str) -> None:
    reading = advice(text, "current_coverage", RING)
    assert reading.slots.get("current_coverage") == "none"
    assert COVER_READ_NOTES["set_aside"] in reading.notes


@pytest.mark.parametrize(
    "text",
    [
        "I used to have it on my contents but that lapsed. I'm after advice on a $3k ring",
        "my ring was on a rider at my old place, I've got nothing now. what should I do with a $6k ring?",
    ],
)
def test_a_cover_of_the_past_said_unprompted_is_not_read(text: str) -> None:
    assert cover_said(text) in (None, "none")


# A care plan, a warranty or a card's protection is no insurance.
@pytest.mark.parametrize(
    "text",
    [
        "I bought the 3 year protection plan so it's covered",
        "the manufacturer warranty, 2 years",
        "my Amex purchase protection covers it for 90 days",
        "got the jeweller's care plan when I bought it",
        "there's the extended warranty from the store",
        "just the care plan from Michael Hill",
        "the care plan, 3 years, from the shop",
        "the Omega guarantee",
    ],
)
def test_a_care_plan_or_warranty_is_no_insurance(text: str) -> None:
    reading = advice(text, "current_coverage", RING)
    assert reading.slots.get("current_coverage") == "none"
    assert COVER_READ_NOTES["protection"] in reading.notes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("homeowners, plus the care plan for repairs", "homeowners"),
        ("it's scheduled, and it has a care plan", "scheduled"),
        ("contents with AA and the warranty from the shop", "homeowners"),
    ],
)
def test_a_care_plan_beside_a_policy_leaves_the_policy(text: str, expected: str) -> None:
    assert cover(text) == expected


# A landlord's or building's policy is not the person's contents.
@pytest.mark.parametrize(
    "text",
    [
        "the building's insured by our landlord, that's all I know",
        "our HOA has a master policy for the building",
        "the body corporate insures the apartment block",
        "the landlord's policy, I guess",
        "strata insurance covers the building",
        "my landlord has house insurance on the place",
        "the owner of the flat has insurance on it",
        "building insurance through the body corp",
    ],
)
def test_someone_elses_building_policy_is_no_cover_of_theirs(text: str) -> None:
    reading = advice(text, "current_coverage", RING)
    assert reading.slots.get("current_coverage") == "none"
    assert COVER_READ_NOTES["someone_elses"] in reading.notes


@pytest.mark.parametrize(
    "text",
    [
        "renters through the apartment complex",
        "the HOA covers the building and I have an HO-6",
        "landlord insures the building, I've got my own contents with AMI",
        "condo policy with Farmers",
        "renters insurance, the landlord made us get it",
    ],
)
def test_a_policy_of_their_own_beside_a_landlord_is_home_cover(text: str) -> None:
    assert cover(text) == "homeowners"


@pytest.mark.parametrize(
    "text",
    ["house insurance only, no contents", "just the house insurance with AMI, not contents"],
)
def test_a_house_policy_without_contents_is_said_back(text: str) -> None:
    reading = advice(text, "current_coverage", RING)
    assert reading.slots.get("current_coverage") == "none"
    assert COVER_READ_NOTES["house_only"] in reading.notes


def test_house_and_contents_is_home_cover() -> None:
    assert cover("house and contents with State") == "homeowners"


# A parent's home policy, for someone living at home, is home cover.
@pytest.mark.parametrize(
    "text",
    [
        "I still live with my parents, it's under their homeowners",
        "it'd be on mum and dad's contents, I live at home",
        "under my folks' renters",
        "living at home so it comes under dad's contents policy",
        "my parents' homeowners covers my stuff, I'm still at home",
        "on my mom's homeowners since I live with her",
    ],
)
def test_a_parents_home_policy_is_home_cover(text: str) -> None:
    assert cover(text) == "homeowners"


# A named insurer alone tells no kind of cover (a jewelry insurer does).
@pytest.mark.parametrize("text", ["Allstate", "with Tower", "USAA", "we're with AMI", "Progressive"])
def test_an_insurer_named_alone_is_unstated(text: str) -> None:
    assert coverage_from_text(text) is None


@pytest.mark.parametrize("text", ["Jewelers Mutual", "BriteCo, through the store"])
def test_a_jewelry_insurer_named_alone_is_standalone(text: str) -> None:
    assert coverage_from_text(text) == "standalone"


# A home policy stated with a doubt about the listing is home cover.
@pytest.mark.parametrize(
    "text",
    [
        "we have renters, whether the ring's listed I couldn't say",
        "homeowners with Allstate. if it's scheduled I wouldn't know",
        "we've got house and contents, no clue whether it's specified",
        "State Farm homeowners, whether it's itemized on there my husband would know",
        "contents with AA, can't tell you if the ring is specified",
    ],
)
def test_a_home_policy_with_the_listing_in_doubt_is_home_cover(text: str) -> None:
    assert cover(text) == "homeowners"


# A rider with one total for all of it and nothing listed is a blanket.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a jewelry rider on the homeowners, $10k total for everything, nothing itemized", "blanket"),
        ("we have an endorsement that covers all our jewelry up to 15k combined", "blanket"),
        ("rider with a 5k total limit for all of it", "blanket"),
        ("optional jewellery cover on the contents, up to $8,000 all up, nothing specified", "blanket"),
        ("jewellery extension on our contents, no individual items listed", "blanket"),
        # Must not change.
        ("a rider with the ring listed at $8k", "scheduled"),
        ("contents, nothing itemised", "homeowners"),
        ("homeowners, no rider, nothing itemized", "homeowners"),
        ("our contents limit for unspecified jewellery is $2,500", "homeowners"),
        ("contents with a $2,500 cap on unspecified jewellery", "homeowners"),
        ("a blanket endorsement, $10k limit", "blanket"),
        ("unspecified jewellery cover added to our contents", "blanket"),
    ],
)
def test_a_rider_with_one_total_and_nothing_listed_is_a_blanket(text: str, expected: str) -> None:
    assert cover(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A piece with its own line on the home policy is listed on it (scheduled).
        ("it has its own line on the policy, with the appraisal value", "scheduled"),
        ("we have a separate schedule for jewelry on the house policy", "scheduled"),
        ("on a separate endorsement with its own value", "scheduled"),
        ("insured separately on my home policy", "scheduled"),
        ("it's specified separately on our contents", "scheduled"),
        ("covered on its own under our homeowners", "scheduled"),
        # A policy of its own, or insured apart from the home policy: standalone.
        ("insured separately, not on the contents", "standalone"),
        ("insured separately rather than on my homeowners", "standalone"),
        ("it's insured separately from the house insurance", "standalone"),
        ("separate jewelry policy with Jewelers Mutual", "standalone"),
        ("its own policy, through the jeweller", "standalone"),
    ],
)
def test_a_piece_with_its_own_line_on_the_home_policy_is_scheduled(text: str, code: str) -> None:
    assert coverage_from_text(text) == code


@pytest.mark.parametrize(
    "text",
    [
        # A home policy held, beside a denial that anything covers the piece itself: the
        # home policy is its cover today (the advice explains its limits).
        "it's not insured. well, we have homeowners",
        "not insured separately, we have a homeowners policy",
        "we're with Allstate for the house and everything in it",
        "no coverage on it at all, other than homeowners",
        "no policy for jewelry. we have a homeowners policy from Farmers",
        "our homeowners probably doesn't cover much",
        "I just have renter's insurance that probably doesnt cover it",
        "zero coverage besides our home policy",
        "i don't have any insurance on it, but i do have homeowners",
        "No. Just homeowners through Erie",
    ],
)
def test_a_home_policy_held_beside_a_denial_is_home_cover(text: str) -> None:
    assert coverage_from_text(text) == "homeowners"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # No home policy of theirs: none, as before.
        ("we don't have homeowners", "none"),
        ("no home insurance, we rent and never got renters", "none"),
        ("we cancelled our renters last year", "none"),
        ("I have no insurance, my landlord has the building insured", "none"),
        ("we have house insurance but not contents", "none"),
        ("nothing. the house is insured but not the stuff in it", "none"),
        ("i have health and car insurance but no homeowners", "none"),
        # In New Zealand the house policy is the building: no cover of the contents.
        ("nothing, just AMI for the house", "none"),
        # The home policy said not to cover the piece (kept-aside label: none).
        ("homeowners doesn't cover it i don't think", "none"),
        ("we used to have renters but let it lapse", "none"),
        # A listing or a policy of its own beside the home policy is still that.
        ("we do have homeowners but the ring is scheduled on a rider", "scheduled"),
        ("we have homeowners and a separate Jewelers Mutual policy for the ring", "standalone"),
    ],
)
def test_no_home_policy_of_their_own_stays_none(text: str, code: str) -> None:
    assert coverage_from_text(text) == code
