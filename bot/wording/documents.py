"""What the claimant (and staff) read about a claim checked against its uploaded
documents (the checks are bot/rules/documents.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bot.rules.documents import DocumentFinding
from bot.wording.common import money, words


def _spoken(day: date) -> str:
    return f"{day.day} {day.strftime('%B %Y')}"


def finding_text(finding: DocumentFinding) -> str:
    """What the check saw, in plain words the claimant can act on."""
    if finding.code == "valuation_outdated" and finding.document_date:
        return (
            f"The valuation is dated {_spoken(finding.document_date)}, more than "
            f"{finding.years} years before the loss: insurers may ask for a newer one "
            "or pay less than today's price."
        )
    if finding.code == "value_mismatch":
        dated = f" on {_spoken(finding.document_date)}" if finding.document_date else ""
        kind = finding.kind or "document"
        label = words(kind)
        return (
            f"The {label} says {money(finding.document_amount, finding.currency)}{dated}; you told me "
            f"{money(finding.told_amount, finding.currency)}: insurers pay the documented figure unless you "
            "have a newer valuation."
        )
    if finding.code == "item_not_mentioned":
        return (
            f"I could not find the {words(finding.item_type)} in {finding.filename}: "
            "a document that does not describe the piece may not count as proof of it."
        )
    if finding.code == "single_photo_only":
        return (
            "A single photo is the only proof so far: photos show the piece existed but rarely prove "
            "ownership. A receipt, bank statement or valuation makes the claim much stronger."
        )
    return ""


def files_line(files: Sequence[tuple[str, str | None]]) -> str:
    """'Files you sent: receipt.pdf (receipt), ring.jpg (photo).' from (filename, kind)."""
    listed = ", ".join(f"{name} ({words(kind or 'not known')})" for name, kind in files)
    return f"Files you sent: {listed}."
