"""Whether the piece was listed (specified or scheduled) on the policy, from the words of
a listing: "it's a rider on my renters", "nothing itemized", "I added it the day after
it went missing". A listing made after the loss is no listing before it, so its time is
read too (`listing_said`); a listing only meant, or taken off, is none. The reader of the
listing question itself is in yes_no_questions.py, beside the other yes-or-no question.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from bot.language.answers import CORRECTION_CUE
from bot.language.claim.dates import MONTH_ONLY, _first_of_month
from bot.language.dates import MONTH_NAMES, read_loss_date
from bot.language.money import find_amounts
from bot.language.yes_no import DONT_KNOW, NAH_YEAH, without_no_idioms

YES_SPECIFIED = re.compile(
    r"\b(specified|scheduled|listed|itemi[sz]ed|on (the|my|our) (policy|schedule)|"
    r"add(ed)? (it |them )?(to|on) (the|my|our) (policy|schedule)|(its|their) own line|"
    # "under the valuables section with its own value", "on our contents, with its
    # valuation attached": a value of its own on the policy.
    r"with (its|their) own (value|valuation|sum( insured)?|amount|figure)|"
    r"with (its|their|the) (valuation|appraisal) (attached|on file|lodged|sent in|given to (them|the insurer))|"
    # "I've already added it to my insurance", "it was added after I lost it".
    r"(added|put) (it|them) (to|on|onto) (the|my|our) (\w+ )?(insurance|cover|homeowners|contents|renters)|"
    r"(it|they) (was|were|got|has been|have been) (added|put on)|"
    # A rider or floater lists the piece; so does a policy of its own.
    # "it is specify with Tower", "they was list on policy": the listing said in a
    # learner's words.
    r"(is|was|are|were|been|be) (specify|schedule|list|itemi[sz]e)|"
    r"riders?|floaters?|personal articles|insured (it |them )?separately|separately insured|(separate|own|standalone|stand-alone) (jewell?e?ry )?(policy|cover)|"
    r"(i|we|they|agent|broker) (had |got )?(added|listed|put) (it|them)( on)? (when|as soon as|the day|right after) "
    r"(i|we) (bought|got|purchased)|"
    # "I called my agent and had them added": the listing done by someone else.
    r"(had|got) (it|them) (added|listed|scheduled|specified|put on)|"
    # "I called Geico and had them add the pair to my policy".
    r"(had|got) (them|him|her|the agent|my agent|the broker|my broker) (to )?(add|list|schedule|specify) "
    r"(it|them|the pair|both|the set|(the|my|her|his) \w+)|"
    # "it's on there now", "they're on the schedule": listed (now, or since when is read apart).
    r"(it'?s|it is|they'?re|they are) (\w+ )?on (there|it|the list|the schedule)|"
    # "I added it last week after it went missing", "we listed them in 2022", "I rang
    # Tower and added it the next day".
    r"(i|we|they|she|he|mum|mom|dad|and) ((only|just|then|finally|eventually|actually|also) )?"
    r"(added|listed|scheduled|specified|itemi[sz]ed) (it|them)\b|"
    # "it's on there now": a listing, whenever it was made.
    r"(it'?s|it is|they'?re|they are) on (there|it|the list) now|"
    # "they made me get a valuation to specify it", "had it appraised so they could
    # schedule it": a listing told as what the insurer needed for it.
    r"(valuation|appraisal|valued|appraised)\b[^.;!?]{0,40}\b(to|so (they|he|she|we|i) could) "
    r"(specify|schedule|list|itemi[sz]e) (it|them))\b",
    re.I,
)

NOT_SPECIFIED = re.compile(
    r"\b(not|never|wasn'?t|isn'?t|no|nope|nah|ain'?t|aint|isnt|wasnt|aren'?t|arent|weren'?t|werent)\b", re.I
)


def says_not(text: str) -> bool:
    """A negation in the words, not in an idiom ("yes it's scheduled, no worries")."""
    return bool(NOT_SPECIFIED.search(without_no_idioms(text)))


# Covered as part of something general, which is what "not listed" means: "just under
# contents", "it's only on the blanket", "covered by the house insurance", "unspecified".
UNDER_GENERAL_COVER = re.compile(
    r"\b(unspecified|unscheduled|unlisted|blanket|general (contents|cover|policy)|"
    r"(just|only|simply|part of|under|covered by|covered under|on) (the |my |our )?(general )?"
    r"(contents|house|home|homeowners?|renters|household)( and contents)?( insurance| cover| policy)?\b(?! (policy|insurance|cover)? ?as)|"
    r"not (separately|individually|on its own|by name)|nothing (separate|special)|"
    # "we have AMI contents", "it was insured with the house stuff": the home policy had.
    r"(we|i)( have| had|'ve got|'ve| got) (\w+ ){0,2}(contents|homeowners?|renters|home insurance|house insurance)\b|"
    r"(insured|covered) (with|along with) (the|our|my|all the|everything in the) (house|home|rest|other|contents)\b)",
    re.I,
)

# Nothing listed, said with a word "no" is not: "nothing itemized", "none of it is
# scheduled", "there's nothing on a schedule", "only have renters", "just got contents".
NOTHING_LISTED = re.compile(
    # "nothing special listed for them", "nothing extra specified": a word between.
    r"\b(nothing(?:'s|’s)?(?:\s+(?:special|separate|extra|individual|particular|else|in particular))?"
    r"|none of (it|them|our|my|the)\b[^.;!?]{0,20}?|no (items?|pieces?|jewell?e?ry|rings?))\s+"
    r"(?:(is|are|was|were|'s|'re)\s+)?(?:been\s+)?(?:separately\s+|individually\s+)?"
    r"(itemi[sz]ed|scheduled|specified|listed|named|on (the|a|my|our) (schedule|list|policy))\b"
    r"|\b(only|just)\s+(have|had|got|carry|hold)\s+(a\s+|the\s+|my\s+|our\s+)?(standard\s+|basic\s+|regular\s+|normal\s+)?"
    r"(renters|contents|homeowners?|house|home|condo|ho-?\d)(\s+(insurance|cover|policy))?\b"
    r"(?![^.;!?]*\b(riders?|floaters?|scheduled|specified|itemi[sz]ed|listed)\b)"
    # "the renters policy doesn't list anything individually", "they don't itemise jewellery".
    r"|\b(doesn'?t|does not|don'?t|do not|didn'?t|did not)\s+(list|itemi[sz]e|schedule|specify)\s+"
    r"(anything|any\s+(of\s+)?(my\s+|our\s+|the\s+)?\w+|it|them|jewell?e?ry)\b"
    # "I don't add anything special for jewelry", "we never added anything extra for it".
    r"|\b(doesn'?t|does not|don'?t|do not|didn'?t|did not|never|haven'?t|have not)\s+(add|added|put)\s+"
    r"(anything|any\s+(extra|special|separate)\s+\w+)\b",
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
    # "when I called they said it wasn't on my policy so I added it that same day".
    r"|\b(that|the) same (day|morning|afternoon|evening|night)\b"
    r"|\b(i|we|he|she|they|i'?ve|we'?ve|they'?ve|have|has)\s+(already|just|since|now)\s+"
    r"(added|listed|specified|scheduled|put|insured|got|had)\b"
    r"|\b(is|are|it'?s|they'?re)\s+(\w+\s+)?now\b(?!\s+(for|since))|\bnow (it'?s|it is|they are)\b"
    # "it was probably already gone when I added it": the loss came before the listing.
    r"|\b(already|probably|must have been|had)\s+(\w+\s+)?(gone|missing|lost|stolen)\s+(when|by the time|before)\s+"
    r"(i|we|he|she|they)\s+(\w+\s+)?(added|listed|specified|scheduled|insured|called|rang|phoned)\b"
    # "I only specified it on Monday, and by then it seems it was already gone", "added
    # it Tuesday, turns out it was already missing": the loss told as before the listing.
    r"|\bby (then|that (time|point)|the time (i|we|he|she|they) (did|had))\b[^.!?]{0,30}?\b(already )?(gone|missing|lost|stolen)\b"
    r"|\b(already|probably|must have been|had been)\s+(gone|missing|lost|stolen)\s+(by then|by that (time|point|stage)|at that point)\b"
    r"|\bturn(s|ed)? out (it|they) (was|were|had been|must have been) (already )?(gone|missing|lost|stolen)\b"
    r"|\b(rang|called|phoned|rung|contacted|emailed|messaged)\b[^.!?]{0,60}?"
    r"\b((got|had|get|have) (it|them) (specified|scheduled|listed|added|itemi[sz]ed|put on)|"
    r"(and|to) ((they|he|she|we|i) )?(add|added|list|listed|specify|specified|schedule|scheduled) (it|them)|"
    r"(had|got) (them|him|her) (to )?(add|list|schedule|specify) (it|them|the pair|both|the set|(the|my) \w+))\b",
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
    r"\b(not|wasn'?t|weren'?t|never|isn'?t)\s+([\w']+\s+){0,4}?(before|until|till|at the time)\b"
    # "before that they weren't on anything", "before then it wasn't listed".
    r"|\bbefore\s+(that|then|this|it happened|the loss)\b,?\s+([\w']+\s+){0,2}?(not|wasn'?t|weren'?t|never|isn'?t)\b"
    # "they said it wasn't on my policy so I added it": the no is for before the listing.
    r"|\b(not|wasn'?t|weren'?t|isn'?t)\s+(on|in|listed|specified|scheduled|itemi[sz]ed)\b[^.!?]{0,40}?\b(so|and)\s+"
    r"(then\s+)?(i|we)('ve|\s+have)?\s+(\w+\s+)?(added|listed|specified|scheduled|put)\s+(it|them)\b",
    re.I,
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
    r"|\b(on\s+my|on\s+the)\s+(to-?do\s+)?list\s+to\s+(add|list|schedul|specif)\w*"
    # Under way, not done: "we were in the middle of adding it", "the appraisal was booked
    # for next week" (a valuation to come, for the listing).
    r"|\b(in\s+the\s+(middle|process)\s+of|halfway\s+through|part\s*way\s+through|just\s+about\s+to|about\s+to)\s+"
    r"(getting\s+(it|them)\s+)?(add|list|schedul|specif|itemi[sz]|insur|valu|apprais|putting\s+(it|them)\s+on)\w*"
    r"|\b(valuation|appraisal|valuer|appraiser)\s+(was|were|is|had\s+been|has\s+been)\s+(booked|scheduled|arranged|"
    r"set\s+up|organi[sz]ed|lined\s+up|due|coming)\s+(for|next|on|in)\b",
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
# (A mark inside a date or figure, "27.11.2026", "$4.5k", does not end the clause.)
LISTING_CLAUSE = re.compile(
    r"\b(added|listed|scheduled|specified|itemi[sz]ed|put)\b(?:[^.;!?]|[.!?](?=\S))*", re.I
)


# "..., the agent read me the line on the phone yesterday", "Tower confirmed it on
# Friday": the day the listing was checked, not the day it was made.
LISTING_CHECKED = re.compile(
    r"\b(read (me|us|it|out)|told (me|us)|confirmed|said so|checked|looked (it )?up|showed (me|us)|"
    r"on the phone|over the phone|on the call|on a call)\b",
    re.I,
)
CLAUSE_BREAK = re.compile(r"[,;]|\s(?:and|but|so)\s", re.I)


def _listed_after_the_loss_date(text: str, today: date | None, loss: date | None) -> bool:
    """The listing's own date ("I added it to Lemonade last week") comes after the day of
    the loss (known, or said in the same message: "it went missing in October")."""
    if today is None:
        return False
    clause = LISTING_CLAUSE.search(text)
    if clause is None:
        return False
    told = " ".join(p for p in CLAUSE_BREAK.split(clause.group(0)) if not LISTING_CHECKED.search(p))
    listed = read_loss_date(told, today)
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


# A sentence ends at a mark followed by a space or the end: "$4.5k", "20.11.2026" and
# "e.g." stay whole, so a listing's own date or figure is read as it was written.
LISTING_SENTENCE_END = re.compile(r"[.!?]+(?:\s+|$)")


# "Our policy says specified items over $10,000 have to be in a locked safe": the
# policy's rule about listed pieces in general, no word on whether this one is listed.
POLICY_RULE_ON_LISTED = re.compile(
    r"\b(specified|scheduled|listed|itemi[sz]ed)\s+(items?|pieces?|jewell?e?ry|valuables|articles)\b"
    r"(?=[^.;!?]{0,60}\b(have|has|must|need|needs|are required|is required|should)\b)"
    # "the policy says anything north of 5k has to be scheduled", "over $5,000 must be
    # specified": the rule for pieces above a figure, no word on this one.
    r"|\b(over|above|more than|greater than|exceeding|in excess of|north of|upwards of)\s+[^.;!?]{0,25}?"
    r"\b(has to|have to|must|needs? to|should|are required to|is required to|gets?|got to)\s+(be\s+|get\s+)?"
    r"(specified|scheduled|listed|itemi[sz]ed)\b",
    re.I,
)


def sentences_of_the_listing(text: str) -> str:
    """The sentences of a story that speak of the listing: a "no" or "it wasn't" in
    another ("the policy says it has to be in a safe, and it wasn't") is not about it,
    nor is one that tells the policy's rule for listed pieces in general."""
    return " ".join(
        part
        for part in LISTING_SENTENCE_END.split(text)
        if YES_SPECIFIED.search(POLICY_RULE_ON_LISTED.sub(" ", part))
    )


def listing_said(text: str, today: date | None = None, loss: date | None = None) -> dict[str, bool]:
    """was_specified (and listed_after_loss) from a message that talks of the listing.

    `today` and the `loss` date (when known) date a listing told with its own time."""
    # New Zealand's "nah yeah" is a yes: its "nah" is no "no" of the listing.
    text = NAH_YEAH.sub("yeah", text)
    if LISTING_ONLY_MEANT.search(text) or LISTING_TAKEN_OFF.search(text):
        return {"was_specified": False}
    if not YES_SPECIFIED.search(text) or DONT_KNOW.search(text):
        return {}
    if not says_not(text) and _listed_after_the_loss_date(text, today, loss):
        return {"was_specified": False, "listed_after_loss": True}
    # "no, though I got them listed after": the no is for before; what follows the
    # contrast tells the listing made after.
    turned = CONTRAST.split(text, maxsplit=1)[-1]
    listed_later = bool(YES_SPECIFIED.search(turned) and _listed_after(turned)) and not says_not(turned)
    if _listed_after(text) and (not says_not(text) or NOT_BEFORE.search(text) or listed_later):
        return {"was_specified": False, "listed_after_loss": True}
    return {"was_specified": not says_not(text)}


# "actually I just checked the policy", "turns out it isn't listed": an answer given
# before, set right.
LISTING_CORRECTED = re.compile(
    rf"{CORRECTION_CUE.pattern}|\b(just checked|checked (the|my|our) (policy|schedule|paperwork|papers)|"
    r"turns out|looked it up|i was wrong|i got that wrong)\b",
    re.I,
)


def _known_loss_date(known: dict[str, Any], slots: dict[str, Any]) -> date | None:
    said = slots.get("loss_date") or known.get("loss_date")
    try:
        return date.fromisoformat(str(said)) if said else None
    except ValueError:
        return None


# "only the engagement ring is listed, not this one": another piece is listed.
OTHER_PIECE_LISTED = re.compile(r"\bnot (this|that|the) (one|piece|ring|necklace|bracelet|watch)\b", re.I)


# "the Tower guy said unspecified items are covered to $1,500 each", "jewelry's capped
# at $1,000 on my renters": the policy's own limit for a piece not listed, as the
# claimant was told it. The figure after the limit's words, in the sentence that names
# unlisted pieces or jewelry (not the contents' sum insured).
STATED_UNLISTED_LIMIT = re.compile(
    r"\b(unspecified|unlisted|unscheduled|non-?specified|non-?scheduled|individual items?|single items?|"
    r"each item|any one item|per item|jewell?e?ry)\b[^.;!?]{0,50}?"
    r"\b(covered|capped|limited|limit|max(imum)?|up to|only pays?|pays? (out )?(only )?up to)\b"
    r"[^.;!?$\d]{0,15}(?=(nz|us)?\$\s?\d|\d)"
    # "my renters caps jewelry at $1,500": the limit's verb first.
    r"|\b(caps?|limits?)\s+(jewell?e?ry|unspecified items?|unlisted items?)\s+(at|to)\s*(?=(nz|us)?\$\s?\d|\d)"
    # "Erie only pays $1,500 for jewelry theft unless it's scheduled", "State only pays
    # $1,500 for jewellery that isn't specified": the figure first, then what it is for.
    r"|\b(only\s+|just\s+)?(pays?|covers?)(\s+out)?(\s+(up\s+to|a\s+max(imum)?\s+of))?\s*"
    r"(?=(nz|us)?\$\s?\d[\d,.]*k?\s+(for|on|per)\s+[^.;!?$]{0,40}?"
    r"\b(unspecified|unlisted|unscheduled|non-?specified|non-?scheduled|jewell?e?ry|each item|any one item)\b)",
    re.I,
)


def stated_unlisted_limit(texts: list[str]) -> float | None:
    """The lowest limit for unlisted pieces the claimant's words state, or None."""
    found: list[float] = []
    for text in texts:
        for match in STATED_UNLISTED_LIMIT.finditer(text):
            amounts = find_amounts(text[match.end() : match.end() + 20])
            if amounts and amounts[0].start == 0 and amounts[0].value >= 100:
                found.append(amounts[0].value)
    return min(found) if found else None
