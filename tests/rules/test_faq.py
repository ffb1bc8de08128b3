"""When the assistant answers a question, which answer, and what a follow-up means."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.rules.faq import (
    ANSWER_CONFIDENCE,
    JEWELRY,
    NZ,
    US,
    WATCH,
    Outcome,
    choose_answer,
    entry_id,
    facet_of,
    follow_up,
    load_faq_knowledge,
)
from bot.wording.faq import answer_lines, unknown_follow_up_line

KNOWLEDGE = load_faq_knowledge(Path(__file__).resolve().parents[2] / "knowledge")


def test_a_confident_pick_is_answered_from_knowledge() -> None:
    choice = choose_answer(KNOWLEDGE, "faq/homeowners_theft_limit", ANSWER_CONFIDENCE + 0.1)
    assert choice.outcome is Outcome.ANSWER
    assert choice.entry is not None and choice.entry.id == "homeowners_theft_limit"
    answer, source = answer_lines(choice.entry, KNOWLEDGE)
    assert "$1,500" in answer
    assert source.startswith("Source: ") and "seed_" not in source


def test_an_unsure_pick_is_never_guessed() -> None:
    choice = choose_answer(KNOWLEDGE, "faq/homeowners_theft_limit", ANSWER_CONFIDENCE - 0.01)
    assert choice.outcome is Outcome.DONT_KNOW and choice.entry is None


@pytest.mark.parametrize("key", [None, "", "faq/no_such_entry", "homeowners_theft_limit"])
def test_an_unknown_or_malformed_pick_is_not_answered(key: str | None) -> None:
    assert choose_answer(KNOWLEDGE, key, 0.99).outcome is Outcome.DONT_KNOW


def test_entry_id_strips_the_retrieval_intent() -> None:
    assert entry_id("faq/care_plan_refund") == "care_plan_refund"
    assert entry_id("care_plan_refund") is None


@pytest.mark.parametrize(
    ("items", "region", "facet"),
    [
        (["watch"], None, WATCH),
        (["ring"], None, JEWELRY),
        (["earrings", "watch"], None, WATCH),
        ([], "NZ", NZ),
        (["ring"], "US", US),
        ([], None, None),
    ],
)
def test_facet_of_a_follow_up(items: list[str], region: str | None, facet: str | None) -> None:
    assert facet_of(items, region) == facet


def test_and_for_watches_after_the_jewelry_care_plan_answer() -> None:
    choice = follow_up(KNOWLEDGE, "care_plan_jewelry_cover", WATCH)
    assert choice.outcome is Outcome.ANSWER
    assert choice.entry is not None and choice.entry.id == "care_plan_watch_cover"


def test_and_in_new_zealand_after_the_theft_limit_answer() -> None:
    choice = follow_up(KNOWLEDGE, "homeowners_theft_limit", NZ)
    assert choice.entry is not None and choice.entry.id == "nz_contents_jewellery_limit"


def test_a_follow_up_the_answer_already_covers_says_so() -> None:
    choice = follow_up(KNOWLEDGE, "homeowners_theft_limit", WATCH)
    assert choice.outcome is Outcome.SAME_ANSWER
    assert choice.entry is not None and choice.entry.id == "homeowners_theft_limit"


def test_a_follow_up_with_no_known_counterpart_is_not_guessed() -> None:
    choice = follow_up(KNOWLEDGE, "pairs_and_sets", WATCH)
    assert choice.outcome is Outcome.DONT_KNOW
    assert "watches" in unknown_follow_up_line(choice.facet)


def test_cover_abroad_in_new_zealand_is_not_answered_with_the_valuation_of_a_piece_bought_abroad() -> None:
    choice = follow_up(KNOWLEDGE, "scheduling_abroad", "NZ")
    assert choice.outcome is Outcome.DONT_KNOW


def test_a_follow_up_with_nothing_before_it_has_no_context() -> None:
    assert follow_up(KNOWLEDGE, None, WATCH).outcome is Outcome.NO_CONTEXT


def test_a_care_plan_term_written_for_every_piece_holds_for_watches() -> None:
    choice = follow_up(KNOWLEDGE, "care_plan_refund", WATCH)
    assert choice.outcome is Outcome.SAME_ANSWER
    assert choice.entry is not None and choice.entry.id == "care_plan_refund"
