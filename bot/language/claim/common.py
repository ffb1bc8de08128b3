"""What the claim intake's readers share, kept in one place: the shape of a question's
reader (`Reader`), the notes said back to the person (`_say_back`, and `_assume` for an
answer taken that was not given), the free-text questions, a sentence's end, and the
old answer a correction sets aside ("stolen not lost"). Each question's own module
reads its answers; what is said when an answer can't be used is wording
(CLAIM_PROBLEMS, bot/wording/claims.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from bot.language.answers import UserMessage

FREE_TEXT_SLOTS = ("loss_description", "last_seen", "search_done")


# A sentence's end (a mark, dropped where a text is split at it).
SENTENCE_END = re.compile(r"[.!?]")

# Notes to say back (assumptions, a date long ago) travel in the slots under this key
# until read_claim_answers hands them over as the reading's notes.
NOTES = "_notes"
# Set by a reader whose problem explains why its question is asked, to a person who asked
# what it means or why it matters: no other words of the message are read as the answer.
EXPLAINED = "_explained"


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
