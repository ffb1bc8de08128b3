"""What one message answers in the claim intake, and the summary corrections
(`read_claim_answers`). Like the coverage guide, a message is read whole (in_passing.py);
then the question asked is read by its reader (`READERS`, one per question, from the
modules beside this one). Free-text questions take the message as it is, a "question"
that answers the question asked is read as the answer, each unusable answer gets a
reason and an example, and an answer changed is said back.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from bot.language.answers import (
    CORRECTION_CUE,
    NOT_ANSWERS,
    FormReading,
    UserMessage,
    answer_before_own_question,
    is_question_shaped,
    is_short_answer,
)
from bot.language.claim.claim_type import _claim_type
from bot.language.claim.common import EXPLAINED, FREE_TEXT_SLOTS, NOTES, Reader
from bot.language.claim.confirmation import _confirmation, agrees_and_asks_to_add_later
from bot.language.claim.contacts import _email, _name, _phone, phone_region
from bot.language.claim.dates import _date_reader
from bot.language.claim.documents import _documents
from bot.language.claim.free_text import TELLS_ITS_ANSWER, WHERE_SLOTS, _free_text
from bot.language.claim.in_passing import _read_any_time
from bot.language.claim.piece import (
    _item_type,
    _item_value,
    _one_figure_asked,
    _set_value,
    _two_figures_said_back,
)
from bot.language.claim.police import _police_report
from bot.language.claim.yes_no_questions import _listed, _yes_no
from bot.language.contact import without_name_set_right
from bot.language.facts import CARE_PLAN
from bot.language.money import money_amounts, top_of_range
from bot.language.questions_in_answers import questions_the_question
from bot.language.requests import asks_for_a_person
from bot.language.text import looks_like_code
from bot.rules.claims import CLAIM_TYPES
from bot.rules.regions import DEFAULT_CURRENCY
from bot.wording.claims import CLAIM_PROBLEMS
from bot.wording.common import item_name, money


def read_claim_answers(
    message: UserMessage, requested_slot: str | None, known: dict[str, Any], today: date
) -> FormReading:
    if message.intent in NOT_ANSWERS:
        if not _plain_answer_misfiled(message, requested_slot, known, today):
            return FormReading()
        message = UserMessage(message.text, "inform", message.entities)
    question = not is_short_answer(message.text) and message.text.strip().endswith("?")
    # Markup or code is nobody's question: read it as a (bad) answer to the question asked.
    if (
        message.intent == "faq"
        and not looks_like_code(message.text)
        # At the summary, words that are no question are a yes or a change ("nah it
        # was stolen not lost") whatever the classifier filed them as.
        and (
            requested_slot != "claim_confirmed"
            or (is_question_shaped(message.text) and not agrees_and_asks_to_add_later(message))
        )
        and (question or requested_slot not in FREE_TEXT_SLOTS)
        # "what do you mean searched?": the free-text question's reader explains it.
        and not (requested_slot in WHERE_SLOTS and questions_the_question(message.text))
        and not answers_the_question(message, requested_slot, known, today)
        and not answers_the_question(_without_tag_question(message), requested_slot, known, today)
    ):
        return FormReading()
    slots: dict[str, Any] = {}
    problems: list[str] = []
    if requested_slot != "claim_confirmed" and not looks_like_code(message.text):
        _read_any_time(message, requested_slot, known, today, slots, problems)
    elif requested_slot != "claim_confirmed" and PAYLOAD.match(message.text):
        _read_payload(message, known, slots, problems)
    corrected_item = "item_type" in slots and known.get("item_type") not in (None, slots["item_type"])
    corrected = [
        k
        for k in (
            "item_value",
            "item_type",
            "loss_date",
            "police_report_number",
            "was_specified",
            "claim_type",
            "claimant_name",
        )
        if k in slots and known.get(k) not in (None, slots[k])
    ]
    if requested_slot in FREE_TEXT_SLOTS and corrected_item:
        pass  # "actually it was a necklace" corrects the piece; it is not what happened
    elif requested_slot not in (None, "claim_confirmed", *corrected) and corrected:
        # "oh wait, it was $7,200, I just checked the appraisal" at the proof question:
        # a correction, said back; the question asked is asked again, not answered by it.
        # A sentence of its own that answers it is read ("yesterday. also it's actually
        # a bracelet, not a necklace").
        rest = _without_corrections(
            message.text,
            value_corrected="item_value" in corrected,
            name_corrected="claimant_name" in corrected,
        )
        reader = READERS.get(requested_slot or "")
        if rest and reader:
            # With the name set right, what is left ("can you ... please") answers nothing:
            # the question is asked again, with no word on an answer never given.
            unread = [] if "claimant_name" in corrected else problems
            reader(UserMessage(rest, message.intent, ()), known, today, slots, unread)
    elif requested_slot and requested_slot not in slots:
        reader = READERS.get(requested_slot)
        if reader:
            reader(message, known, today, slots, problems)
    if slots.get("item_value") is not None and requested_slot in {None, "item_value"}:
        slots["item_value"] = top_of_range(message.text, float(slots["item_value"]))
    if requested_slot == "item_value":
        _one_figure_asked(message.text, known, slots, problems)
    if slots.get("item_value") is not None and requested_slot in {None, "item_value"}:
        _two_figures_said_back(message.text, float(slots["item_value"]), slots, known)
    if (
        requested_slot != "claim_confirmed"  # a correction at the summary changes that answer only
        and phone_region(str(slots.get("claimant_phone") or "")) == "NZ"
        and "currency" not in slots
        and known.get("currency") != "NZD"
    ):
        # A New Zealand phone: the "$" said for the value was New Zealand's.
        slots["currency"] = "NZD"
    said_back = tuple(slots.pop(NOTES, ()))
    explained = bool(slots.pop(EXPLAINED, False))
    if requested_slot and requested_slot not in slots and not problems and not slots:
        problems.append(CLAIM_PROBLEMS.get(requested_slot, CLAIM_PROBLEMS["claim_confirmed"]))
    # A claim's opening changes nothing of the claim (a piece talked about before it is
    # not "changed"); from then on, a new answer to an old question is said back.
    opening_a_claim = requested_slot is None and known.get("claim_type") is None
    notes = tuple(
        _changed_note(k, slots, known)
        for k in slots
        if not opening_a_claim
        and slots[k] is not None
        and known.get(k) not in (None, slots[k])
        and k in _LABELS
    )
    return FormReading(
        slots=slots, problem=problems[0] if problems else None, notes=notes + said_back, explained=explained
    )


# A mark inside an email or a figure ("mere.tane@xtra.co.nz", "$4.5k") ends no sentence.
SENTENCE = re.compile(r"(?:[^.!?;]|[.!?](?=[^\s.!?;]))+[.!?;]*")

# A sentence that changes an earlier answer, whose cue ("oh and", "also") or correction
# marks it as such.
CORRECTING_SENTENCE = re.compile(rf"{CORRECTION_CUE.pattern}|\b(wait|no wait|oh and|also|earlier)\b", re.I)


def _without_corrections(text: str, value_corrected: bool = False, name_corrected: bool = False) -> str:
    """The sentences of a message that correct nothing (none when every one does). With
    the value corrected, a sentence with an amount in it is the correction's too ("Sorry,
    I gave you the old figure. The new valuation says $3,400, please use that."); with
    the name set right, the words that set it ("021 555 0142, and put the name as Jo Tane")."""
    if name_corrected:
        text = without_name_set_right(text)
    kept = [
        m.group(0)
        for m in SENTENCE.finditer(text)
        if not CORRECTING_SENTENCE.search(m.group(0)) and not (value_corrected and money_amounts(m.group(0)))
    ]
    return " ".join(" ".join(kept).split())


# "I added it after it was stolen, does that count?", "no receipt, is that a problem?":
# a statement that answers, with a short question about it after; the statement is
# the answer (the question is about what it means, which the intake says in its turn).
TAG_QUESTION = re.compile(
    r"[,;.!-]?\s*(and\s+|but\s+|so\s+)?(does|do|would|will|is|was|can|could)\s+(that|this|it)\s+"
    r"(still\s+)?(count|matter|work|help|make a difference|affect (it|anything|the claim)|"
    r"be (ok|okay|alright|all right|fine|enough|a problem|an issue)|ok|okay|alright|all right|fine|enough|"
    r"a problem|an issue|allowed)\s*\?+\s*$",
    re.I,
)

# "I think so?", "yes? pretty sure": an answer said with a rising voice, not a question.
UNSURE_MARK = re.compile(
    r"^(\W*(i think so|i believe so|think so|i guess so|i guess|probably|maybe|i think|yes|yeah|yep|no|nope|nah))\s*\?+",
    re.I,
)


def _without_tag_question(message: UserMessage) -> UserMessage:
    text = UNSURE_MARK.sub(lambda m: m.group(1) + ",", message.text)
    text = TAG_QUESTION.sub("", text).strip()
    return UserMessage(text or message.text, message.intent, message.entities)


# A goodbye the classifier heard in an answer ("thanksgiving night" has "thanks" in it).
MISFILED_AS_NOT_ANSWERS = frozenset({"goodbye"})

# A person heard in an answer that does not ask for one ("ref 2611/88, the constable
# said someone would be in touch"): read at a question whose answer has a form of its
# own (a reference, an address, a number, a date, an amount), where words alone
# asking for a person cannot be taken for the answer.
HANDOFF_HEARD = "human_handoff"

# A claim's status heard in an answer to where it was looked for or last seen.
STATUS_HEARD = "claim_status"
ASKS_A_STATUS = re.compile(
    r"\b(status|reference|ref|update|progress|heard back|how long|processed|approved|paid out|"
    r"where (is|are) (my|our|the) claim)\b",
    re.I,
)

FORMED_ANSWER_STEPS = frozenset(
    {"police_report_number", "claimant_email", "claimant_phone", "loss_date", "purchase_date", "item_value"}
)


def _plain_answer_misfiled(
    message: UserMessage, requested_slot: str | None, known: dict[str, Any], today: date
) -> bool:
    """An answer to a question with a value of its own (a date, a yes or no, an amount)
    that the classifier filed as a goodbye: it answers, so it is read. A free-text
    question takes any words, so there a goodbye stays a goodbye."""
    if message.intent == STATUS_HEARD and requested_slot in WHERE_SLOTS:
        # "not yet, I only just realised, should I look before I claim?": an answer, then
        # a question about the claim that is no question of its status.
        if questions_the_question(message.text):
            return True  # "what do you mean searched?": the reader says why it is asked
        stated = answer_before_own_question(message)
        return bool(
            stated
            and TELLS_ITS_ANSWER[requested_slot].search(stated.text)
            and not ASKS_A_STATUS.search(message.text)
        )
    misfiled = message.intent in MISFILED_AS_NOT_ANSWERS or (
        message.intent == HANDOFF_HEARD
        and requested_slot in FORMED_ANSWER_STEPS
        and not asks_for_a_person(message.text)
    )
    return (
        misfiled
        and requested_slot not in (None, "claim_confirmed", *FREE_TEXT_SLOTS)
        and answers_the_question(message, requested_slot, known, today)
    )


def answers_the_question(
    message: UserMessage, requested_slot: str | None, known: dict[str, Any], today: date
) -> bool:
    """A statement the classifier filed as a question that answers the question asked:
    "receipt and care plan brochure are both in my email" to the proof question."""
    if is_question_shaped(message.text):
        return False
    slots, problems = _read_by_the_step(message, requested_slot, known, today)
    return requested_slot in slots and not problems


def answers_or_asks_why(
    message: UserMessage, requested_slot: str | None, known: dict[str, Any], today: date
) -> bool:
    """As `answers_the_question`, or a question why the question is asked, which its
    reader explains ("what do you mean searched?": the intake says why it asks, and asks
    again). The step's reader reads the message once for both."""
    slots, problems = _read_by_the_step(message, requested_slot, known, today)
    if slots.get(EXPLAINED):
        return True
    return not is_question_shaped(message.text) and requested_slot in slots and not problems


def _read_by_the_step(
    message: UserMessage, requested_slot: str | None, known: dict[str, Any], today: date
) -> tuple[dict[str, Any], list[str]]:
    """What the question's own reader alone takes from the message as an answer: its
    slots and problems (none at the summary, nor where no reader is)."""
    slots: dict[str, Any] = {}
    problems: list[str] = []
    reader = READERS.get(requested_slot or "")
    if reader is not None and requested_slot != "claim_confirmed":
        reader(UserMessage(message.text, "inform", message.entities), known, today, slots, problems)
    return slots, problems


# A button's payload ("/inform{"claim_type": "theft"}"): braces, but no markup.
PAYLOAD = re.compile(r"^/\w+\{.*\}$", re.S)


def _read_payload(
    message: UserMessage, known: dict[str, Any], slots: dict[str, Any], problems: list[str]
) -> None:
    """A button or payload states its facts as entities; the text itself is not words."""
    stated = message.first("claim_type")
    if stated in CLAIM_TYPES and known.get("claim_type") is None:
        slots["claim_type"] = stated
    amounts = [v for v in message.entity_values("amount") if isinstance(v, int | float)]
    if amounts:
        _set_value(float(max(amounts)), slots, problems)


READERS: dict[str, Reader] = {
    "claim_type": _claim_type,
    "item_type": _item_type,
    "item_value": _item_value,
    "loss_date": _date_reader("loss_date"),
    "purchase_date": _date_reader("purchase_date"),
    "loss_description": _free_text("loss_description", minimum_words=3),
    "has_care_plan": _yes_no("has_care_plan", CARE_PLAN),
    "was_specified": _listed,
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


CLAIM_TYPE_WORDS = {"theft": "a theft", "lost": "a loss", "damage": "damage"}


def _changed_note(slot: str, slots: dict[str, Any], known: dict[str, Any]) -> str:
    """ "Changed: the value, now $7,200.": the new answer said back, so a misreading shows."""
    value = slots[slot]
    if slot == "item_value":
        currency = str(slots.get("currency") or known.get("currency") or DEFAULT_CURRENCY)
        shown = money(float(value), currency)
    elif slot == "item_type":
        shown = item_name(str(value))
    elif slot == "claim_type":
        shown = CLAIM_TYPE_WORDS.get(str(value), str(value))
    elif slot == "was_specified":
        shown = "listed" if value else "not listed"
    elif slot == "proof_documents":
        shown = ", ".join(str(v).replace("_", " ") for v in value) or "none"
    elif slot == "loss_description":
        return f"Changed: {_describe(slot)}."
    else:
        shown = str(value)
    return f"Changed: {_describe(slot)}, now {shown}."
