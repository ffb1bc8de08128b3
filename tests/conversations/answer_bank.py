"""The answer bank: replies to one question at a time, written blind, each with what it
states. Each reply is parsed by the trained model (intent, entities, the decline
selector), as the form's action sees it, and read by the form's reader; the reading is
checked against what the words state.

A reply whose words don't state the fact (`expect: unstated`) passes when nothing is
stored for it, when the answer is recorded as assumed (`assumed_answers`), or when what
was put down is said back to the person (the reading's notes): an inference said back is
the product's rule, a silent one is the failure. "No report" to the police question is
stored as `none: <their words>`, which states no reference.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.language.answers import (
    FormReading,
    UserMessage,
    read_advice_answers,
    read_beside_a_question,
)
from bot.language.claim.answers import read_claim_answers
from bot.language.claim.documents import DOCUMENTS_TOLD, documents_told
from bot.language.decline_answers import read_decline_answers, reason_from_selector
from bot.rules.declines import load_decline_knowledge
from bot.rules.knowledge import load_coverage_facts
from tests.conversations.runner import same_phone

UNSTATED = "unstated"
NO_REFERENCE = "none"  # how the intake stores "no police report yet"
# The writers were told it was Sunday 2026-11-29.
TODAY = date(2026, 11, 29)

Parse = dict[str, Any]


@dataclass(frozen=True)
class Reply:
    slot: str
    flow: str
    asked: str
    say: str
    expect: Any
    region: str = "US"
    context: dict[str, Any] = field(default_factory=dict)
    also: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Checked:
    reply: Reply
    intent: str | None
    stored: dict[str, Any]
    problems: tuple[str, ...]  # what differs from what the words state; empty: passed

    @property
    def passed(self) -> bool:
        return not self.problems


def load_bank(path: Path) -> list[Reply]:
    data = yaml.safe_load(path.read_text()) or {}
    replies: list[Reply] = []
    for question in data.get("questions") or []:
        for reply in question.get("replies") or []:
            replies.append(
                Reply(
                    slot=str(question["slot"]),
                    flow=str(question["flow"]),
                    asked=str(question.get("asked") or ""),
                    say=str(reply["say"]),
                    expect=reply.get("expect"),
                    region=str(reply.get("region") or "US"),
                    context=dict(question.get("context") or {}),
                    also=dict(reply.get("also") or {}),
                )
            )
    return replies


def message_of(reply: Reply, parse: Parse) -> UserMessage:
    intent = (parse.get("intent") or {}).get("name")
    entities = tuple(e for e in parse.get("entities") or [] if isinstance(e, dict))
    return UserMessage(text=reply.say, intent=intent, entities=entities)


def known_before(reply: Reply) -> dict[str, Any]:
    known = {"region": reply.region, **reply.context}
    if reply.slot == "proof_documents":
        known[DOCUMENTS_TOLD] = []
    return known


def _beside_a_question(
    read: Callable[[UserMessage], FormReading], message: UserMessage, reply: Reply
) -> FormReading:
    """As the forms read it: an answer with a question of the person's own is read from
    the words that state it (bot/actions/guided_form.py)."""
    return read_beside_a_question(read, message, reply.slot, read(message))[0]


def read_reply(reply: Reply, parse: Parse) -> FormReading:
    """What the form's reader makes of the reply, asked `reply.slot`."""
    message = message_of(reply, parse)
    known = known_before(reply)
    if reply.flow == "advice":
        facts = load_coverage_facts()
        return _beside_a_question(
            lambda said: read_advice_answers(said, reply.slot, known, facts), message, reply
        )
    if reply.flow == "claim":
        return _beside_a_question(
            lambda said: read_claim_answers(said, reply.slot, known, TODAY), message, reply
        )
    if reply.flow == "decline":
        guess = reason_from_selector(parse.get("response_selector"))
        reasons = set(load_decline_knowledge().reasons)
        return read_decline_answers(
            message, reply.slot, guess, reasons, known.get("currency"), known_item=known.get("item_type")
        )
    raise ValueError(f"unknown flow {reply.flow!r}")


# Answers kept as the person wrote them (the contract's free text).
FREE_TEXT_ANSWERS = frozenset({"last_seen", "search_done", "loss_description"})

# A label that names only a year or a month ("2019", "2024-06"): the words gave no day.
PART_OF_A_DATE = re.compile(r"\d{4}(?:-\d{2})?")


def _same(slot: str, expected: Any, got: Any) -> bool:
    if slot == "proof_documents":
        return set(expected or []) == set(got or [])
    if slot == "police_report_number":
        return got is not None and str(expected).lower().replace(" ", "") in str(got).lower().replace(" ", "")
    if slot in FREE_TEXT_ANSWERS and isinstance(expected, str):
        # Kept as said: the label is the words, or a word of them, the stored text holds.
        return got is not None and " ".join(expected.lower().split()) in " ".join(str(got).lower().split())
    if slot == "claimant_email" and got is not None:
        return str(expected).lower() == str(got).lower()
    if slot == "claimant_phone" and got is not None:
        return same_phone(expected, got)
    if isinstance(expected, int | float) and not isinstance(expected, bool):
        return (
            isinstance(got, int | float) and not isinstance(got, bool) and abs(float(got) - expected) < 0.01
        )
    if isinstance(expected, date):
        return str(got) == expected.isoformat()
    if isinstance(expected, str) and PART_OF_A_DATE.fullmatch(expected) and got is not None:
        # "June 2024" labelled "2024-06": any day of it (the reader says back the day it took).
        return str(got).startswith(expected)
    return bool(expected == got)


def _stated(slot: str, got: Any) -> bool:
    if slot == "police_report_number" and isinstance(got, str):
        return not got.lower().startswith(NO_REFERENCE)
    return got is not None


def check_reading(reply: Reply, intent: str | None, reading: FormReading) -> Checked:
    stored = dict(reading.slots)
    problems: list[str] = []
    got = stored.get(reply.slot)
    if reply.expect == UNSTATED:
        if _stated(reply.slot, got) and not (
            reply.slot in (stored.get("assumed_answers") or []) or reading.notes
        ):
            problems.append(
                f"{reply.slot}: stored {got!r} without saying it back, but the words don't state it"
            )
    elif not _same(reply.slot, reply.expect, got):
        problems.append(f"{reply.slot}: expected {reply.expect!r}, got {got!r}")
    for slot, expected in reply.also.items():
        got_also = stored.get(slot)
        if slot == "proof_documents" and reply.flow == "claim" and reply.slot != slot and got_also is None:
            # A document named at another question is kept for the proof question ("You
            # mentioned the valuation. Anything else?"), not stored before it is asked.
            got_also = documents_told([reply.say]) or None
        if not _same(slot, expected, got_also):
            problems.append(f"also {slot}: expected {expected!r}, got {got_also!r}")
    return Checked(reply, intent, stored, tuple(problems))


def check_all(replies: list[Reply], parse: Callable[[str], Parse]) -> list[Checked]:
    checked = []
    for reply in replies:
        parsed = parse(reply.say)
        intent = (parsed.get("intent") or {}).get("name")
        checked.append(check_reading(reply, intent, read_reply(reply, parsed)))
    return checked


def summary(checked: list[Checked]) -> dict[str, Any]:
    by_question: dict[str, list[int]] = {}
    for item in checked:
        counts = by_question.setdefault(f"{item.reply.flow}.{item.reply.slot}", [0, 0])
        counts[0] += item.passed
        counts[1] += 1
    passed = sum(item.passed for item in checked)
    return {
        "replies": len(checked),
        "passed": passed,
        "share_passed": round(passed / len(checked), 4) if checked else 0.0,
        "by_question": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_question.items())},
    }


def failure_report(checked: list[Checked]) -> str:
    lines = []
    for item in checked:
        if item.passed:
            continue
        reply = item.reply
        lines.append(
            f"[{reply.flow}.{reply.slot}] ({reply.region}) {reply.say!r}\n"
            f"    intent={item.intent} stored={item.stored}\n    " + "\n    ".join(item.problems)
        )
    return "\n".join(lines)
