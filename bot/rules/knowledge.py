"""Loads knowledge/coverage.yml into frozen values the decisions use.

The YAML keeps each figure beside its source; here only the figures are kept, plus
the source ids so an answer can cite them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.knowledge import read_knowledge

AREAS = ("urban", "suburban", "rural")
# The guide's yes/no questions about how a piece is used.
HABITS = ("travels_often", "wears_daily")
COVERAGES = ("none", "homeowners", "blanket", "scheduled", "standalone")


@dataclass(frozen=True)
class RateBand:
    low: float
    high: float


@dataclass(frozen=True)
class HomePolicy:
    theft_sublimit: float
    deductible: float
    covers_mysterious_disappearance: bool


@dataclass(frozen=True)
class CoverageFacts:
    self_insure_below: float
    schedule_above: float
    rates: dict[str, RateBand]
    home_policy: dict[str, HomePolicy]  # by region: "US", "NZ"
    blanket_item_cap: float
    default_area: str
    default_coverage: str
    # What a habit the customer could not tell is taken as, by slot: the one value for
    # a "not sure" and for a second unusable answer.
    unknown_habits: dict[str, bool]
    jewelry_repairs: tuple[str, ...]
    watch_repairs: tuple[str, ...]
    sources: tuple[str, ...]


def _figure(node: dict[str, Any]) -> Any:
    return node["value"]


def _yes_no(value: Any, name: str) -> bool:
    # YAML reads "yes", "no", true and false as booleans; anything else is a typo that
    # bool() would quietly turn into True.
    if not isinstance(value, bool):
        raise ValueError(f"defaults.{name} in knowledge/coverage.yml must be true or false, not {value!r}")
    return value


def _sources(node: Any) -> set[str]:
    """Every `source:` id anywhere below a node."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "source" and isinstance(value, str):
                found.add(value)
            else:
                found |= _sources(value)
    elif isinstance(node, list):
        for value in node:
            found |= _sources(value)
    return found


def parse_coverage_facts(raw: dict[str, Any]) -> CoverageFacts:
    rates = {area: RateBand(float(r["low"]), float(r["high"])) for area, r in raw["premium_rates"].items()}
    homes = {
        region: HomePolicy(
            theft_sublimit=float(_figure(h["theft_sublimit"])),
            deductible=float(_figure(h["deductible"])),
            covers_mysterious_disappearance=bool(_figure(h["covers_mysterious_disappearance"])),
        )
        for region, h in raw["homeowners"].items()
    }
    return CoverageFacts(
        self_insure_below=float(_figure(raw["value_bands"]["self_insure_below"])),
        schedule_above=float(_figure(raw["value_bands"]["schedule_above"])),
        rates=rates,
        home_policy=homes,
        blanket_item_cap=float(_figure(raw["blanket"]["typical_item_cap"])),
        default_area=str(_figure(raw["defaults"]["area_type"])),
        default_coverage=str(_figure(raw["defaults"]["current_coverage"])),
        unknown_habits={habit: _yes_no(_figure(raw["defaults"][habit]), habit) for habit in HABITS},
        jewelry_repairs=tuple(raw["care_plan"]["jewelry_repairs"]),
        watch_repairs=tuple(raw["care_plan"]["watch_repairs"]),
        sources=tuple(sorted(_sources(raw))),
    )


@lru_cache(maxsize=4)
def load_coverage_facts(knowledge_dir: Path | None = None) -> CoverageFacts:
    """Read once per directory; the file only changes with a deploy."""
    return parse_coverage_facts(read_knowledge("coverage.yml", knowledge_dir))
