"""The free-text questions: what happened, when and where it was last seen, where the
person has looked. The answer is kept as said; one word naming a place answers "where?",
a short "don't know" is kept and noted for staff, and code or markup is refused.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from bot.language.answers import UserMessage
from bot.language.claim.common import EXPLAINED, Reader, _assume, _say_back
from bot.language.questions_in_answers import questions_the_question, without_question_about_the_question
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


# What answers "where have you looked?": a search or an ask told, or none yet.
TELLS_A_SEARCH = re.compile(
    r"\b(look\w*|check\w*|search\w*|ask(ed|ing)?|rang|ring|call(ed|ing)?|phon\w*|email\w*|messag\w*|"
    r"went back|been back|go(ne)? back|retrac\w*|turn\w*|tore|torn|pull(ed)?|empt\w*|comb\w*|scour\w*|hunt\w*|"
    r"went through|gone through|reported|everywhere|nowhere|all over|upside down|"
    r"haven'?t|have not|hasn'?t|didn'?t|did not|not yet|nothing yet|none yet|nope|no)\b",
    re.I,
)
# What answers "when and where did you last see it?": a place or a time.
TELLS_A_SIGHTING = re.compile(
    r"\b(on|in|at|by|under|near|beside|inside|next to|around) (the|my|our|a|an|her|his|their|work|home)\b|"
    r"\b(last (saw|seen|wore|worn|had)|had it|wore it|wearing it|saw it|took it off|put it)\b|"
    r"\b(yesterday|today|tonight|this morning|last night|morning|night|evening|afternoon|arvo|weekend|ago|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|wed|thurs|fri|sat|sun|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b|\d",
    re.I,
)
TELLS_ITS_ANSWER = {"search_done": TELLS_A_SEARCH, "last_seen": TELLS_A_SIGHTING}

# "I can't picture the last time", "my mind's gone blank": a "don't know" of the sighting.
CANT_RECALL = re.compile(
    r"\b(can'?t|cannot|couldn'?t|can not) (picture|recall|place|think (of )?when|for the life of me)\b|"
    r"\bno recollection\b|\b(drawing|draw|drew) a blank\b|\bmind'?s? (gone |going |is )?blank\b",
    re.I,
)


CANT_RECALL_CLAUSE = re.compile(rf"(?:{CANT_RECALL.pattern})[^.,;!?]*", re.I)
ASKED_BACK = re.compile(r"[^.,;!?]*\?+")


def _what_else_is_said(text: str) -> str:
    """Beside a question about the question, what the message states: no question, nor a
    word of the question echoed back ("what do you mean, searched?")."""
    return ASKED_BACK.sub(" ", without_question_about_the_question(text))


def _free_text(slot: str, minimum_words: int = 2) -> Reader:
    def read(
        message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
    ) -> None:
        text = " ".join(message.text.split())[:LONGEST_ANSWER_CHARS]
        told = TELLS_ITS_ANSWER.get(slot)
        unknown = message.intent == "dont_know" or (
            DONT_KNOW.search(text) is not None and len(text.split()) <= SHORT_DONT_KNOW_WORDS
        )
        if (
            slot == "last_seen"
            and CANT_RECALL.search(text)
            and not TELLS_A_SIGHTING.search(CANT_RECALL_CLAUSE.sub(" ", text))
        ):
            # "that's the thing, I can't picture the last time": no sighting to tell.
            unknown = True
        if looks_like_code(text):
            problems.append(CLAIM_PROBLEMS[slot])
        elif told and questions_the_question(text) and not told.search(_what_else_is_said(text)):
            # "what do you mean searched?", "is that necessary? it's obviously gone", "where
            # would I even look, it was on a cruise ship": why it is asked, then the question
            # again; after a second such answer the form keeps the words as given.
            problems.append(CLAIM_PROBLEMS[f"{slot}_why"])
            slots[EXPLAINED] = True
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
