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
    # None: not known (never valued, and the person could not guess); the advice is then
    # given as `UntilValued` says.
    item_value: float | None
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
    shortfall: float | None  # None: the value is not known, so neither is how much


@dataclass(frozen=True)
class UntilValued:
    """Advice without a value: the first step is a valuation (an appraisal). Until then
    the cover is the middle band's; these say what a valuation would change."""

    if_high: str  # the cover if it is valued above the schedule threshold
    if_low: str  # the cover if it is valued below the self-insure threshold
    per_thousand: Premium  # the area's yearly cost for every 1,000 of value


@dataclass(frozen=True)
class Advice:
    coverage: str  # self_insure | blanket | scheduled | standalone
    reasons: tuple[str, ...]
    premium: Premium | None  # None: no value to price (then `until_valued` has the rate)
    gaps: tuple[Gap, ...]
    care_plan: bool
    until_valued: UntilValued | None = None


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
    if profile.item_value is None:
        # Not valued yet: decided as for the middle band, where the habits decide (a piece
        # worn daily or taken travelling is listed, one kept at home goes on a blanket),
        # never a made-up figure; the advice says what a valuation above or below the
        # band would change (`UntilValued`).
        coverage, reasons = _cover_for_band("middle", profile)
        return coverage, ("value_unknown", *reasons[1:])
    return _cover_for_band(value_band(profile.item_value, facts), profile)


def _cover_for_band(band: str, profile: Profile) -> tuple[str, tuple[str, ...]]:
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


def rate_per_thousand(area_type: str, facts: CoverageFacts) -> Premium:
    """The area's yearly cost for every 1,000 of value: what can be said of the price
    when there is no value to apply the rate to."""
    band = facts.rates.get(area_type, facts.rates[facts.default_area])
    return Premium(round(band.low * 1000, 2), round(band.high * 1000, 2))


def until_valued(profile: Profile, facts: CoverageFacts) -> UntilValued:
    """What a valuation would change, for advice given without a value."""
    return UntilValued(
        if_high=_cover_for_band("high", profile)[0],
        if_low=_cover_for_band("low", profile)[0],
        per_thousand=rate_per_thousand(profile.area_type, facts),
    )


def coverage_gaps(profile: Profile, facts: CoverageFacts) -> tuple[Gap, ...]:
    """What the cover the customer has today would leave unpaid for this piece.

    With the value not known, a limit is named as a gap with no shortfall (the piece may
    be worth more than it): the person learns the limit to hold the valuation against."""
    value = profile.item_value
    current = profile.current_coverage
    if current == "none":
        return (Gap("uninsured", 0.0, value),)
    if current == "homeowners":
        home = facts.home_policy[profile.region]
        gaps = []
        if value is None or value > home.theft_sublimit:
            gaps.append(Gap("theft_sublimit", home.theft_sublimit, _above(value, home.theft_sublimit)))
        if not home.covers_mysterious_disappearance:
            gaps.append(Gap("named_perils_no_disappearance", 0.0, value))
        return tuple(gaps)
    if current == "blanket" and (value is None or value > facts.blanket_item_cap):
        return (Gap("blanket_item_cap", facts.blanket_item_cap, _above(value, facts.blanket_item_cap)),)
    return ()


def _above(value: float | None, limit: float) -> float | None:
    return None if value is None else value - limit


def care_plan_fits(profile: Profile) -> bool:
    """A repair plan is sold with a new piece and pays for wear, never loss or theft."""
    return profile.new_purchase or profile.damage_worry


def recommend(profile: Profile, facts: CoverageFacts) -> Advice:
    coverage, reasons = choose_coverage(profile, facts)
    value = profile.item_value
    return Advice(
        coverage=coverage,
        reasons=reasons,
        premium=None if value is None else estimate_premium(value, coverage, profile.area_type, facts),
        gaps=coverage_gaps(profile, facts),
        care_plan=care_plan_fits(profile),
        until_valued=until_valued(profile, facts) if value is None else None,
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
