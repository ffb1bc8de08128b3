"""Dates in the claim's answers: the loss and purchase date questions (a month or a year
alone is taken as approximate and said back), a date said in passing that is the loss's
(not the purchase's or a last sighting's), how long a damaged piece has been owned, and
a loss date corrected at a later question ("sorry, it was Thursday not Wednesday").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from bot.language.answers import UserMessage
from bot.language.claim.claim_type import claim_type_from_text
from bot.language.claim.common import Reader, _assume, _say_back
from bot.language.claim.contacts import claim_region
from bot.language.dates import MONTH_NAMES, NOT_THIS_DATE, DateReading, read_loss_date
from bot.language.yes_no import DONT_KNOW
from bot.wording.claims import CLAIM_PROBLEMS

# Steps where a date said in passing is the date of the loss (not when it was last
# seen, or when it was bought).
DATE_ANY_TIME_STEPS = {None, "claim_type", "item_type", "item_value", "loss_description", "has_care_plan"}

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


# "earlier I said the 20th, it was actually the 21st": a correction of an answer given
# before, whatever the form holds of it.
AN_EARLIER_ANSWER = re.compile(
    r"\b(i said|i told you|i put|i wrote|i gave)\b.*\b(but|actually|it was)\b", re.I
)

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

# "oh, I told you Thursday, it was really Wednesday": the old answer named first is a
# correction's cue too (only where a correction is looked for: elsewhere "I said" is no
# sign of a loss told).
DATE_CORRECTION_OR_SAID = re.compile(
    rf"\b(?:{_DATE_CUE}|i (?:said|told you|put|wrote|gave))\b(?:[\s,]+(?:oh|um|so|{_DATE_CUE})\b)*[\s,]*[^,;.!?]*",
    re.I,
)

# The old date a correction names is never the new one: "the 12th not the 10th", "I said
# the 22nd but it was the 21st".
# "sorry, I said Thursday, it was Wednesday": the date said before, to the clause's end.
OLD_DATE = re.compile(
    r"\b(not|instead of|rather than)\b.*$|\bi (said|told you|put|wrote|gave)\b(.*?\b(but|and)\b|[^,;.!?]*)",
    re.I,
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


# "I added it on the 25th", "we had them scheduled in March": the day of a listing, never
# a correction of the loss date.
LISTING_ACT = re.compile(
    r"\b(i|we|she|he|they)\s+(only\s+|just\s+|then\s+)?((had|got)\s+(it|them)\s+)?(added|listed|scheduled|specified|itemi[sz]ed)"
    r"(\s+(it|them))?\b[^.;!?,]*?(?=\s+(and|but|then|so|when|after)\b|[.;!?,]|$)",
    re.I,
)


def _date_corrected(text: str, known: dict[str, Any], today: date, slots: dict[str, Any]) -> None:
    """A loss date corrected at a later question, said back.

    The first cue that is followed by a date counts: in "wait, I said yesterday but it
    was actually Friday the 27th" the "wait" stands alone and "actually" brings the date."""
    text = LISTING_ACT.sub(" ", text)
    for match in DATE_CORRECTION_OR_SAID.finditer(text):
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


# "I bought it on black friday last year", "valued at $3,300 two years ago", "got it
# specified the next morning": that date is the purchase, a valuation or a listing,
# not the loss.
# "$4,800 from Michael Hill three years ago", "2,100 at Pandora last year": a price and
# the shop it came from, so the time said with them is the purchase too.
PURCHASE_CLAUSE = re.compile(
    r"(?:\b(bought|purchased|paid (\$|nz\$|us\$|\d|about|around)|got (it|them|this|her|him)|had (it|them) (since|for)|"
    r"valued|valuation|apprais\w*|(specified|scheduled|listed|itemi[sz]ed|added) (it|them)|"
    # "the ring I got on the 3rd for our anniversary", "we got them in June".
    r"(i|we|she|he) got(?= (on|in|back in) (the )?(\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|"
    r"(got|bought|took out|added|signed up for) (the|a) ([\w-]+ )?(care |protection |service )?plan)\b"
    r"|(?:(?:nz|us)?\$\s?)?\b\d[\d,.]*k?\s+(from|at)\s+"
    r"(?!(the|my|our|a|an|his|her|their|home|work|school|night|about|around|least|most)\b|\d))"
    # To the end of the clause, or to where the loss is told after it in the same breath
    # ("bought it on November 3rd and last Tuesday the crystal cracked").
    r"(?:(?!\b(and|but|then|when|until|till)\b|"
    r"\b(was|were|got|been|is|are) (stolen|taken|nicked|pinched|lost|broken|damaged|snatched|swiped|crushed|cracked)\b|"
    r"\b(went|gone) missing\b|\b(broke|snapped|cracked|disappeared|vanished)\b)"
    r"(?:[^.,;!?]|(?<=\d)[.,](?=\d)))*"
    # "3 weeks after buying it": the piece's age when it happened, not a count from today.
    r"|\b(\d+|a|an|one|two|three|four|five|six|a few|a couple of)\s+(days?|weeks?|months?|years?)\s+"
    r"(after|since)\s+(i |we |she |he )?(bought|buying|got|getting|purchas\w+|picked (it|them) up)( (it|them|this|that))?\b( ?\([^)]*\))?",
    re.I,
)


def _without_purchase(text: str) -> str:
    return PURCHASE_CLAUSE.sub(" ", text)


# A purchase told beside the day of the loss at the date question ("tuesday, 3 weeks
# after I bought it"): only that is put aside (a date question's answer is the date).
BOUGHT_BESIDE = re.compile(r"\b(bought|buying|purchas\w+|(i|we|she|he) got (?=(on|in) (the )?\d))", re.I)


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

# "I called Allstate on Monday to add my ring to my policy", "we listed it on the 3rd":
# the day of a call to the insurer or of a listing, not the day of the loss.
LISTING_OR_CALL_CLAUSE = re.compile(
    r"\b(called|rang|rung|phoned|emailed|contacted|messaged)\s+(up\s+)?(my\s+|the\s+|our\s+)?"
    r"(insurer|insurance( company)?|agent|broker|state farm|allstate|progressive|usaa|liberty mutual|"
    r"nationwide|travelers|chubb|lemonade|jewelers mutual|geico|ami|tower|nzi|vero|fmg|aa)\b[^.;!?,]*?(?=\s+(and|but|then|so|when|after)\b|[.;!?,]|$)"
    r"|\b(added|listed|specified|scheduled|itemi[sz]ed)\s+(it|them|my\s+\w+)\s+(to|on|onto)\s+"
    r"(the|my|our)\s+(\w+\s+)?(policy|schedule|insurance|cover)\b[^.;!?,]*?(?=\s+(and|but|then|so|when|after)\b|[.;!?,]|$)",
    re.I,
)

FOUND_MISSING = re.compile(r"\b(noticed|realised|realized|discovered|found out|spotted)\b[^;!?]*", re.I)


def _loss_day_said(text: str, today: date, region: str | None) -> DateReading:
    found = FOUND_MISSING.search(text)
    sighting = LAST_SIGHTING_CLAUSE.search(text)
    if found and LAST_SIGHTING.search(text):
        # The found-missing clause up to where a last sighting starts.
        clause = LAST_SIGHTING.split(found.group(0), maxsplit=1)[0]
        reading = read_loss_date(clause, today, region)
        if reading.value:
            last = read_loss_date(sighting.group(0), today, region).value if sighting else None
            if last is not None and last < reading.value and not reading.note and not reading.approximate:
                # "noticed it missing on Saturday, last saw it Thursday": the day it was
                # noticed is put down, said back with the day it was last seen.
                return DateReading(
                    reading.value,
                    note=f"I've put down {_spoken_day(reading.value)}, the day you noticed it missing "
                    f"(you last saw it on {_spoken_day(last)}). If you know it went missing another day, tell me.",
                )
            return reading
    return read_loss_date(text, today, region)


def _spoken_day(day: date) -> str:
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B')}"


def _date_reader(slot: str) -> Reader:
    def read(
        message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
    ) -> None:
        region = claim_region(message.text, known, slots)
        reading = (
            _loss_day_said(_without_purchase(message.text), today, region)
            if slot == "loss_date" and BOUGHT_BESIDE.search(message.text)
            else _loss_day_said(message.text, today, region)
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
        problems.append(CLAIM_PROBLEMS[f"{slot}_{reading.problem}"])

    return read


# A year on its own: "2019", "that was 2018", "back in '15"; two digits only as the
# whole answer ("08", "in '15").
FULL_YEAR = re.compile(
    # "2018, in Queenstown on holiday": a comma after it ends the year ("2,018" or "2018,50" do not).
    r"(?<![\d$/.,-])(?P<year>(?:19|20)\d\d)(?![\d/.-]|,\d|\s*(?:k|grand|dollars|bucks)\b)",
    re.I,
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
