"""The summary's answer: a yes submits; a change is applied and the summary shown again.
A correction names its answer ("the date should be the 14th") or is known by its new
value's form ("it was the 14th not the 15th", "stolen not lost"); a yes with a question
after it ("looks good, can I add photos later?") is still a yes.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from bot.language.answers import FormReading, UserMessage, is_question_shaped
from bot.language.claim.claim_type import claim_type_from_text
from bot.language.claim.common import SET_ASIDE, _say_back
from bot.language.claim.contacts import claim_region
from bot.language.claim.documents import _documents_said
from bot.language.claim.listing import says_not
from bot.language.claim.piece import _item_type_said, _set_value, _value_corrected
from bot.language.claim.police import (
    DATE_LIKE,
    POLICE_LINES,
    REFERENCE_TOKEN,
    SPOKEN_SEPARATOR,
    _is_reference,
    _station_prefix,
)
from bot.language.contact import EMAIL_IN_TEXT, PHONE_IN_TEXT, clean_name, name_put_in_place, name_set_right
from bot.language.dates import read_loss_date
from bot.language.yes_no import read_yes_no
from bot.rules.claims import LONGEST_ANSWER_CHARS, NO_REPORT_MARK
from bot.wording.claims import CLAIM_PROBLEMS


def _confirmation(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    """Yes submits; a changed answer is applied (and the summary shown again, not
    submitted); a yes whose only other words change nothing submits too."""
    text = message.text
    agreed = _agrees_to_summary(message)
    # "looks good, can I add photos later?": a question after the yes changes nothing.
    read_from = _without_questions(text) if agreed else text
    # A plain yes is read for a named answer only ("correct with the Wednesday date"); a
    # value alone is a change only with words that make it one ("yes but it's the 14th").
    by_form = not agreed or bool(CHANGE_WORDS.search(read_from)) or _reads_as_a_new_answer(read_from)
    said = UserMessage(read_from, message.intent, message.entities)
    correction = read_correction(said, known, today, by_form=by_form)
    changed = {k: v for k, v in correction.slots.items() if known.get(k) != v}
    if agreed and not CHANGE_WORDS.search(read_from):
        # "yes please, my partner will email the receipt tomorrow": a document named
        # beside a plain yes is one to come, not a change of the list.
        changed.pop("proof_documents", None)
    if changed:
        # "yes except the date should be the 14th", "sorry it was the 14th not the 15th":
        # the change is applied and the summary shown again; nothing is submitted.
        slots.update(changed)
        slots["claim_confirmed"] = False
        return
    if agreed and not (CHANGE_ASKED.search(read_from) and not correction.slots):
        # "yes thanks", "yes w the phone fixed", "yes with the $1,300" (the change just
        # made), "yes, though I'm not sure of the date": nothing to change.
        slots["claim_confirmed"] = True
        if read_from != text and ADD_LATER.search(text):
            _say_back(slots, ADD_PROOF_LATER)
        return
    if not correction.slots and _a_detail_set_right(text, known):
        # "actually it was the blue line not the red line": a detail of the story set
        # right; added to what happened (said back), so it is not lost.
        told = f"{known['loss_description']} (corrected: {' '.join(text.split())})"
        slots["loss_description"] = told[:LONGEST_ANSWER_CHARS]
        slots["claim_confirmed"] = False
        return
    if correction.problem:
        problems.append(correction.problem)
    else:
        problems.append(CLAIM_PROBLEMS["claim_confirmed"])


# Words enough for a detail of the story ("it was the blue line not the red line").
DETAIL_WORDS = 5


def _a_detail_set_right(text: str, known: dict[str, Any]) -> bool:
    """A fact set aside for another ("X not Y") that is no answer of the summary's, told
    as a statement, with a story to add it to."""
    return (
        bool(known.get("loss_description"))
        and bool(SET_ASIDE.search(text))
        and not CHANGE_ASKED.search(text)
        and not is_question_shaped(text)
        and len(text.split()) >= DETAIL_WORDS
    )


def _agrees_to_summary(message: UserMessage) -> bool:
    text = message.text
    if (
        message.intent == "affirm"
        or SUBMIT.match(text)
        or AGREED.search(text)
        or AGREED_AS_CHANGED.search(text)
    ):
        return True
    if SAID_RIGHT.search(text) and not NEGATED.search(text):
        return True  # "the 15th is right", "the date's correct now"
    agreed = read_yes_no(_without_questions(text) or text, message.intent)
    return agreed is not None and agreed.answer in {"yes", "between"} and not NOT_YET.search(text)


def _without_questions(text: str) -> str:
    """The sentences of a message that ask nothing (a dot inside an email or a figure
    ends no sentence)."""
    if "?" not in text:
        return text
    kept = [part for part in WHOLE_SENTENCE.findall(text) if not part.rstrip().endswith("?")]
    return " ".join(" ".join(kept).split())


WHOLE_SENTENCE = re.compile(r"(?:[^.!?;]|[.!?;](?=\S))+[.!?;]*")


def _reads_as_a_new_answer(text: str) -> bool:
    """A yes with a new email or phone after it ("yes, 602-555-0419"): read as the
    change. A date or a small number beside a yes is no change ("yep, the police will
    call on the 3rd")."""
    return "@" in text or sum(c.isdigit() for c in text) >= MIN_PHONE_DIGITS


# An answer on the summary said to be right: "the 15th is right", "that all looks fine".
SAID_RIGHT = re.compile(r"(\b(is|are|all|looks?|now)|'s|'re)\s+(all\s+)?(right|correct|fine|good)\b", re.I)

NEGATED = re.compile(r"\b(not|never|no)\b|n'?t\b", re.I)

# A yes that still wants something changed: "yes but the date is wrong".
CHANGE_ASKED = re.compile(
    r"\b(wrong|incorrect|not right|isn'?t right|should (be|say)|fix|change|except|typo|mistake|"
    r"update|instead|i meant|not quite)\b",
    re.I,
)

# Words that make a yes with a new value a change ("mostly yes but my email is ...").
CHANGE_WORDS = re.compile(
    rf"{CHANGE_ASKED.pattern}|\b(but|not|actually|sorry|wait|oops|it'?s|it was|it is)\b", re.I
)

# "yes, not yet though": no agreement to send.
NOT_YET = re.compile(r"\b(not yet|hold on|hang on|wait)\b", re.I)

# "can I add photos later?", "can I send the receipt after?": proof to come.
ADD_LATER = re.compile(
    r"\b(add|send|upload|attach|give|provide|email)\b[^?]*\b(later|after|afterwards|another time|when i find)\b",
    re.I,
)

ADD_PROOF_LATER = (
    "Yes: once the claim is saved you can still send photos or documents here in the chat, "
    "and they are added to it. The team will go over anything still to add when they get in touch."
)


def agrees_and_asks_to_add_later(message: UserMessage) -> bool:
    """ "looks good, can I add photos later?", "yes, can my husband add the value
    later?": a yes to the summary, with a question the summary's answer covers."""
    return bool(ADD_LATER.search(message.text)) and _agrees_to_summary(message)


# What the "not saved" message and the summary's button tell the user to say.
SUBMIT = re.compile(r"^\s*(yes,? )?(please )?(submit( it)?|try again|send it)\b", re.I)

# A yes to the summary as just changed: "yes, with the fixed email", "yep, now that the
# phone is right", "correct with the new date", "ok as amended", "yes w the phone fixed".
AGREED_AS_CHANGED = re.compile(
    r"^\W*(yes|yep|yeah|yup|ok(ay)?|sure|correct|right|good|great|perfect|all good|looks (good|right))\b"
    r"[^.?!]{0,20}?\b(with|w/?|now|including|after|as)\s+([\w'$,.]+\s+){0,4}?(fixed|corrected|new|updated|changed|amended|right|correct|fix|fixes|change|changes|correction|"
    r"corrections|update|updates|edit|edits)\b",
    re.I,
)

# Agreement in other words, when the message names nothing to change.
AGREED = re.compile(
    r"^\W*(ok(ay)?|k|kk|sweet|perfect|great|lovely|cool|all good|looks (good|right|correct|fine)|"
    r"(that'?s|thats|it'?s|all) (right|correct|good|fine|it)|correct|go (for it|ahead)|"
    r"send (it|that)|lodge it|file it|do it|sounds (good|right))\b",
    re.I,
)

# The police report named at the summary: "the report number", "police ref", "case no.",
# "incident number"; never a valuation's or a grading report, nor a case in "in that case".
POLICE_NAMED = re.compile(
    r"\b(police|cops?)\b|(?<!valuation )(?<!valuer's )(?<!grading )(?<!appraisal )(?<!jeweller's )(?<!jeweler's )"
    r"(?<!property )\breport\b|\b(case|incident|crime|event|occurrence|file|ref(erence)?)\s*"
    r"(number|no\b\.?|num\b|#|ref\b)|\bref(erence)?\b(?!\s+(to|for)\b)",
    re.I,
)

# Words that name the claimant's phone outright (a "number" alone may be the report's).
PHONE_NAMED = re.compile(r"\b(phone|mobile|cell|cellphone|landline|ph)\b", re.I)

# Keywords that say which answer a correction at the summary is about.
CORRECTION_TARGETS: tuple[tuple[str, str], ...] = (
    (r"\be-?mail\b|@", "claimant_email"),
    # Before the phone: "the report number is wrong, it's 26-33871" names the report.
    (POLICE_NAMED.pattern, "police_report_number"),
    (r"\bphone\b|\bnumber is\b|\bmobile\b|\bcell\b|\bmy (number|no\.?)\b", "claimant_phone"),
    (r"\b(sur|first |last |family |middle )?name\b|\bspel(t|led|ling)\b", "claimant_name"),
    (
        r"\bdate\b|\bhappened on\b|\byesterday\b|\blast (week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        "loss_date",
    ),
    (r"\bvalue\b|\bworth\b|\$|\bcost\b|\d+k\b", "item_value"),
    (
        r"\bdocuments?\b|\breceipt\b|\bphotos?\b|\bvaluation\b|\bstatement\b|\bapprais\w*|\bgrading\b|"
        r"\bcert(ificate)?s?\b|\bgia\b|\bserial\b",
        "proof_documents",
    ),
    (r"\bspecified\b|\bscheduled\b|\blisted\b", "was_specified"),
    (r"\bstolen\b|\blost\b|\bdamaged\b|\btype\b", "claim_type"),
    (r"\bwhat happened\b|\bdescription\b", "loss_description"),
)


def read_correction(
    message: UserMessage, known: dict[str, Any], today: date, by_form: bool = True
) -> FormReading:
    """A correction at the summary: the answer it names ("the date should be the 14th",
    "my email is wrong, it's ..."), else, with `by_form`, the answer its new value's
    form tells ("it was the 14th not the 15th", "it says 4,800 not 3,800", "my
    engagement ring not the band", "stolen not lost")."""
    added = _documents_added(message.text, known)
    if added is not None:
        return added
    named = _correction_named(message, known, today)
    if named.slots and any(known.get(k) != v for k, v in named.slots.items()):
        return named
    if by_form:
        shaped = _correction_by_form(message, known, today)
        if shaped.slots:
            return shaped
    return named


# A document the summary left out: "the grading report is missing from the list", "you
# forgot the GIA cert", "also I have photos", "add the valuation". Added to the proof; the
# "missing" is the list's, never the piece's.
DOCUMENT_ADDED = re.compile(
    r"\b(?:is|are)\s+(?:missing|left (?:off|out)|not (?:on|in))\s+(?:from\s+|of\s+)?(?:the|my|your|that)\s+"
    r"(?:list|summary|proof|documents?)\b"
    r"|\b(?:missing from|left (?:off|out of)|not on|isn'?t on|wasn'?t on|not in) (?:the|my|your|that) (?:list|summary)\b"
    r"|\b(?:you )?(?:forgot|forgotten|missed|left off|left out|didn'?t (?:include|list|put|add|mention))\b"
    r"|\b(?:also|and) (?:i |we )?(?:have|got|kept)\b|\b(?:please )?(?:add|include)\b"
    r"|\b(?:is|are|'s) missing\b(?=[^.;!?]{0,30}\b(?:i|we) (?:do |still |definitely )?(?:have|got)\b)",
    re.I,
)


def _documents_added(text: str, known: dict[str, Any]) -> FormReading | None:
    """The proof with the documents the message adds, when it adds any."""
    if not DOCUMENT_ADDED.search(text):
        return None
    named, _lacking = _documents_said(DOCUMENT_ADDED.sub(" ", text))
    had = list(known.get("proof_documents") or [])
    added = [code for code in named if code not in had]
    if not added:
        return None
    return FormReading(slots={"proof_documents": had + added})


# Words that make a list of documents at the summary the whole list, not an addition:
# "it's only the valuation", "wrong, just photos", "no receipt, photos and valuation".
REPLACES_THE_LIST = re.compile(
    r"\b(only|just|instead|wrong|incorrect|not|no|don'?t|dont|isn'?t|aren'?t|never|none|should (be|say))\b",
    re.I,
)


def _documents_merged(text: str, reading: FormReading, known: dict[str, Any]) -> FormReading:
    """Documents named at the summary as had ("the photos are on my phone") join those
    given before; a list said to be the whole of it, or a document said to be lacking,
    replaces or removes."""
    if REPLACES_THE_LIST.search(text):
        return reading
    named = list(reading.slots["proof_documents"])
    _had, lacking = _documents_said(text)
    kept = [code for code in known.get("proof_documents") or [] if code not in lacking and code not in named]
    return FormReading(
        slots={**reading.slots, "proof_documents": kept + named}, problem=reading.problem, notes=reading.notes
    )


def _correction_named(message: UserMessage, known: dict[str, Any], today: date) -> FormReading:
    low = message.text.lower()
    first = FormReading()
    for pattern, slot in CORRECTION_TARGETS:
        if not re.search(pattern, low):
            continue
        if slot in {"claimant_phone", "claimant_email"} and SOMEONE_ELSES_CONTACT.search(message.text):
            continue  # "my husband's number is ...": not the claimant's own
        if (
            slot == "claimant_phone"
            and POLICE_NAMED.search(message.text)
            and not PHONE_NAMED.search(message.text)
        ):
            continue  # "the case number is 26-38817": the report's number, not a phone
        if slot == "police_report_number":
            reading = _reference_named(message, known, today)
        elif slot == "claimant_name":
            reading = _name_named(message.text, known)
        elif slot == "claim_type":
            claim_type = claim_type_from_text(SET_ASIDE.sub(" ", message.text))
            reading = FormReading(slots={"claim_type": claim_type} if claim_type else {})
        elif slot == "proof_documents" and _value_corrected(message.text, known) is not None:
            # "the valuation says 3,100 not 2,600": the document named is where the new
            # value comes from; the value is what changes.
            continue
        else:
            reading = _read_named(message, slot, known, today)
        if slot == "proof_documents" and reading.slots.get("proof_documents") is not None:
            reading = _documents_merged(message.text, reading, known)
        if slot == "claimant_phone" and _reference_shaped(str(reading.slots.get(slot) or ""), known):
            # A reference's shape ("26-33871", "LP/1187/XI") is never a phone: with a
            # report on the claim, the number is the report's, else it is asked.
            reading = _as_reference(str(reading.slots[slot]), known)
        if reading.slots:
            return reading
        if first.problem is None and reading.problem:
            first = reading
    return first


def _read_named(message: UserMessage, slot: str, known: dict[str, Any], today: date) -> FormReading:
    # The readers (answers.READERS) include this module's own, for the summary: imported
    # when a correction is read, as answers.py imports this module.
    from bot.language.claim.answers import READERS

    value_text = re.sub(r"^.*?\b(is|was|to|should be|:)\s+", "", message.text, count=1, flags=re.I)
    slots: dict[str, Any] = {}
    problems: list[str] = []
    READERS[slot](UserMessage(value_text, "inform", message.entities), known, today, slots, problems)
    if slot == "was_specified" and slot not in slots:
        slots[slot] = not says_not(message.text)
    return FormReading(slots=slots, problem=problems[0] if problems else None)


# Another person's number or email, given beside the claimant's.
SOMEONE_ELSES_CONTACT = re.compile(
    r"\b(husband|wife|partner|mum|mom|dad|son|daughter|brother|sister|friend|boss)'?s\s+"
    r"(phone|number|mobile|cell|e-?mail|address|one)\b",
    re.I,
)


def _correction_by_form(message: UserMessage, known: dict[str, Any], today: date) -> FormReading:
    """The answer a new value's form belongs to, when no answer is named: an email, a
    phone, a piece, the kind of claim, an amount, a date (the first that reads, and
    changes what was given)."""
    text = message.text
    kept = " ".join(SET_ASIDE.sub(" ", text).split())
    as_answer = UserMessage(kept, "inform", ())
    if SOMEONE_ELSES_CONTACT.search(text):
        kept = PHONE_IN_TEXT.sub(" ", EMAIL_IN_TEXT.sub(" ", kept))
    if EMAIL_IN_TEXT.search(kept):
        return _read_named(UserMessage(kept, "inform", ()), "claimant_email", known, today)
    item_type = _item_type_said(message, "item_type", known)
    if item_type and item_type != known.get("item_type"):
        return FormReading(slots={"item_type": item_type})
    claim_type = claim_type_from_text(kept)
    # "the valuation is missing": said of a document, at the summary about the proof.
    about_documents = any(_documents_said(kept))
    if claim_type and claim_type != known.get("claim_type") and not about_documents:
        return FormReading(slots={"claim_type": claim_type})
    value = _value_corrected(text, known)
    if value is not None:
        slots: dict[str, Any] = {}
        problems: list[str] = []
        _set_value(value, slots, problems)
        return FormReading(slots=slots, problem=problems[0] if problems else None)
    reading = read_loss_date(kept, today, claim_region(text, known, {}))
    if reading.value and not reading.approximate and reading.value.isoformat() != known.get("loss_date"):
        return FormReading(slots={"loss_date": reading.value.isoformat()})
    if PHONE_IN_TEXT.search(kept) and sum(c.isdigit() for c in kept) >= MIN_PHONE_DIGITS:
        as_phone = _read_named(as_answer, "claimant_phone", known, today)
        phone = str(as_phone.slots.get("claimant_phone") or "")
        if _reference_shaped(phone, known):
            return _as_reference(phone, known)
        return as_phone
    return FormReading()


def _shape(value: str) -> str:
    """A value's form with every digit alike: "26-33871" and "26-33817" share one."""
    return re.sub(r"\d", "9", value.strip())


# "26-33871", "2026-118834", "24/00917": a year's digits, a separator, then the number:
# how police references are written, never a phone (no phone starts with a 2-digit group
# and one long run; New Zealand's "09-..." starts with 0).
YEAR_FIRST_REFERENCE = re.compile(r"(?:[1-9]\d|20\d\d)[-/]\d{4,8}")


def _reference_shaped(value: str, known: dict[str, Any]) -> bool:
    """A value written as a police reference: with letters or a slash, a year first, or
    the very form of the claim's report number."""
    value = value.strip()
    if not value or not re.search(r"\d", value):
        return False
    if re.search(r"[A-Za-z/]", value) or YEAR_FIRST_REFERENCE.fullmatch(value):
        return True
    report = str(known.get("police_report_number") or "")
    phone = str(known.get("claimant_phone") or "")
    return (
        bool(report)
        and not report.startswith(NO_REPORT_MARK)
        and _shape(value) == _shape(report)
        and _shape(value) != _shape(phone)
    )


# A phone as people write one: "443-555-0127", "(443) 555 0127", "021 555 0199".
PHONE_FORM = re.compile(r"\+?\(?\d{2,4}\)?[-. ]?\d{3}[-. ]?\d{3,4}")


def _phone_shaped(value: str, known: dict[str, Any]) -> bool:
    """A value written as a phone: the claim's phone's own form, or a phone's usual one."""
    phone = str(known.get("claimant_phone") or "")
    return bool(PHONE_FORM.fullmatch(value.strip())) or (bool(phone) and _shape(value) == _shape(phone))


def _as_reference(value: str, known: dict[str, Any]) -> FormReading:
    """A reference-shaped number read at the summary: the report's, when the claim has
    one (or is a theft); otherwise asked, never stored as a phone."""
    report = str(known.get("police_report_number") or "")
    if (report and not report.startswith(NO_REPORT_MARK)) or known.get("claim_type") == "theft":
        return FormReading(slots={"police_report_number": value})
    return FormReading(problem=REFERENCE_NOT_PHONE)


REFERENCE_NOT_PHONE = (
    "That looks like a reference rather than a phone number. Which should I change? "
    'For example "my phone is 021 555 0199" or "the police report is 26-33871".'
)

REFERENCE_ASKED = 'What should the police report number be? For example "the report number is 26-33871".'


def _reference_named(message: UserMessage, known: dict[str, Any], today: date) -> FormReading:
    """The police reference named at the summary: the new reference in the message (not
    the one set aside, "X not Y", nor the one already on the claim), wherever it sits;
    without one, the report question's own reader ("there's no report yet")."""
    text = SPOKEN_SEPARATOR.sub(
        lambda m: "-" if m.group(1).lower() in {"dash", "hyphen"} else "/", message.text
    )
    kept = SET_ASIDE.sub(" ", text)
    old = str(known.get("police_report_number") or "")
    found = [
        m
        for m in REFERENCE_TOKEN.finditer(kept)
        if re.search(r"\d", m.group(0))
        and not DATE_LIKE.fullmatch(m.group(0))
        and m.group(0).lstrip("#") not in POLICE_LINES
        and _is_reference(m.group(0))
        and not kept[: m.start()].rstrip().endswith("$")
        and m.group(0).lstrip("#") != old
        and not (_phone_shaped(m.group(0), known) and not _reference_shaped(m.group(0), known))
    ]
    if found:
        best = found[-1]
        return FormReading(
            slots={
                "police_report_number": (_station_prefix(kept[: best.start()]) + best.group(0).lstrip("#"))[
                    :100
                ]
            }
        )
    reading = _read_named(message, "police_report_number", known, today)
    said = str(reading.slots.get("police_report_number") or "")
    if said.startswith(NO_REPORT_MARK) and not NO_REPORT_SAID.search(message.text):
        # "I typed the report number wrong": no new number given, and no report said to
        # be missing; the number is asked for.
        return FormReading(problem=REFERENCE_ASKED)
    if not reading.slots or (_phone_shaped(said, known) and not _reference_shaped(said, known)):
        # "my phone is 443-555-0127, the report is fine": the number is the phone's.
        return FormReading(problem=REFERENCE_ASKED)
    return reading


# "there's no police report", "we never reported it", "not reported yet": the report
# itself said not to exist (a "no" about something else keeps the report as it was).
NO_REPORT_SAID = re.compile(
    r"\b(no|never|haven'?t|didn'?t|not)\b[^.,;!?]{0,20}\b(report(ed)?|police|cops?|filed|lodged)\b"
    r"|\bnot (been )?(reported|filed|lodged)\b",
    re.I,
)


def _name_named(text: str, known: dict[str, Any]) -> FormReading:
    """The name set right at the summary: the whole new name, or one part of it ("the
    surname is Brookes", "my first name's spelt Jaylen"), put in its place."""
    kept = " ".join(SET_ASIDE.sub(" ", text).split())
    cues = list(NAME_VALUE_CUE.finditer(kept))
    tail = kept[cues[-1].end() :] if cues else kept
    tail = NAME_TAIL_NOISE.sub("", tail).strip(" .,!")
    # "put the name as Jonathan Whittaker, two t's, it's my husband's policy": the name
    # after the words that set it, not after the last "it's".
    name = name_set_right(kept) or (clean_name(tail) if tail and not NOT_A_NAME.search(tail) else None)
    if not name or len(name.split()) > 4:
        return FormReading(problem=CLAIM_PROBLEMS["claimant_name"])
    new = name_put_in_place(name, text, known.get("claimant_name"))
    return FormReading(slots={"claimant_name": new})


# Where the new name starts: after the last "it's", "is", "should be", ":" or comma.
NAME_VALUE_CUE = re.compile(
    r"(?:\b(?:it'?s|its|is|should (?:be|read|say|have been)|to|as|spelled|spelt|spell it)\b|[:,;]|\s-\s)\s*",
    re.I,
)
# "..., with an e", "... please", "... sorry": words after the name.
NAME_TAIL_NOISE = re.compile(
    r"\s*\b(with (an?|two|double) \w+|please|pls|thanks|thank you|cheers|sorry|sry|on the end|at the end)\b.*$",
    re.I,
)
NOT_A_NAME = re.compile(r"\b(wrong|typo|spel\w*|misspel\w*|incorrect|mistake|right|correct|fine)\b", re.I)


# Digits a phone number has at least (a local number without its area code).
MIN_PHONE_DIGITS = 7
