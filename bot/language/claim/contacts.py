"""The claimant's name, email and phone, at their questions and when said before they are
asked ("I'm Ana, ana@example.com, 021 555 0199"), and the region (NZ or US) the words, the
currency or a phone's form tell. An email or phone the person has not got, or would
rather not give, is noted for staff; one of the two is needed.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from bot.language.answers import UserMessage
from bot.language.claim.common import _assume, _say_back
from bot.language.claim.police import DATE_LIKE, POLICE_CUE, POLICE_LABEL, _is_reference, police_reference
from bot.language.contact import (
    EMAIL_IN_TEXT,
    PHONE_IN_TEXT,
    clean_name,
    corrected_email,
    email_as_typed,
    email_problem,
    emails_in,
    find_phone,
    name_put_in_place,
    name_set_right,
    names_offered,
    phone_problem,
    preferred_email,
    preferred_phone,
    spoken_phone,
)
from bot.language.facts import region_from_text
from bot.language.money import money_amounts
from bot.language.text import looks_like_code
from bot.language.yes_no import DONT_KNOW
from bot.rules.regions import REGION_OF_CURRENCY
from bot.wording.claims import CLAIM_PROBLEMS, NOT_KNOWN_SAYS


def claim_region(text: str, known: dict[str, Any], slots: dict[str, Any]) -> str | None:
    """NZ or US from the words, the currency given, or a phone's country code."""
    currency = slots.get("currency") or known.get("currency")
    phone = str(slots.get("claimant_phone") or known.get("claimant_phone") or "")
    if phone_region(phone):
        return phone_region(phone)
    # The region the person gave (or the site's) orders "12/11" when the words don't say.
    said = region_from_text(text) or REGION_OF_CURRENCY.get(str(currency))
    return said or (str(known["region"]) if known.get("region") in REGION_ORDERS else None)


REGION_ORDERS = ("NZ", "US")


def phone_region(phone: str) -> str | None:
    """NZ or US from a phone's country code, or from New Zealand's own form: a number
    dialled with a leading 0 ("021 555 0199", "09 555 0123"); US numbers never start
    with 0."""
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+64") or digits.startswith("0064"):
        return "NZ"
    if phone.strip().startswith("+1"):
        return "US"
    if re.fullmatch(r"0[2-9]\d{6,9}", digits):
        return "NZ"
    return None


CONTACT_NAME = re.compile(
    r"\b(?i:my name is|my name's|name's|name is|this is|i am|i'm|im)\s+"
    # A title before the name is no part of it: "this is Dr. Alan Whitcombe".
    r"(?:(?i:dr|mr|mrs|ms|miss|mx|prof)\.?\s+(?=[A-Z]\w+\s+[A-Z]))?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|van|de|da|di|le|la|von|del))*)"
)

CONTACT_NAME_ANY_CASE = re.compile(
    r"\b(?:my name is|my name's|name:)\s+(?P<name>[a-z][\w'’-]+(?:\s+[a-z][\w'’-]+)?)", re.I
)

NOT_NAMES = {
    "Not", "So", "Really", "Very", "Sorry", "Looking", "Trying", "Calling", "Writing", "Here", "Just",
    "In", "From", "At", "On", "Devastated", "Gutted", "Worried", "Afraid", "Hoping", "Wondering",
    "Still", "Also", "The", "A", "An", "Back", "Going", "Having", "Pretty", "Quite",
}  # fmt: skip

PHONE_CUE = re.compile(r"\b(phone|mobile|cell|ph|tel|call me|text me|reach me|my number)\b[^\d+]{0,25}", re.I)

EMAIL_CORRECTION = re.compile(
    r"\b(actually|sorry|i meant|correction|oops|my mistake|my bad|wrong|typo|should (be|say|have been)|"
    r"instead|use|new|better|changed?|updated?)\b",
    re.I,
)


def _contacts_said(
    text: str, requested_slot: str | None, known: dict[str, Any], slots: dict[str, Any]
) -> None:
    """Name, email, phone and police reference said before they were asked for."""
    label = POLICE_LABEL.search(text)
    if label and requested_slot != "police_report_number" and not looks_like_code(text):
        reference = police_reference(text[label.end() :])
        if reference and _is_reference(reference):
            slots["police_report_number"] = reference
            # Nothing else in the message is a phone: the number is the report's.
            text = text.replace(reference, " ")
    if requested_slot not in {"claimant_email", "claim_confirmed"}:
        emails = emails_in(text)
        email = emails[0] if len(emails) == 1 else preferred_email(text, emails)
        old = known.get("claimant_email")
        # "sorry, my email is actually ana.ruiz@gmail.com" at a later question: a
        # correction, said back ("Changed: your email, now ...").
        if email and (old is None or (str(old).lower() != email.lower() and EMAIL_CORRECTION.search(text))):
            slots["claimant_email"] = email
    if known.get("claimant_phone") is None and requested_slot not in {
        "claimant_phone",
        "police_report_number",
    }:
        cue = PHONE_CUE.search(text)
        phone = find_phone(text[cue.end() :]) if cue else None
        if phone is None and requested_slot in {"claimant_name", "claimant_email"}:
            phone = find_phone(text)  # "Ana Ruiz, ana@example.com, 021 555 0199"
        if phone is None and re.search(r"(?<![\w$])\+\d", text):
            phone = find_phone(text[text.index("+") :])
        if phone and phone_problem(phone) is None:
            slots["claimant_phone"] = phone
    if known.get("claimant_name") is None and requested_slot != "claimant_name":
        match = CONTACT_NAME.search(text) or CONTACT_NAME_ANY_CASE.search(text)
        if match and match.group("name").split()[0] not in NOT_NAMES:
            name = clean_name(match.group("name"))
            if name:
                slots["claimant_name"] = name
    set_right = name_set_right(text) if requested_slot not in {"claimant_name", "claim_confirmed"} else None
    if set_right:
        # "sorry, put the name as Jonathan Whittaker, two t's" at the email question: the
        # name given before set right, whichever question was asked (said back).
        slots["claimant_name"] = name_put_in_place(set_right, text, known.get("claimant_name"))
    if (
        known.get("police_report_number") is None
        and requested_slot != "police_report_number"
        and "police_report_number" not in slots
    ):
        # Only a police reference: a lost-property ticket on a lost claim is not one.
        theft = (slots.get("claim_type") or known.get("claim_type")) == "theft"
        cue = POLICE_CUE.search(text)
        if cue and (theft or re.search(r"\b(police|cops?)\b", text, re.I)) and not looks_like_code(text):
            rest = text[cue.start() :]
            for found in (slots.get("claimant_phone"), slots.get("claimant_email")):
                rest = rest.replace(str(found), " ") if found else rest
            reference = police_reference(rest)
            if reference and _is_reference(reference):
                slots["police_report_number"] = reference
    if (
        known.get("claimant_phone") is None
        and "claimant_phone" not in slots
        and slots.get("claimant_email")
        and requested_slot not in {"claimant_phone", "police_report_number"}
    ):
        # "I'm Ana Ruiz, ana@example.com, 021 555 0199": contact details listed together;
        # the number among them is the phone (not the report number, a date or an amount).
        rest = text.replace(str(slots["claimant_email"]), " ")
        if slots.get("police_report_number"):
            rest = rest.replace(str(slots["police_report_number"]), " ")
        for amount in sorted(money_amounts(rest), key=lambda a: a.start, reverse=True):
            rest = rest[: amount.start] + " " + rest[amount.end :]
        phone = find_phone(rest)
        if phone and phone_problem(phone) is None and not DATE_LIKE.fullmatch(phone.strip()):
            slots["claimant_phone"] = phone


def _name(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    if looks_like_code(message.text):
        return
    if withholds_a_name(message.text):
        # "I'm not sure", "I'd rather not say": no name, though "I'm ..." reads like one.
        problems.append(CLAIM_PROBLEMS["claimant_name_withheld"])
        return
    # "jon whitaker. actually put the name as Jonathan Whittaker": the name set right wins.
    name = name_set_right(message.text) or clean_name(message.text)
    offered = names_offered(message.text) if name is None else []
    if offered:
        # "ana ruiz (the policy's my mum's, maria ruiz)": two full names, neither marked
        # as the one the claim goes under; which is theirs to say.
        shown = [clean_name(n) or n for n in offered[:3]]
        problems.append(f"Which name should the claim be under: {' or '.join(shown)}?")
        return
    if name is None and (EMAIL_IN_TEXT.search(message.text) or PHONE_IN_TEXT.search(message.text)):
        # "Ana Ruiz, ana@example.com, 021 555 0199": the name is the part without them.
        first_part = re.split(r"[,;\n]|\s-\s", message.text)[0]
        without = PHONE_IN_TEXT.sub(" ", EMAIL_IN_TEXT.sub(" ", first_part))
        name = clean_name(without) if without.strip() else None
    if name:
        slots["claimant_name"] = name
        if len(name.split()) == 1:
            # "Jo", "hey its dee": a first name only; kept, and the full name invited.
            _say_back(slots, f"I've put the claim under {name}. If you'd like your full name on it, tell me.")
        elif TWO_PEOPLE.search(name):
            # "Aroha & Tipene ...": two people; one name may be wanted.
            _say_back(
                slots, f"I've put the claim under {name}. If it should be under one of you, tell me whose."
            )


# A name not given: not known, or kept back ("rather not say", "why do you need it?").
NAME_WITHHELD = re.compile(
    r"\b(rather|prefer|prefer to|like to)\s+(not|n't)\b|\b(won'?t|will not|can'?t|cannot)\s+(say|give|tell|share)\b"
    r"|\bdo(es)?\s+(you|it)\s+(really\s+)?need\b|\bwhy\s+do\s+you\s+need\b|\bnone\s+of\s+your\b"
    r"|\banonymous(ly)?\b|^\W*(skip|pass)\W*$|\bno\s+name\b|\bnot\s+(giving|saying|telling)\b",
    re.I,
)


def withholds_a_name(text: str) -> bool:
    return bool(DONT_KNOW.search(text) or NAME_WITHHELD.search(text))


# "Aroha & Tipene ...", "Sam and Alex ...": two people named together.
TWO_PEOPLE = re.compile(r"\s(&|and|\+)\s", re.I)


def _email(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    emails = emails_in(message.text, spelled=True)
    if len(emails) > 1:
        email = preferred_email(message.text, emails) or corrected_email(message.text, emails)
        if email is None:
            # "personal ana@gmail.com, work ana@acme.com": which one is theirs to say.
            problems.append(f"Which email should we use: {' or '.join(emails[:3])}?")
            return
    else:
        email = emails[0] if emails else message.text.strip()
    if email_problem(email) is None:
        slots["claimant_email"] = email
        if not email_as_typed(message.text, email):
            # Pieced together ("gmail,com", "ana . ruiz @ gmail . com"): said back.
            _say_back(slots, f"I've noted your email as {email}. If that's not right, tell me.")
    elif not emails and _no_contact("claimant_email", message, known, slots, problems):
        return
    else:
        problems.append(CLAIM_PROBLEMS["claimant_email"])


def _phone(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    phone = preferred_phone(message.text) or find_phone(message.text) or spoken_phone(message.text)
    if phone and phone_problem(phone) is None:
        area = AREA_CODE.search(message.text)
        digits = re.sub(r"\D", "", phone)
        if area and len(digits) == LOCAL_DIGITS and area.group("code") not in phone:
            # "555 0199, area code 617": the number with the area code said beside it.
            phone = f"{area.group('code')} {phone}"
        elif len(digits) == LOCAL_DIGITS:
            # "555-0123": a local number, no area code; kept, and said back.
            _say_back(
                slots,
                f"I've noted {phone}, without an area code. If the team may need it, tell me the area code.",
            )
        slots["claimant_phone"] = phone
    elif not phone and _no_contact("claimant_phone", message, known, slots, problems):
        return
    else:
        problems.append(CLAIM_PROBLEMS["claimant_phone"])


AREA_CODE = re.compile(r"\barea code\s*(is\s*|of\s*|:\s*)?\(?(?P<code>\d{2,4})\)?", re.I)

# Digits of a local number without its area code ("555-0123", "688 2214").
LOCAL_DIGITS = 7

# "I don't have email", "no mobile sorry", "I'd rather not give my number", "can you
# just email me instead?": this way of reaching them is not given.
NO_CONTACT = re.compile(
    r"\b(?:don'?t|do not|dont|never)\s+(?:have|use|do|own|got)\b"
    r"|\bhaven'?t got\b|\bno\s+(?:e-?mail|phone|mobile|cell|number|cellphone)\b"
    r"|\b(?:rather|prefer) not\b|\bnot (?:comfortable|keen)\b|\bwon'?t (?:give|share)\b"
    r"|\b(?:don'?t|do not) want to (?:give|share)\b|\bnot (?:giving|sharing)\b"
    r"|\b(?:just|only) (?:e-?mail|call|ring|text|phone)\b|\binstead\b|\bno thanks?\b",
    re.I,
)


def _no_contact(
    slot: str, message: UserMessage, known: dict[str, Any], slots: dict[str, Any], problems: list[str]
) -> bool:
    """The person has no email (or phone), or would rather not give it: the claim goes on
    with the other, said back and marked for staff. Both not given: one is needed."""
    if not NO_CONTACT.search(message.text):
        return False
    other = "claimant_phone" if slot == "claimant_email" else "claimant_email"
    if other in (known.get("assumed_answers") or ()) and not known.get(other):
        problems.append(
            "We need one way to reach you about the claim. "
            'Could you give a phone number or an email, for example "021 555 0199"?'
        )
        return True
    slots[slot] = None
    _assume(slots, known, slot, f"That's fine, {NOT_KNOWN_SAYS[slot]}.")
    return True
