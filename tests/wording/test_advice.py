"""The recommendation text: tied to the answers, with the figures, in regional words."""

from __future__ import annotations

import pytest

from bot.rules.advice import Piece, plan_collection, recommend
from bot.rules.knowledge import CoverageFacts, load_coverage_facts
from bot.wording.advice import advice_change_line, advice_message, collection_message
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


# Advice without a value: the valuation first, the thresholds and the rate from
# knowledge/coverage.yml, nothing that needs a figure.
@pytest.mark.parametrize(
    ("currency", "words", "not_words"),
    [
        ("USD", ["get an appraisal from a qualified appraiser", "until it's appraised"], ["valuer", "NZ$"]),
        ("NZD", ["get a valuation from a qualified valuer", "until it's valued"], ["appraiser", " $"]),
    ],
)
def test_advice_without_a_value_starts_with_a_valuation_in_regional_words(
    facts: CoverageFacts, currency: str, words: list[str], not_words: list[str]
) -> None:
    p = told("pendant", None, currency=currency, wears_daily=True, current_coverage="none", area_type="rural")
    text = advice_message(p, recommend(p, facts), facts, ("item_value",))
    paragraphs = text.split("\n\n")
    assert paragraphs[1].startswith("First step:")
    low, high = money(facts.self_insure_below, currency), money(facts.schedule_above, currency)
    rate = facts.rates["rural"]
    for word in [
        *words,
        f"middle range ({low} to {high})",
        f"above {high}",
        f"below {low}",
        f"{money(rate.low * 1000, currency)} to {money(rate.high * 1000, currency)} a year for every "
        f"{money(1000, currency)}",
        "whatever it is worth",
    ]:
        assert word.lower() in text.lower(), word
    for word in not_words:
        assert word not in text, word
    assert "None" not in text and "nothing extra" not in text


def test_a_blanket_without_a_value_says_a_high_valuation_would_list_it(facts: CoverageFacts) -> None:
    p = told("ring", None, current_coverage="homeowners")
    text = advice_message(p, recommend(p, facts), facts, ("item_value",))
    assert text.startswith("My recommendation: a blanket jewelry endorsement")
    assert "above $5,000, scheduling it on your homeowners policy is the better choice" in text
    # Today's limits are named without a shortfall that would need the value.
    assert "pays at most $1,500 for stolen jewelry: whatever your ring is worth above that" in text


@pytest.mark.parametrize(
    ("before", "after", "said"),
    [
        (
            ("blanket", None, None),
            ("scheduled", 60.0, 120.0),
            "with the value, the expected cost is $60-$120 a year",
        ),
        (
            ("blanket", None, None),
            ("blanket", None, None),
            "until it's appraised, the cost is about {low} to {high} a year for every $1,000",
        ),
        (("blanket", 30.0, 60.0), ("blanket", 30.0, 60.0), "stays the same, and so does the expected cost"),
    ],
)
def test_a_change_to_advice_without_a_value_says_the_cost_as_it_can(
    facts: CoverageFacts,
    before: tuple[str, float | None, float | None],
    after: tuple[str, float | None, float | None],
    said: str,
) -> None:
    rate = recommend(told("ring", None, area_type="urban"), facts).until_valued
    assert rate is not None
    line = advice_change_line(before, after, "US", "USD", per_thousand=rate.per_thousand)
    low, high = money(rate.per_thousand.low), money(rate.per_thousand.high)  # urban rates
    assert said.format(low=low, high=high) in line and "None" not in line


def test_a_value_taken_from_a_range_is_said_in_the_advice_and_a_value_not_known_is_not() -> None:
    """Issue 12: a value taken as the top of a range after asking twice is named in
    assumed_answers; the advice says it was from rough figures. Left not known, the
    valuation sentence tells it instead."""
    facts = load_coverage_facts()
    profile = told("ring", 4000.0)
    text = advice_message(profile, recommend(profile, facts), facts, ("item_value",))
    assert "I used $4,000 as its value, from the rough figures you gave" in text
    unknown = told("ring", None)
    assert "rough figures" not in advice_message(unknown, recommend(unknown, facts), facts, ("item_value",))


@pytest.mark.parametrize("value", [800, 3000, 8000, None])
def test_earrings_are_spoken_of_in_the_plural(facts: CoverageFacts, value: float | None) -> None:
    p = told("earrings", value, travels_often=False, wears_daily=False, current_coverage="homeowners")
    text = advice_message(p, recommend(p, facts), facts)
    assert "earrings is" not in text and "earrings costs" not in text
    ring = told("ring", value, travels_often=False, wears_daily=False, current_coverage="homeowners")
    assert "ring are" not in advice_message(ring, recommend(ring, facts), facts)
