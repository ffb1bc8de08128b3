"""Checking a claim against the documents uploaded for it.

What was read from each document (bot/language/documents.py) is compared with what the
claimant said: the documented value, how old a valuation is, whether a document names the
piece at all, and whether one photo is all the proof there is. Every finding carries what
it saw (figures, dates), so bot/wording/documents.py can say it and the claimant can act
on it while still in the chat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.knowledge import read_knowledge
from bot.rules.regions import DEFAULT_CURRENCY

# Documents that prove ownership on their own (a photo shows the piece existed only).
OWNERSHIP_KINDS = ("receipt", "bank_statement", "valuation", "grading_report")


@dataclass(frozen=True)
class DocumentCheckKnowledge:
    reappraisal_years: int
    value_tolerance: float
    item_words: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class UploadedProof:
    """One uploaded document as the checks need it."""

    filename: str
    kind: str | None
    text: str
    main_amount: float | None
    main_date: date | None


@dataclass(frozen=True)
class DocumentFinding:
    """What one check saw, as data; the fields a code does not use keep their defaults."""

    code: str  # valuation_outdated | value_mismatch | item_not_mentioned | single_photo_only
    filename: str
    kind: str | None = None  # the document's kind (value_mismatch)
    document_date: date | None = None  # its date (valuation_outdated, value_mismatch)
    document_amount: float = 0.0  # its figure (value_mismatch) ...
    told_amount: float = 0.0  # ... against the value the claimant gave
    currency: str = DEFAULT_CURRENCY
    item_type: str = "other"  # the piece it does not name (item_not_mentioned)
    years: int = 0  # the reappraisal interval it is older than (valuation_outdated)


def parse_document_checks(raw: dict[str, Any]) -> DocumentCheckKnowledge:
    return DocumentCheckKnowledge(
        reappraisal_years=int(raw["reappraisal_years"]["value"]),
        value_tolerance=float(raw["value_tolerance"]["value"]),
        item_words={k: tuple(str(w) for w in v or ()) for k, v in raw["item_words"].items()},
    )


@lru_cache(maxsize=4)
def load_document_checks(knowledge_dir: Path | None = None) -> DocumentCheckKnowledge:
    return parse_document_checks(read_knowledge("document_checks.yml", knowledge_dir))


def _years_between(earlier: date, later: date) -> float:
    return (later - earlier).days / 365.25


def _names_piece(text: str, item_type: str, knowledge: DocumentCheckKnowledge) -> bool:
    words = knowledge.item_words.get(item_type, ())
    if not words:
        return True  # "other": nothing to look for, so nothing to say
    return any(re.search(rf"\b{re.escape(w)}s?\b", text, re.IGNORECASE) for w in words)


def check_documents(
    documents: tuple[UploadedProof, ...],
    item_type: str,
    item_value: float | None,
    currency: str,
    loss_date: date | None,
    today: date,
    knowledge: DocumentCheckKnowledge,
) -> tuple[DocumentFinding, ...]:
    """What the documents say against the claim; empty when they agree."""
    findings: list[DocumentFinding] = []
    when = loss_date or today
    for doc in documents:
        name = doc.filename
        if doc.kind == "valuation" and doc.main_date:
            age = _years_between(doc.main_date, when)
            if age > knowledge.reappraisal_years:
                findings.append(
                    DocumentFinding(
                        "valuation_outdated",
                        name,
                        kind=doc.kind,
                        document_date=doc.main_date,
                        years=knowledge.reappraisal_years,
                    )
                )
        if doc.kind in OWNERSHIP_KINDS and doc.main_amount and item_value:
            gap = abs(doc.main_amount - item_value) / max(item_value, doc.main_amount)
            if gap > knowledge.value_tolerance:
                findings.append(
                    DocumentFinding(
                        "value_mismatch",
                        name,
                        kind=doc.kind,
                        document_date=doc.main_date,
                        document_amount=doc.main_amount,
                        told_amount=item_value,
                        currency=currency,
                    )
                )
        if (
            doc.kind in OWNERSHIP_KINDS
            and doc.text.strip()
            and not _names_piece(doc.text, item_type, knowledge)
        ):
            findings.append(DocumentFinding("item_not_mentioned", name, kind=doc.kind, item_type=item_type))
    kinds = [d.kind for d in documents]
    if kinds and all(k == "photo" for k in kinds) and len(kinds) == 1:
        findings.append(DocumentFinding("single_photo_only", documents[0].filename, kind="photo"))
    return tuple(findings)


def proof_from_uploads(said: tuple[str, ...], uploaded_kinds: tuple[str | None, ...]) -> tuple[str, ...]:
    """The proof the claim has: what was said plus what was uploaded, once each."""
    return tuple(dict.fromkeys([*said, *(k for k in uploaded_kinds if k)]))
