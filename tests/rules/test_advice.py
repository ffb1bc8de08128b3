"""The coverage decision, table-driven over every threshold edge and current cover."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.rules.advice import (
    Piece,
    Profile,
    choose_coverage,
    coverage_gaps,
    estimate_premium,
    plan_collection,
    recommend,
    value_band,
    value_problem,
)
from bot.rules.knowledge import CoverageFacts, load_coverage_facts


@pytest.fixture(scope="module")
def facts() -> CoverageFacts:
    return load_coverage_facts()


def profile(value: float | None, **changes: object) -> Profile:
    base = Profile(
        item_type="ring",
        item_value=value,
        area_type=load_coverage_facts().default_area,
        current_coverage="homeowners",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "band"),
    [
        (0.01, "low"),
        (999.99, "low"),
        (1000.00, "middle"),
        (4999.99, "middle"),
        (5000.00, "middle"),
        (5000.01, "high"),
        (250000.0, "high"),
    ],
)
def test_value_bands_at_every_edge(facts: CoverageFacts, value: float, band: str) -> None:
    assert value_band(value, facts) == band


@pytest.mark.parametrize(
    ("value", "travels", "daily", "current", "expected"),
    [
        # Below $1,000: self-insure, whatever the habits.
        (999.99, False, False, "homeowners", "self_insure"),
        (999.99, True, True, "none", "self_insure"),
        # $1,000-$5,000: blanket, unless it is taken travelling or worn daily.
        (1000.00, False, False, "homeowners", "blanket"),
        (5000.00, False, False, "none", "blanket"),
        (1000.00, True, False, "homeowners", "scheduled"),
        (5000.00, False, True, "blanket", "scheduled"),
        (3000.00, True, False, "none", "standalone"),
        # Above $5,000: list it, on the home policy if there is one.
        (5000.01, False, False, "homeowners", "scheduled"),
        (5000.01, False, False, "blanket", "scheduled"),
        (5000.01, False, False, "scheduled", "scheduled"),
        (5000.01, False, False, "none", "standalone"),
        (5000.01, False, False, "standalone", "standalone"),
        (8000.00, True, True, "homeowners", "scheduled"),
    ],
)
def test_choose_coverage(
    facts: CoverageFacts, value: float, travels: bool, daily: bool, current: str, expected: str
) -> None:
    chosen, reasons = choose_coverage(
        profile(value, travels_often=travels, wears_daily=daily, current_coverage=current), facts
    )
    assert chosen == expected
    assert reasons, "every recommendation carries at least one reason"


def test_reasons_name_the_habits_that_decided(facts: CoverageFacts) -> None:
    _, reasons = choose_coverage(profile(8500, travels_often=True, wears_daily=True), facts)
    assert {"high_value", "travels", "wears_daily", "add_to_home_policy"} <= set(reasons)


@pytest.mark.parametrize(
    ("area", "low", "high"),
    [("rural", 80.0, 150.0), ("suburban", 100.0, 200.0), ("urban", 150.0, 300.0)],
)
def test_premium_range_by_area(facts: CoverageFacts, area: str, low: float, high: float) -> None:
    premium = estimate_premium(10000, "scheduled", area, facts)
    assert (premium.low, premium.high) == (low, high)


def test_premium_is_within_the_rule_of_thumb_and_higher_in_cities(facts: CoverageFacts) -> None:
    rural = estimate_premium(5000, "scheduled", "rural", facts)
    urban = estimate_premium(5000, "scheduled", "urban", facts)
    assert rural.low >= 0.008 * 5000 - 0.5
    assert urban.low > rural.low and urban.high > rural.high


def test_self_insuring_costs_nothing(facts: CoverageFacts) -> None:
    premium = estimate_premium(900, "self_insure", "urban", facts)
    assert (premium.low, premium.high) == (0.0, 0.0)


@pytest.mark.parametrize(
    ("value", "current", "currency", "codes", "shortfall"),
    [
        (8000, "homeowners", "USD", ["theft_sublimit", "named_perils_no_disappearance"], 6500),
        (1200, "homeowners", "USD", ["named_perils_no_disappearance"], None),
        (6000, "blanket", "USD", ["blanket_item_cap"], 3500),
        (2000, "blanket", "USD", [], None),
        (8000, "none", "USD", ["uninsured"], 8000),
        (8000, "scheduled", "USD", [], None),
        (8000, "standalone", "USD", [], None),
        (4000, "homeowners", "NZD", ["theft_sublimit", "named_perils_no_disappearance"], 1500),
    ],
)
def test_gaps_in_current_cover(
    facts: CoverageFacts, value: float, current: str, currency: str, codes: list[str], shortfall: float | None
) -> None:
    gaps = coverage_gaps(profile(value, current_coverage=current, currency=currency), facts)
    assert [g.code for g in gaps] == codes
    if shortfall is not None:
        assert gaps[0].shortfall == shortfall


@pytest.mark.parametrize(
    ("new", "worry", "fits"), [(True, False, True), (False, True, True), (False, False, False)]
)
def test_care_plan_fits_new_purchases_and_wear_worries(
    facts: CoverageFacts, new: bool, worry: bool, fits: bool
) -> None:
    assert recommend(profile(3000, new_purchase=new, damage_worry=worry), facts).care_plan is fits


@pytest.mark.parametrize(
    ("value", "problem"),
    [(0, "not_positive"), (-200, "not_positive"), (1e12, "too_large"), (0.01, None), (9_999_999, None)],
)
def test_unusable_values(value: float, problem: str | None) -> None:
    assert value_problem(value) == problem


def test_collection_is_split_by_value(facts: CoverageFacts) -> None:
    pieces = [Piece("ring", 12000), Piece("bracelet", 800, quantity=2), Piece("watch", 3000)]
    plan = plan_collection(pieces, profile(12000, area_type="suburban"), facts)
    assert [p.coverage for p in plan.pieces] == ["scheduled", "self_insure", "blanket"]
    assert plan.blanket_cap_needed == 3000
    # $12,000 scheduled + $3,000 on a blanket at the suburban 1%-2%; bracelets free.
    assert (plan.premium.low, plan.premium.high) == (150.0, 300.0)


def test_collection_daily_wear_moves_the_watch_to_the_schedule(facts: CoverageFacts) -> None:
    pieces = [Piece("watch", 3000), Piece("necklace", 3000)]
    plan = plan_collection(pieces, profile(3000, wears_daily=True), facts)
    assert [p.coverage for p in plan.pieces] == ["scheduled", "blanket"]


def test_collection_counts_quantities_in_the_total(facts: CoverageFacts) -> None:
    plan = plan_collection([Piece("ring", 1500, quantity=2)], profile(1500), facts)
    assert plan.premium.low == 2 * estimate_premium(1500, "blanket", "suburban", facts).low


@pytest.mark.parametrize("habit", ["travels_often", "wears_daily"])
def test_a_habit_nobody_could_tell_is_taken_as_the_answer_that_protects_more(
    facts: CoverageFacts, habit: str
) -> None:
    # knowledge/coverage.yml's default for an unknown habit: for a mid-value piece it
    # leads to the cover that pays when the piece goes missing, the other answer doesn't.
    assumed = facts.unknown_habits[habit]
    assert choose_coverage(profile(3000, **{habit: assumed}), facts)[0] == "scheduled"
    assert choose_coverage(profile(3000, **{habit: not assumed}), facts)[0] == "blanket"


# A value nobody could give (never valued, no guess): decided as for the middle band,
# where the habits decide, with the valuation first and what it would change.
@pytest.mark.parametrize(
    ("travels", "daily", "current", "expected", "if_high"),
    [
        (False, False, "homeowners", "blanket", "scheduled"),
        (False, False, "none", "blanket", "standalone"),
        (True, False, "homeowners", "scheduled", "scheduled"),
        (False, True, "blanket", "scheduled", "scheduled"),
        (False, True, "none", "standalone", "standalone"),
        (True, True, "standalone", "standalone", "standalone"),
    ],
)
def test_a_value_not_known_is_advised_as_the_middle_band_until_valued(
    facts: CoverageFacts, travels: bool, daily: bool, current: str, expected: str, if_high: str
) -> None:
    p = profile(None, travels_often=travels, wears_daily=daily, current_coverage=current)
    advice = recommend(p, facts)
    assert advice.coverage == expected
    assert advice.reasons[0] == "value_unknown"
    assert advice.until_valued is not None
    assert (advice.until_valued.if_high, advice.until_valued.if_low) == (if_high, "self_insure")
    # The cover if valued high or low is what a value past each threshold would get.
    for value, cover in ((facts.schedule_above + 1, if_high), (facts.self_insure_below - 1, "self_insure")):
        assert recommend(replace(p, item_value=value), facts).coverage == cover
    assert advice.premium is None  # no yearly range without a value


@pytest.mark.parametrize("area", ["rural", "suburban", "urban"])
def test_without_a_value_the_cost_is_the_area_rate_per_thousand(facts: CoverageFacts, area: str) -> None:
    advice = recommend(profile(None, area_type=area, wears_daily=True), facts)
    assert advice.until_valued is not None
    rate = advice.until_valued.per_thousand
    band = facts.rates[area]
    assert (rate.low, rate.high) == (round(band.low * 1000, 2), round(band.high * 1000, 2))


def test_the_thresholds_of_advice_without_a_value_follow_the_knowledge(facts: CoverageFacts) -> None:
    moved = replace(facts, self_insure_below=2000.0, schedule_above=8000.0)
    p = profile(None)
    assert recommend(p, moved).coverage == "blanket"
    assert recommend(replace(p, item_value=7000.0), moved).coverage == "blanket"
    assert recommend(replace(p, item_value=1500.0), moved).coverage == "self_insure"


@pytest.mark.parametrize(
    ("current", "codes"),
    [
        ("none", ["uninsured"]),
        ("homeowners", ["theft_sublimit", "named_perils_no_disappearance"]),
        ("blanket", ["blanket_item_cap"]),
        ("scheduled", []),
    ],
)
def test_without_a_value_a_limit_is_a_gap_with_no_shortfall(
    facts: CoverageFacts, current: str, codes: list[str]
) -> None:
    gaps = coverage_gaps(profile(None, current_coverage=current), facts)
    assert [g.code for g in gaps] == codes
    assert all(g.shortfall is None for g in gaps)
