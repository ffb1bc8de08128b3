"""Staff pages as HTML: records in, escaped markup out (no I/O here)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime, timezone
from urllib.parse import urlencode

from bot.rules.claims import PROOF_DOCUMENTS
from bot.store.claims import ClaimPage, ClaimQuery, ClaimRecord, HandoffRecord
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
      <td>$created_at</td><td>$who</td>
      <td><a href="/staff/conversations/$sender_path" title="$sender_id">Conversation</a>$claim</td>
      <td>$flow</td><td>$messages</td><td>$status</td><td>$actions</td>
    </tr>"""
HANDOFF_ACTION = """<form method="post" action="/staff/handoffs/$id/$action" class="inline">
  <input type="hidden" name="csrf_token" value="$csrf_token"><button type="submit">$label</button>
</form>"""
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


def nav(csrf_token: str, current: str, name: str = "", waiting: int = 0) -> Safe:
    return render(
        "staff_nav.html",
        csrf_token=csrf_token,
        waiting=fill(' <span class="badge">$n waiting</span>', n=waiting) if waiting else EMPTY,
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


def pager(query: ClaimQuery, found: ClaimPage) -> Safe:
    if found.pages <= 1:
        return EMPTY
    links = []
    if found.page > 1:
        links.append(
            fill('<a href="$href" rel="prev">Previous</a>', href=list_link(query, page=found.page - 1))
        )
    links.append(fill("<span>Page $p of $n</span>", p=found.page, n=found.pages))
    if found.page < found.pages:
        links.append(fill('<a href="$href" rel="next">Next</a>', href=list_link(query, page=found.page + 1)))
    return Safe(f'<nav class="pager" aria-label="Pages">{join(links, " ")}</nav>')


def csv_link(query: ClaimQuery) -> str:
    kept = {"q": query.q, "status": query.status, "claim_type": query.claim_type, "sort": query.sort}
    filled = {k: v for k, v in kept.items() if v}
    return "/staff/claims.csv" + ("?" + urlencode(filled) if filled else "")


def claims_list(query: ClaimQuery, found: ClaimPage) -> Safe:
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
        for c in found.claims
    ]
    count = f"{found.total} claim{'s' if found.total != 1 else ''}"
    if found.pages > 1:
        count += f", page {found.page} of {found.pages}"
    count += f", {SORT_LABELS.get(query.sort, 'newest first').lower()}."
    return render(
        "staff_claims.html",
        q=query.q,
        status_options=options(CLAIM_STATUSES, query.status, "All statuses"),
        type_options=options(CLAIM_TYPES, query.claim_type, "All types"),
        sort_options=join(
            fill(OPTION, value=v, label=label, selected=Safe(" selected") if v == query.sort else EMPTY)
            for v, label in SORT_LABELS.items()
        ),
        count=count,
        csv_link=csv_link(query),
        pager=pager(query, found),
        rows=join(rows) if rows else Safe('<tr><td colspan="9">No claims match.</td></tr>'),
    )


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
                    c.reference, when(c.created_at), c.status, c.claim_type, c.item_type, f"{c.item_value:.2f}",
                    c.currency, c.loss_date.isoformat(), c.claimant_name, c.claimant_email, c.claimant_phone,
                    c.police_report_number, " ".join(c.proof_documents), " ".join(c.missing_documents),
                    " ".join(c.awaited_documents), " ".join(c.claim_flags),
                )
            ]
        )  # fmt: skip
    return out.getvalue()


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


NOTE_FORM = """<form method="post" action="/staff/claims/$reference/notes" class="note-form">
  <input type="hidden" name="csrf_token" value="$csrf_token">
  <label for="note-text">Add a note</label>
  <textarea id="note-text" name="text" rows="3" maxlength="2000" required></textarea>
  <button type="submit">Add note</button>
</form>"""
ASSIGN_FORM = """<form method="post" action="/staff/claims/$reference/assign" class="assign-form">
  <input type="hidden" name="csrf_token" value="$csrf_token">
  <label for="assignee">Assigned to</label>
  <select id="assignee" name="assignee">$choices</select>
  <button type="submit">Assign</button>
</form>"""
NOTE_ROW = """  <li><span class="when">$at</span> <strong>$author</strong><p class="note">$text</p></li>"""


def notes_section(claim: ClaimRecord, csrf_token: str | None, staff_names: Sequence[str]) -> Safe:
    items = [fill(NOTE_ROW, at=when(n.created_at), author=n.author, text=n.text) for n in claim.notes]
    listed = Safe(f'<ol class="history">\n{join(items)}\n</ol>') if items else Safe("<p>No notes yet.</p>")
    if not csrf_token:
        return listed
    choices = [("", "Nobody"), *((name, name) for name in staff_names)]
    assign = fill(
        ASSIGN_FORM,
        reference=claim.reference,
        csrf_token=csrf_token,
        choices=join(
            fill(
                OPTION,
                value=v,
                label=label,
                selected=Safe(" selected") if v == (claim.assigned_to or "") else EMPTY,
            )
            for v, label in choices
        ),
    )
    note = fill(NOTE_FORM, reference=claim.reference, csrf_token=csrf_token)
    return Safe(f"{assign}\n{listed}\n{note}")


REMIND_FORM = """<form method="post" action="/staff/claims/$reference/remind" class="remind-form">
  <input type="hidden" name="csrf_token" value="$csrf_token">
  <button type="submit">Email the claimant: documents still needed ($documents)</button>
</form>$notice"""


def remind_section(claim: ClaimRecord, csrf_token: str | None, notice: str | None) -> Safe:
    documents = claim.awaited_documents or claim.missing_documents
    if not csrf_token or not documents:
        return EMPTY
    return fill(
        REMIND_FORM,
        reference=claim.reference,
        csrf_token=csrf_token,
        documents=listing(documents),
        notice=fill('<p class="notice">$n</p>', n=notice) if notice else EMPTY,
    )


def claim_detail(
    claim: ClaimRecord,
    transcript: Transcript,
    csrf_token: str | None,
    staff_names: Sequence[str] = (),
    mail_notice: str | None = None,
) -> Safe:
    label = STATUS_LABELS.get(claim.status, words(claim.status))
    if claim.status == AWAITING and claim.awaited_documents:
        label += ": " + listing(claim.awaited_documents)
    return render(
        "staff_claim.html",
        status=claim.status,
        status_label=label,
        status_form=status_form(claim, csrf_token) if csrf_token else EMPTY,
        history=history(claim),
        assigned_to=claim.assigned_to or "nobody",
        notes=notes_section(claim, csrf_token, staff_names),
        remind=remind_section(claim, csrf_token, mail_notice),
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


def handoff_messages(transcript: Transcript | None) -> Safe:
    if transcript is None or not transcript.lines:
        return Safe("<p>(not shown)</p>")
    lines = [
        fill(
            '<li><span class="who">$who:</span> $text</li>',
            who="Customer" if line.speaker == "customer" else "Assistant",
            text=line.text,
        )
        for line in transcript.lines[-3:]
    ]
    return Safe(f'<ul class="last-messages">{join(lines)}</ul>')


def handoffs_list(
    handoffs: Sequence[HandoffRecord],
    sender_path: dict[str, str],
    messages: dict[str, Transcript] | None = None,
    csrf_token: str = "",
) -> Safe:
    messages = messages or {}
    rows = []
    for h in handoffs:
        actions = []
        if csrf_token and h.status == "waiting":
            actions.append(fill(HANDOFF_ACTION, id=h.id, action="take", csrf_token=csrf_token, label="Take"))
        if csrf_token:
            actions.append(
                fill(HANDOFF_ACTION, id=h.id, action="resolve", csrf_token=csrf_token, label="Resolved")
            )
        who = " ".join(p for p in (h.claimant_name, h.claimant_email) if p) or "not given"
        rows.append(
            fill(
                HANDOFF_ROW,
                created_at=when(h.created_at),
                who=who,
                sender_path=sender_path[h.sender_id],
                sender_id=h.sender_id,
                claim=fill(' · claim <a href="/staff/claims/$r">$r</a>', r=h.claim_reference)
                if h.claim_reference
                else EMPTY,
                flow=words(h.flow) if h.flow else "general chat",
                messages=handoff_messages(messages.get(h.sender_id)),
                status=f"taken by {h.taken_by}" if h.status == "taken" else h.status,
                actions=join(actions),
            )
        )
    waiting = sum(1 for h in handoffs if h.status == "waiting")
    count = f"{waiting} waiting for a person, {len(handoffs) - waiting} taken; newest first."
    return render(
        "staff_handoffs.html",
        count=count,
        rows=join(rows) if rows else Safe('<tr><td colspan="7">Nobody is waiting.</td></tr>'),
    )


def conversation(transcript: Transcript) -> Safe:
    return transcript_section(transcript)
