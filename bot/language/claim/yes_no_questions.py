"""The claim's two yes-or-no questions: did a care plan come with the piece, and was the
piece listed on the policy before it happened. A hedged answer ("I think so", "not that
I know of") is taken and said back as an assumption for staff; a question about the
words ("what's a care plan") stores nothing. The listing's own words are read in
listing.py.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from bot.language.answers import UserMessage, is_question_shaped
from bot.language.claim.common import Reader, _assume
from bot.language.claim.listing import (
    LISTED_BY_INFERENCE,
    LISTING_ONLY_MEANT,
    LISTING_TAKEN_OFF,
    NOTHING_LISTED,
    OTHER_PIECE_LISTED,
    SOMEONE_ELSE_KNOWS,
    UNDER_GENERAL_COVER,
    YES_SPECIFIED,
    _known_loss_date,
    _listed_after,
    listing_said,
    says_not,
)
from bot.language.yes_no import DONT_KNOW, read_yes_no

# What a "not sure" (or an in-between answer) is taken as, and how it is said back.
YES_NO_ASSUMED = {
    "was_specified": (
        False,
        "I've noted it as not listed on the policy, since you weren't sure; the insurer's "
        "schedule will say, and our team will check.",
    ),
    "has_care_plan": (
        False,
        "I've noted no care plan, since you weren't sure; if the receipt shows one, tell us and we'll change it.",
    ),
}

# A yes that is a belief, not a fact the person knows.
LEANING_YES = re.compile(
    r"\b(i think so|i believe so|i reckon|think so|believe so|i guess so|probably|i suppose so|should be)\b"
    r"(?![^.;!?]*[.;!?,]+\s*(yes|yeah|yep)\b[^.;!?,]*\b(it'?s|i have|it is|i checked|on there|checked)\b)",
    re.I,
)

LEANING_YES_NOTES = {
    "has_care_plan": "I've noted a care plan, from what you remember; our team will check it on the receipt.",
    "was_specified": "I've noted it as listed on your policy, from what you said; our team will check the insurer's schedule.",
}

# A no from memory, not a fact the person knows.
LEANING_NO = re.compile(
    r"\b(not that i know( of)?|not that i'?m aware( of)?|not as far as i know|not to my knowledge|"
    r"(i )?don'?t think so|(i )?do not think so|i don'?t believe so|i doubt it|probably not|i don'?t think (we|i) did)\b",
    re.I,
)

LEANING_NO_NOTES = {
    "has_care_plan": "I've noted no care plan, from what you remember; if the receipt shows one, tell us and we'll change it.",
}

BELIEVED = re.compile(
    r"\b(i think|i believe|i reckon|probably|maybe|might have|not sure|pretty sure)\b", re.I
)

PLAN_RAN_OUT_NOTE = (
    "I've noted no care plan in force, since you think it ran out; if it's still running, "
    "tell us and we'll change it."
)

# "what's a care plan", "what do you mean by a care plan?": a question about the words.
ASKS_WHAT = re.compile(
    r"^\W*(what'?s|whats|what is|what are|what does|what do you mean|what'?s that|meaning of|define|explain)\b",
    re.I,
)


def _asks_what_it_is(text: str) -> bool:
    return bool(ASKS_WHAT.search(text)) or text.strip().endswith("?") and is_question_shaped(text)


# No care plan that covers this now: only the maker's or store's standard warranty
# (not a care plan), or a plan that has run out.
NO_PLAN_NOW = re.compile(
    r"\b(only|just)\s+(the\s+|a\s+)?(manufacturer'?s?|maker'?s?|standard|factory|basic|normal|usual|"
    r"store'?s?|brand'?s?)\s+([\w']+\s+)?(warranty|guarantee)\b"
    r"|\b(had|got|bought)\s+(one|it|a plan|the plan)\b[^.;!?]*\b(ran out|run out|expired|lapsed|ended|"
    r"finished|cancell?ed|stopped|no longer)\b"
    r"|\b(it|the plan|that|the care plan)\s+(has\s+|had\s+)?(ran out|run out|expired|lapsed)\b",
    re.I,
)


def _yes_no(slot: str, yes: re.Pattern[str] | None = None) -> Reader:
    def read(
        message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
    ) -> None:
        if slot == "has_care_plan" and _asks_what_it_is(message.text):
            return  # "what's a care plan": a question, answered; nothing is stored
        if yes is not None and yes.search(message.text) and not DONT_KNOW.search(message.text):
            if slot == "was_specified":
                slots.update(listing_said(message.text, today, _known_loss_date(known, slots)))
            else:
                slots[slot] = not says_not(message.text)
            return
        if slot == "has_care_plan" and (
            OTHER_PIECE_LISTED.search(message.text) or NO_PLAN_NOW.search(message.text)
        ):
            # "I had one on my old watch, not this one", "only the maker's warranty",
            # "we had one but it ran out": no care plan for this claim.
            slots[slot] = False
            if BELIEVED.search(message.text):
                # "yes but I think it ran out last year": what they remember, said back.
                _assume(slots, known, slot, PLAN_RAN_OUT_NOTE)
            return
        reading = read_yes_no(message.text, message.intent)
        if reading is None:
            return
        if reading.answer == "yes" and LEANING_YES.search(message.text):
            # "I think so?", "I reckon so": a yes the person is not sure of, said back.
            slots[slot] = True
            _assume(slots, known, slot, LEANING_YES_NOTES[slot])
            return
        if slot == "has_care_plan" and reading.answer == "no" and LEANING_NO.search(message.text):
            # "not that I know of", "don't think so": a no from memory, said back.
            slots[slot] = False
            _assume(slots, known, slot, LEANING_NO_NOTES[slot])
            return
        if reading.answer in {"yes", "no"}:
            slots[slot] = reading.answer == "yes"
            return
        value, note = YES_NO_ASSUMED[slot]
        slots[slot] = value
        _assume(slots, known, slot, note)

    return read


LISTED_BY_INFERENCE_NOTE = (
    "I've noted it as listed on your policy, from what you said; our team will check the insurer's schedule."
)


NOT_LISTED_BELIEVED_NOTE = (
    "I've noted it as not listed on the policy, from what you said; the insurer's schedule "
    "will say, and our team will check."
)


def _not_listed(text: str, known: dict[str, Any], slots: dict[str, Any]) -> None:
    """Not listed; "it's just on the contents... I think" is a belief, said back."""
    slots["was_specified"] = False
    if BELIEVED.search(text):
        _assume(slots, known, "was_specified", NOT_LISTED_BELIEVED_NOTE)


def _listed(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    """Whether the piece was listed (specified or scheduled) before it happened."""
    text = message.text
    leaning = read_yes_no(text, message.intent)
    if ASKS_WHAT.search(text) and leaning is None and not NOTHING_LISTED.search(text):
        # "whats specified mean", "what do you mean by scheduled": a question about the
        # word, answered by the FAQ; nothing is stored.
        return
    if NOTHING_LISTED.search(text):
        # "I only have renters, nothing itemized", "none of it's scheduled": not listed.
        _not_listed(text, known, slots)
    elif LISTING_ONLY_MEANT.search(text) or LISTING_TAKEN_OFF.search(text):
        # "I was going to add it next month", "we took it off the schedule last year".
        slots["was_specified"] = False
    elif LISTING_PROMISED.search(text) and not LISTING_CONFIRMED.search(text):
        # "it was meant to be, the broker said he'd do it": not known to be done; taken
        # as not sure, said back.
        value, note = YES_NO_ASSUMED["was_specified"]
        slots["was_specified"] = value
        _assume(slots, known, "was_specified", note)
    elif (
        SOMEONE_ELSE_KNOWS.search(text)
        and not YES_SPECIFIED.search(text)
        # "I think so? my husband sorted the insurance": a leaning yes, said back as one.
        and not (leaning is not None and leaning.answer == "yes" and LEANING_YES.search(text))
    ):
        value, note = YES_NO_ASSUMED["was_specified"]
        slots["was_specified"] = value
        _assume(slots, known, "was_specified", note)
    elif YES_SPECIFIED.search(text) and not says_not(text) and not DONT_KNOW.search(text):
        # "it's a rider on my renters", "itemised on our contents since 2021": listed,
        # whatever policy it is listed on.
        slots.update(listing_said(text, today, _known_loss_date(known, slots)))
    elif (
        YES_SPECIFIED.search(text)
        and not DONT_KNOW.search(text)
        and listing_said(text, today, _known_loss_date(known, slots)).get("listed_after_loss")
    ):
        # "well they are now, I added them that Monday, before that they weren't on
        # anything": the no is for before the loss, the listing came after it.
        slots.update({"was_specified": False, "listed_after_loss": True})
    elif UNDER_GENERAL_COVER.search(text) and not DONT_KNOW.search(text):
        # "not separately, just under contents", "only the ring is listed, not this one".
        _not_listed(text, known, slots)
    elif LISTED_BY_INFERENCE.search(text) and _listed_after(text):
        # "I rang the broker to add it the day after": asked for only after the loss.
        slots.update({"was_specified": False, "listed_after_loss": True})
    elif LISTED_BY_INFERENCE.search(text) and not says_not(text):
        slots["was_specified"] = True
        _assume(slots, known, "was_specified", LISTED_BY_INFERENCE_NOTE)
    elif OTHER_PIECE_LISTED.search(text):
        slots["was_specified"] = False
    elif LEANING_NOT_LISTED.search(text) and not DONT_KNOW.search(text):
        # "pretty sure it wasn't, we didn't think it was worth enough": a no from memory.
        _not_listed(text, known, slots)
    elif (LISTED_FOR_LESS.search(text) or LISTING_DONE.search(text)) and not DONT_KNOW.search(text):
        # "yes but only for $3,000", "should be, we did it when we got engaged": listed
        # (for less than it is worth, or told as the act); made after the loss, none before.
        after = _listed_after(text)
        slots["was_specified"] = not after
        if after:
            slots["listed_after_loss"] = True
        elif LEANING_YES.search(text):
            _assume(slots, known, "was_specified", LEANING_YES_NOTES["was_specified"])
    else:
        _yes_no("was_specified", YES_SPECIFIED)(message, known, today, slots, problems)


# A no the person is fairly sure of, or told by why it was never listed: "pretty sure it
# wasn't", "fairly certain they weren't", "we didn't think it was worth enough".
LEANING_NOT_LISTED = re.compile(
    r"\b(pretty|fairly|quite|almost|reasonably|99%?)\s+(sure|certain|positive)\s+(that\s+)?"
    r"(it|they|we|i|the\s+\w+)\s+(wasn'?t|weren'?t|isn'?t|aren'?t|was\s+not|were\s+not|didn'?t|did\s+not|never|"
    r"hadn'?t|haven'?t)\b"
    r"|\b(didn'?t|did\s+not|never)\s+(think|reckon|feel|thought)\s+(it|they)\s+(was|were)\s+worth\b",
    re.I,
)


# A listing promised or expected, not known to be made: "it was meant to be", "it was
# supposed to be listed", "the broker said he'd do it", "my agent was going to sort it".
LISTING_PROMISED = re.compile(
    r"\b(it|they|that|the \w+)( was|'s| is| were| are)? (meant|supposed|due|going|meaning) to be\b"
    r"|\b(said|promised|told (me|us))( that)? (he|she|they|it)('d| would| will|'ll| was going to| were going to) "
    r"(do|sort|add|list|schedule|specify|organi[sz]e|arrange|take care of|put) (it|that|them|this)\b",
    re.I,
)
# ...unless it was then seen done: "and Tower confirmed it", "it's on the schedule now".
LISTING_CONFIRMED = re.compile(
    r"\b(confirmed|checked|saw it|it'?s on (there|the schedule|the policy)|it is on|and (he|she|they) did)\b",
    re.I,
)


# "yes but only for $3,000", "yeah, but just at 2k": a yes, listed for a figure below
# the piece's worth (the "but" makes it no in-between answer).
LISTED_FOR_LESS = re.compile(
    r"^\W*(yes|yeah|yep|yup|yea|ya)\b[^.?!]{0,10}\bbut\b[^.?!]{0,20}?\b(for|at|to|up to)\s*"
    r"(about |around )?(nz|us)?\$?\s?\d",
    re.I,
)
# "we did it when we got engaged", "my broker sorted that last year": the listing, said
# as the act, in answer to the listing question.
LISTING_DONE = re.compile(
    r"^(?!.*\b(not|never|didn'?t|haven'?t|hasn'?t|wasn'?t|no)\b).*"
    r"\b(i|we|they|he|she|broker|agent|husband|wife|partner|mum|mom|dad)\s+(did|done|sorted|organi[sz]ed|arranged|added)\s+"
    r"(it|that|this)\b",
    re.I,
)
