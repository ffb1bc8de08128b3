"""What a story about a piece tells: that something happened to it, to which part, how
many pieces, and whether an insurer has already decided.

Read here, decided on in bot/actions (a claim to take in, a decline to explain, or a
question to answer).
"""

from __future__ import annotations

import re

from bot.language.facts import PIECES_NAMED_BY_STONE, item_mentions, item_words_pattern

EVENT = (
    r"(lost|lose|snapped|dropped|broke|broken|cracked|bent|stole|stolen|took|taken|nicked|pinched|damaged|chipped|"
    r"crushed|squashed|smashed|dented|flattened|shattered|missing|gone|"
    # A theft told in the street's words: "someone snatched my chain", "got swiped".
    r"snatched|swiped|mugged|robbed|pickpocketed)"
)
# Said of oneself, "took" is taking a piece off ("I took my ring off to swim"): that is
# no event, unless what follows tells one ("… and now it's gone").
OWN_EVENT = EVENT.replace("took", r"took(?!(?:\s+\w+){0,3}\s+off\b)")
# "I just snapped a prong", "it was stolen", "someone took my ring": it happened.
# A piece or a part of it as the subject of what happened: "the clasp on her bracelet
# broke", "my chain just snapped", "the stone came loose". The pieces are the item
# words (bot/language/facts.py), so "my locket", "her pounamu" or "his signet" tell a
# story as a ring does.
PIECE_WORDS = (
    rf"(prongs?|claws?|stones?|diamonds?|clasps?|settings?|links?|crowns?|straps?|{item_words_pattern()})"
)
PIECE_GAVE_WAY = (
    rf"\b(the|my|our|her|his|\w+'s)\s+(\w+\s+){{0,2}}{PIECE_WORDS}"
    rf"(\s+(on|of|in|from)\s+(the|my|our|her|his|\w+'s)\s+(\w+\s+){{0,2}}{PIECE_WORDS})?"
    r"\s+(just\s+|has\s+|have\s+)?(snapped|broke|cracked|bent|chipped|shattered|fell (off|out)|"
    # "my ring slipped off in the surf", "her bangle slid off", "the earring flew off".
    r"came (off|loose|undone|apart|out)|(slipped|slid|flew|dropped) (off|out)|(is|are) (now )?(loose|missing))\b"
)
# "it slipped off my finger", "they must have fallen out in the car": the piece said
# as "it", gone off the person.
IT_CAME_OFF = (
    r"\b(it|they)\s+(just\s+|must\s+have\s+|must'?ve\s+)?(slipped|slid|fell|fallen|came|come|flew|flown|dropped)\s+"
    r"(off|out)\s+(my|her|his|our|of\s+(my|her|his|our))\s+(\w+\s+)?(finger|wrist|neck|ear|ears|hand|arm|ankle|pocket|bag)\b"
)
# "I need to report a lost ring", "want to report my stolen watch": a claim to take in now.
REPORTS_AN_EVENT = (
    rf"\b(need|want|wanna|have|like|got) to report (a|an|my|our|the|her|his) (\w+\s+)?{EVENT}\b"
)
# Where a piece is kept, or worn.
KEPT_PLACE = (
    r"(dresser|drawers?|jewell?e?ry (box|case|dish|tray|stand|roll)|box|bowl|dish|tray|safe|case|nightstand|"
    r"bedside( table| cabinet)?|table|cabinet|cupboard|wardrobe|closet|vanity|shelf|dressing table|chest|armoire|"
    r"stand|holder|pouch|bag|handbag|purse|pocket|finger|wrist|neck|ears?|locker|spot|place|hook|tin)"
)
# Where it sits out, not locked away: "it wasn't in the safe" is a storage condition.
KEPT_OUT = KEPT_PLACE.replace("safe|", "").replace("locker|", "")
GONE_FROM_ITS_PLACE = (
    r"\b(is|was|are|were|'s|has\s+been|had\s+been)\s+no\s+longer\s+(in|on|at|inside)\s+(the|my|our|her|his|its|their)\s+"
    rf"(\w+\s+){{0,2}}{KEPT_PLACE}\b"
    # Not "wasn't in the safe when it went", which tells where it was kept.
    r"|\b(wasn'?t|was\s+not|weren'?t|were\s+not)\s+(in|on|at|inside)\s+(the|my|our|her|his|its|their)\s+"
    rf"(\w+\s+){{0,2}}{KEPT_OUT}\b[^.!?]{{0,40}}?\b(any\s?more|after|when|since)\b"
    # Now, only with "anymore": "isn't on the dresser when I'm home" is a habit.
    r"|\b(isn'?t|is\s+not|aren'?t|are\s+not)\s+(in|on|at|inside)\s+(the|my|our|her|his|its|their)\s+"
    rf"(\w+\s+){{0,2}}{KEPT_OUT}\b[^.!?]{{0,40}}?\bany\s?more\b"
    r"|\b(has|have|had)(n'?t|\s+not)\s+been\s+(in|on|at|inside)\s+(the|my|our|her|his|its|their)\s+"
    rf"(\w+\s+){{0,2}}{KEPT_PLACE}\b"
    # "the ring isn't anywhere in my apartment": searched for, not found.
    r"|\b(isn'?t|is\s+not|aren'?t|are\s+not|wasn'?t|was\s+not|weren'?t|were\s+not)\s+anywhere\s+(in|on|at|inside|around)\s+"
    r"(the|my|our|her|his|its|their)\s+(\w+\s+){0,2}(house|home|apartment|flat|unit|place|room|bedroom|car|ute|office|"
    r"bag|handbag|purse|drawers?|box|garden|yard|section)\b"
)
# Gone without saying how (lost or taken is the claim's question): not found anywhere,
# "my mother's ruby ring isnt anywhere in my apartment", "the bracelet is nowhere to be
# found", "can't find it anywhere"; or the place it was kept found emptied, "came back
# and the locker was empty", "someone cleaned out my locker".
GONE_UNEXPLAINED = (
    r"\b(is|are|was|were)\s*(n'?t|\s+not)\s+anywhere\s+(in|at|on|around|inside)\b"
    r"|\b(isnt|arent|wasnt|werent)\s+anywhere\s+(in|at|on|around|inside)\b"
    r"|\b(is|are|was|were|'s)\s+nowhere\s+to\s+be\s+(found|seen)\b"
    r"|\b(can'?t|cannot|couldn'?t|could\s+not)\s+find\s+(it|them)\s+anywhere\b"
    r"|\b(the|my|our)\s+(\w+\s+)?(locker|safe|lock-?box|jewell?e?ry\s+(box|case)|glove\s?box)\s+"
    r"(was|were|had\s+been)\s+(\w+\s+)?(empty|emptied|cleaned\s+out|cleared\s+out|ransacked)\b"
    r"|\b(someone|somebody|they)\s+(had\s+)?(cleaned|cleared|emptied)\s+(out\s+)?(the|my|our)\s+(\w+\s+)?"
    r"(locker|safe|lock-?box|jewell?e?ry\s+(box|case)|glove\s?box)\b"
)
HAPPENED = re.compile(
    # At the start of the message or of a sentence, its subject left out: "Lost it hiking".
    # (after a greeting too: "gday, lost my TAG on Labour Day", "hi there - lost my ring").
    r"(^|[.!?;]\s+)\s*((hi|hey|hello|hiya|g'?day|kia ora|morning|evening|ugh|so|well|ok|okay|um|hmm)"
    r"(\s+(there|mate|all|team|guys|folks))?[,!.\s-]+)?"
    rf"{OWN_EVENT}\b"
    rf"|{PIECE_GAVE_WAY}|{IT_CAME_OFF}|{REPORTS_AN_EVENT}"
    rf"|\b(i|we|i've|we've)\s+(just\s+|have\s+|had\s+)?{OWN_EVENT}\b"
    # "I took it off and lost it": the event after the taking off.
    rf"|\b(and|then|but)\s+(then\s+|now\s+)?(i\s+|we\s+)?(just\s+)?{OWN_EVENT}\b"
    # "bought a ring with the care plan, lost it at the beach": a clause of its own after
    # a comma, its subject left out and the piece a pronoun.
    rf"|,\s*(then\s+)?(just\s+)?{OWN_EVENT}\s+(it|them)\b"
    rf"|\b(someone|somebody|they|burglars|thieves|he|she)\s+(just\s+|have\s+|had\s+)?{EVENT}\b"
    # "the missus lost her engagement ring", "my daughter snapped her chain": told of
    # someone close, whose piece it is.
    r"|\b(the|my|our)\s+(missus|mrs|wife|husband|hubby|partner|daughter|son|mum|mom|mother|dad|father|nan|nana|"
    r"grandma|grandmother|girlfriend|boyfriend|fianc[eé]e?|kids?|toddler|sister|brother)\s+"
    rf"(just\s+|has\s+|had\s+)?{OWN_EVENT}\b"
    # "some guy grabbed my necklace right off my neck", "a kid ripped my chain off".
    r"|\b(some|a|this|the)\s+(guy|man|woman|bloke|kid|person|dude|thief|stranger|lady)\s+(just\s+)?"
    r"(grabbed|ripped|yanked|snatched|stole|took|nicked|pinched|swiped|cut|slashed|snipped)\s+(my|our|her|his|the)\b"
    # "somebody cut my bracelet from hand": a thief's cut, told by a learner too.
    r"|\b(someone|somebody)\s+(just\s+)?(cut|slashed|snipped)\s+(my|our|her|his|the)\b"
    rf"|\b(was|were|got|has been|have been|is|are|'s|went|has gone|got broken)\s+(just\s+)?"
    # "it's all bent", "it's completely smashed": the event, said strongly.
    rf"((all|completely|totally|badly|really|pretty|quite|a bit|slightly|now)\s+)?{EVENT}\b"
    # "it went down the garbage disposal", "slipped down the drain": gone where it breaks or is lost.
    r"|\b(went|gone|fell|slipped|dropped)\s+(down|into|in)\s+(the|a|our|my)\s+(\w+\s+)?"
    r"(disposal|drain|sink|plughole|plug hole|toilet|loo|grate|gutter|drain pipe)\b"
    r"|\bgot broken into\b|\bbroke in\b"
    # "the guy who came to fix our dishwasher took my ring": someone else took it.
    r"|(?<!\bi )(?<!\bwe )\btook (my|our|her|his)\b"
    # "my wife's ring disappeared from the nightstand", "the movers lost my watch", "one
    # of the guests stole my bracelet": gone, or someone else did it.
    rf"|\b(the|my|our|her|his|\w+'s)\s+(\w+\s+){{0,2}}{PIECE_WORDS}\s+(just\s+|has\s+|have\s+)?"
    r"(disappeared|vanished|went missing|gone missing|walked off)\b"
    r"|\b(the|our|my|one of the|a)\s+(movers|removalists|cleaners?|guests?|visitors?|builders?|tradies|painters?|"
    r"plumbers?|kids?|toddler|baby|dog|puppy|cat|airline|hotel|valet|courier)\s+(just\s+)?"
    r"(lost|stole|took|broke|flushed|swallowed|chewed|ate|dropped|smashed|damaged|nicked|pinched)\b"
    # "now we can't find her wedding ring anywhere", "earrings that have just disappeared",
    # "my watch was steal" (the verb's plain form, as a learner may write it).
    r"|\b(can'?t|cannot|couldn'?t|could\s+not|still\s+can'?t)\s+find\s+(my|our|her|his|the|\w+'s)\s+(\S+\s+){0,2}"
    rf"({PIECE_WORDS}|jewell?e?ry)\b"
    # A piece no longer where it is kept: "my watch is no longer in the dresser", "her
    # locket wasn't on the dresser anymore", "hasn't been in the bowl since Tuesday".
    rf"|{GONE_FROM_ITS_PLACE}"
    rf"|{GONE_UNEXPLAINED}"
    # Sent down a drain by someone, a child or a pet: "my 2 year old flushed my stud
    # down the toilet", "the dog knocked my earring into the drain".
    r"|\b(flushed|knocked|threw|chucked|tossed|pushed|posted|dropped|flicked|kicked)\s+(\S+\s+){1,5}?(down|into|in)\s+"
    r"(the|a|our|my)\s+(\w+\s+)?(disposal|drain|sink|plughole|plug hole|toilet|loo|grate|gutter|drain pipe|dunny)\b"
    rf"|\b{PIECE_WORDS}\s+(that|which)\s+(has|have|had|was|were)\s+(just\s+)?(been\s+)?"
    r"(disappeared|vanished|gone missing|taken|stolen|lost|snatched)\b"
    r"|\b(was|were|is|are|got)\s+(steal|stole|break|lose|disappear)\b"
    # "a stolen watch? happened thursday": the day it happened, said.
    r"|\b(it\s+|this\s+|that\s+)?happened\s+(on\s+)?(yesterday|today|tonight|this\s+(morning|arvo|afternoon|week)|"
    r"last\s+(night|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|(\d+|a|one|two|three|few|couple\s+of)\s+(days|weeks)\s+ago)\b",
    re.I,
)

# The event alone as the whole message: "stolen", "lost it", "ring stolen", "it's broken".
ONLY_AN_EVENT = re.compile(
    r"^\W*((it|it'?s|it was|it got|its|((my|our|the)\s+)?(\w+\s+)?"
    rf"{PIECE_WORDS}(\s+(was|got|is|'s|has))?)\s+)?"
    r"(stolen|lost|broken|broke|damaged|missing|gone missing|nicked|snapped|cracked|pinched)"
    r"(\s+it)?\W*$",
    re.I,
)


def only_tells_an_event(text: str) -> bool:
    """The whole message is what happened, in a word or three ("stolen", "lost it")."""
    return bool(ONLY_AN_EVENT.search(text))


PIECE_PART = re.compile(
    r"\b(prongs?|claws?|stones?|diamonds?|clasps?|chains?|settings?|pearls?|emeralds?|sapphires?)\b", re.I
)

# Words of a claim already made or an insurer's decision. A story without any of them
# ("the stone fell out, the jeweler says the prongs are worn") is a claim still to
# make, not a decline to explain.
INSURER_DECIDED = re.compile(
    r"\b(claim\w*|insur\w*|insurer|polic(y|ies)|paid|pay\w*|cover\w*|offer\w*|settle\w*|declin\w*|"
    r"den(y|ied|ial)|refus\w*|reject\w*|turned (me |it )?down|knocked back|told (me )?no|said no|"
    r"excess|deductible|limit|max(imum)?|assessor|adjuster|underwriter|care plan|exclu\w*)\b",
    re.I,
)

# A decision already made: "they declined", "only offered $16,000", "my claim".
DECISION_MADE = re.compile(
    r"\b(declined|denied|refused|rejected|turned (me |it )?down|knocked back|"
    r"(only|just) (pay|paid|offer\w*|gave|give|cover\w*)|paid (me )?|offered|why did|(won'?t|wouldn'?t|didn'?t|did not|will not) (pay|cover)|"
    r"my claim|our claim|the claim (was|got)|they said|told (me|us))\b",
    re.I,
)

# "$50,000 of jewellery", "everything in my jewelry box": several pieces, so there is no
# one piece to ask about.
SEVERAL_PIECES = re.compile(
    r"\b(jewell?e?ry|pieces|everything|collection|all (my|our|her) \w+|rings|necklaces|bracelets|watches)\b",
    re.I,
)


# "how long do I usually have to report a lost ring?": how long one has, not a report to make.
TIME_TO_REPORT = re.compile(r"\bhow\s+(long|soon|quickly|many\s+days)\b[^?.!]*", re.I)


GONE_UNEXPLAINED_SAID = re.compile(GONE_UNEXPLAINED, re.I)


def tells_it_is_gone_unexplained(text: str) -> bool:
    """Tells a piece is gone without saying how ("isn't anywhere in the house", "the
    locker was empty"): a claim whose kind the intake asks."""
    return bool(GONE_UNEXPLAINED_SAID.search(TIME_TO_REPORT.sub(" ", text)))


# "How long do I have to report a stolen ring? It happened about 3 weeks ago": the event
# named in the question, then told as their own by when it happened.
HAPPENED_WHEN = re.compile(
    r"\b(it|this|that|which)\s+(happened|was|went missing|went)\b[^.?!]{0,40}?"
    r"\b(\d+|a|an|one|two|three|four|five|six|few|couple of)\s+(days?|weeks?|months?)\s+ago\b"
    r"|\b(it|this|that)\s+happened\s+(yesterday|last\s+\w+|on\s+\w+|this\s+(morning|week|weekend))\b"
    r"|\bhappened\s+to\s+(me|us)\b",
    re.I,
)


# A loss feared, not had: "I'm terrified of losing my engagement ring", "my biggest fear
# is it getting stolen", "paranoid about my ring being nicked at the gym", "I don't want
# that to happen with mine". Not when a loss is told with its day ("I was so worried
# when I lost it yesterday").
FEARED_LOSS = re.compile(
    r"\b(terrified|scared|afraid|worried|worry(ing)?|paranoid|nervous|anxious|fear(s|ful)?|freak(ed|ing)? out|"
    r"concerned|dread(ing)?|nightmare|petrified)\b[^.!?]{0,40}?\b(los(e|ing)|steal(ing)?|nick(ing)?|pinch(ing)?|"
    r"damag(e|ing)|break(ing|s)?|drop(ping|s)?|scratch(ing|es)?|snap(ping|s)?|"
    # Said of what may happen, not of what did ("worried it was stolen" is a loss had).
    r"(get|gets|getting|be|being)( \w+)? (lost|stolen|nicked|pinched|damaged|broken|taken|robbed|burgled|scratched|"
    r"dropped|snapped)|burglar(y|ies|s)|mugg(ing|ers?)|robber(y|ies)|theft)\b|"
    r"\b(don'?t|do not) want (that|it|this|the same( thing)?) to happen\b|"
    # "I'd be gutted if I lost it": a feeling supposed, not had.
    r"\b(i'?d|i would|she'?d|she would|we'?d|we would) be (so |really |absolutely )?(gutted|devastated|heartbroken|"
    r"upset|lost|crushed|sick)\b[^.!?]{0,10}\bif\b",
    re.I,
)


def tells_a_feared_loss(text: str) -> bool:
    """A loss feared rather than had (the guide's to advise on, not a claim)."""
    return bool(FEARED_LOSS.search(text)) and not RECENT_TIME.search(text)


def tells_it_happened(text: str) -> bool:
    """Tells of something that happened to a piece ("I just snapped a prong"), or names
    the event in a question and then says when it happened to them."""
    if HAPPENED.search(TIME_TO_REPORT.sub(" ", text)):
        return True
    if TOLD_FIRST_BY_LOSS.search(text) and WHEN_TOLD.search(text):
        return True
    named = PIECE_NAMED_BY_LOSS.search(text) or PIECE_ASKED_ABOUT_BY_LOSS.search(text)
    return bool(named and HAPPENED_WHEN.search(text))


# A piece named by what happened to it, without a verb of telling: "my stolen necklace",
# "the lost ring", "ring stolen from gym bag", "earrings lost at the beach", "a bracelet
# nicked by our house-sitter".
LOSS_WORDS = (
    r"(stolen|lost|missing|nicked|pinched|snatched|swiped|taken|broken|damaged|smashed|cracked|snapped)"
)
PIECE_NAMED_BY_LOSS = re.compile(
    rf"\b(my|our|her|his|the|\w+'s)\s+(\w+\s+)?{LOSS_WORDS}\s+(\w+\s+)?{PIECE_WORDS}\b"
    rf"|(^|[.!?;]\s*|\b(my|our|her|his|the|a|an|one|1|\w+'s)\s+)(\w+\s+){{0,2}}?{PIECE_WORDS}\s+"
    rf"(got\s+|was\s+|were\s+)?{LOSS_WORDS}\s+(from|at|in|on|by|out|off|outside|while|during|when|overnight|"
    r"last|yesterday|today)\b",
    re.I,
)

# A piece named by its loss to open the message, telegraph-style, with when it happened:
# "earrings stolen from hotel room 2 days ago, 1500 bucks, do i need a police report?",
# "ring nicked at the gym yesterday - what do I do?". Told, not asked about.
TOLD_FIRST_BY_LOSS = re.compile(
    r"^(?!\W*(is|are|was|does|do|did|can|could|will|would|should|what|how|if|when|who|say|suppose|say if)\b)"
    rf"\W*(hi|hey|hello|kia ora|morning)?\W*((my|our|her|his|the|\w+'s)\s+)?(\w+\s+){{0,2}}?{PIECE_WORDS}\s+"
    rf"(got\s+|was\s+|were\s+|been\s+)?{LOSS_WORDS}\b",
    re.I,
)
WHEN_TOLD = re.compile(
    r"\b(\d+|a|an|one|two|three|four|five|six|few|couple of)\s+(days?|weeks?|months?|hours?|hrs?)\s+ago\b"
    r"|\b(yesterday|last\s+(night|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"this\s+(morning|afternoon|week|weekend)|on\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+\d+\w*))\b",
    re.I,
)


# A piece that stopped doing its job, told as what happened: "my new watch stopped working
# after 5 weeks", "it quit ticking", "the clasp keeps coming undone", "it won't keep time".
# A fault, not a loss; beside a refusal it is what the insurer refused to pay for.
DEFECT = re.compile(
    r"\b(stopped|quit|quits|stops|keeps\s+stopping|has\s+stopped|just\s+stopped)\s+(working|ticking|running|keeping\s+time)\b"
    r"|\b(won'?t|wont|doesn'?t|does\s+not|will\s+not|no\s+longer)\s+(keep\s+time|tick|run|wind|work|close|stay\s+(shut|closed|on))\b"
    r"|\bkeeps\s+(coming\s+(undone|open|loose|apart)|falling\s+(apart|off|open)|stopping|losing\s+time|breaking)\b"
    r"|\b(it|watch|clasp|strap|band|crown|movement|battery|chain)\s+(died|broke\s+down|packed\s+(it\s+)?in|fell\s+apart|came\s+apart)\b"
    r"|\b(faulty|defective|defect|manufacturing\s+(fault|flaw|defect))\b",
    re.I,
)


def tells_of_a_defect(text: str) -> bool:
    """Tells that a piece stopped working or came apart by itself ("my new watch stopped
    working after 5 weeks"): a fault, which an insurer may refuse as one."""
    return bool(DEFECT.search(text))


# The piece named by its loss in a question: "how long do I have to report a stolen ring?".
PIECE_ASKED_ABOUT_BY_LOSS = re.compile(rf"\b(a|my|our)\s+(\w+\s+)?{LOSS_WORDS}\s+{PIECE_WORDS}", re.I)


def tells_of_a_loss(text: str) -> bool:
    """Tells what happened to a piece, by a verb ("it was stolen") or by naming the
    piece so ("my stolen necklace", "ring stolen from gym bag")."""
    return tells_it_happened(text) or bool(PIECE_NAMED_BY_LOSS.search(TIME_TO_REPORT.sub(" ", text)))


# "my mom's jewelry", "our jewellery": someone's jewelry named without saying which piece
# (the claim intake asks which). Jewelry of no one ("is jewelry that's stolen on
# holiday covered?") is a question about cover.
# "my pounamu", "her greenstone": a piece named by its stone alone, as New Zealanders do.
JEWELRY_IN_GENERAL = re.compile(
    rf"\b(my|our|her|his|\w+'s)\s+(\w+\s+){{0,2}}(jewell?e?ry|jewels|{'|'.join(PIECES_NAMED_BY_STONE)})\b",
    re.I,
)


def names_jewelry_in_general(text: str) -> bool:
    """Names someone's jewelry without a piece ("they took my mom's jewelry")."""
    return bool(JEWELRY_IN_GENERAL.search(text))


def names_a_piece_part(text: str) -> bool:
    """Names a part of a piece (a prong, a clasp, a stone) rather than the piece."""
    return bool(PIECE_PART.search(text))


# Asking to make a claim is no claim made: "can I claim?", "is this something I can claim
# on my insurance?", "I'd like to put in a claim".
CLAIM_TO_MAKE = re.compile(
    r"\b(can|could|should|do|may|will) (i|we) (still )?(make a |file a |lodge a |put in a |put a )?claim"
    r"(( (it|this|that))?( (for|on) (it|this|that|them))?)?"
    r"( (on|through|under|with|from) (my|our|the) (\w+ )?(insurance|policy|insurer|cover|contents|homeowners))?"
    r"|\b(want|like|need|going|how|wanting|wanna|trying|hoping|looking) (to|do i|do we) "
    r"(make|file|lodge|start|put in|put|open|submit|raise|begin) (a |my |the )?claim( in| through)?\b"
    # "I'd like to claim for it", "we need to claim on the contents".
    r"|\b(want|like|need|going|wanting|wanna|hoping) to claim\b"
    r"|\bclaimable\b"
    # "is it possible to make a claim for...", "would I be able to claim": asked formally.
    r"|\b(possible|able|allowed|eligible) to (make a |file a |lodge a |put in a |put a )?claim\b"
    # "is that something I can claim?", "anything we could claim for".
    r"|\b(something|anything) (i|we) (can|could|might|should) (still )?(make a )?claim( (for|on))?\b",
    re.I,
)


def speaks_of_an_insurer(text: str) -> bool:
    """Has any word of a claim, a policy or an insurer's decision (asking to make a claim
    is none)."""
    return bool(INSURER_DECIDED.search(CLAIM_TO_MAKE.sub(" ", text)))


# A claim already made, or a word of what the insurer made of it. Without any of these, a
# policy named beside the story ("my contents only covers $2,000 for jewellery unless it's
# specified") tells of the cover, and the story is a claim still to make.
CLAIM_MADE_OR_DECIDED = re.compile(
    r"\b(claim\w*|declin\w*|den(y|ied|ial)|refus\w*|reject\w*|turned (me |it |us )?down|knocked back|"
    r"told (me |us )?no|said no|offer\w*|paid|pay ?out|settle\w*|assessor|adjuster|underwriters?|"
    r"(won'?t|wouldn'?t|didn'?t|did not|will not|not|never) (pay|cover\w*)|excluded|exclusion|"
    r"(insurer|insurance|they|agent|broker|company) (says?|said|told|reckons?)|"
    r"(insurer|insurance|they|agent|broker|company) (is|are) (saying|telling)|"
    # "got back only $900", "got nothing": money; not "we got back last night" (home).
    r"(got|get|getting|received|gave (me|us)|giving (me|us)) (nothing|zero|nada|only|just)|"
    r"(got|get|getting|received) back ((only|just|about|around|nothing|zero|nada|less|half)\b|(nz|us)?\$?\s?\d)|"
    # "the insurer got back to us": an answer on the claim.
    r"(got|gotten|get|getting) back to (me|us)|"
    r"pa(y|ys|ying) (me |us )?nothing)\b",
    re.I,
)


def tells_of_a_claim_made_or_decided(text: str) -> bool:
    """Speaks of a claim already made or of what the insurer decided or said."""
    return bool(CLAIM_MADE_OR_DECIDED.search(text))


def tells_of_a_decision(text: str) -> bool:
    """Tells of a decision already made on the person's claim ("they only offered")."""
    return bool(DECISION_MADE.search(text))


def speaks_of_several_pieces(text: str) -> bool:
    """Speaks of several pieces ("$50,000 of jewellery", "everything"): no one piece."""
    return bool(SEVERAL_PIECES.search(text))


# A loss told as over and done, with a new piece or this time asked about: "I lost a ring
# last year and the insurer paid out fine, now I got a new one", "we had a claim denied
# a couple of years back, this time I want to get it right". The earlier loss is
# background: no claim to take in and no decline to explain.
# A replacement the person buys or has bought (not one an insurer would pay for: "will
# they pay for a replacement?" is a claim's question).
REPLACEMENT_BOUGHT = (
    r"\b(buying|bought|buy|getting|got|picked up|picking up|ordered|ordering|purchased|purchasing|chose|chosen)\s+"
    r"(myself\s+|herself\s+|her\s+|him\s+|us\s+|me\s+)?(a|the|my|our|her|his)\s+replacement\b"
    r"|\b(i'?m|i\s+am|we'?re|we\s+are|i'?ve|we'?ve|just|finally)\s+(\w+\s+)?replac(ing|ed)\s+(my|our|her|his|the|mum'?s|mom'?s|\w+'s)\b"
    r"|^\W*replacing\s+(my|our|her|his|the|\w+'s)\b"
    r"|\bfor\s+the\s+replacement\b[^.?!]{0,40}\b(should|do|would|what|how|which)\b"
)
REPLACEMENT_BOUGHT_SAID = re.compile(REPLACEMENT_BOUGHT, re.I)
EARLIER_TIME = re.compile(
    r"\b(last year|the year before|(a|one|two|three|four|five|\d+) years? (ago|back)|"
    r"(a )?(few|couple( of)?) (of )?years (ago|back)|years (ago|back)|a while (ago|back)|"
    r"in (19|20)\d\d|back in|once before|previously|the last time|last time|"
    # "one of my earrings got bent once when it caught on a jumper": one time, gone by.
    r"(got|was|were|had)\b[^.;!?]{0,30}\bonce(?=\s*(when|while|at|on|in|years|,|\.|$))|"
    # "the center stone fell out of my last ring": a piece of before.
    r"(my|our|her|his) (last|previous|former) (ring|watch|necklace|bracelet|earrings?|pendant|piece|one|chain|band)|"
    # A season or a holiday gone by: "broken into last spring", "lost at a wedding last summer".
    r"(last|the previous) (spring|summer|autumn|fall|winter|christmas|xmas|easter|new year'?s?|thanksgiving)|"
    # A claim or an insurer of before: "my last claim", "the previous insurer", "a claim of
    # mine", "got burned before".
    r"((my|our|a|the) )?(last|previous|old|earlier|former|prior) (claim|insurer|insurance( company)?|policy|provider)|"
    r"a claim of (mine|ours)|(been|got|was|were) burn(ed|t) before)\b",
    re.I,
)
NEW_OR_THIS_PIECE = re.compile(
    r"\b(a|my|our|the|her|his) new (one|piece|\w+)\b|\b(a|my|our|the|her|his) new (nz|us)?\$\d|\bthis (one|time(?! last)|piece)\b|"
    r"\b(now|since then|this year) (i|we)('ve| have)? (got|bought|have|own|picked up)\b|"
    r"\b(just|recently) (got|bought|picked up|inherited|been given|was given)\b|\bnext time\b|\bgoing forward\b|\bfrom now on\b"
    # "got new ones for $1900, should i specify these ones?", "the new pair".
    r"|\b(got|bought|getting|buying|have|ordered) (some |a )?new (ones|pair|set)\b|\bthese ones\b"
    r"|(^|[.!?;]\s*)new (\w+ )?(one|ones|pair|set|piece|ring|watch|necklace|bracelet|earrings|pendant|band|chain)\b"
    # A replacement of the person's own buying: "buying a replacement for the watch that
    # got smashed", "for the replacement, should I...", "replacing the ring that went missing".
    rf"|{REPLACEMENT_BOUGHT}"
    # Cover looked for anew: "so I'm shopping around", "looking for a new insurer".
    r"|\bshopping around\b|\blooking (for|at) (a )?(new|different|another|better) (insurer|insurance|provider|policy|cover)\b"
    # "my replacement Omega", "the replacement ring".
    r"|\b(my|our|the|a|her|his) replacement\b",
    re.I,
)


# A loss told as recent ("stolen yesterday", "last weekend") is one to take in, even
# beside an earlier one ("my ring went last year and now my necklace, on Saturday").
RECENT_TIME = re.compile(
    r"\b(yesterday|last night|this morning|this arvo|this afternoon|today|tonight|earlier today|"
    r"last (week|weekend|month|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|"
    r"on (the )?(weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|"
    r"(\d+|a|one|two|three|few|couple( of)?) (days|weeks|hours) ago)\b",
    re.I,
)


def tells_of_an_earlier_loss(text: str) -> bool:
    """A loss or claim placed well in the past, beside a new piece or "this time", and
    no loss told as recent; or a replacement the person is buying for the piece the
    story is about ("buying a replacement for the watch that got smashed"): the loss is
    behind them whenever it was."""
    if REPLACEMENT_BOUGHT_SAID.search(text):
        return True
    return bool(EARLIER_TIME.search(text) and NEW_OR_THIS_PIECE.search(text) and not RECENT_TIME.search(text))


# Where the question about the new piece starts: "so this time...", "now I got...".
ASKING_PART = re.compile(
    r"\b(this (one|time(?! last)|piece)|(a|my|our|the|her|his) new (one|piece|\w+)|now (i|we)|next time|"
    r"going forward|from now on|"
    # "... I just inherited my mom's necklace": the new piece, after the earlier loss.
    r"(just|recently) (got|bought|picked up|inherited|been given|was given))\b",
    re.I,
)


def piece_asked_about_after(text: str) -> str | None:
    """The piece named after an earlier loss, where the new question starts ("... this
    time I want to get it right. What should I do to cover my Rolex?": the watch), or
    None when that part names none ("now I got a new one")."""
    start = ASKING_PART.search(text)
    if start is None:
        return None
    mentions = [m for m in item_mentions(text) if m.start >= start.start()]
    return str(mentions[-1].value) if mentions else None


# A piece told as covered already ("I already have my engagement ring on a jewelry
# floater", "my watch is scheduled", "we've insured the ring"), in its own clause.
COVERED_ALREADY = re.compile(
    r"\b(already|(is|are|'s|'re|was|were) (now )?(scheduled|specified|listed|itemi[sz]ed|insured|covered)|"
    r"(on|under) (a|an|the|my|our|its own) ([\w-]+ ){0,2}(floater|rider|schedule|endorsement)|"
    r"(i|we)('ve| have| had)? (scheduled|specified|listed|itemi[sz]ed|insured))\b",
    re.I,
)
CLAUSE_END = re.compile(
    r"[.!?;]|\s[-–—]\s|\b(but|and now|now|so)\b|,\s*(?=(what|how|should|do|can|is|are|would|will)\b)", re.I
)


def piece_not_covered_yet(text: str) -> str | None:
    """Of two or more kinds of piece, the first not told as covered already: "I already
    have my engagement ring on a floater. Just bought a $2,800 necklace - should I add
    it?" asks about the necklace. None when no piece, or every piece, is so told."""
    mentions = item_mentions(text)
    if len({m.value for m in mentions}) < 2:
        return None
    uncovered = [m for m in mentions if not COVERED_ALREADY.search(_clause_of(text, m.start, m.end))]
    if not uncovered or len(uncovered) == len(mentions):
        return None
    return str(uncovered[0].value)


def _clause_of(text: str, start: int, end: int) -> str:
    before = [m.end() for m in CLAUSE_END.finditer(text, 0, start)]
    after = CLAUSE_END.search(text, end)
    return text[(before[-1] if before else 0) : (after.start() if after else len(text))]


# What the policy says, read by the person ("I know the policy says anything over $5,000
# has to be in a safe", "our policy has the jewellery limit at $10,000", "the wording
# states unlisted pieces are only covered up to $2,000"): a condition of the cover, to
# the end of its sentence. Told beside a loss, it is a risk for the claim, not a decision.
POLICY_READ = re.compile(
    r"\b(polic(y|ies)|wording|schedule|pds|fine print|small print|terms)\b(\s+\w+){0,3}?\s+"
    r"(says?|said|states?|reads?|requires?|stipulates?|has|have|specifies|lists?|spells? out)\b"
    # To the end of the sentence, or to where the insurer's part begins ("... but they
    # denied it anyway").
    r"[^.!?]*?(?=\b(but|however|yet|though)\b|\band (they|the insurer|insurer|the insurance|insurance|"
    r"the assessor|the adjuster)\b|[.!?]|$)",
    re.I,
)


# A refusal or an underpayment in words the patterns above leave out: "won't be paying",
# "isnt covered", "they're only paying $2,500".
REFUSED_IN_OTHER_WORDS = re.compile(
    r"\b(won'?t|wont|will not|not) be pay\w*|\b(is|are|was|were)(n'?t| not) covered\b|\bnot covered\b"
    r"|\b(only|just) paying\b|\bcome back (and )?(said|saying|with)\b",
    re.I,
)


# What the insurer told the person to do, to the end of its clause: "my insurer told me to
# file a claim with you", "they said to ring the store". An instruction, no decision.
TOLD_WHAT_TO_DO = re.compile(
    r"\b(told|asked|advised|instructed|recommended|said)\s+((me|us)\s+)?to\s+"
    r"((file|make|lodge|put\s+in|start|submit|open)\s+(a|the|my|our)\s+claim|"
    r"(contact|call|ring|phone|email|talk\s+to|speak\s+to|see|go\s+to|come\s+(in\s+)?to|get\s+in\s+touch\s+with)\s+"
    r"(you|the\s+(store|shop|jewell?er)|your\s+(store|shop)))\b"
    r"((?!\b(but|and|so|though|yet|then)\b)[^.?!;,])*",
    re.I,
)


def speaks_of_a_decision(text: str) -> bool:
    """Has words of a decision, or of a claim already made: a refusal, a payment or an
    offer, or what the insurer said. Asking to make a claim ("can we still claim?") and
    what the policy's terms say are no decision."""
    told = POLICY_READ.sub(" ", CLAIM_TO_MAKE.sub(" ", TOLD_WHAT_TO_DO.sub(" ", text)))
    return any(p.search(told) for p in (CLAIM_MADE_OR_DECIDED, DECISION_MADE, REFUSED_IN_OTHER_WORDS))


# Words that name damage to a piece (or its repair): "chipped", "the break", "a loose
# stone", "bent prong", "getting it fixed".
DAMAGE_NAMED = re.compile(
    r"\b(damag\w*|break|breaks|breaking|broke|broken|crack\w*|chip|chips|chipped|chipping|scratch\w*|"
    r"dent|dents|dented|bent|bend\w*|snap\w*|shatter\w*|smash\w*|crush\w*|squash\w*|warp\w*|loose|"
    r"prongs?|claws?|settings?|repair\w*|fix|fixed|fixing|mend\w*|wear|worn|wore (thin|through|down))\b",
    re.I,
)


# A stone out of its setting, the piece still in hand: "if the diamond just falls out",
# "a sapphire that pops out", "my ring lost a stone", "a pearl came loose".
STONE_OUT = re.compile(
    r"\b(stones?|diamonds?|gems?|gemstones?|pearls?|sapphires?|rub(y|ies)|emeralds?|opals?|rocks?)\s+"
    r"(just\s+|ever\s+|somehow\s+|suddenly\s+|then\s+)?(falls?|fell|fallen|falling|comes?|came|coming|pops?|popped|popping|"
    r"drops?|dropped|dropping|works?|worked|slips?|slipped)\s+(out|loose|free)\b"
    r"|\b(lose|loses|lost|losing)\s+(a|the|its|one of (the|its|her|his|my))\s+(\w+\s+)?"
    r"(stones?|diamonds?|gems?|gemstones?|pearls?|sapphires?|rub(y|ies)|emeralds?|opals?)\b",
    re.I,
)


def names_a_stone_coming_out(text: str) -> bool:
    """Names a stone falling or coming out of a piece ("if the diamond just falls out"):
    wear or damage to the piece, not the piece lost or stolen."""
    return bool(STONE_OUT.search(text))


# The policy's care condition named: "not taking 'reasonable care'", "reasonable
# precautions", "is that reckless?", "grossly careless", "gross negligence".
CARE_CONDITION = re.compile(
    r"\breasonable\W{0,2}\s+(care|precautions?|steps)\b|\breckless(ly|ness)?\b|\bgross(ly)?\s+(careless|negligen)\w*"
    r"|\bcare (condition|clause|requirement)s?\b",
    re.I,
)


def names_the_care_condition(text: str) -> bool:
    """Names the policy's reasonable-care condition ("can they decline for not taking
    'reasonable care'? what does that even mean"): the answer that says what it is."""
    return bool(CARE_CONDITION.search(text))


def subjects_named(text: str, claim_type: str | None = None) -> frozenset[str]:
    """What a question is about, of the subjects some FAQ answers are only for
    (knowledge/faq.yml `asked_about`): damage, named in the words or the kind of claim
    being taken down ("will they need to see it?" during a damage claim)."""
    subjects = set()
    if DAMAGE_NAMED.search(text) or claim_type == "damage":
        subjects.add("damage")
    return frozenset(subjects)
