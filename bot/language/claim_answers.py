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
from functools import lru_cache
from itertools import pairwise
from typing import Any

from bot.language.answers import (
    CORRECTION_CUE,
    NOT_ANSWERS,
    FormReading,
    UserMessage,
    cover_figures,
    is_question_shaped,
    is_short_answer,
    one_figure_asked_for,
)
from bot.language.contact import (
    EMAIL_IN_TEXT,
    PHONE_IN_TEXT,
    clean_name,
    corrected_email,
    email_as_typed,
    email_problem,
    emails_in,
    find_phone,
    phone_problem,
    preferred_email,
    spoken_phone,
)
from bot.language.dates import MONTH_NAMES, NOT_THIS_DATE, DateReading, read_loss_date
from bot.language.facts import CARE_PLAN, Mention, item_mentions, region_from_text
from bot.language.money import (
    added_up,
    corrected_value,
    currency_named,
    current_value,
    money_amounts,
    read_amount,
    taken_back,
    top_of_range,
    value_range,
)
from bot.language.questions_in_answers import without_questions
from bot.language.requests import asks_for_a_person
from bot.language.sentence_vectors import sentence_encoder
from bot.language.text import looks_like_code
from bot.language.yes_no import DONT_KNOW, read_yes_no
from bot.rules.advice import value_problem
from bot.rules.claims import (
    CLAIM_TYPES,
    ITEM_TYPES,
    LONGEST_ANSWER_CHARS,
    NO_REPORT_MARK,
    load_claim_knowledge,
)
from bot.rules.regions import CURRENCIES, DEFAULT_CURRENCY, REGION_OF_CURRENCY
from bot.wording.claims import NOT_KNOWN_SAYS
from bot.wording.common import item_name, money

FREE_TEXT_SLOTS = ("loss_description", "last_seen", "search_done")

# A cue after these words does not count: "it wasn't stolen, I lost it".
NEGATED_BEFORE = re.compile(
    r"\b(not|never|wasn'?t|weren'?t|isn'?t|didn'?t|haven'?t|hasn'?t)\s+(\w+\s+)?$"
    # "No break in, nothing", "no sign of a break-in", "without any break-in".
    r"|\b(no|without( any)?|no signs? of( an?| any)?)\s+$"
    # "I don't think anyone stole it", "I doubt it was stolen": a theft ruled out.
    r"|\b(don'?t|do not|doubt|never)\s+(think|believe|reckon|suppose|suspect)\b[^.,;!?]*$|\bdoubt\b[^.,;!?]*$",
    re.I,
)
NOT_THIS_ITEM = re.compile(
    # "not a ring", and the old word a correction names: "I said necklace earlier, it's a pendant".
    r"\bnot (an?|the|my|her|his|our)\s+([\w'-]+\s+)?$|\b(i said|i put|i wrote|i told you|i typed|instead of|rather than)\s+(an?\s+|the\s+|my\s+)?$",
    re.I,
)
# "4,100 with the chain", "plus the chain": a part of the piece, not the piece ("on my
# watch" is the piece itself).
PART_OF_THE_PIECE = re.compile(
    r"\b(with|plus|including|incl\.?)\s+(the|a|an|its|my|her|his)\s+(\w+\s+)?$", re.I
)
DOCUMENT_WORDS: tuple[tuple[str, str], ...] = (
    (
        r"\breceipts?\b|\binvoice\b|\bproof of purchase\b|\b(order|purchase) (confirmation|email)\b|"
        r"\bconfirmation email\b|\btax invoice\b|"
        # The receipt in plain words: "the paper from the store", "the docket", "the till
        # slip", "the paperwork from when we bought it".
        r"(?<!valuation )(?<!appraisal )(?<!insurance )(?<!plan )(?<!grading )(?<!watch )"
        r"\b(papers?|paperwork|slip|bill)\s+(they gave (me|us) )?(from|at)\s+(the|a|my|our)\s+([\w'-]+\s+)?"
        r"(store|shop|jewell?er'?s?|jewell?e?ry (store|shop)|mall|retailer)\b|\bdocket\b|\b(till|sales?) slip\b|"
        r"\bpurchase (papers|paperwork|slip)\b|\b(papers?|paperwork)\s+from when (i|we) (bought|got|purchased)\b",
        "receipt",
    ),
    (
        # "it's on my Amex", "paid by EFTPOS": the purchase on a statement.
        r"\bbank\b(?!\s+(receipt|invoice)s?\b)|\bcard statements?\b|\bcredit card\b(?!\s+(receipt|invoice)s?\b)|"
        r"\bstatements?\b|\bamex\b(?!\s+(receipt|invoice)s?\b)|\bamerican express\b|"
        r"(\bvisa\b|\bmaster ?card\b|\beftpos\b|\bpaypal\b|\bafterpay\b|\blaybuy\b)"
        # "a PayPal receipt", "the Amex invoice": the receipt, paid that way.
        r"(?!\s+(receipt|invoice|confirmation|order)s?\b)",
        "bank_statement",
    ),
    (r"\bvaluations?\b|\bapprais\w*|\bvalued\b", "valuation"),
    (
        r"\bphotos?\b|\bpictures?\b|\bpics?\b|\bsnaps?\b|\bselfies?\b|\binstagram\b|\binsta\b|"
        r"\bfacebook\b|\bphotographs?\b",
        "photo",
    ),
    (r"\bvideos?\b|\bfootage\b|\bfilm(ed)?\b", "video"),
    (
        # A "valuation certificate" is the valuation, not a grading report.
        r"\bgia\b|\bgrading\b|(?<!valuation )(?<!appraisal )(?<!plan )\bcert(ificate)?\b|\bigi\b|\bags\b|\bhrd\b|"
        r"\bdiamond report\b|\blab report\b",
        "grading_report",
    ),
    (
        # A watch's box and papers and its warranty card carry the serial number.
        r"\bserial\b|\bmodel number\b|\breference number\b|\bwarranty card\b|\bbox and papers\b|"
        r"\b(watch|rolex|omega|its|the watch'?s) papers\b",
        "serial_number",
    ),
    (
        # "the protection plan paperwork", "the service plan certificate": the plan's papers.
        r"\bbrochure\b|\bcare plan\b|\b(protection|repair|service|warranty) plan (paperwork|papers|documents?|docs|"
        r"certificate|card|booklet|contract|terms)\b",
        "care_plan_brochure",
    ),
    # "photographs of Mother wearing it", "it was photographed for the valuation".
    (r"\bphotograph(s|ed)?\b", "photo"),
)
NO_DOCUMENTS = re.compile(
    r"^\W*(none|nothing|nada|zilch|no(pe)?|nah|not really|not a thing|sadly no|unfortunately no|"
    r"i (don'?t|do not) have any(thing)?|no documents?|no proof|neither)\b|\bnothing at all\b|"
    r"\bno (documents?|paperwork|proof)\b|\bnone of (them|those|these)\b|"
    # After "you mentioned the receipt, anything else?": nothing more.
    r"^\W*(that'?s (all|it|everything)|nothing (else|more)|no(pe)?,? (that'?s|just) (it|all|those|that))\b",
    re.I,
)
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
YES_SPECIFIED = re.compile(
    r"\b(specified|scheduled|listed|itemi[sz]ed|on (the|my|our) (policy|schedule)|"
    r"add(ed)? (it |them )?(to|on) (the|my|our) (policy|schedule)|(its|their) own line|"
    # "I've already added it to my insurance", "it was added after I lost it".
    r"(added|put) (it|them) (to|on|onto) (the|my|our) (\w+ )?(insurance|cover|homeowners|contents|renters)|"
    r"(it|they) (was|were|got|has been|have been) (added|put on)|"
    # A rider or floater lists the piece; so does a policy of its own.
    r"riders?|floaters?|personal articles|insured (it |them )?separately|separately insured|(separate|own|standalone|stand-alone) (jewell?e?ry )?(policy|cover)|"
    r"(i|we|they|agent|broker) (had |got )?(added|listed|put) (it|them)( on)? (when|as soon as|the day|right after) "
    r"(i|we) (bought|got|purchased)|"
    # "I called my agent and had them added": the listing done by someone else.
    r"(had|got) (it|them) (added|listed|scheduled|specified|put on)|"
    # "it's on there now", "they're on the schedule": listed (now, or since when is read apart).
    r"(it'?s|it is|they'?re|they are) (\w+ )?on (there|it|the list|the schedule)|"
    # "I added it last week after it went missing", "we listed them in 2022", "I rang
    # Tower and added it the next day".
    r"(i|we|they|she|he|mum|mom|dad|and) ((only|just|then|finally|eventually|actually|also) )?"
    r"(added|listed|scheduled|specified|itemi[sz]ed) (it|them)\b|"
    # "it's on there now": a listing, whenever it was made.
    r"(it'?s|it is|they'?re|they are) on (there|it|the list) now)\b",
    re.I,
)
NOT_SPECIFIED = re.compile(r"\b(not|never|wasn'?t|isn'?t|no)\b", re.I)
# Covered as part of something general, which is what "not listed" means: "just under
# contents", "it's only on the blanket", "covered by the house insurance", "unspecified".
UNDER_GENERAL_COVER = re.compile(
    r"\b(unspecified|unscheduled|unlisted|blanket|general (contents|cover|policy)|"
    r"(just|only|simply|part of|under|covered by|covered under|on) (the |my |our )?(general )?"
    r"(contents|house|home|homeowners?|renters|household)( and contents)?( insurance| cover| policy)?\b(?! (policy|insurance|cover)? ?as)|"
    r"not (separately|individually|on its own|by name)|nothing (separate|special))",
    re.I,
)
# Nothing listed, said with a word "no" is not: "nothing itemized", "none of it is
# scheduled", "there's nothing on a schedule", "only have renters", "just got contents".
NOTHING_LISTED = re.compile(
    r"\b(nothing(?:'s|’s)?|none of (it|them|our|my|the)\b[^.;!?]{0,20}?|no (items?|pieces?|jewell?e?ry|rings?))\s+"
    r"(?:(is|are|was|were|'s|'re)\s+)?(?:been\s+)?(?:separately\s+|individually\s+)?"
    r"(itemi[sz]ed|scheduled|specified|listed|named|on (the|a|my|our) (schedule|list|policy))\b"
    r"|\b(only|just)\s+(have|had|got|carry|hold)\s+(a\s+|the\s+|my\s+|our\s+)?(standard\s+|basic\s+|regular\s+|normal\s+)?"
    r"(renters|contents|homeowners?|house|home|condo|ho-?\d)(\s+(insurance|cover|policy))?\b"
    r"(?![^.;!?]*\b(riders?|floaters?|scheduled|specified|itemi[sz]ed|listed)\b)",
    re.I,
)
# Listed, as far as the person can tell from something else: said back, checked by staff.
LISTED_BY_INFERENCE = re.compile(
    r"\b(valuation|appraisal|value) on (file|record)\b|"
    r"\b(asked|told|got) (the|my|our) (broker|agent|insurer) to (add|list|schedule|specify)\b|"
    # "I rang my agent on the 10th to add it": asked for, not known to be done.
    r"\b(called|rang|rung|phoned|contacted|emailed|messaged) (the|my|our) (broker|agent|insurer)\b"
    r"[^.!?]{0,40}\bto (add|list|schedule|specify)\b|"
    r"\bshould be\b.*\b(add|list|schedul|specif)",
    re.I,
)
# Someone else looks after the insurance: the person does not know.
SOMEONE_ELSE_KNOWS = re.compile(
    r"\b(husband|wife|partner|broker|agent|dad|mum|mom|father|mother|parents?|accountant|son|daughter)\b"
    r"[^.?!]{0,25}\b(handles?|does|sorts?|sorted|deals? with|looks? after|takes? care of|manages?|knows)\b"
    r"|\b(i'?d|i would|i'?ll|i will|i) (have|need) to (check|look|ask)\b",
    re.I,
)
# "I added it to my schedule on Nov 3, after it went missing": listed, but only after
# the loss ("right after I bought it" is before).
AFTER_THE_LOSS = re.compile(
    r"(?<!\bever )\b(after|since|once)\b(?!\s+(i|we)\s+(bought|got|purchased|picked))(?!\s+(buying|purchas\w*|getting))"
    # "nothing's changed since", "since then": the time since the listing, not a listing
    # made after the loss (a bare "after" is: "I only listed it after").
    r"(?!(?<=since)\s*([.,;!?)]|$|then\b))"
    r"(?!(?<=since)\s+(i|we|they|he|she)\s+(first\s+)?(listed|added|specified|scheduled|itemi[sz]ed|insured)\b)"
    # "scheduled on my homeowners since 2023", "since day one": listed long before.
    r"(?!\s+((19|20)\d\d|last year|(the )?(start|beginning|day one|first day)|forever|ages|then))"
    # "specified after the valuation", "he scheduled it right after he proposed": an
    # event that comes before any loss (a valuation, the proposal, the wedding).
    r"(?!\s+((the|a|its|my|our|her|his|that) )?(re-?)?(valuations?|appraisals?|proposal|engagement|wedding)\b)"
    r"(?!\s+(i|we|he|she|they) (\w+ )?(proposed|got (engaged|married)|married|(had|got) (it|them) "
    r"(re-?)?(valued|appraised)|(re-?)?valued (it|them)|(re-?)?appraised (it|them))\b)"
    r"(?!\s+(it|they) (was|were|got) (re-?)?(valued|appraised)\b)"
    r"|\b(too late|afterwards)\b",
    re.I,
)
# Listed later in other words: "I rang State the next morning and got it specified",
# "Rang Tower on the Monday and got it specified" (a call to the insurer to list it,
# told with the claim), "I've already added it to my insurance", "it's specified now".
LISTED_LATER = re.compile(
    r"\b(the )?(next|following) (morning|day|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\bthe day after\b|\blater (that|the|on)\b"
    r"|\b(i|we|he|she|they|i'?ve|we'?ve|they'?ve|have|has)\s+(already|just|since|now)\s+"
    r"(added|listed|specified|scheduled|put|insured|got|had)\b"
    r"|\b(is|are|it'?s|they'?re)\s+(\w+\s+)?now\b(?!\s+(for|since))|\bnow (it'?s|it is|they are)\b"
    r"|\b(rang|called|phoned|rung|contacted|emailed|messaged)\b[^.!?]{0,60}?"
    r"\b((got|had|get|have) (it|them) (specified|scheduled|listed|added|itemi[sz]ed|put on)|"
    r"(and|to) ((they|he|she|we|i) )?(add|added|list|listed|specify|specified|schedule|scheduled) (it|them))\b",
    re.I,
)
# "... when we bought it", "since 2021": a listing made before, whatever else is said.
LISTED_AT_PURCHASE = re.compile(
    r"\b(bought|purchas\w*|got engaged|when (i|we) got (it|them)|(19|20)\d\d|years)\b", re.I
)


def _listed_after(text: str) -> bool:
    return bool(AFTER_THE_LOSS.search(text)) or (
        bool(LISTED_LATER.search(text)) and not LISTED_AT_PURCHASE.search(text)
    )


# "not before, but I had them added the day after": a no to "before", then the listing.
CONTRAST = re.compile(r"\b(?:but|though|although|however)\b|^\W*(?:no|nope|nah)\b\W*", re.I)
NOT_BEFORE = re.compile(
    r"\b(not|wasn'?t|weren'?t|never|isn'?t)\s+([\w']+\s+){0,4}?(before|until|till|at the time)\b", re.I
)


# A listing meant but never made: "I was going to add it next month", "never got round
# to scheduling it", "it was on my list to get it specified".
LISTING_ONLY_MEANT = re.compile(
    r"\b(was|were|am|are)\s+(going|gonna|meaning|planning|about|supposed|hoping)\s+to\s+"
    r"(get\s+(it|them)\s+)?(add|list|schedul|specif|itemi[sz]|put\s+(it|them)\s+on|insur)\w*"
    r"|\b(meant|planned|intended|forgot|wanted)\s+to\s+(get\s+(it|them)\s+)?"
    r"(add|list|schedul|specif|itemi[sz]|put\s+(it|them)\s+on)\w*"
    r"|\b(never\s+got|had\s*n[o']t\s+(got|gotten)|didn'?t\s+get)\s+(a)?round\s+to\s+"
    r"(getting\s+(it|them)\s+)?(add|list|schedul|specif|itemi[sz]|putting\s+(it|them)\s+on|insur)\w*"
    r"|\b(on\s+my|on\s+the)\s+(to-?do\s+)?list\s+to\s+(add|list|schedul|specif)\w*",
    re.I,
)
# Listed once, taken off before the loss: "it was on the schedule but we took it off
# last year to save money", "the rider lapsed", "we dropped it from the policy".
LISTING_TAKEN_OFF = re.compile(
    r"\b(took|taken|take|taking|removed|dropped|cut)\s+(it|them|the\s+\w+)\s+(off|from)\s+"
    r"(the|my|our)\s+(\w+\s+)?(policy|schedule|list|insurance|cover|rider)\b"
    r"|\b(took|taken|removed|dropped|cut)\s+(it|them)\s+off\b[^.;!?]{0,40}"
    r"\b(to\s+save|premium|cheaper|cost|money|last\s+year|years?\s+ago|in\s+(19|20)\d\d|when\s+(we|i)\s+renewed)\b"
    r"|\b(rider|floater|listing|schedule|specified\s+cover|cover\s+for\s+it)\s+(had\s+|has\s+)?"
    r"(lapsed|expired|ran\s+out|was\s+cancell?ed|got\s+cancell?ed)\b"
    r"|\b(let|cancell?ed)\s+(the|that|my|our)\s+(rider|floater|listing|specified\s+cover)\b"
    r"|\b(no\s+longer|not\s+anymore|not\s+any\s+more)\s+(listed|specified|scheduled|on\s+(the|my|our)\s+(policy|schedule))\b",
    re.I,
)
# "I added it to the policy last week": the listing's own time, in the clause that tells it.
LISTING_CLAUSE = re.compile(r"\b(added|listed|scheduled|specified|itemi[sz]ed|put)\b[^.;!?]*", re.I)


def _listed_after_the_loss_date(text: str, today: date | None, loss: date | None) -> bool:
    """The listing's own date ("I added it to Lemonade last week") comes after the day of
    the loss (known, or said in the same message: "it went missing in October")."""
    if today is None:
        return False
    clause = LISTING_CLAUSE.search(text)
    if clause is None:
        return False
    listed = read_loss_date(clause.group(0), today)
    if listed.value is None:
        return False
    if loss is None:
        rest = text[: clause.start()] + " " + text[clause.end() :]
        said = read_loss_date(rest, today)
        month = MONTH_ONLY.search(rest)
        loss = said.value or (
            _first_of_month(MONTH_NAMES[month.group("month").lower()], today) if month else None
        )
    return loss is not None and listed.value > loss


SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sentences_of_the_listing(text: str) -> str:
    """The sentences of a story that speak of the listing: a "no" or "it wasn't" in
    another ("the policy says it has to be in a safe, and it wasn't") is not about it."""
    return " ".join(part for part in SENTENCE_END.split(text) if YES_SPECIFIED.search(part))


def listing_said(text: str, today: date | None = None, loss: date | None = None) -> dict[str, bool]:
    """was_specified (and listed_after_loss) from a message that talks of the listing.

    `today` and the `loss` date (when known) date a listing told with its own time."""
    if LISTING_ONLY_MEANT.search(text) or LISTING_TAKEN_OFF.search(text):
        return {"was_specified": False}
    if not YES_SPECIFIED.search(text) or DONT_KNOW.search(text):
        return {}
    if not NOT_SPECIFIED.search(text) and _listed_after_the_loss_date(text, today, loss):
        return {"was_specified": False, "listed_after_loss": True}
    # "no, though I got them listed after": the no is for before; what follows the
    # contrast tells the listing made after.
    turned = CONTRAST.split(text, maxsplit=1)[-1]
    listed_later = bool(YES_SPECIFIED.search(turned) and _listed_after(turned)) and not NOT_SPECIFIED.search(
        turned
    )
    if _listed_after(text) and (not NOT_SPECIFIED.search(text) or NOT_BEFORE.search(text) or listed_later):
        return {"was_specified": False, "listed_after_loss": True}
    return {"was_specified": not NOT_SPECIFIED.search(text)}


PROBLEMS = {
    "claim_type": 'Was it stolen, lost, or damaged? For example "it was stolen" (or pick a button).',
    "item_type": 'Which piece is it? For example "a ring", "earrings" or "a watch".',
    "item_value_missing": (
        'A rough value is enough, for example "$4,000" or "about 4k". '
        "If you can't say at all, tell me and I'll leave it for the insurer to value."
    ),
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


# A kind of claim named as what a policy covers or caps ("doesn't cover loss or
# theft", "a $1,500 limit on jewelry theft") tells nothing of what happened.
POLICY_TERMS = re.compile(
    r"\b(cover\w*|exclud\w*|pays? (out )?(for|on)|(sub)?limits? (on|for)|against)\s+"
    r"((accidental|jewell?e?ry|any|the)\s+)?(loss|theft|damage)((\s*,\s*|\s+(or|and|&)\s+)(loss|theft|damage))*\b"
    r"|\b(loss|theft|damage)\s+(or|and|&)\s+(loss|theft|damage)\b",
    re.I,
)


# A stone gone from its setting is damage to the piece, not the piece lost: "the prong
# broke and the stone's missing", "one of the diamonds is gone", "a pearl missing from
# the strand". Read as a stone come out, which the damage cues name.
STONE_GONE = re.compile(
    r"\b(?:(?:the|a|an|its|one of (?:the|its|my)|some of (?:the|its|my)|(?:two|three|a few) of (?:the|its|my))\s+"
    r"(?:(?:main|centre|center|middle|side|little|small|big|tiny)\s+){0,2})"
    r"(stone|diamond|gem|gemstone|pearl|sapphire|ruby|emerald|opal|crystal|bead)s?"
    r"('s|'re| is| was| are| were| has| have)?( now| just| since)?( been| gone)? (missing|gone|lost)\b",
    re.I,
)


# "Friday just gone", "the weekend gone": a time just past (said in New Zealand), not a
# piece gone.
TIME_JUST_GONE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|fortnight|month|night)"
    r"\s+(just\s+)?gone\b",
    re.I,
)


# "my ring's lost a stone", "it lost one of its diamonds": the piece lost a stone, which is
# a stone come out (damage), not the piece lost.
PIECE_LOST_A_STONE = re.compile(
    r"\b(?:'s|has|had|have|just|it|ring|pendant|necklace|bracelet|earrings?|band)\s+lost\s+"
    r"(?:(?:a|an|one|two|its|the|some|one of (?:the|its|my))\s+)(?:(?:main|centre|center|middle|side|little|small|big|tiny)\s+){0,2}"
    r"(stone|diamond|gem|gemstone|pearl|sapphire|ruby|emerald|opal|crystal|bead)s?\b",
    re.I,
)


def claim_type_from_text(text: str) -> str | None:
    """From how people describe it, with the cues in knowledge/claims.yml.

    Theft first ("burgled, and the box was broken" is a theft); then damage unless a
    loss is plainly said ("the crystal cracked when I dropped it" is damage); then loss
    ("I took it off to put on sunscreen and it's gone")."""
    text = _as_told(text)
    said = _cues_said(text)
    if (
        said("theft")
        or said("theft_by_force")
        or (said("gone_while_people_in") and _people_let_in(text) and not _lost_by_owner(said, text))
        or _gone_while_away(said, text)
    ):
        return "theft"
    damage, lost = said("damage"), said("lost")
    if damage and not lost:
        return "damage"
    if lost or said("lost_unless_damage"):
        return "lost"
    return None


# Words that say the owner lost it ("lost", "dropped", "fell off"), not only that it
# is gone.
LOSS_SAID = re.compile(
    r"\b(lost|lose|losing|misplac\w*|dropp\w*|drop (it|them)|fell (off|out)|slipp?\w* (off|out)|came off|"
    r"overboard|down the|forgot|forgotten|left (it|them) behind)\b",
    re.I,
)
GONE_NOTED_AS_LOST = (
    "I've noted it as lost (gone missing). If you think it was stolen, tell me and I'll change it."
)


# "it must have fallen out of my bag", "I think I lost it on the way": the owner lost it,
# whatever place it was gone from.
FELL_OR_LOST = re.compile(r"\b(fell|fallen|falling|dropp\w*|slipp\w*|lost|lose|losing|misplac\w*)\b", re.I)


def _gone_while_away(said: Callable[[str], bool], text: str) -> bool:
    """Gone from a locker, a bag, a car or a room while the person was away from it ("it
    was gone when I got back"): someone took it, which is a theft."""
    return (
        said("gone_while_people_in")
        and said("back_to_find_it_gone")
        and said("closed_place")
        and not FELL_OR_LOST.search(text)
    )


def _as_told(text: str) -> str:
    """The words with what only looks like a claim type put aside: a policy's terms, a
    stone come out, a day "just gone"."""
    text = POLICY_TERMS.sub(lambda m: " " * len(m.group(0)), text)
    text = STONE_GONE.sub(lambda m: f"{m.group(1)} came out", text)
    text = TIME_JUST_GONE.sub(lambda m: f"{m.group(1)} just past", text)
    text = PIECE_LOST_A_STONE.sub(" the stone came out", text)
    # "nearly lost it when it caught on my jumper": a near miss, no loss.
    text = NEAR_MISS.sub(" ", text)
    # "lost I guess, I left it behind. Unless housekeeping took it": the kind said is the
    # answer; what it is "unless" of is a doubt beside it, not another kind.
    return EXCEPTION_ADDED.sub(" ", text)


EXCEPTION_ADDED = re.compile(r"\bunless\b[^.;!?]*", re.I)
# "nearly lost it", "almost lost the stone", "came close to losing it": it was not lost.
NEAR_MISS = re.compile(
    r"\b(?:nearly|almost|very nearly|just about|practically|came close to|close to)\s+"
    r"(?:lost|lose|losing|dropped|dropping)\b",
    re.I,
)


def _cues_said(text: str) -> Callable[[str], bool]:
    """Whether a kind of cue (knowledge/claims.yml) is said in `text`, not after "not"."""
    cues = load_claim_knowledge().claim_type_cues

    def said(kind: str) -> bool:
        return any(
            not NEGATED_BEFORE.search(text[: m.start()]) for p in cues.get(kind, ()) for m in p.finditer(text)
        )

    return said


# A theft believed, not known: "I think someone at the party took it", "pretty sure one
# of the workers took it", "not accusing him but", "can't prove anything"; and slang that
# may only mean it is gone ("it walked", "it grew legs").
THEFT_BELIEVED = re.compile(
    r"\b(i think|i reckon|reckon|pretty sure|fairly sure|i'?m sure|i bet|suspect\w*|i believe|my guess|"
    r"must have|must'?ve|probably|can'?t prove|cannot prove|no proof|not accusing|not saying)\b"
    r"|\bwalked\b(?! (off|away|out) with)|\b(grew|grown|sprouted) (some |a pair of |its own )?legs\b",
    re.I,
)


def theft_inferred(text: str) -> bool:
    """A theft read from where and when the piece went missing (people let in, or a
    locker or bag left), or believed rather than known: said back, so it can be set right."""
    told = _as_told(text)
    if claim_type_from_text(text) != "theft":
        return False
    said = _cues_said(told)
    return not (said("theft") or said("theft_by_force")) or bool(THEFT_BELIEVED.search(told))


# A cause given as a guess: "could have been the movers", "not sure if it was pinched
# or if I dropped it", "maybe someone took it", "either lost or stolen".
GUESSED_CAUSE = re.compile(
    r"\b(could|might|may)( well)?( have)? (been|be)\b[^.;!?]*"
    r"|\b(maybe|possibly|perhaps)\b[^.;!?]*"
    r"|\b(not sure|unsure|no idea|don'?t know|dunno|can'?t tell|no clue|wondering)\s+(if|whether)\b[^.;!?]*"
    r"|\beither\b[^.;!?]*\bor\b[^.;!?]*",
    re.I,
)


def claim_type_guessed(text: str) -> bool:
    """The kind of claim rests on a guess: read without the guessed part, the words tell
    another kind or none ("it's just gone, could have been the movers"). Then it is
    asked, not taken; "it was stolen, maybe at the gym" still states a theft."""
    if not GUESSED_CAUSE.search(text):
        return False
    if any(_theft_or_loss_left_open(m.group(0)) for m in GUESSED_CAUSE.finditer(text)):
        return True
    return claim_type_from_text(GUESSED_CAUSE.sub(" ", text)) != claim_type_from_text(text)


def _theft_or_loss_left_open(guess: str) -> bool:
    """A guess between a theft and a loss: "not sure if the cleaner took it or I
    misplaced it", "either it was nicked or it fell off". Both readings are open, so the
    kind of claim is asked, whatever else the message says."""
    said = _cues_said(_as_told(guess))
    return said("theft") and (said("lost") or said("lost_unless_damage"))


# "might get stolen", "in case it's lost", "I want to insure the new one": a worry or
# advice wanted, not something that happened.
NOT_AN_EVENT = re.compile(
    # "suppose it gets stolen" is a worry; "I suppose that's the figure" is not.
    r"\b(if|in case|might|could|would|worried|afraid|scared|what happens|hypothetically|(?<!i )suppose|"
    r"insure|insuring|protect\w*|quote|premium|recommend\w*|new one|replacement)\b",
    re.I,
)


def tells_of_a_claim(text: str) -> bool:
    """A statement, not a question or a worry, of what happened to a named piece:
    "I'm Ana, my necklace was stolen yesterday, police report 2611-4471"."""
    if is_question_shaped(text) or NOT_AN_EVENT.search(text):
        return False
    return bool(item_mentions(text)) and claim_type_from_text(text) is not None


def _people_let_in(text: str) -> bool:
    rules = load_claim_knowledge().flag_rules
    return any(r.code == "invited_guest_theft" and any(p.search(text) for p in r.patterns) for r in rules)


def _lost_by_owner(said: Callable[[str], bool], text: str) -> bool:
    """ "I lost it at the party", "it slipped off while dancing": the owner lost it.
    Taking it off and putting it down at home is no loss ("I'd taken it off to wash my
    face" and it was gone after the party): with people in, it is a theft."""
    put_down = re.sub(r"\b(took|take|taken|taking) (it|them|my \w+( \w+)?) off\b", " ", text, flags=re.I)
    return bool(
        any(p.search(put_down) for p in load_claim_knowledge().claim_type_cues.get("lost_unless_damage", ()))
        or re.search(r"\b(lost|lose|losing|misplac\w*)\b", text, re.I)
    )


def nearest_claim_type(text: str) -> str | None:
    """For a paraphrase no cue matches ("my ring has gone walkabout"): the claim type
    of the nearest example sentence, when it is close and clearly closer than the rest.

    It costs a sentence vector (tens of milliseconds), so it runs only where a claim
    type is expected and the rules found none."""
    knowledge = load_claim_knowledge()
    labels, vectors = _example_vectors()
    if not labels or len(text.split()) < 3:
        return None
    scores = vectors @ sentence_encoder().encode([text])[0]
    best: dict[str, float] = {}
    for label, score in zip(labels, scores.tolist(), strict=True):
        best[label] = max(best.get(label, -1.0), score)
    ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)
    top, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else -1.0
    if score >= knowledge.example_min_similarity and score - runner_up >= knowledge.example_min_margin:
        return top
    return None


@lru_cache(maxsize=1)
def _example_vectors() -> tuple[tuple[str, ...], Any]:
    examples = load_claim_knowledge().claim_type_examples
    labels = tuple(label for label, texts in examples.items() for _ in texts)
    if not labels:
        return (), None
    return labels, sentence_encoder().encode([t for texts in examples.values() for t in texts])


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
    cued = [m for m in candidates if REFERENCE_CUE.search(text[: m.start()])]
    if not cued and NO_POLICE_REPORT.search(text[: candidates[0].start()]):
        return None  # "not reported, it was 3 days ago": a reason with a number in it
    best = cued[0] if cued else max(candidates, key=lambda m: len(m.group(0)))
    return (_station_prefix(text[: best.start()]) + best.group(0).lstrip("#"))[:100]


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


# A document named after these words in the same clause is one they do not have:
# "no receipt", "I don't have the receipt or any photos", "lost the valuation".
NO_DOCUMENT_BEFORE = re.compile(
    r"\b(no|not|nor|without|don'?t|do not|dont|haven'?t|have not|havent|never|none|lost|"
    r"threw|thrown|can'?t find|cannot find|couldn'?t find|gone|missing)\b",
    re.I,
)
CLAUSE_BREAK = re.compile(r"[,;.!?]|\s-\s|\bbut\b|\bonly\b|\bjust\b|\bexcept\b|\bhowever\b", re.I)


ASKING = re.compile(
    r"^\W*(do|does|did|is|are|was|will|would|can|could|should|shall|must|what|which|how|why|"
    r"who|where|when|if i (don'?t|do not) have)\b",
    re.I,
)


SENTENCE_END = re.compile(r"[.!?]")


def _in_a_question(text: str, at: int) -> bool:
    """Whether the sentence around `at` asks something ("is a valuation enough?")."""
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, at)), default=0)
    end = SENTENCE_END.search(text, at)
    return bool(end and end.group(0) == "?" and ASKING.match(text[start : end.start()]))


def _documents_said(text: str) -> tuple[list[str], list[str]]:
    """The proof codes a message says the person has, and those it says they lack."""
    named: list[str] = []
    lacking: list[str] = []
    for pattern, code in DOCUMENT_WORDS:
        for match in re.finditer(pattern, text, re.I):
            if _in_a_question(text, match.start()):
                continue  # "do you need the original receipt?": asked about, not held
            clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, match.start())), default=0)
            lead = text[clause_start : match.start()]
            (lacking if NO_DOCUMENT_BEFORE.search(lead) else named).append(code)
    return list(dict.fromkeys(named)), list(dict.fromkeys(lacking))


# "I might have photos", "maybe a receipt somewhere, not sure": a document they may have.
DOCUMENT_GUESS = re.compile(
    r"\b(might|may|could) (have|find|still have|be able to find)\b|\bmaybe\b|\bpossibly\b|\bperhaps\b|"
    r"\bnot sure\b|\bunsure\b|\bno idea\b|\bif i can find\b",
    re.I,
)


def _documents_guessed(text: str) -> list[str]:
    """The documents named in a clause that guesses at having them; a guess said on its
    own ("..., not sure") is about the clause before it."""
    guessed: list[str] = []
    before: list[str] = []
    for clause in re.split(r"[,;.!?]+|\s-\s|\b(?:and|but)\b", text):
        named = _documents_said(clause)[0]
        if DOCUMENT_GUESS.search(clause):
            guessed += named or before
        before = named
    return guessed


def documents_from_text(text: str) -> list[str] | None:
    """Proof codes the person has; [] for "none" or only documents they lack; None
    when nothing was recognised."""
    named, lacking = _documents_said(text)
    if named:
        return named
    if lacking or NO_DOCUMENTS.search(text):
        return []
    return None


# Named in passing, before the proof question ("I've got the receipt somewhere", "the
# valuation is in the safe"): only documents named outright. A bank, a card, a statement
# to the police or footage of the theft are no proof of owning the piece.
DOCUMENTS_IN_PASSING = (
    "receipt",
    "valuation",
    "photo",
    "grading_report",
    "serial_number",
    "care_plan_brochure",
)
# A statement itself named ("I've got the bank statement"), not only the way it was paid
# ("it's on my Amex"): a document told in passing too.
STATEMENT_NAMED = re.compile(r"\bstatements?\b", re.I)
# Where the form keeps them for the proof question (not a slot: read again each turn).
DOCUMENTS_TOLD = "_documents_told"


def documents_told(texts: list[str]) -> list[str]:
    """The proof documents earlier answers (the opening, the story) said the person has."""
    told: list[str] = []
    for text in texts:
        if looks_like_code(text):
            continue
        named, lacking = _documents_said(text)
        told = [c for c in told if c not in lacking] + [
            c
            for c in named
            if c in DOCUMENTS_IN_PASSING or (c == "bank_statement" and STATEMENT_NAMED.search(text))
        ]
    return list(dict.fromkeys(told))


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
        rest = _without_corrections(message.text)
        reader = READERS.get(requested_slot or "")
        if rest and reader:
            reader(UserMessage(rest, message.intent, ()), known, today, slots, problems)
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
    if requested_slot and requested_slot not in slots and not problems and not slots:
        problems.append(PROBLEMS.get(requested_slot, PROBLEMS["claim_confirmed"]))
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
    return FormReading(slots=slots, problem=problems[0] if problems else None, notes=notes + said_back)


SENTENCE = re.compile(r"[^.!?;]+[.!?;]*")
# A sentence that changes an earlier answer, whose cue ("oh and", "also") or correction
# marks it as such.
CORRECTING_SENTENCE = re.compile(rf"{CORRECTION_CUE.pattern}|\b(wait|no wait|oh and|also|earlier)\b", re.I)


def _without_corrections(text: str) -> str:
    """The sentences of a message that correct nothing (none when every one does)."""
    kept = [m.group(0) for m in SENTENCE.finditer(text) if not CORRECTING_SENTENCE.search(m.group(0))]
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
FORMED_ANSWER_STEPS = frozenset(
    {"police_report_number", "claimant_email", "claimant_phone", "loss_date", "purchase_date", "item_value"}
)


def _plain_answer_misfiled(
    message: UserMessage, requested_slot: str | None, known: dict[str, Any], today: date
) -> bool:
    """An answer to a question with a value of its own (a date, a yes or no, an amount)
    that the classifier filed as a goodbye: it answers, so it is read. A free-text
    question takes any words, so there a goodbye stays a goodbye."""
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
    reader = READERS.get(requested_slot or "")
    if reader is None or requested_slot == "claim_confirmed" or is_question_shaped(message.text):
        return False
    slots: dict[str, Any] = {}
    problems: list[str] = []
    reader(UserMessage(message.text, "inform", message.entities), known, today, slots, problems)
    return requested_slot in slots and not problems


# Notes to say back (assumptions, a date long ago) travel in the slots under this key
# until read_claim_answers hands them over as the reading's notes.
NOTES = "_notes"
# Steps where a date said in passing is the date of the loss (not when it was last
# seen, or when it was bought).
DATE_ANY_TIME_STEPS = {None, "claim_type", "item_type", "item_value", "loss_description", "has_care_plan"}


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


def _say_back(slots: dict[str, Any], note: str) -> None:
    slots.setdefault(NOTES, []).append(note)


def _assume(slots: dict[str, Any], known: dict[str, Any], slot: str, note: str) -> None:
    """Record an answer the person did not give (for staff) and say it back to them."""
    slots["assumed_answers"] = sorted({*(known.get("assumed_answers") or []), slot})
    _say_back(slots, note)


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


THEFT_INFERRED_NOTE = (
    "I've put this down as a theft, from what you describe. If you think it was lost "
    "rather than taken, you can change that on the summary before it's sent."
)


def _read_any_time(
    message: UserMessage,
    requested_slot: str | None,
    known: dict[str, Any],
    today: date,
    slots: dict[str, Any],
    problems: list[str],
) -> None:
    """Every fact a message carries, whatever was asked: type, item, value, currency,
    date, contact details, a police reference, whether it was listed.

    An amount counts only in the first message or as the answer to the value
    question: later numbers are report numbers, phone numbers and dates. An item word
    inside a story never changes the item; only a correction does."""
    text = message.text
    opening = message.intent == "report_claim" or requested_slot is None
    if known.get("claim_type") is None:
        # A button or payload names the type outright; otherwise the words tell it.
        stated = message.first("claim_type")
        guessed = stated not in CLAIM_TYPES and claim_type_guessed(text)
        claim_type = stated if stated in CLAIM_TYPES else None if guessed else claim_type_from_text(text)
        if (
            claim_type is None
            and not guessed
            and (message.intent == "report_claim" or requested_slot == "claim_type")
        ):
            claim_type = nearest_claim_type(text)
        if claim_type:
            slots["claim_type"] = claim_type
            if claim_type == "lost" and stated not in CLAIM_TYPES and not LOSS_SAID.search(text):
                # "it's missing", "its gone", "came back and it was gone": gone, but not
                # how; noted as lost and said back, so a theft can be told.
                _say_back(slots, GONE_NOTED_AS_LOST)
            if claim_type == "theft" and not stated and theft_inferred(text):
                _say_back(slots, THEFT_INFERRED_NOTE)
            if (
                requested_slot is None
                and not known.get("loss_description")
                and _tells_a_risk(text, claim_type)
            ):
                # "We caught our babysitter on the nanny cam taking my pearl necklace":
                # the opening already tells what happened, with the words that raise a
                # decline risk; kept as the description so they are not lost.
                slots["loss_description"] = " ".join(text.split())[:LONGEST_ANSWER_CHARS]
    elif requested_slot not in {None, "claim_type", "claim_confirmed"}:
        corrected_type = _claim_type_corrected(text, str(known.get("claim_type")))
        if corrected_type:
            slots["claim_type"] = corrected_type
    if CARE_PLAN.search(text) and known.get("has_care_plan") is None and not _asks_what_it_is(text):
        slots["has_care_plan"] = True
    if requested_slot is None and known.get("claim_type") is None and ANOTHER_PIECE.search(text):
        # "my other ring, the sapphire one, got damaged" after advice on the engagement
        # ring: a new piece, so the guide's piece and value are not this claim's.
        mentions = item_mentions(text)
        known = {**known, "item_type": None, "item_value": None}
        slots["item_type"] = str(mentions[0].value) if mentions else None
        slots["item_value"] = None
    item_type = _item_type_said(message, requested_slot, known)
    if item_type:
        slots["item_type"] = item_type
        if requested_slot in {None, "item_type"}:
            _several_pieces_said_back(text, item_type, slots)
    amounts = [float(v) for v in message.entity_values("amount") if isinstance(v, int | float)]
    if requested_slot is None:
        # The policy's cap or threshold told beside the story ("the policy says anything
        # over $5,000 has to be in a safe") is no value of the piece: the value is asked.
        amounts = [a for a in amounts if a not in cover_figures(text)]
    # "oh wait, it was $7,200 not $7,000", "actually it was 4,100 with the chain": a
    # value corrected at any later step (the old figure it names is never taken, even
    # when the message was read as a new claim). Where a number is a reference or a
    # phone, only a money-marked one counts.
    # "the value is 1,950 not 1,590": the value named, so a bare number is its figure.
    bare = requested_slot not in NUMBER_STEPS or bool(VALUE_NAMED.search(text))
    corrected = (
        corrected_value(text, known.get("item_value"), bare=bare)
        if requested_slot not in {None, "item_value"}
        else None
    )
    if corrected is not None:
        _set_value(corrected, slots, problems)
    elif (
        known.get("item_value") is None
        and requested_slot not in {None, "item_value", *NUMBER_STEPS, *FREE_TEXT_SLOTS}
        and VALUE_TOLD.search(text)
    ):
        # "yep got the care plan, ring was $2,900": the piece's value, money-marked, said
        # at another question before the value was asked.
        told = [
            a.value
            for a in money_amounts(text)
            # The text before the amount, its money mark put back as "$" ("NZ$3,300").
            if VALUE_TOLD.search(text[: a.start] + "$") and not FOR_THE_PLAN.match(text, a.end)
        ]
        if told:
            _set_value(told[0], slots, problems)
    elif amounts and (message.intent == "report_claim" or requested_slot in {None, "item_value"}):
        # "about $5,900. no wait, it was $5,400": the figure the answer corrects itself to.
        within = corrected_value(text, amounts[0], bare=bare) if len(amounts) > 1 else None
        meant = [a for a in amounts if a not in taken_back(text)] or amounts
        # "paid 950 but the jeweler said 1,400 to replace": the valuation, not the price.
        valued = current_value(text)
        if valued is not None and valued.value in meant:
            # A valuation beside a lower price paid ("scheduled at $5,800 from the appraisal,
            # we actually paid 4,900 on sale") is the value; the price is no correction of it.
            meant, within = [valued.value], None
        total = added_up(text) if requested_slot == "item_value" else None
        _set_value(
            total if total is not None else within if within is not None else max(meant), slots, problems
        )
    currency = message.first("currency")
    if currency in CURRENCIES:
        slots["currency"] = currency
    _contacts_said(text, requested_slot, known, slots)
    if requested_slot not in NO_DATE_CORRECTION_STEPS and (
        known.get("loss_date") is not None or AN_EARLIER_ANSWER.search(text)
    ):
        _date_corrected(text, known, today, slots)
    if (
        "loss_date" not in slots
        and requested_slot not in {None, "loss_date", "claim_confirmed"}
        and _loss_date_named_as_old(text, known, today, claim_region(text, known, slots))
    ):
        # "oh and it was Thursday not Wednesday" at the purchase question, or "oh and it
        # was the 13th, not the 15th" at the name, the 15th being the loss date given:
        # the loss date corrected, not the answer asked.
        reading = read_loss_date(text, today, claim_region(text, known, slots))
        if reading.value and not reading.approximate and reading.value.isoformat() != known.get("loss_date"):
            slots["loss_date"] = reading.value.isoformat()
    if (
        known.get("loss_date") is None
        and (opening or requested_slot in DATE_ANY_TIME_STEPS)
        and (requested_slot not in PIECE_STEPS or _tells_the_loss(text))
    ):
        # "stolen last Friday": a date said in passing is the date of the loss.
        reading = read_loss_date(
            LAST_SIGHTING_CLAUSE.sub(" ", _without_purchase(text)), today, claim_region(text, known, slots)
        )
        # "last week" in a story is no date to store unasked: the question asks for the day.
        if reading.value and not reading.approximate:
            slots["loss_date"] = reading.value.isoformat()
            if reading.note:
                _say_back(slots, reading.note)
    if known.get("was_specified") is None and requested_slot not in {"was_specified", "claim_confirmed"}:
        slots.update(listing_said(sentences_of_the_listing(text), today, _known_loss_date(known, slots)))
    elif requested_slot not in {None, "was_specified", "claim_confirmed"} and LISTING_CORRECTED.search(text):
        # "actually I just checked, it's not scheduled" at a later question: the
        # listing answered before, corrected (and said back).
        said = listing_said(text)
        if "was_specified" in said and said["was_specified"] != known.get("was_specified"):
            slots.update(said)
    damage = (slots.get("claim_type") or known.get("claim_type")) == "damage"
    if damage and known.get("purchase_date") is None and requested_slot != "purchase_date":
        # Asked only for damage (a care plan repair goes back to the jeweler early on).
        _purchase_age_said(text, today, slots)


def _claim_type_corrected(text: str, known_type: str) -> str | None:
    """ "it was stolen not lost", "lost, not stolen": the kind given before, set aside
    by name for another."""
    set_aside = [
        re.sub(r"^\W*(not|instead of|rather than)\b", " ", m.group(0), flags=re.I)
        for m in SET_ASIDE.finditer(text)
    ]
    if not any(claim_type_from_text(old) == known_type for old in set_aside):
        return None
    new = claim_type_from_text(SET_ASIDE.sub(" ", text))
    return new if new not in (None, known_type) else None


# "I've only had it three weeks", "it's ten days old", "bought it a week ago": how long
# it has been owned, said in passing, dates the purchase closely enough for the care
# plan's first 30 days. Months are too rough ("3 months old" may be mid-August or the
# end of it): the question asks for the day.
PURCHASE_AGE = re.compile(
    r"\b(had (it|them|this|these)( for)?|bought (it|them|this|these)|(it'?s|it is|they'?re|they are))\s+"
    r"(only\s+|just\s+)?(?P<span>(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a couple of|a few)"
    r"\s+(days?|weeks?))(\s+(?P<tail>old|ago|now))?\b",
    re.I,
)


def _purchase_age_said(text: str, today: date, slots: dict[str, Any]) -> None:
    match = PURCHASE_AGE.search(text)
    if match is None or (match.group(1).lower().startswith(("it", "they")) and not match.group("tail")):
        return  # "it's two weeks" alone is no age; "it's two weeks old" is
    reading = read_loss_date(f"{match.group('span')} ago", today)
    if reading.value:
        slots["purchase_date"] = reading.value.isoformat()
        # Counted from the words, so said back with the day it stands for.
        _say_back(
            slots,
            f"I've noted the purchase as {match.group('span')} ago ({reading.value.day} "
            f"{reading.value.strftime('%B')}); if you know the day, tell me.",
        )


# "actually I just checked the policy", "turns out it isn't listed": an answer given
# before, set right.
LISTING_CORRECTED = re.compile(
    rf"{CORRECTION_CUE.pattern}|\b(just checked|checked (the|my|our) (policy|schedule|paperwork|papers)|"
    r"turns out|looked it up|i was wrong|i got that wrong)\b",
    re.I,
)


# "earlier I said the 20th, it was actually the 21st": a correction of an answer given
# before, whatever the form holds of it.
AN_EARLIER_ANSWER = re.compile(
    r"\b(i said|i told you|i put|i wrote|i gave)\b.*\b(but|actually|it was)\b", re.I
)


# "ring was $2,900", "it's worth NZ$4k", "valued at $3,000": the piece's value told.
VALUE_TOLD = re.compile(
    r"\b(it|ring|necklace|bracelet|watch|earrings?|pendant|piece|chain|band|bangle|they|that)\s+"
    r"(was|is|were|are|cost|costs|'s)\s+(about |around |roughly |worth |valued at )*(nz|us)?\$"
    r"|\b(worth|valued at|value is|value was|paid)\s+(about |around |roughly )?(nz|us)?\$"
    # "yep, listed for $9,500", "under specified items at $4,800": the figure it is listed for.
    r"|\b(listed|specified|scheduled|itemi[sz]ed|insured)(\s+items?)?\s+(for|at)\s+(about |around )?(nz|us)?\$",
    re.I,
)


# "it was $120 for the care plan": the plan's price, not the piece's.
FOR_THE_PLAN = re.compile(r"\s*(for|on) (the |a |that )?([\w-]+ )?(care |protection |service )?plan\b", re.I)


# Steps whose answers are numbers of another kind.
NUMBER_STEPS = {"police_report_number", "claimant_phone", "claimant_email", "claimant_name"}
VALUE_NAMED = re.compile(r"\b(the|its|it'?s|their) (value|price|valuation)\b|\bworth\b|\bvalued at\b", re.I)


# Steps whose answer holds a date of its own (or is the date): a date there is no
# correction of the loss date.
NO_DATE_CORRECTION_STEPS = {None, "loss_date", "purchase_date", "last_seen", "claim_confirmed", "search_done"}
# "actually it was the 16th, we landed on the 15th": the date right after the cue. Cues
# said one after another ("wait, sorry, it was Saturday the 21st") are one correction.
_DATE_CUE = (
    r"(actually|sorry|wait|oops|i meant|correction|my mistake|no,? it was|it was actually|should (be|say)|"
    r"(got|had) the (day|date) wrong)"
)
DATE_CORRECTION = re.compile(
    rf"\b{_DATE_CUE}\b(?:[\s,]+(?:oh|um|so|{_DATE_CUE})\b)*[\s,]*[^,;.!?]*",
    re.I,
)
# The old date a correction names is never the new one: "the 12th not the 10th", "I said
# the 22nd but it was the 21st".
OLD_DATE = re.compile(
    r"\b(not|instead of|rather than)\b.*$|\bi (said|told you|put|wrote|gave)\b.*?\b(but|and)\b", re.I
)
# "wait, sorry, it was Saturday the 21st not the 22nd": the cues stand alone before
# the date; the clauses after them, to the end of the sentence, carry it.
SENTENCE_REST = re.compile(r"[^.!?]*")


# A clause naming a weekday and no number: "sorry, it was the Wednesday".
WEEKDAY_ONLY = re.compile(
    r"^(?!.*\d).*\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I | re.S
)


OLD_DATE_NAMED = re.compile(r"\b(?:not|instead of|rather than)\s+(?P<old>[^,;.!?]+)", re.I)


def _loss_date_named_as_old(text: str, known: dict[str, Any], today: date, region: str | None) -> bool:
    """The message sets aside the loss date given before ("Thursday, not Wednesday")."""
    loss = known.get("loss_date")
    if not loss:
        return False
    for match in OLD_DATE_NAMED.finditer(text):
        old = read_loss_date(match.group("old"), today, region)
        if old.value is not None and old.value.isoformat() == str(loss):
            return True
    return False


def _date_corrected(text: str, known: dict[str, Any], today: date, slots: dict[str, Any]) -> None:
    """A loss date corrected at a later question, said back.

    The first cue that is followed by a date counts: in "wait, I said yesterday but it
    was actually Friday the 27th" the "wait" stands alone and "actually" brings the date."""
    for match in DATE_CORRECTION.finditer(text):
        region = claim_region(text, known, slots)
        reading = read_loss_date(OLD_DATE.sub(" ", match.group(0)), today, region)
        rest = SENTENCE_REST.match(text, match.end())
        said = match.group(0) + (rest.group(0) if rest else "")
        if reading.value is None and reading.problem == "missing":
            reading = read_loss_date(OLD_DATE.sub(" ", said), today, region)
        elif (
            reading.value
            and WEEKDAY_ONLY.search(OLD_DATE.sub(" ", match.group(0)))
            and said != match.group(0)
        ):
            # "it was the Wednesday, so the 4th of November": the weekday, then the date
            # in full after a comma; the date says which Wednesday, when it falls on one.
            dated = read_loss_date(OLD_DATE.sub(" ", said), today, region)
            if (
                dated.value
                and dated.value != reading.value
                and dated.value.weekday() == reading.value.weekday()
            ):
                reading = dated
        if reading.value and not reading.approximate:
            if reading.value.isoformat() != known.get("loss_date"):
                slots["loss_date"] = reading.value.isoformat()
            return


# Answers about the piece: a date in them ("$4,800 from Michael Hill three years ago")
# is when it was bought or valued, unless the words tell the loss beside it.
PIECE_STEPS = {"item_type", "item_value"}
LOSS_TOLD = re.compile(r"\b(happened|went missing|it was on|on the day|that (day|night))\b", re.I)


def _tells_the_loss(text: str) -> bool:
    """The loss told beside the answer, or a date corrected ("sorry, it was Thursday")."""
    return (
        claim_type_from_text(text) is not None
        or bool(LOSS_TOLD.search(text))
        or bool(DATE_CORRECTION.search(text))
        or bool(NOT_THIS_DATE.search(text.lower()))  # "the 24th, not the 25th"
    )


# A piece other than the one talked about so far.
ANOTHER_PIECE = re.compile(
    r"\b(my|our|her|his|the|an|a)\s+(other|another|second|different|new)\s+\w+|\banother (one|piece)\b", re.I
)


# "I bought it on black friday last year", "valued at $3,300 two years ago", "got it
# specified the next morning": that date is the purchase, a valuation or a listing,
# not the loss.
# "$4,800 from Michael Hill three years ago", "2,100 at Pandora last year": a price and
# the shop it came from, so the time said with them is the purchase too.
PURCHASE_CLAUSE = re.compile(
    r"(?:\b(bought|purchased|paid (\$|nz\$|us\$|\d|about|around)|got (it|them|this|her|him)|had (it|them) (since|for)|"
    r"valued|valuation|apprais\w*|(specified|scheduled|listed|itemi[sz]ed|added) (it|them)|"
    r"(got|bought|took out|added|signed up for) (the|a) ([\w-]+ )?(care |protection |service )?plan)\b"
    r"|(?:(?:nz|us)?\$\s?)?\b\d[\d,.]*k?\s+(from|at)\s+"
    r"(?!(the|my|our|a|an|his|her|their|home|work|school|night|about|around|least|most)\b|\d))"
    r"(?:[^.,;!?]|(?<=\d)[.,](?=\d))*",
    re.I,
)


def _without_purchase(text: str) -> str:
    return PURCHASE_CLAUSE.sub(" ", text)


def _tells_a_risk(text: str, claim_type: str) -> bool:
    rules = load_claim_knowledge().flag_rules
    return any(claim_type in r.claim_types and any(p.search(text) for p in r.patterns) for r in rules)


# "my chain is on my neck but the pendant is gone", "the chain's fine": a piece said to
# be still there, beside the one that is not.
STILL_THERE = re.compile(
    r"\s*(?:'s|is|are)\s+(?:still\s+)?(?:on|in|around|fine|ok|okay|intact|there|here|safe|undamaged|all right|alright)\b"
    r"|\s*(?:'s|is|are)\s+still\b",
    re.I,
)


def pieces_claimed(text: str, mentions: list[Mention]) -> list[Mention]:
    """The pieces a message names, without one said to be still there when another is
    named beside it (the claim is for the other)."""
    gone = [m for m in mentions if not STILL_THERE.match(text, m.end)]
    if gone and len(gone) < len(mentions) and {m.value for m in gone} != {m.value for m in mentions}:
        return gone
    return mentions


def _item_type_said(message: UserMessage, requested_slot: str | None, known: dict[str, Any]) -> str | None:
    mentions = [
        m
        for m in pieces_claimed(message.text, item_mentions(message.text))
        if not NOT_THIS_ITEM.search(message.text[: m.start])
        and not PART_OF_THE_PIECE.search(message.text[: m.start])
    ]
    # The entities only for a button's payload: in words, the filtered mentions decide.
    said = [str(m.value) for m in mentions] or [
        v for v in message.entity_values("item_type") if v in ITEM_TYPES and not item_mentions(message.text)
    ]
    if not said:
        return None
    old = known.get("item_type")
    if old is None:
        return said[0]
    if said[0] == old or (old == "engagement_ring" and said[0] == "ring"):
        return None  # "the ring was in a dish": the same piece, said more loosely
    set_aside = any(NOT_THIS_ITEM.search(message.text[: m.start]) for m in item_mentions(message.text))
    if requested_slot == "item_type" or CORRECTION_CUE.search(message.text) or set_aside:
        # "actually it was a necklace, not a ring", "it was my engagement ring not my
        # wedding band": the piece named in place of another is a correction.
        return said[0]
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
POLICE_CUE = re.compile(r"\b(police|cops?|report(ed)?|ref(erence)?|case|incident|event)\b", re.I)
# "sorry, the police number is 1567832-26": the reference named outright, so a number
# after it is the report's (a correction at any step), never a phone.
POLICE_LABEL = re.compile(
    r"\b(police|report|case|incident|crime|event)\s+(report\s+)?(number|no\.?|num|ref(erence)?|#)\s*"
    r"(is|was|should be|should have been|:)?\s*",
    re.I,
)


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


def _is_reference(reference: str) -> bool:
    """Not an amount, a year or a date said next to the word "report"."""
    plain = reference.replace(",", "")
    if re.fullmatch(r"\d{1,3}(\.\d+)?k?|(19|20)\d{2}|\d{1,2}(st|nd|rd|th)", plain, re.I):
        return False
    return sum(c.isdigit() for c in reference) >= 3


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
    chosen = message.first("claim_type") or (
        None if claim_type_guessed(message.text) else claim_type_from_text(message.text)
    )
    if chosen in {"theft", "lost", "damage"}:
        slots["claim_type"] = chosen


# "I can't say which", "no way to tell": the person cannot tell the kind of claim.
CANT_TELL = re.compile(r"\b(can'?t|cannot|couldn'?t|no way to|hard to|impossible to) (say|tell|know)\b", re.I)


def cause_not_known(message: UserMessage) -> bool:
    """ "honestly I don't know if it was stolen or I lost it", "I can't say which": the
    person cannot tell the kind of claim (asked twice, the answer would not change)."""
    text = message.text
    return message.first("claim_type") is None and (
        message.intent == "dont_know"
        or bool(DONT_KNOW.search(text) or CANT_TELL.search(text))
        or _theft_or_loss_left_open(text)
    )


def _item_type(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    mentions = pieces_claimed(message.text, item_mentions(message.text))
    if mentions:
        slots["item_type"] = mentions[0].value
    elif NO_PIECE_NAMED.match(message.text):
        problems.append(PROBLEMS["item_type"])  # "some jewellery": which piece is asked
    elif message.intent in {"inform", "nlu_fallback"} and len(message.text.split()) <= 4:
        slots["item_type"] = "other"  # "a tiara", "my grandad's cufflinks": kept, described later


def _item_value(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    amount = read_amount(message.text)
    total = added_up(message.text)
    if total is not None:
        # "$650 plus the chain, which was another 120": the parts of the claim, added up.
        _set_value(total, slots, problems)
        currency = (amount.currency if amount else None) or currency_named(message.text)
        if currency:
            slots["currency"] = currency
        return
    span = value_range(message.text, bare=True)
    if amount is None and span is not None and span.low >= SMALLEST_BARE_RANGE:
        _set_value(span.high, slots, problems)  # "2,000-2,500": said back with its low end
        return
    if amount is None:
        problems.append(PROBLEMS["item_value_missing"])
        return
    _set_value(amount.value, slots, problems)
    currency = amount.currency or currency_named(message.text)
    if currency:
        slots["currency"] = currency


# Words for jewellery that name no piece: asked which (after two asks, "other").
NO_PIECE_NAMED = re.compile(
    r"^\W*(it'?s |it was |just |um,? )?(some|my|a|an|the|our|her|his|a few|few|a couple of|a bit of|bits of)?\s*"
    r"(piece|item|bit|article)?s?\s*(of\s+)?(jewell?e?ry|jewels|bling|stuff|things?|items?|pieces?|something|accessor(y|ies))\W*$",
    re.I,
)
# Pieces named together ("my ring and my earrings", "the bracelet plus a watch"): one
# claim per piece, so the first is taken and the rest said back. Two words for one
# piece are not two pieces.
ONE_PIECE_TOGETHER = ({"pendant", "necklace"}, {"engagement_ring", "ring"})


def _several_pieces_said_back(text: str, taken: str, slots: dict[str, Any]) -> None:
    mentions = item_mentions(text)
    for before, after in pairwise(mentions):
        between = text[before.end : after.start]
        pair = {str(before.value), str(after.value)}
        if (
            len(pair) == 2
            and pair not in ONE_PIECE_TOGETHER
            and re.fullmatch(
                r"[\s,&]*((and|plus|as well as|also)\b)?\s*((my|the|a|an|her|his|our|some|matching|the matching)\s+)*\w*\s*",
                between,
                re.I,
            )
        ):
            other = str(after.value) if str(before.value) == taken else str(before.value)
            _say_back(
                slots,
                f"I've put down the {item_name(taken)} for this claim (a claim covers one piece); "
                f"the {item_name(other)} can be claimed next, in a claim of their own.",
            )
            return


def _one_figure_asked(text: str, known: dict[str, Any], slots: dict[str, Any], problems: list[str]) -> None:
    """The claim's value question answered with only a range or a bound: nothing is put
    down yet, and one figure is asked for once (`one_figure_asked_for`). A range in the
    opening is taken at its top and said back (`_two_figures_said_back`)."""
    line = one_figure_asked_for(text, slots.get("item_value"), slots.get("currency") or known.get("currency"))
    if line is None:
        return
    slots.pop("item_value", None)
    problems.insert(0, line)


# "3-4 days" is no value: a bare range counts from this much up.
SMALLEST_BARE_RANGE = 50


def _two_figures_said_back(text: str, value: float, slots: dict[str, Any], known: dict[str, Any]) -> None:
    """A range ("$5-6k") or two figures ("retail was 4,000 but I paid 3,200"): the higher
    is taken (insuring below the value is the costlier mistake) and said back with the
    other, so the person can say which the claim should use."""
    currency = str(slots.get("currency") or known.get("currency") or DEFAULT_CURRENCY)
    span = value_range(text, bare=True)
    if span is not None and span.high == value:
        _say_back(
            slots,
            f"I've put down {money(span.high, currency)}, the top of the range you gave. "
            f"If {money(span.low, currency)} is closer, tell me.",
        )
        return
    if added_up(text) == value:
        _say_back(
            slots,
            f"I've added those up: {money(value, currency)} in all. If that's not right, tell me the total.",
        )
        return
    others = sorted(
        {a.value for a in money_amounts(text) if a.value != value and a.value >= 50}, reverse=True
    )
    if others:
        _say_back(
            slots,
            f"I've put down {money(value, currency)} (you also said {money(others[0], currency)}). "
            f"If the claim should use {money(others[0], currency)}, tell me.",
        )


MONTH_ONLY = re.compile(
    r"\b(?:in|during|early|late|mid|sometime in|around|last)\s+(?P<month>"
    + "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
    + r")\b(?!\s*\d)",
    re.I,
)


# "I last wore it on Friday and noticed it was gone on Sunday": with both, the day it
# was found missing is the date of the loss (the last sighting has a question of its own).
LAST_SIGHTING = re.compile(r"\blast (saw|seen|wore|worn|had|remember)\b", re.I)
# Said in passing, a last sighting ("I last wore it on Friday") is not the day it went
# missing: the date question asks for that.
LAST_SIGHTING_CLAUSE = re.compile(
    r"\b((i|we) )?last (saw|seen|wore|worn|had)\b[^.;!?]*?(?=\b(and|but|then|noticed|realised|realized|discovered)\b|[.;!?]|$)",
    re.I,
)
FOUND_MISSING = re.compile(r"\b(noticed|realised|realized|discovered|found out|spotted)\b[^;!?]*", re.I)


def _loss_day_said(text: str, today: date, region: str | None) -> DateReading:
    found = FOUND_MISSING.search(text)
    if found and LAST_SIGHTING.search(text):
        # The found-missing clause up to where a last sighting starts.
        clause = LAST_SIGHTING.split(found.group(0), maxsplit=1)[0]
        reading = read_loss_date(clause, today, region)
        if reading.value:
            return reading
    return read_loss_date(text, today, region)


def _date_reader(slot: str) -> Reader:
    def read(
        message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
    ) -> None:
        region = claim_region(message.text, known, slots)
        reading = (
            _loss_day_said(message.text, today, region)
            if slot == "loss_date"
            else read_loss_date(message.text, today, region)
        )
        loss = known.get("loss_date")
        if slot == "purchase_date" and reading.value and loss and reading.value.isoformat() > str(loss):
            # Bought after it happened: a slip in one of the two dates.
            problems.append(
                f'That\'s after the date it happened ({loss}). When did you buy it? For example "March last year".'
            )
            return
        if reading.value:
            slots[slot] = reading.value.isoformat()
            if reading.approximate:
                _assume(slots, known, slot, reading.note or "")
            elif reading.note:
                _say_back(slots, reading.note)
            return
        if reading.problem == "ambiguous":
            problems.append(f'{reading.note} Say it with the month in words, for example "3 April".')
            return
        month = MONTH_ONLY.search(message.text)
        if reading.problem == "missing" and month:
            # "sometime in March": the 1st of the most recent March, said back as an
            # approximation and marked for staff.
            first = _first_of_month(MONTH_NAMES[month.group("month").lower()], today)
            slots[slot] = first.isoformat()
            _assume(
                slots,
                known,
                slot,
                f"I've noted {first.day} {first.strftime('%B %Y')} as an approximate date. "
                'If you remember the day, tell me, for example "12 March".',
            )
            return
        year = _year_said(message.text, today) if slot == "purchase_date" else None
        if reading.problem == "missing" and year is not None:
            # "2019", "for our 25th, that was 2018", "summer 2020": a year only, stored
            # like a month only (its first day), said back and marked for staff.
            slots[slot] = date(year, 1, 1).isoformat()
            _assume(
                slots,
                known,
                slot,
                f"I've noted {year} (1 January {year}, as the day wasn't given) as an approximate date. "
                'If you remember the month, tell me, for example "March 2019".',
            )
            return
        if reading.problem == "missing" and (message.intent == "dont_know" or DONT_KNOW.search(message.text)):
            problems.append(
                "I couldn't read a date in that, and a rough one is fine. "
                'For example "about two weeks ago", "sometime in March" or "last weekend".'
            )
            return
        problems.append(PROBLEMS[f"{slot}_{reading.problem}"])

    return read


# A year on its own: "2019", "that was 2018", "back in '15"; two digits only as the
# whole answer ("08", "in '15").
FULL_YEAR = re.compile(
    r"(?<![\d$/.,-])(?P<year>(?:19|20)\d\d)(?![\d/.,-]|\s*(?:k|grand|dollars|bucks)\b)", re.I
)
SHORT_YEAR = re.compile(r"^\W*(?:(?:back\s+)?in\s+|around\s+|about\s+)?['’]?(?P<year>\d\d)\W*$", re.I)


def _year_said(text: str, today: date) -> int | None:
    full = FULL_YEAR.search(text)
    if full:
        year = int(full.group("year"))
    else:
        short = SHORT_YEAR.match(text)
        if short is None:
            return None
        two = int(short.group("year"))
        year = 2000 + two if 2000 + two <= today.year else 1900 + two
    return year if EARLIEST_YEAR <= year <= today.year else None


EARLIEST_YEAR = 1900


def _first_of_month(month: int, today: date) -> date:
    year = today.year if month <= today.month else today.year - 1
    return date(year, month, 1)


# "everywhere", "bathroom", "the car": one word that names a place answers "where?".
WHERE_SLOTS = ("last_seen", "search_done")
ONE_PLACE = re.compile(
    r"^\W*(the |my |our )?(everywhere|nowhere|anywhere|home|house|car|garden|yard|section|office|work|gym|beach|"
    r"pool|bag|handbag|purse|drawer|wardrobe|closet|bed|bathroom|bedroom|kitchen|lounge|upstairs|downstairs|"
    r"outside|inside|\w+room)\W*$",
    re.I,
)
# A "don't know" this short is the answer itself, not a story that mentions one.
SHORT_DONT_KNOW_WORDS = 8


def _free_text(slot: str, minimum_words: int = 2) -> Reader:
    def read(
        message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
    ) -> None:
        text = " ".join(message.text.split())[:LONGEST_ANSWER_CHARS]
        unknown = message.intent == "dont_know" or (
            DONT_KNOW.search(text) is not None and len(text.split()) <= SHORT_DONT_KNOW_WORDS
        )
        if looks_like_code(text):
            problems.append(PROBLEMS[slot])
        elif (
            len(text.split()) >= minimum_words or (slot in WHERE_SLOTS and ONE_PLACE.match(text))
        ) and not unknown:
            slots[slot] = text
            if slot in WHERE_SLOTS and DONT_KNOW.search(_first_clause(text)):
                # "dunno, my husband reckons he might have seen it on the bench": an
                # answer opened with a "don't know" is someone's guess; kept, said back.
                _say_back(slots, "I've noted that as you said it; our team may check it with you later.")
        elif text and unknown:
            # "idk", "I'm not sure, I don't remember", "honestly no idea, it was just gone":
            # kept as said, and marked for staff as an answer still to get.
            slots[slot] = text
            _assume(
                slots, known, slot, "That's fine, I've noted that you don't know; our team may ask later."
            )
        else:
            problems.append(PROBLEMS[slot])

    return read


def _first_clause(text: str) -> str:
    return re.split(r"[,;.!?]|\s-\s", text, maxsplit=1)[0]


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
                slots.update(listing_said(message.text))
            else:
                slots[slot] = not NOT_SPECIFIED.search(message.text)
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


def _known_loss_date(known: dict[str, Any], slots: dict[str, Any]) -> date | None:
    said = slots.get("loss_date") or known.get("loss_date")
    try:
        return date.fromisoformat(str(said)) if said else None
    except ValueError:
        return None


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
        slots["was_specified"] = False
    elif LISTING_ONLY_MEANT.search(text) or LISTING_TAKEN_OFF.search(text):
        # "I was going to add it next month", "we took it off the schedule last year".
        slots["was_specified"] = False
    elif (
        SOMEONE_ELSE_KNOWS.search(text)
        and not YES_SPECIFIED.search(text)
        # "I think so? my husband sorted the insurance": a leaning yes, said back as one.
        and not (leaning is not None and leaning.answer == "yes" and LEANING_YES.search(text))
    ):
        value, note = YES_NO_ASSUMED["was_specified"]
        slots["was_specified"] = value
        _assume(slots, known, "was_specified", note)
    elif YES_SPECIFIED.search(text) and not NOT_SPECIFIED.search(text) and not DONT_KNOW.search(text):
        # "it's a rider on my renters", "itemised on our contents since 2021": listed,
        # whatever policy it is listed on.
        slots.update(listing_said(text, today, _known_loss_date(known, slots)))
    elif UNDER_GENERAL_COVER.search(text) and not DONT_KNOW.search(text):
        # "not separately, just under contents", "only the ring is listed, not this one".
        slots["was_specified"] = False
    elif LISTED_BY_INFERENCE.search(text) and _listed_after(text):
        # "I rang the broker to add it the day after": asked for only after the loss.
        slots.update({"was_specified": False, "listed_after_loss": True})
    elif LISTED_BY_INFERENCE.search(text) and not NOT_SPECIFIED.search(text):
        slots["was_specified"] = True
        _assume(slots, known, "was_specified", LISTED_BY_INFERENCE_NOTE)
    elif OTHER_PIECE_LISTED.search(text):
        slots["was_specified"] = False
    else:
        _yes_no("was_specified", YES_SPECIFIED)(message, known, today, slots, problems)


# "only the engagement ring is listed, not this one": another piece is listed.
OTHER_PIECE_LISTED = re.compile(r"\bnot (this|that|the) (one|piece|ring|necklace|bracelet|watch)\b", re.I)


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
    if looks_like_code(message.text):
        return
    # "do you need the original receipt? it was my mother's", "... should I ask them to
    # keep the footage" (no question mark): a document asked about is not one they have;
    # what the rest of the message says still counts.
    text = without_questions(message.text)
    codes = documents_from_text(text)
    if codes is None and text != " ".join(message.text.split()):
        return  # the question is answered first ("no idea where she bought it" is its why)
    guessed = _documents_guessed(text)
    if codes and guessed:
        # "I might have photos, not sure": what they may have is not put down as held.
        codes = [c for c in codes if c not in guessed]
        if not codes:
            codes = None
            message = UserMessage(message.text, "dont_know", message.entities)
    if codes is None and message.intent == "deny":
        codes = []
    if codes is None and (message.intent == "dont_know" or DONT_KNOW.search(text)):
        codes = []
        _assume(
            slots,
            known,
            "proof_documents",
            "I've noted no documents for now. If you find a receipt, a bank statement, a valuation "
            "or photos, send them to our team: they make the claim much stronger.",
        )
    told = [str(c) for c in known.get(DOCUMENTS_TOLD) or ()]
    if codes is not None and told:
        # "You mentioned the receipt. Anything else?": what was told before is kept,
        # unless this answer says it is not there after all ("no valuation actually").
        lacking = _documents_said(text)[1]
        codes = list(dict.fromkeys([*(c for c in told if c not in lacking), *codes]))
    if codes is not None:
        slots["proof_documents"] = codes


def _name(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    if looks_like_code(message.text):
        return
    name = clean_name(message.text)
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
        problems.append(PROBLEMS["claimant_email"])


def _phone(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    phone = find_phone(message.text) or spoken_phone(message.text)
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
        problems.append(PROBLEMS["claimant_phone"])


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
        problems.append(PROBLEMS["claim_confirmed"])


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


def read_correction(
    message: UserMessage, known: dict[str, Any], today: date, by_form: bool = True
) -> FormReading:
    """A correction at the summary: the answer it names ("the date should be the 14th",
    "my email is wrong, it's ..."), else, with `by_form`, the answer its new value's
    form tells ("it was the 14th not the 15th", "it says 4,800 not 3,800", "my
    engagement ring not the band", "stolen not lost")."""
    named = _correction_named(message, known, today)
    if named.slots and any(known.get(k) != v for k, v in named.slots.items()):
        return named
    if by_form:
        shaped = _correction_by_form(message, known, today)
        if shaped.slots:
            return shaped
    return named


def _correction_named(message: UserMessage, known: dict[str, Any], today: date) -> FormReading:
    low = message.text.lower()
    first = FormReading()
    for pattern, slot in CORRECTION_TARGETS:
        if not re.search(pattern, low):
            continue
        if slot in {"claimant_phone", "claimant_email"} and SOMEONE_ELSES_CONTACT.search(message.text):
            continue  # "my husband's number is ...": not the claimant's own
        if slot == "claim_type":
            claim_type = claim_type_from_text(SET_ASIDE.sub(" ", message.text))
            reading = FormReading(slots={"claim_type": claim_type} if claim_type else {})
        elif slot == "proof_documents" and _value_corrected(message.text, known) is not None:
            # "the valuation says 3,100 not 2,600": the document named is where the new
            # value comes from; the value is what changes.
            continue
        else:
            reading = _read_named(message, slot, known, today)
        if reading.slots:
            return reading
        if first.problem is None and reading.problem:
            first = reading
    return first


def _read_named(message: UserMessage, slot: str, known: dict[str, Any], today: date) -> FormReading:
    value_text = re.sub(r"^.*?\b(is|was|to|should be|:)\s+", "", message.text, count=1, flags=re.I)
    slots: dict[str, Any] = {}
    problems: list[str] = []
    READERS[slot](UserMessage(value_text, "inform", message.entities), known, today, slots, problems)
    if slot == "was_specified" and slot not in slots:
        slots[slot] = not NOT_SPECIFIED.search(message.text)
    return FormReading(slots=slots, problem=problems[0] if problems else None)


# Another person's number or email, given beside the claimant's.
SOMEONE_ELSES_CONTACT = re.compile(
    r"\b(husband|wife|partner|mum|mom|dad|son|daughter|brother|sister|friend|boss)'?s\s+"
    r"(phone|number|mobile|cell|e-?mail|address|one)\b",
    re.I,
)


# The old answer a correction sets aside: "the 14th not the 15th", "stolen not lost",
# "4,800 instead of 3,800": never the new one.
SET_ASIDE = re.compile(r"\b(?:not|instead of|rather than)\b[^,;.!?]*", re.I)


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
    if claim_type and claim_type != known.get("claim_type"):
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
        return _read_named(as_answer, "claimant_phone", known, today)
    return FormReading()


# Digits a phone number has at least (a local number without its area code).
MIN_PHONE_DIGITS = 7


def _value_corrected(text: str, known: dict[str, Any]) -> float | None:
    """The new figure of "it says 4,800 not 3,800", "more like $1,300": against the value
    given, bare numbers count; without one, only money-marked amounts."""
    if known.get("item_value") is not None:
        corrected = corrected_value(text, float(known["item_value"]), bare=True)
        if corrected is not None:
            return corrected
    marked = [a for a in money_amounts(text) if a.cued and a.value not in taken_back(text)]
    return marked[0].value if marked else None


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
