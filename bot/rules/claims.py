"""Claim intake decisions: which documents an insurer will want, what is still missing,
which facts could get the claim declined, and where a care-plan repair goes.

Everything comes from knowledge/claims.yml; a flag carries the facts that raised it, as
data (bot/wording/claims.py says them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.knowledge import read_knowledge
from bot.rules.regions import DEFAULT_CURRENCY, REGIONS, region_of

CLAIM_TYPES = ("theft", "lost", "damage")
PROOF_DOCUMENTS = (
    "receipt",
    "bank_statement",
    "valuation",
    "photo",
    "video",
    "grading_report",
    "serial_number",
    "care_plan_brochure",
)
# A loss further back than this is a typing slip, not a claim to take in; a purchase may
# be much older (a piece kept for decades), but not older than OLDEST_PURCHASE_YEARS.
OLDEST_LOSS_YEARS = 20
OLDEST_PURCHASE_YEARS = 100
# The longest free-text answer a claim keeps, and the longest message the chat reads at
# all (a longer paste is never one answer): the store's column, the channels' refusal and
# the intake's cut of a free-text answer are this one figure.
LONGEST_ANSWER_CHARS = 2000
# The contract's item types (bot/language/facts.py reads them from text; the store checks them).
ITEM_TYPES = ("ring", "engagement_ring", "earrings", "necklace", "bracelet", "watch", "pendant", "other")
# Decline-risk codes: the contract's decline-reason list, one entry per reason in
# knowledge/declines.yml. A flag with any other code cannot be made (`Flag`), and the
# store refuses it (bot/store/validation.py).
FLAG_CODES = (
    "wear_and_tear",
    "reasonable_care",
    "storage_condition",
    "invited_guest_theft",
    "claim_limit",
    "proof_of_ownership",
    "specified_after_loss",
    "named_perils_no_disappearance",
    "care_plan_no_loss_theft",
    "manufacturer_defect",
)


@dataclass(frozen=True)
class Document:
    code: str
    label: str
    why: str


@dataclass(frozen=True)
class FlagRule:
    code: str
    claim_types: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    # A story these match does not raise the flag, whatever the patterns found: a chain
    # torn from the neck at a bus stop was worn, not left unattended.
    unless: tuple[re.Pattern[str], ...] = ()

    def __post_init__(self) -> None:
        if self.code not in FLAG_CODES:  # a typo in knowledge/claims.yml stops the start
            raise ValueError(f"unknown decline-risk code {self.code!r} in knowledge/claims.yml")


@dataclass(frozen=True)
class ClaimKnowledge:
    documents: dict[str, Document]
    proof_of_purchase: tuple[str, ...]
    required: dict[str, tuple[str, ...]]
    unlisted_item_limit: dict[str, float]
    care_plan_return_days: int
    flag_rules: tuple[FlagRule, ...]
    # How people say what happened: "theft", "damage", "lost", "lost_unless_damage".
    claim_type_cues: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    # Example sentences per claim type, for paraphrases no cue matches.
    claim_type_examples: dict[str, tuple[str, ...]] = field(default_factory=dict)
    example_min_similarity: float = 0.6
    example_min_margin: float = 0.05


@dataclass(frozen=True)
class ClaimFacts:
    claim_type: str
    item_type: str
    item_value: float | None  # None: the claimant could not say
    currency: str
    loss_description: str
    was_specified: bool | None
    proof_documents: tuple[str, ...]
    care_plan: bool = False
    # Put on the policy only after it happened, as the claimant said.
    listed_after_loss: bool = False
    # The claimant's other words about the event (where it was last seen, where they
    # searched): a babysitter or an airport restroom said there raises a flag too.
    other_words: str = ""
    # The policy's own limit for an unlisted piece, as the claimant stated it ("unspecified
    # items are covered to $1,500 each"): used in place of the usual one.
    stated_limit: float | None = None

    @property
    def region(self) -> str:
        return region_of(self.currency)


@dataclass(frozen=True)
class Flag:
    """A decline-risk code and the facts of this claim that raised it, as data: the words
    of the claimant's story that matched, or the figures, claim type or documents."""

    code: str
    words: tuple[str, ...] = ()  # what in the claimant's words matched the code's rule
    claim_type: str = ""  # care_plan_no_loss_theft: the claim a care plan cannot take
    amount: float = 0.0  # claim_limit: the unlisted piece's value ...
    limit: float = 0.0  # ... against the policy's limit for unlisted jewelry
    currency: str = DEFAULT_CURRENCY
    documents: tuple[str, ...] = ()  # proof_of_ownership: the only proof offered, sorted

    def __post_init__(self) -> None:
        if self.code not in FLAG_CODES:
            raise ValueError(f"unknown decline-risk code {self.code!r}")


def parse_claim_knowledge(raw: dict[str, Any]) -> ClaimKnowledge:
    documents = {code: Document(code, str(d["label"]), str(d["why"])) for code, d in raw["documents"].items()}
    required = {key: tuple(value) for key, value in raw["required"].items() if key != "source"}
    limit = raw["limits"]["unlisted_item_limit"]
    rules = tuple(
        FlagRule(
            # A second rule for a code says so ("code: wear_and_tear"), its key naming it.
            code=str(node.get("code", code)),
            claim_types=tuple(node["claim_types"]),
            patterns=tuple(re.compile(p, re.IGNORECASE) for p in node["patterns"]),
            unless=tuple(re.compile(p, re.IGNORECASE) for p in node.get("unless") or ()),
        )
        for code, node in raw["flag_patterns"].items()
    )
    cues = {
        kind: tuple(re.compile(p, re.IGNORECASE) for p in patterns)
        for kind, patterns in (raw.get("claim_type_cues") or {}).items()
    }
    examples = raw.get("claim_type_examples") or {}
    return ClaimKnowledge(
        claim_type_cues=cues,
        claim_type_examples={k: tuple(v) for k, v in examples.items() if k in CLAIM_TYPES},
        example_min_similarity=float(examples.get("min_similarity", 0.6)),
        example_min_margin=float(examples.get("min_margin", 0.05)),
        documents=documents,
        proof_of_purchase=tuple(raw["proof_of_purchase"]),
        required=required,
        unlisted_item_limit={region: float(limit[region]) for region in REGIONS},
        care_plan_return_days=int(raw["care_plan"]["return_within_days"]["value"]),
        flag_rules=rules,
    )


@lru_cache(maxsize=4)
def load_claim_knowledge(knowledge_dir: Path | None = None) -> ClaimKnowledge:
    return parse_claim_knowledge(read_knowledge("claims.yml", knowledge_dir))


# A report knowledge/claims.yml requires for a claim type (`required:`) whose number the
# intake asks for: the question follows the requirement, not a copy of it.
REPORT_QUESTIONS = {"police_report": "police_report_number"}


def intake_questions(
    claim_type: str | None, care_plan: bool | None, knowledge: ClaimKnowledge
) -> tuple[str, ...]:
    """The questions (slot names) that apply to this claim, in asking order."""
    wanted = ["claim_type", "item_type", "item_value", "loss_date", "loss_description"]
    if claim_type == "damage":
        wanted.append("has_care_plan")
        if care_plan is True:
            # A care-plan repair goes back to the jeweler within its first days.
            wanted.append("purchase_date")
    # Asked of a care-plan repair too: when the plan does not pay (a fault, a lapsed
    # plan) the insurer decides, and the listing is then what counts. Never assumed.
    wanted.append("was_specified")
    required = knowledge.required.get(claim_type or "", ())
    wanted += [REPORT_QUESTIONS[code] for code in required if code in REPORT_QUESTIONS]
    if claim_type == "lost":
        wanted += ["last_seen", "search_done"]
    return (
        *wanted,
        "proof_documents",
        "claimant_name",
        "claimant_email",
        "claimant_phone",
        "claim_confirmed",
    )


def required_documents(
    claim_type: str, item_type: str, care_plan: bool, knowledge: ClaimKnowledge
) -> tuple[str, ...]:
    """The documents the insurer (or the care plan) will ask for, in asking order.

    "proof_of_purchase" stands for a receipt or a bank statement, either will do.
    """
    if care_plan and claim_type == "damage":
        return knowledge.required["care_plan"]
    wanted = [
        *knowledge.required["all"],
        *knowledge.required.get(claim_type, ()),
        *knowledge.required.get(item_type, ()),
    ]
    return tuple(dict.fromkeys(wanted))


# How the intake stores "no police report" with the reason given: "none: <reason>".
NO_REPORT_MARK = "none: "


def offered_documents(proof_documents: tuple[str, ...], police_report_number: str | None) -> tuple[str, ...]:
    """The proof the claimant has, plus the police report when they gave its number."""
    if police_report_number and not police_report_number.startswith(NO_REPORT_MARK):
        return (*proof_documents, "police_report")
    return proof_documents


def missing_documents(
    required: tuple[str, ...], offered: tuple[str, ...], knowledge: ClaimKnowledge
) -> tuple[str, ...]:
    """What is still wanted; a missing proof of purchase is reported as the receipt."""
    missing = []
    for code in required:
        if code == "proof_of_purchase":
            if not set(knowledge.proof_of_purchase) & set(offered):
                missing.append(knowledge.proof_of_purchase[0])
        elif code not in offered:
            missing.append(code)
    return tuple(missing)


def assess_claim(
    facts: ClaimFacts, knowledge: ClaimKnowledge, police_report: bool = True
) -> tuple[Flag, ...]:
    """Decline-risk flags with the facts that raised them, most serious first."""
    flags: list[Flag] = []
    limit = knowledge.unlisted_item_limit[facts.region]
    if facts.stated_limit is not None and facts.stated_limit > 0:
        limit = facts.stated_limit
    unlisted = facts.was_specified is False
    if facts.care_plan and facts.claim_type in {"theft", "lost"}:
        flags.append(Flag("care_plan_no_loss_theft", claim_type=facts.claim_type))
    value = facts.item_value
    if unlisted and facts.claim_type in {"theft", "lost"} and value is not None and value > limit:
        flags.append(Flag("claim_limit", amount=value, limit=limit, currency=facts.currency))
    if unlisted and facts.claim_type == "lost" and not facts.care_plan:
        flags.append(Flag("named_perils_no_disappearance"))
    if facts.listed_after_loss:
        flags.append(Flag("specified_after_loss"))
    offered = set(facts.proof_documents)
    ownership_proof = set(knowledge.proof_of_purchase) | {"valuation"}
    if not (facts.claim_type == "damage" and facts.care_plan) and not offered & ownership_proof:
        flags.append(Flag("proof_of_ownership", documents=tuple(sorted(offered))))
    for rule in knowledge.flag_rules:
        if facts.claim_type not in rule.claim_types or any(f.code == rule.code for f in flags):
            continue
        story = f"{facts.loss_description}\n{facts.other_words}"
        if any(p.search(story) for p in rule.unless):
            continue
        # One line each: a match never carries the line break between two answers.
        matched = list(
            dict.fromkeys(" ".join(m.group(0).split()) for p in rule.patterns if (m := p.search(story)))
        )
        if matched:
            # Said back once: a match inside a longer one ("meant to be in the safe" in
            # "the policy says it is meant to be in the safe") is not said again.
            words = tuple(w for w in matched if not any(w != o and w.lower() in o.lower() for o in matched))
            flags.append(Flag(rule.code, words=words))
    return tuple(flags)


def care_plan_route(purchase_date: date | None, today: date, knowledge: ClaimKnowledge) -> str:
    """Where a care-plan repair goes: back to the jeweler within the first days, else a claim."""
    if purchase_date is not None and (today - purchase_date).days <= knowledge.care_plan_return_days:
        return "return_to_jeweler"
    return "claim_through_jeweler"
