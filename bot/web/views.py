"""Staff pages as HTML: records in, escaped markup out (no I/O here)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone

from bot.rules.claims import PROOF_DOCUMENTS
from bot.store.claims import ClaimRecord, HandoffRecord
from bot.store.workflow import AWAITING, CLAIM_STATUSES, allowed_next
from bot.web.templates import Safe, fill, join, render
from bot.web.transcript import Transcript

CLAIM_TYPES = ("theft", "lost", "damage")
CURRENT = Safe(' aria-current="page"')
EMPTY = Safe("")

CLAIM_ROW = """    <tr>
      <th scope="row"><a href="/staff/claims/$reference">$reference</a></th>
      <td>$created_at</td><td><span class="status status-$status">$status_label</span></td><td>$claim_type</td>
      <td>$item_type</td><td class="num">$value</td><td>$claimant_name</td>
      <td>$missing_documents</td><td>$flags</td>
    </tr>"""
HANDOFF_ROW = """    <tr>
      <td>$created_at</td><td><a href="/staff/conversations/$sender_path">$sender_id</a></td>
      <td>$flow</td><td>$status</td>
    </tr>"""
OPTION = '<option value="$value"$selected>$label</option>'
STATUS_FORM = """<form method="post" action="/staff/claims/$reference/status" class="status-change">
  <input type="hidden" name="csrf_token" value="$csrf_token">
  <label for="new-status">Change status to</label>
  <select id="new-status" name="status">$choices</select>
  <fieldset class="awaited"><legend>Documents to ask for (only with waiting for documents; none ticked: the missing ones)</legend>
  $documents
  </fieldset>
  <label for="note">Note (optional)</label>
  <textarea id="note" name="note" rows="3" maxlength="2000"></textarea>
  <button type="submit">Save status</button>
</form>"""
DOCUMENT_CHOICE = (
    '<label class="choice"><input type="checkbox" name="documents" value="$code"$checked> $label</label>'
)
EVENT_ROW = """  <li><span class="when">$at</span> <strong>$status</strong> by $actor$documents$note</li>"""
STATUS_LABELS = {
    "new": "New: not reviewed yet",
    "in_review": "In review",
    "waiting_for_documents": "Waiting for documents",
    "sent_to_insurer": "Sent to the insurer",
    "closed": "Closed",
}
TRANSCRIPT_LINE = """  <li class="line $speaker"><span class="who">$who</span> <span class="when">$at</span>
    <p>$text</p>$buttons</li>"""


def page(title: str, jeweler: str, content: Safe, nav: Safe = EMPTY) -> Safe:
    return render("staff_page.html", title=title, jeweler=jeweler, content=content, nav=nav)


def nav(csrf_token: str, current: str, name: str = "") -> Safe:
    return render(
        "staff_nav.html",
        csrf_token=csrf_token,
        staff_name=name,
        claims_current=CURRENT if current == "claims" else EMPTY,
        handoffs_current=CURRENT if current == "handoffs" else EMPTY,
    )


def login_form(message: str | None = None) -> Safe:
    notice = fill('<p class="error" role="alert">$m</p>', m=message) if message else EMPTY
    return render("staff_login.html", message=notice)


def when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:  # SQLite hands back naive datetimes; they were stored as UTC
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def money(value: float, currency: str) -> str:
    return f"{currency} {value:,.0f}"


def words(code: str) -> str:
    return code.replace("_", " ")


def listing(codes: Sequence[str], empty: str = "none") -> str:
    return ", ".join(words(c) for c in codes) or empty


def options(values: Sequence[str], chosen: str | None, all_label: str) -> Safe:
    choices = [("", all_label), *((v, words(v)) for v in values)]
    return join(
        (
            fill(OPTION, value=v, label=label, selected=Safe(" selected") if v == (chosen or "") else EMPTY)
            for v, label in choices
        ),
        "",
    )


def claims_list(claims: Sequence[ClaimRecord], status: str | None, claim_type: str | None) -> Safe:
    rows = [
        fill(
            CLAIM_ROW,
            reference=c.reference,
            created_at=when(c.created_at),
            status=c.status,
            status_label=STATUS_LABELS.get(c.status, words(c.status)),
            claim_type=words(c.claim_type),
            item_type=words(c.item_type),
            value=money(c.item_value, c.currency),
            claimant_name=c.claimant_name,
            missing_documents=listing(c.missing_documents),
            flags=listing(c.claim_flags),
        )
        for c in claims
    ]
    count = f"{len(claims)} claim{'s' if len(claims) != 1 else ''}, newest first."
    return render(
        "staff_claims.html",
        status_options=options(CLAIM_STATUSES, status, "All statuses"),
        type_options=options(CLAIM_TYPES, claim_type, "All types"),
        count=count,
        rows=join(rows) if rows else Safe('<tr><td colspan="9">No claims match.</td></tr>'),
    )


def flags_section(claim: ClaimRecord) -> Safe:
    if not claim.claim_flags:
        return Safe("<p>No flags.</p>")
    items = [
        fill(
            "<li><strong>$flag</strong>$facts</li>",
            flag=words(flag),
            facts=fill(": $f", f=claim.flag_facts[flag]) if claim.flag_facts.get(flag) else EMPTY,
        )
        for flag in claim.claim_flags
    ]
    return Safe(f'<ul class="flags">{join(items)}</ul>')


def transcript_section(transcript: Transcript) -> Safe:
    if not transcript.lines:
        return fill('<p class="notice">No transcript: $why.</p>', why=transcript.problem or "none")
    lines = [
        fill(
            TRANSCRIPT_LINE,
            speaker=line.speaker,
            who="Customer" if line.speaker == "customer" else "Assistant",
            at=when(line.at),
            text=line.text,
            buttons=fill('<p class="buttons">Buttons: $b</p>', b=" · ".join(line.buttons))
            if line.buttons
            else EMPTY,
        )
        for line in transcript.lines
    ]
    return Safe(f'<ol class="transcript">\n{join(lines)}\n</ol>')


def status_form(claim: ClaimRecord, csrf_token: str) -> Safe:
    nexts = allowed_next(claim.status)
    checked = set(claim.awaited_documents or claim.missing_documents)
    return fill(
        STATUS_FORM,
        reference=claim.reference,
        csrf_token=csrf_token,
        choices=join(fill(OPTION, value=v, label=STATUS_LABELS[v], selected=EMPTY) for v in nexts),
        documents=join(
            (
                fill(
                    DOCUMENT_CHOICE,
                    code=code,
                    label=words(code),
                    checked=Safe(" checked") if code in checked else EMPTY,
                )
                for code in PROOF_DOCUMENTS
            ),
            "\n  ",
        ),
    )


def history(claim: ClaimRecord) -> Safe:
    if not claim.events:
        return Safe("<p>No status changes yet.</p>")
    rows = [
        fill(
            EVENT_ROW,
            at=when(e.created_at),
            status=STATUS_LABELS.get(e.status, words(e.status)),
            actor=e.actor,
            documents=fill(" (asked for: $d)", d=listing(e.documents)) if e.documents else EMPTY,
            note=fill('<p class="note">$n</p>', n=e.note) if e.note else EMPTY,
        )
        for e in claim.events
    ]
    return Safe(f'<ol class="history">\n{join(rows)}\n</ol>')


def claim_detail(claim: ClaimRecord, transcript: Transcript, csrf_token: str | None) -> Safe:
    label = STATUS_LABELS.get(claim.status, words(claim.status))
    if claim.status == AWAITING and claim.awaited_documents:
        label += ": " + listing(claim.awaited_documents)
    return render(
        "staff_claim.html",
        status=claim.status,
        status_label=label,
        status_form=status_form(claim, csrf_token) if csrf_token else EMPTY,
        history=history(claim),
        created_at=when(claim.created_at),
        claim_type=words(claim.claim_type),
        item_type=words(claim.item_type),
        value=money(claim.item_value, claim.currency),
        loss_date=claim.loss_date.isoformat(),
        loss_description=claim.loss_description,
        was_specified="yes" if claim.was_specified else "no",
        police_report=claim.police_report_number or "none given",
        claimant_name=claim.claimant_name,
        claimant_email=claim.claimant_email,
        claimant_phone=claim.claimant_phone,
        proof_documents=listing(claim.proof_documents),
        missing_documents=listing(claim.missing_documents),
        flags=flags_section(claim),
        transcript=transcript_section(transcript),
    )


def handoffs_list(handoffs: Sequence[HandoffRecord], sender_path: dict[str, str]) -> Safe:
    rows = [
        fill(
            HANDOFF_ROW,
            created_at=when(h.created_at),
            sender_path=sender_path[h.sender_id],
            sender_id=h.sender_id,
            flow=words(h.flow) if h.flow else "general chat",
            status=h.status,
        )
        for h in handoffs
    ]
    count = f"{len(handoffs)} waiting for a person, newest first."
    return render(
        "staff_handoffs.html",
        count=count,
        rows=join(rows) if rows else Safe('<tr><td colspan="4">Nobody is waiting.</td></tr>'),
    )


def conversation(transcript: Transcript) -> Safe:
    return transcript_section(transcript)
