"""What the claimant hears when the claims store refuses a field of their claim.

The store names the field and a reason code (bot/store/validation.py); this says it in
plain words: what was wrong, that nothing was submitted, and an answer that works.
"""

from __future__ import annotations

from bot.rules.advice import LARGEST_ITEM_VALUE
from bot.rules.claims import OLDEST_LOSS_YEARS, OLDEST_PURCHASE_YEARS
from bot.wording.common import money

NOT_SUBMITTED = "It has NOT been submitted yet; everything else you told me is kept."

REASONS = {
    "too_long": "is longer than I can save",
    "markup": 'contains "<" or ">", which I can\'t save',
    "control_character": "contains characters I can't save",
    "empty": "is empty",
    "missing": "is missing",
}

FIELDS = {
    "item_value": ("the value", 'a value like "$4,200"'),
    "currency": ("the value", 'a value like "$4,200" or "NZ$4,200"'),
    "loss_date": ("the date it happened", 'a date like "last Friday" or "3 March"'),
    "loss_description": ("what happened", 'a sentence like "it was taken from my bag at a cafe"'),
    "police_report_number": ("the police report answer", 'a number like "2611-4471", or "not reported yet"'),
    "last_seen": ("where you last saw it", 'an answer like "Sunday evening, on my dresser"'),
    "search_done": ("where you have looked", 'an answer like "the car and the house"'),
    "claimant_name": ("your name", 'a name like "Ana Ruiz"'),
    "claimant_email": ("your email", 'an address like "name@example.com"'),
    "claimant_phone": ("your phone number", 'a number like "+64 21 555 0199"'),
    "claim_type": ("the kind of claim", '"stolen", "lost" or "damaged"'),
    "item_type": ("the piece", 'an answer like "a ring" or "a watch"'),
    "proof_documents": ("your documents", 'an answer like "the receipt and some photos"'),
    "was_specified": ("whether it was listed on your policy", '"yes" or "no"'),
    "care_plan": ("whether you have a care plan", '"yes" or "no"'),
    "purchase_date": ("the date you bought it", 'a date like "last June" or "12 May 2025"'),
}


def _what_is_wrong(field: str, reason: str) -> str:
    label = FIELDS[field][0]
    if field in {"loss_date", "purchase_date"}:
        oldest = OLDEST_LOSS_YEARS if field == "loss_date" else OLDEST_PURCHASE_YEARS
        return {
            "future": f"{label} is in the future",
            "too_old": f"{label} is more than {oldest} years ago",
            "after_loss": f"{label} is after the date it happened",
        }.get(reason, f"I couldn't read {label}")
    if field == "item_value":
        if reason == "too_large":
            return f"the value is above {money(LARGEST_ITEM_VALUE)}, more than this intake handles"
        return "the value needs to be a number above zero"
    return f"{label} {REASONS.get(reason, 'is not in a form I can save')}"


def refusal_text(field: str, reason: str) -> str:
    """For a field the claimant can answer again: what was wrong and an example that works."""
    if field not in FIELDS:
        return refusal_without_question()
    example = FIELDS[field][1]
    return (
        f"I couldn't save your claim: {_what_is_wrong(field, reason)}. {NOT_SUBMITTED} "
        f"Please answer that again with {example}."
    )


def refusal_without_question() -> str:
    """For a part of the claim no question of the intake sets: only a person or a restart helps."""
    return (
        "I couldn't save your claim: part of it is not in a form I can save. It has NOT been submitted. "
        'Please say "talk to a person", or "start over" to begin again.'
    )
