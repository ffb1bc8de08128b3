"""The structured parts of the chat's replies, as plain data: the recommendation card,
the claim summary with an edit per line, the claim reference, a question's progress, the
proof checkboxes, and the words that go with them (the claim's opening, the privacy note,
the hand-over with the shop's phone and email).

Each part travels as a Rasa `custom` payload beside the message's text (docs/widget.md):
the widget draws it, and every other client still has the text. Text may use the chat's
small markup: "- " bullets, **bold**, [label](https://…|mailto:…|tel:…) links.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

from bot.rules.advice import Advice, Profile
from bot.rules.claims import PROOF_DOCUMENTS, ClaimKnowledge
from bot.rules.knowledge import CoverageFacts
from bot.wording.advice import (
    assumption_sentences,
    care_plan_sentence,
    cost_text,
    gap_sentences,
    reason_sentences,
    their_cover_name,
    valuation_sentence,
)
from bot.wording.claims import SUMMARY_INTRO, summary_rows

# The payload that asks one summary line's question again (intent `edit_answer`).
EDIT_INTENT = "edit_answer"
EDIT_ENTITY = "edit_slot"
# The proof checkboxes' labels: short, and worded so the intake reads them back as the
# documents they name (bot/language/claim/documents.py DOCUMENT_WORDS).
CHECK_LABELS = {
    "receipt": "Receipt",
    "bank_statement": "Bank or card statement",
    "valuation": "Valuation or appraisal",
    "photo": "Photos of the piece",
    "video": "Video of the piece",
    "grading_report": "Grading report (GIA or similar)",
    "serial_number": "Serial or model number",
}
# A claim takes about this long a question, for the opening's estimate.
SECONDS_PER_QUESTION = 20


def progress(order: Sequence[str], values: Mapping[str, Any], flow: str) -> dict[str, Any] | None:
    """ "Question 4 of 9": the next unanswered question's place among those that apply,
    or None when none is left (the form ends or confirms). A question left not known
    (empty, named in assumed_answers) is done with: it is not asked again."""
    left = set(values.get("assumed_answers") or ())
    for step, slot in enumerate(order, start=1):
        if values.get(slot) is None and slot not in left:
            return {"widget": "progress", "flow": flow, "step": step, "of": len(order), "slot": slot}
    return None


def claim_opening(question_count: int) -> str:
    minutes = max(1, round(question_count * SECONDS_PER_QUESTION / 60))
    return (
        "I'm sorry this happened. I'll take the claim down with you step by step: "
        f"about {question_count} short questions, roughly {minutes} minutes. "
        "Everything is kept as you go, and you can check and change any answer before it's sent."
    )


def privacy_note(privacy_url: str) -> str:
    link = f" ([privacy notice]({privacy_url}))" if _is_link(privacy_url) else ""
    return (
        "Next I need your name, email and phone, so the claims team can reach you. "
        f"They are used only for this claim{link}."
    )


def handoff_text(jeweler_name: str, phone: str, email: str, hours: str) -> str:
    """The hand-over, with the shop's phone and email as links when they are set."""
    ways = []
    if phone:
        ways.append(f"call [{phone}](tel:{tel_target(phone)})")
    if email:
        ways.append(f"email [{email}](mailto:{quote(email, safe='@.+-_')})")
    reach = f" You can {' or '.join(ways)}" if ways else " Please contact the store"
    opening = f" (open {hours})" if hours else ""
    return (
        f"I'll pass you to a person at {jeweler_name}.{reach}{opening}. "
        "Everything you've told me is kept, so you won't have to repeat it."
    )


def tel_target(phone: str) -> str:
    """A phone number as a tel: link dials it: digits and a leading +."""
    digits = re.sub(r"[^\d+]", "", phone)
    return digits[:1] + digits[1:].replace("+", "")


def _is_link(url: str) -> bool:
    return bool(re.match(r"^(https?://|/)", url or ""))


def advice_card(
    profile: Profile, advice: Advice, facts: CoverageFacts, assumed: tuple[str, ...] = ()
) -> dict[str, Any]:
    """The recommendation as a card: the cover, its yearly cost, why, then the notes
    (today's gap, the care plan, what was assumed): what advice_message says, in parts."""
    notes = []
    gaps = gap_sentences(profile, advice)
    if gaps:
        notes.append("**What you have now:** " + " ".join(gaps))
    if advice.care_plan:
        notes.append(care_plan_sentence(profile, facts))
    notes += assumption_sentences(assumed, profile)
    cost = (
        "No premium: you carry the risk yourself"
        if advice.coverage == "self_insure"
        else f"Expected cost: {cost_text(profile, advice)}"
    )
    # Without a value, the valuation is the first step: said before the other reasons.
    first = valuation_sentence(profile, advice, facts)
    title = their_cover_name(advice.coverage, profile)  # a phrase made for a sentence
    return {
        "widget": "card",
        "kicker": "My recommendation",
        "title": title[:1].upper() + title[1:],
        "cost": cost,
        "reasons": [*([first] if first else []), *reason_sentences(profile, advice, facts)],
        "notes": notes,
    }


def changed_card(card: dict[str, Any], change_line: str) -> dict[str, Any]:
    """After a correction: the card with what changed on top, instead of the whole advice again."""
    return {**card, "kicker": "Updated recommendation", "reasons": [change_line], "notes": []}


def summary_part(slots: Mapping[str, Any], knowledge: ClaimKnowledge) -> dict[str, Any]:
    """The claim summary as lines, each with the payload that asks its question again."""
    return {
        "widget": "summary",
        "intro": SUMMARY_INTRO,
        "lines": [
            {"label": label, "value": value, "edit": edit_payload(slot)}
            for slot, label, value in summary_rows(slots, knowledge)
        ],
        "outro": "Is this right? Press **Yes, submit it**, or **Edit** the line to change.",
    }


def edit_payload(slot: str) -> str:
    return f'/{EDIT_INTENT}{{"{EDIT_ENTITY}": "{slot}"}}'


def edit_target(entities: Sequence[Mapping[str, Any]], editable: Sequence[str]) -> str | None:
    """The question an "Edit" press asks again: one the summary shows, nothing else."""
    for entity in entities:
        if entity.get("entity") == EDIT_ENTITY and entity.get("value") in editable:
            return str(entity["value"])
    return None


def reference_part(reference: str) -> dict[str, Any]:
    return {"widget": "reference", "reference": reference}


def proof_checklist(knowledge: ClaimKnowledge) -> dict[str, Any]:
    """The proof question's checkboxes: their labels are sent back as the answer's words
    ("None of these" stays the question's own button)."""
    return {
        "widget": "checklist",
        "legend": "Tick all you have",
        "options": [
            {
                "value": code,
                "label": CHECK_LABELS.get(code) or _sentence_case(knowledge.documents[code].label),
            }
            for code in PROOF_DOCUMENTS
            if code != "care_plan_brochure" and code in knowledge.documents
        ],
    }


def _sentence_case(label: str) -> str:
    words = re.sub(r"^(the|a|an) ", "", label)
    return words[:1].upper() + words[1:]


def keyboard(kind: str) -> dict[str, Any]:
    """Which keyboard the widget shows for the question: "email" or "tel"."""
    return {"widget": "input", "input": kind}
