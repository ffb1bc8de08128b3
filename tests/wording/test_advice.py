"""The recommendation text: tied to the answers, with the figures, in regional words."""

from __future__ import annotations

import pytest

from bot.rules.advice import Piece, plan_collection, recommend
from bot.rules.knowledge import CoverageFacts, load_coverage_facts
from bot.wording.advice import advice_message, collection_message
from bot.wording.common import money
from tests.wording.profiles import told


@pytest.fixture(scope="module")
def facts() -> CoverageFacts:
    return load_coverage_facts()


@pytest.mark.parametrize(
    ("value", "currency", "text"),
    [(8500, "USD", "$8,500"), (3000, "NZD", "NZ$3,000"), (999.99, "USD", "$999.99"), (0, "USD", "$0")],
)
def test_money(value: float, currency: str, text: str) -> None:
    assert money(value, currency) == text


def test_ring_against_homeowners_sublimit(facts: CoverageFacts) -> None:
    p = told("ring", 8000, travels_often=True, current_coverage="homeowners", area_type="urban")
    text = advice_message(p, recommend(p, facts), facts)
    assert "scheduling it on your homeowners policy" in text
    assert "$1,500" in text and "$6,500" in text  # sublimit and what it leaves unpaid
    assert "mysterious disappearance" in text
    assert "$120 to $240 a year" in text


def test_a_renter_is_told_of_the_renters_policy_they_have(facts: CoverageFacts) -> None:
    p = told("ring", 8000, travels_often=True, current_coverage="homeowners", renters_policy=True)
    text = advice_message(p, recommend(p, facts), facts)
    assert "scheduling it on your renters policy" in text
    assert "A standard renters policy pays at most $1,500" in text
    assert "homeowners" not in text


def test_blanket_cap_against_a_6000_ring(facts: CoverageFacts) -> None:
    p = told("ring", 6000, current_coverage="blanket")
    text = advice_message(p, recommend(p, facts), facts)
    assert "$2,500" in text and "$3,500" in text


def test_new_zealand_words(facts: CoverageFacts) -> None:
    p = told("watch", 9000, currency="NZD", current_coverage="homeowners")
    text = advice_message(p, recommend(p, facts), facts)
    assert "specifying it on your contents policy" in text
    assert "NZ$" in text and "homeowners" not in text


def test_care_plan_never_covers_loss_or_theft(facts: CoverageFacts) -> None:
    p = told("watch", 4000, new_purchase=True)
    text = advice_message(p, recommend(p, facts), facts)
    assert "care plan" in text and "never covers loss or theft" in text
    assert "crystal" in text  # watch repairs, not ring repairs


def test_assumptions_are_stated(facts: CoverageFacts) -> None:
    p = told("ring", 3000)
    text = advice_message(p, recommend(p, facts), facts, assumed=("area_type", "current_coverage"))
    assert "assumed a suburban area" in text and "assumed a standard home policy" in text


def test_collection_message_lists_each_piece_and_the_total(facts: CoverageFacts) -> None:
    p = told("ring", 12000)
    plan = plan_collection([Piece("ring", 12000), Piece("bracelet", 800, 2), Piece("watch", 3000)], p, facts)
    text = collection_message(p, plan, facts)
    assert "ring at $12,000: schedule it" in text
    assert "2 × bracelet at $800: self-insure it" in text
    assert "watch at $3,000: keep it on a blanket endorsement" in text
    assert "at least $3,000" in text and "$150 to $300 a year" in text


@pytest.mark.parametrize(
    ("habits", "said"),
    [
        ({"travels_often": True}, "I assumed it travels with you at times"),
        ({"travels_often": False}, "I assumed you don't often travel with it"),
        ({"wears_daily": True}, "I assumed you wear it most days"),
        ({"wears_daily": False}, "I assumed you don't wear it most days"),
    ],
)
def test_an_assumed_habit_is_said_back_as_the_advice_used_it(
    facts: CoverageFacts, habits: dict[str, bool], said: str
) -> None:
    # "Not sure" about travel is taken as a yes; the advice must not then say it assumed a no.
    p = told("ring", 6000, **habits)
    text = advice_message(p, recommend(p, facts), facts, assumed=tuple(habits))
    assert said in text
