"""What one message answers in the claim intake, and the summary corrections.

Like the coverage guide, a message is read whole: "my $4,000 ring was stolen last
Friday" fills the claim type, item, value and date at once. Free-text questions
(what happened, where it was last seen) take the message as it is. Each unusable
answer gets a reason and an example.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from bot.language.answers import FormReading, UserMessage, is_short_answer
from bot.language.contact import clean_name, email_problem, find_email, find_phone, phone_problem
from bot.language.dates import read_loss_date
from bot.language.facts import ITEM_TYPES, item_mentions
from bot.language.money import read_amount
from bot.language.text import looks_like_code
from bot.rules.advice import value_problem
from bot.rules.claims import NO_REPORT_MARK

# Intents that never answer a question of the intake: the dialogue handles them.
NOT_ANSWERS = {"human_handoff", "restart", "goodbye", "bot_challenge", "claim_status"}
FREE_TEXT_SLOTS = ("loss_description", "last_seen", "search_done")

THEFT = re.compile(
    r"\b(stole\w*|theft|thie\w*|burgl\w*|robb\w*|broke[n]? in(to)?|break-?in|snatch\w*|pickpocket\w*|mugg\w*|taken|took)\b",
    re.I,
)
LOST = re.compile(
    r"\b(lost|lose|missing|can'?t find|cannot find|disappear\w*|vanish\w*|fell off|dropped|misplac\w*|gone)\b",
    re.I,
)
DAMAGE = re.compile(
    r"\b(crack\w*|broke|broken|break|damag\w*|snapp?\w*|chipp?\w*|bent|scratch\w*|fell out|came out|shatter\w*|dent\w*|crush\w*)\b",
    re.I,
)
CARE_PLAN = re.compile(r"\b(care plan|protection plan|service plan|jm care|warranty plan)\b", re.I)
DOCUMENT_WORDS: tuple[tuple[str, str], ...] = (
    (r"\breceipts?\b|\binvoice\b|\bproof of purchase\b", "receipt"),
    (r"\bbank\b|\bcard statement\b|\bcredit card\b|\bstatement\b", "bank_statement"),
    (r"\bvaluations?\b|\bapprais\w*|\bvalued\b", "valuation"),
    (r"\bphotos?\b|\bpictures?\b|\bpics?\b|\bsnaps?\b|\bselfies?\b", "photo"),
    (r"\bvideos?\b|\bfootage\b|\bfilm(ed)?\b", "video"),
    (r"\bgia\b|\bgrading\b|\bcertificate\b|\bcert\b|\bigi\b|\bdiamond report\b", "grading_report"),
    (r"\bserial\b|\bmodel number\b|\breference number\b", "serial_number"),
    (r"\bbrochure\b|\bcare plan\b", "care_plan_brochure"),
)
NO_DOCUMENTS = re.compile(
    r"^\s*(none|nothing|no(pe)?|not really|i don'?t have any(thing)?|no documents?)\b", re.I
)
NO_POLICE_REPORT = re.compile(r"\b(no|not|haven'?t|didn'?t|none|never)\b", re.I)
# A police reference comes in any format ("2611-4471", "7765-B", "APD-5512",
# "LP/1187/XI/2026", "#48213"): any run of letters, digits and separators that holds
# a digit. A cue word before it ("reference", "case no.") picks it out of a sentence
# that also has a date in it.
REFERENCE_TOKEN = re.compile(r"[A-Za-z0-9#][A-Za-z0-9#/\-.]*[A-Za-z0-9]|\d")
REFERENCE_CUE = re.compile(
    r"\b(ref(erence)?|number|no|num|#|case|file|event|incident|report|crime|job|occurrence)\W*$", re.I
)
YES_SPECIFIED = re.compile(
    r"\b(specified|scheduled|listed|itemi[sz]ed|on (the|my) (policy|schedule))\b", re.I
)
NOT_SPECIFIED = re.compile(r"\b(not|never|wasn'?t|isn'?t|no)\b", re.I)

PROBLEMS = {
    "claim_type": 'Was it stolen, lost, or damaged? For example "it was stolen" (or pick a button).',
    "item_type": 'Which piece is it? For example "a ring", "earrings" or "a watch".',
    "item_value_missing": 'I need a rough value to pass on, for example "$4,000" or "about 4k".',
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
    "claimant_name": 'What name should the claim be under? For example "Ana Ruiz".',
    "claimant_email": 'That email doesn\'t look complete. It should look like "name@example.com".',
    "claimant_phone": 'That phone number doesn\'t look right: it needs 7 to 15 digits, for example "+64 21 555 0199" or "(555) 010-2233".',
    "claim_confirmed": 'Tell me what to change and the new answer, for example "the date was 3 March" or "my email is ana@example.com".',
}


def claim_type_from_text(text: str) -> str | None:
    """Theft before loss before damage: "my ring was stolen and the box broken" is a theft."""
    if THEFT.search(text):
        return "theft"
    if DAMAGE.search(text) and not LOST.search(text):
        return "damage"
    if LOST.search(text):
        return "lost"
    if DAMAGE.search(text):
        return "damage"
    return None


def police_reference(text: str) -> str | None:
    """The police reference in a message, or None when it has none (no digit)."""
    candidates = [m for m in REFERENCE_TOKEN.finditer(text) if re.search(r"\d", m.group(0))]
    if not candidates:
        return None
    cued = [m for m in candidates if REFERENCE_CUE.search(text[: m.start()])]
    if not cued and NO_POLICE_REPORT.search(text[: candidates[0].start()]):
        return None  # "not reported, it was 3 days ago": a reason with a number in it
    best = cued[0] if cued else max(candidates, key=lambda m: len(m.group(0)))
    return best.group(0).lstrip("#")[:100]


def documents_from_text(text: str) -> list[str] | None:
    """Proof codes named in the text; [] for "none"; None when nothing was recognised."""
    found = [code for pattern, code in DOCUMENT_WORDS if re.search(pattern, text, re.I)]
    if found:
        return list(dict.fromkeys(found))
    if NO_DOCUMENTS.search(text):
        return []
    return None


def read_claim_answers(
    message: UserMessage, requested_slot: str | None, known: dict[str, Any], today: date
) -> FormReading:
    if message.intent in NOT_ANSWERS:
        return FormReading()
    question = not is_short_answer(message.text) and message.text.strip().endswith("?")
    # Markup or code is nobody's question: read it as a (bad) answer to the question asked.
    if (
        message.intent == "faq"
        and not looks_like_code(message.text)
        and (question or requested_slot not in FREE_TEXT_SLOTS)
    ):
        return FormReading()
    slots: dict[str, Any] = {}
    problems: list[str] = []
    if requested_slot != "claim_confirmed":
        _read_any_time(message, requested_slot, known, today, slots, problems)
    if requested_slot and requested_slot not in slots:
        reader = READERS.get(requested_slot)
        if reader:
            reader(message, known, today, slots, problems)
    if requested_slot and requested_slot not in slots and not problems and not slots:
        problems.append(PROBLEMS.get(requested_slot, PROBLEMS["claim_confirmed"]))
    notes = tuple(
        f"Changed: {_describe(k)}." for k in slots if known.get(k) not in (None, slots[k]) and k in _LABELS
    )
    return FormReading(slots=slots, problem=problems[0] if problems else None, notes=notes)


def _read_any_time(
    message: UserMessage,
    requested_slot: str | None,
    known: dict[str, Any],
    today: date,
    slots: dict[str, Any],
    problems: list[str],
) -> None:
    """Facts a message can give whatever was asked: type, item, value, currency.

    An amount counts only in the first message or as the answer to the value
    question: later numbers are report numbers, phone numbers and dates."""
    text = message.text
    if known.get("claim_type") is None:
        claim_type = claim_type_from_text(text)
        if claim_type:
            slots["claim_type"] = claim_type
    if message.intent == "report_claim" and known.get("loss_date") is None:
        # "stolen last Friday": the date in a first message is the date of the loss.
        reading = read_loss_date(text, today)
        if reading.value:
            slots["loss_date"] = reading.value.isoformat()
    if CARE_PLAN.search(text) and known.get("has_care_plan") is None:
        slots["has_care_plan"] = True
    item_type = message.first("item_type")
    if item_type in ITEM_TYPES:
        slots["item_type"] = item_type
    amounts = [float(v) for v in message.entity_values("amount") if isinstance(v, int | float)]
    if amounts and (message.intent == "report_claim" or requested_slot in {None, "item_value"}):
        _set_value(max(amounts), slots, problems)
    currency = message.first("currency")
    if currency in {"USD", "NZD"}:
        slots["currency"] = currency


def _set_value(value: float, slots: dict[str, Any], problems: list[str]) -> None:
    issue = value_problem(value)
    if issue:
        problems.append(PROBLEMS[f"item_value_{issue}"])
    else:
        slots["item_value"] = value


Reader = Callable[[UserMessage, dict[str, Any], date, dict[str, Any], list[str]], None]


def _claim_type(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    chosen = message.first("claim_type")
    if chosen in {"theft", "lost", "damage"}:
        slots["claim_type"] = chosen


def _item_type(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    mentions = item_mentions(message.text)
    if mentions:
        slots["item_type"] = mentions[0].value
    elif message.intent in {"inform", "nlu_fallback"} and len(message.text.split()) <= 4:
        slots["item_type"] = "other"  # "a tiara", "my grandad's cufflinks": kept, described later


def _item_value(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    amount = read_amount(message.text)
    if amount is None:
        problems.append(PROBLEMS["item_value_missing"])
        return
    _set_value(amount.value, slots, problems)
    if amount.currency:
        slots["currency"] = amount.currency


def _date_reader(slot: str) -> Reader:
    def read(
        message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
    ) -> None:
        reading = read_loss_date(message.text, today)
        if reading.value:
            slots[slot] = reading.value.isoformat()
        else:
            problems.append(PROBLEMS[f"{slot}_{reading.problem}"])

    return read


def _free_text(slot: str, minimum_words: int = 2) -> Reader:
    def read(
        message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
    ) -> None:
        text = " ".join(message.text.split())[:2000]
        if len(text.split()) >= minimum_words and not looks_like_code(text):
            slots[slot] = text
        else:
            problems.append(PROBLEMS[slot])

    return read


def _yes_no(slot: str, yes: re.Pattern[str] | None = None) -> Reader:
    def read(
        message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
    ) -> None:
        if message.intent == "affirm":
            slots[slot] = True
        elif message.intent == "deny":
            slots[slot] = False
        elif yes is not None and yes.search(message.text):
            slots[slot] = not NOT_SPECIFIED.search(message.text)

    return read


def _police_report(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    # Markup or code is nobody's report number or reason: every path below stores the
    # text, so it is refused before any of them (a "no" in it once skipped this check).
    if looks_like_code(message.text):
        problems.append(PROBLEMS["police_report_number"])
        return
    number = police_reference(message.text)
    if number:
        slots["police_report_number"] = number
    elif message.intent == "deny" or NO_POLICE_REPORT.search(message.text):
        slots["police_report_number"] = NO_REPORT_MARK + " ".join(message.text.split())[:300]


def _documents(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    codes = documents_from_text(message.text)
    if codes is None and message.intent == "deny":
        codes = []
    if codes is not None:
        slots["proof_documents"] = codes


def _name(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    name = clean_name(message.text)
    if name:
        slots["claimant_name"] = name


def _email(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    email = find_email(message.text) or message.text.strip()
    if email_problem(email) is None:
        slots["claimant_email"] = email
    else:
        problems.append(PROBLEMS["claimant_email"])


def _phone(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    phone = find_phone(message.text)
    if phone and phone_problem(phone) is None:
        slots["claimant_phone"] = phone
    else:
        problems.append(PROBLEMS["claimant_phone"])


def _confirmation(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    """Yes submits; anything else is read as a correction of one answer."""
    if message.intent == "affirm" or SUBMIT.match(message.text):
        slots["claim_confirmed"] = True
        return
    correction = read_correction(message, known, today)
    if correction.slots:
        slots.update(correction.slots)
    elif correction.problem:
        problems.append(correction.problem)
    else:
        problems.append(PROBLEMS["claim_confirmed"])


# What the "not saved" message and the summary's button tell the user to say.
SUBMIT = re.compile(r"^\s*(yes,? )?(please )?(submit( it)?|try again|send it)\b", re.I)


# Keywords that say which answer a correction at the summary is about.
CORRECTION_TARGETS: tuple[tuple[str, str], ...] = (
    (r"\be-?mail\b|@", "claimant_email"),
    (r"\bphone\b|\bnumber is\b|\bmobile\b|\bcell\b", "claimant_phone"),
    (r"\bname\b", "claimant_name"),
    (r"\bpolice\b|\breport\b", "police_report_number"),
    (
        r"\bdate\b|\bhappened on\b|\byesterday\b|\blast (week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        "loss_date",
    ),
    (r"\bvalue\b|\bworth\b|\$|\bcost\b|\d+k\b", "item_value"),
    (r"\bdocuments?\b|\breceipt\b|\bphotos?\b|\bvaluation\b|\bstatement\b", "proof_documents"),
    (r"\bspecified\b|\bscheduled\b|\blisted\b", "was_specified"),
    (r"\bstolen\b|\blost\b|\bdamaged\b|\btype\b", "claim_type"),
    (r"\bwhat happened\b|\bdescription\b", "loss_description"),
)


def read_correction(message: UserMessage, known: dict[str, Any], today: date) -> FormReading:
    low = message.text.lower()
    for pattern, slot in CORRECTION_TARGETS:
        if not re.search(pattern, low):
            continue
        if slot == "claim_type":
            claim_type = claim_type_from_text(message.text)
            return FormReading(slots={"claim_type": claim_type} if claim_type else {})
        value_text = re.sub(r"^.*?\b(is|was|to|should be|:)\s+", "", message.text, count=1, flags=re.I)
        slots: dict[str, Any] = {}
        problems: list[str] = []
        reader = READERS[slot]
        reader(UserMessage(value_text, "inform", message.entities), known, today, slots, problems)
        if slot == "was_specified" and slot not in slots:
            slots[slot] = not NOT_SPECIFIED.search(message.text)
        return FormReading(slots=slots, problem=problems[0] if problems else None)
    return FormReading()


READERS: dict[str, Reader] = {
    "claim_type": _claim_type,
    "item_type": _item_type,
    "item_value": _item_value,
    "loss_date": _date_reader("loss_date"),
    "purchase_date": _date_reader("purchase_date"),
    "loss_description": _free_text("loss_description", minimum_words=3),
    "has_care_plan": _yes_no("has_care_plan", CARE_PLAN),
    "was_specified": _yes_no("was_specified", YES_SPECIFIED),
    "police_report_number": _police_report,
    "last_seen": _free_text("last_seen"),
    "search_done": _free_text("search_done"),
    "proof_documents": _documents,
    "claimant_name": _name,
    "claimant_email": _email,
    "claimant_phone": _phone,
    "claim_confirmed": _confirmation,
}

_LABELS = {
    "claim_type": "the kind of claim",
    "item_type": "the piece",
    "item_value": "the value",
    "loss_date": "the date",
    "claimant_name": "your name",
    "claimant_email": "your email",
    "claimant_phone": "your phone",
    "police_report_number": "the police report",
    "proof_documents": "your documents",
    "was_specified": "whether it was listed",
    "loss_description": "what happened",
}


def _describe(slot: str) -> str:
    return _LABELS.get(slot, slot)
