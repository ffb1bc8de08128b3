"""Facts about a piece and its owner, read from one message by rules.

These are the things a classifier should not have to guess: which jewelry item is meant,
whether the person travels with it or wears it daily (with negation: "I rarely
travel"), whether it is a new purchase, whether wear and repairs worry them, and a
New Zealand context for the currency, and where the person lives and how the piece is
covered today. Area and cover are read two ways: said unprompted, only with a cue that
it is the person's own ("we live in the suburbs", "it's on my homeowners"); answered
to the guide's question, from the keyword alone.

All functions are pure: text in, values out. The Rasa component in bot/nlu/ turns
them into entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.knowledge import read_knowledge
from bot.language.money import CURRENCY_NAMED, Amount, currency_named, money_amounts, tokenized
from bot.language.questions_in_answers import QUESTION_SENTENCE
from bot.language.yes_no import (
    WORN_PART_OF_EACH_DAY,
    WORN_WITHOUT_A_BREAK,
    worn_part_of_each_day,
    worn_without_a_break,
)
from bot.rules.advice import Piece

# Order matters: longer names first, so "engagement ring" is not read as "ring".
ITEM_WORDS: tuple[tuple[str, str], ...] = (
    ("engagement ring", "engagement_ring"),
    ("engagement rings", "engagement_ring"),
    ("engagement band", "engagement_ring"),
    ("e-ring", "engagement_ring"),
    ("e - ring", "engagement_ring"),
    ("solitaire", "engagement_ring"),
    ("wedding ring", "ring"),
    ("wedding band", "ring"),
    ("eternity ring", "ring"),
    ("tennis bracelet", "bracelet"),
    # Piercing jewellery, kept as "other": "my nose stud", "a belly button ring".
    ("nose stud", "other"),
    ("nose studs", "other"),
    ("nose ring", "other"),
    ("nose rings", "other"),
    ("nose hoop", "other"),
    ("nose pin", "other"),
    ("septum ring", "other"),
    ("septum", "other"),
    ("belly ring", "other"),
    ("belly button ring", "other"),
    ("belly bar", "other"),
    ("navel ring", "other"),
    ("tongue stud", "other"),
    ("tongue ring", "other"),
    ("tongue bar", "other"),
    ("eyebrow ring", "other"),
    ("eyebrow bar", "other"),
    ("lip ring", "other"),
    ("labret", "other"),
    ("body jewellery", "other"),
    ("body jewelry", "other"),
    ("ring", "ring"),
    ("rings", "ring"),
    ("band", "ring"),
    ("earring", "earrings"),
    ("earrings", "earrings"),
    ("studs", "earrings"),
    ("hoops", "earrings"),
    ("necklace", "necklace"),
    ("necklaces", "necklace"),
    ("chain", "necklace"),
    # Chain styles named alone: "my cuban link", "a rope chain" (the latter via "chain").
    ("cuban link", "necklace"),
    ("cuban links", "necklace"),
    ("choker", "necklace"),
    ("pearls", "necklace"),
    # Necklaces named by their form: "a pearl strand, double row", "a gold lariat".
    ("strand", "necklace"),
    ("strands", "necklace"),
    ("lariat", "necklace"),
    ("bracelet", "bracelet"),
    ("bracelets", "bracelet"),
    ("bangle", "bracelet"),
    ("bangles", "bracelet"),
    # "a signet with the family crest": the ring.
    ("signet", "ring"),
    ("watch", "watch"),
    ("watches", "watch"),
    ("rolex", "watch"),
    ("omega", "watch"),
    # Brands that make only watches: "got a tag heuer" names a watch.
    ("tag heuer", "watch"),
    ("breitling", "watch"),
    ("patek", "watch"),
    ("audemars", "watch"),
    ("tudor", "watch"),
    ("seiko", "watch"),
    ("tissot", "watch"),
    ("longines", "watch"),
    ("panerai", "watch"),
    ("hublot", "watch"),
    ("speedmaster", "watch"),
    ("submariner", "watch"),
    ("timepiece", "watch"),
    # Watch models known by name alone: "a vintage Cartier Tank", "my Datejust".
    ("cartier tank", "watch"),
    ("tank watch", "watch"),
    ("santos", "watch"),
    ("datejust", "watch"),
    ("daytona", "watch"),
    ("royal oak", "watch"),
    ("nautilus", "watch"),
    ("seamaster", "watch"),
    ("navitimer", "watch"),
    ("reverso", "watch"),
    ("g - shock", "watch"),
    ("casio", "watch"),
    ("swatch", "watch"),
    ("aquaracer", "watch"),
    ("iwc", "watch"),
    ("bulova", "watch"),
    ("breguet", "watch"),
    ("vacheron", "watch"),
    ("movado", "watch"),
    ("pendant", "pendant"),
    ("pendants", "pendant"),
    ("locket", "pendant"),
    ("medallion", "pendant"),
    # Pendants known by their form: the Maori carvings worn at the neck ("my pounamu
    # toki", "a greenstone koru"), a crucifix, a saint's medal.
    ("hei tiki", "pendant"),
    ("hei - tiki", "pendant"),
    ("tiki", "pendant"),
    ("toki", "pendant"),
    ("koru", "pendant"),
    ("manaia", "pendant"),
    ("matau", "pendant"),
    ("pikorua", "pendant"),
    ("crucifix", "pendant"),
    ("st christopher", "pendant"),
    ("saint christopher", "pendant"),
    ("brooch", "other"),
    # A cameo is mostly worn pinned, as a brooch; "a cameo ring" is the ring.
    ("cameo", "other"),
    ("cufflinks", "other"),
    ("anklet", "other"),
    ("tiara", "other"),
    # Other pieces worn in the hair or on a suit.
    ("hair comb", "other"),
    ("comb", "other"),
    ("hairpin", "other"),
    ("hair pin", "other"),
    ("hair clip", "other"),
    ("barrette", "other"),
    ("diadem", "other"),
    ("hatpin", "other"),
    ("hat pin", "other"),
    ("tie pin", "other"),
    ("tie clip", "other"),
    ("tie bar", "other"),
    ("lapel pin", "other"),
    ("stickpin", "other"),
    ("cufflink", "other"),
    ("cuff links", "other"),
    # After the cufflinks above: a "cuff" alone is the open bracelet.
    ("cuff", "bracelet"),
)
# Pieces New Zealanders name by their stone alone: "my pounamu", "her greenstone" (a
# carving worn at the neck, or set in another piece: "a greenstone bangle").
PIECES_NAMED_BY_STONE = ("pounamu", "greenstone")


def item_words_pattern() -> str:
    """Every item word (and its plural) as one regex alternation, longest first, for the
    story readers' patterns: one list of pieces, ITEM_WORDS, read by both."""
    words = {w for w, _ in ITEM_WORDS if " - " not in w} | set(PIECES_NAMED_BY_STONE)
    plural = {
        w: "" if w.endswith("s") else r"(es)?" if w.endswith(("ch", "sh", "x")) else "s?" for w in words
    }
    ordered = sorted(words, key=len, reverse=True)
    return "(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") + plural[w] for w in ordered) + ")"


# "solitaire" alone is the engagement ring; "a solitaire pendant" is the pendant. A
# "pendant necklace" or a "locket necklace" is the necklace.
MODIFIER_ONLY_BEFORE = {
    "solitaire": {"ring", "engagement_ring"},
    "pendant": {"pendant"},
    "locket": {"pendant"},
    # A carving's or a cameo's name before another piece describes it: "koru earrings",
    # "a cameo ring", "a toki pendant".
    **{form: {"pendant"} for form in ("tiki", "toki", "koru", "manaia", "matau", "pikorua", "crucifix")},
    "cameo": set(),
    # A chain style before the piece it makes describes it: "a 14k cuban link bracelet",
    # "cuban link anklet"; alone ("my cuban link") it is the chain.
    "cuban link": {"necklace"},
    "cuban links": {"necklace"},
    "strand": {"necklace"},
}
# Watch brands known by a short name that is a common word in small letters: "my TAG"
# (a price tag is no watch).
BRANDS_IN_CAPITALS = {"TAG": "watch"}
ENGAGED = re.compile(
    r"\b(got engaged|just engaged|getting engaged|we('re| are) engaged|(she|he) said yes|propos(e|ed|ing|al)|pop(ping)? the question|"
    # "the ring my fiancé gave me", "from my fiancée": the engagement ring.
    r"ring (my|her|his) fianc[eé]e? (gave|bought|got)|(from|by) (my|her|his) fianc[eé]e?)\b",
    re.I,
)

NEGATION = re.compile(
    r"\b(never|not|don'?t|doesn'?t|do not|does not|didn'?t|rarely|seldom|hardly|barely|no|nor|won'?t|"
    r"haven'?t|hasn'?t|hadn'?t|can'?t|couldn'?t)\b"
)
TRAVEL = re.compile(
    # Not Travelers the insurer: "my homeowners with Travelers", "a Travelers policy".
    r"\b((?<!with )(?<!through )(?<!thru )(?<!via )(?<!from )(?<!by )(?<!under )(?<!at )travell?ers\b"
    r"(?!'?s? (insurance|home|homeowners|renters|condo|policy|agent|umbrella|auto))|travel(?!l?ers\b)\w*|fly|flies|flying|flights?|trips?|abroad|overseas|vacations?|holidays?|"
    r"on the road|cruises?)\b"
)
STAY_HOME = re.compile(
    r"\b(homebody|homebodies|stay (at )?home|stays? (in the )?(safe|drawer|box)|never leaves? the house|"
    # "I don't go anywhere anymore", "we never go anywhere".
    # (Not "I don't go anywhere without it": the piece worn everywhere.)
    r"(don'?t|do not|never|hardly|rarely|seldom|barely) (really )?(go|get|travel) (anywhere|far|away)( much)?"
    r"(?![^.;,!?]{0,12}\bwithout\b)|"
    # "too busy with the kids to go anywhere", "none planned".
    r"too (busy|broke|poor|tired|old)\b[^.;!?]{0,25}?\bto (go|travel|get) (anywhere|far|away)|"
    r"^\W*(none|nothing|no trips?|no travel) (planned|booked|coming up|lined up)|"
    # "I'm not away much", "we're hardly ever away" (not "never away from it", worn).
    r"(not|never|hardly( ever)?|rarely|seldom|barely( ever)?) away( much| often| a lot| really)?(?! from))\b"
)
# The person travels but the piece stays behind: "a couple of trips a year, and I never
# take the watch with me", "we fly a lot but I leave it at home". The piece's travel is
# what the question asks.
PIECE_STAYS_BEHIND = re.compile(
    # "we go to the bach most weekends but I don't take it", "I'd never take it overseas",
    # "I travel heaps but never with the ring": the piece named, then nothing or the trip.
    r"\b(never|don'?t|do not|won'?t|wouldn'?t|rarely|hardly ever|seldom)\s+(take|bring|pack|carry|wear)\s+"
    r"(it|them|the \w+|my \w+|her \w+|his \w+)\s*($|[.,;!]|\b(there|anywhere|overseas|abroad|away|travell?ing|on (those|them|that|the|a|trips?|holiday|vacation)\b|for (that|those|trips?)\b))|"
    r"\bbut (never|not) with (it|them|the \w+|my \w+|her \w+|his \w+)\b|"
    r"\b(never|don'?t|do not|won'?t|wouldn'?t|rarely|hardly ever|seldom)\s+(take|bring|pack|carry)\s+"
    r"(it|them|the \w+|my \w+|her \w+|his \w+)\s+(\w+\s+)?(with (me|us|her|him)|along|away|on (trips|holiday|vacation))"
    # "I leave the good stuff at home", "we leave my nice rings behind".
    r"|\bleave (it|them|(the|my|our|her|his|all the|all my) (\w+ ){0,2}?\w+) (at home|behind|in the safe|home)\b"
    r"|\b(it|they|the \w+) (always |just )?(stays?|remains?) (with me |with us |here )?(at home|behind|home)\b"
    # "I travel a lot but I leave it in my safe at home", "it stays in the drawer when we go away".
    r"|\bleave (it|them|(the|my|our|her|his) (\w+ ){0,2}?\w+) (locked )?(in|at) (the|my|our|a|her|his|mum'?s|my mum'?s) "
    r"(\w+ )?(safe|drawer|box|jewell?e?ry box|lock ?box|safe deposit box|bank)\b"
    r"|\b(it|they|the \w+) (always |just )?(stays?|remains?|lives?) (locked )?in (the|my|our|a) (\w+ )?(safe|drawer|box)\b"
    r"[^.;]*\b(when|while|whenever) (i|we|she|he) (travel|go away|fly|am away|are away|'re away|'m away)"
    r"|\b(it|they|the \w+) (doesn'?t|don'?t|never|won'?t) (travel|come (with|along)|go (with|away)|leave the house)\b"
)
# The words that name a repair care plan (a claim that has one; a question about one).
# A diamond's or a gem's lab paper ("a grading report", "the GIA cert"): only jewelry has
# one, so a question about it is in scope whatever other insurance words it has.
GRADING_REPORT = re.compile(
    r"\b(grading (report|certificate|cert)s?|(gia|igi|ags|hrd|egl)( (report|certificate|cert|dossier))?|"
    r"(diamond|gem|gemstone|gemological|lab) (report|certificate|cert|grading)s?)\b",
    re.I,
)


def names_a_grading_report(text: str) -> bool:
    """Names a diamond's or gem's grading report ("what's a GIA certificate for?")."""
    return bool(GRADING_REPORT.search(text))


CARE_PLAN = re.compile(
    r"\b(care plan|protection plan|service plan|jm care|warranty plan|extended warranty|"
    # "it came with the 5 year plan", "a two-year plan at checkout"
    r"(\d+|one|two|three|four|five|ten|lifetime)[- ](year|yr)s?[- ](care |protection |service |warranty )?plan)\b",
    re.I,
)
DAILY = re.compile(
    r"\b(every ?day|every single day|daily|all the time|each day|most days|24/7|never takes? ((it|them) )?off|"
    # "constantly" or "all the time" alone is as often about travel ("we fly constantly").
    r"always (wear|have) (it|them)|day[- ]to[- ]day|"
    # Earrings kept in: "never take them out, I sleep in them" (not "out of the box").
    r"never takes? (it|them) out(?! of)|(sleep|sleeps|shower|showers) (in|with) (it|them)( on| in)?(?! (once|on (special|the)))|"
    r"(wear (it|them) |on )(constantly|all the time)|all day)\b"
)
OCCASIONAL = re.compile(
    r"\b(special occasions?|black[- ]tie|occasionally|once in a while|now and then|weekends? only|"
    r"only on (the )?weekends?|rarely wear|hardly (ever )?wear|in (a|the) (safe|drawer|box)|"
    # "weddings", not "wedding": a wedding ring or band is worn every day.
    r"for events|date nights?|nights? out|weddings|(to|for|at) (a|the) wedding\b(?! (ring|band))|funerals?|formal (events?|dos?|occasions?)|galas?|"
    # (Not a street: "an apartment on Church St".)
    r"church(?!\s+(st|street|rd|road|ave|avenue|lane|ln|hill|square|sq|place|pl|terrace|tce|corner|bay)\b)|(big|special) (days|events|nights)|(events|occasions|weddings|parties|holidays|weekends) only|"
    # "can't wear it on the ward so just days off": only when not working.
    r"(just|only|mainly|mostly) (on )?(my |her |his |the )?(days off|off days))\b"
)
# An occasion the person is getting ready for, not one the piece is worn to: "saving
# for the wedding", "paying for a wedding", "planning the wedding".
OCCASION_PLANNED = re.compile(
    r"\b(sav\w*|pay\w*|plan\w*|budget\w*|prepar\w*|organi[sz]\w*|shopping|money|deposit|"
    r"busy|stressed|spending|spent|broke)\s+(up\s+|aside\s+|away\s+|towards?\s+)?$"
)


# One trip told in passing, no habit: "I bought it on our trip to Italy", "I proposed on
# vacation in Mexico", "planning a trip to Fiji - is it covered overseas?". Whether the
# piece travels often is still to be asked.
A_TRIP_IN_PASSING = re.compile(
    r"\b(on|during|from|for|before|after|while on) (our|a|the|my|their|this|that|his|her) ([\w'-]+ ){0,2}"
    r"(trip|vacation|holiday|honeymoon|cruise|getaway|break|visit)\b(?!s)|"
    r"\b(proposed|engaged|bought (it|them)|got (it|them)|picked (it|them) up|married) (on|during|while on) "
    r"(vacation|holiday|honeymoon)\b|"
    r"\b(planning|planned|booked|taking|going on|heading on|off on|have|got) (a|our|the|my|this) ([\w'-]+ ){0,2}"
    r"(trip|vacation|holiday|honeymoon|cruise|getaway)\b(?!s)( (coming up|planned|booked|soon|next))?|"
    r"\b(going|heading|flying|off|travell?ing) (to|over to) [\w'-]+( [\w'-]+)? (next|this|for (a|our|two|the)|in (january|"
    r"february|march|april|may|june|july|august|september|october|november|december))\b",
    re.I,
)
TRAVEL_HABIT = re.compile(
    r"\b(travel(s|l?ing|l?ed)?|fly|flies|flying|away)\b[^.;!?]{0,20}\b(a lot|heaps|often|regularly|constantly|all the time|"
    r"for work|frequently|most (weeks|months)|every)\b|\b(trips|holidays|vacations|flights)\b|\b(often|regularly|frequently)\b",
    re.I,
)


def one_trip_only(text: str) -> bool:
    """One trip told, and no travel habit beside it."""
    low = text.lower()
    return (
        bool(A_TRIP_IN_PASSING.search(low))
        and not TRAVEL_HABIT.search(low)
        and not FREQUENT_TRAVEL.search(low)
    )


def worn_occasion(low: str) -> re.Match[str] | None:
    """The first occasion the words say the piece is worn to ("only for weddings")."""
    for match in OCCASIONAL.finditer(low):
        if not OCCASION_PLANNED.search(low[: match.start()]):
            return match
    return None


# How often a piece travels, against "a few times a year or more": once a year is not
# often; three trips a year, monthly or "a lot" is. Twice or "a couple of times" sits
# on the line and is left to the rest of the answer.
FEW_TIMES = r"(once|one (trip|time)|a (trip|time)|one (\w+ )?trip)"
RARE_TRAVEL = re.compile(
    rf"\b{FEW_TIMES}\s+(a|per|each|every|in|in a|in the|the)\s+year\b|\b{FEW_TIMES}\s+(yearly|annually)\b|\bevery (couple|few|other|second) (of )?years?\b|"
    # "maybe one time in two years", "once every three years", "every 2 years or so".
    rf"\b{FEW_TIMES}\s+(in|every|each)\s+(two|three|four|five|[2-9]|a few|few|a couple( of)?|several)\s+years\b|"
    r"\bevery\s+(two|three|four|five|[2-9]|several)\s+years\b|"
    # "a trip booked next year but normally no": the habit, after the one trip.
    r"\b(normally|usually|generally|typically|as a rule|most years)\W+(no|not|nah|nope|never)\b|"
    # "just a couple times a year", "only the usual Thanksgiving and Christmas trips": two
    # trips a year, said as little.
    r"\b(just|only|merely)\s+(a |the |our )?(couple( of)?|two|twice|one or two|usual)\b[^.;]{0,30}?"
    r"\b(trips|holidays|vacations|times (a|per|each) year|a year)\b|"
    r"\bonce in a blue moon\b|\bthat'?s (about |pretty much )?it\b|"
    # "once or twice a year", "one or two trips a year": at most two, below "a few".
    r"\b(once or twice|one or two( \w+)?( trips| times| holidays)?)\s+(a|per|each|every|in a|in the)\s+year\b|"
    # Once ever: "it's only been overseas once", "just the once, for our honeymoon".
    r"\b(only|just|ever)\b[^.;,]{0,30}?\b(once|the once|one time)\b(?!\s+(a|per|each|every|or)\b)|"
    r"\b(been|gone|travell?ed|flown)\b(\s+[\w']+){0,3}?\s+(once|one time)\b(?!\s+(a|per|each|every|or)\b)|"
    # "Fiji in March but otherwise not really": one trip named, and no habit beyond it.
    r"\b(otherwise|other than that|apart from that|aside from that|besides that|beyond that|"
    r"the rest of the (time|year))\W+(not really|not much|not often|no|nah|never|hardly|rarely|seldom)\b"
)
FREQUENT_TRAVEL = re.compile(
    r"\b(three|four|five|six|several|a few|few|many|multiple|lots of|\d+)(\s*(or|-|to)\s*\w+)?\s+"
    r"((long|short|big|work|overseas)\s+)?(trips|times|holidays|vacations|flights)\s+(a|per|each|every)\s+(year|month)\b|"
    r"\bevery (month|week|few weeks|couple of (weeks|months))\b|\b(monthly|weekly|fortnightly)\b|"
    # "every second week I'm in Queenstown", "every other month", "every 3 weeks".
    r"\bevery (second|other|third|fortnight|(2|3|two|three) (weeks|months))\b|"
    r"\b(once|twice|a couple( of)? times|a few times|\w+ times) (a|per|each|every) (month|week|fortnight)\b|"
    r"(?<!not )\b(a lot|heaps|all the time|constantly|frequently|(fairly|quite|pretty|very|reasonably) often)\b|\bon the road\b|"
    # A job that is travel: "I'm cabin crew", "she's a flight attendant", "truckie".
    r"\b(cabin crew|flight attendants?|air ?hostess|stewardess|airline pilot|pilot for|truck driver|trucker|truckie|"
    r"fifo|fly[- ]in[- ]fly[- ]out|travell?ing (salesman|saleswoman|sales rep|nurse|consultant)|travel nurse|"
    r"tour manager|on tour)\b|"
    # "most weekends over summer", "nearly every month": a habit of going away.
    r"\b(most|nearly every|almost every|every) (weekends?|weeks|months)\b|"
    # "I'm away more than I'm home", "we winter in Arizona", "summers in Europe",
    # "regularly, for conferences": a life that is half away, or trips as a habit.
    r"\baway more (often )?than (i'?m |we'?re |i am |we are )?(at )?home\b|"
    r"\b(we|i|they) (winter|summer)s? (in|at|down|up|over)\b|(^|[,.;]\s*)(winters|summers) (in|at|over) [a-z]|"
    r"\b(regularly|often|frequently)\W+(for|with) (work|business|conferences?|meetings|clients|my job)\b|"
    # Away told as a way of life: "I'm always away for work", "away half the month",
    # "she's away most weeks with the job" (not "not away much").
    r"\b(always|constantly|forever|often|regularly|frequently|usually|mostly) away\b|"
    r"(?<!not )(?<!n't )(?<!never )\baway\b[^.;,]{0,20}?\b(a lot|heaps|loads|all the time|most (weeks|weekends|months)|"
    r"half the (month|year|time|week)|every (week|month|fortnight|other week|second week))\b"
)


# A habit that has ended: "used to a lot, not since I retired", "did every day till the
# baby came, now it lives in the jewelry box". The question asks about now.
HABIT_NOW_ENDED = re.compile(
    r"\bnot (since|any ?more|these days|nowadays|lately|for (years|ages|a while|a long time))\b|"
    r"\b(no longer (wear|wears|travel|travels|fly|flies|take (it|them) (with|away|along)|bring (it|them)|do|does)|(don'?t|doesn'?t|do not|does not) any ?more|stopped (wearing|travell?ing|taking|flying))\b|"
    # Put away for good: "now it lives in the box", "it just sits in the safe" (not "at night").
    r"\b(it|they|she|he|the \w+) (just |now |mostly )?(lives?|sits?|stays?) in (the|a|my|her|his|its|their) "
    r"(\w+ ){0,2}(box|drawer|safe|case)\b(?![^.;]*\b(at night|overnight|when|while|whenever|during|if|on weekends)\b)|"
    # "wore it daily for years, it's in the safe now".
    r"\b(it'?s|it is|they'?re|they are) (now |just |mostly )?(kept |put away )?(in|back in) (the|a|my|her|his|its|their) "
    r"(\w+ ){0,2}(box|drawer|safe|case)\b(?![^.;]*\b(at night|overnight|when|while|whenever|during|if|on weekends)\b)"
)
# "I used to wear it daily": said of the past, not of now (not "used to it", grown accustomed).
USED_TO = re.compile(
    r"\bused to\b(?! (it|them|this|that|\w+ing)\b)"
    # ...unless a habit of now follows: "used to, and still do", "used to, now I wear it daily".
    r"(?![^.;]*\b(still|again|(now|these days|nowadays),? (i|we|she|he|it|they) (do|does|wear|wears|travel|travels|go|goes|"
    r"always|take|takes|fly|flies))\b)"
)


# "not as much as I used to", "less often than we used to": less than before, which is
# still a habit of now (in between), not one that has ended.
LESS_THAN_BEFORE = re.compile(
    r"\b(as (much|often|far|many \w+|a lot)|less( often)?|fewer( \w+)?) (as|than) (i|we|she|he|they) used to\b"
)


def habit_ended(text: str) -> bool:
    """The habit is told as a thing of the past ("used to a lot, not since I retired")."""
    low = LESS_THAN_BEFORE.sub(" ", text.lower())
    ended = [
        m
        for m in HABIT_NOW_ENDED.finditer(low)
        if not _PUT_AWAY_SOME_DAYS.search(_clause_before(low, m.start()))
    ]
    return bool(ended or USED_TO.search(low))


# "weekdays, the weekend it's in the jewellery box", "at night it sits in the dish": put
# away for part of the time, not for good.
_PUT_AWAY_SOME_DAYS = re.compile(
    r"\b(weekends?|saturdays?|sundays?|at night|overnight|nights|evenings?|when|while|whenever|after work|on holidays?)\b"
)


def _clause_before(low: str, position: int) -> str:
    return low[_clause_start(low, position, (".", ",", ";", "!", "?", " but ")) : position]


def _clause_start(text: str, position: int, separators: tuple[str, ...]) -> int:
    """Where the clause holding `position` begins: just after the last separator before it."""
    starts = [text.rfind(sep, 0, position) for sep in separators]
    return max((s + len(sep) for s, sep in zip(starts, separators, strict=False) if s != -1), default=0)


# How often a piece is worn, against "most days": a few times a week, a month or a year
# is not most days; five or more days a week is.
RARE_WEAR = re.compile(
    r"\b(once|twice|(a )?couple( of)? times|a few times|one or two times|two or three times|[1-3] times|"
    r"(one|two|three) times)\s+(a|per|each|every)\s+(week|fortnight|month|year)\b|"
    r"\b(monthly|once in a blue moon)\b|"
    # Three days of seven or fewer: "about 3 days a week", "two days out of seven".
    r"\b(one|two|three|[1-3]|a couple of|a few|couple) days (a|per|each|every|of the) week\b|"
    r"\b(one|two|three|[1-3]) (days? )?(out of|in|of) (7|seven)\b|"
    # Worn little for fear of it: "scared to wear them much", "too nervous to wear it often".
    r"\b(scared|afraid|frightened|nervous|terrified|worried|too precious) (to|of) (wear|wearing|put on|putting on) "
    r"(it|them|the \w+|her \w+|my \w+) (much|often|at all|anywhere|out|very often|a lot)\b"
)
OFTEN_WEAR = re.compile(
    # Four days of seven is most of them.
    r"\b(four|five|six|seven|[4-7]) days (a|per|each|every|of the) week\b|\bweekdays\b|"
    # "5 days out of 7", "six days in seven".
    r"\b(four|five|six|seven|[4-7]) (days )?(out of|in|of) (7|seven)\b|"
    r"\b(monday|mon) ?(to|through|thru|till|until|-) ?(friday|fri)\b|"
    # "every workday", "on every shift", "part of my uniform": worn for work, most days.
    r"\b(every|each|all (my|her|his)?) ?(work ?days?|working days?|weekdays?|shifts?)\b|"
    r"\bpart of (my|her|his) (uniform|work|everyday|daily)\b"
)


# The piece kept somewhere off the body for the working week: "it sits in the truck
# cupholder all week", "it stays in my locker every shift", "lives on the dresser during
# the week".
KEPT_OFF = re.compile(
    r"\b(it|they|the \w+|my \w+|her \w+|his \w+)\s+(just\s+|mostly\s+|usually\s+|normally\s+)?"
    r"(sits?|stays?|lives?|is kept|are kept|gets? left|waits?)\s+(in|on)\s+(the|a|my|her|his|our)\s+"
    r"([\w'-]+\s+){0,3}?[\w'-]+\s+(all week|all day|during the week|on weekdays|at work|most days|"
    r"every (work ?day|working day|shift|day)|monday to friday|mon-fri)\b"
)


def wear_frequency(text: str) -> bool | None:
    """Most days (True) or not (False) from how often the words say the piece is worn."""
    low = text.lower()
    if KEPT_OFF.search(low):
        return False
    if worn_without_a_break(low) or worn_part_of_each_day(low):
        return True  # "I don't go anywhere without it", "I wear it to work, off at home"
    if DAILY.search(low):
        return None  # "every day, weekends too": the daily words decide
    if WEEKENDS_ONLY.search(low):
        return False  # "only at weekends, not weekdays": the weekdays named are not worn
    if OFTEN_WEAR.search(low):
        return True
    if RARE_WEAR.search(low):
        return False
    return None


# Worn at weekends and not in the week: "most weekends, not during the week", "weekends,
# can't wear it at work" (weekdays named as worn are most days: OFTEN_WEAR).
WEEKENDS_ONLY = re.compile(
    r"\b((most |some |only |just |on |at |the )?weekends?|saturdays? (and|&|or) sundays?)\b(?![^.;]*\b(and|&|plus) (week ?days|during the week)\b)"
    r"[^.;]*\b(not|never|can'?t|cannot|don'?t|no)\b[^.;]{0,20}\b(during the week|in the week|on weekdays|week ?days|at work|"
    r"to work|for work|on (the )?(ward|job|site|shift))\b|"
    r"\b(not|never)\b[^.;]{0,20}\b(during the week|in the week|on weekdays|week ?days)\b[^.;]*\bweekends?\b"
)


# One trip named with "just" or "only": "just summer vacation", "only the Christmas trip
# to my parents'", "just our one cruise": a trip a year, not a few.
ONE_TRIP = re.compile(
    r"\b(only|just)\s+(?!the (odd|occasional)\b)((the|our|my|her|his|one|a|an|that|this|a single|the one|the annual|our annual)\s+)?"
    r"([a-z'-]+\s+){0,2}(trip|vacation|holiday|cruise|getaway|break)\b(?!s)(?!\s+(and|or|plus)\b)"
)


# "depends on the year, some years heaps, some not at all": no habit to tell.
TRAVEL_VARIES = re.compile(
    r"\b(depends on the (year|season|work|job|contract)|varies (a lot|from year to year|year to year)|"
    r"some years\b[^.;]*\bsome (years )?(not|none|nothing|never|hardly|barely)|"
    r"(year to year|year by year|from year to year))\b"
)


def travel_varies(text: str) -> bool:
    """The trips vary so much the words give no habit ("some years heaps, some none")."""
    return bool(TRAVEL_VARIES.search(text.lower()))


# Someone else's trips set against the person's own: "my husband travels heaps but I
# don't", "he's overseas all the time, I never go", "the kids travel a lot, not me". The
# question asks about the person (and the piece with them): their own words decide.
OTHERS_TRIPS_NOT_MINE = re.compile(
    r"(?:^|[.;!?])\W*(([^.;!?]*?\b(my|our|the|his|her)\s+(husband|hubby|wife|partner|other half|fianc[eé]e?|boyfriend|"
    r"girlfriend|bf|gf|kids|children|son|daughter|mum|mom|mother|dad|father|parents|family|sister|brother|"
    r"boss|friends?)\b)|(he|she|they)\b)[^.;!?]*?(,|;|\bbut\b|\bwhereas\b|\bwhile\b|\bthough\b)\s*"
    r"(but\s+|whereas\s+|while\s+)?(not me|not us|not myself|me not|i don'?t|i do not|i never|i rarely|i hardly|"
    r"i seldom|i barely|we don'?t|we never|i stay|i'?m (a homebody|home|at home)|i just stay|i'?m not)\b",
    re.I,
)


def others_trips_not_mine(text: str) -> bool:
    """Someone else travels, the person does not ("my husband travels heaps but I don't")."""
    return bool(OTHERS_TRIPS_NOT_MINE.search(text))


# The piece's day-to-day round, told at the travel question: "only weekdays for work", "I
# drive to work every day", "just to the office", "the daily commute", "only around
# town". Wearing it to work, or getting there, is no trip: not travel, unless travel is
# told too ("I travel for work most weeks", "weekdays at work, and I fly monthly").
LOCAL_ROUND = re.compile(
    r"\b(weekdays?|week ?days|work ?days?|mon(day)?\s*(-|to|through|thru)\s*fri(day)?)\b[^.;!?]{0,15}\b(for|to|at) work\b|"
    r"\b(for|to|at) work\b[^.;!?]{0,15}\b(on )?(weekdays?|work ?days?)\b|"
    r"\b(drive|drives|driving|walk|walks|bike|bikes|cycle|cycles|bus|train|go|goes|going|head|heads|wear|wears|"
    r"wearing|take|takes)\b[^.;!?]{0,20}?\bto (work|the office|school|uni|college|the gym|church|the shops)\b|"
    r"^\W*(just|only|mostly|simply)\b[^.;!?]{0,10}?\b(to|at) (work|the office)\b|"
    r"\b(daily|everyday|my|the|our|usual|normal) commute\b|"
    r"\bcommut\w*\s+(to (work|the office)|(every|each) ?day|daily|in(to)? (town|the city|the cbd))\b|"
    r"^\W*(just|only|mostly)\b[^.;!?]{0,10}?\b(around|round|about) (town|the neighbou?rhood|home|the house|"
    r"the suburb|the city|the village)\b|^\W*(just |only |mostly )?locally\b",
    re.I,
)
AWAY_TOO = re.compile(
    r"\b(away|interstate|out of town|out of state|other cities|another city|road ?trips?|all over|around the country|"
    r"across the country|sites?|clients?)\b",
    re.I,
)


def only_a_local_round(text: str) -> bool:
    """The words tell the piece's daily round (to work, around town) and no trip."""
    low = text.lower()
    return bool(LOCAL_ROUND.search(low)) and not TRAVEL.search(low) and not AWAY_TOO.search(low)


def travel_frequency(text: str) -> bool | None:
    """Often (True) or not (False) from how often the words say the piece travels."""
    low = text.lower()
    if others_trips_not_mine(low):
        return False  # "my husband travels heaps but I don't"
    if TRAVEL_VARIES.search(low):
        return None  # "some years heaps, some not at all": in between, said back
    if RARE_TRAVEL.search(low):
        return False
    if FREQUENT_TRAVEL.search(low):
        return True
    if ONE_TRIP.search(low):
        return False
    return None


NEW_PURCHASE = re.compile(
    r"\b(just (bought|got|purchased|picked)|(recently|newly) (bought|purchased)|new purchase|"
    r"about to (buy|purchase)|(am|i'?m|we'?re|are) (buying|purchasing|getting"
    # "I'm getting it valued next week", "we're getting them resized": something done
    # to a piece they have, not a purchase.
    r"(?! (it|them|this|that|one|these|those) (re-?)?(valued|appraised|resized|sized|cleaned|fixed|repaired|"
    r"checked|looked at|insured|serviced|polished|restrung|redone)\b))|"
    r"buying (a|an|the|my)|bought (it|this|them) (last|this|yesterday|today)|brand new)\b"
)
DAMAGE_WORRY = re.compile(
    r"\b(prongs?|claws?|clasps?|chains? (keeps?|snapp|break)|snap\w*|break\w*|broke|"
    r"loose stones?|stones? (fall|falling|fell|come|coming) out|scratch\w*|repairs?|"
    r"resiz\w*|crystal|battery|worn (down|out|thin))\b"
)
NZ_PLACES = re.compile(
    r"\b(new zealand|nz|aotearoa|auckland|wellington|christchurch|hamilton|tauranga|"
    r"dunedin|queenstown|nelson|napier|kiwi|havelock north|hastings|palmerston north|rotorua|"
    r"new plymouth|whangarei|whangārei|invercargill|gisborne|whanganui|timaru|lower hutt|upper hutt|"
    r"porirua|taupo|taupō|blenheim|masterton|oamaru|ashburton|kapiti|wanaka|waiheke|north shore|"
    r"gore|kerikeri|kaikoura|te anau|greymouth|hokitika|westport|thames|whitianga|paihia|"
    r"levin|feilding|cambridge nz|te awamutu|pukekohe|petone|ponsonby|papamoa|mt maunganui|mount maunganui|"
    # Towns, suburbs, regions and nicknames only New Zealand has: "palmy", "the tron", "welly".
    r"palmy|the tron|welly|chch|bluff|raglan|whakatane|whakatāne|tokoroa|matamata|morrinsville|huntly|"
    r"ngaruawahia|dannevirke|wairoa|kaitaia|dargaville|warkworth|orewa|motueka|picton|kaiapoi|rangiora|"
    r"geraldine|cromwell|arrowtown|balclutha|mosgiel|waihi|katikati|te puke|opotiki|taumarunui|ohakune|"
    r"otaki|paraparaumu|waikanae|martinborough|featherston|greytown|carterton|hawera|waitara|"
    r"otahuhu|ōtāhuhu|mangere|māngere|otara|ōtara|manurewa|papakura|papatoetoe|onehunga|glen innes|new lynn|"
    r"te atatu|wainuiomata|stokes valley|johnsonville|karori|riccarton|papanui|halswell|remuera|takapuna|"
    r"south auckland|west auckland|east auckland|hawke'?s bay|bay of plenty|waikato|otago|southland|"
    r"northland|taranaki|manawatu|manawatū|wairarapa|coromandel|"
    # More towns and beaches only New Zealand has.
    r"piha|muriwai|mangawhai|matakana|waipu|tairua|pauanui|whangamata|akaroa|lyttelton|hanmer springs|"
    r"methven|twizel|takaka|mapua|ohope|kawhia|otorohanga|te kuiti|waitomo|turangi|taihape|marton|foxton|"
    r"waipukurau|ruapehu|tongariro|stewart island|golden bay|north island|south island|"
    # A city's centre called "the CBD" (of the two markets, only New Zealand's word; not
    # the "CBD oil" of a US shop).
    r"(the|in|near) cbd(?! (oil|gumm\w*|products?|shop|store|vape|cream|drinks?))|"
    # Words only New Zealanders use: a greeting, the greenstone, the holiday home.
    r"kia ora|pounamu|the bach|our bach|my bach|(a|the|family|their|his|her) bach|"
    # The back of beyond, a sliding door, the afternoon, the corner shop, a plot of land,
    # hiking, and words of te reo Maori in everyday English (work, family, a gift).
    r"wop[- ]?wops|woop[- ]?woops|the wops|ranch ?sliders?|arvo|(the|a|corner|local) dairy(?![- ](farm|free|cows?))|"
    r"(quarter|half)[- ]acre section|(on|our|my) (big |small |own )?section|tramping|trampers?|"
    r"mahi|wh[aā]nau|koha|marae|tangi|whare|p[aā]keh[aā]|sweet as|chur|munted|chilly bin|togs|"
    # Things only New Zealand (of the two markets) names so: sandals, a bank, the
    # holidays ("Labour Day" is the US "Labor Day" in another month), a shared flat.
    r"jandals?|kiwibank|guy fawkes|labour day|labour weekend|flatmates?|"
    # A small farm as only New Zealand names it, and insurers only it has, named as
    # the cover: "contents with AA", "insured through AMI", "we're with Tower".
    r"lifestyle blocks?|"
    # Jewellers only New Zealand has: "a ring from Partridge", "Pascoes", "Walker & Hall".
    r"(from|at|with) partridge|partridge( jewell?ers|'?s)|pascoes|stewart dawsons?|walker (and|&) hall|"
    r"(contents|insurance|insured|policy|cover|house and contents|we'?re|i'?m)( is| are)? (with|through|under) "
    r"(the )?(aa|ami|tower|fmg|vero|state(?! farm)|cove|initio)(?! \w+ (farm|mutual))|"
    r"(aa|ami|tower|fmg) (insurance|contents|policy))\b"
)
# A distance or a time to get somewhere: "45 min", "an hour", "20 miles", "30 k".
_DISTANCE = (
    r"(\d+|an?|one|two|three|four|five|ten|twenty|thirty|forty|fifty|half an?|a half|an hour and a half)"
    r"\s*(-\s*)?(min(ute)?s?|hours?|hrs?|miles?|mi|km|kms|k|kilomet(re|er)s?)\b"
)
AREA_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        # An inner suburb is the city ("an inner-city suburb", "the inner suburbs of
        # Wellington", "city fringe"): read before "suburb", which it holds.
        re.compile(r"\b(inner[- ]?(city )?(suburbs?|neighbou?rhoods?|area|ring)|(city|cbd)[- ]fringe)\b"),
        "urban",
    ),
    (
        re.compile(
            r"\b(suburb\w*|subrubs|(the )?burbs|"
            # A place only a suburb has: "a cul-de-sac", "a bedroom community", "a
            # commuter town", "a split-level" (a house style of the suburbs).
            r"cul[- ]de[- ]sacs?|bedroom (community|communities|town|suburb)|"
            r"commuter (town|belt|suburb|community|village)|split[- ]levels?)\b"
        ),
        "suburban",
    ),
    (
        re.compile(
            # A village, but not New York's ("the East Village") nor a retirement village.
            r"\b(rural|countryside|country ?side|(?<!state )farm\w*|(?<!greenwich )(?<!east )(?<!west )(?<!retirement )village|"
            # A town named by its size: "a little town", "a tiny town in Otago".
            r"(small|little|tiny|wee|one[- ]horse) ((beach|seaside|coastal|country|farming|mining|market|river|lake|mountain|ski) )?town|hamlet|(in|out in|out to) the country|remote|"
            r"the sticks|the bush|backcountry|(in|out in|into|middle of) the (woods|forest)|cabin in the|out bush|middle of nowhere|back of beyond|boondocks|boonies|"
            r"wop[- ]?wops|woop[- ]?woops|lifestyle block|country (area|town|property|road|lane|life|living|cottage)|(the )?outback|"
            # A farm named by its stock ("a sheep and beef block", "a deer unit"), or the
            # road to a place only the country has ("end of a gravel road", "down a dirt road").
            r"(sheep|beef|cattle|deer|dairy|horse|bush|hill country) (block|station|unit|run)|sheep station|"
            r"(gravel|dirt|unsealed|shingle|metal) (road|track|driveway)|"
            # A place told by its size: "a tiny settlement, few hundred people and a pub",
            # "a township of 400", "a one-pub town", "population about 300".
            r"(tiny|small|little|wee|remote|rural|country|farming) ((beach|seaside|coastal|lakeside|river|fishing|mining|"
            r"farming|country|holiday) )?(settlement|township|community|spot|place)|"
            # "a beach settlement in the Coromandel, about 200 people": a place of a few
            # hundred people.
            r"(settlement|township|village|town|community|place|spot|bay)\b[^.;]{0,40}?"
            r"\b(about |around |maybe |only |just |like |roughly |approx\.? |under |less than )?[1-9]\d{1,2} "
            r"(people|residents|locals|souls|of us)|"
            # A country town by its kind: "a provincial town", "a regional town".
            r"(provincial|regional) town|lifestyle (property|section|farm)|"
            r"township|settlement of|one[- ](pub|shop|store|street|stop[- ]sign) (town|place)|"
            r"(a |few |couple( of)? |\d |one |two |three |four |five )hundred (people|residents|locals|souls|of us)|"
            r"population( of)?( about| around| maybe| only| just)? \d{1,4}\b(?![\d,])|"
            r"(a|one|the) (pub|general store|petrol station|gas station) and (a |the )?(school|church|store|shop|dairy|pub|petrol station|gas station)|"
            # The back of beyond in New Zealand's words, and the high country's farms.
            r"the wops|high[- ]country|"
            # Far from the nearest shop: "45 min to the nearest supermarket", "nearest
            # town is 20 miles away".
            rf"{_DISTANCE}[^.;]{{0,25}}?\bnearest\b|\bnearest (\w+ ){{1,2}}(is |'s |about |like |maybe |around )*{_DISTANCE}|"
            # Said outright to be the country: "properly country", "real country".
            r"(?<!not )(?<!n't )(properly|proper|real|very|pretty|deep|true|truly|totally) (country|rural)|"
            # Land and stock: "half a hectare", "40 acres", "a few sheep and a horse".
            r"(\d[\d.,]*|half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple( of)?) hectares?|"
            r"(\d*[2-9]\d*|1\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|forty|fifty|few|several|couple( of)?) acres|"
            r"(sheep|cattle|cows|goats|alpacas|llamas|livestock|horses))\b"
        ),
        "rural",
    ),
    # The edge of a place is a suburb, unless the country is said as well ("half a
    # hectare on the outskirts of Nelson, a few sheep, properly country").
    (re.compile(r"\boutskirts\b"), "suburban"),
    (
        re.compile(
            r"\b(city|urban|downtown|manhattan|brooklyn|inner[- ]city|metro\w*|town ?cent(er|re)|"
            r"middle of (the )?town|(centre|center|heart) of (the )?(town|city)|cbd|nyc|"
            # A busy part of a city, or a building only a city has.
            r"busy (area|neighbou?rhood|part of (the )?(town|city)|district)|high[- ]rise|apartment (tower|block)|"
            # A home only a city street has: a brownstone, a walk-up, a tenth floor, a
            # flat above the shops ("an apartment above a bakery on Main St").
            r"brownstones?|walk-?ups?|\d*[1-9]\d(st|nd|rd|th) floor|doorman|"
            r"(apartment|apt|flat|unit|studio|loft|place|room|rooms|live|living)( right)? (above|over) (a|the|an|our|my) "
            r"(\w+ )?(shops?|stores?|cafe|café|bakery|bar|pub|restaurant|deli|bodega|dairy|takeaways?|laundromat|pharmacy|chemist|bank|salon|barber\w*|bookshop|bookstore))\b"
        ),
        "urban",
    ),
)
# Said of a piece insured or listed on its own: the home policy it is on.
_ON_THE_HOME_POLICY = (
    r"[,]?( (?!(not|never|nor|no|than|from)\b)\w+){0,3}? (on|under|with|through|in|as part of) (the |my |our |a )?"
    r"(home|house|contents|homeowners?'?s?|renters|condo|main|house and contents)( \w+)?"
    r"(?! (is|was) (separate|different))\b"
)
COVERAGE_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(standalone|stand-alone|separate (jewelry |jewellery )?(policy|insurance|insurer)|jewell?e?ry policy|"
            r"jewell?ers mutual|briteco|dedicated jewell?e?ry|"
            # Insured on its own, but not on the home policy ("insured separately on my
            # home policy" is a listing on it).
            rf"(?<!not )(?<!n't )(?<!never )(?<!nt )"
            rf"(insured separately|separately insured|insured on (its|their) own)(?!{_ON_THE_HOME_POLICY})|"
            r"(jewell?e?ry|specialist) insurer|jewell?e?ry insurance (company|provider|specialist)|"
            r"(its|their) own (policy|insurance)|"
            # "a jewellery-only policy", "jewelry only insurance": a policy for jewelry alone.
            r"jewell?e?ry[- ]only (policy|insurance|cover|insurer)|"
            # A policy of its own told by what it covers: "a policy that's only for
            # jewellery and watches", "insurance just for the watch", "a policy separate
            # from everything else", a US personal articles policy (not its floater).
            # (Not a home policy's limit: "our contents policy only covers jewellery up to $2,500".)
            r"(?<!contents )(?<!homeowners )(?<!home )(?<!house )(?<!renters )(?<!condo )"
            r"(policy|insurance|cover)( that'?s| that is| which is| that| which)?( only| just| solely| purely)"
            r"( covers?| for)( my| our| the| her| his)? (jewell?e?ry|watch(es)?|rings?|necklaces?|bracelets?|earrings|pieces?|valuables)"
            r"(?! (up )?to\b| for (up to|\$)| \$)|"
            r"separate (from|to) (everything|the (rest|house|home|contents)|(my|our) (other|home|house|contents|renters|homeowners)))\b"
        ),
        "standalone",
    ),
    (
        re.compile(
            r"\b(blanket|unscheduled|(unspecified|unlisted) (jewell?e?ry|valuables|items)|"
            # Jewelry covered as a whole for an extra premium, no piece named: "we pay extra on
            # our contents for jewellery in general", "an add-on for all our jewelry".
            # (Not "an additional rider for my jewelry": a rider lists pieces.)
            r"(pay|paying|paid|have|has|got|added|add) (an? )?(extra|additional|optional|add-?on)"
            r"( (?!riders?|floaters?|schedul|specif|itemi|list)\w+){0,4} "
            r"(for|on|covering) (our |my |her |his |all (of )?(our |my )?|the )?(jewell?e?ry|valuables)|"
            r"(jewell?e?ry|valuables) (in general|generally|as a whole|all together|altogether)|"
            r"(extra|additional|optional) (jewell?e?ry|valuables) (cover|coverage|add-?on|option|extension)|"
            r"(jewell?e?ry|valuables) (add-?on|extension|top-?up)|"
            # One sum for all of it, no piece named: "a rider that covers everything up to
            # $10k total", "a floater for all our jewelry lumped together", "a jewellery
            # cover for everything together".
            r"(for|covers?|covering) (everything|all (of )?(our |my |the |her |his )?(jewell?e?ry|pieces|stuff|things|of it|of them)?)"
            r"[^.;]{0,30}?\b(together|lumped( in| together)?|as a (whole|lump|group)|in one (lot|lump|sum)|"
            r"up to \$?\d[\d,.]*k? (total|in total|overall|combined|all up))|"
            r"lumped (in )?together|"
            # An add-on for all of it, or one sum for everything: "with an add on for all
            # jewellery", "a lump sum for everything, not itemised".
            r"(add-?ons?|add on|extension|top-?up|extra cover(age)?)( \w+){0,2} (for|on|covering) (all|every|the whole|the lot)|"
            r"lump sum (for|covering|on) (everything|all|the lot|the whole))\b"
        ),
        "blanket",
    ),
    (
        re.compile(
            r"\b(scheduled|specified|itemi[sz]ed|listed (on|in)|rider|"
            # "its listed separately with the appraisal", "individually listed".
            r"listed (separately|individually|on its own|by itself|with (the|its|an?) (appraisal|valuation|value))|"
            r"(separately|individually) listed|(on|in|onto|to) (the|my|our) ((policy|insurance|contents) )?schedule|"
            # "listed by name on the policy schedule".
            r"(listed|named) by name|"
            # Its own line on the home policy: "it has its own line on the policy", "a
            # separate endorsement with its own value", "insured separately on my home policy".
            r"(its|their) own (line|entry|listing)|separate (schedule|endorsement|line|entry|listing)|"
            # "I added it to my home policy as a separate item", "on there as a named item".
            r"(?<!not )(?<!n't )as an? (separate|specific|named|individual|itemi[sz]ed|listed|scheduled|specified) (item|piece|article)|"
            rf"(insured|covered|listed) (separately|on (its|their) own)(?={_ON_THE_HOME_POLICY})|"
            # "I listed the watch on it", "had the ring specified on the contents".
            r"(listed|specified|itemi[sz]ed|scheduled|named) (it|them|(the|my|her|his|our) \w+( \w+)?) (on|in|under|onto)|"
            # A floater lists each piece with its value ("a personal articles floater").
            r"floater|paf|"
            # Extra cover bought for this one piece: "the extra coverage add-on for the ring
            # specifically", "an endorsement just for her watch" (for all of it: blanket).
            r"(add-?ons?|add on|endorsement|extension)( \w+){0,2} (for|on|covering)( just| only)? "
            r"(the|my|her|his|our|this|that) (\w+ )?(ring|watch|necklace|bracelet|earrings|pendant|band|chain|studs|piece|brooch))\b"
        ),
        "scheduled",
    ),
    (
        re.compile(
            r"\b(home ?owner'?s?|homowners|home insurance|house insurance|contents|renters?|ho-?[2-8]|"
            # The home policy named by the home: "whatever came with the condo policy".
            r"(condo|apartment|house|home|household|tenants?'?) (policy|insurance|cover|coverage)|"
            # The home policy named by its insurer and what it covers: "we have State Farm
            # for the house and everything in it", "Allstate for our stuff". (Not "AMI for
            # the house" alone: in New Zealand that is the building, not the contents.)
            r"(we have|we'?re with|we are with|insured (with|by|through)|policy (with|through)) [\w&]+( [\w&]+)? "
            r"for (the|our|my) (contents|stuff|belongings|(house|home|place) and (everything|all|what'?s) in it))\b"
        ),
        "homeowners",
    ),
    (
        re.compile(
            r"\b(nothing|none|no (insurance|cover|coverage|policy)|(not|isn'?t|aren'?t|never been) (insured|covered)|uninsured|"
            # Slang for nothing: "zip. nada.", "zilch" (not a zip code or a zip tie).
            r"nada|zilch|zip(?=\s*([.,;!]|$)))\b"
        ),
        "none",
    ),
)
# A renters (tenant's) policy, the US home cover of someone who rents: the advice names
# the policy they have, not a homeowners policy they don't.
RENTERS_POLICY = re.compile(
    r"\b(renter'?s'?|tenants?'?s?) (insurance|policy|cover|coverage)\b|\bmy renters\b|\bho-?4\b|"
    r"\b(we|i) rent\b[^.;]*\b(insurance|policy|cover)\b",
    re.I,
)


def says_renters_policy(text: str) -> bool:
    return bool(RENTERS_POLICY.search(text)) and not NO_HOME_COVER.search(text)


# "no insurance on our contents at all", "no home insurance": the home policy itself is
# what they lack, so a home word in it is not their cover.
_COVER_MOVED = (
    r"[^.;]*\b((just|only) (have|got|on|the|a|an|our|my|with|jewell?e?ry|contents|home ?owners|renters)|"
    r"still (have|has|got|on|with|under)|kept|"
    r"(moved|switched|shifted|transferred) (it|them|everything|(the|my|our) \w+) (over |across )?to|switched (to|over)|"
    r"went (with|to)|gone (with|to)|took out|taken out|got (a|an) (new )?|now (with|on|under|have|got)|instead)\b"
)
NO_HOME_COVER = re.compile(
    r"\bno (insurance|cover|coverage|policy)\b(?! (other than|except|besides|apart from|but|beyond))[^.;]*\bat all\b|"
    r"\bno (home|house|contents|renters?|homeowners?'?s?) (insurance|cover|policy)\b|"
    r"\bno (insurance|cover|policy) (on|for) (our|my|the) (contents|home|house|stuff|place)\b|"
    r"\b(not|never) (insured|covered) at all\b|"
    # "nothing on the house contents", "zero on our home policy": the policy is empty of it.
    r"\b(nothing|zero) (on|under|with) (the|my|our) (house |home )?(contents|home|house|homeowners?|renters?|policy)\b|"
    # Cover that has run out: "we let it lapse", "our contents policy lapsed", "cancelled it".
    r"\blet (it|the \w+|our \w+|my \w+|that) (\w+ )?lapse\b|"
    r"\b(insurance|cover|policy|contents) (has |have |had )?(lapsed|expired|ran out)\b|"
    r"\bcancell?ed (it|(the|our|my) (?!(jewell?e?ry|jewell?ers|separate|standalone|rider|floater)\b)(\w+ )?"
    r"(insurance|cover|policy|contents))\b(?!" + _COVER_MOVED + r")|"
    # Home cover given up: "we cancelled contents to save money", "dropped our renters
    # last year", "got rid of the homeowners" (not a listing or a jewelry policy dropped,
    # "cancelled the jewellery policy", nor cover moved: "dropped State Farm's homeowners
    # and went with Allstate", "cancelled contents, just have a standalone now").
    r"\b(cancell?(ed|ing)|dropped|dropping|ditched|got rid of|stopped( paying( for)?)?|gave up|give up|quit|"
    r"let go( of)?|canned|binned|cut)( (the|our|my))? (?!(the|our|my|jewell?e?ry|jewell?ers|separate|standalone|rider|floater|specified|scheduled)\b)"
    r"(\w+ )?(contents|home ?owners?'?s?|renters?'?s?|house|home|condo|tenants?'?s?)( (insurance|cover|coverage|policy))?\b"
    r"(?!" + _COVER_MOVED + r")|"
    # "had it specified with Tower but cancelled all that when we moved" (not when a new
    # policy follows: "cancelled all that and moved it to AMI").
    r"\bcancell?ed (all (of )?(that|it)|that|everything|the lot|it all)\b"
    r"(?![^.;]*\b((moved|switched|shifted|transferred) (it|them|everything|(the|my|our) \w+) (over |across )?to|"
    r"switched to|took out|got (a|an) (new )?(policy|insurance|cover)|now (with|on|under))\b)|"
    # The policy itself denied by its kind: "no renters either", "none, no contents",
    # "none of us in the flat have contents insurance" (not "no contents, just a
    # jewellery policy", nor "no homeowners rider": a listing denied, the policy kept).
    r"\b(no|nor|zero|not even( a| an| any)?|none of (us|them|the \w+)[^.;]*?\b(have|has|got)( any| a| an)?)"
    r" (\w+ )?(home ?owners?'?s?|renters?'?s?|contents|home|house|condo|tenants?'?s?)"
    r"(?! (rider|floater|endorsement|schedule|add-?on|extension)s?\b)\b(?![^.;]*\b(just|only|but|except|apart from)\b)|"
    # No insurance of any kind: "zero insurance", "no insurance whatsoever", "not a single policy".
    r"\b(zero|no|not any|not a single|not one)( \w+)? (insurance|cover|coverage|polic(y|ies))"
    r"( (of any kind|whatsoever|at all|full stop|period))?\b(?![^.;]*\b(just|only|but|except|apart from|other than)\b)"
)
# Cues that an area or a cover said unprompted is the person's own, not a question's topic.
HOME_CUE = re.compile(
    r"\b(live|living|lives|based|located|reside|home is|house is|our place|neighbou?rhood|"
    r"we'?re (in|out|on)|i'?m (in|out|on|from)|we (farm|are in|are out)|our farm|(we are|i am|we.re) from|moved|"
    r"(work|working) on the farm|"
    r"just out of|outside of|out of town)\b|^\s*(in|on|near) "
)
OWN_COVER_CUE = re.compile(
    r"\b((it|it'?s|it is|they|they'?re|they are|is|are|sits?) (already |currently |just )?"
    r"(on|under|in|covered by|insured (on|under|by|through|with)|listed on)|(on|under|through) (my|our) |"
    r"(i|we)( have|'ve got| have got| got) (a |an |just )?(\w+ )?(policy|insurance|cover)|its own line|"
    # "my pendant is specified on the contents", "the ring's scheduled with State Farm".
    r"(is|are|'s|was|were) (already |currently |still |now )?(specified|scheduled|listed|itemi[sz]ed|insured|covered) "
    r"(on|under|in|with|through|by)|"
    # "my bracelet's on a rider with State Farm".
    r"[a-z]+'s (already |currently |still |just )?(on|under) (a|an|the|my|our|its|his|her) |"
    # "I have my ring on its own policy", "we've got the watch insured through BriteCo".
    r"(i|we)( have|'ve got| have got| got| keep) (it|them|(my|our|her|his|the) (\w+ ){0,2}?\w+) "
    r"(on|under|insured|covered|specified|scheduled|listed|itemi[sz]ed)\b)"
)
# "not covered" alone is usually the insurer's answer to a claim, not today's cover.
EXPLICITLY_UNINSURED = re.compile(
    r"\b(no (insurance|cover|coverage) (on|for) (it|them)|(it'?s|it is|they'?re|they are) not (insured|covered)|"
    r"(isn'?t|aren'?t) insured|uninsured|(have|has|got) no (insurance|cover)|there'?s no (insurance|cover)|"
    # A sentence of its own: "Not insured at the moment.", "nothing covering it yet".
    # ("not insured separately": not listed, the policy kept.)
    r"(^|[.!?;:-]\s*)(currently |presently )?not (currently |yet )?(insured|covered)"
    r"(?!\s+(separately|individually|on its own|specifically|by itself|by name|for (its|the) full))|"
    r"nothing('?s| is)? (covering|insuring|protecting) (it|them))\b"
)
# A question's topic ("does homeowners cover...?") is not the person's own situation.
QUESTION_START = re.compile(
    r"^\s*(can|could|do|does|did|is|are|will|would|should|what|how|why|when|which|who)\b"
)


@dataclass(frozen=True)
class Mention:
    """A value found in the text, with where it was found (for Rasa entities)."""

    entity: str
    value: str | float | bool
    start: int
    end: int
    text: str


# Typos of the longer item words ("engagment", "neckalce", "braclet", "earings") are the
# word: one letter dropped, added, changed or two swapped. Real words that close to one
# are not typos of it.
# Typos are corrected to the words for pieces, not to watch brands and models: those are
# spelled as seen, and a place one letter from one is no watch ("a suburb of Dayton").
_SPELLED_AS_SEEN = frozenset({"watch", "watches", "wristwatch", "timepiece"})
TYPO_TARGETS = tuple(
    sorted(
        {
            w
            for words, code in ITEM_WORDS
            for w in words.split()
            if len(w) >= 6 and w.isalpha() and (code != "watch" or w in _SPELLED_AS_SEEN)
        }
    )
)
NOT_TYPOS = frozenset(
    {
        "earning", "earnings", "wedging", "weeding", "pendent", "bangled", "watched", "watcher",
        "chains", "locked", "locker", "lockers", "pearly", "ankles", "choked", "chokes",
        "signed", "signer", "switch", "switches",
    }
)  # fmt: skip


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter dropped, added, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@lru_cache(maxsize=4096)
def item_word_spelled(word: str) -> str:
    """The item word a typo stands for, or the word itself."""
    if len(word) < 6 or not word.isalpha() or word in NOT_TYPOS or word in TYPO_TARGETS:
        return word
    for target in TYPO_TARGETS:
        if word[0] == target[0] and _one_edit_apart(word, target):
            return target
    return word


def _item_words_by_first_word() -> dict[str, tuple[tuple[list[str], str], ...]]:
    """ITEM_WORDS by their first word, each list in ITEM_WORDS's order (the first entry
    that matches wins, as when the whole list is tried)."""
    index: dict[str, list[tuple[list[str], str]]] = {}
    for words, code in ITEM_WORDS:
        parts = words.split()
        index.setdefault(parts[0], []).append((parts, code))
    return {first: tuple(entries) for first, entries in index.items()}


ITEM_WORDS_BY_FIRST_WORD = _item_words_by_first_word()


def item_mentions(text: str) -> list[Mention]:
    """The pieces a message names. Every reader of a turn asks this of the same text, so
    the answer is kept by text (Mentions are frozen; each caller gets its own list)."""
    return list(_item_mentions(text))


@lru_cache(maxsize=1024)
def _item_mentions(text: str) -> tuple[Mention, ...]:
    doc = tokenized(text)
    lowered = [item_word_spelled(t.lower_) for t in doc]
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        for parts, code in ITEM_WORDS_BY_FIRST_WORD.get(lowered[i], ()):
            if lowered[i : i + len(parts)] == parts:
                span = doc[i : i + len(parts)]
                if code == "ring" and ENGAGED.search(text):
                    # "just got engaged, how do I insure my ring?": the ring is the engagement ring.
                    code = "engagement_ring"
                found.append(Mention("item_type", code, span.start_char, span.end_char, span.text))
                i += len(parts) - 1
                break
        else:
            token = doc[i]
            if token.text in BRANDS_IN_CAPITALS:
                found.append(
                    Mention(
                        "item_type",
                        BRANDS_IN_CAPITALS[token.text],
                        token.idx,
                        token.idx + len(token),
                        token.text,
                    )
                )
        i += 1
    described = [m for k, m in enumerate(found) if not _describes_the_next(m, found[k + 1 : k + 2], text)]
    return tuple(_restated_pieces_dropped(_carriers_read(described, text), text))


# A chain or cord something hangs on: "a locket on a fine chain", "a greenstone heart on
# a leather cord", "the cross hangs from a gold chain". The chain carries the piece.
CARRIER = re.compile(
    r"\b(on|from|off|onto|threaded on|strung on)\s+((a|an|the|its|her|his|my|their|this|that)\s+)?"
    r"([\w'-]+\s+){0,3}?(?P<carrier>chains?|cords?|necklaces?|thong|ribbon|string)\b",
    re.I,
)
# Something that hangs on a chain or cord, named by its shape: with a carrier after it,
# it is a pendant ("a little gold cross on a chain", "a disc that hangs on a chain").
HANGING_THING = re.compile(
    r"\b(cross|heart|disc|disk|charm|medal|tag|dog tag|coin|nugget|pearl|diamond|stone|opal|jade|"
    r"pounamu|greenstone|key|initial|letter|star|moon|angel|horseshoe|cameo|shell|tooth|claw)s?\b",
    re.I,
)
HANGS = re.compile(r"\b(hangs?|hanging|hung|dangles?|dangling)\s*$", re.I)
CARRIER_WORDS = {"chain", "chains", "necklace", "necklaces"}


def _sentence_start(text: str, position: int) -> int:
    return max(text.rfind(sep, 0, position) for sep in (".", "!", "?", ";", "\n")) + 1


def _carriers_read(found: list[Mention], text: str) -> list[Mention]:
    """A chain named as what a piece hangs on is not a piece of its own: "a diamond
    pendant on a white gold chain" is the pendant (and "the chain" said after it is the
    same chain), "my ring on a chain round my neck" the ring; with no piece named before
    it, a thing that hangs on it ("a gold cross on a chain", "a greenstone heart on a
    leather cord", "a disc that hangs on a chain") is a pendant. A chain named alone ("a
    gold chain") stays the necklace."""
    carriers = list(CARRIER.finditer(text))
    if not carriers:
        return found
    kept = list(found)
    carried = False
    for carrier in carriers:
        chain = next((m for m in kept if m.start == carrier.start("carrier")), None)
        sentence_start = _sentence_start(text, carrier.start())
        before = [m for m in kept if sentence_start <= m.start and m.end <= carrier.start()]
        sentence = text[sentence_start : carrier.start()]
        shape = list(HANGING_THING.finditer(sentence))
        if before and before[-1].text.lower() == "solitaire":
            # "a single solitaire on a fine chain": the stone hangs on it, a pendant.
            solitaire = before[-1]
            kept = [m for m in kept if m is not solitaire]
            pendant = Mention("item_type", "pendant", solitaire.start, solitaire.end, solitaire.text)
        elif before:
            pendant = None  # the piece named before it hangs on it
        elif shape:
            last = shape[-1]
            pendant = Mention(
                "item_type",
                "pendant",
                sentence_start + last.start(),
                sentence_start + last.end(),
                last.group(0),
            )
        elif HANGS.search(sentence) and chain is not None:
            pendant = Mention("item_type", "pendant", chain.start, chain.end, chain.text)
        else:
            continue  # "it's on a chain" alone: nothing says what hangs there
        carried = True
        kept = [m for m in kept if m is not chain]
        if pendant is not None:
            kept.append(pendant)
    if carried:
        # "the chain's nothing special": the chain already told as the carrier.
        kept = [m for m in kept if not (m.value == "necklace" and m.text.lower() in CARRIER_WORDS)]
    return sorted(kept, key=lambda m: m.start)


# "wife's ring. engagement one": the kind said again, more exactly, with "one".
RESTATED_KIND = re.compile(r"\b(the |an? |her |my |his )?engagement one\b", re.I)


def _restated_pieces_dropped(found: list[Mention], text: str) -> list[Mention]:
    restated = RESTATED_KIND.search(text)
    if restated is None or any(m.value == "engagement_ring" for m in found):
        return found
    kept = [m for m in found if not (m.value == "ring" and m.end <= restated.start())]
    engagement = Mention("item_type", "engagement_ring", restated.start(), restated.end(), restated.group(0))
    return sorted([*kept, engagement], key=lambda m: m.start)


def _describes_the_next(mention: Mention, following: list[Mention], text: str) -> bool:
    """ "solitaire" right before another kind of piece ("solitaire stud earrings") only
    describes it."""
    keeps = MODIFIER_ONLY_BEFORE.get(mention.text.lower())
    if keeps is None or not following:
        return False
    head = following[0]
    between = text[mention.end : head.start]
    return (
        head.value not in keeps
        and bool(re.fullmatch(r"(\s+[a-z-]+){0,2}\s*", between, re.I))
        # "a pendant not a necklace", "the locket, not the chain": two pieces set apart;
        # "the pendant off my necklace", "the locket from her chain": the pendant itself,
        # taken from the piece it hung on.
        and not (
            re.search(
                r"\b(and|or|with|on|off|from|onto|plus|in|not|no|nor|rather than|instead of)\b", between, re.I
            )
        )
    )


def _clause_with(text: str, match: re.Match[str]) -> str:
    """The clause around a match, so a negation elsewhere in the message does not count."""
    separators = (",", ".", ";", " but ", " and ", "!", "?")
    start = _clause_start(text, match.start(), separators)
    ends = [i for i in (text.find(sep, match.end()) for sep in separators) if i != -1]
    return text[start : min(ends) if ends else len(text)]


def habit_mentions(text: str) -> list[Mention]:
    """travels_often / wears_daily / new_purchase / damage_worry, each true or false."""
    low = text.lower()
    found: list[Mention] = []
    # "should I take it with me or leave it home?", "should it stay in the safe?": a
    # choice asked about, not a habit told (blanked, so the mentions keep their places).
    told = QUESTION_SENTENCE.sub(lambda m: " " * len(m.group(0)), low)

    travel = TRAVEL.search(low)
    if travel:
        clause = _clause_with(low, travel)
        often = not NEGATION.search(clause[: clause.find(travel.group(0))] + " ")
        if re.search(r"\b(rarely|seldom|hardly|never|once a year|not much)\b", clause):
            often = False
        if re.search(r"\b(only|just)\s+(on|for|when|at|during|the odd)\b", clause):
            often = False  # "only on holidays": a few trips, not often
        if re.match(r"^\W*(no|nope|nah|not really|not much|never)\b", low):
            often = False  # "not really, maybe one trip a year to see family"
        frequency = travel_frequency(low)
        if frequency is not None:
            often = frequency
        if PIECE_STAYS_BEHIND.search(told) or (habit_ended(low) and not DAILY.search(low)):
            often = False  # "I used to travel heaps, not since the kids"
        if others_trips_not_mine(low):
            often = False  # "my husband travels heaps but I don't"
        found.append(Mention("travels_often", often, travel.start(), travel.end(), travel.group(0)))
    elif STAY_HOME.search(told) or PIECE_STAYS_BEHIND.search(told):
        match = STAY_HOME.search(told) or PIECE_STAYS_BEHIND.search(told)
        assert match is not None
        found.append(Mention("travels_often", False, match.start(), match.end(), match.group(0)))

    occasional = worn_occasion(told)
    daily = DAILY.search(low)
    never_off = WORN_WITHOUT_A_BREAK.search(told) or WORN_PART_OF_EACH_DAY.search(told)
    if never_off and not occasional and (worn_without_a_break(told) or worn_part_of_each_day(told)):
        # "I don't go anywhere without it", "I'd feel naked without it": two negatives,
        # worn all the time (no negation of the habit).
        found.append(Mention("wears_daily", True, never_off.start(), never_off.end(), never_off.group(0)))
    elif daily and not (occasional and occasional.start() < daily.start()):
        clause = _clause_with(low, daily)
        negated = bool(NEGATION.search(clause[: clause.find(daily.group(0))]))
        negated = negated and not daily.group(0).startswith("never take")
        # "wore it every day till the baby came, now it sits in the safe" (one habit told).
        negated = negated or (habit_ended(low) and not travel)
        found.append(Mention("wears_daily", not negated, daily.start(), daily.end(), daily.group(0)))
    elif occasional:
        found.append(Mention("wears_daily", False, occasional.start(), occasional.end(), occasional.group(0)))

    for entity, pattern in (("new_purchase", NEW_PURCHASE), ("damage_worry", DAMAGE_WORRY)):
        match = pattern.search(low)
        if match:
            found.append(Mention(entity, True, match.start(), match.end(), match.group(0)))
    return found


def currency_mentions(text: str) -> list[Mention]:
    """NZD from an amount written "NZ$"/"NZD" or a New Zealand place; USD from "US$"/"USD"."""
    found = [
        Mention("currency", a.currency, a.start, a.end, a.text) for a in money_amounts(text) if a.currency
    ]
    named = currency_named(text)
    if named and not found:
        # "$12,400, but that was in US dollars": the currency said in words apart from the figure.
        match = next(
            m for pattern, code in CURRENCY_NAMED if code == named for m in [pattern.search(text)] if m
        )
        found.append(Mention("currency", named, match.start(), match.end(), match.group(0)))
    place = new_zealand_place(text.lower())
    if place and not found:
        found.append(
            Mention("currency", "NZD", place.start(), place.end(), text[place.start() : place.end()])
        )
    return found


def area_from_text(text: str, asked: bool = False) -> str | None:
    """An area word first ("the suburbs of Auckland"), else a place from knowledge/places.yml.

    A city alone ("Auckland") is the city only as the answer to the area question
    (`asked`): said in passing it spans the centre and the suburbs, and settles nothing.
    A city or its centre named as a point to measure from ("a cul-de-sac 20 min from
    downtown", "outside Columbus") is where they are not: the rest is read, and a home
    told only by its distance from a city is a suburb (`told_only_by_distance`, said back)."""
    low = text.lower()
    told = without_reference_points(low)
    area = _area_named(told, asked)
    if area is None and told != low:
        return "suburban"
    return area


def told_only_by_distance(text: str) -> bool:
    """The home is told only by how far it is from a city ("an hour from Boston")."""
    low = text.lower()
    told = without_reference_points(low)
    return told != low and _area_named(told, asked=True) is None


@lru_cache(maxsize=1)
def reference_point_pattern() -> re.Pattern[str]:
    """A city, or a city's centre, named as the point a home is measured from: "20 min
    from downtown Boise", "an hour from Boston", "just outside Columbus", "25 minutes
    drive to the CBD". Not a walk ("5 min walk to the cbd" is the centre still), nor
    "town" alone ("15 min out of town" is the country), nor the nearest shop."""
    areas = place_areas()
    names = sorted((n for n, a in areas.items() if a in (CITY, "urban")), key=len, reverse=True)
    centre = (
        r"(the )?(downtown|city cent(re|er)|town cent(re|er)|cbd|inner city|city|midtown)"
        r"( (of )?(" + "|".join(re.escape(n) for n in names) + r"))?"
    )
    target = r"(" + centre + r"|(" + "|".join(re.escape(n) for n in names) + r"))(?![\w-])"
    return re.compile(
        rf"\b{_DISTANCE}( (drive|by car|on the (train|bus|motorway|highway|freeway)|commute|away|out|north|south|east|west))?"
        r"\s+(from|to|into|in to|out of|outside( of)?|north of|south of|east of|west of|away from)\s+"
        + target
        + r"|\b(just |right |a bit |little |somewhere |a little )?(outside|out of|out from|north of|south of|east of|west of|"
        r"(north|south|east|west)\w* of)( of)?\s+" + target
    )


def without_reference_points(low: str) -> str:
    """`low` with the cities named as points to measure from blanked out (same length)."""
    return reference_point_pattern().sub(lambda m: " " * len(m.group(0)), low)


# Their own verdict, last, after the place: "a suburb, but it's basically the city", "a
# small town, really more like a suburb", "on the edge of Hamilton, so pretty much rural".
AREA_VERDICT = re.compile(
    r"\b(basically|pretty much|practically|effectively|essentially|really|more like|closer to|more of)\s+"
    r"(a |the |in the |an? )?(?P<area>city|urban|inner city|suburb|suburbs|suburban|burbs|country|countryside|rural)\W*$"
)
VERDICT_AREAS = {
    "city": "urban", "urban": "urban", "inner city": "urban", "suburb": "suburban", "suburbs": "suburban",
    "suburban": "suburban", "burbs": "suburban", "country": "rural", "countryside": "rural", "rural": "rural",
}  # fmt: skip


def area_verdict(low: str) -> re.Match[str] | None:
    """The area the words end on as their own verdict ("..., but it's basically the city")."""
    verdict = AREA_VERDICT.search(low)
    if verdict and not re.search(r"\b(not|isn'?t|aren'?t|wasn'?t)\s+(\w+\s+){0,2}$", low[: verdict.start()]):
        return verdict
    return None


def _area_named(low: str, asked: bool) -> str | None:
    verdict = area_verdict(low)
    if verdict:
        return VERDICT_AREAS[verdict.group("area")]
    for pattern, code in AREA_WORDS:
        if pattern.search(low):
            return code
    if asked and BARE_COUNTRY.fullmatch(low):
        return "rural"  # "country", "the country" to "a city, a suburb or the countryside?"
    if central_city_pattern().search(low):
        return "urban"  # "Mt Eden, central Auckland": the centre of a city, whatever the suburb
    area = place_area(low, asked)
    if area is None and asked and residential_street(low):
        return "suburban"  # "a quiet residential street": a suburb's, said back
    return area


BARE_COUNTRY = re.compile(r"\W*(the |in the |out in the |out (the )?)?country\W*")
# The area a city alone stands for, when it answers "a city, a suburb or the countryside?".
CITY = "city"


# A home on a residential street of a city, told by the street, not its name: "a house on
# a residential street in Tauranga", "a quiet residential area of Dunedin". A city's homes
# away from its centre are its suburbs (put down and said back).
RESIDENTIAL_STREET = re.compile(
    r"\b(residential|ordinary|regular|normal|typical|quiet) (street|road|area|neighbou?rhood|part|bit)\b"
)


def residential_street(low: str) -> bool:
    return bool(RESIDENTIAL_STREET.search(low))


def place_area(low: str, asked: bool) -> str | None:
    """The first place named that settles the area (a district or suburb before a city)."""
    areas = place_areas()
    named = [areas[m.group(0)] for m in place_pattern().finditer(low)]
    settled = [area for area in named if area != CITY]
    if settled:
        return settled[0]
    if named and asked and district_of_a_large_city(low):
        return "urban"  # "Logan Square, Chicago": a neighbourhood of a large city
    if named and asked and (district_of_a_city(low) or residential_street(low)):
        return "suburban"  # "Cashmere, Christchurch": the suburb, named with its city
    return "urban" if named and asked else None


def names_a_city(text: str) -> bool:
    """A city of knowledge/places.yml is named ("Tauranga", "Boston")."""
    areas = place_areas()
    return any(areas[m.group(0)] == CITY for m in place_pattern().finditer(text.lower()))


# A New Zealand place name that names something else here: a watch ("my grandfather's
# Hamilton pocket watch", a US brand) or a person ("my son Nelson", "our friend Gore").
_NAMES_A_WATCH = re.compile(
    r"(['’]s)?\s+((?!(my|our|his|her|their|the|a|an|and|or|where|when|with|i|we)\b)\w+\s+)?"
    r"(pocket |wrist |dress |field |railroad )?(watch(es)?|khaki|jazzmaster|ventura|chronograph)\b"
)
_NAMES_A_PERSON = re.compile(
    r"\b(my|our|her|his|their|a|the) (husband|wife|son|daughter|grandson|granddaughter|brother|sister|"
    r"friend|partner|boyfriend|girlfriend|fiance|fianc[eé]e?|mum|mom|dad|father|mother|uncle|aunt|"
    r"cousin|nephew|niece|boss|neighbou?r|colleague|flatmate|roommate|boy|girl|kid)\s+$"
)


def new_zealand_place(low: str) -> re.Match[str] | None:
    """A place only New Zealand has (of the two markets): a town, suburb or region of
    NZ_PLACES or of knowledge/places.yml's `new_zealand` list ("Rolleston", "Cashmere"),
    not where the name is a watch's or a person's."""
    for pattern in (NZ_PLACES, new_zealand_pattern()):
        for match in pattern.finditer(low):
            if _NAMES_A_WATCH.match(low, match.end()) or _NAMES_A_PERSON.search(low[: match.start()]):
                continue
            return match
    return None


@lru_cache(maxsize=1)
def new_zealand_pattern() -> re.Pattern[str]:
    names = sorted(
        (str(n).lower() for n in read_knowledge("places.yml").get("new_zealand") or []), key=len, reverse=True
    )
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


# "Cashmere, Christchurch", "Brookline in Boston": a district named with its city, when it
# answers "a city, a suburb or the countryside?". A district of a city that is not its
# centre (a known central one is in knowledge/places.yml's `urban` list) is a suburb.
DISTRICT_OF_CITY = r"^\W*((i|we) (live|are|'re|am|'m) in |(i'?m|we'?re|living|based) in |in )?(?P<district>[a-z][a-z'.-]*( [a-z][a-z'.-]*){0,2})(,\s*(in\s+)?|\s+in\s+)(?P<city>{cities})\b"
# Words that are not a district's name: "an apartment, Chicago", "yes, Auckland".
NOT_A_DISTRICT = re.compile(
    r"\b(a|an|the|my|our|his|her|their|apartment|flat|house|home|condo|unit|townhouse|place|room|city|town|"
    r"centre|center|central|middle|heart|inner|near|close|right|just|live|living|here|there|yes|yeah|yep|no|nah|"
    r"um|umm|well|ok|okay|sure|urban|rural|both|sort|kind|mostly|probably|actually|still|now|currently|"
    r"downtown|uptown|midtown|cbd|not|moved|moving|work|working|studio|loft|penthouse|building|tower|block|"
    r"north|south|east|west|greater|metro|area|region|side|part|bit|edge|outskirts|near|"
    # Who lives there and how, not a place: "she flats in Dunedin", "my son rents in Boston".
    r"i|we|she|he|they|you|son|daughter|kids?|flats|flatting|lives|rents|renting|stays|staying|boards|"
    r"boarding|studies|studying|works|at)\b"
)


@lru_cache(maxsize=1)
def district_of_city_pattern() -> re.Pattern[str]:
    cities = sorted((name for name, area in place_areas().items() if area == CITY), key=len, reverse=True)
    return re.compile(DISTRICT_OF_CITY.replace("{cities}", "|".join(re.escape(c) for c in cities)))


def district_of_a_city(low: str) -> bool:
    """A district named with its city, not a known place nor an everyday word."""
    match = district_of_city_pattern().search(low)
    if match is None:
        return False
    district = match.group("district")
    return not NOT_A_DISTRICT.search(district) and district not in place_areas()


def district_of_a_large_city(low: str) -> bool:
    """A district named with a city of places.yml's `large_cities` ("Fremont, Seattle")."""
    match = district_of_city_pattern().search(low)
    return match is not None and district_of_a_city(low) and match.group("city") in large_cities()


@lru_cache(maxsize=1)
def large_cities() -> frozenset[str]:
    return frozenset(str(n).lower() for n in read_knowledge("places.yml").get("large_cities") or [])


@lru_cache(maxsize=4)
def place_areas(knowledge_dir: Path | None = None) -> dict[str, str]:
    raw = read_knowledge("places.yml", knowledge_dir)
    kinds = {"urban": "urban", "suburban": "suburban", "rural": "rural", "cities": CITY}
    return {str(name).lower(): area for key, area in kinds.items() for name in raw.get(key) or []}


@lru_cache(maxsize=1)
def central_city_pattern() -> re.Pattern[str]:
    """ "central Auckland", "inner Wellington": a city's centre (not "Central Otago")."""
    cities = sorted((name for name, area in place_areas().items() if area == CITY), key=len, reverse=True)
    return re.compile(
        r"\b(central|inner|inner-city|centre of|center of|middle of)\s+("
        + "|".join(re.escape(c) for c in cities)
        + r")\b"
    )


@lru_cache(maxsize=1)
def place_pattern() -> re.Pattern[str]:
    names = sorted(place_areas(), key=len, reverse=True)  # "new york city" before "new york"
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


# A listing that is not a fact of today: wanted, advised or to come ("the jeweller said to
# get it scheduled", "I need to add it as a scheduled item", "will get it specified once
# it's valued", "it'll be on the contents once I schedule it"), or not known ("no idea if
# it's scheduled"). Today's cover is whatever else the words name.
_LISTED = (
    r"(scheduled|specified|itemi[sz]ed|listed|schedule|specify|itemi[sz]e|list|scheduling|specifying|listing)"
)
UNREAL_LISTING = (
    # ("had to get it scheduled for the mortgage" is done: a listing of today.)
    r"|\b((?<!had )(?<!needed )(?<!got )(?<!used )to|will|'ll|gonna|should|could|might|once (i|we|you)|after (i|we)|when (i|we)|until (i|we)|"
    r"planning on|thinking of|thinking about)\s+("
    # "to get it appraised then scheduled", "add it as a scheduled item", "get it on the schedule".
    r"(get|getting|have|having|add|adding|put|putting|be)\s+((it|them|her|him|this|that|the \w+|my \w+|our \w+)\s+)?"
    r"((\w+\s+)?(appraised|valued)\s+((and|then)\s+)?)?((as|on|onto|in|to) (a|an|the|my|our) )?(\w+ )?"
    rf"{_LISTED}\b( (item|piece|separately))?"
    # "once I schedule it", "planning on scheduling it".
    r"|(schedule|specify|list|itemi[sz]e|scheduling|specifying|listing|itemi[sz]ing)\b)"
    # "do I need it scheduled?", "does it need to be specified": asked, not done.
    r"|\bneeds? (it|them|this|that|the \w+|my \w+)? ?(to be )?" + _LISTED + r"\b"
    # "I don't think the ring is specified": doubted, not told.
    r"|\b(don'?t|do not|dont) (think|believe|reckon) (it'?s|it is|it was|they'?re|they are|"
    # "I don't think anything's specified", "don't reckon any of it is listed".
    r"anything'?s|anything is|anything was|any of (it|them|\w+ \w+) (is|are|was|were)|"
    r"(the|my|her|his|our) \w+ (is|was|are|were))( \w+)? " + _LISTED + r"\b"
    r"|\b(no idea|not sure|unsure|(don'?t|do not|dont) know|dunno|check|wondering|ask(ing)?|find out)"
    r"( \w+)?( \w+)? (if|whether) (it'?s|it is|its|they'?re|they are|it was|it'?s been|it has been|(the|my|her|his) \w+ (is|was))"
    rf"( \w+)? ({_LISTED}|on the schedule)\b"
)
# "nothing scheduled", "not specified I think", "homeowners, no rider", "without a
# floater": the listing is denied, the policy stays.
NEGATED_LISTING = re.compile(
    r"\b(nothing|not|never|none|no|isn'?t|aren'?t|haven'?t|hasn'?t|wasn'?t)('s| been| yet| actually| is| are| was| were| gets| got)?"
    # "with no items scheduled", "no pieces listed separately".
    r"( (items?|pieces?|jewell?e?ry|rings?|watch(es)?|valuables|articles))?( been)? (scheduled|specified|itemi[sz]ed|listed)\b"
    # "none of my jewellery is specified", "none of it's itemised", "not one piece listed".
    r"|\b(none of (it|them|(my|our|her|his|the) \w+)|not (one|a single) (\w+ )?(piece|item|thing)s?)('s| is| are| was| were)?"
    r"( been)? (scheduled|specified|itemi[sz]ed|listed)\b"
    # "I never had it listed separately", "we didn't get them itemised".
    # "we don't have it scheduled", "don't have anything specified".
    r"|\b(never|not|haven'?t|hasn'?t|didn'?t|did not|don'?t|do not|doesn'?t|does not)( actually| even| really)? "
    r"(had|have|got|get|gotten) (it|them|anything|any (of )?(it|them|\w+)|(the|my|her|his|our) \w+) "
    r"(scheduled|specified|itemi[sz]ed|listed)\b"
    r"|\b(no|without( an?)?|never (got|added|took out)( an?)?)\s+(jewell?e?ry |extra |separate |special )?"
    r"(riders?|floaters?|endorsements?|schedule|add-?ons?|extensions?|top-?ups?)\b"
    # "renters through Lemonade, no extra coverage for it": nothing on top, the policy kept.
    r"|\b(no|nothing|without( any)?|not any)\s+(extra|additional|separate|special|specific|more)\s+"
    r"(jewell?e?ry )?(insurance|cover|coverage|policy)?\s*(for|on) (it|them|that|this|the \w+|my \w+|her \w+|jewell?e?ry)\b"
    # A listing as the policy's condition: "capped at $2,000 a piece unless it's
    # specified", "only up to $1,500 until you list it".
    r"|\b(has|have|had|needs?|must|would need|'d need) to be (\w+ )?(specified|scheduled|listed|itemi[sz]ed|declared)\b"
    r"|\bmust be (\w+ )?(specified|scheduled|listed|itemi[sz]ed|declared)\b"
    r"|\b(unless|until|except if|except when|without)\s+((it'?s|it is|its|you|they|i|we|it gets|they'?re|they are|"
    r"(the|each|a|any) (\w+ )?(piece|item|ring|watch)s?( is| are| gets)?|items? (is|are)|pieces? (is|are)|being)\s+)?"
    r"(\w+\s+)?(specified|scheduled|listed|itemi[sz]ed|declared|specify|schedule|list|itemi[sz]e)\b"
    # A listing that is past: "was specified on my old policy but I changed insurers".
    r"|\b(was|were|used to be|had (it|them|\w+) )\s*(scheduled|specified|itemi[sz]ed|listed)"
    r"( \w+){0,4} (old|previous|last|former|other) (policy|insurer|insurance|company)\b[^.;]*?(?=\b(but|now|so|these days|nowadays|today|currently)\b|[.;,]|$)"
    # A listing given up: "we cancelled the rider, it's just on homeowners", "dropped the
    # specified items to save money", "took it off the schedule".
    r"|\b(cancell?ed|dropped|ditched|got rid of|cut|removed|stopped|gave up)( (the|our|my|that|its|her|his))? (\w+ )?"
    r"(riders?|floaters?|schedule|endorsements?|(scheduled|specified|itemi[sz]ed|listed) (items?|pieces?|cover|bits?|jewell?e?ry))\b"
    r"|\b(took|taken|take|removed|came|come|dropped) (it|them|(the|my|her|his) \w+) off (the|its|my|our) (\w+ )?schedule\b"
    r"|\b(cancell?ed|dropped|ditched|got rid of|stopped|gave up)( (the|our|my|that|its|her|his))? "
    r"(jewell?e?ry|separate|standalone|jewell?ers mutual|briteco) (\w+ )?(policy|insurance|cover|coverage)\b"
    # "we had a rider but dropped it", "it was scheduled but we took it off".
    # (The cancelling words stay, for what was cancelled: "...but we cancelled all that".)
    r"|\b(riders?|floaters?|scheduled|specified|itemi[sz]ed|listed|endorsements?)\b[^.;]{0,40}?(?=\bbut (we |i |they )?(then )?"
    r"(cancell?ed|dropped|stopped|removed|got rid of|ditched|took (it|them) off|taken (it|them) off)\b)"
    # Not on the schedule: "the ring isn't on the schedule", "not in the policy schedule".
    r"|\b(isn'?t|is not|aren'?t|are not|wasn'?t|not|never|nothing'?s|nothing is|nothing)( \w+)? (on|in|onto) (the|a|any|my|our) "
    r"((policy|insurance|contents) )?schedule\b" + UNREAL_LISTING
)
LISTING_NOT_OF_TODAY = re.compile(UNREAL_LISTING.removeprefix("|"))
# "nothing, she doesn't have contents insurance": no cover at all.
HAS_NO_COVER = re.compile(
    r"\b(doesn'?t|don'?t|do not|does not|haven'?t|hasn'?t|never had)"
    # "I don't even have contents insurance", "we don't actually have any cover".
    r" (even |actually |really |currently |yet )?(have |got )?(a |an |any )?(\w+ )?(insurance|cover|policy)\b"
    # "I don't have renters or anything", "we don't have homeowners": the policy named
    # by its kind alone (not "I don't have contents, just a standalone policy").
    r"|\b(doesn'?t|don'?t|do not|does not|haven'?t|hasn'?t|never had) (even |actually |really |currently |yet )?"
    r"(have |got )?(a |an |any )?(homeowners?'?s?|renters?'?s?|contents|home|house|condo)\b"
    # (not "I don't have contents, just a standalone policy"; "just the car" is no cover of it)
    r"(?![^.;]*\b(just|only|but|except)\b(?! ([\w-]+ ){0,4}(car|cars|vehicle|ute|truck|auto|motor|health|life|travel|pet|boat|house|building|dwelling)\b))"
)
# "the landlord insures the building but I don't have my own": someone else's policy, and
# none of theirs. Not when they are on another's ("still on mum and dad's contents, don't
# have my own"): that policy is their cover.
NONE_OF_THEIR_OWN = re.compile(
    r"\b(don'?t|do not|doesn'?t|does not|haven'?t|have not) (have|got|carry) (my|our|her|his|their) own\b"
    r"(?! (jewell?e?ry|separate|standalone))"
)
ON_ANOTHERS_POLICY = re.compile(
    r"\b(i'?m|we'?re|i am|we are|she'?s|he'?s|she is|he is|it'?s|it is)( still| just| only)? "
    r"(on|under|covered (by|under|on|through)|listed on|added to|through)\b"
    # "still under mum's contents", "on my parents' homeowners".
    r"|\b(on|under|through) (my |our |her |his )?\w+('s|s'|') "
)


# "...or should I get a separate jewellery policy?", "should it be insured separately", "do I
# need a rider": an option asked about, not today's cover.
OPTION_ASKED = re.compile(
    r"\b(should (i|we|it|they|she|he|this|that|these)|(do|would) (i|we) need|is it worth|or (get|buy|switch|move|go)|would (a|an|it)|instead|thinking (of|about)|considering|"
    r"better (to|off)|worth getting|"
    # "my agent said I should move it to a standalone policy": a move suggested, not made.
    r"(i|we|you) (should|could|might|ought to) (move|switch|change|transfer|get|go|take out)|"
    r"(move|moving|switch|switching|transfer|transferring|shift|shifting) (it|them|the \w+|my \w+|her \w+|his \w+|our \w+) "
    r"(over |across )?(to|onto|into)|"
    # A cover weighed against theirs: "wondering if a separate jewellery policy would be
    # better value", "curious whether a standalone would be cheaper", "got a quote from
    # Jewelers Mutual", "looking at BriteCo", "does a standalone policy make more sense?".
    r"(wondering|wonder|curious|unsure|not sure) (if|whether|about)|"
    r"(got|get|getting|have|had|asked for) (a |some )?quotes? (from|with|for|on)|quotes? (from|with)|"
    r"(looking|look|looked) (at|into)|shopping around|compar(e|ed|ing)|versus|vs|"
    r"(?<!it )(?<!that )(?<!this )(?<!which )(is|are|does|do|would|will|could|can) (a|an) (?=[^.;!?]*\?)|"
    # Another cover asked about by name: "would Jewelers Mutual be better?", "is BriteCo cheaper?".
    r"(?<!it )(?<!that )(?<!this )(is|are|would|will|could|might) ([\w-]+ ){1,3}(be )?(better|cheaper|worth it|a better)\b)\b[^.;!?]*"
)


def _without_options(low: str) -> str:
    low = _without_negated_listing(_blank_all(low, "listing_in_doubt")[0])
    low = OPTION_ASKED.sub(lambda m: " " * len(m.group(0)), low)
    low = COVER_SUGGESTED.sub(lambda m: " " * len(m.group(0)), low)  # "my friend uses Jewelers Mutual"
    if cover_words()["house_only"].search(low):
        # "only the house is insured, not the contents": the building, and the contents denied.
        low = _blank_all(_blank_all(low, "house_only")[0], "contents_denied")[0]
    # Nor a cover denied, another piece's listing, or a cover not of today ("used to have
    # it on my contents", "a floater for my wedding set" beside the earrings asked about).
    low = _blank_all(low, "denied")[0]
    low = _blank_all(low, "other_pieces_listed")[0]
    low = _without_listing_for_another_piece(low, None)
    return _without_cover_set_aside(low)[0]


def _without_negated_listing(low: str) -> str:
    return NEGATED_LISTING.sub(lambda m: " " * len(m.group(0)), low)


# "nothing at the moment, we're flatting and never sorted contents": the cover named is
# one never taken out.
NEVER_ARRANGED = re.compile(
    r"\bnever (sorted|got|bought|took out|taken out|organi[sz]ed|arranged|set up|bothered with)"
    r"( out)?( any| a| an| the)? (\w+ )?(contents|insurance|cover|policy)\b|"
    # "never got round to contents", "haven't got around to getting insurance yet".
    r"\b(never|haven'?t|have not|hasn'?t|didn'?t|not yet)( yet)? (got|get|gotten) (a)?round to"
    r"( \w+ing)?( any| a| an| the| some)? (\w+ )?(contents|insurance|cover|policy)\b|"
    # Cover still to come: "we've been meaning to sort contents", "planning to get renters".
    r"\b(meaning|meant|planning|plan|going|gonna|about|hoping|need|needing|yet) to (sort( out)?|get|take out|organi[sz]e|"
    r"arrange|set up|buy|look into)( (us|me))?( any| a| an| the| some| our| my)? (\w+ )?"
    r"(contents|insurance|cover|policy|renters|homeowners)\b"
)


# A cover someone else put forward, not one taken out: "the jeweler said to look at
# Jewelers Mutual but I havent done anything", "my broker recommended a rider" (not when
# it was then done: "...recommended a rider so I got one").
_TRY_A_COVER = r"(look (at|into)|try|get|go with|go|use|switch to|check out|consider|think about|sign up (for|with)|take out)"
# Another person's cover, or one heard of: "my friend uses Jewelers Mutual", "I've heard
# BriteCo is good" (beside the listing the piece has).
_OTHERS_COVER = (
    r"heard( that| good things about| of)?|"
    r"(friends?|sister|brother|mum|mom|dad|mother|father|cousin|colleague|co-?worker|neighbou?r|someone|somebody|"
    r"people|everyone|a mate|mates?)('s)?( \w+)? (uses?|swears? by|went with|goes with|recommends?)"
)
COVER_SUGGESTED = re.compile(
    r"\b((said|told (me|us)|reckon(s|ed)?)( (to|that|we|i|you)( should| could| might| need to| ought to)?)? "
    rf"{_TRY_A_COVER}|{_OTHERS_COVER}|(suggested|recommended|advised|mentioned)( (me|us))?"
    rf"( (to|that|we|i|you)( should| could| might| need to| ought to)?)?( {_TRY_A_COVER})?)"
    r"(?![^.;!?]*\b(so|and) (i|we) (did|got (it|one)|took (it|one) out|went with|signed up)\b)"
    r"\b[^.;!?,]*?(?=\b(but|so|and|though|although)\b|[.;!?,]|$)"
)


def coverage_from_text(text: str, piece: str | None = None) -> str | None:
    """Today's cover of the piece (`piece`, when known) from the words, or None."""
    return coverage_reading(text, piece).code


@dataclass(frozen=True)
class CoverageReading:
    """Today's cover, and why when it is read from what the words set aside: `protection`
    (a care plan or warranty, no insurance), `someone_elses` (a landlord's or building's
    policy), `house_only` (the building without the contents), `ended`, `past`, `planned`
    or `declined` (a cover not of today); `listing_denied` when the words only deny a
    listing ("it isn't scheduled or anything") and no cover is read."""

    code: str | None
    why: str | None = None


@lru_cache(maxsize=1)
def cover_words() -> dict[str, re.Pattern[str]]:
    """knowledge/coverage.yml's `cover_words`: each kind's patterns as one."""
    raw = read_knowledge("coverage.yml").get("cover_words") or {}
    return {kind: re.compile("|".join(f"(?:{p})" for p in patterns)) for kind, patterns in raw.items()}


def _blank(low: str, start: int, end: int) -> str:
    return low[:start] + " " * (end - start) + low[end:]


def _blank_all(low: str, kind: str) -> tuple[str, bool]:
    found = False
    for match in cover_words()[kind].finditer(low):
        if match.end() > match.start():
            low, found = _blank(low, match.start(), match.end()), True
    return low, found


# Where a clause ends, for words set aside up to it.
CLAUSE_END = re.compile(r"[.;!?,]|\s(but|though|although|whereas|so|now)\b|\s-\s")


def _blank_to_clause_end(low: str, kind: str) -> tuple[str, bool]:
    found = False
    for match in list(cover_words()[kind].finditer(low)):
        end = CLAUSE_END.search(low, match.end())
        low, found = _blank(low, match.start(), end.start() if end else len(low)), True
    return low, found


SENTENCE_SPAN = re.compile(r"[^.;!?\n]+")
CLAUSE_BREAK_AT = re.compile(r",|\s(?=(but|and|so|though|although|whereas)\s)")
# A clause that tells today's cover beside an ended one: "now it's with AMI", "we still have contents".
TODAY_CUE = re.compile(
    r"\b(now|currently|at the moment|these days|nowadays|today|still|instead|switched|moved (it|them|to))\b|"
    r"\b(we|i)('ve| have)( got)? |\b(it'?s|it is|we'?re|we are|i'?m|i am) (on|under|with|covered|insured|listed|specified|scheduled)\b"
)


def _without_ended_cover(low: str) -> tuple[str, bool]:
    """ "used to. it was on a rider on our homeowners but we sold the house and that all
    lapsed": each clause of the sentence up to the end told is no cover of today, unless
    it says so ("now it's with AMI")."""
    found = False
    for sentence in list(SENTENCE_SPAN.finditer(low)):
        ended = cover_words()["ended"].search(low, sentence.start(), sentence.end())
        if ended is None:
            continue
        found = True
        told = low[sentence.start() : ended.end()]
        start = 0
        for end in [*(m.start() for m in CLAUSE_BREAK_AT.finditer(told)), len(told)]:
            if not TODAY_CUE.search(told[start:end]):
                low = _blank(low, sentence.start() + start, sentence.start() + end)
            start = end
    return low, found


# A listing "for my wedding set" (or any piece) beside another piece the message asks
# about, or beside the piece the guide asks about: that listing is the other piece's.
_PIECE_PHRASE = r"(my|our|her|his|the) (?P<piece>[\w-]+( (?!and\b|on\b|with\b|in\b|under\b)[\w-]+){0,2})"
LISTING_FOR_A_PIECE = (
    re.compile(
        r"\b(?P<listing>riders?|floaters?|endorsements?|schedule|scheduled|specified|itemi[sz]ed|listed)\b"
        r"[^.;!?]{0,40}?\bfor " + _PIECE_PHRASE
    ),
    # "we specified my wedding set on it".
    re.compile(r"\b(?P<listing>scheduled|specified|itemi[sz]ed|listed) " + _PIECE_PHRASE),
)
# A set of rings: the ring asked about may be one of them.
SET_OF_RINGS = re.compile(r"\b(wedding|bridal|ring|engagement) set\b")


def _without_listing_for_another_piece(low: str, piece: str | None) -> str:
    for match in [m for pattern in LISTING_FOR_A_PIECE for m in pattern.finditer(low)]:
        named = {str(m.value) for m in item_mentions(match.group("piece"))}
        if SET_OF_RINGS.search(match.group("piece")):
            named |= {"ring", "engagement_ring"}
        if not named and not re.search(r"\b(set|pieces|jewell?e?ry)\b", match.group("piece")):
            continue  # "a rider for my peace of mind": no piece
        if piece is not None:
            # "the ring" is the engagement ring asked about, in general words, and back.
            rings = {"ring", "engagement_ring"}
            other = piece not in named and not (piece in rings and named & rings)
        else:
            rest = low[: match.start()] + " " + low[match.end() :]
            other = bool({str(m.value) for m in item_mentions(rest)} - named)
        if other:
            # Only the listing is another piece's: the policy it is on stays ("a rider on
            # our homeowners for my wedding band" beside the bracelet asked about).
            low = _blank(low, match.start("listing"), match.end("listing"))
    return low


_SET_ASIDE_NONE = ("ended", "past", "planned", "declined", "someone_elses", "house_only")


def coverage_reading(text: str, piece: str | None = None) -> CoverageReading:
    """Today's cover of the piece from the words of an answer, and why when it is read
    from what they set aside."""
    low = _blank_all(text.lower(), "listing_in_doubt")[0]
    # "it isn't scheduled or anything": a listing denied (not one only wanted, "I've been
    # meaning to get it scheduled"), which alone leaves the cover open.
    listing_denied = any(
        not LISTING_NOT_OF_TODAY.fullmatch(m.group(0)) for m in NEGATED_LISTING.finditer(low)
    )
    low = _without_negated_listing(low)
    # "contents, but wondering if a standalone would be cheaper": the cover weighed is not theirs.
    declined = cover_words()["declined"].search(low) is not None  # "got a quote and passed on it"
    low = OPTION_ASKED.sub(lambda m: " " * len(m.group(0)), low)
    low = COVER_SUGGESTED.sub(lambda m: " " * len(m.group(0)), low)
    low, denied = _blank_all(low, "denied")
    listing_denied = listing_denied or denied
    # "just house insurance, not contents": the building, and the contents denied.
    house_only = cover_words()["house_only"].search(low) is not None
    if house_only:
        low = _blank_all(_blank_all(low, "house_only")[0], "contents_denied")[0]
    # "I don't have any insurance on it, but I do have homeowners", "no coverage on it at
    # all, other than homeowners": a home policy held is the piece's cover today (with
    # its limits, which the advice explains), whatever cover on the piece is denied.
    home_held = not house_only and _home_policy_held(low)
    if (
        HAS_NO_COVER.search(low) or NO_HOME_COVER.search(low) or NEVER_ARRANGED.search(low)
    ) and not home_held:
        return CoverageReading("none")
    if NONE_OF_THEIR_OWN.search(low) and not ON_ANOTHERS_POLICY.search(low) and not home_held:
        return CoverageReading("none")
    low = _blank_all(low, "other_pieces_listed")[0]
    low = _without_listing_for_another_piece(low, piece)
    low, set_aside = _without_cover_set_aside(low)
    if house_only:
        set_aside.insert(0, "house_only")
    others, _ = _blank_all(low, "other_persons_piece_listed")
    if others != low and _cover_named(others, text) is not None:
        low = others  # "the ring isn't on anything. my wife's ring is scheduled though"
    code = _cover_named(low, text)
    if code is not None:
        return CoverageReading(code)
    if PROTECTION_NOT_INSURANCE.search(low) or PROTECTION_NAMED.search(low):
        # "the Rolex warranty covers it for 5 years, thats it": no insurance
        return CoverageReading("none", "protection")
    if set_aside or declined:
        return CoverageReading("none", set_aside[0] if set_aside else "declined")
    return CoverageReading(None, "listing_denied" if listing_denied else None)


# A home (or renters, contents) policy said to be held: "we do have homeowners", "just
# renters", "other than homeowners", "our homeowners probably doesn't cover much",
# "State Farm for the house". Not one denied ("we don't have homeowners") or given up.
_HOME_POLICY = (
    r"(home ?owners?'?s?|renters?'?s?|renter'?s|home|house( and contents)?|contents|condo|tenants?'?s?)"
    r"(?! (is|was) (separate|different))( (insurance|policy|cover|coverage))?\b"
)
HOME_POLICY_HELD = re.compile(
    r"\b((i|we|they) (do |also |still |both |just |only )?(have|got|carry|pay for)|(i|we)'?ve (also |still |just |only )?got|"
    r"(just|only|other than|besides|except( for)?|apart from|beyond|but (i|we) (do )?have))"
    r"( (a|an|the|our|my|some|regular|normal|standard|basic|usual|ordinary))*? "
    + _HOME_POLICY
    # The policy as the subject: "our homeowners probably doesn't cover much",
    # "homeowners doesn't cover it i don't think".
    + r"|(^|(?<=[.!?,] )|\b(my|our|the) )(home ?owners?'?s?|renters?'?s?|renter'?s|contents)( (policy|insurance|cover))? "
    r"(probably |prob |might |may |likely |apparently |only )?(has|covers|pays|would (cover|pay)|"
    # "doesn't cover much": a home policy with its limits; "doesn't cover it" is none.
    r"(won'?t|wont|doesn'?t|doesnt|wouldn'?t) (really )?(cover|pay( for)?|pay out( for)?) (much|a lot|enough|the (full|whole)|"
    r"everything|all of it|very much|that much))\b"
    + r"|\b(we have|we'?re with|we are with|with|through|insured (with|by)|policy with) [\w&]+( [\w&]+)? for (the|our|my) "
    r"(contents|stuff|belongings|(house|home|place) and (everything|all|what'?s) in it)\b|\b(our|my|the) contents (is|are) (insured|covered)\b"
)


def _home_policy_held(low: str) -> bool:
    return HOME_POLICY_HELD.search(low) is not None


def _without_cover_set_aside(low: str) -> tuple[str, list[str]]:
    """The words less a cover that is not the person's today, and which kinds were set aside."""
    found: list[str] = []
    low, building = _blank_all(low, "someone_elses_building")
    low, ended = _without_ended_cover(low)
    low, past = _blank_to_clause_end(low, "past")
    low, planned = _blank_to_clause_end(low, "planned")
    low, declined = _blank_to_clause_end(low, "declined")
    low = _blank_all(low, "home_limit_for_unlisted")[0]
    for kind, said in zip(
        ("someone_elses", "ended", "past", "planned", "declined"),
        (building, ended, past, planned, declined),
        strict=True,
    ):
        if said:
            found.append(kind)
    return low, found


def _cover_named(low: str, text: str) -> str | None:
    """The cover the words name (`low`, with what is not today's cover blanked; `text`, as said)."""
    on_nothing = cover_words()["on_nothing"].search(low)
    if on_nothing:
        # "the ring isn't on anything": none, unless a home or jewelry policy is had ("we
        # have homeowners with Chubb ... this pendant isn't on anything yet": not listed).
        rest = _blank(low, on_nothing.start(), on_nothing.end())
        held = [
            code
            for pattern, code in COVERAGE_WORDS
            if code in ("standalone", "homeowners") and pattern.search(rest)
        ]
        return held[0] if held else "none"
    blanket = cover_words()["blanket_total"].search(low) or (
        BLANKET_ADD_ON.search(low) and cover_words()["nothing_listed"].search(text.lower())
    )
    for pattern, code in COVERAGE_WORDS:
        if code == "blanket" and blanket:
            return "blanket"  # "a jewelry rider that covers up to 5k total for all of it, nothing itemized"
        if pattern.search(low):
            return code
    return None


# A jewelry add-on that is had, which with nothing listed on it is a blanket.
BLANKET_ADD_ON = re.compile(
    r"\b(riders?|endorsements?|add-?ons?|extensions?|floaters?|jewell?e?ry (cover|coverage|option))\b"
)


# A protection that is no insurance of the piece against loss or theft, named as all there
# is: "just the care plan I bought with it", "the Rolex warranty covers it for 5 years,
# thats it", "the Amex purchase protection, thats all I've got". (Named beside nothing
# else, "there's the jeweller's care plan but that's just for repairs", the cover is not told.)
_PROTECTION = (
    r"(warrant(y|ies)|guarantee|purchase protection|buyer'?s? protection|(card|credit card|amex|visa|mastercard) "
    r"(protection|cover|coverage|insurance)|care plan|protection plan|service plan)"
)
PROTECTION_NOT_INSURANCE = re.compile(
    rf"\b(just|only) (the |a |an |my |our |his |her )?([\w'-]+ ){{0,3}}{_PROTECTION}\b"
    rf"|\b{_PROTECTION}\b[^.;!?]*\b(that'?s (it|all)|thats (it|all)|is all|all (i|we)'?ve got|all (i|we) have|nothing else)\b"
    rf"|\b{_PROTECTION}\b[^.;!?]*\bno (actual|real|other|proper) (insurance|cover|policy)\b"
)
# A protection named with no insurance beside it, at the cover question: "I bought the 5
# year protection plan so I think it's covered", "the manufacturer warranty, 2 years".
PROTECTION_NAMED = re.compile(
    rf"\b({_PROTECTION}|extended warrant(y|ies)|(\w+ )?(card|amex|visa|mastercard) (purchase )?protection)\b"
)


def setting_mentions(text: str) -> list[Mention]:
    """area_type and current_coverage said unprompted, when a cue says they are the person's."""
    low = text.lower()
    found: list[Mention] = []
    if QUESTION_START.search(low):
        # "Should I get separate insurance for my Rolex? ... condo in downtown Denver, have
        # homeowners with State Farm": the question's topic is not theirs, the statements
        # after it are (blanked, not cut, so the mentions keep their places).
        end = low.find("?")
        if end < 0:
            return found
        low = " " * (end + 1) + low[end + 1 :]
    if HOME_CUE.search(low):
        # "we live 20 min from downtown": the centre named is where they are not.
        told = without_reference_points(low)
        verdict = area_verdict(told)
        if verdict:
            found.append(_mention("area_type", VERDICT_AREAS[verdict.group("area")], verdict))
        else:
            found += _first_match("area_type", AREA_WORDS, told)
        central = central_city_pattern().search(told)
        if not found and central:
            found.append(_mention("area_type", "urban", central))
        places = [m for m in place_pattern().finditer(told) if place_areas()[m.group(0)] != CITY]
        if not found and places:
            found.append(_mention("area_type", place_areas()[places[0].group(0)], places[0]))
    # "renters through Lemonade, no extra coverage for it": a listing denied is no lack of cover.
    # "it isn't insured separately, just the homeowners": cover apart denied is no lack of cover.
    kept = _blank_all(_without_negated_listing(low), "denied")[0]
    uninsured = EXPLICITLY_UNINSURED.search(kept) or NO_HOME_COVER.search(kept)
    if uninsured:
        found.append(_mention("current_coverage", "none", uninsured))
    elif OWN_COVER_CUE.search(low):
        # Without "none": unprompted, "nothing" is rarely about cover.
        told = _without_options(low)
        blanket = cover_words()["blanket_total"].search(told)
        if blanket:
            found.append(_mention("current_coverage", "blanket", blanket))
        else:
            found += _first_match("current_coverage", COVERAGE_WORDS[:-1], told)
    return found


def _first_match(entity: str, words: tuple[tuple[re.Pattern[str], str], ...], low: str) -> list[Mention]:
    for pattern, code in words:
        match = pattern.search(low)
        if match:
            return [_mention(entity, code, match)]
    return []


def _mention(entity: str, value: str, match: re.Match[str]) -> Mention:
    return Mention(entity, value, match.start(), match.end(), match.group(0))


def amount_mentions(text: str) -> list[Mention]:
    return [Mention("amount", a.value, a.start, a.end, a.text) for a in money_amounts(text)]


def read_message(text: str) -> list[Mention]:
    """Everything the rules can read from one message, for the NLU component."""
    return [
        *amount_mentions(text),
        *currency_mentions(text),
        *item_mentions(text),
        *habit_mentions(text),
        *setting_mentions(text),
    ]


QUANTITY_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "pair": 1}


def pieces_in(text: str) -> list[Piece]:
    """Pair each amount with the item it describes: "a $12k ring, two $800 bracelets".

    An amount belongs to the nearest item after it in the same clause ("$800
    bracelets"), otherwise the nearest item before it ("a watch worth $3,000"). A count
    right before the amount ("two $800 bracelets") or before the item ("2 rings at 1500
    each") multiplies the piece.
    """
    amounts = money_amounts(text)
    items = item_mentions(text)
    pieces: list[Piece] = []
    used: set[int] = set()
    for amount in amounts:
        index = _item_for(amount, items, used, text)
        if index is None or amount.value <= 0:
            continue
        used.add(index)
        item = items[index]
        quantity = _count_before(text, min(amount.start, item.start))
        pieces.append(Piece(str(item.value), amount.value, quantity))
    return pieces


def _item_for(amount: Amount, items: list[Mention], used: set[int], text: str) -> int | None:
    after = [
        (i, m)
        for i, m in enumerate(items)
        if i not in used and m.start >= amount.end and not _separated(text, amount.end, m.start)
    ]
    if after:
        return after[0][0]
    before = [
        (i, m)
        for i, m in enumerate(items)
        if i not in used and m.end <= amount.start and not _separated(text, m.end, amount.start)
    ]
    return before[-1][0] if before else None


def _separated(text: str, start: int, end: int) -> bool:
    between = text[start:end].lower()
    return bool(re.search(r"[,;.]| and |\$|\d", between))


def _count_before(text: str, position: int) -> int:
    words = re.findall(r"[a-z0-9]+", text[:position].lower())
    if not words:
        return 1
    last = words[-1]
    if last.isdigit() and 1 < int(last) < 20:
        return int(last)
    return QUANTITY_WORDS.get(last, 1)


US_CUES = re.compile(
    r"\b(usa|u\.s\.|united states|america|american|homeowners?|state farm|allstate|geico|"
    r"state insurance (department|commissioner))\b"
)


@lru_cache(maxsize=2)
def us_state_pattern(short_answer: bool = False) -> re.Pattern[str]:
    """The states of knowledge/places.yml's `united_states`. Those that are also first
    names or cities (`united_states_also_names`: "Virginia", "Washington") count with
    "state" after them, or anywhere in a short answer to "which country?"."""
    raw = read_knowledge("places.yml")
    also_names = {str(n).lower() for n in raw.get("united_states_also_names") or []}
    states = sorted((str(n).lower() for n in raw.get("united_states") or []), key=len, reverse=True)
    names = [
        re.escape(name) if short_answer or name not in also_names else re.escape(name) + r"\s+state"
        for name in states
    ]
    return re.compile(r"\b(" + "|".join(names) + r")\b", re.I)


def us_state(text: str, short_answer: bool = False) -> bool:
    """A US state is named: "we're in Ohio", "Houston, Texas", "washington state"."""
    return bool(us_state_pattern(short_answer).search(text))


NZ_CUES = re.compile(r"\b(ifso|fscl|tradie|new zealander)\b")


# Words a New Zealander uses for what the US calls a deductible, jewelry, homeowners.
NZ_TERMS = re.compile(r"\b(jewellery|jeweller|excess|contents (policy|insurance|cover)|house and contents)\b")


def speaks_nz_terms(text: str) -> bool:
    """New Zealand's words or places: answers are then given in its terms."""
    return region_from_text(text) == "NZ" or bool(NZ_TERMS.search(text.lower()))


def region_from_text(text: str) -> str | None:
    """NZ or US from a place, a currency or a term only one of them uses."""
    low = text.lower()
    if new_zealand_place(low) or NZ_CUES.search(low) or re.search(r"\bnz\$|\bnzd\b", low):
        return "NZ"
    if US_CUES.search(low) or us_state(low) or re.search(r"\bus\$|\busd\b", low):
        return "US"
    return None
