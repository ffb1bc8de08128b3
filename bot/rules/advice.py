"""The coverage decision: which cover fits a piece, what it costs, what is missing now.

Thresholds and rates come from knowledge/coverage.yml (`CoverageFacts`); this module
only combines them. Values are in the customer's own currency: the seed guide's bands
are applied to the number as given.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.rules.knowledge import CoverageFacts
from bot.rules.regions import DEFAULT_CURRENCY, region_of

# Past this a piece needs a specialist, not a chat guide; the assistant hands over.
LARGEST_ITEM_VALUE = 10_000_000.0


@dataclass(frozen=True)
class Profile:
    """What the customer told the guide about one piece and themselves.

    Area and current cover have no default here: where the customer did not know, the
    caller passes the defaults of knowledge/coverage.yml (`CoverageFacts.default_area`,
    `default_coverage`), the one place they are set.
    """

    item_type: str
    item_value: float
    currency: str = DEFAULT_CURRENCY
    travels_often: bool = False
    wears_daily: bool = False
    area_type: str = field(kw_only=True)
    current_coverage: str = field(kw_only=True)
    new_purchase: bool = False
    damage_worry: bool = False
    # Their home cover is a renters policy (said in their words): only the wording differs.
    renters_policy: bool = False

    @property
    def region(self) -> str:
        return region_of(self.currency)

    @property
    def exposed(self) -> bool:
        """Worn daily or taken travelling: losing it somewhere is the likely claim."""
        return self.travels_often or self.wears_daily


@dataclass(frozen=True)
class Premium:
    low: float
    high: float


@dataclass(frozen=True)
class Gap:
    """Something the customer's current cover would not pay, with the figures."""

    code: str  # uninsured | theft_sublimit | named_perils_no_disappearance | blanket_item_cap
    limit: float
    shortfall: float


@dataclass(frozen=True)
class Advice:
    coverage: str  # self_insure | blanket | scheduled | standalone
    reasons: tuple[str, ...]
    premium: Premium
    gaps: tuple[Gap, ...]
    care_plan: bool


@dataclass(frozen=True)
class Piece:
    """One item of a collection; `quantity` identical pieces at `value` each."""

    item_type: str
    value: float
    quantity: int = 1


@dataclass(frozen=True)
class PiecePlan:
    piece: Piece
    coverage: str
    premium: Premium


@dataclass(frozen=True)
class CollectionPlan:
    pieces: tuple[PiecePlan, ...]
    premium: Premium
    blanket_cap_needed: float  # the per-item cap a blanket must have for the blanket pieces

    def with_coverage(self, coverage: str) -> tuple[PiecePlan, ...]:
        return tuple(p for p in self.pieces if p.coverage == coverage)


def value_problem(value: float) -> str | None:
    """Why a stated value cannot be used, or None when it can.

    Written so that NaN fails too: every comparison with NaN is false, so `value <= 0`
    would let it through ("not more than zero" is what NaN is). Infinity is too large.
    """
    if not value > 0:
        return "not_positive"
    if not value <= LARGEST_ITEM_VALUE:
        return "too_large"
    return None


def value_band(value: float, facts: CoverageFacts) -> str:
    if value < facts.self_insure_below:
        return "low"
    if value <= facts.schedule_above:
        return "middle"
    return "high"


def choose_coverage(profile: Profile, facts: CoverageFacts) -> tuple[str, tuple[str, ...]]:
    """The cover type and the reason codes that led to it."""
    band = value_band(profile.item_value, facts)
    has_home_policy = profile.current_coverage in {"homeowners", "blanket", "scheduled"}
    if band == "low":
        return "self_insure", ("low_value",)
    if band == "middle" and not profile.exposed:
        return "blanket", ("middle_value",)
    reasons = ["high_value"] if band == "high" else ["middle_value"]
    if profile.travels_often:
        reasons.append("travels")
    if profile.wears_daily:
        reasons.append("wears_daily")
    if profile.current_coverage == "standalone":
        return "standalone", (*reasons, "keeps_standalone")
    if not has_home_policy:
        return "standalone", (*reasons, "no_home_policy")
    return "scheduled", (*reasons, "add_to_home_policy")


def estimate_premium(value: float, coverage: str, area_type: str, facts: CoverageFacts) -> Premium:
    """Yearly premium range: the area's rate band applied to the insured value."""
    if coverage == "self_insure":
        return Premium(0.0, 0.0)
    band = facts.rates.get(area_type, facts.rates[facts.default_area])
    return Premium(float(round(value * band.low)), float(round(value * band.high)))


def coverage_gaps(profile: Profile, facts: CoverageFacts) -> tuple[Gap, ...]:
    """What the cover the customer has today would leave unpaid for this piece."""
    value = profile.item_value
    current = profile.current_coverage
    if current == "none":
        return (Gap("uninsured", 0.0, value),)
    if current == "homeowners":
        home = facts.home_policy[profile.region]
        gaps = []
        if value > home.theft_sublimit:
            gaps.append(Gap("theft_sublimit", home.theft_sublimit, value - home.theft_sublimit))
        if not home.covers_mysterious_disappearance:
            gaps.append(Gap("named_perils_no_disappearance", 0.0, value))
        return tuple(gaps)
    if current == "blanket" and value > facts.blanket_item_cap:
        return (Gap("blanket_item_cap", facts.blanket_item_cap, value - facts.blanket_item_cap),)
    return ()


def care_plan_fits(profile: Profile) -> bool:
    """A repair plan is sold with a new piece and pays for wear, never loss or theft."""
    return profile.new_purchase or profile.damage_worry


def recommend(profile: Profile, facts: CoverageFacts) -> Advice:
    coverage, reasons = choose_coverage(profile, facts)
    return Advice(
        coverage=coverage,
        reasons=reasons,
        premium=estimate_premium(profile.item_value, coverage, profile.area_type, facts),
        gaps=coverage_gaps(profile, facts),
        care_plan=care_plan_fits(profile),
    )


def plan_collection(pieces: list[Piece], profile: Profile, facts: CoverageFacts) -> CollectionPlan:
    """Split a collection: schedule the valuable pieces, blanket the middle, keep the rest.

    Each piece gets the cover a single piece of its value would get for this owner,
    so a daily-worn $3,000 watch is scheduled while a $3,000 necklace in a drawer
    stays on the blanket.
    """
    plans = []
    for piece in pieces:
        single = Profile(
            item_type=piece.item_type,
            item_value=piece.value,
            currency=profile.currency,
            travels_often=profile.travels_often,
            wears_daily=profile.wears_daily and piece.item_type in _DAILY_WEAR_TYPES,
            area_type=profile.area_type,
            current_coverage=profile.current_coverage,
        )
        coverage, _ = choose_coverage(single, facts)
        each = estimate_premium(piece.value, coverage, profile.area_type, facts)
        plans.append(
            PiecePlan(piece, coverage, Premium(each.low * piece.quantity, each.high * piece.quantity))
        )
    blanket_values = [p.piece.value for p in plans if p.coverage == "blanket"]
    return CollectionPlan(
        pieces=tuple(plans),
        premium=Premium(sum(p.premium.low for p in plans), sum(p.premium.high for p in plans)),
        blanket_cap_needed=max(blanket_values, default=0.0),
    )


# Pieces people wear every day; a daily-wear answer about a collection is about these.
_DAILY_WEAR_TYPES = {"ring", "engagement_ring", "watch", "earrings"}
