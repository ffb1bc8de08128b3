"""The claim intake's words, with the figures of knowledge/claims.yml."""

from __future__ import annotations

from dataclasses import replace

from bot.rules.claims import load_claim_knowledge
from bot.wording.claims import care_plan_route_text


def test_the_return_window_is_the_knowledge_files() -> None:
    knowledge = load_claim_knowledge()
    said = care_plan_route_text("return_to_jeweler", knowledge)
    assert f"within {knowledge.care_plan_return_days} days of purchase" in said
    shorter = replace(knowledge, care_plan_return_days=14)
    assert "within 14 days of purchase" in care_plan_route_text("return_to_jeweler", shorter)
    assert "days" not in care_plan_route_text("claim_through_jeweler", knowledge)
