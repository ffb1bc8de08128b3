"""When to answer a policy question, which answer, and what a follow-up refers to.

The NLU's FAQ selector proposes an entry of knowledge/faq.yml with a confidence. A wrong
answer about cover is worse than none, so below ANSWER_CONFIDENCE the assistant says it
doesn't know and offers a person. The threshold was chosen on the held-out questions
(tests/nlu/faq_heldout.yml) with benchmarks/faq_threshold.py; docs/faq.md, "FAQ accuracy",
has the table of what each threshold would do.

A follow-up like "and for watches?" or "what about in New Zealand?" names a piece or a
place and nothing else. knowledge/faq_follow_ups.yml lists the entries that answer the
same question for a different piece or country, so the follow-up is resolved from data,
never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.knowledge import read_knowledge

ANSWER_CONFIDENCE = 0.30

# What a follow-up can be about: the piece (watch vs other jewelry) or the country.
WATCH = "watch"
JEWELRY = "jewelry"
NZ = "NZ"
US = "US"


@dataclass(frozen=True)
class FaqEntry:
    id: str
    topic: str
    answer: str
    sources: tuple[str, ...]
    questions: tuple[str, ...]
    # The subject a question must be about for this answer to be given ("damage"): an
    # answer about inspecting damage is no answer to "will they say it's my fault?".
    asked_about: str | None = None


@dataclass(frozen=True)
class FaqKnowledge:
    entries: dict[str, FaqEntry]
    source_names: dict[str, str]
    # Each group maps a facet (watch, jewelry, NZ, US) to the entry answering for it.
    follow_up_groups: tuple[dict[str, str], ...]


class Outcome(Enum):
    ANSWER = "answer"
    DONT_KNOW = "dont_know"  # not confident enough: say so, offer a person
    SAME_ANSWER = "same_answer"  # the follow-up changes nothing: the answer given holds
    NO_CONTEXT = "no_context"  # a follow-up with nothing before it to follow


@dataclass(frozen=True)
class FaqChoice:
    outcome: Outcome
    entry: FaqEntry | None = None
    facet: str | None = None


def parse_faq_knowledge(
    faqs: dict[str, Any], sources: dict[str, Any], follow_ups: dict[str, Any]
) -> FaqKnowledge:
    entries = {
        str(node["id"]): FaqEntry(
            id=str(node["id"]),
            topic=str(node["topic"]),
            answer=" ".join(str(node["answer"]).split()),
            sources=tuple(node["sources"]),
            questions=tuple(node["questions"]),
            asked_about=node.get("asked_about"),
        )
        for node in faqs["faqs"]
    }
    names = {key: str(node.get("publisher") or node["title"]) for key, node in sources["sources"].items()}
    groups = tuple({str(k): str(v) for k, v in group["answers"].items()} for group in follow_ups["groups"])
    groups += tuple({JEWELRY: str(i), WATCH: str(i)} for i in follow_ups.get("same_for_every_piece") or [])
    return FaqKnowledge(entries=entries, source_names=names, follow_up_groups=groups)


@lru_cache(maxsize=4)
def load_faq_knowledge(knowledge_dir: Path | None = None) -> FaqKnowledge:
    return parse_faq_knowledge(
        *(read_knowledge(name, knowledge_dir) for name in ("faq.yml", "sources.yml", "faq_follow_ups.yml"))
    )


def entry_id(intent_response_key: str | None) -> str | None:
    """`faq/homeowners_theft_limit` -> `homeowners_theft_limit`."""
    if not intent_response_key or "/" not in intent_response_key:
        return None
    return intent_response_key.split("/", 1)[1]


def choose_answer(
    knowledge: FaqKnowledge,
    intent_response_key: str | None,
    confidence: float,
    threshold: float = ANSWER_CONFIDENCE,
) -> FaqChoice:
    entry = knowledge.entries.get(entry_id(intent_response_key) or "")
    if entry is None or confidence < threshold:
        return FaqChoice(Outcome.DONT_KNOW)
    return FaqChoice(Outcome.ANSWER, entry)


def fits_the_question(
    knowledge: FaqKnowledge, intent_response_key: str | None, subjects: frozenset[str]
) -> bool:
    """Whether the entry picked answers a question about `subjects`: an entry kept for one
    subject (`asked_about`) only when the question is about it. The selector can be sure of
    an entry whose subject the question never names; then the assistant says it doesn't
    know rather than answer another question."""
    entry = knowledge.entries.get(entry_id(intent_response_key) or "")
    return entry is None or entry.asked_about is None or entry.asked_about in subjects


def facet_of(item_types: list[str], region: str | None) -> str | None:
    """What a follow-up asks about: a country beats a piece ("and for my ring in NZ?")."""
    if region in (NZ, US):
        return region
    if WATCH in item_types:
        return WATCH
    if item_types:
        return JEWELRY
    return None


def follow_up(knowledge: FaqKnowledge, previous_id: str | None, facet: str | None) -> FaqChoice:
    """The entry that answers the previous question for another piece or country."""
    previous = knowledge.entries.get(previous_id or "")
    if previous is None:
        return FaqChoice(Outcome.NO_CONTEXT, facet=facet)
    if facet is None:
        return FaqChoice(Outcome.DONT_KNOW, previous)
    for group in knowledge.follow_up_groups:
        if previous.id in group.values() and facet in group:
            target = knowledge.entries[group[facet]]
            if target.id == previous.id:
                return FaqChoice(Outcome.SAME_ANSWER, previous, facet)
            return FaqChoice(Outcome.ANSWER, target, facet)
    return FaqChoice(Outcome.DONT_KNOW, previous, facet)
