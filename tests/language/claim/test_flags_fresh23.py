"""Decline risks from fresh23 kinds: people let in for a sleepover; a party at the office
is no party at home; a fault from the making (factory, solder, a stone never set
properly) on a damage and on a stone lost from its setting, and then no wear and tear;
the claimant's own policy told as covering only named events; a limit for unlisted
jewelry stated figure first; a listing made after the loss, told with "before that it
wasn't"; a policy's rule about listed pieces in general is no listing of this one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot.language.claim.listing import listing_said, sentences_of_the_listing, stated_unlisted_limit
from bot.rules.claims import ClaimFacts, ClaimKnowledge, assess_claim, load_claim_knowledge


@pytest.fixture(scope="module")
def knowledge() -> ClaimKnowledge:
    return load_claim_knowledge()


BASE = ClaimFacts(
    claim_type="theft",
    item_type="ring",
    item_value=1000.0,
    currency="USD",
    loss_description="",
    was_specified=True,
    proof_documents=("receipt",),
)


def _codes(knowledge: ClaimKnowledge, story: str, claim_type: str) -> set[str]:
    facts = replace(BASE, claim_type=claim_type, loss_description=story)
    return {f.code for f in assess_claim(facts, knowledge)}


@pytest.mark.parametrize(
    "story",
    [
        "my son had three mates sleep over on Friday and my pounamu was gone from the shelf Saturday",  # NZ
        "after the girls' sleepover my tennis bracelet was missing from the vanity",  # US
        "her cousins stayed over for the long weekend and the studs went from the dish",  # NZ
        "we hosted a slumber party sleep-over and the watch disappeared off the counter",  # US
    ],
)
def test_a_sleepover_is_people_let_in(story: str, knowledge: ClaimKnowledge) -> None:
    assert "invited_guest_theft" in _codes(knowledge, story, "theft")


@pytest.mark.parametrize(
    "story",
    [
        "I took my bracelet off at the office christmas party and it was gone from the table",  # NZ
        "someone took my watch from my coat at our work holiday party downtown",  # US
        "at the company party a guy grabbed my chain",  # US
    ],
)
def test_a_party_at_work_is_no_one_let_into_the_home(story: str, knowledge: ClaimKnowledge) -> None:
    assert "invited_guest_theft" not in _codes(knowledge, story, "theft")


@pytest.mark.parametrize(
    "story",
    [
        "the link split and the jeweler said it was a bad solder join from the factory",  # US
        "clasp came off on the second wear, the jeweller reckons it was soldered poorly",  # NZ
        "the bezel was loose from day one and now the stone has cracked",  # US
        "the jeweller told me the claw wasn't made properly and it snapped",  # NZ
    ],
)
def test_a_fault_from_the_making_is_a_manufacturer_defect(story: str, knowledge: ClaimKnowledge) -> None:
    codes = _codes(knowledge, story, "damage")
    assert "manufacturer_defect" in codes
    assert "wear_and_tear" not in codes


@pytest.mark.parametrize(
    "story",
    [
        "the emerald fell out three weeks after I bought it, the jeweller said it was never set right",  # NZ
        "one of the side diamonds dropped out, the setting was wobbly from day one",  # US
    ],
)
def test_a_stone_lost_from_a_faulty_setting_is_a_manufacturer_defect(
    story: str, knowledge: ClaimKnowledge
) -> None:
    codes = _codes(knowledge, story, "lost")
    assert "manufacturer_defect" in codes
    assert "wear_and_tear" not in codes


@pytest.mark.parametrize(
    "story",
    [
        "the prongs had worn thin over the years and the diamond is gone",  # US: wear, not a fault
        "I lost my ring at the factory where I work",  # a factory as a place, on a loss
    ],
)
def test_wear_or_a_plain_loss_is_no_manufacturer_defect(story: str, knowledge: ClaimKnowledge) -> None:
    assert "manufacturer_defect" not in _codes(knowledge, story, "lost")


def test_worn_claws_on_a_damage_stay_wear_and_tear(knowledge: ClaimKnowledge) -> None:
    codes = _codes(knowledge, "the claws were worn down after twenty years and one snapped", "damage")
    assert "wear_and_tear" in codes
    assert "manufacturer_defect" not in codes


@pytest.mark.parametrize(
    ("story", "claim_type"),
    [
        (
            "my broker said our contents only covers jewellery for named events like fire or burglary",
            "lost",
        ),  # NZ
        (
            "the agent told me renters only covers it for fire or theft, not if it just disappears",
            "theft",
        ),  # US
        ("State told me mysterious disappearance isn't covered on my policy", "lost"),  # NZ
        ("Lemonade says they don't cover it when something just goes missing", "theft"),  # US
    ],
)
def test_a_policy_told_as_named_events_only(story: str, claim_type: str, knowledge: ClaimKnowledge) -> None:
    assert "named_perils_no_disappearance" in _codes(knowledge, story, claim_type)


@pytest.mark.parametrize(
    "story",
    [
        "someone broke in through the ranch slider and took the jewellery box",  # NZ
        "my watch was stolen from the gym, the insurer covers theft",  # US
    ],
)
def test_no_policy_told_is_no_named_perils_flag_on_a_listed_theft(
    story: str, knowledge: ClaimKnowledge
) -> None:
    assert "named_perils_no_disappearance" not in _codes(knowledge, story, "theft")


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("AMI only pays $2,000 for jewellery that isn't specified", 2000.0),  # NZ
        ("my Travelers homeowners only pays $1,000 for jewelry theft unless it's scheduled", 1000.0),  # US
        ("they cover up to $1,500 for unscheduled jewelry", 1500.0),  # US
    ],
)
def test_a_limit_stated_figure_first(text: str, limit: float) -> None:
    assert stated_unlisted_limit([text]) == limit


@pytest.mark.parametrize(
    "text",
    [
        "I only paid $1,500 for the ring",  # the price, no limit
        "they pay out $2,000 for the watch on the claim",  # a settlement, not a limit
    ],
)
def test_a_price_is_no_stated_limit(text: str) -> None:
    assert stated_unlisted_limit([text]) is None


@pytest.mark.parametrize(
    "text",
    [
        "they're on it now, I rang and added them the Tuesday after, before that they weren't on anything",  # NZ
        "it is now, I added it on the 20th, before then it wasn't scheduled",  # US
    ],
)
def test_listed_after_told_with_before_that_it_was_not(text: str) -> None:
    assert listing_said(text) == {"was_specified": False, "listed_after_loss": True}


def test_had_the_agent_add_it_after_the_loss() -> None:
    text = "I called State Farm the next day and had them add the bracelet to my policy"  # US
    assert listing_said(text, date(2026, 11, 30)) == {"was_specified": False, "listed_after_loss": True}


@pytest.mark.parametrize(
    ("story", "listed"),
    [
        (
            "They took my emerald ring, specified at $9,800. The policy says specified items over $5,000 "
            "must be in a safe when not worn, and it wasn't.",  # NZ
            True,
        ),
        (
            "My Tiffany ring isn't scheduled. Our policy says scheduled jewelry has to be kept in a safe.",  # US
            False,
        ),
    ],
)
def test_a_policy_rule_about_listed_pieces_is_no_listing(story: str, listed: bool) -> None:
    assert listing_said(sentences_of_the_listing(story)).get("was_specified") is listed


def test_only_the_rule_is_no_listing_at_all() -> None:
    story = "The policy says scheduled items need to be in a locked safe. It was on the dresser."  # US
    assert listing_said(sentences_of_the_listing(story)) == {}


@pytest.mark.parametrize(
    "story",
    [
        "left my watch in my jandals on the sand and went for a dip at Takapuna, gone when I got out",  # NZ
        "our beach bag sat on the towels while we all swam at Myrtle Beach, the bracelet was taken from it",  # US
        "we went swimming at the lake and left our bags on the blanket, my ring was gone",  # US
    ],
)
def test_left_on_the_beach_while_in_the_water_is_a_lack_of_care(
    story: str, knowledge: ClaimKnowledge
) -> None:
    assert "reasonable_care" in _codes(knowledge, story, "lost")


@pytest.mark.parametrize(
    "story",
    [
        "took it off for sunblock at Ōrewa beach, put it on my towel right next to me, then it was nowhere",  # NZ
        "went swimming at Huntington Beach and it slid off my finger in the waves",  # US: worn
        "I wore my pendant at the beach and the clasp must have let go",  # US
    ],
)
def test_worn_or_beside_her_at_the_beach_is_no_flag(story: str, knowledge: ClaimKnowledge) -> None:
    assert "reasonable_care" not in _codes(knowledge, story, "lost")


def test_worn_into_the_surf_with_the_last_sighting_raises_no_care_flag(knowledge: ClaimKnowledge) -> None:
    facts = replace(
        BASE,
        claim_type="lost",
        loss_description="went for a dip at Raglan, it must have slid off. only noticed back on the sand",  # NZ
        other_words="on my finger when I went in for a swim",
    )
    assert "reasonable_care" not in {f.code for f in assess_claim(facts, knowledge)}


def test_flag_words_never_carry_a_line_break(knowledge: ClaimKnowledge) -> None:
    facts = replace(
        BASE, claim_type="lost", loss_description="the diamond fell out", other_words="the prongs\nwere thin"
    )
    flags = assess_claim(facts, knowledge)
    assert "wear_and_tear" in {f.code for f in flags}
    assert all("\n" not in w for f in flags for w in f.words)
