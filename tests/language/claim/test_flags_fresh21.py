"""Decline risks from fresh21 kinds: a stone lost from worn or thin prongs is wear and
tear on a loss too; an unlisted piece above the limit the claimant was told for
unlisted items ("unspecified items are covered to $1,500 each") raises claim_limit
even when the usual limit is higher."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.language.claim.listing import stated_unlisted_limit
from bot.rules.claims import ClaimFacts, ClaimKnowledge, assess_claim, load_claim_knowledge


@pytest.fixture(scope="module")
def knowledge() -> ClaimKnowledge:
    return load_claim_knowledge()


LOST = ClaimFacts(
    claim_type="lost",
    item_type="ring",
    item_value=3000.0,
    currency="USD",
    loss_description="",
    was_specified=True,
    proof_documents=("valuation",),
)


def _codes(facts: ClaimFacts, knowledge: ClaimKnowledge) -> set[str]:
    return {f.code for f in assess_claim(facts, knowledge)}


@pytest.mark.parametrize(
    "story",
    [
        "the diamond popped out, my jeweller warned me the claws were worn last year",  # NZ
        "the setting was loose for months and the sapphire is gone now",  # US
        "stone's gone, one of the prongs was bent and I never got it re-tipped",  # US
        "the claws had thinned and the centre stone has fallen out somewhere",  # NZ
    ],
)
def test_a_stone_lost_from_a_worn_setting_is_wear_and_tear(story: str, knowledge: ClaimKnowledge) -> None:
    assert "wear_and_tear" in _codes(replace(LOST, loss_description=story), knowledge)


@pytest.mark.parametrize(
    "story",
    [
        "my old ring slipped off at the beach",  # an old piece lost: no worn setting said
        "I lost my grandmother's ring somewhere in the garden",
    ],
)
def test_a_plain_loss_is_no_wear_and_tear(story: str, knowledge: ClaimKnowledge) -> None:
    assert "wear_and_tear" not in _codes(replace(LOST, loss_description=story), knowledge)


@pytest.mark.parametrize(
    ("texts", "limit"),
    [
        (["nope, just contents - AA told me unspecified items are capped at $1,000"], 1000.0),  # NZ
        (["it's only on the homeowners, jewelry is limited to $1,500 there"], 1500.0),  # US
        (["my renters caps jewelry at $2,000"], 2000.0),  # US
        (["just general contents", "the broker said any one item is covered up to NZ$1,500"], 1500.0),  # NZ
    ],
)
def test_the_limit_the_claimant_was_told(texts: list[str], limit: float) -> None:
    assert stated_unlisted_limit(texts) == limit


@pytest.mark.parametrize(
    "text",
    [
        "our contents are insured for $120,000",  # the sum insured, not an unlisted limit
        "not specified, the ring is worth $2,450",  # the piece's value
        "the excess is $400",
    ],
)
def test_no_limit_stated(text: str) -> None:
    assert stated_unlisted_limit([text]) is None


def test_a_stated_limit_below_the_value_raises_claim_limit(knowledge: ClaimKnowledge) -> None:
    facts = replace(LOST, claim_type="theft", currency="NZD", item_value=2450.0, was_specified=False)
    assert "claim_limit" not in _codes(facts, knowledge)  # under the usual NZ$2,500
    flags = assess_claim(replace(facts, stated_limit=1500.0), knowledge)
    limit = next(f for f in flags if f.code == "claim_limit")
    assert limit.limit == 1500.0


def test_a_stated_limit_above_the_value_raises_nothing(knowledge: ClaimKnowledge) -> None:
    # The policy's own words: $1,800 against a stated $5,000 is within it.
    facts = replace(LOST, claim_type="theft", item_value=1800.0, was_specified=False)
    assert "claim_limit" in _codes(facts, knowledge)
    assert "claim_limit" not in _codes(replace(facts, stated_limit=5000.0), knowledge)
