"""The police report question: the reference in whatever format it comes ("2611-4471",
"LP/1187/XI/2026", "CPD 2026-118834"), never a date, a time, an officer's badge or the
police's own phone line; with no reference, the reason given ("not reported yet") is
kept as said. The cues that pick a reference out of a message at another step are here
too, for contacts.py's reading of details said before they are asked.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from bot.language.answers import UserMessage
from bot.language.corrections import cue_words
from bot.language.text import looks_like_code
from bot.rules.claims import NO_REPORT_MARK
from bot.wording.claims import CLAIM_PROBLEMS

NO_POLICE_REPORT = re.compile(r"\b(no|not|haven'?t|didn'?t|none|never)\b", re.I)

# A police reference comes in any format ("2611-4471", "7765-B", "APD-5512",
# "LP/1187/XI/2026", "#48213"): any run of letters, digits and separators that holds
# a digit. A cue word before it ("reference", "case no.") picks it out of a sentence
# that also has a date in it.
REFERENCE_TOKEN = re.compile(r"[A-Za-z0-9#][A-Za-z0-9#/\-.]*[A-Za-z0-9]|\d")

# "2026-11-20", "20/11", "3.4.2026", "10pm", "3rd": a date or a time, not a reference.
DATE_LIKE = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}([/.](\d{2}|\d{4}))?|\d{1,2}(:\d{2})?([ap]m)?|\d{1,2}(st|nd|rd|th)",
    re.I,
)

# "Officer Delgado, badge 4471", "constable's ID 2231": the officer's own number, which
# names the officer, not the report.
OFFICERS_NUMBER = re.compile(
    r"\b(badge|shield|collar|qid|officer'?s? (id|number|no))\W*(number|no|num|#)?\W*$", re.I
)

REFERENCE_CUE = re.compile(
    r"\b(ref(erence)?|number|no|num|#|case|file|event|incident|report|crime|job|occurrence)\W*$", re.I
)

# The police's own phone lines ("I reported it online through 105", "called 911"):
# how it was reported, not the report's reference.
POLICE_LINES = frozenset({"105", "111", "911", "311", "999", "112", "000"})

# "261124 slash 2201", "4471 dash B": a separator said as a word, between its parts.
SPOKEN_SEPARATOR = re.compile(
    r"(?<=[A-Za-z0-9])\s+(forward slash|back ?slash|slash|stroke|dash|hyphen)\s+(?=[A-Za-z0-9])", re.I
)


def police_reference(text: str) -> str | None:
    """The police reference in a message, or None when it has none (no digit)."""
    text = SPOKEN_SEPARATOR.sub(lambda m: "-" if m.group(1).lower() in {"dash", "hyphen"} else "/", text)
    candidates = [
        m
        for m in REFERENCE_TOKEN.finditer(text)
        if re.search(r"\d", m.group(0))
        and not DATE_LIKE.fullmatch(m.group(0))
        and m.group(0).lstrip("#") not in POLICE_LINES
        and not OFFICERS_NUMBER.search(text[: m.start()])
    ]
    if not candidates:
        return None
    # "24-88120? no sorry 26-88120": a reference set right in the same breath; the one
    # after the last correction is the reference.
    retyped = [m.end() for m in SELF_CORRECTION.finditer(text) if m.start() > candidates[0].start()]
    if retyped and any(c.start() >= retyped[-1] for c in candidates):
        candidates = [c for c in candidates if c.start() >= retyped[-1]]
        return (_station_prefix(text[: candidates[0].start()]) + candidates[0].group(0).lstrip("#"))[:100]
    cued = [m for m in candidates if REFERENCE_CUE.search(text[: m.start()])]
    if not cued and NO_POLICE_REPORT.search(text[: candidates[0].start()]):
        return None  # "not reported, it was 3 days ago": a reason with a number in it
    best = cued[0] if cued else max(candidates, key=lambda m: len(m.group(0)))
    return (_station_prefix(text[: best.start()]) + best.group(0).lstrip("#"))[:100]


# A number typed, then set right: "no sorry", "I mean", "wait", "oops", "make that".
# A reference's own cues beside the shared ones: "should be", "typo".
SELF_CORRECTION = re.compile(
    r"\b" + cue_words(r"should (?:be|have been)", "typo", no_first=True) + r"\b",
    re.I,
)


# "CPD 2026-118834", "NYPD 24-00917": a station's capital letters written before the
# number, a space apart, belong to the reference; words that only name a country or
# a cue ("NZ", "REF", "NO") do not.
STATION_PREFIX = re.compile(r"(?<![A-Za-z])([A-Z]{2,5}) $")

NOT_STATION = frozenset({"NZ", "US", "USA", "UK", "ID", "OK", "NO", "REF", "NUM", "PD"})


def _station_prefix(before: str) -> str:
    """The police station's letters just before a reference, with their space, or ""."""
    match = STATION_PREFIX.search(before)
    if not match or match.group(1) in NOT_STATION or REFERENCE_CUE.search(match.group(1)):
        return ""
    return match.group(0)


POLICE_CUE = re.compile(r"\b(police|cops?|report(ed)?|ref(erence)?|case|incident|event)\b", re.I)

# "sorry, the police number is 1567832-26": the reference named outright, so a number
# after it is the report's (a correction at any step), never a phone.
POLICE_LABEL = re.compile(
    r"\b(police|report|case|incident|crime|event)\s+(report\s+)?(number|no\.?|num|ref(erence)?|#)\s*"
    r"(is|was|should be|should have been|:)?\s*",
    re.I,
)


def _is_reference(reference: str) -> bool:
    """Not an amount, a year or a date said next to the word "report"."""
    plain = reference.replace(",", "")
    if re.fullmatch(r"\d{1,3}(\.\d+)?k?|(19|20)\d{2}|\d{1,2}(st|nd|rd|th)", plain, re.I):
        return False
    return sum(c.isdigit() for c in reference) >= 3


# "reported online, don't have a number yet, they said it'd be emailed": a report made
# whose number is still to come; kept as said, like a report not made.
NUMBER_TO_COME = re.compile(
    r"\b(don'?t|dont|do not|doesn'?t) (have|know|got)\b|\b(waiting|still waiting) (for|on)\b|\bpending\b"
    r"|\bto come\b|\b(they|he|she|police|cops?)('ll| will| would|'d| said (it'?d|they'?d|it would|it will)) "
    r"(be )?(email|send|text|post|sent|emailed|texted|posted|mailed)",
    re.I,
)


def _police_report(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    # Markup or code is nobody's report number or reason: every path below stores the
    # text, so it is refused before any of them (a "no" in it once skipped this check).
    if looks_like_code(message.text):
        problems.append(CLAIM_PROBLEMS["police_report_number"])
        return
    number = police_reference(message.text)
    if number:
        slots["police_report_number"] = number
    elif (
        message.intent == "deny"
        or NO_POLICE_REPORT.search(message.text)
        or NUMBER_TO_COME.search(message.text)
    ):
        slots["police_report_number"] = NO_REPORT_MARK + " ".join(message.text.split())[:300]
