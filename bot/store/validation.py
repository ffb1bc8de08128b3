"""The store's own check of a claim and a handoff: the last line of defence.

The intake already reads and checks every answer, but the action server can be called
with a made-up tracker, and a bug upstream should not become a bad record. So before
anything is written, every field is checked against the contract (../shared/DESIGN.md):
codes from their sets, a finite positive value within the largest one accepted, a
plausible date, text that fits its column and carries no markup or control characters,
an email and a phone of the shape the intake accepts. Anything else is refused with
`ClaimRejected(field, reason)`, which the action turns into a plain message.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from bot.language.contact import email_problem, phone_problem
from bot.rules.advice import LARGEST_ITEM_VALUE
from bot.rules.claims import (
    CLAIM_TYPES,
    FLAG_CODES,
    ITEM_TYPES,
    OLDEST_LOSS_YEARS,
    OLDEST_PURCHASE_YEARS,
    PROOF_DOCUMENTS,
)
from bot.rules.regions import CURRENCIES
from bot.store.models import (
    EMAIL_LENGTH,
    FLOW_LENGTH,
    FREE_TEXT_LENGTH,
    NAME_LENGTH,
    PHONE_LENGTH,
    POLICE_REPORT_LENGTH,
    SENDER_ID_LENGTH,
)

if TYPE_CHECKING:
    from bot.store.claims import ClaimDraft

# What the insurer may still want: the proof codes plus the reports the intake asks about.
MISSING_DOCUMENT_CODES = (*PROOF_DOCUMENTS, "police_report", "jeweler_report")
# The oldest loss and purchase dates the intake takes (bot/rules/claims.py).
OLDEST_DATE_YEARS = OLDEST_LOSS_YEARS
# Fields of a draft that are not the claimant's answers, so never an assumed one.
NOT_ANSWERS = frozenset({"sender_id", "missing_documents", "claim_flags", "flag_facts", "assumed_answers"})
SMALLEST_ITEM_VALUE = 0.01  # stored to the cent: anything less would be kept as zero
FLOW_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
# Bidirectional overrides and isolates: they make stored text read differently on screen.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
PHONE_CHARACTERS = re.compile(r"^\+?[\d\s().-]+$", re.ASCII)


class ClaimRejected(ValueError):
    """A field the store will not write, and why (a short code, e.g. "too_long")."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


@dataclass(frozen=True)
class _Text:
    field: str
    value: Any
    longest: int
    required: bool = True


def text_problem(value: Any, longest: int, required: bool = True) -> str | None:
    """Why a text cannot be stored, or None: its type, length, markup or control characters."""
    if value is None:
        return "missing" if required else None
    if not isinstance(value, str):
        return "not_text"
    if required and not value.strip():
        return "empty"
    if len(value) > longest:
        return "too_long"
    if "<" in value or ">" in value:
        return "markup"
    for character in value:
        category = unicodedata.category(character)
        # Cc: NUL, escape, newline and the rest; Cs: lone surrogates PostgreSQL refuses.
        if category in {"Cc", "Cs"} or character in BIDI_CONTROLS:
            return "control_character"
    return None


def check_text(field: str, value: Any, longest: int, required: bool = True) -> None:
    problem = text_problem(value, longest, required)
    if problem:
        raise ClaimRejected(field, problem)


def item_value_problem(value: Any) -> str | None:
    """Why an item value cannot be stored: not a number, not finite, not positive, too large."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "not_a_number"
    if not math.isfinite(value):
        return "not_finite"
    if value < SMALLEST_ITEM_VALUE:
        return "not_positive"
    if value > LARGEST_ITEM_VALUE:
        return "too_large"
    return None


def check_item_value(value: Any) -> None:
    problem = item_value_problem(value)
    if problem:
        raise ClaimRejected("item_value", problem)


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def date_problem(value: Any, today: date, oldest_years: int = OLDEST_DATE_YEARS) -> str | None:
    """Why a date cannot be stored: not a date, in the future, too long ago."""
    if isinstance(value, datetime) or not isinstance(value, date):
        return "not_a_date"
    if value > today:
        return "future"
    if value < years_before(today, oldest_years):
        return "too_old"
    return None


def check_date(field: str, value: Any, today: date) -> None:
    problem = date_problem(value, today)
    if problem:
        raise ClaimRejected(field, problem)


def left_for_staff(field: str, value: Any, assumed: Any) -> bool:
    """No answer, where the claimant could not say and the field is marked for staff to
    find out (`assumed_answers`): allowed for the loss date, the value, and one of the
    two ways to reach them."""
    return value is None and isinstance(assumed, tuple | list) and field in assumed


def check_loss_date(value: Any, assumed: Any, today: date) -> None:
    if not left_for_staff("loss_date", value, assumed):
        check_date("loss_date", value, today)


def check_purchase_date(value: Any, loss_date: date | None, today: date) -> None:
    """None (not said) or a date no later than the loss (today, where that is not known)."""
    if value is None:
        return
    problem = date_problem(value, today, OLDEST_PURCHASE_YEARS)
    if problem:
        raise ClaimRejected("purchase_date", problem)
    if value > (loss_date or today):
        raise ClaimRejected("purchase_date", "after_loss")


def check_code(field: str, value: Any, allowed: Iterable[str]) -> None:
    if not isinstance(value, str) or value not in set(allowed):
        raise ClaimRejected(field, "unknown_code")


def check_codes(field: str, values: Any, allowed: Iterable[str]) -> None:
    if not isinstance(values, tuple | list):
        raise ClaimRejected(field, "not_a_list")
    for value in values:
        check_code(field, value, allowed)
    if len(set(values)) != len(values):
        raise ClaimRejected(field, "repeated_code")


def check_bool(field: str, value: Any, required: bool = True) -> None:
    if value is None and not required:
        return  # not said: unknown, which is not "no"
    if not isinstance(value, bool):
        raise ClaimRejected(field, "not_yes_or_no")


def check_sender_id(value: Any) -> None:
    check_text("sender_id", value, SENDER_ID_LENGTH)


def check_email(value: Any) -> None:
    check_text("claimant_email", value, EMAIL_LENGTH)
    if email_problem(value) is not None:
        raise ClaimRejected("claimant_email", "bad_shape")


def check_contact(draft: ClaimDraft) -> None:
    """An email and a phone number; one of them may be not given (marked for staff)."""
    no_email = left_for_staff("claimant_email", draft.claimant_email, draft.assumed_answers)
    no_phone = left_for_staff("claimant_phone", draft.claimant_phone, draft.assumed_answers)
    if no_email and no_phone:
        raise ClaimRejected("claimant_phone", "no_way_to_reach")
    if not no_email:
        check_email(draft.claimant_email)
    if not no_phone:
        check_phone(draft.claimant_phone)


def check_phone(value: Any) -> None:
    check_text("claimant_phone", value, PHONE_LENGTH)
    if not PHONE_CHARACTERS.match(value) or phone_problem(value) is not None:
        raise ClaimRejected("claimant_phone", "bad_shape")


def check_flag_facts(facts: Any) -> None:
    if not isinstance(facts, dict):
        raise ClaimRejected("flag_facts", "not_a_mapping")
    for code, text in facts.items():
        check_code("flag_facts", code, FLAG_CODES)
        check_text("flag_facts", text, FREE_TEXT_LENGTH)


def check_claim(draft: ClaimDraft, today: date) -> None:
    """Raise `ClaimRejected` for the first field of `draft` the store refuses."""
    check_sender_id(draft.sender_id)
    check_code("claim_type", draft.claim_type, CLAIM_TYPES)
    check_code("item_type", draft.item_type, ITEM_TYPES)
    if not left_for_staff("item_value", draft.item_value, draft.assumed_answers):
        check_item_value(draft.item_value)
    check_code("currency", draft.currency, CURRENCIES)
    check_loss_date(draft.loss_date, draft.assumed_answers, today)
    for text in (
        _Text("loss_description", draft.loss_description, FREE_TEXT_LENGTH),
        _Text("police_report_number", draft.police_report_number, POLICE_REPORT_LENGTH, required=False),
        _Text("last_seen", draft.last_seen, FREE_TEXT_LENGTH, required=False),
        _Text("search_done", draft.search_done, FREE_TEXT_LENGTH, required=False),
        _Text("claimant_name", draft.claimant_name, NAME_LENGTH),
    ):
        check_text(text.field, text.value, text.longest, text.required)
    check_bool("was_specified", draft.was_specified, required=False)
    check_bool("care_plan", draft.care_plan)
    check_purchase_date(draft.purchase_date, draft.loss_date, today)
    check_contact(draft)
    check_codes("proof_documents", draft.proof_documents, PROOF_DOCUMENTS)
    check_codes("missing_documents", draft.missing_documents, MISSING_DOCUMENT_CODES)
    check_codes("claim_flags", draft.claim_flags, FLAG_CODES)
    check_flag_facts(draft.flag_facts)
    answers = {f.name for f in fields(draft)} - NOT_ANSWERS
    check_codes("assumed_answers", draft.assumed_answers, answers)


def check_handoff(sender_id: Any, flow: Any) -> None:
    check_sender_id(sender_id)
    if flow is not None and (
        not isinstance(flow, str) or len(flow) > FLOW_LENGTH or not FLOW_NAME.match(flow)
    ):
        raise ClaimRejected("flow", "unknown_code")
