"""The claim workflow: which statuses exist and which changes staff may make.

    new ──▶ in_review ──▶ waiting_for_documents ──▶ sent_to_insurer ──▶ closed
     └──────────┴──────────────┴─────(any open status to any other)────────┘
    closed ──▶ in_review (reopen)

Any open claim may move to any other status (staff work out of order: a claim can be
sent on the day it arrives). A closed claim only reopens into review, so nothing
leaves "closed" without someone looking at it again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.rules.claims import PROOF_DOCUMENTS
from bot.store.models import ACTOR_LENGTH, NOTE_LENGTH

CLAIM_STATUSES = ("new", "in_review", "waiting_for_documents", "sent_to_insurer", "closed")
REOPENED = "in_review"
AWAITING = "waiting_for_documents"


class StatusChangeRefused(ValueError):
    """The change breaks the workflow; the message says why and what would work."""


@dataclass(frozen=True)
class StatusChange:
    status: str
    note: str | None
    actor: str
    documents: tuple[str, ...] = ()


def allowed_next(current: str) -> tuple[str, ...]:
    if current == "closed":
        return (REOPENED,)
    return tuple(s for s in CLAIM_STATUSES if s != current)


def check_status_change(current: str, change: StatusChange) -> None:
    if change.status not in CLAIM_STATUSES:
        raise StatusChangeRefused(
            f"'{change.status}' is not a claim status; use one of {', '.join(CLAIM_STATUSES)} "
            '(for example {"status": "in_review"}).'
        )
    if change.status not in allowed_next(current):
        raise StatusChangeRefused(
            f"A claim that is {current} cannot move to {change.status}; "
            f"it can move to {', '.join(allowed_next(current))}."
        )
    if change.note is not None and len(change.note) > NOTE_LENGTH:
        raise StatusChangeRefused(f"The note is longer than {NOTE_LENGTH} characters; shorten it.")
    if not change.actor or len(change.actor) > ACTOR_LENGTH:
        raise StatusChangeRefused("A status change needs who made it.")
    unknown = [d for d in change.documents if d not in PROOF_DOCUMENTS]
    if unknown:
        raise StatusChangeRefused(
            f"Unknown document code(s): {', '.join(unknown)}; use codes such as receipt, valuation, photo."
        )
    if change.documents and change.status != AWAITING:
        raise StatusChangeRefused(f"Documents are asked for only with the status {AWAITING}.")


def awaited(change: StatusChange, missing: Sequence[str]) -> tuple[str, ...]:
    """What the claimant is asked for: the documents named, else what the intake found missing."""
    if change.status != AWAITING:
        return ()
    return tuple(change.documents) or tuple(missing)


__all__ = [
    "AWAITING",
    "CLAIM_STATUSES",
    "StatusChange",
    "StatusChangeRefused",
    "allowed_next",
    "awaited",
    "check_status_change",
]
