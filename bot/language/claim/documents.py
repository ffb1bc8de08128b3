"""The proof documents a person says in words: the receipt, a bank statement, a
valuation, photos, a grading report, a serial number, the care plan's papers. One named
after "no" or "lost" is lacking, one asked about is not held, one guessed at ("I might
have photos") is not put down; those named in passing before the proof question are
kept for it (`documents_told`), so the question asks only for the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from typing import Any

from bot.language.answers import UserMessage
from bot.language.claim.common import SENTENCE_END, _assume, _say_back
from bot.language.corrections import A_SOUND, cue_words
from bot.language.questions_in_answers import without_questions
from bot.language.text import looks_like_code
from bot.language.yes_no import DONT_KNOW

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
        r"\bfacebook\b|\bphotographs?\b|\b(wrist|hand|finger|neck|mirror) ?shots?\b|\bshots of (it|them|me|her|him)\b|"
        # "screenshots of it", "it's in our family portrait".
        r"\bscreen ?shots?\b|\b(family |wedding |engagement )?portraits?\b",
        "photo",
    ),
    (r"\bvideos?\b|\bfootage\b|\bfilm(ed)?\b", "video"),
    (
        # A "valuation certificate" is the valuation, not a grading report.
        r"\bgia\b|\bgrading\b|(?<!valuation )(?<!appraisal )(?<!plan )\bcert(ificate)?s?\b|\bigi\b|\bags\b|\bhrd\b|"
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
    # "all the paperwork burned with the house", "every document went in the flood".
    r"\b(all|every|any)( of)? (the |my |our )?(paperwork|papers|documents?|docs|records)\b[^.;!?]{0,20}?"
    r"\b(gone|lost|burn(ed|t)|destroyed|ruined|washed away|went up|went (in|with))\b|"
    # After "you mentioned the receipt, anything else?": nothing more.
    r"^\W*(that'?s (all|it|everything)|nothing (else|more)|no(pe)?,? (that'?s|just) (it|all|those|that))\b",
    re.I,
)

# A document named after these words in the same clause is one they do not have:
# "no receipt", "I don't have the receipt or any photos", "lost the valuation".
NO_DOCUMENT_BEFORE = re.compile(
    r"\b(no|not|nor|without|don'?t|do not|dont|haven'?t|have not|havent|never|none|lost|"
    r"threw|thrown|can'?t find|cannot find|couldn'?t find|gone|missing|used to have|once had)\b"
    # "the jeweler says they can reprint the receipt": another's to make, not had yet.
    r"|\b(jewell?er|shop|store|they|he|she|bank|insurer|broker|seller|retailer)\b[^,;.!?]{0,20}?"
    r"\b(can|could|will|would|might|may|should|said they'?d|offered to)\s+(re-?print|re-?issue|re-?send|"
    r"(make|send|get|email|e-mail|give|provide|do)( me| us)? (a |another )?(new |fresh )?(copy|duplicate|reprint)( of)?)\b",
    re.I,
)

# Said after the document: "the receipt's long gone", "receipt is lost", "the photos
# went with the old phone", "valuation got thrown out".
NO_DOCUMENT_AFTER = re.compile(
    r"^\W*(('s|s|'re|re|is|was|are|were|has been|have been|has|have|had|got|went|is now|are now)\s+)?"
    r"(long |totally |completely |all |both |probably |definitely )?"
    r"(gone|lost|missing|thrown (out|away)|binned|chucked|tossed|destroyed|ruined|burn(ed|t)( up)?|"
    r"went up in (smoke|flames)|washed away|nowhere to be (found|seen)|"
    r"with (the|my|our|her|his) old (phone|laptop|computer|iphone|cell)|in the (bin|rubbish|trash)|"
    # "the receipt went out with the rubbish years ago".
    r"out with the (rubbish|trash|garbage|recycling|old papers)|"
    # "the appraisal was in the same box that got stolen", "the receipt got taken too".
    # (Not when a copy is kept: "...but I'd emailed a copy to myself, so I've got that".)
    r"(in|inside) (the|my|our|her|his) (same )?(\w+ )?(box|bag|case|drawer|safe|purse|handbag|wallet|folder|envelope)"
    r"( \w+)? (that|which|they) (got|was|were) (stolen|taken|nicked|burgled|lost)"
    r"(?![^.;!?]*\b(cop(y|ies)|scan(ned)?|photo(graph)?s? of it|got (that|it|one)|still have)\b)|"
    r"(got |was |were )?(stolen|taken|nicked) (too|as well|with (it|them|the \w+))"
    r"(?![^.;!?]*\b(cop(y|ies)|scan(ned)?|got (that|it|one)|still have)\b)|"
    # "the receipt's faded to nothing", "it's unreadable now": there, but no proof.
    # "faded but readable", "faded, but you can still read it": there, and proof.
    r"faded( to nothing| away| out| completely)?(?!\s*,?\s*but\b[^.;!?]{0,25}\b(readable|legible|read|make (it )?out|clear|fine|ok|okay))|"
    r"(totally |completely )?(illegible|unreadable|blank)|too faded( to read)?|"
    # "the appraisal was for a different ring": another piece's, not this one's.
    r"(for|of) (a|an|my|the|our|her|his|their) (different|other|another|second|old|previous) "
    r"(ring|piece|necklace|bracelet|watch|earrings?|pendant|chain|one|item)|(for|of) another (ring|piece|one|item))\b",
    re.I,
)

CLAUSE_BREAK = re.compile(r"[,;.!?]|\s-\s|\bbut\b|\bonly\b|\bjust\b|\bexcept\b|\bhowever\b", re.I)

ASKING = re.compile(
    r"^\W*(do|does|did|is|are|was|will|would|can|could|should|shall|must|what|which|how|why|"
    r"who|where|when|if i (don'?t|do not) have)\b",
    re.I,
)


def _in_a_question(text: str, at: int) -> bool:
    """Whether the sentence around `at` asks something ("is a valuation enough?")."""
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, at)), default=0)
    end = SENTENCE_END.search(text, at)
    return bool(end and end.group(0) == "?" and ASKING.match(text[start : end.start()]))


# Between two documents of one list: "receipt, valuation and photos", "the receipt or the
# valuation", "receipt & photos".
LIST_JOIN = re.compile(
    r"^\s*(,|&|\+|/|\band\b|\bor\b|\bnor\b|\bplus\b|,\s*(and|or|nor|plus)\b)\s*((the|my|our|any|a|an|all)\s+)?$",
    re.I,
)


@dataclass(frozen=True)
class _Named:
    """A document named in a message, where, and what its own clause says of it."""

    start: int
    end: int
    code: str
    gone: bool  # said not to be had ("no receipt", "the receipt's long gone")
    held: bool  # said to be had before it in its clause ("I have the receipt")


# A picture of a document is that document (named after it), not a photo of the piece.
PICTURE_OF_A_PAPER = re.compile(
    r"\s+of\s+(the\s+|my\s+|our\s+|a\s+)?(original\s+)?(receipts?|invoices?|valuations?|apprais\w*|"
    r"(bank\s+|card\s+)?statements?|certificates?|certs?|grading\s+reports?|paperwork)\b",
    re.I,
)


def _documents_said(text: str) -> tuple[list[str], list[str]]:
    """The proof codes a message says the person has, and those it says they lack."""
    found: list[_Named] = []
    for pattern, code in DOCUMENT_WORDS:
        for match in re.finditer(pattern, text, re.I):
            if _in_a_question(text, match.start()):
                continue  # "do you need the original receipt?": asked about, not held
            if code == "photo" and PICTURE_OF_A_PAPER.match(text, match.end()):
                continue  # "a screenshot of the receipt email": the receipt, not the piece
            clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, match.start())), default=0)
            lead = text[clause_start : match.start()]
            clause_end = CLAUSE_BREAK.search(text, match.end())
            tail = text[match.end() : clause_end.start() if clause_end else len(text)]
            # "no receipt", "the receipt's long gone": a document they do not have.
            # (What follows the clause may take it back: "faded, but you can still read it".)
            sentence_end = SENTENCE_END.search(text, match.end())
            gone = bool(
                NO_DOCUMENT_BEFORE.search(lead)
                or NO_DOCUMENT_AFTER.match(tail)
                and NO_DOCUMENT_AFTER.match(
                    text[match.end() : sentence_end.start() if sentence_end else len(text)]
                )
                or _gone_by_pronoun(text, clause_end.end() if clause_end else len(text))
                or DENIED_BACK.match(text[match.end() :])
            )
            found.append(_Named(match.start(), match.end(), code, gone, held=bool(HAD_LEAD.search(lead))))
    found = _shared_by_a_list(text, sorted(found, key=lambda d: (d.start, d.end, d.code)))
    found = _as_set_right(text, found)
    found = _gone_when_said_so_later(found)
    named = [d.code for d in found if not d.gone]
    lacking = [d.code for d in found if d.gone]
    return list(dict.fromkeys(named)), list(dict.fromkeys(lacking))


# "..., no wait, ...", "... - sorry, ...", "scratch that": the person sets right, in the
# same message, what they named before.
SET_RIGHT = re.compile(
    r"(?:^|[,;.!\u2013\u2014]|\s-)\s*(?:" + A_SOUND + r",?\s+)?" + cue_words(no_first=True) + r"\b",
    re.I,
)
ONLY_LEAD = re.compile(r"(?:^|[,;.!?]|\s-)\s*(?:so\s+)?(?:just|only)\s+(?:the\s+|my\s+|a\s+)?$", re.I)


def _as_set_right(text: str, found: list[_Named]) -> list[_Named]:
    """What a document is said to be after a correction in the same breath holds: "the
    statement and the appraisal - no wait, the appraisal was for a different ring. just
    the statement" has the statement only. A document named again after the cue as not
    had is not had; "just the ..." after it names all that is had."""
    cues = list(SET_RIGHT.finditer(text))
    if not cues:
        return found
    cue = cues[0].end()
    after = [d for d in found if d.start >= cue]
    kept = [d for d in found if not (d.start < cue and any(a.code == d.code and a.gone for a in after))]
    only = [d for d in after if not d.gone and ONLY_LEAD.search(text[: d.start])]
    if only:
        # "just the statement": the list as set right; the others named are not had.
        only_codes = {d.code for d in only}
        kept = [d if d.code in only_codes else replace(d, gone=True) for d in kept]
    return kept


def _gone_when_said_so_later(found: list[_Named]) -> list[_Named]:
    """A document named, then said later in the message not to be had: "eftpos receipt -
    well, the bank statement, the actual receipt's long gone" has no receipt. One said to
    be had ("I have the receipt") keeps its word."""
    gone_at = {d.code: d.start for d in found if d.gone}
    return [
        replace(d, gone=True) if not d.gone and not d.held and d.start < gone_at.get(d.code, -1) else d
        for d in found
    ]


# The next clause says it of the document named before: "I had the receipt but it got
# thrown out", "the valuation, which burned with the house".
PRONOUN_FIRST = re.compile(
    r"^\W*(and |but )?(it|they|them|that|those|these|which|both|all of (it|them))\b", re.I
)


def _gone_by_pronoun(text: str, at: int) -> bool:
    lead = PRONOUN_FIRST.match(text[at:])
    return bool(lead and NO_DOCUMENT_AFTER.match(text[at + lead.end() :])) or bool(
        NOT_KEPT_AFTER.match(text[at:])
    )


# The next clause says the person no longer has it: "I used to have a valuation but
# can't find it", "there was a certificate but I lost it years ago".
NOT_KEPT_AFTER = re.compile(
    r"^\W*(but|and)?\s*(i|we|she|he)?\s*(can'?t|cannot|couldn'?t|can not|could not)\s+(find|locate)\s+(it|them)\b|"
    r"^\W*(but|and)?\s*(i|we|she|he)?\s*(lost|misplaced|threw (out|away)|chucked|binned|tossed)\s+(it|them)\b",
    re.I,
)
# Asked back and denied: "receipt? lol no", "a valuation? I wish".
DENIED_BACK = re.compile(
    r"^\s*\?+\s*(lol\s+|haha\s+|ha\s+|um+\s+|uh+\s+)?(no|nope|nah|i wish|as if|not a chance)\b", re.I
)


HAD_LEAD = re.compile(r"\b(have|has|got|kept|keep|still|found)\b", re.I)
# "..., the valuation's gone", "... but that's for my other necklace": said of one.
SAID_OF_ONE = re.compile(r"^\W*('s|s|is|was|has been|has|(but |and )?(that|it)('s| is| was))\b", re.I)


def _shared_by_a_list(text: str, found: list[_Named]) -> list[_Named]:
    """A list told as one: "receipt, valuation, photos all gone in the fire" lacks all three,
    "no receipt, valuation or photos" too. What the list's first or last document is said to
    be, every document of the list is."""
    runs: list[list[int]] = []
    for i, named in enumerate(found):
        if runs and LIST_JOIN.match(text[found[runs[-1][-1]].end : named.start]):
            runs[-1].append(i)
        else:
            runs.append([i])
    shared = list(found)
    for run in runs:
        if len(run) < 2:
            continue
        first, last = found[run[0]], found[run[-1]]
        joins = " ".join(text[found[a].end : found[b].start] for a, b in pairwise(run))
        # "no receipt, valuation or photos": an "or" list carries the "no"; "no receipt,
        # photos and the valuation" may not, and is read item by item.
        lead_gone = first.gone and bool(re.search(r"\b(or|nor)\b", joins, re.I))
        # "... all gone in the fire", "... were lost": said of the list; "the receipt is
        # gone" after a list of others is said of the receipt alone.
        tail_gone = last.gone and not first.gone and not SAID_OF_ONE.match(text[last.end :])
        if lead_gone or tail_gone:
            for i in run:
                # "I have the receipt, the photos went with my old phone": had, said so.
                if found[i].gone or not (tail_gone and found[i].held):
                    shared[i] = replace(found[i], gone=True)
    return shared


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

# A document kept by someone else: "my sister has the receipt", "mum's got the valuation".
HELD_BY_SOMEONE_ELSE = re.compile(
    r"\b((my|our)\s+)?(?P<who>sister|brother|mum|mom|mother|dad|father|husband|wife|partner|son|daughter|ex|"
    r"friend|aunt|auntie|uncle|nan|nana|grandma|grandmother|grandad|grandfather|fianc[eé]e?|broker|agent|lawyer)"
    r"(\s+(has|had|keeps|kept|holds|should have|might have|may have|got)|'s\s+got|\s+has\s+got)\b",
    re.I,
)

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
        holder = HELD_BY_SOMEONE_ELSE.search(text)
        if codes and holder:
            # "my sister has the receipt I think": put down, and said back, as the
            # claimant will need it from them.
            _say_back(
                slots,
                f"I've put down what you named, kept by your {holder.group('who').lower()}: "
                "the team will need a copy, so ask them for it. If you don't have it after all, tell me.",
            )
