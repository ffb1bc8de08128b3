"""Which piece the claim is for, and its value: the piece named (not one said to be still
there, or set aside by "not"), several pieces named together (one claim each, said
back), the value with its currency, a range or two figures (the higher is taken and
the other said back), and a value told, or corrected, at another question.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from typing import Any

from bot.language.answers import CORRECTION_CUE, UserMessage, one_figure_asked_for
from bot.language.claim.common import _say_back
from bot.language.facts import Mention, item_mentions
from bot.language.money import (
    added_up,
    corrected_value,
    cover_figures,
    currency_named,
    money_amounts,
    read_amount,
    said_as_a_floor,
    said_loosely,
    taken_back,
    thousands_said_short,
    value_range,
)
from bot.rules.advice import value_problem
from bot.rules.claims import ITEM_TYPES
from bot.rules.regions import DEFAULT_CURRENCY
from bot.wording.claims import CLAIM_PROBLEMS, earlier_piece_taken_line, earlier_value_kept_line
from bot.wording.common import item_name, money, thousands_read_as

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

# "my backpack was nicked with my watch in it": the piece carried in what was taken, not
# a part of another piece.
CARRIED_INSIDE = re.compile(r"\s+(still\s+)?(in|inside)\b(\s+(it|there|them|the\s+\w+))?", re.I)

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

# A piece other than the one talked about so far.
ANOTHER_PIECE = re.compile(
    r"\b(my|our|her|his|the|an|a)\s+(other|another|second|different|new)\s+\w+|\banother (one|piece)\b", re.I
)

# "my chain is on my neck but the pendant is gone", "the chain's fine": a piece said to
# be still there, beside the one that is not.
STILL_THERE = re.compile(
    r"\s*(?:'s|is|are)\s+(?:still\s+)?(?:on|in|around|fine|ok|okay|intact|there|here|safe|undamaged|all right|alright)\b"
    r"|\s*(?:'s|is|are)\s+still\b",
    re.I,
)


# "the wedding band was there", "the chain was fine": a piece that was still there when
# the other was not (not "was on the dresser", which is where a piece was kept).
WAS_THERE = re.compile(
    r"\s*(?:was|were)\s+(?:still\s+)?(?:there|fine|ok|okay|intact|safe|undamaged|all right|alright|left)\b",
    re.I,
)
# "I only found the chain", "I've still got the band": a piece found or kept.
FOUND_BEFORE = re.compile(
    r"\b(found|find|still (have|got)|(have|got|kept) (still )?|picked up)\s+(the|my|her|his|its|our)\s+([\w-]+\s+)?$",
    re.I,
)
# "the engagement ring wasn't", "the pendant's nowhere", "the pendant never turned up":
# the piece said to be gone.
GONE_AFTER = re.compile(
    r"(?:'s|’s|\s+(?:is|was|were|are|has|had|have))?(?:\s+(?:been|just|now|still|completely))*\s*"
    r"(?:\bnowhere\b|\bgone\b|\bmissing\b|\blost\b|\bwasn'?t\b|\bweren'?t\b|\bisn'?t\b|\bnot there\b|"
    r"\bnever (?:turned|showed|came) up\b|\bdisappeared\b|\bvanished\b)",
    re.I,
)


# The rule for a pendant beside a chain or a necklace: the piece claimed is the one the
# words make the head of the story. A pendant named with the chain it hangs on ("my
# pendant on its chain", "the chain snapped and my pendant is gone", "the pendant off
# my necklace") is the pendant: the chain is its carrier. A necklace named as the piece,
# with a pendant on it ("my necklace with a pendant", "a pendant necklace", "the
# necklace, which has a small pendant"), is the necklace. A pendant said gone beside a
# necklace not said gone ("the necklace broke and the pendant fell off") is the pendant.
CARRIER_TEXT = re.compile(r"^(chains?|cords?)$", re.I)
PENDANT_GONE = re.compile(
    rf"{GONE_AFTER.pattern}|(?:'s|\s+(?:has|had|was|just))?\s*(?:\bfell|\bcame|\bslipped|\bdropped)\s+(?:off|out)\b",
    re.I,
)

# "my pounamu", "Nana's greenstone": a carving worn at the neck, named by its stone alone
# (not "a greenstone bangle", which names another piece, nor "is pounamu covered?").
STONE_NAMED_PIECE = re.compile(
    r"\b(my|our|her|his|their|the|mum'?s|nana'?s|nan'?s|koro'?s|\w+'s)\s+(\w+\s+)?(pounamu|greenstone)\b",
    re.I,
)

# The piece a claim is for, named as such among others: "the one I need to claim for here
# is her gold chain", "I'm only claiming for the bracelet", "this claim is about my watch".
CLAIMED_FOR = re.compile(
    r"\b(claim(ing)? (is )?(for|on|about)|the one (i|we) (need|want|have|'?m going|are going)? ?(to )?claim(ing)? (for|on)"
    r"( here)?( is)?|(this|the|my) claim is (for|about)|(i'?m|we'?re|i am|we are) (only |just )?claiming (for|on))"
    r"( (just|only))?( (the|my|our|her|his|their|a|an))?( [\w'-]+){0,3}\s*$",
    re.I,
)


def _pendant_over_its_carrier(text: str, mentions: list[Mention]) -> list[Mention]:
    pendants = [m for m in mentions if m.value == "pendant"]
    if not pendants:
        return mentions
    chains = [m for m in mentions if m.value == "necklace"]
    if (
        chains
        and any(STILL_THERE.match(text, p.end) or WAS_THERE.match(text, p.end) for p in pendants)
        and not any(PENDANT_GONE.match(text, p.end) for p in pendants)
    ):
        # "The chain on my pendant snapped... Pendant's fine, chain's stuffed": the chain
        # is the piece claimed.
        return chains
    kept = [m for m in mentions if not (m.value == "necklace" and CARRIER_TEXT.match(m.text))]
    necklaces = [m for m in kept if m.value == "necklace"]
    pendant_gone = any(PENDANT_GONE.match(text, p.end) for p in pendants)
    if necklaces and pendant_gone and not any(PENDANT_GONE.match(text, n.end) for n in necklaces):
        kept = [m for m in kept if m.value != "necklace"]
    return kept or mentions


def pieces_named(text: str) -> list[Mention]:
    """The pieces a claim's words name: the item words, or a pounamu named alone."""
    mentions = item_mentions(text)
    if mentions:
        return mentions
    stone = STONE_NAMED_PIECE.search(text)
    if stone is None:
        return []
    return [Mention("item_type", "pendant", stone.start(3), stone.end(3), stone.group(3))]


def pieces_claimed(text: str, mentions: list[Mention]) -> list[Mention]:
    """The pieces a message names, without one said to be still there when another is
    named beside it (the claim is for the other); the one named as the claim's, when one
    is ("the rings were specified but the one I need to claim for is her gold chain");
    and a pendant's chain."""
    return _pendant_over_its_carrier(text, _pieces_claimed(text, mentions))


def _pieces_claimed(text: str, mentions: list[Mention]) -> list[Mention]:
    named_for = [m for m in mentions if CLAIMED_FOR.search(text[max(0, m.start - 60) : m.start])]
    if named_for and len({m.value for m in mentions}) > 1:
        return named_for[:1]
    there = [m for m in mentions if WAS_THERE.match(text, m.end) or FOUND_BEFORE.search(text[: m.start])]
    said_gone = [m for m in mentions if m not in there and GONE_AFTER.match(text, m.end)]
    if there and said_gone and {m.value for m in said_gone} != {m.value for m in mentions}:
        # "the wedding band was there but the engagement ring wasn't", "found the chain,
        # the pendant's nowhere": the piece said gone, beside one said there.
        return said_gone
    gone = [m for m in mentions if not STILL_THERE.match(text, m.end)]
    if gone and len(gone) < len(mentions) and {m.value for m in gone} != {m.value for m in mentions}:
        return gone
    return mentions


# "not a ton money wise", "not a lot": "not a" before a word that names no piece is no
# correction of the piece.
NOT_A_SOMETHING = re.compile(
    r"not an? (?!(ring|necklace|bracelet|watch|pendant|locket|chain|earrings?|studs?|band|bangle|brooch|piece)\b)\w+",
    re.I,
)

# A pendant hangs on a chain: its chain named is the same piece.
CHAIN_WORD = re.compile(r"\bchains?\b", re.I)


def _item_type_said(message: UserMessage, requested_slot: str | None, known: dict[str, Any]) -> str | None:
    mentions = [
        m
        for m in pieces_claimed(message.text, pieces_named(message.text))
        if not NOT_THIS_ITEM.search(message.text[: m.start])
        and not (
            PART_OF_THE_PIECE.search(message.text[: m.start])
            and not CARRIED_INSIDE.match(message.text, m.end)
        )
        # "my belly ring": body jewelry, not a ring (the reader puts it down as other).
        and not any(b.start() <= m.start < b.end() for b in BODY_PIECE.finditer(message.text))
    ]
    # The entities only for a button's payload: in words, the filtered mentions decide.
    said = [str(m.value) for m in mentions] or [
        v for v in message.entity_values("item_type") if v in ITEM_TYPES and not item_mentions(message.text)
    ]
    if not said:
        return None
    old = known.get("item_type")
    if old is None:
        return _the_specific_ring(message.text, said)
    if said[0] == old or (old == "engagement_ring" and said[0] == "ring"):
        return None  # "the ring was in a dish": the same piece, said more loosely
    if (
        old == "pendant"
        and said[0] == "necklace"
        and CHAIN_WORD.search(message.text)
        and requested_slot != "item_type"
    ):
        return None  # "when I had the chain fixed": the pendant's chain, the same piece
    set_aside = any(NOT_THIS_ITEM.search(message.text[: m.start]) for m in item_mentions(message.text))
    cued = any(not NOT_A_SOMETHING.fullmatch(m.group(0)) for m in CORRECTION_CUE.finditer(message.text))
    if requested_slot == "item_type" or cued or set_aside:
        # "actually it was a necklace, not a ring", "it was my engagement ring not my
        # wedding band": the piece named in place of another is a correction.
        return said[0]
    return None


# The ring told as the engagement ring in a gloss: "my ring (engagement)", "ring - the
# engagement one", "my fiancée's ring".
ENGAGEMENT_GLOSS = re.compile(
    r"\bring\b\s*[(,\u2013-]\s*(an? |the |my |her |our )?engagement( one| ring)?\b|\bfianc[eé]e?'?s ring\b",
    re.I,
)


def _the_specific_ring(text: str, said: list[str]) -> str:
    """The piece first named, or the engagement ring when the ring is said to be it ("I
    lost my ring. it's my engagement ring"): the same piece, in its own words."""
    if not set(said) <= {"ring", "engagement_ring"}:
        return said[0]
    rings = [m for m in item_mentions(text) if m.value in ("ring", "engagement_ring")]
    between = text[rings[0].start : rings[-1].start] if rings else ""
    if TWO_RINGS.search(between):
        return said[0]  # "my wedding ring and engagement ring": two rings, the first named
    if "engagement_ring" in said or ENGAGEMENT_GLOSS.search(text):
        return "engagement_ring"
    return said[0]


TWO_RINGS = re.compile(r"\b(and|both|plus|as well as|along with|not)\b|&", re.I)


def _set_value(value: float, slots: dict[str, Any], problems: list[str]) -> None:
    issue = value_problem(value)
    if issue:
        problems.append(CLAIM_PROBLEMS[f"item_value_{issue}"])
    else:
        slots["item_value"] = value


# Pieces none of the contract's types names: body jewelry, a brooch, a tiara, cufflinks,
# a loose stone.
BODY_PIECE = re.compile(
    r"\b(nose|belly|navel|eyebrow|lip|tongue|septum|toe|body)\s*(stud|ring|bar|piercing|hoop|jewell?e?ry)s?\b",
    re.I,
)
OTHER_PIECE = re.compile(
    rf"{BODY_PIECE.pattern}"
    r"|\b(brooch|tiara|cufflinks?|anklet|charm|pin|hair ?(pin|clip|comb)|tie ?(pin|clip)|loose (stone|diamond|gem))s?\b",
    re.I,
)


def _item_type(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    mentions = pieces_claimed(message.text, pieces_named(message.text))
    if mentions and not BODY_PIECE.search(message.text):
        slots["item_type"] = mentions[0].value
    elif NO_PIECE_NAMED.match(message.text):
        problems.append(CLAIM_PROBLEMS["item_type"])  # "some jewellery": which piece is asked
    elif (
        message.intent in {"inform", "nlu_fallback"} and len(message.text.split()) <= 4
    ) or OTHER_PIECE.search(message.text):
        slots["item_type"] = "other"  # "a tiara", "my grandad's cufflinks": kept, described later
        said = " ".join(message.text.split()).strip(" .!")
        _say_back(
            slots,
            f'I\'ve put the piece down as another kind of jewelry ("{said[:60]}"). '
            "If it's a ring, a necklace, earrings, a bracelet or a watch, tell me.",
        )


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
        problems.append(CLAIM_PROBLEMS["item_value_missing"])
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
    short = thousands_said_short(text)
    if short is not None and short.value == value:
        _say_back(slots, thousands_read_as(short.text, value, currency))
        return
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
    cover = cover_figures(text)  # "policy says over 10k should be in a safe": not the piece's
    others = sorted(
        {a.value for a in money_amounts(text) if a.value != value and a.value >= 50 and a.value not in cover},
        reverse=True,
    )
    if others:
        _say_back(
            slots,
            f"I've put down {money(value, currency)} (you also said {money(others[0], currency)}). "
            f"If the claim should use {money(others[0], currency)}, tell me.",
        )
    elif said_loosely(text, value) or GUESSED.search(text) or said_as_a_floor(text, value):
        # "dunno, prob a couple grand": a rough figure or a guess, put down and said back.
        _say_back(
            slots,
            f"I've put down {money(value, currency)}, as a rough figure. If you find a closer one, a receipt "
            "or a valuation, tell me.",
        )


# A figure given as a guess: "dunno, prob 2 grand", "no idea, 1500 I guess".
GUESSED = re.compile(
    r"\b(dunno|don'?t know|no idea|not sure|i guess|i'?d guess|at a guess|guessing|wild guess|idk|no clue)\b",
    re.I,
)


def _value_corrected(text: str, known: dict[str, Any]) -> float | None:
    """The new figure of "it says 4,800 not 3,800", "more like $1,300": against the value
    given, bare numbers count; without one, only money-marked amounts."""
    if known.get("item_value") is not None:
        corrected = corrected_value(text, float(known["item_value"]), bare=True)
        if corrected is not None:
            return corrected
    marked = [a for a in money_amounts(text) if a.cued and a.value not in taken_back(text)]
    return marked[0].value if marked else None


# The piece talked about before the claim, named as the same one: "the ring I asked about",
# "that ring", "the same one", "the one we were just talking about".
REFERS_BACK = re.compile(
    r"\b(i|we)\s+((was|were)\s+)?(just\s+)?(asked|asking|talking|talked|enquired|inquired|"
    r"told you|mentioned|got (a quote|advice|cover))\b"
    r"|\b(the|that)\s+same\b|\bsame (one|piece|ring|engagement ring|necklace|bracelet|watch|earrings|pendant)\b"
    r"|\bthat (one|piece|ring|engagement ring|necklace|bracelet|watch|pendant|locket)\b|\bthose (earrings|studs)\b",
    re.I,
)

# The piece named as what the earlier talk was about: "thanks for the ring advice", "the
# quote on my ring", "cheers for the help with the watch".
ABOUT_BEFORE = re.compile(
    r"\b(advice|quote|recommendation|help|info|information|tips?|answer)\s+(on|about|for|with|re)\s+"
    r"((the|my|our|her|his|that)\s+)?(\w+\s+)?$",
    re.I,
)
ABOUT_AFTER = re.compile(r"^\s*(advice|quote|recommendation|info|question|stuff)\b", re.I)


def _without_the_advice_piece(message: UserMessage) -> UserMessage:
    """The opening without a piece named as what the earlier talk was about ("thanks for
    the ring advice! sadly my necklace got stolen yesterday": the necklace is claimed)."""
    text = message.text
    for mention in item_mentions(text):
        if ABOUT_BEFORE.search(text[: mention.start]) or ABOUT_AFTER.match(text[mention.end :]):
            text = text[: mention.start] + " " * (mention.end - mention.start) + text[mention.end :]
    return message if text == message.text else UserMessage(text, message.intent, message.entities)


# Two words for one kind of piece: a ring talked about may be the engagement ring named.
SAME_KIND = ({"ring", "engagement_ring"},)


def _same_kind(earlier: str, named: str) -> bool:
    return earlier == named or any({earlier, named} == pair for pair in SAME_KIND)


def earlier_piece_at_the_opening(
    message: UserMessage, known: dict[str, Any], slots: dict[str, Any]
) -> dict[str, Any]:
    """A claim opened after another flow talked about a piece (the guide's advice, a
    decline explained, a question): the claim's piece and value come from its own words.
    A piece named of another kind replaces the earlier one, and its value is cleared
    unless told again ("I lost my diamond earrings last week, about $900" after advice on
    an engagement ring). No piece named ("it was stolen yesterday", "I need to make a
    claim"): the earlier piece is taken and said back, so another can be named. The same
    kind named ("my ring was stolen"): the same piece, its earlier value kept (said back
    unless the words say it is the same one, "the ring I asked about"). Returns what the
    rest of the opening's reading should take as known."""
    earlier = str(known["item_type"])
    value = known.get("item_value")
    currency = str(known.get("currency") or DEFAULT_CURRENCY)
    named = _item_type_said(_without_the_advice_piece(message), None, {**known, "item_type": None})
    told_value = bool(money_amounts(message.text)) or bool(message.entity_values("amount"))
    if named is None:
        if not REFERS_BACK.search(message.text):
            _say_back(slots, earlier_piece_taken_line(earlier, None if told_value else value, currency))
        return known
    if _same_kind(earlier, named):
        if named == "engagement_ring" and earlier == "ring":
            slots["item_type"] = named  # the ring talked about, named more exactly
        if value is not None and not told_value and not REFERS_BACK.search(message.text):
            _say_back(
                slots,
                earlier_value_kept_line(earlier if earlier == "engagement_ring" else named, value, currency),
            )
        return known
    slots["item_type"] = named
    slots["item_value"] = None
    return {**known, "item_type": None, "item_value": None}
