"""What the staff pages show, shaped for their templates (no I/O and no markup here:
the markup is in bot/web/templates, escaped by Jinja)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode

from bot.rules.claims import CLAIM_TYPES
from bot.store.claims import ClaimPage, ClaimQuery, ClaimRecord, HandoffRecord
from bot.store.workflow import AWAITING, CLAIM_STATUSES, allowed_next
from bot.web.rendering import STATUS_LABELS, listing, when
from bot.web.transcript import Transcript
from bot.wording.common import words

SORT_LABELS = {
    "newest": "Newest first",
    "oldest": "Oldest first",
    "value_high": "Highest value",
    "value_low": "Lowest value",
    "reference": "Reference",
}
# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = (
    "reference", "received", "status", "claim_type", "item_type", "item_value", "currency", "loss_date",
    "claimant_name", "claimant_email", "claimant_phone", "police_report_number", "documents_offered",
    "missing_documents", "awaited_documents", "flags",
)  # fmt: skip


def list_link(query: ClaimQuery, **changes: object) -> str:
    values = {"q": query.q, "status": query.status, "claim_type": query.claim_type, "sort": query.sort}
    values.update(changes)  # type: ignore[arg-type]
    kept = {k: str(v) for k, v in values.items() if v not in (None, "", "newest", 1)}
    return "/staff" + ("?" + urlencode(kept) if kept else "")


def csv_link(query: ClaimQuery) -> str:
    kept = {"q": query.q, "status": query.status, "claim_type": query.claim_type, "sort": query.sort}
    filled = {k: v for k, v in kept.items() if v}
    return "/staff/claims.csv" + ("?" + urlencode(filled) if filled else "")


def choices(values: Sequence[str], all_label: str) -> list[tuple[str, str]]:
    return [("", all_label), *((v, words(v)) for v in values)]


def claims_list(query: ClaimQuery, found: ClaimPage) -> dict[str, Any]:
    count = f"{found.total} claim{'s' if found.total != 1 else ''}"
    if found.pages > 1:
        count += f", page {found.page} of {found.pages}"
    count += f", {SORT_LABELS.get(query.sort, 'newest first').lower()}."
    return {
        "query": query,
        "found": found,
        "count": count,
        "status_choices": choices(CLAIM_STATUSES, "All statuses"),
        "type_choices": choices(CLAIM_TYPES, "All types"),
        "sort_choices": list(SORT_LABELS.items()),
        "csv_link": csv_link(query),
        "previous_link": list_link(query, page=found.page - 1),
        "next_link": list_link(query, page=found.page + 1),
    }


def csv_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def claims_csv(claims: Sequence[ClaimRecord]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for c in claims:
        writer.writerow(
            [
                csv_cell(v)
                for v in (
                    c.reference, when(c.created_at), c.status, c.claim_type, c.item_type, "" if c.item_value is None else f"{c.item_value:.2f}",
                    c.currency, c.loss_date.isoformat() if c.loss_date else "", c.claimant_name, c.claimant_email, c.claimant_phone,
                    c.police_report_number, " ".join(c.proof_documents), " ".join(c.missing_documents),
                    " ".join(c.awaited_documents), " ".join(c.claim_flags),
                )
            ]
        )  # fmt: skip
    return out.getvalue()


def claim_detail(
    claim: ClaimRecord,
    transcript: Transcript,
    csrf_token: str | None,
    staff_names: Sequence[str] = (),
) -> dict[str, Any]:
    label = STATUS_LABELS.get(claim.status, words(claim.status))
    if claim.status == AWAITING and claim.awaited_documents:
        label += ": " + listing(claim.awaited_documents)
    return {
        "claim": claim,
        "status_label": label,
        "csrf_token": csrf_token,
        "next_statuses": [(v, STATUS_LABELS[v]) for v in allowed_next(claim.status)],
        "checked_documents": set(claim.awaited_documents or claim.missing_documents),
        "assignees": [("", "Nobody"), *((name, name) for name in staff_names)],
        "remind_documents": tuple(claim.awaited_documents or claim.missing_documents),
        "conversation": transcript,
    }


def handoffs_list(
    handoffs: Sequence[HandoffRecord], messages: dict[str, Transcript] | None = None, csrf_token: str = ""
) -> dict[str, Any]:
    return {
        "handoffs": handoffs,
        "messages": messages or {},
        "csrf_token": csrf_token,
        "waiting": sum(1 for h in handoffs if h.status == "waiting"),
    }
