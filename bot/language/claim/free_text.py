"""The free-text questions: what happened, when and where it was last seen, where the
person has looked. The answer is kept as said; one word naming a place answers "where?",
a short "don't know" is kept and noted for staff, and code or markup is refused.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from bot.language.answers import UserMessage
from bot.language.claim.common import Reader, _assume, _say_back
from bot.language.text import looks_like_code
from bot.language.yes_no import DONT_KNOW
from bot.rules.claims import LONGEST_ANSWER_CHARS
from bot.wording.claims import CLAIM_PROBLEMS

# "everywhere", "bathroom", "the car": one word that names a place answers "where?".
WHERE_SLOTS = ("last_seen", "search_done")

ONE_PLACE = re.compile(
    r"^\W*(the |my |our )?(everywhere|nowhere|anywhere|home|house|car|garden|yard|section|office|work|gym|beach|"
    r"pool|bag|handbag|purse|drawer|wardrobe|closet|bed|bathroom|bedroom|kitchen|lounge|upstairs|downstairs|"
    r"outside|inside|\w+room)\W*$",
    re.I,
)

# A "don't know" this short is the answer itself, not a story that mentions one.
SHORT_DONT_KNOW_WORDS = 8


def _free_text(slot: str, minimum_words: int = 2) -> Reader:
    def read(
        message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
    ) -> None:
        text = " ".join(message.text.split())[:LONGEST_ANSWER_CHARS]
        unknown = message.intent == "dont_know" or (
            DONT_KNOW.search(text) is not None and len(text.split()) <= SHORT_DONT_KNOW_WORDS
        )
        if looks_like_code(text):
            problems.append(CLAIM_PROBLEMS[slot])
        elif (
            len(text.split()) >= minimum_words or (slot in WHERE_SLOTS and ONE_PLACE.match(text))
        ) and not unknown:
            slots[slot] = text
            if slot in WHERE_SLOTS and DONT_KNOW.search(_first_clause(text)):
                # "dunno, my husband reckons he might have seen it on the bench": an
                # answer opened with a "don't know" is someone's guess; kept, said back.
                _say_back(slots, "I've noted that as you said it; our team may check it with you later.")
        elif text and unknown:
            # "idk", "I'm not sure, I don't remember", "honestly no idea, it was just gone":
            # kept as said, and marked for staff as an answer still to get.
            slots[slot] = text
            _assume(
                slots, known, slot, "That's fine, I've noted that you don't know; our team may ask later."
            )
        else:
            problems.append(CLAIM_PROBLEMS[slot])

    return read


def _first_clause(text: str) -> str:
    return re.split(r"[,;.!?]|\s-\s", text, maxsplit=1)[0]
