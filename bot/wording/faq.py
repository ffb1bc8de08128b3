"""What the assistant says for FAQ answers and follow-ups (decisions are in faq.py)."""

from __future__ import annotations

import re

from bot.rules.faq import JEWELRY, NZ, US, WATCH, FaqEntry, FaqKnowledge
from bot.wording.common import item_name

FACET_WORDS = {WATCH: "watches", JEWELRY: "other jewelry", NZ: "New Zealand", US: "the US"}


def facet_words(facet: str | None) -> str:
    return FACET_WORDS.get(facet or "", "that")


def source_line(entry: FaqEntry, knowledge: FaqKnowledge) -> str:
    names = dict.fromkeys(knowledge.source_names.get(s, s) for s in entry.sources)
    return "Source: " + "; ".join(names)


# The answers are written in US terms; a person who speaks New Zealand's gets them in
# theirs (the same thing under its local name: an excess is a deductible).
NZ_TERMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\ba deductible\b"), "an excess"),
    (re.compile(r"\bA deductible\b"), "An excess"),
    (re.compile(r"\bdeductibles\b"), "excesses"),
    (re.compile(r"\bdeductible\b"), "excess"),
    (re.compile(r"\bDeductible\b"), "Excess"),
    (re.compile(r"\bhomeowners (policy|policies|insurance|cover)\b"), r"contents \1"),
    (re.compile(r"\bjewelry\b"), "jewellery"),
    (re.compile(r"\bJewelry\b"), "Jewellery"),
    (re.compile(r"\bjeweler"), "jeweller"),
)


def in_nz_terms(text: str) -> str:
    for pattern, local in NZ_TERMS:
        text = pattern.sub(local, text)
    return text


def answer_lines(entry: FaqEntry, knowledge: FaqKnowledge, nz_terms: bool = False) -> list[str]:
    """The answer, then where it comes from, as two messages."""
    return [in_nz_terms(entry.answer) if nz_terms else entry.answer, source_line(entry, knowledge)]


def same_answer_line(facet: str | None) -> str:
    return f"The same holds for {facet_words(facet)}:"


def unknown_follow_up_line(facet: str | None) -> str:
    return (
        f"I don't know whether that changes for {facet_words(facet)}, and I'd rather not guess. "
        "A person can check it for you, or ask me the whole question in other words."
    )


# From a question to the flow it starts. A loss told as a question goes to the claim
# with no line of its own: the intake's opening already says sorry and what comes next.
# After "what are my options?" about the person's own declined claim: the next steps are
# answered, then the decline itself is explained.
TO_THE_DECLINE = "Now let's look at why your claim was declined, so you know where you stand."
# Facts with a question: the answer, then the guide with their numbers.
TO_THE_ADVICE = "Now let's work out your own cover and cost, from what you've told me."
# After a general question that named the person's piece: the guide offered, not started.
OFFER_ADVICE_BUTTONS = [{"title": "Work out my cover", "payload": "/ask_coverage_advice"}]


def offer_advice_line(item_type: str) -> str:
    return (
        f"Want me to work out the cover that fits your {item_name(item_type)} and what it costs a year? "
        'Tap "Work out my cover", or just tell me roughly what it\'s worth.'
    )


def area_changed_line(before: str, after: str) -> str:
    return f"Got it: I've changed that from {before} to {after}."
