"""Plain-language messages for the claim intake: summary, result, status."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bot.rules.claims import PROOF_DOCUMENTS, ClaimKnowledge, Flag
from bot.rules.regions import DEFAULT_CURRENCY
from bot.wording.common import item_name, money, words

CLAIM_TYPE_NAMES = {"theft": "stolen", "lost": "lost or missing", "damage": "damaged"}
FLAG_EXPLANATIONS = {
    "claim_limit": "an unlisted piece is usually paid only up to the policy's limit for jewelry",
    "named_perils_no_disappearance": "a standard home or contents policy often doesn't cover a piece that is simply lost unless it was listed",
    "proof_of_ownership": "insurers can reduce a claim they cannot verify; one photo alone is weak proof",
    "wear_and_tear": "damage that built up over time (worn claws or prongs) is excluded as wear and tear",
    "invited_guest_theft": "some policies exclude theft by people you let into the home",
    "storage_condition": "some policies require listed jewelry to be in a locked safe or worn",
    "reasonable_care": "a piece left unattended in a public place can be declined for lack of reasonable care",
    "care_plan_no_loss_theft": "a repair care plan never covers loss or theft; this goes to your insurer instead",
    "manufacturer_defect": "insurance covers sudden damage, not manufacturing faults; a defect goes to the jeweler's warranty",
    "specified_after_loss": "listing a piece after a loss is not allowed",
}


SUMMARY_INTRO = "Here's your claim before I send it in:"
SUMMARY_OUTRO = 'Is this right? Say "yes" to submit, or tell me what to change, e.g. "the date was 3 March".'


def summary_rows(slots: Mapping[str, Any], knowledge: ClaimKnowledge) -> list[tuple[str, str, str]]:
    """(the question's slot, label, value) for each answer given, in asking order: the
    summary's lines, each of which the widget offers to change by asking that question again."""
    currency = slots.get("currency") or DEFAULT_CURRENCY
    rows = [
        (
            "claim_type",
            "What happened",
            f"{item_name(slots.get('item_type') or 'other')} {CLAIM_TYPE_NAMES.get(slots.get('claim_type') or '', '')}",
        ),
        (
            "item_value",
            "Value",
            money(float(slots["item_value"]), currency)
            if slots.get("item_value") is not None
            else _not_known(slots, "item_value"),
        ),
        ("loss_date", "Date", _date_or_not_known(slots, "loss_date")),
        ("loss_description", "Details", slots.get("loss_description")),
        ("has_care_plan", "Care plan", _yes_no(slots.get("has_care_plan"))),
        ("purchase_date", "Bought on", _date_or_not_known(slots, "purchase_date")),
        ("was_specified", "Listed on the policy", _yes_no(slots.get("was_specified"))),
        ("police_report_number", "Police report", slots.get("police_report_number")),
        ("last_seen", "Last seen", slots.get("last_seen")),
        ("search_done", "Searched", slots.get("search_done")),
        (
            "proof_documents",
            "Proof you have",
            document_list(slots.get("proof_documents"), knowledge) or "none",
        ),
        ("claimant_name", "Name", slots.get("claimant_name")),
        ("claimant_email", "Email", slots.get("claimant_email") or _not_given(slots, "claimant_email")),
        ("claimant_phone", "Phone", slots.get("claimant_phone") or _not_given(slots, "claimant_phone")),
    ]
    return [(slot, label, str(value)) for slot, label, value in rows if value not in (None, "")]


def summary_text(slots: Mapping[str, Any], knowledge: ClaimKnowledge) -> str:
    lines = [SUMMARY_INTRO]
    lines += [f"- {label}: {value}" for _, label, value in summary_rows(slots, knowledge)]
    lines.append(SUMMARY_OUTRO)
    return "\n".join(lines)


NOT_KNOWN_YET = "not known yet (our team will go over it with you)"
NOT_GIVEN = "not given"


def _date_or_not_known(slots: Mapping[str, Any], slot: str) -> str | None:
    """The date as given, or, where it was left for the team to find out, saying so."""
    return str(slots[slot]) if slots.get(slot) else _not_known(slots, slot)


def _not_given(slots: Mapping[str, Any], slot: str) -> str | None:
    return NOT_GIVEN if slot in (slots.get("assumed_answers") or ()) else None


def _not_known(slots: Mapping[str, Any], slot: str) -> str | None:
    return NOT_KNOWN_YET if slot in (slots.get("assumed_answers") or ()) else None


def _yes_no(value: Any) -> str | None:
    return None if value is None else ("yes" if value else "no")


def document_list(codes: Any, knowledge: ClaimKnowledge) -> str:
    if not codes:
        return ""
    return ", ".join(knowledge.documents[c].label for c in codes if c in knowledge.documents)


def documents_question(knowledge: ClaimKnowledge, told: Sequence[str] = ()) -> str:
    """The proof question; with documents named in earlier answers, it says what it
    has and asks only for anything else."""
    if told:
        lines = [
            f"You mentioned {document_list(told, knowledge)}. Any other proof of ownership? Any of these:"
        ]
    else:
        lines = ["Which proof of ownership do you have? List all that apply:"]
    # The care-plan brochure only matters for a plan repair, where it is asked by name.
    for code in (c for c in PROOF_DOCUMENTS if c != "care_plan_brochure" and c not in told):
        document = knowledge.documents[code]
        lines.append(f"- {document.label}: {document.why}")
    if told:
        lines.append('For example "some photos too", or "nothing else".')
    else:
        lines.append('For example "the receipt and some photos", or "none".')
    return "\n".join(lines)


def flag_facts_text(flag: Flag) -> str:
    """The facts that raised a decline-risk flag, as the claimant and staff read them."""
    if flag.words:
        return "the description mentions " + ", ".join(f'"{w}"' for w in flag.words)
    if flag.code == "care_plan_no_loss_theft":
        return f"a care plan covers repairs only, and this is a {flag.claim_type} claim"
    if flag.code == "claim_limit":
        return (
            f"an unlisted {money(flag.amount, flag.currency)} piece against a limit of about "
            f"{money(flag.limit, flag.currency)}"
        )
    if flag.code == "named_perils_no_disappearance":
        return "a lost piece that was not listed on the policy"
    if flag.code == "specified_after_loss":
        return "listed on the policy only after it happened"
    if flag.code == "proof_of_ownership":
        shown = " and ".join(flag.documents) or "no documents"
        return f"{shown} only: no receipt, bank statement or valuation"
    return ""


def submitted_text(
    reference: str, missing: tuple[str, ...], flags: Mapping[str, str], knowledge: ClaimKnowledge
) -> str:
    """`flags`: each decline-risk code with the facts that raised it, as stored."""
    lines = [f"Your claim is saved. Your reference is {reference}; keep it to check the status later."]
    if missing:
        lines.append("The insurer will still want:")
        lines += [
            f"- {knowledge.documents[c].label}: {knowledge.documents[c].why}"
            for c in missing
            if c in knowledge.documents
        ]
    else:
        lines.append("You have every document the insurer usually asks for.")
    if flags:
        lines.append("To be upfront, these facts could lead to a reduced or declined claim:")
        lines += [f"- {FLAG_EXPLANATIONS.get(code, code)} ({facts})" for code, facts in flags.items()]
    lines.append("Someone from the team will review it and get in touch.")
    return "\n".join(lines)


def care_plan_route_text(route: str, knowledge: ClaimKnowledge) -> str:
    if route == "return_to_jeweler":
        return (
            f"Good news: it's within {knowledge.care_plan_return_days} days of purchase, so take it back to "
            "the jeweler with your receipt for a refund or replacement; no claim is needed."
        )
    return (
        "Your care plan repair goes through the jeweler you bought it from (or the plan directly if that "
        "jeweler is no longer around). Your receipt and the care plan brochure are the only proof of the plan, "
        "so keep both. I'll take the details now so the team has them."
    )


STATUS_NAMES = {
    "new": "received and waiting for review",
    "in_review": "being reviewed by the team",
    "waiting_for_documents": "waiting for documents from you",
    "sent_to_insurer": "sent to the insurer",
    "closed": "closed",
}


def _documents(codes: Any) -> str:
    return ", ".join(words(code) for code in codes)


def status_text(record: Any) -> str:
    state = STATUS_NAMES.get(record.status, words(record.status))
    text = f"Claim {record.reference} ({item_name(record.item_type)}, {CLAIM_TYPE_NAMES.get(record.claim_type, record.claim_type)}) is {state}."
    awaited = tuple(getattr(record, "awaited_documents", ()) or ())
    if record.status == "waiting_for_documents" and awaited:
        text += " We need: " + _documents(awaited) + ". Send them to the shop and quote your reference."
    elif record.status not in ("sent_to_insurer", "closed") and record.missing_documents:
        text += " Still missing: " + _documents(record.missing_documents) + "."
    return text


# How each stated default of the intake is said after a second unusable answer ("I'll
# assume ..."); the values are bot/actions/claims.py's.
FALLBACK_SAYS = {
    "claim_type": "it was lost (insurers treat a piece gone without a known cause as lost)",
    "item_type": "the piece is described in your own words",
    "has_care_plan": "there is no care plan",
    "was_specified": "it was not listed on the policy",
    "proof_documents": "you have none of those documents yet",
}
# The summary has been shown twice (no question is asked a third time in a row): a
# second change is made and the claim goes in; a reply read as neither a yes nor a
# change, after a change, sends it as shown. Either way staff get the person's words.
SENT_WITH_THE_CHANGE = (
    "Rather than show you the whole summary a third time, I've made that change and sent your "
    "claim in with it. If anything else needs fixing, tell the claims team when they contact you "
    "(quote the reference below)."
)
SENT_AS_SHOWN = (
    "I couldn't tell whether that was a yes or another change, so your claim goes in as shown "
    "above, with your words on it for the claims team to check with you."
)


def sent_without_a_yes_note(words: str) -> str:
    """The staff note on a claim sent in at the summary's second showing without a plain yes."""
    return (
        "Sent in at the second showing of the summary without a plain yes (the assistant does not "
        f'ask a question a third time). The person\'s last words there: "{words}"'
    )


# The kind of claim, when the person cannot tell if it was taken: what is assumed, and
# what to do if it turns out to be a theft.
CAUSE_NOT_KNOWN_LINE = (
    "Let's not get stuck on that: since you can't say whether it was taken, I'll put it down "
    "as lost (insurers treat a piece gone without a known cause as lost) and mark it for our "
    "team to check. If you find out it was stolen, report it to the police and tell our team. "
    "You can change it at any time."
)
# An answer left for the team to find out (FallbackKind.UNKNOWN), said as what happens.
NOT_KNOWN_SAYS = {
    "item_value": "I'll leave the value for the insurer, who can have the piece valued",
    "loss_date": "I'll leave the date it happened as not known for now",
    "purchase_date": "I'll leave the purchase date as not known; the jeweler has the sale on record",
    "claimant_email": "we'll go on without an email and reach you by phone",
    "claimant_phone": "we'll go on without a phone number and reach you by email",
}
CLAIM_RESTARTED = "All right, the claim starts again. Your earlier answers are cleared."
SUBMIT_BUTTON = {"title": "Yes, submit it", "payload": "/affirm"}
NONE_OF_THESE_BUTTON = {"title": "None of these", "payload": "/deny"}


# Said when the claim intake takes over a message the classifier heard as a decline but
# whose words told no decision: the person may know more than the words said.
DECIDED_ALREADY_OFFER = (
    "If your insurer has already decided on this claim (turned it down, or offered less than "
    'you expected), just tell me, for example "they declined it", and I\'ll explain their '
    "decision and how to challenge it instead."
)
NAME_QUESTION = "What name should the claim be under?"


def name_question(privacy_note: str) -> str:
    return f"{privacy_note}\n{NAME_QUESTION}".strip()


# A status lookup's answers that cannot be used, by the question asked.
STATUS_ANSWER_PROBLEMS = {
    "status_reference": 'A claim reference looks like "JC-7F3K9Q" (JC, a dash, six letters and digits).',
    "status_email": 'That doesn\'t look like an email address; it should look like "name@example.com".',
}
RECORDS_UNREACHABLE = "I can't reach the claims records right now. Please try again in a few minutes."


def not_found_text(reference: str) -> str:
    """The same for a wrong reference and a wrong email: nothing leaks."""
    return f"I couldn't find a claim {reference} with that email address. Check both, or ask for a person."


def too_many_lookups_text(minutes: int) -> str:
    wait = "a minute" if minutes == 1 else f"{minutes} minutes"
    return (
        "You've checked claims several times in a short while, so I've paused status lookups here. "
        f"Please wait {wait} and try again, or ask for a person."
    )


# What the claim intake says when an answer can't be used: what was wrong and an
# example that works (read by bot/language/claim/).
CLAIM_PROBLEMS = {
    "claim_type": 'Was it stolen, lost, or damaged? For example "it was stolen" (or pick a button).',
    "item_type": 'Which piece is it? For example "a ring", "earrings" or "a watch".',
    "item_value_missing": (
        'A rough value is enough, for example "$4,000" or "about 4k". '
        "If you can't say at all, tell me and I'll leave it for the insurer to value."
    ),
    "item_value_not_positive": 'The value needs to be more than zero, for example "$1,800".',
    "item_value_too_large": 'That is more than this intake handles; say "talk to a person", or give the value again, e.g. "$25,000".',
    "loss_date_missing": 'I couldn\'t read a date in that. For example "last Friday", "3 March" or "2026-11-02".',
    "loss_date_future": 'That date is in the future. When did it happen? For example "yesterday" or "3 March".',
    "purchase_date_missing": 'When did you buy it? For example "two weeks ago" or "3 March".',
    "purchase_date_future": 'That date is in the future. When did you buy it? For example "last month".',
    "loss_description": 'Tell me in a sentence or two what happened, for example "it was taken from my bag at a cafe".',
    "has_care_plan": "Just a yes or no: did you buy a repair care plan with it?",
    "was_specified": "Just a yes or no: was the piece listed by name (specified or scheduled) on your policy before this happened?",
    "police_report_number": 'What is the police report number? If there is none yet, say why, for example "not reported yet".',
    "last_seen": 'When and where did you last see it? For example "Sunday evening, on my dresser".',
    "search_done": 'Where have you looked so far? For example "the car, the house and the restaurant".',
    # To "what do you mean?", "is that necessary?", "where would I even look?".
    "search_done_why": (
        "Insurers ask what was done to find it before they pay for a loss: the places you checked, and who "
        "you asked (the venue, a ship's or hotel's lost property, a lost-and-found desk, the police). "
        "If you haven't looked or asked anywhere yet, that's fine: just say \"not yet\"."
    ),
    "last_seen_why": (
        "The insurer uses when and where it was last seen to work out when and how it went missing. "
        'A rough answer is fine, for example "at the restaurant on Friday night", or "I can\'t remember".'
    ),
    "proof_documents": 'Which do you have? For example "the receipt and some photos", or "none".',
    "claimant_name": f'{NAME_QUESTION} For example "Ana Ruiz".',
    "claimant_name_withheld": (
        "The claim has to be under someone's name, so the insurer and our team can match it to the "
        'policy; it is used only for this claim. For example "Ana Ruiz".'
    ),
    "claimant_email": 'That email doesn\'t look complete. It should look like "name@example.com".',
    "claimant_phone": 'That phone number doesn\'t look right: it needs 7 to 15 digits, for example "+64 21 555 0199" or "(555) 010-2233".',
    "claim_confirmed": 'Tell me what to change and the new answer, for example "the date was 3 March" or "my email is ana@example.com".',
}


def earlier_piece_taken_line(item: str, value: float | None, currency: str) -> str:
    """A claim opened without naming a piece, after another flow talked about one: that
    piece is taken, and said back so another can be named."""
    worth = f" ({money(value, currency)})" if value is not None else ""
    return (
        f"I've taken this claim to be for the {item_name(item)} you told me about{worth}. "
        "If it's another piece, tell me which."
    )


def earlier_value_kept_line(item: str, value: float, currency: str) -> str:
    """The same kind of piece named in a claim's opening, with no value: the value given
    for it earlier is kept, and said back."""
    return (
        f"I've kept the value you gave for the {item_name(item)}, {money(value, currency)}. "
        "If this is another piece, tell me its value."
    )
