"""Explaining a declined or reduced claim, from knowledge/declines.yml.

`explain_decline` gathers what to tell someone whose claim was refused: what the term
means, which facts it turns on, when insurers' readings usually hold, what could
change the outcome and what would not, the complaint route for their region in order,
and what to do next time. `apply_sublimits` is the arithmetic behind a partial
settlement of unlisted jewellery. Adding a reason is a data edit in knowledge/ plus
training examples; nothing here names a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.knowledge import read_knowledge
from bot.rules.regions import DEFAULT_REGION, REGION_OF_CURRENCY, REGIONS


@dataclass(frozen=True)
class ComplaintStep:
    step: str
    detail: str
    bring: tuple[str, ...]


@dataclass(frozen=True)
class Case:
    summary: str
    outcome: str
    figures: dict[str, float]


@dataclass(frozen=True)
class DeclineReason:
    code: str
    title: str
    term: str
    turns_on: tuple[str, ...]
    usually_upheld_when: str
    usually_challengeable_when: str
    what_helps: tuple[str, ...]
    what_does_not_help: tuple[str, ...]
    prevention: tuple[str, ...]
    sources: tuple[str, ...]
    cases: tuple[Case, ...]
    # The reason is a cap on what an unlisted piece is paid: the piece's own figures
    # show what the cap leaves unpaid.
    caps_unlisted_pieces: bool = False
    # The kinds of claim (theft, lost, damage) an insurer can refuse for this reason.
    applies_to: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeclineKnowledge:
    reasons: dict[str, DeclineReason]
    routes: dict[str, tuple[ComplaintStep, ...]]
    # The code stored when the person cannot say the insurer's reason (not a reason).
    not_given: str = "not_given"

    @property
    def codes(self) -> set[str]:
        """Every value the decline_reason slot takes: the reasons and `not_given`."""
        return {*self.reasons, self.not_given}

    def reasons_for(self, claim_type: str | None) -> tuple[DeclineReason, ...]:
        """The reasons an insurer can give for this kind of claim (all when not known)."""
        return tuple(r for r in self.reasons.values() if claim_type is None or claim_type in r.applies_to)

    @property
    def example_limits(self) -> tuple[float, float]:
        """A jewellery limit and a gemstone limit from a real case (the first case whose
        figures have both), to show how separate limits add up to an offer."""
        for reason in self.reasons.values():
            for case in reason.cases:
                if {"jewellery_limit", "gemstone_limit"} <= set(case.figures):
                    return case.figures["jewellery_limit"], case.figures["gemstone_limit"]
        raise ValueError("knowledge/declines.yml has no case with a jewellery and a gemstone limit")


@dataclass(frozen=True)
class Settlement:
    """What limits pay on unlisted jewellery, and what they leave unpaid."""

    paid: float
    unpaid: float
    lines: tuple[tuple[str, float, float, float], ...]  # (category, value, limit, paid)


@dataclass(frozen=True)
class ClaimedPiece:
    """The piece the story told of, as far as the words stated it."""

    item_type: str | None = None
    value: float | None = None
    # What an unlisted piece is paid at most in the region (knowledge/claims.yml).
    unlisted_limit: float | None = None


@dataclass(frozen=True)
class DeclineExplanation:
    reason: DeclineReason
    region: str
    steps: tuple[ComplaintStep, ...]
    # (jewellery, gemstone): a case's limits, for the arithmetic of a partial settlement.
    example_limits: tuple[float, float]
    claimed: float | None = None
    offered: float | None = None
    piece: ClaimedPiece = field(default_factory=ClaimedPiece)

    @property
    def unpaid_over_limit(self) -> float | None:
        """What the unlisted-item limit leaves unpaid of this piece, when the reason is
        that cap, no settlement figures were given, and the piece is worth more."""
        value, limit = self.piece.value, self.piece.unlisted_limit
        if not self.reason.caps_unlisted_pieces or self.offered is not None or value is None or limit is None:
            return None
        return value - limit if value > limit else None


def _case(node: dict[str, Any]) -> Case:
    return Case(
        summary=" ".join(str(node["summary"]).split()),
        outcome=str(node["outcome"]),
        figures={k: float(v) for k, v in (node.get("figures") or {}).items()},
    )


def parse_decline_knowledge(raw: dict[str, Any]) -> DeclineKnowledge:
    reasons = {}
    for code, node in raw["reasons"].items():
        cases = tuple(_case(node[key]) for key in ("case", "second_case") if key in node)
        reasons[code] = DeclineReason(
            code=code,
            title=str(node["title"]),
            term=" ".join(str(node["term"]).split()),
            turns_on=tuple(node["turns_on"]),
            usually_upheld_when=" ".join(str(node["usually_upheld_when"]).split()),
            usually_challengeable_when=" ".join(str(node["usually_challengeable_when"]).split()),
            what_helps=tuple(node["what_helps"]),
            what_does_not_help=tuple(node.get("what_does_not_help") or ()),
            prevention=tuple(node["prevention"]),
            sources=tuple(node["sources"]),
            cases=cases,
            caps_unlisted_pieces=bool(node.get("caps_unlisted_pieces")),
            applies_to=tuple(node.get("applies_to") or ()),
        )
    routes = {
        region: tuple(
            ComplaintStep(str(s["step"]), " ".join(str(s["detail"]).split()), tuple(s.get("bring") or ()))
            for s in node["steps"]
        )
        for region, node in raw["complaint_routes"].items()
    }
    return DeclineKnowledge(reasons=reasons, routes=routes, not_given=str(raw["reason_not_given"]["code"]))


@lru_cache(maxsize=4)
def load_decline_knowledge(knowledge_dir: Path | None = None) -> DeclineKnowledge:
    return parse_decline_knowledge(read_knowledge("declines.yml", knowledge_dir))


def explain_decline(
    code: str,
    region: str,
    knowledge: DeclineKnowledge,
    claimed: float | None = None,
    offered: float | None = None,
    piece: ClaimedPiece | None = None,
) -> DeclineExplanation:
    """Everything to say about a decline with this reason code, for this region."""
    if code not in knowledge.reasons:
        raise KeyError(f"unknown decline reason {code!r}")
    region = region if region in knowledge.routes else DEFAULT_REGION
    return DeclineExplanation(
        reason=knowledge.reasons[code],
        region=region,
        steps=knowledge.routes[region],
        example_limits=knowledge.example_limits,
        claimed=claimed,
        offered=offered,
        piece=piece or ClaimedPiece(),
    )


@dataclass(frozen=True)
class UnstatedReasonExplanation:
    """What to tell someone who cannot say why their claim was refused: how to get the
    reason, and which reasons can apply to what they told."""

    region: str
    steps: tuple[ComplaintStep, ...]
    claim_type: str | None
    # Reasons the story's own words raise ("left it in the car overnight"), first.
    raised: tuple[DeclineReason, ...]
    # The other reasons an insurer can give for this kind of claim.
    possible: tuple[DeclineReason, ...]
    example_limits: tuple[float, float]
    claimed: float | None = None
    offered: float | None = None


def explain_unstated_decline(
    region: str,
    knowledge: DeclineKnowledge,
    claim_type: str | None = None,
    raised: tuple[str, ...] = (),
    claimed: float | None = None,
    offered: float | None = None,
) -> UnstatedReasonExplanation:
    """A refusal whose reason the person cannot say: no reason is guessed for them."""
    region = region if region in knowledge.routes else DEFAULT_REGION
    told = tuple(knowledge.reasons[code] for code in dict.fromkeys(raised) if code in knowledge.reasons)
    return UnstatedReasonExplanation(
        region=region,
        steps=knowledge.routes[region],
        claim_type=claim_type,
        raised=told,
        possible=tuple(r for r in knowledge.reasons_for(claim_type) if r not in told),
        example_limits=knowledge.example_limits,
        claimed=claimed,
        offered=offered,
    )


def shortfall(claimed: float | None, offered: float | None) -> float | None:
    """What an offer leaves unpaid of the claim (None without both figures)."""
    if claimed is None or offered is None:
        return None
    return max(claimed - offered, 0.0)


def apply_sublimits(values: dict[str, float], limits: dict[str, float]) -> Settlement:
    """Pay each category of unlisted jewellery up to its own limit.

    `values` and `limits` are keyed by category ("jewellery", "gemstones", or a single
    item); a category with no limit is paid in full. Seed 004's case: $49,000 of
    jewellery and $1,000+ of gemstones against $15,000 and $1,000 limits pays $16,000.
    """
    lines = []
    for category, value in values.items():
        limit = limits.get(category, value)
        lines.append((category, value, limit, min(value, limit)))
    paid = sum(line[3] for line in lines)
    return Settlement(paid=paid, unpaid=sum(values.values()) - paid, lines=tuple(lines))


def region_for(currency: str | None, stated_region: str | None) -> str | None:
    """NZ or US from what the person said; None when nothing tells (then ask)."""
    if stated_region in REGIONS:
        return stated_region
    # Only a currency that is not the default one tells: "$" alone says nothing.
    region = REGION_OF_CURRENCY.get(currency or "")
    return region if region != DEFAULT_REGION else None
