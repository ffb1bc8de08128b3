"""Checking a claimant's name, email and phone, with the reason when one is unusable."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from bot.language.corrections import cue_words

EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+")
PHONE_IN_TEXT = re.compile(r"\+?[\d(][\d\s().-]{5,}\d")


def find_email(text: str) -> str | None:
    match = EMAIL_IN_TEXT.search(text)
    return match.group(0).strip(".,;") if match else None


# "ana @ example.com", "ana@ example.com": the spaces people put around the @.
SPACED_AT = re.compile(r"(?<=[A-Za-z0-9._%+'-])\s*@\s*(?=[A-Za-z0-9-]+\s*\.)")
# "ana at example dot com", "ana [at] example [dot] com", "ana(at)example.com": an
# address spelled out, read only where an email was asked for (elsewhere "at" and
# "dot" are ordinary words). The domain needs a dot and a final label of letters.
SPELLED_AT = r"(?:\s*[\[(]\s*at\s*[\])]\s*|\s+at\s+)"
SPELLED_DOT = r"(?:\s*[\[(]\s*dot\s*[\])]\s*|\s+dot\s+|\.)"
SPELLED_EMAIL = re.compile(
    r"(?P<local>[A-Za-z0-9_%+'-]+(?:"
    + SPELLED_DOT
    + r"[A-Za-z0-9_%+'-]+)*)"
    + SPELLED_AT
    + r"(?P<domain>[A-Za-z0-9-]+(?:"
    + SPELLED_DOT
    + r"[A-Za-z0-9-]+)*"
    + SPELLED_DOT
    + r"[A-Za-z]{2,})\b",
    re.I,
)
SYMBOLS = {"underscore": "_", "under score": "_", "dash": "-", "hyphen": "-"}
SPELLED_SYMBOL = re.compile(r"\s*\b(underscore|under score|dash|hyphen)\b\s*", re.I)
# "ana@gmail,com": a comma typed for the dot before a common ending.
COMMA_FOR_DOT = re.compile(r"(@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*),(?=(com|net|org|co|nz|edu|gov|io)\b)", re.I)


# " . " between two parts of an address, or " ." before one ("gmail .com"); a dot
# with a space after it only is a sentence's end ("ana@gmail.com. Thanks").
SPACED_DOT = re.compile(r"(?<=[A-Za-z0-9])\s+\.\s*(?=[A-Za-z0-9])")


def email_as_typed(text: str, email: str) -> bool:
    """The address stands as typed in the message (not pieced together from spaces,
    spelled words or a comma for a dot)."""
    return email.lower() in text.lower()


# "rosie_k 1987 @ example.com": an address typed with a space inside its first part,
# joined where the part before the space carries a mark of an address (a digit, "_",
# ".") or ends in one, and the part after starts with a digit or a mark ("my email is
# ana 1987@..." keeps "1987@...": a plain word before is not joined).
SPLIT_LOCAL = re.compile(
    r"(?<![\w.@%+'-])([A-Za-z0-9._%+'-]*[0-9._][A-Za-z0-9._%+'-]*)\s+(?=[0-9._][A-Za-z0-9._%+'-]*\s*@)"
)


# "isla brennan 03 at example dot co dot nz": the whole answer is an address said
# aloud, its first part in pieces. Only the pieces between an optional lead-in ("my
# email is", "it's") and the "at" are joined, and only when nothing else is said.
EMAIL_LEAD_IN = r"(?:(?:my |the )?(?:e-?mail|address)(?: address)?(?: is|:)?|it'?s|it is|use)\s+"
PIECES_EMAIL = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|yup|sure|ok(?:ay)?)\W+)?(?:"
    + EMAIL_LEAD_IN
    + r")?(?!(?:it'?s|it is|is|my|the|e-?mail|address|use|sure|ok(?:ay)?|yes|yeah|yep)\b)(?P<pieces>[A-Za-z0-9_%+'-]+(?:\s+[A-Za-z0-9_%+'-]+){1,3})"
    + SPELLED_AT
    + r"(?P<rest>[A-Za-z0-9-]+(?:"
    + SPELLED_DOT
    + r"[A-Za-z0-9-]+)*"
    + SPELLED_DOT
    + r"[A-Za-z]{2,})(?:\W+(?:please|thanks|thank you|cheers|ta))?\W*$",
    re.I,
)


def _undotted(part: str) -> str:
    return re.sub(SPELLED_DOT, ".", part, flags=re.I)


# "s-i-o-n-e dot t at gmail dot com": a part spelled letter by letter, joined by dashes.
SPELLED_LETTERS = re.compile(r"(?<![\w.@-])([A-Za-z0-9](?:-[A-Za-z0-9]){2,})(?![\w@-])")


def emails_in(text: str, spelled: bool = False) -> list[str]:
    """Every usable address in a message, each once, in order; `spelled` also reads
    "ana at example dot com" (only where an email was asked for)."""
    text = COMMA_FOR_DOT.sub(r"\1.", SPACED_AT.sub("@", text))
    if spelled and "@" not in text:
        text = SPELLED_LETTERS.sub(lambda m: m.group(1).replace("-", ""), text)
    if spelled:
        text = SPLIT_LOCAL.sub(r"\1", text)
        if "@" in text:
            # "ana . ruiz @ gmail . com": spaces typed around the dots.
            text = SPACED_DOT.sub(".", text)
    if spelled and "@" not in text:
        # "bella underscore rose at gmail dot com", "ana dash ruiz at ...": the symbols spelled.
        text = SPELLED_SYMBOL.sub(lambda m: SYMBOLS[m.group(1).lower()], text)
        pieces = PIECES_EMAIL.match(text)
        if pieces and not re.search(r"\bdot\b", pieces.group("pieces"), re.I):
            text = f"{''.join(pieces.group('pieces').split())}@{_undotted(pieces.group('rest'))}"
        text = SPELLED_EMAIL.sub(
            lambda m: f"{_undotted(m.group('local'))}@{_undotted(m.group('domain'))}", text
        )
    found = [m.group(0).strip(".,;'") for m in EMAIL_IN_TEXT.finditer(text)]
    usable = [e for e in found if email_problem(e) is None]
    return list({e.lower(): e for e in reversed(usable)}.values())[::-1]


# Which of two addresses a person wants used: "use my personal one ana@gmail.com",
# "ana@gmail.com (preferred)", "ana@gmail.com is better".
PREFER_BEFORE = re.compile(
    r"\b(use|prefer(ably)?|preferred (one |email |address )?is|go with|best (is|one is)|main (one )?is|primary (one )?is|send (it |things )?to)"
    r"\b(\W+\w+){0,4}\W*$",
    re.I,
)
PREFER_AFTER = re.compile(
    r"^\W*(\(?preferred\)?|is (better|best|preferred|easier|my main( one)?|my primary( one)?|the one to use)|"
    r"preferably|ideally)\b",
    re.I,
)
# "use the personal one", "the gmail one is best": the address named by its kind.
PREFER_KIND = re.compile(
    r"\b(use|prefer|go with)\s+(the|my)\s+(?P<kind>\w+)\s+(one|address|email)\b"
    r"|\b(the|my)\s+(?P<kind2>\w+)\s+(one|address|email)\s+is\s+(better|best|preferred|easier)\b",
    re.I,
)


PREFER_ORDER = re.compile(
    r"\b(use|prefer|go with|send (it |things )?to)\s+(the\s+)?(?P<which>first|1st|former|top|second|2nd|latter|last)"
    r"(\s+(one|address|email))?\b",
    re.I,
)


def preferred_email(text: str, emails: list[str]) -> str | None:
    """The address stated as preferred among several, or None when none is."""
    lowered = text.lower()
    starts = [lowered.find(e.lower()) for e in emails]
    chosen: set[str] = set()
    for i, (email, start) in enumerate(zip(emails, starts, strict=True)):
        before_from = max((s + len(emails[j]) for j, s in enumerate(starts) if -1 < s < start), default=0)
        after_to = min((s for s in starts if s > start), default=len(text))
        if PREFER_BEFORE.search(text[before_from:start]) or PREFER_AFTER.search(
            text[start + len(email) : after_to]
        ):
            chosen.add(emails[i])
    order = PREFER_ORDER.search(text)
    if not chosen and order:
        # "..., or my work one ... but use the first one": the one named by its place.
        return emails[0] if order.group("which").lower() in {"first", "1st", "former", "top"} else emails[-1]
    kind = PREFER_KIND.search(text)
    if not chosen and kind:
        # The kind named again beside one address: "personal ana@gmail.com, work ...".
        word = (kind.group("kind") or kind.group("kind2")).lower()
        named = [
            m.start()
            for m in re.finditer(r"\b" + re.escape(word) + r"\b", lowered)
            if not kind.start() <= m.start() < kind.end()
        ]
        for email, start in zip(emails, starts, strict=True):
            if word in email.lower().split("@")[1] or any(0 <= start - n <= 25 for n in named):
                chosen.add(email)
    return chosen.pop() if len(chosen) == 1 else None


# "ana.r@example.com, sorry typo, ana.rr@example.com": the address after a correction
# replaces the one before it.
EMAIL_RETYPED = re.compile(
    r"\b(sorry|typo|i meant|correction|oops|my (mistake|bad)|actually|should (be|have been|say)|"
    r"not that( one)?|scratch that|wrong|no wait|i mean)\b",
    re.I,
)


def corrected_email(text: str, emails: list[str]) -> str | None:
    """The last address when a correction is said between the first and the last."""
    if len(emails) < 2:
        return None
    lowered = text.lower()
    first, last = lowered.find(emails[0].lower()), lowered.rfind(emails[-1].lower())
    if -1 < first < last and EMAIL_RETYPED.search(text[first + len(emails[0]) : last]):
        return emails[-1]
    return None


def email_problem(email: str) -> str | None:
    return None if EMAIL.match(email) and ".." not in email else "invalid"


def find_phone(text: str) -> str | None:
    match = PHONE_IN_TEXT.search(text)
    return match.group(0).strip() if match else None


# "home is 07 856 2210 but mobile's best, 027 455 1093", "021 555 0199 is the best one":
# of two numbers, the one said to be the one to call.
PHONE_PREFERRED_BEFORE = re.compile(
    r"\b(best|better|preferred|prefer(ably)?|use|go with|call|ring|text|main|primary|easiest)\b[^\d]{0,25}$",
    re.I,
)
PHONE_PREFERRED_AFTER = re.compile(
    r"^[^\d]{0,6}\b(is |'s )?(best|better|preferred|the best|my main|the main|easiest|the one to (use|call))\b",
    re.I,
)


def preferred_phone(text: str) -> str | None:
    """The number said to be the one to call among several, or None."""
    found = [m for m in PHONE_IN_TEXT.finditer(text) if phone_problem(m.group(0)) is None]
    if len(found) < 2:
        return None
    chosen = []
    for i, match in enumerate(found):
        before = text[found[i - 1].end() if i else 0 : match.start()]
        after = text[match.end() : found[i + 1].start() if i + 1 < len(found) else len(text)]
        if PHONE_PREFERRED_BEFORE.search(before) or PHONE_PREFERRED_AFTER.search(after):
            chosen.append(match.group(0).strip())
    return chosen[0] if len(chosen) == 1 else None


# A number said digit by digit, as voice typing writes it: "oh two one five five five,
# oh one nine nine", "double five", "triple oh".
DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
REPEATS = {"double": 2, "triple": 3}
# Words that may sit between the digits ("my number is", "and then").
FILLER_WORDS = {"my", "number", "is", "it's", "its", "mobile", "cell", "phone", "ph", "and", "then", "the"}


def spoken_phone(text: str) -> str | None:
    """The digits of a number said in words, when that is all the message says; None
    when any other word or a digit is there (a sentence is not a number)."""
    if re.search(r"\d", text):
        return None
    digits: list[str] = []
    repeat = 1
    for word in re.findall(r"[a-z']+", text.lower()):
        if word in REPEATS:
            repeat = REPEATS[word]
        elif word in DIGIT_WORDS:
            digits.append(DIGIT_WORDS[word] * repeat)
            repeat = 1
        elif word not in FILLER_WORDS:
            return None
    number = "".join(digits)
    return number if 7 <= len(number) <= 15 else None


def phone_problem(phone: str) -> str | None:
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 7:
        return "too_short"
    if len(digits) > 15:
        return "too_long"
    return None


# "hi! it's ...", "kia ora, ...", "Good morning, this is ...", "yo its ...": a greeting before the name.
GREETING = re.compile(
    r"^\W*(hi|hey|heya|hello|hiya|howdy|yo|sup|kia ora|g'?day|good (morning|afternoon|evening|day))\b[\s!,.:;-]*",
    re.I,
)
NAME_LEAD_IN = re.compile(
    r"^\s*((my |the |full |legal )?name is|(my |the )?name's|i am|i'm|im|it's|its|it is|this is|here'?s|name:)\s+",
    re.I,
)
# "..., thanks", "... cheers", "... here": a courtesy after the name.
COURTESY_AFTER = re.compile(r"[\s,.!-]*\b(thanks|thank you|thx|ta|cheers|please|pls|here)\b[\s!.]*$", re.I)
# A title is no part of the name the claim is under: "Dr. Alan ...", "Ms Priya ...".
TITLE = re.compile(r"^(dr|mr|mrs|ms|miss|mx|prof|professor|rev)\b\.?\s+(?=\S)", re.I)
# "..., but everyone calls me Lee", "... (goes by Sam)": the name used day to day,
# said after the full one.
ALSO_CALLED = re.compile(
    r"[\s,;(-]*\b(but |though |and )?((everyone|people|friends|most people|they all|folks) )?"
    # To the end of its part only: "folks call me Bubba. fine, Robert Lee Dawson".
    # To a "but" too: "everyone calls me Bex but it's Rebecca Tautahi".
    r"(calls? me|goes by|go by|known as)\b(?:(?!\s(?:but|though|tho|although)\b)[^,;.()])*",
    re.I,
)
# "Mike. Michael Brennan if you need the full thing": the full name offered after a short one.
FULL_NAME_OFFERED = re.compile(
    r"\s+(if you need|if you want|if that'?s needed|for the (form|record|claim)|in full)\b.*$", re.I
)


# Where a name's parts break apart: a comma, a semicolon, a bracket, a dash between
# spaces, a "but" or "though", or a full stop that ends a word of two or more letters
# ("Mike. Michael Brennan"); never the stop of an initial ("Evelyn R. Hargrove", "J. R.
# Smith", "A.J. Thompson").
NAME_BREAK = re.compile(
    r"[,;]\s*(?:(?:but|though|tho|although)\b\s*)?|\s*[()\[\]]\s*|\s+[-–—]\s+|(?<=[^\W\d_]{2})[.!?]+(\s+|$)|\s+\b(?:but|though|tho|although)\b\s+",
    re.I,
)

# The name the claim goes under, marked as the legal one: "legally Trevor Jackson",
# "William Thornton on the policy", "full name's Robert Dawson". Of a name said with it
# and one without ("Tre Jackson, legally Trevor Jackson"), the marked one is kept.
LEGAL_BEFORE = re.compile(
    r"^\s*(?:(?:my |the )?(?:legal|full|real|proper|official|actual|formal) name(?:'s| is|:)?|legally|officially|"
    r"formally|properly|on paper|on the (?:policy|papers|paperwork|license|licence|passport))\s*(?:it'?s |is )?",
    re.I,
)
LEGAL_AFTER = re.compile(
    r"\s+(?:on|for) (?:the|my|our) (?:policy|papers|paperwork|license|licence|passport|id|documents?|record)"
    r"|\s+(?:legally|officially|formally)$"
    # "Jules, well Julianne Park on anything official", "Bec. Rebecca Tane for official stuff".
    r"|\s+(?:on|for|in) (?:anything|everything|all(?: the)?|any|the) (?:official|legal|formal)\b.*$"
    r"|\s+(?:on|for|in) (?:official|legal|formal) (?:stuff|things|purposes|documents?|papers?|paperwork|forms?)\b.*$"
    r"|\s+on paper$",
    re.I,
)

# Words that make a part of the reply a sentence, not a name: "Park is family name",
# "that's Mc then capital A", "everyone says George", "not that one lol", "same as last
# time". A capitalised word in a reply typed in both cases is read as a name's ("Sure
# Mahuta", "Will Grant"); a reply all in one case has only these words to tell.
NOT_NAME_WORDS = frozenset(
    """
    i i'm im i've i'd me my mine myself you your you're he his him she her hers it its it's they their them
    we our us is are was were be been being am isn't wasn't aren't do does did don't doesn't didn't have
    has had can can't could would will won't should the this that that's these those there here what which
    who whose whom when where why how on in at of for to from with by as into onto about after before since
    then than not no nope nah yes yeah yep yup ok okay sure fine lol haha hah lmao lmfao jk tho though
    although but or so if just only also too very really name names named surname surnames family first last
    given middle legal legally full real proper official officially nickname nick short shortened spelled
    spelt spelling spell capital capitals letter letters small lowercase uppercase hyphen hyphenated apostrophe
    says say said saying call calls called calling goes go going known everyone everybody everybody's
    everyone's people folks friends mates nobody nobody's somebody someone anybody anyone anything
    something nothing policy policyholder policy's account insurance insured holder claim claiming claims
    claimant same time already usual before wife husband partner mum mom dad mother father son daughter
    parents brother sister please thanks thank cheers sorry one ones lot fine prefer preferred rather
    actually honestly think guess know knew want wanted need needs use put write down under over
    school work email e-mail mail phone mobile cell number address
    question questions quick wait hang hold um umm erm hmm uh
    """.split()
)

# Name words kept small inside a name: "Maria de los Angeles Ortega", "Sophie van der Berg".
NAME_PARTICLES = frozenset(
    "de del della der den des di da das do dos du la le las los van von y bin binti al el ter ten".split()
)


def _name_words(part: str, mixed_case: bool) -> bool:
    """Every word of the part could be a name's: a capitalised word (when the reply is
    typed in both cases), an initial, a joining "&" or "and", or any word but those of
    a sentence."""
    words = part.split()
    if not words:
        return False
    for word in words:
        bare = word.strip(".,!?'\"’").lower()
        if not bare or word in {"&", "+"} or bare == "and":
            continue
        if mixed_case and word[:1].isupper():
            continue
        if bare in NOT_NAME_WORDS or bare.replace("’", "'") in NOT_NAME_WORDS:
            return False
        if not re.fullmatch(r"[^\W\d_][\w'’.-]*", bare):
            return False
    return True


# "Jenn, well Jennifer Alvarado", "ok Ana Ruiz": a word said before the name, typed small.
LEADING_FILLER = re.compile(
    r"^(well|um+|uh+|erm?|oh|ah|hmm+|ok(ay)?|yes|yeah|yep|sure|fine|so|but|though|tho)\b[\s,]+", re.I
)
# "Aroha Te Kani, nee Walker", "formerly Jane Doe": a name no longer used.
FORMER_NAME = re.compile(r"^(n[ée]e|born|formerly|previously|maiden( name)?( was| is)?|used to be)\b", re.I)


def _parts_of(name: str) -> list[tuple[str, bool]]:
    """The parts of a reply, each with whether it is marked as the legal name."""
    parts: list[tuple[str, bool]] = []
    for raw in NAME_BREAK.split(name):
        part = LEADING_FILLER.sub("", (raw or "").strip(" .,!"))
        if not part or FORMER_NAME.match(part):
            continue
        legal = False
        self_named = NAME_LEAD_IN.match(part)
        if self_named and self_named.end() < len(part):
            # "the policy's in my husband's name, Grant Pickering, but I'm Louise
            # Pickering": a name too, beside the policyholder's; which one the claim
            # goes under is asked.
            part = part[self_named.end() :].strip()
        before = LEGAL_BEFORE.match(part)
        if before and before.end() < len(part):
            part, legal = part[before.end() :].strip(), True
        after = LEGAL_AFTER.search(part)
        if after and after.start() > 0:
            part, legal = part[: after.start()].strip(), True
        parts.append((part.strip(" .,!"), legal))
    return parts


def names_offered(text: str) -> list[str]:
    """The full names (two words or more) a reply gives, when it gives more than one and
    marks none as the legal one: "ana ruiz (the policy is my mum's, maria ruiz)"."""
    name, mixed = _without_lead_in(text)
    full = [p for p, _ in _parts_of(name) if len(p.split()) > 1 and _name_words(p, mixed)]
    return full if len(full) > 1 else []


# "Jon, short for Jonathan Whittaker", "Bex as in Rebecca Tautahi": the short name
# first, the full one it stands for after.
SHORT_FOR = re.compile(r"^[^\W\d_][\w'’-]*,?\s+\(?(?:is\s+|which is\s+)?(?:short for|as in)\s+", re.I)


# "first name Lee, last name Park", "Hemi, surname Walker": the parts of the name told
# apart, put together.
PARTS_TOLD_APART = re.compile(
    r"^(?:(?:my |the )?(?:first|given) name(?:'s| is|:)?\s+)?(?P<first>[^\W\d_][\w'’-]*)\s*(?:,|;|and)?\s*"
    r"(?:(?:my|the) )?(?:last|sur|family) ?name(?:'s| is|:)?\s+(?P<last>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)"
    r"\s*[.!]?$",
    re.I,
)


def _without_lead_in(text: str) -> tuple[str, bool]:
    name = GREETING.sub("", text.strip())
    name = SHORT_FOR.sub("", NAME_LEAD_IN.sub("", name))
    apart = PARTS_TOLD_APART.match(name.strip())
    if apart:
        name = f"{apart.group('first')} {apart.group('last')}"
    name = ALSO_CALLED.sub("", FULL_NAME_OFFERED.sub("", name))
    name = COURTESY_AFTER.sub("", name).strip(" .,!")
    letters = [c for c in name if c.isalpha()]
    mixed = any(c.isupper() for c in letters) and any(c.islower() for c in letters)
    return name, mixed


def name_in_answer(text: str) -> str | None:
    """The name itself, without a greeting, a lead-in, a title, a courtesy after it, the
    name one goes by or words about it ("Park is the family name", "that's Mc then
    capital A"); of a short name and a full one, the full one; of a name and a legal one,
    the legal one. None when two full names are given and neither is marked, or when no
    part of the reply reads as a name."""
    name, mixed = _without_lead_in(text)
    parts = _parts_of(name)
    names = [(p, legal) for p, legal in parts if _name_words(TITLE.sub("", p), mixed)]
    legal = [p for p, is_legal in names if is_legal]
    full = [p for p, _ in names if len(TITLE.sub("", p).split()) > 1]
    if len(legal) == 1:
        name = legal[0]
    elif len(full) == 1:
        # "Mike. Michael Brennan", "Park Ji-woo. Park is family name.": the one full name.
        name = full[0]
    elif len(full) > 1:
        return None
    elif len(parts) > 1 and names and len(names) < len(parts):
        # "Jo (no surname needed lol)": the one name among words about it.
        name = names[0][0] if len(names) == 1 else ", ".join(p for p, _ in names)
    elif not names:
        return None
    name = name.strip(" .,!")
    untitled = TITLE.sub("", name)
    # "Dr. Alan Whitcombe" is Alan Whitcombe; "Mrs Smith" stays as said (a surname alone
    # is no name without its title).
    return untitled if len(untitled.split()) > 1 else name


def _capitalised(word: str, first: bool, one_case: bool) -> str:
    """A name's word as it is written: typed all in one case ("MELISSA O'CONNOR", "maria
    de los angeles ortega"), each part gets its capital; typed in both, as typed, with a
    capital first. A particle inside a name stays small."""
    if not first and (
        word.lower() == "and" or word.lower() in NAME_PARTICLES and (one_case or word.islower())
    ):
        return word.lower()
    if one_case:
        word = word.lower()
        # "o'connor" is O'Connor, "ngata-passfield" Ngata-Passfield.
        word = re.sub(r"(^|[-‐]|(?<=\b\w)['’])(\w)", lambda m: m.group(1) + m.group(2).upper(), word)
        return word
    return word[:1].upper() + word[1:]


def clean_name(text: str) -> str | None:
    """A name from "I'm Ana Ruiz" or "Ana Ruiz"; None when it does not look like one."""
    name = name_in_answer(text)
    if not name or len(name) > 100 or re.search(r"[\d@<>{}\[\]=;]", name):
        return None
    if not any(c.isalpha() for c in name):  # "💍" or "..." is not a name
        return None
    if len(name.split()) > 5:
        return None
    letters = [c for c in name if c.isalpha()]
    one_case = all(c.isupper() for c in letters) or all(c.islower() for c in letters)
    return " ".join(_capitalised(part, i == 0, one_case) for i, part in enumerate(name.split()))


# A name set right, or the name the claim is to go under, told at any question: "sorry,
# put the name as Jonathan Whittaker", "can you change the name to Aroha Ngata", "the
# name should be Mere Tane", "my name's actually Jon", "put the claim under Sam Lee",
# "it's spelt Whittaker". The new name follows the cue.
NAME_SET_RIGHT = re.compile(
    r"\b(?:(?:put|change|switch|update|correct|fix|set|use|make|write|have|need)\b[^.;!?,]{0,20}?\bname\b"
    r"(?:\s+(?:on (?:the|my) claim|on it|down))?\s+(?:as|to|into|for|with)"
    r"|(?:the|my|that|your) (?:full |legal |proper |right |correct )?(?:sur|first |last |family )?name(?:'s| is| should be| should read| "
    r"should say| needs to be| has to be| must be)(?: actually| really)"
    r"|(?:the|that|my) (?:full |legal |proper |right |correct )?(?:sur|first |last |family )?name (?:should|needs to|has to|must) "
    r"(?:be|read|say|go as)"
    r"|" + cue_words() + r"[,:]?\s+(?:my name is|my name's|the name is|the name's)"
    # "oh and my surname is Moana-Smith": one part of the name told after it was given.
    r"|(?:the|my) (?:sur|first |last |family |middle )name(?:'s| is)"
    r"|(?:put|file|lodge|have|make|do)\b (?:the claim|it|this|that) (?:under|in the name of)"
    r"|(?:the claim|it) (?:should|needs to|has to) (?:be|go) (?:under|in the name of)"
    r"|(?:it'?s|its|it is|name'?s|surname'?s|that'?s) (?:spelt|spelled|spelt as|spelled as)"
    r"|spell (?:it|my name|the name|that)(?: as)?)\s*[:-]?\s*",
    re.I,
)
# What ends the new name: a break in the words, or a word about it ("with two t's").
NAME_SET_RIGHT_END = re.compile(r"[,;.!?()\[\]]|\s[-–—]\s|\s(?:with|please|pls|thanks|cheers|not)\b", re.I)
SPELT_WRONG = re.compile(
    r"^\s*(all\s+)?(wrong|wrongly|incorrect(ly)?|badly|funny|weird)\b[\s,:;.!-]*"
    r"((it'?s|its|it is|should be|it should be)\b\s*)?",
    re.I,
)
# "put the claim under my husband, Tom Ruiz": whose name it is, before the name.
SOMEONE_NAMED = re.compile(
    r"^\s*(my|our|her|his) (husband|wife|partner|mum|mom|mother|dad|father|son|daughter|fianc[eé]e?)"
    r"('?s name)?\s*[,:-]?\s*(?=[A-Z])",
    re.I,
)
LAST_NAME_NAMED = re.compile(r"\b(surname|last name|family name|second name)\b", re.I)
FIRST_NAME_NAMED = re.compile(r"\b(first name|given name|christian name)\b", re.I)
# A name holds at most this many words.
LONGEST_NAME_WORDS = 4


def _name_set_right_at(text: str) -> tuple[int, int, str] | None:
    """Where the words setting the name start, where the new name ends, and the name."""
    cues = list(NAME_SET_RIGHT.finditer(text))
    if not cues:
        return None
    # "the name's spelt wrong, Dayna Whitlock": the new name after the words on the old one.
    after = text[cues[-1].end() :]
    wrong = SPELT_WRONG.match(after) or SOMEONE_NAMED.match(after)
    offset = cues[-1].end() + (wrong.end() if wrong else 0)
    rest = text[offset:]
    stop = NAME_SET_RIGHT_END.search(rest)
    rest = rest[: stop.start()] if stop else rest
    letters = [c for c in rest if c.isalpha()]
    mixed = any(c.isupper() for c in letters) and any(c.islower() for c in letters)
    words: list[re.Match[str]] = []
    for word in re.finditer(r"\S+", rest):
        if (
            len(words) == LONGEST_NAME_WORDS
            or not _name_words(word.group(0), mixed)
            or (mixed and word.group(0)[:1].islower() and word.group(0).lower() not in NAME_PARTICLES)
        ):
            break
        words.append(word)
    name = clean_name(" ".join(w.group(0) for w in words)) if words else None
    return (cues[-1].start(), offset + words[-1].end(), name) if name and words else None


def name_set_right(text: str) -> str | None:
    """The name a message says the claim goes under, told as setting it right ("put the
    name as Jonathan Whittaker, two t's, it's my husband's policy"), or None: its
    words up to a break, and only those that read as a name's."""
    found = _name_set_right_at(text)
    return found[2] if found else None


def without_name_set_right(text: str) -> str:
    """The message without the words that set the name ("021 555 0142, and can you put the
    name as Katherine Moana" keeps the phone), the same length."""
    found = _name_set_right_at(text)
    if found is None:
        return text
    start, end, _name = found
    return text[:start] + " " * (end - start) + text[end:]


def name_put_in_place(new: str, text: str, old: str | None) -> str:
    """The whole new name, or one part of a name given before set right ("the surname is
    Brookes", "it's spelt Whittaker"): put in its place, the first or the last as named,
    else the part it is nearest to."""
    parts = str(old or "").split()
    if len(new.split()) > 1 or len(parts) < 2:
        return new
    if LAST_NAME_NAMED.search(text):
        return " ".join([*parts[:-1], new])
    if FIRST_NAME_NAMED.search(text):
        return " ".join([new, *parts[1:]])
    nearest = max(
        range(len(parts)), key=lambda i: SequenceMatcher(None, parts[i].lower(), new.lower()).ratio()
    )
    return " ".join(new if i == nearest else part for i, part in enumerate(parts))


def mask_email(email: str) -> str:
    """For logs: a***@example.com."""
    local, _, domain = email.partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"
