"""Reading amounts of money from what people type.

"$8,500", "8500 dollars", "8.5k", "eight and a half thousand", "about five grand",
"NZ$3,000", "NZD 4,000", "6.5k kiwi", "twenty-five hundred": each becomes an `Amount`.
The text is tokenized by a blank spaCy English pipeline (no downloaded model) whose
tokenizer is taught to split currency prefixes and "k" suffixes off numbers. A phrase
in words is read by text2num's English grammar, so an ill-formed one ("two fifty") is
no amount rather than a wrong one (52); digits are evaluated token by token.

Numbers that count or name something else are never money: karats ("18k gold",
"14ct"), carats, ring sizes ("size 7"), years ("in 2019"), times ("3pm"), phone
numbers ("021 555 6789") and report numbers ("report 2611").

An amount is *cued* when something says it is money (a currency sign or word, "k",
"grand", "worth", "paid"...). Only cued amounts become entities on their own; a bare
number counts only as the answer to "what is it worth?" (see `read_amount`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.util import compile_prefix_regex, compile_suffix_regex
from text_to_num import text2num

from bot.language.corrections import SETTING_RIGHT, cue_words

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "couple": 2,
}  # fmt: skip
FRACTIONS = {"half": 0.5, "quarter": 0.25}
HUNDRED = {"hundred"}
SCALES = {
    "k": 1e3, "thousand": 1e3, "grand": 1e3, "m": 1e6, "mil": 1e6, "million": 1e6,
    "billion": 1e9, "bn": 1e9, "trillion": 1e12,
}  # fmt: skip
CONNECTORS = {"and", "a", "an", "-", "^"}

NZ_MARKS = {"nz$", "nzd", "nz"}
US_MARKS = {"us$", "usd"}
SIGNS = {"$"}
MONEY_WORDS = {"dollar", "dollars", "bucks", "buck"}
# Words right before a bare number that make it money on their own ("worth 2019").
# Weak words like "is" or "at" are not enough: "the report number is 2611" is no amount.
CUE_WORDS_BEFORE = {
    "worth", "valued", "value", "cost", "costs", "paid", "pay", "price", "priced",
    "appraised", "appraisal", "insured", "offered", "spent",
}  # fmt: skip
# Nouns that name a value: a number linked to one by "was", "is" or "says" is money.
VALUE_NOUNS = {
    "retail", "rrp", "replacement", "valuation", "appraisal", "value", "price", "cost", "receipt",
    # "it retails for 7,200 now", "they sell for about 3,000 new".
    "retails", "retailed", "retailing", "sells", "selling",
}  # fmt: skip
LINKING_WORDS = {"was", "is", "of", "says", "said", ":", "=", "for", "at"}
HEDGE_WORDS_BEFORE = {
    "at", "about", "around", "roughly", "approx", "approximately", "nearly", "almost", "maybe", "like",
    "~", "≈", "circa",
}  # fmt: skip
APPROXIMATE_AFTER = {"ish", "-ish"}
# Said after an amount, a country's name for its money: "4 grand US", "5k American".
US_AFTER = {"US", "U.S.", "USD"}
COUNTED_THINGS = {
    "times", "time", "years", "year", "months", "month", "weeks", "week", "days",
    "day", "carat", "carats", "ct", "cts", "karat", "karats", "kt", "people", "kids",
    "%", "percent", "am", "pm", "a.m.", "p.m.", "o'clock", "oclock", "hours", "hrs",
    "minutes", "mins", "mm", "cm", "inch", "inches", "grams", "g", "stones", "diamonds",
}  # fmt: skip
# What "each" counts a number by when the number is no price: "two each year".
PERIODS = {"year", "month", "week", "day", "fortnight", "summer", "winter", "season", "time", "trip"}
# "18k gold", "14K white gold": the k is the karat when a metal follows.
METAL_WORDS = {"gold", "white", "yellow", "rose", "solid", "plated", "filled", "gf"}
# A number right after these names the thing, not its price: "size 7", "report 2611".
NAMING_WORDS = {
    "size", "sz", "report", "ref", "reference", "number", "no", "no.", "#", "case", "file",
    "room", "flight", "gate", "unit", "apt", "apartment", "ph", "phone",
    "mobile", "cell", "tel",
}  # fmt: skip
YEAR_WORDS = {
    "in", "since", "from", "back", "early", "late", "mid", "circa", "summer", "winter",
    "spring", "autumn", "fall", "christmas", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}  # fmt: skip
MONTH_WORDS = YEAR_WORDS - {"in", "since", "from", "back", "early", "late", "mid", "circa"}
# A day or an event named before a year: "on Black Friday 2023", "Boxing Day 2022",
# "our anniversary 2021", "Diwali 2024": the year it was, never money.
EVENT_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day",
    "eve", "birthday", "anniversary", "graduation", "easter", "thanksgiving", "diwali",
    "hanukkah", "chanukah", "eid", "valentines", "valentine's", "weekend", "holidays",
}  # fmt: skip
YEAR_WORDS |= EVENT_WORDS
PIECE_WORDS = {
    "pieces", "items", "rings", "bracelets", "necklaces", "watches", "earrings",
    "pendants", "ring", "bracelet", "necklace", "watch", "pendant", "pairs", "pair",
}  # fmt: skip

_DIGITS = re.compile(r"^\d[\d,]*(\.\d+)?$")


@dataclass(frozen=True)
class Amount:
    """An amount found in a text; `currency` is None when only "$" or nothing was said."""

    value: float
    currency: str | None
    start: int
    end: int
    text: str
    cued: bool


@lru_cache(maxsize=1)
def money_pipeline() -> Language:
    """A blank English pipeline whose tokenizer splits "NZ$3,000" and "8.5k" apart."""
    nlp = spacy.blank("en")
    # "~1,800", "≈ $2k": an approximate mark before a number is a token of its own.
    prefixes = [
        r"-(?=[$\d])",
        r"[~≈](?=\s*[$\d])",
        r"(?i:nz\$|us\$|au\$|nzd|usd)(?=\d)",
        *list(nlp.Defaults.prefixes or []),
    ]
    # "3k-ish", "2,000ish": the "-ish" comes off first, then the "k".
    suffixes = [
        r"(?<=[\dkK])(?i:-?ish)$",
        r"(?<=\d)(?i:k|m|mil|bn|grand)$",
        *list(nlp.Defaults.suffixes or []),
    ]
    tokenizer: Tokenizer = nlp.tokenizer
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # "about $4k. sorry": "k." and "m." are not abbreviations after a number; spaCy's
    # special cases for single letters kept them whole, so "$4k." read as $4.
    tokenizer.rules = {
        text: tokens for text, tokens in (tokenizer.rules or {}).items() if text.lower() not in {"k.", "m."}
    }
    return nlp


@lru_cache(maxsize=256)
def tokenized(text: str) -> Doc:
    """The tokens of a message, made once per text: every reader of a turn shares them
    (read only, never changed)."""
    return money_pipeline()(text)


# "NZ$ 3 400", "3 400 dollars": thousands set apart by a space (NZ and European style),
# read as "3,400" only beside a currency mark, so a phone's groups stay apart.
SPACED_THOUSANDS = re.compile(
    r"(?P<a>(?:nz\$|us\$|\$|nzd|usd)\s*\d{1,3}) (?P<b>\d{3})\b(?![\d,. ]*\d)"
    r"|\b(?P<c>\d{1,3}) (?P<d>\d{3})(?=\s*(?:dollars|bucks|nzd|usd)\b)",
    re.I,
)


def _grouped(text: str) -> str:
    """The thousands joined with a comma: the same length, so positions still hold."""
    return SPACED_THOUSANDS.sub(
        lambda m: f"{m.group('a')},{m.group('b')}" if m.group("a") else f"{m.group('c')},{m.group('d')}", text
    )


def find_amounts(text: str) -> list[Amount]:
    """Every number phrase in `text` read as money, cued or not, in order."""
    # "between four and six thousand": two figures, not one phrase "four and six thousand".
    doc = tokenized(_grouped(BETWEEN_AND.sub(lambda m: f"{m.group(1)} to", text)))
    amounts: list[Amount] = []
    i = 0
    while i < len(doc):
        if not _starts_number(doc, i):
            i += 1
            continue
        end = _phrase_end(doc, i)
        value = _evaluate([t.lower_ for t in doc[i:end]])
        if value is not None:
            amount = _amount(doc, i, end, value)
            if not amount.cued and said_as_value(text, amount):
                amount = replace(amount, cued=True)  # "the appraisal last spring said 12,800"
            if not _counts_something_else(doc, end, amount.cued) and not _names_something_else(
                doc, i, end, amount
            ):
                amounts.append(amount)
        i = max(end, i + 1)
    return amounts


def money_amounts(text: str) -> list[Amount]:
    """Only the amounts that something in the text marks as money, and not a bound
    ("a ring that cost under a thousand" gives no value: the value is asked)."""
    return [a for a in find_amounts(text) if a.cued and not UPPER_BOUND.search(text[: a.start])]


# "under a thousand", "less than $500", "below 2k": a limit, not the amount. Said in
# answer to "what is it worth?" (read_amount) it still counts: the question asked for
# a rough figure.
UPPER_BOUND = re.compile(
    r"\b(under|below|less than|not even|no more than|not more than|no higher than|up to)\s*(about |around )?\W*$",
    re.I,
)


# "a blanket endorsement with a $5,000 limit", "a $5k rider", "coverage up to $2,500",
# "the $1,500 jewellery sublimit": the amount of the cover, not what the piece is worth.
_PIECE_WORDS = r"(anything|everything|any (item|piece|jewell?e?ry)|items?|pieces?|jewell?e?ry|things|stuff)"
_OVER = r"(over|above|more than|greater than|exceeding|in excess of|north of|upwards of|beyond)"
COVER_FIGURE_AFTER = re.compile(
    r"^\s*((per|single|each)[- ](item|piece|article)\s+|jewell?e?ry\s+|theft\s+|unspecified\s+|unlisted\s+|"
    r"unscheduled\s+|contents\s+)*"
    r"(limit|cap|sub-?limit|threshold|deductible|excess|premium|blanket|floater|rider|endorsement|"
    r"(of\s+)?(jewell?e?ry\s+)?(cover|coverage))\b",
    re.I,
)
# A cost by the year or month is a premium: "about $60 a year I think", "$12 a month",
# "NZ$140 per annum", "$95/yr" (a piece has a price, not a yearly one; "worth $5,000 a
# year ago" is a time, not a rate).
PER_PERIOD_AFTER = re.compile(
    r"^\s*((bucks|dollars?|nzd|usd|odd|or so|ish)\s+)?((a|an|per|each|every)\s+(year|yr|annum|month|mth|mo|quarter)\b(?!\s*(ago|back|before|earlier|later|after|on|or (so|two) ago)\b)|"
    r"/\s*(year|yr|annum|month|mth|mo|a)\b|p\.\s?a\.?|p\.?a\.?(?![\w.])|p/a\b|"
    r"(annually|yearly|monthly|quarterly)\b)",
    re.I,
)
COVER_FIGURE_BEFORE = re.compile(
    r"\b((limit|cap|sub-?limit|threshold|deductible|excess|premium)( of| is| at| was)?|"
    # "a blanket jewelry floater for $5,000": the cover's amount, said with the cover.
    r"(blanket|floater|rider|endorsement|cover|coverage)( (cover|coverage|policy))?"
    r"( is| of| for| up to| at| worth| capped at)( up to| about| around)?|"
    r"(covers?|covered|pays?)( me| us| it| them)?( up to| to)|"
    # "they only cover jewellery up to $2,000": the cap, with what it caps named between.
    r"(covers?|covered|insures?|insured|pays?( out)?)( \w+){1,2}? up to|"
    # "our homeowners only covers $1,500 for theft", "the limit's been bumped up to
    # $10,000", "capped at $2,000", "a maximum of $2,500": the policy's cap, never the value.
    r"(only|just) (covers?|covered|insures?|insured|pays?)( me| us| it| them)?( for| out)?|"
    r"(limit|cap|sub-?limit|threshold|max(imum)?)('s|\s+(has|had|have|been|was|is|got|bumped|raised|increased|lifted|"
    r"put|set|up|sits|only|just))*\s+(to|at|of|is|was)( only| just)?|"
    r"(capped|limited|maxe?d? out) (at|to)( only| just)?|"
    r"max(imum)? (payout|pay ?out|they('ll| will)? pay)( is| of)?|"
    # "anything over $5,000 has to be in a safe", "jewelry north of 10k": the policy's threshold.
    rf"{_PIECE_WORDS}( that'?s| that is| which is)? (worth |valued (at )?)?{_OVER}|"
    # "policy says over 10k should be in a safe", "the rule is anything above 5 grand":
    # the threshold the policy, its wording or its rule sets.
    r"(policy|insurer|insurance|wording|terms|conditions|rules?|requirement|fine print|small print|pds|contract)"
    rf"( \w+)? (says|said|states|requires|required|wants|needs|is|was)( that)?( {_PIECE_WORDS})?"
    rf"( (worth|valued( at)?))? {_OVER}|"
    # "if anything's over $5,000 it has to be listed": a rule said as a condition.
    rf"if ({_PIECE_WORDS}|an? (item|piece))( is|'s| are)? (worth |valued (at )?)?{_OVER}|"
    # "my insurer only paid $1,500 last time": a settlement, not this piece's value.
    r"(insurer|insurance|insurance company|they) (only )?(paid|paid out|offered|gave)( me| us)?( out)?)"
    r"\s*[:=-]?\s*(about |around )?$",
    re.I,
)
# "over 10k should be in a safe", "above $5,000 needs its own valuation": a threshold
# with what the policy asks of the pieces above it.
THRESHOLD_BEFORE = re.compile(rf"\b{_OVER}\s*(about |around )?\W{{0,4}}$", re.I)
RULE_AFTER = re.compile(
    r"^\s*((in value|each|per (item|piece)|or more|and up|\+)\s*)?,?\s*"
    r"(should|must|has to|have to|needs? to|needs|need|is to|are to|gotta|got to|requires?|is required|"
    r"are required|gets?|go(es)? (in|on))\b",
    re.I,
)


# A figure said as a part of the policy's price: "the $240 is just the ring bit, not the
# whole policy", "that 180 is only the jewellery part of the premium".
POLICY_PART_AFTER = re.compile(
    r"^\s*(is|was|'s)\s+(just\s+|only\s+)?(for\s+)?(the\s+)?([\w']+\s+){0,2}(bit|part|portion|share|component|line)\b"
    r"[^.;!?]{0,30}?\b(policy|premium|bill|insurance|renewal|invoice)\b|"
    r"^[^.;!?]{0,40}?\bnot (the |my |our )?(whole|entire|full|total) (policy|premium|bill|insurance|renewal|invoice)\b",
    re.I,
)


def is_a_cover_figure(text: str, start: int, end: int) -> bool:
    """The figure at text[start:end] is the cover's (a cap, a limit, a threshold, a
    premium, a settlement), said before or after it: never the piece's value."""
    return bool(
        COVER_FIGURE_AFTER.search(text[end:])
        or POLICY_PART_AFTER.search(text[end:])
        or PER_PERIOD_AFTER.search(text[end:])
        or COVER_FIGURE_BEFORE.search(text[:start])
        or (THRESHOLD_BEFORE.search(text[:start]) and RULE_AFTER.match(text[end:]))
    )


def cover_figures(text: str) -> set[float]:
    """The amounts a text gives as the cover's: never the piece's value."""
    return {float(a.value) for a in find_amounts(text) if is_a_cover_figure(text, a.start, a.end)}


def without_cover_figures(text: str) -> str:
    """The text with the cover's figures blanked (same length, so positions hold): "the
    limit is $2,000 per item, mine's worth 1,500" reads as one figure, the piece's."""
    for a in reversed(find_amounts(text)):
        if is_a_cover_figure(text, a.start, a.end):
            text = text[: a.start] + " " * (a.end - a.start) + text[a.end :]
    return text


# "maybe 2-3k, call it 2500", "somewhere 4 to 5 grand, let's say 4,500": the figure the
# person settles on after a range or a guess.
SETTLED_ON = re.compile(
    r"\b(call it|let'?s (just )?say|let'?s go with|go with|make it|put (it )?down as|settle on|say)\s*"
    r"(about |around |roughly )?\W*$",
    re.I,
)


# "1,750 - sorry, 1,570, typo", "4200, no wait, 4,800": a figure said again in the same
# breath, right after a correction cue; the one said last holds.
SAID_AGAIN = re.compile(
    r"(^|[,;.\u2013\u2014-]|\s)\s*(?:(?:oh|ah|um+|er+),?\s+)?"
    r"(sorry|no,? wait|wait|no sorry|i mean|i meant|oops|whoops|correction|scratch that|make that|typo)"
    r"\W{0,4}(it'?s |it was |that'?s |should be |i mean )?(about |around |roughly )?\W{0,3}$",
    re.I,
)

PART_AFTER = re.compile(r"^\s*(of (it|that)|for|on|with) ", re.I)


def settled_amount(text: str) -> Amount | None:
    """The figure the person settles on ("maybe 2-3k, call it 2500"), or the figure said
    again after a slip ("1,750 - sorry, 1,570"), or None."""
    found = find_amounts(text)
    settled = [
        a
        for i, a in enumerate(found)
        if SETTLED_ON.search(text[: a.start])
        or (
            i > 0
            and SAID_AGAIN.search(text[found[i - 1].end : a.start])
            # "3,000, sorry, 300 of that for the chain": a part, not the figure again.
            and not PART_AFTER.match(text[a.end :])
        )
    ]
    return settled[-1] if settled else None


# What a valuation says the piece would cost to replace: "the appraisal last spring said
# 12,800", "the jeweler said it'd be 1,400 to replace today". Said beside what was paid
# ("paid 9,400 back in 2019 but..."), it is the value: the question is what replacing
# the piece would cost now.
VALUED_BEFORE = re.compile(
    # The words between hold no other figure and no turn ("the valuation, but that was 2019").
    # The figure a piece is listed at on the policy is its valuation too: "it's scheduled
    # at $5,800 from the appraisal", "specified on our policy for 4,600".
    r"\b(apprais\w*|valuations?|valued|valuer|revalu\w*|jewell?er'?s?|replac\w*|scheduled|specified|itemi[sz]ed)\b"
    r"(?:(?!\b(but|though|although)\b)[^.;,!?\d]){0,30}?"
    r"\b(said|says|say|reckons?|reckoned|thinks|estimated?|came back( at)?|put it at|puts it at|quoted( me)?|(it'?d|it would|would) (be|cost)|"
    r"at|of|for|was|is)\s*(about |around |roughly |more like |closer to |nearly )?\W{0,4}$",
    re.I,
)
TO_REPLACE_AFTER = re.compile(r"^[^.;,]{0,8}?\b(to replace|to buy (it )?(again|new)|replacement)\b", re.I)


def said_as_value(text: str, amount: Amount) -> bool:
    """A figure a valuation gives, or what replacing the piece would cost (not a year)."""
    if re.fullmatch(r"(19|20)\d\d", amount.text):
        return False
    return bool(VALUED_BEFORE.search(text[: amount.start]) or TO_REPLACE_AFTER.search(text[amount.end :]))


def current_value(text: str) -> Amount | None:
    """The last figure a valuation or a replacement quote gives, if any."""
    valued = [
        a
        for a in find_amounts(text)
        # From 50 up: "the jeweller said 4 to 5 thousand" gives no valuation of 4.
        if a.value >= SMALLEST_BARE_VALUE
        and said_as_value(text, a)
        and not NOT_BEFORE.search(text[: a.start])
    ]
    return valued[-1] if valued else None


# The figure of one piece said apart from a total: "the ring alone 4,000", "the watch on
# its own was $2,200", "3,100 for the ring by itself".
PIECE_ALONE_BEFORE = re.compile(
    r"\b(alone|on (its|it'?s) own|by itself|just the \w+)\s*(was |is |worth |at |about |around )*\W*$", re.I
)
PIECE_ALONE_AFTER = re.compile(r"^\s*(for (the|my) \w+ )?(alone|on (its|it'?s) own|by itself)\b", re.I)


# The piece's share of a total: "the earrings were $700 of that", "$1,900 of it on the
# receipt", "the bracelet that's gone was $1,100", "so 1,200 for the one I lost".
PART_OF_TOTAL_AFTER = re.compile(
    r"^\s*(of (that|it|this|those|them|the (total|lot|set|price|bill|receipt))|out of (that|it|the total))\b",
    re.I,
)
GONE = r"(gone|lost|missing|stolen|taken|nicked|pinched|damaged|broken|that (went|got|was) \w+)"
PART_GONE_BEFORE = re.compile(
    r"\b(the|my|her|his|our) (\w+ ){0,2}?(one|\w+) (that'?s|thats|that is|that was|which (is|was)|i|we|she|he)"
    rf"( \w+)?? {GONE}(\s*(was|is|cost|costs|came to|at|worth|about|around|roughly|like|,))*\s*\W*$",
    re.I,
)
PART_GONE_AFTER = re.compile(
    rf"^\s*(for|was|is) (the|that|my) (\w+ )?(one|\w+) ((that'?s|thats|that|which|i|we|she|he)( \w+)?? )?{GONE}\b",
    re.I,
)
# A part of the piece named alone ("the chain on its own was $800"): its figure is not
# the piece's, which is the figure said with the rest ("but with the pendant it's 2,300").
PART_WORDS = re.compile(
    r"\b(chain|setting|mount|mounting|stone|centre stone|center stone|diamond|strap|clasp|metal|gold|pearl|pendant)\s*$",
    re.I,
)
WITH_THE_REST_BEFORE = re.compile(
    r"\b(with|plus|including|incl\.?|together with|along with) (the|its|a|an|my|her|his) [\w' -]{1,25}?"
    r"[^.;\d]{0,30}$",
    re.I,
)


def _part_of_the_piece(text: str, alone: Amount, amounts: list[Amount]) -> Amount | None:
    """ "the chain on its own was $800 but with the pendant it's 2,300": the alone figure
    is a part's; the whole piece's figure follows, said with the rest."""
    before = text[: alone.start]
    subject = PIECE_ALONE_BEFORE.search(before)
    named = before[: subject.start()] if subject else ""
    if not PART_WORDS.search(named.rstrip(" ,")):
        return None
    later = [
        a for a in amounts if a.start > alone.end and WITH_THE_REST_BEFORE.search(text[alone.end : a.start])
    ]
    return later[0] if later else None


def share_of_total(text: str) -> Amount | None:
    """The one figure said as the piece's share of a total, beside it ("the set was
    $2,200, the earrings were $700 of that"), or None."""
    amounts = find_amounts(text)
    if len([a for a in amounts if _a_figure(a)]) < 2:
        return None
    shares = [
        a
        for a in amounts
        if PART_OF_TOTAL_AFTER.match(text[a.end :])
        or PART_GONE_BEFORE.search(text[: a.start])
        or PART_GONE_AFTER.match(text[a.end :])
    ]
    return shares[0] if len(shares) == 1 else None


def piece_alone(text: str) -> Amount | None:
    """The one figure said of a piece apart from a total ("the ring alone 4,000", "the
    earrings were $700 of that", "1,200 for the one I lost"), or None."""
    amounts = find_amounts(text)
    alone = [
        a
        for a in amounts
        if PIECE_ALONE_BEFORE.search(text[: a.start]) or PIECE_ALONE_AFTER.match(text[a.end :])
    ]
    if len(alone) == 1:
        whole = _part_of_the_piece(text, alone[0], amounts)
        if whole is not None:
            return whole
    if not alone:
        share = share_of_total(text)
        alone = [share] if share is not None else []
    if len(alone) != 1:
        return None
    piece = alone[0]
    if piece.value < SMALLEST_BARE_VALUE and any(a.value >= 1000 for a in amounts if a is not piece):
        # "the set was 8k, the ring alone about 5": the piece's figure in the total's thousands.
        return replace(piece, value=piece.value * 1000)
    return piece


# A figure said bare, with no sign, scale or "dollars": "4.2", "3", "2 and a half".
SCALE_OR_SIGN = re.compile(
    r"\$|\d\s*k\b|\b(k|grand|thousand|hundred|mil\w*|bucks?|dollars?|cents?|nzd|usd)\b", re.I
)
# Below this, a bare figure given as what a piece is worth is thousands said short.
THOUSANDS_UNSAID_BELOW = 20


# A count or a time, not money: "2 trips", "around 4pm", "3 weeks".
COUNTED_AFTER = re.compile(
    r"^\s*(am|pm|o'?clock|:\d|min\w*|hours?|hrs?|days?|nights?|weeks?|months?|years?|yrs?|times?|trips?|"
    r"pieces?|stones?|diamonds?|carats?|ct|kt|karats?|people|kids|of)\b",
    re.I,
)
IN_THOUSANDS = re.compile(r"\d\s*k\b|\b(k|grand|thousand)\b", re.I)


def thousands_unsaid(text: str, amount: Amount) -> bool:
    """ "paid 3 grand, the appraisal came back at 4.2", "valued at 3": a bare figure under
    20, in digits, given as what a piece is worth is thousands said short (no piece is
    insured for $4.20), when every other figure said beside it is in thousands too. Only
    as the answer to the value question (`read_amount`), and said back."""
    return (
        _bare_small(text, amount)
        and "$" not in text[max(0, amount.start - 2) : amount.start]
        and all(
            other.start == amount.start or _bare_small(text, other) or IN_THOUSANDS.search(other.text)
            for other in find_amounts(text)
        )
    )


def _bare_small(text: str, amount: Amount) -> bool:
    after = text[amount.end : amount.end + 12]
    return (
        0 < amount.value < THOUSANDS_UNSAID_BELOW
        and amount.currency is None
        and amount.text[:1].isdigit()
        and not SCALE_OR_SIGN.search(amount.text)
        and not SCALE_OR_SIGN.match(after.strip())
        and not COUNTED_AFTER.match(after)
    )


def _in_thousands(text: str, amount: Amount | None) -> Amount | None:
    if amount is None or not thousands_unsaid(text, amount):
        return amount
    return replace(amount, value=round(amount.value * 1000, 2))


def thousands_said_short(text: str) -> Amount | None:
    """The answer to the value question when its figure is thousands said short ("paid
    2 and a half, valued at 3": $3,000), else None. Read as such, it is said back."""
    amount = read_amount(text)
    if amount is None or not any(
        a.start == amount.start and a.value != amount.value for a in find_amounts(text)
    ):
        return None
    return amount


# A figure put right within the same message: "valued at $2,400 - oh actually they
# updated it to $2,750", "$6k, make that $6,500", "4200, I mean 4800": the cue comes
# after one figure and before another, and the later one is the answer.
# A figure's own cue beside the shared ones: "$6k, make it $6,500".
# And a figure asked of oneself, then set right: "was it 3,200? no, 3,400".
# A figure set right by a bare no ("4k no 4.5k", "3200? no 3400", "3 grand, nah"): one
# notion, read by the correction cues below and by the naming check (the "no" there is no
# "No. 3400").
FIGURE_THEN_NO = r"(?<=\d)(?:k|grand)?\s*(?:\?+|,|\.\.\.|-)?\s*(?:no|nope|nah)\b"
ASKED_THEN_NO = r"\?\s*(?:no|nope|nah)\b|" + FIGURE_THEN_NO + r"\s*,?\s*(?=(?:nz|us)?\$?\d)"
FIGURE_SET_RIGHT = re.compile(FIGURE_THEN_NO, re.I)
SELF_CORRECTION_CUE = re.compile(r"\b" + cue_words("make it", no_first=True) + r"\b|" + ASKED_THEN_NO, re.I)


def corrected_within(text: str) -> Amount | None:
    """The figure a message settles on after correcting its own earlier one, or None."""
    found = [
        a
        for a in find_amounts(text)
        if not is_a_cover_figure(text, a.start, a.end) and not re.fullmatch(r"(19|20)\d\d", a.text.strip())
    ]
    if len(found) < 2:
        return None
    for cue in SELF_CORRECTION_CUE.finditer(text):
        if cue.start() < found[0].end:
            continue
        if not any(a.start >= cue.end() for a in found):
            return None
        offset = cue.end()
        later = read_amount(text[offset:], own_correction=False)
        if later is None or later.value < SMALLEST_BARE_VALUE:
            return None
        return replace(later, start=later.start + offset, end=later.end + offset)
    return None


def read_amount(text: str, own_correction: bool = True) -> Amount | None:
    """The amount a person gave in answer to "what is it worth?".

    A figure the person settles on ("call it 2500") wins; then a cued amount; a lone
    bare number ("8500") also counts, because the question already said it was money.
    With several cued amounts (a range, "5-6k"), the highest is taken: insuring below
    the real value is the costlier mistake. A bare figure under 20 is thousands said
    short ("valued at 4.2": `thousands_unsaid`).
    """
    # "the limit is $2,000 per item, it's worth 1,500": the cover's figures are never it.
    text = without_cover_figures(text)
    corrected = corrected_within(text) if own_correction else None
    if corrected is not None:
        return corrected  # "valued at $2,400 - oh actually they updated it to $2,750"
    found = find_amounts(text)
    amounts = [_in_thousands(text, a) or a for a in found]
    settled = _in_thousands(text, settled_amount(text))
    if settled is not None:
        return settled
    alone = _in_thousands(text, piece_alone(text))
    if alone is not None:
        return alone  # "$4-5,000 of jewellery all up, the ring alone 4,000"
    valued = current_value(text) or next(
        (
            scaled
            for bare, scaled in reversed(list(zip(found, amounts, strict=True)))
            if scaled is not bare and said_as_value(text, bare) and not NOT_BEFORE.search(text[: bare.start])
        ),
        None,
    )
    if valued is not None:
        return valued
    cued = [a for a in amounts if a.cued]
    # "it was $5,000, not $5,500": the figure taken back is not the answer.
    cued = [a for a in cued if not NOT_BEFORE.search(text[: a.start])] or cued
    # "a bit under two grand, 1,980 with tax": the bound gives way to the figure.
    cued = [a for a in cued if not is_a_bound(text, a)] or cued
    if cued:
        return max(cued, key=lambda a: a.value)
    if len(amounts) == 1:
        return amounts[0]
    # "we got it for 2600 on Black Friday 2023", "the pair was 3,800, each half a carat":
    # the one figure among years and small counts.
    figures = [a for a in amounts if _a_figure(a)]
    if len(figures) == 1:
        return figures[0]
    return None


# "$5-6k", "5 to 6 thousand", "between $5,000 and $6,000", "3 or 4 grand": a range, whose
# scale or sign may be said only once, at its top.
_MARK = r"(?:nz\$|us\$|\$|nzd\s*|usd\s*)"
_SCALE = r"(?:\s*(?:k|grand|thousand)\b)"
RANGE = re.compile(
    r"(?P<mark>" + _MARK + r")?(?P<low>\d[\d,]*(?:\.\d+)?)(?P<low_scale>" + _SCALE + r")?\s*"
    r"(?:-|–|to|or|and)\s*" + _MARK + r"?(?P<high>\d[\d,]*(?:\.\d+)?)(?P<scale>" + _SCALE + r")?",
    re.I,
)


@dataclass(frozen=True)
class ValueRange:
    low: float
    high: float


# "$650 plus the chain which was another 120", "1,200 and another $300 for the
# earrings": parts of one claim, added up.
ADDED_PART = re.compile(
    r"\b(another|plus( another)?|and another|an extra|extra)\s*(about |around )?\W*$", re.I
)


# "the band was separate, another $600", "the earrings weren't taken, another 400": a
# figure for another piece, not a part of this one.
SET_APART = re.compile(
    r"\b(separate(ly)?|apart|not (part of|included|taken|lost|stolen|claimed)|(was|were)n'?t (taken|lost|stolen|included)|"
    r"(is|are) fine|still (have|got))\b",
    re.I,
)


def added_up(text: str) -> float | None:
    """The total of an amount and the parts said to come on top of it, or None."""
    amounts = find_amounts(text)
    added = [
        a
        for previous, a in pairwise(amounts)
        if ADDED_PART.search(text[max(0, a.start - 20) : a.start])
        and not SET_APART.search(text[previous.end : a.start])
    ]
    if not amounts or amounts[0].value < SMALLEST_BARE_VALUE or not added:
        return None
    return amounts[0].value + sum(a.value for a in added)


# "10k, maybe more", "5 grand at least", "3k or more": the figure told as the least it
# is worth, put down and said back.
FLOOR_AFTER = re.compile(
    r"^\W{0,3}\s*(\w+\W{0,2}\s*){0,2}?\b(at least|or more|or so,? maybe more|maybe more|if not more|possibly more|"
    r"probably more|could be more|might be more|or higher|minimum|at the very least)\b",
    re.I,
)
FLOOR_BEFORE = re.compile(
    r"\b(at least|at the very least|no less than|minimum( of)?|upwards of)\s*\W{0,2}$", re.I
)


def said_as_a_floor(text: str, value: float) -> bool:
    """The figure `value` is told as the least the piece is worth ("10k? maybe more")."""
    return any(
        a.value == value and bool(FLOOR_AFTER.match(text[a.end :]) or FLOOR_BEFORE.search(text[: a.start]))
        for a in find_amounts(text)
    )


# "a couple of grand", "a couple thousand", "couple hundred": a round figure said
# loosely, put down and said back.
VAGUE_FIGURE = re.compile(r"\bcouple\b", re.I)


def said_loosely(text: str, value: float) -> bool:
    """The figure `value` was said loosely ("couple of grand"), not stated."""
    return any(a.value == value and VAGUE_FIGURE.search(a.text) for a in find_amounts(text))


def value_range(text: str, bare: bool = False) -> ValueRange | None:
    """The two ends of a range of money, when the text gives one ("$5-6k"); `bare`
    also takes one with no money mark ("2,000-2,500" in answer to "what is it worth?")."""
    found = _range_said(text, bare)
    return None if found is None else found[0]


def _range_said(text: str, bare: bool) -> tuple[ValueRange, int, int] | None:
    """The range and where it stands in the text (start, end)."""
    for match in RANGE.finditer(_grouped(text)):
        scale_word = (match.group("scale") or match.group("low_scale") or "").strip().lower()
        if not (match.group("mark") or scale_word or bare):
            continue  # "3-4 days", "2 or 3 times": no money said
        scale = SCALES.get(scale_word, 1.0)
        low_scale = SCALES.get((match.group("low_scale") or "").strip().lower(), scale)
        low_said = float(match.group("low").replace(",", ""))
        low = low_said * low_scale
        high = float(match.group("high").replace(",", ""))
        # The top's own scale; the low end's only when the top is a figure like the
        # low's ("3k-4" is 3,000 to 4,000; "5k and $300" is two figures).
        alike = low_said < high < low_said * 10
        high *= SCALES.get((match.group("scale") or "").strip().lower(), low_scale if alike else 1.0)
        if SMALLEST_BARE_VALUE <= low < high:
            # Below that, no range of money ("3-4 days"), or its scale is in words after
            # it ("2 or 3 hundred"), read below.
            return ValueRange(low, high), match.start(), match.end()
    return _range_in_words(text, bare)


# "between four and six thousand": the "and" of a "between" joins the two ends. Swapped
# for a word of the same length, so positions in the text still hold.
BETWEEN_AND = re.compile(r"(?<=\bbetween\b)([^.;!?]{1,40}?)\band\b", re.I)
# What joins the two ends of a range said in words: "four to six thousand", "2 or 3
# hundred", "800 to a grand", "three or maybe four grand".
RANGE_JOIN = re.compile(r"^\s*(-|–|to|or|or maybe|to maybe|up to)\s*$", re.I)


def _range_in_words(text: str, bare: bool) -> tuple[ValueRange, int, int] | None:
    """ "four to six thousand", "2 or 3 hundred", "three or four grand": two figures
    joined as a range, the scale said once at the top (the low end takes it when it
    would otherwise be far below: "four" to "six thousand" is 4,000 to 6,000)."""
    joined = BETWEEN_AND.sub(lambda m: f"{m.group(1)} to", text)
    amounts = find_amounts(text)
    for low_end, high_end in pairwise(amounts):
        if not RANGE_JOIN.match(joined[low_end.end : high_end.start]) or not (
            low_end.cued or high_end.cued or bare
        ):
            continue
        low, high = low_end.value, high_end.value
        if 0 < low < 100:
            while low * 10 <= high:
                low *= 10  # "2 or 3 hundred": the 2 is 200
        if 0 < low < high:
            return ValueRange(low, high), low_end.start, high_end.end
    return None


def top_of_range(text: str, value: float) -> float:
    """The top of the range `value` is the low end of ("worth 2,000-2,500", where only the
    first figure is money-marked), else `value`: insuring below the value is the
    costlier mistake."""
    span = value_range(text, bare=True)
    if span is None or span.low != value:
        return value
    chosen = settled_amount(text) or piece_alone(text) or current_value(text)
    return value if chosen is not None and chosen.value == value else span.high


# "1,500 tops", "800 at the most", "a grand or less", "at most 600": the most it is worth
# (beside UPPER_BOUND's "under a grand", "no more than $500").
AT_MOST_BEFORE = re.compile(r"\bat (the )?most\s*(about |around )?\W*$", re.I)
AT_MOST_AFTER = re.compile(
    r"^\s*(tops|max|at (the )?(most|outside)|or (less|under|below|so at most))\b", re.I
)


def is_a_bound(text: str, amount: Amount) -> bool:
    """The amount is the most something is worth, not its value ("under a grand")."""
    return bool(
        UPPER_BOUND.search(text[: amount.start])
        or AT_MOST_BEFORE.search(text[: amount.start])
        or AT_MOST_AFTER.search(text[amount.end :])
    )


@dataclass(frozen=True)
class LooseValue:
    """A value given only as a range or a bound: `top` is what would be used (insuring
    below the value is the costlier mistake); `low` is the range's other end, None for
    a bound ("under a grand")."""

    top: float
    low: float | None
    currency: str | None


def loose_value(text: str) -> LooseValue | None:
    """The range or bound an answer to "what is it worth?" gives instead of one figure
    ("somewhere around 3-4k", "between four and six thousand", "under a grand", "2 or 3
    hundred"), or None when it states a figure: one settled on ("3-4k, call it 3,500"),
    or one beside the range ("$4-5,000 all up, the ring alone 4,000"), or two figures
    that are no range ("paid 3k, valued 4k")."""
    if settled_amount(text) is not None:
        return None
    amounts = [a for a in find_amounts(text) if a.value > 0]
    currency = next((a.currency for a in amounts if a.currency), None) or currency_named(text)
    found = _range_said(text, bare=True)
    if found is not None:
        span, start, end = found
        if YEARS_JOINED.fullmatch(text[start:end].strip()):
            return None  # "in 2019 or 2020": years
        outside = [a for a in amounts if (a.end <= start or a.start >= end) and _a_figure(a)]
        if span.low < SMALLEST_BARE_VALUE or outside:
            return None
        return LooseValue(span.high, span.low, currency)
    figures = [a for a in amounts if _a_figure(a)]
    if len(figures) == 1 and is_a_bound(text, figures[0]):
        return LooseValue(figures[0].value, None, currency)
    return None


YEARS_JOINED = re.compile(r"(19|20)\d\d\s*(-|–|to|or|and)\s*(19|20)?\d\d", re.I)


def _a_figure(amount: Amount) -> bool:
    """A figure someone might give for a piece: money-marked, or bare from 50 up (not a
    year)."""
    return amount.cued or (
        amount.value >= SMALLEST_BARE_VALUE and not re.fullmatch(r"(19|20)\d\d", amount.text)
    )


def _starts_number(doc: Doc, i: int) -> bool:
    tok = doc[i].lower_
    if _DIGITS.match(tok) or tok in UNITS or tok in FRACTIONS:
        return True
    # "a grand", "a thousand dollars", "half a million"
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return tok in {"a", "an"} and (nxt in SCALES or nxt in HUNDRED or nxt == "couple")


def _is_number_token(tok: Token) -> bool:
    low = tok.lower_
    return bool(
        _DIGITS.match(low)
        or low in UNITS
        or low in FRACTIONS
        or low in HUNDRED
        or low in SCALES
        or low in CONNECTORS
    )


def _phrase_end(doc: Doc, start: int) -> int:
    end = start
    while end < len(doc) and (
        _is_number_token(doc[end]) or (doc[end].lower_ == "of" and doc[end - 1].lower_ == "couple")
    ):
        # "two $800 bracelets": a digit right after a complete number starts a new one,
        # and so does the second end of a range ("5-6k").
        if end > start and _DIGITS.match(doc[end].lower_) and doc[end - 1].lower_ != "^":
            back = end - 1
            while back > start and doc[back].lower_ in CONNECTORS:
                back -= 1  # "between 5 and 6 thousand"
            prev = doc[back].lower_
            if (
                _DIGITS.match(prev)
                or prev in UNITS
                or (prev in SCALES and not _rest_of_scale(doc, back, end))
            ):
                break
        if doc[end].lower_ == "-" and end > start and _DIGITS.match(doc[end - 1].lower_):
            break
        if end > start and _DIGITS.match(doc[end - 1].lower_) and _starts_number(doc, end):
            break  # "$3,300 two years ago", "4,500 a couple of years back": a figure, then a count
        end += 1
    while end > start + 1 and doc[end - 1].lower_ in CONNECTORS:
        end -= 1  # "... and a $3,000 watch": the trailing "and a" is not part of it
    return end


def _rest_of_scale(doc: Doc, scale_at: int, digit_at: int) -> bool:
    """ "3 thousand and 400", "2 thousand 500": digits after a spelled-out thousand that
    are smaller than it are the rest of the same figure, unless they carry a scale of
    their own ("between 3 thousand and 4 thousand") or a sign ("5k and $300")."""
    if doc[scale_at].lower_ != "thousand" or any(
        t.lower_ not in {"and"} for t in doc[scale_at + 1 : digit_at]
    ):
        return False
    following = doc[digit_at + 1].lower_ if digit_at + 1 < len(doc) else ""
    if following in SCALES or following in COUNTED_THINGS:
        return False
    return float(doc[digit_at].lower_.replace(",", "")) < 1000


def _evaluate(words: list[str]) -> float | None:
    if not any(_DIGITS.match(w) for w in words):
        return _words_value(words)
    total = 0.0
    current = 0.0
    seen_number = False
    i = 0
    while i < len(words):
        word = words[i]
        if _DIGITS.match(word):
            current += float(word.replace(",", ""))
            seen_number = True
        elif word == "^" and i + 1 < len(words) and _DIGITS.match(words[i + 1]):
            current = current ** float(words[i + 1].replace(",", ""))
            i += 1
        elif word in UNITS:
            current += UNITS[word]
            seen_number = True
        elif word in FRACTIONS:
            current += FRACTIONS[word]
            seen_number = True
        elif word in HUNDRED:
            current = (current or 1) * 100
            seen_number = True
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0.0
            seen_number = True
        i += 1
    return total + current if seen_number else None


# Spoken scale words written as text2num's grammar knows them.
SCALE_NAMES = {"k": "thousand", "grand": "thousand", "m": "million", "mil": "million", "bn": "billion"}


def _words_value(words: list[str]) -> float | None:
    """A number said in words, by text2num's grammar: "twenty-five hundred", "a couple
    grand", "eight and a half thousand", "half a million"; None when ill-formed."""
    names = [SCALE_NAMES.get(w, w) for w in words if w not in {"-", "of"}]
    names = ["two" if w == "couple" else w for w in names]
    # "a couple grand": the "a" belongs to "couple", not a number of its own.
    names = [w for i, w in enumerate(names) if not (w in {"a", "an"} and names[i + 1 : i + 2] == ["two"])]
    fraction_at = next((i for i, w in enumerate(names) if w in FRACTIONS), None)
    if fraction_at is None:
        return _grammar_value(names)
    before, after = names[:fraction_at], names[fraction_at + 1 :]
    while before and before[-1] in {"and", "a", "an"}:
        before.pop()
    while after and after[0] in {"a", "an", "of"}:
        after.pop(0)
    base = _grammar_value(before) if before else 0.0
    scale = _grammar_value(["one", *after]) if after else 1.0
    if base is None or scale is None:
        return None
    return (base + FRACTIONS[names[fraction_at]]) * scale


def _grammar_value(names: list[str]) -> float | None:
    if names and names[0] in {"a", "an"}:
        names = ["one", *names[1:]]  # "a grand", "a thousand"
    if not names or any(w in CONNECTORS - {"and"} for w in names):
        return None
    try:
        return float(text2num(" ".join(names), "en"))
    except ValueError:
        return _hundreds_unsaid(names)


TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ONES = {w: v for w, v in UNITS.items() if 1 <= v <= 9}
HUNDREDS_SAID = {w: v for w, v in UNITS.items() if 1 <= v <= 19}


def _hundreds_unsaid(names: list[str]) -> float | None:
    """ "three fifty", "twelve fifty", "four seventy five": hundreds said as a price is,
    without the word "hundred" (350, 1,250, 475)."""
    if len(names) not in (2, 3) or names[0] not in HUNDREDS_SAID or names[1] not in TENS:
        return None
    ones = 0
    if len(names) == 3:
        if names[2] not in ONES:
            return None
        ones = ONES[names[2]]
    return float(HUNDREDS_SAID[names[0]] * 100 + TENS[names[1]] + ones)


def _names_something_else(doc: Doc, start: int, end: int, amount: Amount) -> bool:
    """Karats, ring sizes, report and phone numbers, years: numbers that are no price."""
    words = [t.lower_ for t in doc[start:end]]
    after = doc[end].lower_ if end < len(doc) else ""
    before = doc[start - 1].lower_ if start > 0 else ""
    if words[-1] == "k" and after in METAL_WORDS:
        return True  # "18k gold"
    if words[-1] == "k" and before not in CUE_WORDS_BEFORE and _distance_after(doc, end):
        return True  # "about 20k out of town": kilometres (New Zealand's "k"), not dollars
    if words[-1] == "k" and {t.lower_ for t in doc[max(start - 4, 0) : start]} & {
        "population",
        "pop",
        "pop.",
    }:
        return True  # "population about 3k": people, not dollars
    if _karat_described(words, before, doc, end):
        return True  # "14k, size 11": the gold's karat, then more of the piece
    if _named_by(doc, start):
        return True
    if amount.currency is not None or before in SIGNS or after in MONEY_WORDS:
        return False
    first = words[0]
    if not amount.cued and end < len(doc) and _DIGITS.match(doc[end].lower_):
        return True  # "two 0.75 ct studs": a count of what follows
    if len(words) == 1 and _DIGITS.match(first):
        if len(first) > 1 and first.startswith("0") and not first.startswith("0."):
            return True  # "021": a phone number's area code
        if _digit_group_beside(doc, start):
            return True  # "555 0199", "2611 4471": one number written in groups
        year = first.isdigit() and 1900 <= int(first) <= 2100
        if year and before in YEAR_WORDS:
            return True
        if (
            year
            and after in {"at", "for"}
            and end + 1 < len(doc)
            and (doc[end + 1].lower_ in SIGNS | NZ_MARKS | US_MARKS or _starts_number(doc, end + 1))
        ):
            return True  # "appraised 2019 at 6,800": the year of the valuation, then its figure
        if before in MONTH_WORDS or after in MONTH_WORDS:
            return True  # "March 3", "3 March": a date
    return False


# Where a distance in kilometres leads: "20k out of town", "30k from Gore", "15k down
# the road", "a farm 40k north of Timaru", "about 20k's drive".
DISTANCE_AFTER = re.compile(
    r"^\s*('?s\s+)?(out of|outside( of)?|out past|out from|out the back of|from (the )?(nearest|town|city|cbd)\b|"
    r"away\b|inland|north|south|east|west|down the road|up the road|along the road|drive\b|by road|"
    # "a 5k walk", "my 10k run every Sunday": the distance of it.
    r"(fun )?(walk|run|race|hike|swim|ride|cycle|bike ride|loop|track)s?\b|"
    r"to (the )?(nearest|town|city|the shops|school))",
)


def _distance_after(doc: Doc, end: int) -> bool:
    """The words after a "k" lead somewhere: a distance."""
    if end >= len(doc):
        return False
    rest = doc.text[doc[end].idx :]
    return bool(DISTANCE_AFTER.match(rest)) and not OUT_OF_POCKET.match(rest)


# "20k out of pocket", "out of my savings": money still.
OUT_OF_POCKET = re.compile(
    r"\s*out of ((my|our|his|her|their) )?(own )?(pocket|savings|account|super)\b", re.I
)


# The karats gold is sold in: "14k" among words that describe the piece is its gold.
KARATS = {"9", "10", "14", "18", "22", "24"}
# What describes the piece after its karat: "14k, size 11", "18k band", "9k / white".
DESCRIBING_AFTER = METAL_WORDS | PIECE_WORDS | {"size", "sz", "band", "chain", "bangle", "studs", "hoops"}
# Chain styles: "a 14k cuban link bracelet", "10k rope chain", "18k figaro".
DESCRIBING_AFTER |= {
    "cuban", "rope", "figaro", "franco", "curb", "herringbone", "snake", "tennis", "miami", "byzantine",
    "wheat", "rolo", "paperclip", "mariner", "singapore", "link", "links", "anklet", "locket", "signet",
}  # fmt: skip
MONEY_BEFORE = CUE_WORDS_BEFORE | HEDGE_WORDS_BEFORE | SIGNS | {"was", "is", "for", "of", "under", "over"}


def _karat_described(words: list[str], before: str, doc: Doc, end: int) -> bool:
    """ "14k, size 11, it was 1,800 bucks": a karat, said without a metal but among
    words that describe the piece (a size, the piece, a colour), and with nothing
    before it that makes it money ("it was 14k", "about 18k")."""
    if len(words) != 2 or words[0] not in KARATS or words[1] != "k" or before in MONEY_BEFORE:
        return False
    following = [t.lower_ for t in doc[end : end + 2]]
    if following[:1] and following[0] in DESCRIBING_AFTER:
        return True
    return following[:1] in (["/"], [","], ["-"]) and len(following) > 1 and following[1] in DESCRIBING_AFTER


def _named_by(doc: Doc, start: int) -> bool:
    """ "size 7", "the case number is 88412", "reference no. 7765", "report #: 2611"."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in {"is", "was", ":", ".", "=", "-", "#"}:
        if doc[i].lower_ == "#":
            return True
        i -= 1
    if i >= 0 and doc[i].lower_ == "no" and doc[i].text != "No" and _sets_a_figure_right(doc, i):
        return False  # "3200? no 3400", "4k no 4.5k": a figure set right, not "No. 3400"
    return i >= 0 and doc[i].lower_ in NAMING_WORDS


def _sets_a_figure_right(doc: Doc, i: int) -> bool:
    """Whether the "no" at token i is the one of FIGURE_THEN_NO."""
    at = doc[i].idx
    return any(m.start() <= at < m.end() for m in FIGURE_SET_RIGHT.finditer(doc.text))


def _digit_group_beside(doc: Doc, i: int) -> bool:
    """ "555 0199", "2611-4471": one number written in groups (a phone, a reference)."""
    texts = [t.text for t in doc]
    neighbours = [texts[j] for j in (i - 1, i + 1) if 0 <= j < len(texts)]
    hyphened = [
        texts[j] for j, k in ((i - 2, i - 1), (i + 2, i + 1)) if 0 <= j < len(texts) and texts[k] in "-/"
    ]
    return any(t.lstrip("+").isdigit() for t in [*neighbours, *hyphened])


# What a fraction said before "a" counts: "half a carat", "a quarter of a carat".
MEASURES = {
    "carat",
    "carats",
    "ct",
    "cts",
    "karat",
    "karats",
    "kt",
    "inch",
    "inches",
    "mm",
    "cm",
    "gram",
    "grams",
}


def _counts_something_else(doc: Doc, end: int, cued: bool) -> bool:
    """ "3 times a year", "42 years", "2 rings", "half a carat": a count, not an amount
    of money."""
    after = doc[end].lower_ if end < len(doc) else ""
    if not cued and after in {"a", "an", "of"}:
        following = end
        while following < len(doc) and doc[following].lower_ in {"a", "an", "of"}:
            following += 1
        if following < len(doc) and doc[following].lower_ in MEASURES:
            return True
    return after in COUNTED_THINGS or (not cued and after in PIECE_WORDS)


def _amount(doc: Doc, start: int, end: int, value: float) -> Amount:
    before = doc[start - 1].lower_ if start > 0 else ""
    before2 = doc[start - 2].lower_ if start > 1 else ""
    # "1,200-ish dollars": the words after the mark still say what the number is.
    look = end + 1 if end < len(doc) and doc[end].lower_ in APPROXIMATE_AFTER else end
    after = doc[look].lower_ if look < len(doc) else ""
    after2 = doc[look + 1].lower_ if look + 1 < len(doc) else ""
    words = {t.lower_ for t in doc[start:end]}

    currency = _currency(before, before2, after, after2)
    if currency is None and look < len(doc) and (doc[look].text in US_AFTER or after == "american"):
        currency = "USD"  # "4 grand US, bought in Vegas" (not "... for us", in lower case)
    # A "-" after a number is a range ("5-6k"), not a minus sign.
    after_number = start > 1 and bool(_DIGITS.match(before2))
    # "$2,000 - $2,500": the "-" between two amounts is a range too.
    range_before = start > 2 and bool(_DIGITS.match(doc[start - 3].lower_) or doc[start - 3].lower_ in SCALES)
    negative = (before in {"-", "minus"} and not after_number) or (
        before in SIGNS and before2 in {"-", "minus"} and not range_before
    )
    first = start
    if before in SIGNS | NZ_MARKS | US_MARKS:
        first = start - 1
        if before2 in {"-", "minus"}:
            first = start - 2
    elif negative and before in {"-", "minus"}:
        first = start - 1
        if before2 in SIGNS:  # "$-200"
            first, before = start - 2, before2

    # "2 rings at 1500 each" is a price; "a coach tour or two each year" a count.
    each = after in {"each", "apiece"} and after2 not in PERIODS
    # "2,150 with tax", "1,800 incl GST", "600 plus tax": a price.
    taxed = after in TAX_LINKS and after2 in TAX_WORDS
    cued = (
        each
        or taxed
        or currency is not None
        or before in SIGNS
        or after in MONEY_WORDS
        or bool(words & {"k", "grand", "thousand", "million", "mil", "m", "bn", "billion"})
        or before in CUE_WORDS_BEFORE
        # "retail was 4,000", "the replacement value is 7200", "valuation says 3,100".
        or (before in LINKING_WORDS and before2 in CUE_WORDS_BEFORE | VALUE_NOUNS)
        # "appraised at 5,800", "valued it at 4,350": the cue word sits a few words back.
        or (
            before in HEDGE_WORDS_BEFORE
            and bool({t.lower_ for t in doc[max(start - 4, 0) : start - 1]} & CUE_WORDS_BEFORE)
        )
    )
    span = doc[first:end]
    return Amount(
        value=-value if negative else value,
        currency=currency,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        cued=cued,
    )


TAX_LINKS = {
    "with",
    "incl",
    "incl.",
    "including",
    "inc",
    "inc.",
    "plus",
    "after",
    "+",
    "before",
    "ex",
    "excl",
}
TAX_WORDS = {"tax", "taxes", "gst", "vat", "sales"}


def _currency(before: str, before2: str, after: str, after2: str) -> str | None:
    if before in NZ_MARKS or after in {"nzd", "nz", "kiwi"}:
        return "NZD"
    if before == "$" and before2 == "nz":
        return "NZD"
    if before in US_MARKS or after == "usd" or (after == "us" and after2 in MONEY_WORDS):
        return "USD"
    if before == "$" and before2 == "us":
        return "USD"
    return None


# A currency named in words anywhere in the message: "$12,400 but that was in US
# dollars", "about 3k in American money", "the price was NZD", "kiwi dollars".
CURRENCY_NAMED = (
    (
        re.compile(
            r"\b(us|u\.s\.?|american|usa)\s*(dollars?|\$|bucks|money|currency)|\bin\s+usd\b|\busd\b", re.I
        ),
        "USD",
    ),
    (
        re.compile(
            r"\b(nz|n\.z\.?|kiwi|new zealand)\s*(dollars?|\$|bucks|money|currency)|\bin\s+nzd\b|\bnzd\b", re.I
        ),
        "NZD",
    ),
)


def currency_named(text: str) -> str | None:
    """The one currency a message names in words, or None (none, or both)."""
    named = {code for pattern, code in CURRENCY_NAMED if pattern.search(text)}
    return named.pop() if len(named) == 1 else None


# Words that make a number given later a correction of the value: "sorry, the appraisal
# says 5,200 not 4,500", "actually no it was 4,100 with the chain".
# Read at a later question, with no figure of the message framing the cue, so only the
# words that set right on their own count ("I mean" and "hang on" are as often a pause).
VALUE_CORRECTION = re.compile(
    r"\b(" + cue_words(cues=SETTING_RIGHT) + r"|should (be|say|have said)|"
    r"(worth|valued|appraised|cost|paid) (is |was )?(actually|really))\b|\bnot \$?\d|" + ASKED_THEN_NO,
    re.I,
)
NOT_BEFORE = re.compile(r"\b(not|instead of|rather than|from)\s*(the\s+)?\W?$", re.I)
# A bare number this small in a correction is a day, a count or a size, not a value.
SMALLEST_BARE_VALUE = 50


def taken_back(text: str) -> set[float]:
    """The figures a message names as the wrong ones: "$7,000 not $7,500"."""
    return {a.value for a in find_amounts(text) if NOT_BEFORE.search(text[: a.start])}


def corrected_value(text: str, known: float | None, bare: bool = True) -> float | None:
    """The new value when a message corrects a value already given, else None.

    Money-marked amounts count, and bare numbers too (the value is what is being
    corrected); the one after "not" is the old figure, and the known figure is no
    change. `bare` False: only money-marked amounts (where numbers are references)."""
    if known is None or not VALUE_CORRECTION.search(text):
        return None
    # "$4k - no wait, $4,400", "4k, sorry 4.4k": two new figures, the second setting
    # the first right in the same breath; the second holds.
    within = corrected_within(text)
    if (
        within is not None
        and abs(within.value - known) > 0.005
        and not NOT_BEFORE.search(text[: within.start])
        and (within.cued or bare)
    ):
        return within.value
    candidates = [
        a
        for a in find_amounts(text)
        if not NOT_BEFORE.search(text[: a.start])
        # "policy says over 10k should be in a safe": a threshold corrects no value.
        and not is_a_cover_figure(text, a.start, a.end)
        and abs(a.value - known) > 0.005
        and (a.cued or (bare and a.value >= SMALLEST_BARE_VALUE and not re.fullmatch(r"(19|20)\d\d", a.text)))
    ]
    cued = [a for a in candidates if a.cued]
    chosen = cued or candidates
    return chosen[0].value if chosen else None
