"""A customer's profile for the wording tests."""

from __future__ import annotations

from typing import Any

from bot.rules.advice import Profile
from bot.rules.knowledge import load_coverage_facts


def told(item_type: str, value: float | None, **answers: Any) -> Profile:
    """A profile; the area and current cover not told are knowledge/coverage.yml's defaults."""
    facts = load_coverage_facts()
    answers.setdefault("area_type", facts.default_area)
    answers.setdefault("current_coverage", facts.default_coverage)
    return Profile(item_type, value, **answers)
