"""Yes or no from what people really answer: with reasons, hedges and "not sure".

"no, just for nights out", "no, I rotate them", "yeah most days", "not really",
"only on holidays", "sometimes for work", "I think so", "dunno". A reading says what
the words say: yes, no, in between (a hedge: "sometimes", "only on holidays"), or
don't know. The question's own rule decides what an in-between answer is taken as,
and the form says that back as an assumption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.language.corrections import A_SOUND, CLOSING, cue_words

Answer = Literal["yes", "no", "between", "unknown"]

DONT_KNOW = re.compile(
    r"\b(i )?(don'?t|do not|dont) (really |even |actually )?know\b|\bnot sure\b|\bunsure\b|\bno idea\b|\bdunno\b|\bidk\b|"
    r"\bcan'?t remember\b|\bdon'?t remember\b|\bno clue\b|\bnot certain\b|\bhard to say\b|"
    r"\b(haven'?t|have not|not yet|not) decided\b|\bundecided\b|\bwe'?ll see\b",
    re.I,
)
# A hedge: neither yes nor no ("sometimes for work", "yes, now and then").
BETWEEN = re.compile(
    r"\b(sometimes|some ?times|occasionally|now and (then|again)|from time to time|once in a while|"
    # Not "on and off site" (a place), nor "on and off work" (at work and away from it),
    # nor "kind of the point" (an idiom, no hedge).
    r"every (now and|so often)|on and off(?![\s-]*(site|shore|campus|duty|shift|work|the job|the clock))|depends|it varies|"
    r"half the time|some days|a few times|"
    # "probably a couple of times a year", "once or twice a month": a count, not "often".
    r"a couple (of )?times|once or twice|(once|twice) a (year|month)|"
    # Nor "some kind of plan" (a vague noun, no hedge).
    r"(?<!some )(?<!any )(?<!what )(kind|sort) of(?! (the|a|an|my|our|his|her)\b)|kinda|sorta|a bit|a little|here and there|50/50|more or less|"
    # A shrug of a yes: "I guess?", "I suppose so", "maybe", "possibly".
    r"i guess|guess so|i suppose|suppose so|maybe|perhaps|possibly)\b",
    re.I,
)
# "only on holidays", "just for nights out", "just weekends": a narrow yes, which for a
# question about "most days" or "often" is in between.
ONLY = re.compile(
    r"\b(only|just|mainly|mostly)\s+(on|for|when|at|in|during|to|weekends?|occasionally|nights?|"
    r"special|a few|once|twice|the odd|holidays?|work|events?|parties|"
    # "just home to El Paso for the holidays", "only back to see family".
    r"home|back|visiting|the (one|occasional)|"
    # "just up to the lake house", "only down to the crib".
    r"(up|down|over|out|across) to)\b"
    # "weddings and funerals only", "weekends only", "weekends mostly", "evenings mainly"
    # (not "weekdays mostly": that is most days).
    r"|\b(?!(week|work|school)?days\b)\w+s( and \w+s)? (only|mostly|mainly)\b",
    re.I,
)
# The odd occasion, which "only" or "just" makes fewer still: "just now and then".
OCCASIONAL = re.compile(
    r"\b(occasionally|now and (then|again)|every (now and (then|again)|so often)|from time to time|"
    r"once in a (while|blue moon)|here and there|the odd (time|trip|weekend|occasion))\b",
    re.I,
)
# "god no", "oh yes", "haha no", "well, yes": a word of feeling before the answer.
LEAD_IN = (
    # Up to two: "oh heavens no", "good lord yes".
    r"^\W*((oh|god|gosh|lord|hell|heck|ha(ha)*|lol|um+|erm|well|honestly|sadly|unfortunately|ah|aw|"
    r"heavens|goodness|good|golly|gee|geez|jeez|crikey|dear|my|mate|"
    # "in that case yes", "ok then, yes", "if so yes": the answer after what it follows from.
    r"in (that|which) case|if so|(ok(ay)?|right|alright|all right) then|then)\W+){0,2}"
)
NO = re.compile(
    LEAD_IN
    + r"(no+|nope|nah|na|not really|not at all|not much|not often|((almost|nearly|practically|virtually) )?never|"
    r"hardly( ever)?|rarely|"
    r"seldom|no way|definitely not|of course not|negative|i don'?t|i do not|we don'?t|we do not|"
    r"it (wasn'?t|isn'?t|was not|is not)|they (weren'?t|aren'?t)|i didn'?t|we didn'?t|wasn'?t|isn'?t|"
    r"didn'?t|don'?t think so|not|"
    # "I haven't travelled since covid", "haven't worn it in years" (not "haven't decided").
    r"(i |we |she |he )?(haven'?t|hasn'?t|have not|has not) (really |actually |even )?"
    r"(travel\w*|been|gone|flown|worn|taken|left)|"
    # A leaning no ("probably not, it's a keepsake"), before YES reads "probably".
    r"probably not|likely not|most likely not|not likely|unlikely|i doubt it|doubt it)\b",
    re.I,
)
YES = re.compile(
    LEAD_IN + r"(y|ye+s+|yeah?|yea|yep|yup|yip|yus|ya|yah|sure|definitely|absolutely|of course|correct|"
    r"indeed|certainly|i do|we do|i did|we did|"
    # "it was, on the contents" (not "they were my nan's", "it was a gift": what it is).
    r"(it (was|is)|they (were|are))(?! (my|our|his|her|their|a|an|the|mum'?s|mom'?s|nan'?s|dad'?s|gran'?s)\b)|i (believe|think) (it|they) (was|is|were|are)|always|mostly|most days|"
    r"pretty much|usually|generally|i think so|i believe so|i reckon( so)?|probably|every ?day|daily|all the time|"
    r"affirmative|yess?ir|aye|too right|for sure)\b",
    re.I,
)
# "most days I guess", "every day I suppose": the habit asked about, said with a shrug;
# the words state it, the shrug only softens them (a bare "yes I guess" stays in between).
HABIT_YES = re.compile(LEAD_IN + r"(most days|every ?day|daily|all the time|always)\b", re.I)
# "pretty much every day", "near enough daily", "more or less every day": the habit with
# its small exceptions, which is most days (not the hedge "more or less" alone).
NEARLY_DAILY = re.compile(
    r"\b(pretty much|more or less|near enough|nearly|almost|just about|basically|virtually|practically|"
    r"all but|pretty well|as good as)\s+(every ?day|every single day|daily|all the time|always|most days)\b|"
    r"\b(every ?day|every single day|daily|all the time|always),?\s+(pretty much|more or less|near enough|"
    r"just about|basically|practically)\W*$",
    re.I,
)
# "every day except at the gym", "most days bar swimming", "but not in the pool": a
# moment the piece comes off, not days it is not worn; no hedge of "most days".
OFF_FOR_A_MOMENT = re.compile(
    r"(\b(except|bar|barring|apart from|other than|aside from|besides|excluding)|,?\s*\bbut not)\s+"
    r"(for |at |in |when |while |during |on |to )?(i'?m |i am |she'?s |he'?s |(i|she|he|we) (go|goes|do|does) )?"
    r"(the |my |her |his )?(gym|sport|sports|swimming|swim|swims|the pool|pool|beach|surf|surfing|shower|showers|showering|"
    r"bath|bed|bedtime|sleep|sleeping|night|nights|cleaning|gardening|garden|washing up|dishes|cooking|baking|"
    r"workouts?|working out|training|exercise|exercising|rugby|netball|football|soccer|basketball|tennis|golf|"
    r"yoga|running|climbing|boxing|the gym)\b",
    re.I,
)
# "only when I'm not gardening, so most days really", "except Sundays, which is pretty
# much every day": their own verdict on the habit, last, after the exceptions.
HABIT_CONCLUDED = re.compile(
    r"(?:[,.;]\s*|\s)(so|so,|and so|which is|which means|that'?s|that is|meaning|i'?d say|basically)\s+"
    r"(yeah,?\s+|yes,?\s+|yep,?\s+)?(pretty much |basically |still |really |probably |nearly |almost )?"
    r"(most days|every ?day|daily|all the time|most of the time|nearly every day|almost every day|always)\b"
    r"(\s+(really|i guess|i suppose|i'?d say|tbh|honestly|anyway|then))?\W*$",
    re.I,
)
SHRUG_ONLY = re.compile(r"^\W*(i guess|guess so|i suppose|suppose so|i think|probably)\W*$", re.I)

# A yes turned later in the answer: "yes, but not every day".
LATER_NO = re.compile(r"\bbut\b.*\b(not|never|rarely|hardly|seldom|don'?t|doesn'?t|didn'?t)\b", re.I)


@dataclass(frozen=True)
class YesNo:
    answer: Answer
    words: str  # the part of the message that decided it, for saying it back
    # An in-between answer that narrows a yes to a few occasions ("only on holidays",
    # "just for nights out"): for a question about "often" or "most days", a no.
    narrow: bool = False


# New Zealand and Australian English: "yeah nah" is a no, "nah yeah" a yes; the last
# word of the pair is the answer.
YEAH_NAH = re.compile(r"^\W*(yeah?|yea|yep)\W+(nah|na|no)\b", re.I)
NAH_YEAH = re.compile(r"^\W*(nah|na)\W+(yeah?|yea|yep)\b", re.I)
# "I take it off on the farm but otherwise yes", "weddings mostly, apart from that no":
# the answer given for the rest of the time, after the exception.
OTHERWISE = re.compile(
    r"\b(otherwise|other than that|apart from that|aside from that|besides that|the rest of the time)"
    r"\W+(?P<answer>yes|yeah|yep|yup|always|no|nah|nope|never)\b",
    re.I,
)
# "never take it off", "hardly ever take them off": worn all the time, a yes.
ALWAYS_ON = re.compile(
    r"\b(never|don'?t ever|do not ever|rarely|hardly( ever)?|seldom|barely( ever)?|almost never) "
    r"(take|takes|took|have taken) (it|them) (off\b|out\b(?! of))|"
    # "never remove it", "I rarely remove them": the same, in other words.
    r"\b(never|don'?t ever|do not ever|rarely|hardly( ever)?|seldom|barely( ever)?|almost never|no way (i'?d|i would|i'?ll|i will|she'?d|he'?d)( ever)?) "
    r"(remove|removes|removed|take (it|them) off)\b|"
    # "no days off for this ring": not a day without it.
    r"\bno days? off\b(?! (work|from|at|for (me|us)))|"
    # "it rarely comes off", "they're hardly ever off", "seldom leaves my wrist", "I'm
    # never without it": rarely said of the piece being off, which is worn all the time.
    r"\b(never|rarely|hardly( ever)?|seldom|barely( ever)?|almost never) (comes?|came|goes|come) off\b|"
    r"\b(it'?s|it is|they'?re|they are) (never|rarely|hardly( ever)?|seldom|barely( ever)?|almost never) off\b|"
    r"\b(never|rarely|hardly( ever)?|seldom|barely( ever)?|almost never) (leaves?|left) (my|her|his|your|their) "
    r"(finger|hand|wrist|neck|ears?|arm|side)\b|"
    r"\b(never|rarely|hardly( ever)?|seldom|barely( ever)?|almost never) (seen )?without (it|them)\b|"
    # "haven't taken these hoops out since I got them", "hasn't had the ring off in years"
    # (not "haven't taken it out of the box": never worn).
    r"\b(haven'?t|have not|hasn'?t|has not|not) (taken|had) (it|them|these|those|(the|these|those|my|her|his) \w+) "
    r"(off|out)\b(?! of\b)",
    re.I,
)
# Worn most days, said by when it comes off or by how many days it is on: "only take it
# off to shower", "it lives on my finger", "only off at night", "5 days a week",
# "weekdays for work", "6 days out of 7", "not every single day but most", "it's on more
# than it's off", "constantly", "whenever I'm not cooking". Read before the hedges:
# "only" here narrows the time it is off, not the time it is worn.
WORN_MOST_DAYS = re.compile(
    r"\bonly (ever )?(take|takes|took) (it|them) off\b|"
    r"\bonly (ever )?off (at|for|when|to|in|during|overnight)\b|"
    r"\b(lives?|stays?) on (my|her|his|your|their) (finger|hand|wrist|neck|ears?)\b|"
    r"\b(doesn'?t|does not|don'?t|do not|won'?t|will not) (ever )?come off\b(?! (easily|properly))|"
    r"\b(hasn'?t|has not|haven'?t|have not) (left|come off) (my|her|his|your|their) (finger|hand|wrist|neck|ears?)\b|"
    r"\bnot a day (goes by|passes) without (it|them)\b|"
    r"\bon (me )?more (often )?than (it'?s |they'?re )?off\b|"
    r"\bmostly on\b|\bmore (days|often) than not\b|"
    r"\b(constantly|24/7|24-7|round the clock|around the clock|all day,? every day)\b|"
    r"\b(whenever|unless) (i'?m|she'?s|he'?s|i am|she is|he is) not\b|"
    r"\b([4-7]|four|five|six|seven) days (a|per|of the|out of (the )?|in the) week\b|"
    r"\b([4-7]|four|five|six) (days )?out of (7|seven)\b|"
    # The week's working days, as facts.OFTEN_WEAR has them too, kept here: this is read
    # before the no and the hedges ("no, I only wear it Monday to Friday", "just for work
    # days" are most days), and it has "work days" said alone, where OFTEN_WEAR (heard only
    # when the words give no yes or no) has them only as "every workday". Without these two
    # lines the answer banks lost nothing, but those wordings read as "no".
    r"(?<!not )(?<!never )(^|\b(on|every|all|during|through the|for)\s+)(weekdays?|work ?days?)\b|"
    r"\b(wear|wears|worn|wearing)\b[^.;]{0,25}\bmon(day)?\s*(-|to|through|thru)\s*fri(day)?\b|"
    r"\b(to|for|at) work every ?day\b|"
    r"\bbut (most|most days|most of the time|mostly)\b(?!\s+(weekends?|saturdays|sundays|nights|evenings))",
    re.I,
)
# Worn all the time, said with two negatives: the piece is denied ever being off or left
# behind. "I don't take it off except to shower", "not a day goes by that I don't have
# it on", "I don't go anywhere without it", "I'd feel naked without it", "it doesn't
# leave my finger", "it hasn't been off since the wedding", "it's always on". The "not"
# here is no "no": read before NO, whose "I don't" at the start would take it.
_NOT = (
    r"(don'?t|do not|doesn'?t|does not|won'?t|will not|wouldn'?t|would not|didn'?t|did not|never|"
    r"can'?t|cannot|couldn'?t|could not)"
)
_ITS_PLACE = r"(my|her|his|your|their) (finger|hand|wrist|neck|ears?|arm|body)"
WORN_WITHOUT_A_BREAK = re.compile(
    # "I don't take it off except to shower", "she doesn't take them out, even to sleep"
    # (not "I don't take it out much", out of its box).
    rf"\b{_NOT}\s+(really\s+|ever\s+|usually\s+|normally\s+|generally\s+|even\s+|often\s+)?"
    r"(take|takes|took|have taken) (it|them|(the|my|her|his) [\w'-]+) "
    r"(off\b|out\b(?!\s+(of|much|often|a lot|any ?more|very|that|for|to|on|in)\b))|"
    # "not a day goes by that I don't have it on", "there's never a day I don't wear it".
    r"\b(not|never|there'?s not|there'?s never|there isn'?t) (an?|one) (single )?day\b[^.;!?]{0,30}?"
    r"\b(don'?t|do not|doesn'?t|didn'?t|not|without)\b|"
    # "I don't go anywhere without it", "she'd never leave the house without them",
    # "wouldn't be seen dead without it", "can't go a day without it".
    rf"\b{_NOT}\s+(really\s+|ever\s+|even\s+)?(go|goes|leave|leaves|step|steps|head|heads|walk|walks|be|get|"
    r"last|survive|sleep|travel)\b[^.;!?,]{0,30}?\bwithout (it|them)\b|"
    # "I'd feel naked without it", "she'd be lost without them", "feels weird without it".
    r"\b(feel|feels|felt|feeling|be|am|i'?m|she'?s|he'?s|is)\s+(so |really |totally |completely |a bit |"
    r"a little |kind of |kinda |sort of |quite |very |just |almost )?(naked|lost|weird|strange|funny|incomplete|"
    r"wrong|odd|bare|empty|undressed|unfinished|exposed|not myself|not right)\s+without (it|them)\b|"
    # "it doesn't leave my finger", "hasn't been off since the wedding", "glued to my wrist".
    rf"\b(doesn'?t|does not|don'?t|do not|won'?t|hasn'?t|has not|haven'?t|have not) (ever )?(leave|leaves|left) {_ITS_PLACE}\b|"
    r"\b(hasn'?t|has not|haven'?t|have not|never) (been|come) off\b|"
    # "never off", "hardly ever off", "never had it off" (not "never off work").
    r"\b(never|hardly ever|rarely|seldom|barely ever|almost never|not often|not once)\s+((had|has|have) (it|them) )?"
    r"off\b(?!\s+(the|a|an|(my|her|his|our)(?! (finger|hand|wrist|neck|ears?)\b)|work|duty|site|shift|sick)\b)|"
    # "I don't think I've taken it off since we got married", "not once since the wedding
    # has it come off", "it's not coming off", "I'm not one to take it off".
    r"\b(don'?t think|never|not once|haven'?t|hasn'?t)\b[^.;!?,]{0,40}?\b(taken|had|take|come|came) (it |them )?off\b"
    r"(?!\s+(the|a|an|my|her|his|our)\b)|"
    r"\b(not|never|isn'?t|is not|won'?t be) coming off\b|"
    r"\b(not (one|the type|the sort|the kind)|no (reason|need)) to (ever )?take (it|them) off\b|"
    rf"\b{_NOT}\s+(even\s+)?(dream|think|consider)(ing)? (of |about )?taking (it|them) off\b|"
    # "can't get it off", "too tight to take off": stuck on, so worn.
    r"\b(can'?t|cannot|couldn'?t) (even )?(get|take|pull) (it|them) off\b|\btoo (tight|small) to (get|take) (it |them )?off\b|"
    # "it only comes off at night": off for a moment only.
    r"\bonly (ever )?(comes?|came|goes) off\b|"
    # "it stays on", "nah I always have it on", "on my finger all the time".
    rf"\b(it|they|she|he|the [\w'-]+) (always |just )?(stays?|remains?) on(\s+{_ITS_PLACE})?\b"
    r"(?!\s+(the|a|an|my|her|his|our|your|their|top|display|show|sale|charge|hold|its)\b)|"
    r"\b(always|constantly|permanently) (have|has|got|wear|wears|wearing) (it|them) on\b|"
    rf"\bon {_ITS_PLACE} (all the time|24/7|constantly|always|every day|day and night|non-?stop)\b|"
    rf"\b(glued|welded|stuck|attached|surgically attached|permanently attached) to {_ITS_PLACE}\b|"
    # "it's always on", "they're pretty much always on my ears" (not "always on the dresser").
    r"\b(it'?s|it is|they'?re|they are) (basically |pretty much |just |practically )?(always|permanently|constantly) on"
    rf"(\s+{_ITS_PLACE})?\b(?!\s+(the|a|an|my|her|his|our|your|their|top|display|show|sale|charge|hold|its)\b)",
    re.I,
)
# Worn for part of every day: "I wear it to work and take it off at home", "I take it off
# when I get home", "on during the day, off at night", "I put it on every morning". The
# day it is on is most days; "sometimes" or "on weekends" beside it says otherwise.
WORN_PART_OF_EACH_DAY = re.compile(
    r"\b(wear|wears|wearing|have (it|them) on|has (it|them) on)\s+((it|them)\s+)?(to|at|for)\s+work\b"
    r"(?!\s*(functions?|dos?|events?|parties|party|drinks|dinners?|formals?|things|christmas))|"
    r"\b(take|takes|took|taking)\s+(it|them)\s+off\s+(when|once|as soon as|after|the (minute|moment|second))\s+"
    r"(i|she|he|we)\s*('m|'s|am|is|are|'re|get|gets|got|come|comes|arrive|arrives|walk|walks)\s+"
    r"(home|back home|in the door|through the door)\b|"
    r"\b(take|takes|took|taking)\s+(it|them)\s+off\s+(at home|at night|overnight|to sleep|for bed|before bed|"
    r"at bedtime|in the evenings?)\b|"
    r"\bon\s+(all day|during the day|in the day(time)?|by day|through the day|while i'?m at work)\b|"
    r"\bputs? (it|them) on (every|each) (morning|day)\b|\bputs? (it|them) on first thing\b|"
    # The daily round told: "off every night and back on in the morning", "it goes on when I
    # get dressed", "on from morning till night", "whenever I leave the house", "day in, day out".
    r"\bputs? (it|them) (back )?on (in the morning|every morning|when i get (up|dressed))\b|"
    r"\b(it|they) (goes|go) on when (i|she|he) (get|gets) (up|dressed)\b|"
    r"\bfrom morning (till?|until|to|'?til) night\b|\b(morning|sunup) (till?|until|to|'?til) (night|bedtime|sundown)\b|"
    r"\bwhenever (i|she|he) (leave|leaves|go out of|step out of) the (house|door)\b|\bday in,? day out\b|"
    r"\b(have|has|wear|wears) (it|them) on (the )?rest of the time\b",
    re.I,
)
# Said beside a part-of-the-day habit, it is not worn most days after all.
_NOT_MOST_DAYS = re.compile(
    r"\b(weekends?|saturdays?|sundays?|occasions?|special|events?|nights? out|sometimes|rarely|hardly|seldom|"
    r"(once|twice) (a|per|every|in a)|now and then|occasionally|only (on|for|when))\b",
    re.I,
)
_NEGATED_BEFORE = re.compile(
    r"\b(don'?t|do not|doesn'?t|does not|can'?t|cannot|won'?t|never|not|no longer|stopped)\s+(\w+\s+){0,2}$",
    re.I,
)


# "I'd be lost without it, but I only wear it on weekends": the habit told after it.
_ONLY_WORN = re.compile(
    r"\b(only|just|mainly|mostly) (wear|wears|wore|put (it|them) on)\b|\bbut (only|just)\b", re.I
)


def worn_without_a_break(text: str) -> bool:
    """Worn all the time, told by denying it is ever off ("I don't go anywhere without it")."""
    return bool(WORN_WITHOUT_A_BREAK.search(text)) and not _ONLY_WORN.search(text)


def worn_part_of_each_day(text: str) -> bool:
    """Worn for part of every day ("I wear it to work and take it off at home"), and not
    said of a few days only ("weekends I wear it to work" is not) nor denied ("I can't
    wear it to work")."""
    match = WORN_PART_OF_EACH_DAY.search(text)
    if match is None or _NOT_MOST_DAYS.search(text):
        return False
    if match.group(0).lower().startswith(("take", "took")):
        return True  # "I don't take it off at night" is worn more, not less
    return not _NEGATED_BEFORE.search(text[: match.start()])


# "I'd like to but no", "would love to lol but nah, not really": the answer after "but".
BUT_NO = re.compile(r"\bbut\s+(no+|nah|nope|not really|not at all)\b(?=\s*([,.;!]|$|not\b))", re.I)
# "we go every year and twice to Aussie, so yeah fairly often": the answer comes last.
CONCLUDED = re.compile(
    # "it's my engagement ring so yes obviously": with or without the comma.
    # "...half the year, so yes, all over the South Island": a place or a reason may follow.
    r"(?:[,.;]\s*|\s)(so|so,|and so)\s+(?P<answer>yeah?|yes|yep|no|nah|nope)\b(?![^.;!?]*\bbut\b)[^.;!?]*$"
    # "I got it with the ring, pretty sure, yes", "let me check... yeah it's on there":
    # the last clause starts with the answer.
    r"|[,.;!?]\s*(?P<last>yeah?|yes|yep|yup|no|nah|nope)\b[^,.;!?]*$",
    re.I,
)


# The habit said, then the yes: "often yeah", "most days yep", "heaps yeah" (a no word
# before it is read first: "not often yeah" is a no).
TRAILING_YES = re.compile(r"^\W*[a-z][\w' ]{0,25}?\W+(yeah?|yes|yep|yup|yea)\W*$", re.I)


# A "no" that answers nothing: "yes it's listed, no worries", "yep, no dramas", "not a
# problem". Read without them, the answer is what is left.
NO_IDIOM = re.compile(
    r"\b(no|not a|nae|aint no|ain'?t no)\s+(worries|worry|problem|problems|probs|prob|dramas|drama|bother|"
    r"biggie|big deal|stress|fuss|rush|hurry|doubt|question|joke|kidding|lie|cap|offen[cs]e)\b"
    r"|\bno (doubt|question) about it\b|\bnot gonna lie\b|\bnot bad\b",
    re.I,
)


def without_no_idioms(text: str) -> str:
    """The text without the idioms above; the text as it was when it is nothing else."""
    left = " ".join(NO_IDIOM.sub(" ", text).split())
    return left if re.search(r"\w", left) else text


# An answer taken back at once: "yes - well no, only a couple of trips", "yeah, actually
# no", "no wait, yes", "yep I mean nah": the second answer is the one given.
_FIRST_ANSWER = r"(?P<first>ye+s+|yeah?|yea|yep|yup|no+|nah|nope)"
# Not a don't-know or an idiom after it: "yes, sorry, no idea of the figure" keeps its yes.
_SECOND_ANSWER = (
    r"(?P<second>no+|nah|nope|not|ye+s+|yeah?|yea|yep|yup)\b"
    r"(?!\s+(idea|clue|sure|certain|doubt|problem|worries|bother|rush|way|that i know|as far)\b)"
)
# Between the two answers, a sound or a "well" takes the first back too ("yes, hmm, no");
# a "no" does not lead a cue here, it is an answer.
_TAKE_BACK = cue_words("well", A_SOUND)
SELF_CORRECTED = re.compile(
    LEAD_IN
    + _FIRST_ANSWER
    + r"\W+(("
    + _TAKE_BACK
    + r"\W+){1,2}"
    + _SECOND_ANSWER
    + r"|"
    + _SECOND_ANSWER.replace("second", "second2")
    + r"\W+"
    + cue_words(cues=CLOSING)
    + r"\b)",
    re.I,
)


def _taken_back(clean: str) -> str | None:
    """The words after an answer taken back at once, or None."""
    match = SELF_CORRECTED.match(clean)
    if match is None:
        return None
    second = match.group("second") or match.group("second2")
    if match.group("first").lower().startswith("y") == second.lower().startswith("y"):
        return None  # "yes, well yes": the same answer said twice
    start = match.start("second") if match.group("second") else match.start("second2")
    return clean[start:]


def read_yes_no(text: str, intent: str | None = None) -> YesNo | None:
    """What a yes/no answer says; None when it is no answer at all ("hmm", "banana")."""
    clean = " ".join(NO_IDIOM.sub(" ", text).split())
    if not re.search(r"\w", clean):
        return None  # nothing, or "no worries" alone: no answer
    second = _taken_back(clean)
    if second is not None:
        return read_yes_no(second, intent)
    if YEAH_NAH.match(clean):
        return YesNo("no", clean)
    if NAH_YEAH.match(clean):
        return YesNo("between" if ONLY.search(clean) or BETWEEN.search(clean) else "yes", clean)
    if DONT_KNOW.search(clean):
        return YesNo("unknown", clean)
    if ALWAYS_ON.search(clean) or WORN_MOST_DAYS.search(clean) or worn_without_a_break(clean):
        return YesNo("yes", clean)
    if worn_part_of_each_day(clean) and not BETWEEN.search(clean):
        return YesNo("yes", clean)
    if BUT_NO.search(clean):
        return YesNo("no", clean)
    if HABIT_CONCLUDED.search(clean):
        return YesNo("yes", clean)
    otherwise = OTHERWISE.search(clean)
    if otherwise:
        said = otherwise.group("answer").lower()
        return YesNo("yes" if said in {"yes", "yeah", "yep", "yup", "always"} else "no", clean)
    # A plain no with a reason is a no ("no, just for nights out", "no, I rotate them");
    # a yes with a hedge is in between ("yes, sometimes", "yeah, only on holidays").
    # The piece taken off at the gym or in bed is no hedge of "most days".
    weighed = OFF_FOR_A_MOMENT.sub(" ", clean)
    hedged = bool(BETWEEN.search(weighed) or ONLY.search(weighed) or LATER_NO.search(weighed))
    if NO.search(clean):
        return YesNo("no", clean)
    if NEARLY_DAILY.search(clean) and not LATER_NO.search(weighed):
        return YesNo("yes", clean)
    habit = HABIT_YES.search(clean)
    if habit and SHRUG_ONLY.match(clean[habit.end() :]):
        return YesNo("yes", clean)
    if YES.search(clean):
        return YesNo("between" if hedged else "yes", clean)
    if TRAILING_YES.match(clean):
        return YesNo("between" if hedged else "yes", clean)
    concluded = CONCLUDED.search(clean)
    if concluded and not DONT_KNOW.search(clean):
        if not (concluded.group("answer") or concluded.group("last")).lower().startswith("y"):
            return YesNo("no", clean)
        return YesNo("between" if hedged else "yes", clean)
    if hedged:
        # "only on holidays", and "just to the bach now and then": a yes narrowed to the
        # odd occasion ("sometimes" alone, or "a bit", stays in between).
        narrow = bool(ONLY.search(clean)) and (not BETWEEN.search(clean) or bool(OCCASIONAL.search(clean)))
        return YesNo("between", clean, narrow=narrow)
    if intent == "affirm":
        return YesNo("yes", clean)
    if intent == "deny":
        return YesNo("no", clean)
    if intent == "dont_know":
        return YesNo("unknown", clean)
    return None
