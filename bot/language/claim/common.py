"""What the claim intake's readers share, kept in one place: the line asked again when
an answer is unusable (`PROBLEMS`), the shape of a question's reader (`Reader`), the
notes said back to the person (`_say_back`, and `_assume` for an answer taken that was
not given), the free-text questions, a sentence's end, and the old answer a correction
sets aside ("stolen not lost"). Each question's own module reads its answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from bot.language.answers import UserMessage
from bot.wording.claims import NAME_QUESTION

FREE_TEXT_SLOTS = ("loss_description", "last_seen", "search_done")

PROBLEMS = {
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

# A sentence's end (a mark, dropped where a text is split at it).
SENTENCE_END = re.compile(r"[.!?]")

# Notes to say back (assumptions, a date long ago) travel in the slots under this key
# until read_claim_answers hands them over as the reading's notes.
NOTES = "_notes"


def _say_back(slots: dict[str, Any], note: str) -> None:
    slots.setdefault(NOTES, []).append(note)


def _assume(slots: dict[str, Any], known: dict[str, Any], slot: str, note: str) -> None:
    """Record an answer the person did not give (for staff) and say it back to them."""
    slots["assumed_answers"] = sorted({*(known.get("assumed_answers") or []), slot})
    _say_back(slots, note)


Reader = Callable[[UserMessage, dict[str, Any], date, dict[str, Any], list[str]], None]

# The old answer a correction sets aside: "the 14th not the 15th", "stolen not lost",
# "4,800 instead of 3,800": never the new one.
SET_ASIDE = re.compile(r"\b(?:not|instead of|rather than)\b[^,;.!?]*", re.I)
