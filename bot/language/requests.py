"""What a message asks for, whatever form is open: a person, an answer to a question,
advice about the person's own piece, or nothing yet ("just asking").

The actions decide what to do about it; reading the words is done here.
"""

from __future__ import annotations

import re

from bot.language.facts import CARE_PLAN, item_mentions, item_words_pattern
from bot.language.stories import tells_it_happened, tells_of_an_earlier_loss
from bot.language.text import sentences

# The pieces, one list for every reader (bot/language/facts.py ITEM_WORDS).
PIECES = item_words_pattern()

# A real question: ends with a question mark, or opens with a question word (after a
# "hang on", "wait" or "sorry"). The form answers it through the FAQ and then resumes.
QUESTION = re.compile(
    r"\?\s*$|^\s*(hang on|wait|sorry|um+|so)?[, ]*(what|how|why|which|who|is|are|does|do|can|could|should|will|would)\b",
    re.I,
)

# The whole message names a person to reach: "representative", "agent please", "a real
# human pls", "customer service!", "live agent now".
ONLY_A_PERSON_WORDS = (
    r"^\W*((i want|i need|get me|give me|connect me (to|with))\s+)?(a\s+|an\s+|the\s+)?"
    r"((real|live|actual)\s+)?(human|person|agent|representative|rep|operator|manager|supervisor|"
    r"customer (service|support|care)( rep(resentative)?| agent)?|staff member)"
    r"(\s+(please|pls|plz|now|asap))?\W*$"
)

# "I want to talk to someone at the store": a person, whatever else the message says.
ASKS_FOR_A_PERSON = re.compile(
    # "talk to an actual person", "put me through to customer service", "chat with one
    # of your team", "speak to a jeweller".
    r"\b((talk|speak|chat)\s+(to|with)|put\s+me\s+through\s+to|transfer\s+me\s+to|connect\s+me\s+(to|with))\s+"
    r"(a\s+|an\s+|the\s+|one\s+of\s+(your|the)\s+|someone\s+(from|in|on)\s+(your|the)\s+)?"
    r"((real|actual|live|proper)\s+)?"
    r"(person|human|someone|somebody|staff|agent|people|team|manager|jewell?er|representative|rep|"
    r"customer\s+(service|support|care)|support|sales\s+team)\b"
    r"|\b(can|could|would)\s+(someone|somebody|a person|one of (you|your team|your staff))"
    r"(\s+(from|at|in)\s+(the|your)\s+(store|shop|team|office))?\s+(please\s+|just\s+|maybe\s+)*"
    r"(call|ring|phone|email|e-mail|text|contact|get in touch with)\b"
    # "get me a manager", "I want a supervisor": someone above the chat.
    r"|\b(get|give|find|fetch|i want|i need|i'?d like)\s+(me\s+)?(a|an|the|your)\s+(manager|supervisor)\b"
    # "this bot is useless, human please".
    r"|\b(human|real person|actual person|live agent)\s*(please|pls|plz)\b"
    r"|\bis there a (human|person|real person)\b"
    # "are there any humans working today?", "is anyone real there?", "anybody on?": a
    # person looked for before the question.
    r"|\b(are|is)\s+there\s+((any|some|an?)\s+)?(real\s+|actual\s+|live\s+)?(humans?|people|persons?|staff|agents?|"
    r"representatives?|reps?)\s+(working|there|around|available|on|in|about|online)\b"
    r"|\bis\s+(any|some)(one|body)\s+(real\s+|human\s+|actually\s+)?(there|working|around|available|on|in)\s*(\?|$)"
    # The shop's number or address asked for, to reach a person: "can I get the store's
    # phone number? I'd rather ring", "what's the best number" (not "the number for the
    # police", nor a number given: "my phone number is ...").
    # ("give me" asked, not told: "police come already and give me number" is a number given.)
    r"|\b(what'?s|what\s+is|can\s+i\s+(get|have)|could\s+i\s+(get|have)|could\s+you\s+(give|send)\s+me|"
    r"(?<!\band )(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!\bpolice )(?<!\bofficer )(?<!\bcop )(?<!\bcops )(?<!\bthen )"
    r"(?<!\balready )(give|send)\s+me|where\s+(can\s+i\s+find|is))\s+(the\s+|your\s+)?(store'?s?\s+|shop'?s?\s+|best\s+|contact\s+)?"
    r"(phone\s+)?(number|email(\s+address)?|contact\s+details)\b(?!\s+(for|of|on)\s+(the\s+|my\s+)?(police|insurer|claim|report))"
    # "put me in touch with whoever does the insurance side", "my husband wants to ring
    # you", "I'd like to make an appointment to talk about it".
    r"|\bput\s+(me|us|him|her)\s+in\s+touch\s+with\b"
    r"|\b(want|wants|wanted|like|can\s+(i|we|he|she)|could\s+(i|we|he|she)|how\s+do\s+(i|we))\s+(to\s+)?"
    r"(ring|call|phone|email)\s+(you|the\s+(store|shop))\b"
    r"|\b(make|book|set\s+up|arrange)\s+(an?\s+)?(appointment|consultation)\b"
    # "please have a staff member contact me", "get someone to ring me back", "ask one of
    # your team to email me": a person asked to reach them.
    r"|\b(have|get|ask)\s+(a|an|one\s+of\s+(your|the)|your|someone|somebody|a\s+real)\b[^.?!]{0,30}?\b(to\s+)?"
    r"(call|ring|phone|email|e-mail|text|contact|get\s+back\s+to|reach\s+out\s+to|get\s+in\s+touch\s+with)\s+(me|us)\b"
    r"|\b(i'?d\s+like|i\s+want|i\s+need|can\s+i\s+(get|have|request)|please\s+arrange)\s+(a\s+)?(call\s*-?back|phone\s+call)\b"
    # "is there a number I can call instead?", "is there someone I could ring?", "is
    # there anyone real I could speak with", "is there a human I can chat to".
    r"|\bis\s+there\s+(a|any|some)\s*(one|body|phone\s+number|number|line|person|human|staff\s+member)\s+"
    r"((real|actual|human|live|proper)\s+)?((that|who)\s+)?(i|we)\s+(can|could|might|may)\s+"
    r"(call|ring|phone|talk\s+(to|with)|speak\s+(to|with)|chat\s+(to|with))\b"
    # "someone real", "anybody human": a person, not the machine ("someone real close to
    # me" is someone close).
    r"|\b(some|any)(one|body)\s+(real|human)\b(?!\s+(quick|fast|nice|good|close|soon|bad))"
    # "discuss this with a member of your staff", "a word with one of your team".
    r"|\b(discuss|go\s+over|talk\s+about|explain)\s+(\w+\s+){0,3}(with|to)\s+(a\s+member\s+of\s+(your|the)\s+(staff|team)|"
    r"one\s+of\s+(your|the)\s+(staff|team)|a\s+(real\s+)?(person|human|staff\s+member))\b"
    # A person wanted in place of the machine: "rather than a computer", "not the machine".
    r"|\b(rather\s+than|instead\s+of)\s+(a|an|the|this)\s+(computer|bot|robot|machine|automated\s+system|chat\s*bot|ai)\b"
    # "I'd rather deal with a human", "honestly just want a human", "i dont want to talk
    # to a bot", "transfer me".
    r"|\b(deal|talk|speak|chat)\s+with\s+(a\s+)?(human|real\s+person|actual\s+person)\b"
    r"|\b(want|need|wanna)\s+(a|an)\s+(human|real\s+person|actual\s+person|live\s+person)\b(?!-)"
    r"|\b(do\s*n'?t|do\s+not|dont)\s+(want|wanna)\s+(to\s+)?(talk|chat|speak|deal)\s+(to|with)\s+(a|an|the|this)\s+"
    r"(bot|robot|machine|computer|chat\s*bot|ai)\b"
    r"|^\W*transfer\s+me\W*$"
    # "can a person help me with this?", "can a real person look at it".
    r"|\bcan\s+(a|an)\s+((real|actual)\s+)?(person|human)\s+(help|look|assist|check)\b"
    # "can I get someone from your team to look at my claim?", "get Sarah from the store to call me".
    r"|\bget\s+(someone|somebody|a\s+person|one\s+of\s+your\s+team|[A-Z][a-z]+)\s+(from|at)\s+(the|your)\s+"
    r"(store|shop|team|office)\s+to\b"
    # "I'd prefer to email someone", "I'll just ring somebody".
    r"|\b(prefer|rather|'d\s+like|would\s+like|want|wanna|can\s+i|could\s+i)\s+(to\s+)?(just\s+)?"
    r"(email|e-mail|call|ring|phone)\s+(someone|somebody|a\s+(real\s+)?person)\b"
    # Handed on: "pass me to your manager", "hand me over to someone who works there",
    # "escalate this to a human", "could you pass this on to someone in the team", "put
    # me onto someone at the shop" (not "pass the salt to my husband").
    r"|\b(pass|hand|put|transfer|forward|escalate|refer|bump)\s+(me|us|this|it|my\s+(details|number|claim|case|query))\s+"
    r"(on\s+|over\s+|up\s+|through\s+)?(to|onto)\s+((a|an|the|your|one\s+of\s+(your|the))\s+)?"
    r"((real|actual|live)\s+)?(human|person|people|manager|supervisor|boss|owner|staff(\s+member)?|team|"
    r"someone|somebody|whoever|agent|representative|rep|customer\s+(service|support|care))\b"
    # "I'd rather deal with someone at the store", "id prefer to sort this out with a
    # person": the matter taken to a person instead.
    r"|\b(rather|prefer|like|want|wanna|need|needs)\s+(to\s+)?(just\s+)?(deal|sort\s+(this|it|things)(\s+out)?|"
    r"go\s+(over|through)\s+(this|it)|talk\s+(this|it)\s+(through|over)|do\s+(this|it))\s+"
    r"(out\s+)?with\s+(a\s+(real\s+|actual\s+)?(person|human|staff\s+member)|some(one|body)|"
    r"one\s+of\s+(your|the)\s+(team|staff)|(your|the)\s+(staff|team|store|shop))\b"
    # "who do I talk to about this", "who can I contact about my policy", "who should I
    # contact at the store": a person to reach asked for (not who to complain to, the
    # police, the insurer, or who to call if something happens).
    r"|^\W*((hi|hey|hello|ok|okay|so|um+|sorry)\W+)*who\s+(do|can|should|could|would)\s+(i|we)\s+"
    r"(talk|speak|chat)\s+(to|with)"
    r"(?![^?.!]*\b(complain\w*|police|cops|insurer|insurance\s+company|ombudsman|regulator|ifso|fscl|report\s+(it|a|the)|"
    r"if|when)\b)(\s+(about|regarding|re|at|there)\b[^?.!]*)?\W*$"
    r"|^\W*((hi|hey|hello|ok|okay|so|um+|sorry)\W+)*who\s+(do|can|should|could|would)\s+(i|we)\s+"
    r"(contact|call|ring|phone|email|e-mail|get\s+in\s+touch\s+with|reach)"
    r"(?![^?.!]*\b(complain\w*|police|cops|insurer|insurance\s+company|ombudsman|regulator|ifso|fscl|report\s+(it|a|the)|"
    r"if|when|to\s+(make|lodge|file|start))\b)(\s+(about|regarding|re|at|there)\b[^?.!]*)?\W*$"
    # "can someone from the shop look over my claim", "could a staff member check this":
    # a person of the shop asked to look (a bare "can someone help me" stays a question).
    r"|\b(can|could|would)\s+((some(one|body)|a\s+person)\s+(from|at|in)\s+(the|your)\s+(store|shop|team|office)|"
    r"a\s+((real|actual)\s+)?(human|person)|a\s+staff\s+member|a\s+member\s+of\s+(your|the)\s+(staff|team)|"
    r"one\s+of\s+(your|the)\s+(staff|team|jewell?ers))\s+"
    r"(please\s+|just\s+|maybe\s+)*(look|check|review|go\s+over|go\s+through|help|assist|take\s+a\s+look|handle|sort)\b"
    # "get me someone who actually knows", "can I get a person", "may I have a human".
    r"|\bget\s+me\s+(some(one|body)|a\s+((real|actual|live)\s+)?(person|human))\b"
    r"|\b(can|could|may)\s+(i|we)\s+(please\s+)?(get|have)\s+(a|an)\s+((real|actual|live)\s+)?"
    r"(person|human|staff\s+member|agent|representative)\b(?!-|\s+(on|as|named|listed)\b)"
    # "can I speak with the owner?", "talk to whoever handles claims".
    r"|\b(talk|speak|chat)\s+(to|with)\s+((the|your)\s+(owner|boss|store\s+manager|shop\s+manager)|whoever)\b"
    # "is there an email address for a real person", "a number for an actual human".
    r"|\b(email(\s+address)?|e-mail|number|phone\s+number|contact(\s+details)?)\s+(for|of)\s+"
    r"(a|an)\s+((real|actual|live)\s+)?(person|human|staff\s+member)\b"
    # "how can I reach the store", "how do we get hold of someone there".
    r"|\bhow\s+(can|do|could|would|should)\s+(i|we)\s+(reach|contact|get\s+(in\s+touch\s+with|hold\s+of)|talk\s+to|"
    r"speak\s+to|email|e-mail|call|ring|phone)\s+(you|the\s+(store|shop|team|staff|owner|manager)|your\s+(store|shop|team|staff)|"
    r"a\s+(real\s+)?(person|human)|some(one|body)(\s+(there|at\s+the\s+(store|shop)))?\W*$)"
    # "can one of your team give me a bell", "could someone give us a call".
    r"|\b(some(one|body)|one\s+of\s+(your|the)\s+(team|staff|jewell?ers)|a\s+(real\s+)?person|your\s+(team|staff)|"
    r"the\s+(store|shop|team|manager|owner))\s+(\w+\s+){0,2}(give|gives)\s+(me|us)\s+a\s+(bell|call|ring|buzz|tinkle)\b"
    # "can I leave a message for the manager".
    r"|\bleave\s+(a\s+)?(message|msg|note|voicemail)\s+(for|with)\s+(the|your|a|one\s+of\s+(your|the))\s+"
    r"(manager|owner|staff|team|store|shop|person|human|jewell?er)\b"
    # "i want someone to review my claim personally", "need a real person to look over it".
    r"|\b(want|need|like)\s+(some(one|body)|a\s+(real\s+|actual\s+)?(person|human))\s+to\s+(personally\s+)?"
    r"(review|look\s+(at|over|into)|go\s+(over|through)|check|handle|call|ring|phone|email|contact)\b"
    # "can I get someone on the phone", "put a human on".
    r"|\b(get|put)\s+(some(one|body)|a\s+((real|actual|live)\s+)?(person|human))\s+on(\s+the\s+(phone|line))?\W*$"
    r"|\bget\s+(some(one|body)|a\s+((real|actual|live)\s+)?(person|human))\s+on\s+the\s+(phone|line)\b"
    # "can a staff member ring me tomorrow", "could your team email us".
    r"|\b(can|could|would|will)\s+(a\s+staff\s+member|a\s+member\s+of\s+(your\s+|the\s+)?(staff|team)|your\s+(staff|team)|"
    r"a\s+((real|actual)\s+)?human|the\s+(manager|owner|store|shop))\s+(please\s+|just\s+)?"
    r"(call|ring|phone|email|e-mail|text|message|contact)\s+(me|us)\b(?!\s+(a|an|the|my|our|some|copy|copies|it|them)\b)"
    # "is there anyone in the office today", "who's available to talk".
    r"|\bis\s+there\s+(any|some)(one|body)\s+(in|at)\s+(the|your)\s+(office|store|shop)\b"
    r"|\bwho'?s\s+(available|around|free|there|on)\s+(to\s+)?(talk|chat|speak|help)\b"
    # "can I chat with a sales assistant".
    r"|\b(talk|speak|chat)\s+(to|with)\s+(a|an|one\s+of\s+(your|the))\s+sales\s*(assistant|person|people|rep|staff|consultant)s?\b"
    # "send me to a person", "I'd like to be contacted by your staff", "reach out to me please".
    r"|\bsend\s+(me|us)\s+(on\s+|over\s+)?to\s+(a|an|the|your|some(one|body))\s*((real|actual|live)\s+)?"
    r"(person|human|staff(\s+member)?|team|manager|one)?\b"
    r"|\bbe\s+(contacted|called|rung|phoned|emailed|called\s+back)\s+(back\s+)?by\s+(a|an|your|the|one\s+of\s+(your|the))\s+"
    r"((real|actual)\s+)?(person|human|staff(\s+member)?|team|manager|store|shop)\b"
    r"|^\W*(please\s+)?(reach\s+out\s+to\s+(me|us)|contact\s+(me|us)|(call|ring|phone)\s+(me|us)\s+"
    # ("ring me on 022 918 3345 after 3" gives the number asked for: an answer.)
    r"(back|please|asap|tomorrow|today|on(?!\s*[\d+(]))\b)"
    # "can you get a staff member to message me": a person asked to write back.
    r"|\b(have|get|ask)\s+(a|an|one\s+of\s+(your|the)|your|someone|somebody|a\s+real)\b[^.?!]{0,30}?\b(to\s+)?"
    r"(message|msg|dm|write\s+to|reply\s+to|text)\s+(me|us)\b"
    # "are you a bot? I want a person", "can I pop in and see someone", "is there someone
    # I can email", "can a consultant contact me", "id like to talk to one of the
    # jewellers", "is there a helpline", "can someone flick me an email".
    r"|\b(i|we)\s+(want|need|wanna)\s+(a|an)\s+(person|human|staff\s+member)\b(?!-|\s+(on|as|named|listed|to\s+be)\b)"
    r"|\b(pop|come|drop|call|swing)\s+(in|by|into\s+the\s+(store|shop))\s+(and|to)\s+(see|talk\s+to|speak\s+to|chat\s+(to|with))\s+"
    r"(some(one|body)|a\s+(person|staff\s+member|jewell?er)|one\s+of\s+(you|your\s+team|the\s+team))\b"
    r"|\bis\s+there\s+(some|any)(one|body)\s+(i|we)\s+(can|could)\s+(email|e-mail|message|text|write\s+to)\b"
    r"|\b(can|could|would)\s+(a|an|one\s+of\s+your|your)\s+(consultant|staff\s+member|jewell?er|advis[eo]r|specialist|"
    r"expert|rep|representative|sales\s*person)s?\s+(please\s+)?(contact|call|ring|phone|email|e-mail|text|message)\s+(me|us)\b"
    r"|\b(talk|speak|chat)\s+(to|with)\s+one\s+of\s+(the|your)\s+(jewell?ers|consultants|experts|advis[eo]rs|specialists)\b"
    r"|\b(is\s+there\s+a|what'?s\s+(the|your)|do\s+you\s+have\s+a)\s+(helpline|hotline|help\s+line|customer\s+(service|support)\s+(line|number))\b"
    r"(?!\s+(for|of|at)\s+(the\s+|my\s+|our\s+)?(police|insurer|insurance\s+company|ombudsman|bank|airline|council))"
    r"|\b(some(one|body)|one\s+of\s+(you|your\s+team))\s+(flick|send|drop|shoot)\s+(me|us)\s+(an?\s+)?(email|e-mail|message|text|line)\b"
    rf"|{ONLY_A_PERSON_WORDS}",
    re.I,
)

# "how do I claim if something happens? nothing's happened, just asking": no claim to take.
JUST_ASKING = re.compile(
    r"\b(just asking|nothing'?s? (has )?happened|if (something|anything) (happens|goes wrong)|in case|hypothetically)\b",
    re.I,
)

# "what happens if I lose it?", "would it cover ...": a case imagined, not one that happened
# ("what happens now?" asks about one that did).
HYPOTHETICAL = re.compile(
    r"\b(if|what happens\b(?!\s+(now|next))|would|in case|(?<!\bi )suppose|supposing|ever|hypothetically|just asking|lost (some )?weight)\b",
    re.I,
)

# "should I insure my watch?", "necklace insurance?": protecting one's own piece, which
# the guide answers with this person's numbers; a care plan is the FAQ's to answer.
INSURING_A_PIECE = re.compile(r"\b(insur(?!ers?\b)\w*|protect\w*)\b", re.I)
# "I have my watch scheduled ... should I be doing something different?": advice asked
# about one's own piece, in other words.
OWN_PIECE = re.compile(r"\b(my|our|her|his|mum's|mom's)\b", re.I)
SEEKS_ADVICE = re.compile(
    r"\b(should i|what should|right call|worth it|do more|enough|recommend|best (way|option)|"
    r"something different|covered|need to (specify|schedule|list)|better|is (that|this|it) (true|right|correct)|"
    # "do I need extra cover?", "do I need to do anything special?"; not "do I need a
    # police report", which asks how claims work.
    r"should we|(do|would) (i|we) (really |still |also )?need (to )?(\w+ ){0,2}"
    r"(insur\w*|cover\w*|schedul\w*|specif\w*|list\w*|rider|endorsement|policy|extra|separate|"
    r"more|anything|something|its own))\b",
    re.I,
)


# "does my contents cover my jewellery when I'm overseas?", "is my ring covered if I
# travel?": a condition of the question, not a habit the person states.
CONDITION_CLAUSE = re.compile(r"\b(if|when|whenever|while|in case|during)\b[^.,;?!]*(?=[?]\s*$)", re.I)


def without_conditions(text: str) -> str:
    """The question without its closing condition ("... when I'm overseas?")."""
    return CONDITION_CLAUSE.sub(" ", text)


def reads_as_a_question(text: str) -> bool:
    """Ends with a question mark or opens with a question word ("hang on, what's ...")."""
    return bool(QUESTION.search(text))


# "who's the person that runs this company", "who owns the shop": a question about
# someone, not a person asked for.
ABOUT_SOMEONE = re.compile(
    r"\bwho('?s|\s+is|\s+are)\s+(the\s+)?(person|people|owners?|ceo|boss|founders?|guy|lady)\s+"
    r"((that|who)\s+)?(runs?|owns?|started|founded|behind|in charge of)\b"
    r"|\bwho\s+(runs|owns|started|founded)\s+(this|the|your)\s+(company|business|shop|store|place|site)\b",
    re.I,
)


def asks_about_someone(text: str) -> bool:
    """Asks who runs or owns the business, not to talk to anyone."""
    return bool(ABOUT_SOMEONE.search(text)) and not ASKS_FOR_A_PERSON.search(text)


# The assistant asked to reach someone of the person's own: "can you text my husband",
# "can you get my mechanic to call me", "please email my boss". No person of the shop.
REACH_SOMEONE_ELSE = re.compile(
    r"\b(can|could|would|will)\s+(you|u)\s+(please\s+|just\s+)?(call|ring|phone|text|email|e-mail|message|msg|tell|"
    r"get|ask|remind|contact)\s+(my|our)\s+(\w+\s+)?(husband|hubby|wife|missus|partner|mum|mom|mother|dad|father|"
    r"mechanic|plumber|electrician|builder|boss|doctor|gp|dentist|lawyer|accountant|friend|mate|sister|brother|son|"
    r"daughter|kids?|landlord|neighbou?r|flatmate|roommate|teacher|coach|vet)\b"
    r"|^\W*(please\s+)?(call|ring|phone|text|email|message)\s+(my|our)\s+(\w+\s+)?(husband|hubby|wife|partner|mum|mom|"
    r"dad|boss|friend|mate|sister|brother)\b",
    re.I,
)


def asks_to_reach_someone_else(text: str) -> bool:
    """Asks the assistant to reach someone of the person's own ("can you get my mechanic
    to call me"): not a person of the shop asked for."""
    return (
        bool(REACH_SOMEONE_ELSE.search(text))
        and not asks_for_a_person(text)
        and not THE_SHOP.search(text)
        and not INSURANCE_WORDS.search(text)
    )


# The shop named as whom to reach: "get my husband to call the store".
THE_SHOP = re.compile(r"\b(the\s+(store|shop)|your\s+(store|shop|team|staff)|you\s+guys|you\s+lot)\b", re.I)


def asks_for_a_person(text: str) -> bool:
    """Asks to talk to a person ("can someone just call me?"), whatever else it says."""
    return bool(ASKS_FOR_A_PERSON.search(text))


def just_asking(text: str) -> bool:
    """Says nothing has happened yet: a question about claims, not a claim."""
    return bool(JUST_ASKING.search(text))


# "can I claim if my wedding ring came off in the surf? I'm gutted", "am I covered if my
# earring fell down a drain this morning?": the "if" asks about cover, but the event is
# told in the past with when it happened or how it feels, so it happened. "if my ring
# gets stolen" (present) and "if I lost it, would..." (no when, no feeling) stay imagined.
PAST_EVENT_AFTER_IF = re.compile(
    r"\bif\s+(my|our|her|his|the|i|we|it|they)\b[^.?!]{0,40}?\b"
    r"(came|fell|was|were|got|went|slipped|snapped|broke|dropped|lost|disappeared|vanished|flushed|swallowed|"
    r"stole|took|nicked|pinched|knocked|smashed|cracked|chewed|ate)\b"
    # Told outright before the question, someone else doing it: "would my insurance cover
    # the watch the movers lost when we shifted last month?", "can I still claim? one of
    # the guests stole my bracelet on friday".
    r"|\b(the\s+|our\s+|my\s+|one\s+of\s+the\s+|a\s+)(movers|removalists|cleaners?|guests?|visitors?|builders?|"
    r"tradies|painters?|plumbers?|kids?|toddler|baby|dog|puppy|cat|airline|hotel|valet|courier)\s+(just\s+)?"
    r"(lost|stole|took|broke|flushed|swallowed|chewed|ate|dropped|smashed|damaged|nicked|pinched)\b"
    rf"|\b(my|our|her|his|the|\w+'s)\s+(\w+\s+){{0,2}}{PIECES}\s+(just\s+)?(disappeared|vanished|went missing|has gone missing|was stolen|got stolen|"
    r"was taken|got taken|fell off|came off|snapped|broke)\b",
    re.I,
)
TOLD_AS_REAL = re.compile(
    r"\b(gutted|devastated|heartbroken|gutting|so upset|really upset|so sad|in tears|crying|"
    r"freaking out|panicking|beside myself|sick about it|can'?t believe|"
    r"yesterday|last night|this morning|this arvo|this afternoon|earlier today|today|tonight|"
    r"last (week|weekend|month|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|"
    r"on (the )?(weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|"
    r"(\d+|a|one|two|three|few|couple( of)?) (days|weeks|hours) ago|"
    r"(happened|was|went|did it)\s+(on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    # "since Friday it's not been in the dresser": gone from a day told.
    r"since\s+(yesterday|last\s+\w+|(on\s+)?(the\s+)?(weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday))|"
    # "can I still claim if it was family?": the case is theirs, its condition asked.
    r"(can|could)\s+(i|we)\s+still\s+(claim|make\s+a\s+claim|lodge|file))\b",
    re.I,
)
# "my nephew took my ring at christmas": someone else did it, told outright.
SOMEONE_DID_IT = re.compile(
    r"(?<!\bi )(?<!\bwe )(?<!\bif )\b(took|stole|nicked|pinched|snatched|swiped|grabbed|lost|broke|smashed)\s+"
    r"(my|our)\b"
    r"|\b(i|we)\s+(just\s+)?(lost|broke|snapped|dropped|smashed|cracked)\s+(my|our)\b",
    re.I,
)
# "my mother's ring that was taken", "earrings that have just disappeared": a piece named
# by what happened to it, which only a real case does.
PIECE_BY_WHAT_HAPPENED = re.compile(
    rf"\b({PIECES}|jewell?e?ry)\s+(that|which)\s+"
    r"(was|were|got|has|have|had)\s+(just\s+)?(been\s+)?(taken|stolen|nicked|pinched|lost|disappeared|vanished|"
    r"gone\s+missing|went\s+missing|snatched|damaged|broken)\b",
    re.I,
)
# "would" alone is politeness beside a time ("would my insurance cover it if my ring went
# down the drain this morning?"); these suppose.
SUPPOSING = re.compile(
    r"\b(what happens if|(?<!\bi )suppose|supposing|ever|hypothetically|just asking|in case)\b", re.I
)


# Someone else's piece, in another's story: "my friend's ring was stolen last week".
ANOTHERS_PIECE = re.compile(
    r"\b(friend|neighbou?r|colleague|co-?worker|workmate|mate|flatmate|roommate|client|customer|boss)['’]s\b",
    re.I,
)


def _a_statement_tells_it_happened(text: str, owner: re.Pattern[str] | None = None) -> bool:
    """A sentence that is no question and supposes nothing tells what happened to a piece
    of the person's own ("I'd like to ask whether my policy would respond. Since Friday
    my late husband's watch is no longer in the dresser")."""
    for sentence in sentences(text):
        if sentence.rstrip().endswith("?") or HYPOTHETICAL.search(IF_AS_WHETHER.sub(" whether", sentence)):
            continue
        if tells_it_happened(sentence) and speaks_of_own_piece(sentence, owner or OWNER_BEFORE):
            return True
    return False


def tells_a_loss_in_a_question(text: str) -> bool:
    """An "if" that tells a past event with when or how it feels ("can I claim if my
    ring came off in the surf at the beach? I'm gutted"), or a question beside a
    sentence that tells the event with when ("would my policy respond? since Friday my
    watch is no longer in the dresser"): it happened."""
    if SUPPOSING.search(text):
        return False
    # Sentences of someone else's piece ("my friend's watch was stolen") tell no loss of theirs.
    own = " ".join(part for part in sentences(text) if not ANOTHERS_PIECE.search(part))
    if _a_statement_tells_it_happened(own, MY_OWN_PIECE) and not tells_of_an_earlier_loss(text):
        # "...and now my diamond pendant is missing. does my renters cover that if I let
        # her in?": a sentence that supposes nothing tells it happened to "my" piece.
        return True
    told = (
        PAST_EVENT_AFTER_IF.search(own) or SOMEONE_DID_IT.search(own) or _a_statement_tells_it_happened(own)
    )
    return bool(told and TOLD_AS_REAL.search(text)) or bool(PIECE_BY_WHAT_HAPPENED.search(own))


# The piece is the person's, named "my"/"our" with no one else's between ("my diamond
# pendant", not "my sister's bangle").
MY_OWN_PIECE = re.compile(r"\b(my|our)\s+((?![\w-]+['’]s\b)\S+\s+){0,3}$", re.I)


# "I don't even know if this is something insurance does", "not sure if I can claim":
# an "if" that means whether, which imagines nothing.
IF_AS_WHETHER = re.compile(
    r"\b(know|knew|wonder(ing|ed)?|sure|unsure|ask(ing)?|check(ing)?|see|tell me|idea|find out|"
    # "trying to figure out if that's legit", "want to confirm if they can do that" (not
    # "understand if": "I'd like to understand if I lose it what happens" supposes).
    r"figur(e|ing) out|work(ing)? out|determin(e|ing)|confirm(ing)?|curious|clarify)\s+if\b",
    re.I,
)


# "I would like to get the paperwork started", "would be grateful for help": a polite
# want, which imagines nothing.
POLITE_WOULD = re.compile(
    r"\b(i|we)\s+would\s+(really\s+|very\s+much\s+)?(like|love|prefer|appreciate|be grateful)\b", re.I
)


def is_hypothetical(text: str) -> bool:
    """Imagines a case ("if", "would", "what happens") rather than telling one."""
    imagined = HYPOTHETICAL.search(IF_AS_WHETHER.sub(" whether", POLITE_WOULD.sub(" ", text)))
    return bool(imagined) and not tells_a_loss_in_a_question(text)


# "what would you suggest for me", "what do you recommend": a recommendation asked for
# the person, which the guide gives even beside a care plan.
ASKS_FOR_A_SUGGESTION = re.compile(
    r"\b(suggest|recommend\w*|advise)\b|\bwhat (would|do) you (think|reckon)\b|\bwhat should (i|we) do\b",
    re.I,
)


# The only question is what to do: "...it's worth $9,000. what should I do?", "any advice?".
WHAT_TO_DO_ONLY = re.compile(
    r"^\W*(so,?\s+|ok,?\s+|and\s+|but\s+)?(what (should|do|can) (i|we) do( about it| now)?|what do you (recommend|suggest|think|reckon)|"
    r"what would you (recommend|suggest|do)|any (advice|suggestions|tips|ideas)|(please )?advise|help( me)?( please)?|"
    r"what are my options|where do i (start|begin))\W*$",
    re.I,
)


def asks_only_what_to_do(text: str) -> bool:
    """Every question the message asks is what to do about the piece it tells of."""
    questions = [s for s in sentences(text) if s.rstrip().endswith("?")]
    return bool(questions) and all(WHAT_TO_DO_ONLY.match(q.strip()) for q in questions)


# A care plan (or a warranty) the person holds, taken for insurance of their own piece:
# "I bought the protection plan with my band so I'm insured right?", "got the care plan
# with my ring, does that mean it's covered?", "the warranty's the same as insurance yeah?".
# Answered (it is not insurance), then the guide works out the cover the piece lacks.
PLAN_TAKEN_FOR_INSURANCE = re.compile(
    r"\b(so|which means|that means|does that mean|doesn'?t that mean|means|meaning)\b[^.?!]{0,25}?"
    r"\b(i'?m|we'?re|i am|we are|it'?s|it is|they'?re|they are|she'?s|it'?ll be|i'?ll be|i have|i'?ve got|we'?re all)\s+"
    r"(already |all |fully |properly |totally )?(insured|covered|got insurance|sorted)\b|"
    r"\b(i'?m|we'?re|it'?s|it is|they'?re) (already |all |fully )?(insured|covered),? (right|aren'?t i|isn'?t it|yeah|yes|eh|then)\b|"
    r"\b(that'?s|it'?s|this is|that is|it is|which is) (basically |the same as |like |the same thing as |as good as )?"
    r"(insurance|being insured)\b[^.!]{0,15}\?",
    re.I,
)
PLAN_OR_WARRANTY = re.compile(r"\b(warrant(y|ies)|guarantee)\b", re.I)


def takes_a_care_plan_for_insurance(text: str) -> bool:
    """A care plan or warranty on the person's own piece, taken for insurance ("I bought
    the diamond protection plan when I got my band so I'm insured right?")."""
    return (
        bool(CARE_PLAN.search(text) or PLAN_OR_WARRANTY.search(text))
        and bool(PLAN_TAKEN_FOR_INSURANCE.search(text))
        and bool(OWN_PIECE.search(text))
    )


def asks_about_insuring_a_piece(text: str) -> bool:
    """Asks how to protect the person's own piece ("should I insure my watch?"), not
    about a care plan, unless a recommendation is asked for ("getting the care plan,
    do I need insurance as well? what would you suggest")."""
    if CARE_PLAN.search(text) and not ASKS_FOR_A_SUGGESTION.search(text):
        return False
    own_advice = bool(OWN_PIECE.search(text) and SEEKS_ADVICE.search(text))
    return bool(INSURING_A_PIECE.search(text)) or own_advice


# "is there anyone I can complain to, like a state regulator?", "how do I take this to
# the ombudsman": where to take a decision one disagrees with.
COMPLAINT = re.compile(
    r"\b(complain\w*|complaints?|regulators?|ombudsman|ifso|fscl|insurance (department|commissioner)|"
    r"escalate|dispute (it|this|the decision))\b",
    re.I,
)
ASKING_WHERE = re.compile(r"\b(how|who|where|whom|anyone|anybody|someone|somebody|can i|what can)\b", re.I)


def asks_how_to_complain(text: str) -> bool:
    return bool(COMPLAINT.search(text)) and bool(QUESTION.search(text) or ASKING_WHERE.search(text))


# Where a dispute with an insurer goes, named: the ombudsman schemes and regulators, or
# a complaint or dispute with an insurer. Other complaints (a neighbour, a shop) are not.
INSURANCE_COMPLAINT = re.compile(
    r"\b(ombudsman|ifso|fscl|insurance (department|commissioner|regulator)|state regulator)\b"
    r"|\b(complain\w*|complaints?|dispute\w*)\b[^.?!]{0,60}\binsur\w*"
    r"|\binsur\w*[^.?!]{0,60}\b(complain\w*|complaints?|dispute\w*)\b",
    re.I,
)


def asks_about_an_insurance_complaint(text: str) -> bool:
    """A question about taking a dispute with an insurer further ("is the ombudsman
    free to use?"): the FAQ's complaint answers, not another subject."""
    return bool(INSURANCE_COMPLAINT.search(text)) and bool(QUESTION.search(text))


# "should I add it to something or get separate coverage?", "do we put it on our policy
# or get it its own?": which cover for their own piece, not yet named. The guide's
# question, asked about "it"; a general "do I need separate cover for jewelry?" is not.
COVER_CHOICE = re.compile(
    r"\b(should|do|would|shall|could|can) (i|we)\b[^?.!]*\b(add|put|list|schedule|specify|insure|cover|get)\b"
    r"[^?.!]*\b(it|them)\b[^?.!]*\b(policy|cover|coverage|insurance|insured|rider|separate|own|something)\b"
    r"|\b(should|do|would|shall|could|can) (i|we)\b[^?.!]*\b(add|put|list|schedule|specify|insure|cover)\s+(it|them)\b",
    re.I,
)


# "my cuban link", "our daughter's locket", "her engagement ring": a piece of the person's own.
OWNER_BEFORE = re.compile(r"\b(my|our|her|his|\w+'s)\s+(\S+\s+){0,3}$", re.I)


def speaks_of_own_piece(text: str, owner: re.Pattern[str] = OWNER_BEFORE) -> bool:
    """Names a piece as the person's own ("my locket got crushed"), not a ring in general."""
    return any(owner.search(text[: m.start]) for m in item_mentions(text))


# "how should I insure my bracelet?", "what's the best cover for my watch?": advice asked
# for, which the guide gives straight away. A general question that only names the
# piece ("does renters insurance cover my ring if it's stolen?") is answered, and the
# guide offered.
ASKS_HOW_TO_COVER = re.compile(
    r"\b(how|what'?s the best way to|best way to) (should |do |can |would )?(i |we )?(insure|protect|cover)\b"
    r"|\bshould (i|we) (insure|schedule|specify|list|protect|get( \w+){0,2} insured)\b"
    r"|\b(help|advise) (me|us) (to )?(insure|protect|choose|pick|decide)\b"
    r"|\bwhat (cover|coverage|insurance|policy) (should|do|would) (i|we) (get|need|have)\b"
    r"|\bbest (cover|coverage|insurance|option)\b|\bworth (insuring|scheduling|specifying)\b"
    # "do I need insurance on a watch?", "do we really need to insure her ring?": whether
    # to cover a piece named, which the guide answers; "do I need separate cover for
    # jewelry?" names no piece of theirs and stays a general question.
    r"|\b(do|should|would|will) (i|we) (really |even |actually )?need (to insure|to get (it |this )?insured|"
    r"(jewell?e?ry |separate |extra |any |special )?(insurance|cover|coverage) (on|for)|"
    # "do I need extra for my $3000 bracelet?": the cover left unsaid.
    r"(extra|more|additional|separate|something extra) (on|for))\s+"
    r"(a|an|my|our|the|this|that|her|his|mum'?s|mom'?s)\s",
    re.I,
)


def asks_which_cover_for_it(text: str) -> bool:
    """Asks for advice on covering their own piece ("should I add it to something or
    get separate coverage?"), which the guide answers with their numbers."""
    return bool(COVER_CHOICE.search(text)) and not CARE_PLAN.search(text) and not JUST_ASKING.search(text)


def asks_how_to_cover(text: str) -> bool:
    """Asks for advice on covering one's piece, not a general question about cover."""
    return bool(ASKS_HOW_TO_COVER.search(text))


# "does renters insurance cover my ring if it's stolen?", "do I need an appraisal to get my
# ring insured?": a yes/no question about cover in general. Told about one's own piece
# ("I have my watch scheduled ... should I be doing something different", "my mom gave
# me her pearls and I have no idea if they're covered"), it is advice wanted.
# A lead-in before the question ("Quick q - is ...", "hey, does ...") leaves it general.
GENERAL_QUESTION = re.compile(
    r"^\W*((quick (q|question)|question|just wondering|hi|hey|hello|ok|okay|so|um+)\b\W*)*"
    # "how often should I get my ring revalued?": how often or how long is a fact to
    # know, not cover to choose.
    # A condition first: "if I'm overseas and my ring gets stolen, do I need ...".
    r"((if|when|while)\b[^?]{0,80}?\s)?"
    r"(does|do|is|are|am|will|would|can|could|how often|how frequently|how long|how soon)\b",
    re.I,
)


def asks_in_general(text: str) -> bool:
    """A yes/no question about cover, not advice asked for one's own piece."""
    return bool(GENERAL_QUESTION.search(text)) and not asks_how_to_cover(text)


# "how much does it usually cost to insure a $5,000 ring?", "does a contents policy
# normally pay out in full?": what is usual, asked of a piece that is no one's in
# particular, is the FAQ's to answer (the guide is offered, not started).
USUAL_CASE = re.compile(
    r"\b(usually|normally|typically|generally|in general|on average|as a rule|most (insurers|policies|people)|"
    r"(a |the )?(typical|average|going|standard|ballpark) (rate|price|cost|premium|figure))\b",
    re.I,
)


# A habit of the person's own told with "usually": "I usually wear it on those trips",
# "we normally keep it in the safe". It asks nothing about the usual case.
OWN_HABIT_USUALLY = re.compile(
    r"\b(i|we)\s+(\w+\s+)?(usually|normally|typically|generally)\b"
    r"|\b(usually|normally|typically|generally)\s+(wear|wears|keep|keeps|take it|take them|travel|travels|leave|"
    r"leaves|store|stores|bring|brings|fly|flies)\b",
    re.I,
)


def asks_of_the_usual_case(text: str) -> bool:
    """Asks what is usual, about no piece of the person's own and not how to cover one.
    A habit told ("I usually wear it on those trips") asks nothing."""
    asked = bool(USUAL_CASE.search(OWN_HABIT_USUALLY.sub(" ", text)))
    return asked and not speaks_of_own_piece(text) and not asks_how_to_cover(text)


# "does renters insurance cover engagement rings?", "will a contents policy pay for a
# lost watch?": what a kind of policy covers, asked of no piece of the person's own. The
# FAQ's to answer (or to say it doesn't know); the guide is offered, not started.
POLICY_TERMS = re.compile(
    r"^\W*(does|do|will|would|is|are|can)\s+(a\s+|an\s+|the\s+)?(standard\s+|normal\s+|regular\s+)?"
    r"(renters|renter'?s|homeowners?|homeowner'?s|home|contents|house(hold)?|travel|condo|landlord)"
    r"(\s+(insurance|policy|policies|cover|coverage))?\s+(cover|covers|include|includes|pay|pays|protect)\b",
    re.I,
)


def asks_what_a_policy_covers(text: str) -> bool:
    """Asks what a kind of policy covers, not about cover for their own piece."""
    return bool(POLICY_TERMS.search(text)) and not speaks_of_own_piece(text)


# "I've got a Submariner insured with ...", "we have an Omega on a floater": a piece the
# person holds, named after what they have. Not "I have a question about a ring".
HOLDS_BEFORE = re.compile(
    r"(\b(i|we)('ve|'ve| have| ve)?\s*|\b(just|recently)\s+"
    # "quick one - got a tag heuer for my 30th", "Bought a Tudor last week": the "I" left
    # out at the start of a sentence (after a lead-in like "quick one -" or "hey,").
    r"|(^|[.!?]\s+|\s[-–—:]\s+|^\W*(hi|hey|hello|gday|g'day|kia ora|morning|so|ok|okay)\W+))"
    r"(got|have|own|bought|inherited|picked up|purchased|got given|was given|received)\s+"
    r"(a|an|this|these|two|three|some)\s+"
    r"((?!(question|query|quick|about|regarding|on|for|re)\b)\S+\s+){0,3}$",
    re.I,
)


# "do i need insurance or is that overkill", "is it worth getting it insured?": whether to
# cover at all, asked of a piece the person has just named (the object left unsaid).
WHETHER_TO_INSURE_IT = re.compile(
    r"\b(do|should|would|will) (i|we) (really |even |actually |still )?(need|get|bother with) "
    r"(insurance|cover|coverage|to insure (it|them)|(it|them) insured)\b(?!\s+(on|for)\b(?!\s+(it|them|this|that)\b))"
    r"|\b(is|would) (it|that|insurance|insuring (it|them)) (be )?(overkill|worth it|necessary|a waste( of money)?)\b",
    re.I,
)


def asks_whether_to_insure_it(text: str) -> bool:
    """Whether to insure a piece just named at all ("do I need insurance or is that
    overkill"): the guide's to answer with the person's numbers."""
    return bool(WHETHER_TO_INSURE_IT.search(text)) and not JUST_ASKING.search(text)


def holds_a_piece(text: str) -> bool:
    """Names a piece as the person's own, or one they say they have ("I've got a Rolex")."""
    return speaks_of_own_piece(text) or any(HOLDS_BEFORE.search(text[: m.start]) for m in item_mentions(text))


# "would I be better off scheduling it on my homeowners instead?", "thinking of moving it
# onto our contents", "cheaper to add it to my renters?": the cover a piece has now set
# against another. For the person's own piece, that is the guide's advice to give.
SWITCHING_COVER = re.compile(
    r"\b(better off|cheaper|smarter|wiser|worth it|make sense) (to |if (i|we) )?(\w+ ){0,2}"
    r"(schedul\w*|mov\w*|switch\w*|put\w*|add\w*|insur\w*|list\w*|specify\w*|keep\w*|transfer\w*|bring\w*)\b"
    r"|\b(switch|move|moving|switching|transfer\w*|shift\w*|put|putting|add|adding|schedul\w*|list\w*)\s+"
    r"(it|them|this|that|the \w+|my \w+)\s+(\w+\s+)?(to|onto|on to|over to|across to|into|on|under|with)\s+"
    r"(my|our|a|the|his|her)\s+(\w+\s+){0,2}"
    r"(policy|homeowners?|renters|contents|house|home|insurance|cover|rider|floater|standalone|endorsement)\b"
    r"[^.?!]*\b(instead|rather|than|or)\b"
    r"|\b(switch|move|moving|switching|transfer\w*)\s+(it|them|this|that|the \w+|my \w+)\s+(\w+\s+)?"
    r"(to|onto|on to|over to|across to|into)\s+(my|our|a|the|his|her)\s+(\w+\s+){0,2}"
    r"(policy|homeowners?|renters|contents|insurance|cover|rider|floater|standalone|endorsement)\b",
    re.I,
)


# A kind of cover, or an insurer, named as one side of a choice: "my contents", "a
# separate jewellery one", "standalone", "Jewelers Mutual", "through Tower".
_COVER_NAMED = (
    r"(contents|homeowners?|renters|house\s+(insurance|policy)|home\s+(insurance|policy)|(my|our|the)\s+policy|"
    r"(a|an)\s+(\w+\s+)?policy|insurance|separate(ly)?|stand-?\s?alone|its\s+own|(a|an|my|our)\s+own|"
    r"jewell?e?ry\s+(one|policy|insurance|cover)|rider|floater|endorsement|blanket|schedul\w*|specif\w*|"
    r"something\s+(separate|else|extra)|jewelers\s+mutual|briteco|lavalier|chubb|state\s+farm|allstate|lemonade|"
    r"aa|ami|tower|fmg|vero|state|cove|initio)"
)
COVER_ALTERNATIVES = re.compile(
    rf"\b{_COVER_NAMED}\b[^.?!]{{0,60}}?\b(or|vs\.?|versus)\s+[^.?!]{{0,40}}?\b{_COVER_NAMED}\b", re.I
)
# What makes it a choice asked: which is better, what to do ("should I", "would I be
# better"); or the whole message only the two sides ("through Tower or a separate policy?").
CHOOSING = re.compile(
    r"\b(better|best|cheaper|smarter|wiser|should|which|worth|recommend\w*|prefer\w*|go\s+with|go\s+for|"
    r"do\s+you\s+(think|reckon|suggest)|(do|shall|would|could|can)\s+(i|we)\s+(just\s+)?"
    r"(add|put|list|specify|schedule|insure|keep|leave|go|get|take|move|switch))\b",
    re.I,
)
# Not a choice of cover for the piece: the care plan (the FAQ's), a definition or a
# difference asked ("blanket or scheduled, what's the difference?").
NOT_A_CHOICE = re.compile(
    r"\b(care|protection|repair|service)\s+plan\b|\bdifferen\w*\b|\bwhat('?s| is| are| does)\s+(a|an|the)\b"
    r"|\bmean(s|ing)?\b",
    re.I,
)


def asks_to_choose_a_cover(text: str) -> bool:
    """Asks which of two covers to put the piece on ("would I be better putting it on my
    AA policy or taking out a separate jewellery one?", "through Tower or a separate
    policy?"): the choice the guide's recommendation makes. Not a "not sure, contents or
    maybe a separate one?" (an answer), nor a care plan or a definition asked about."""
    if not QUESTION.search(text) and "?" not in text:
        return False
    if NOT_A_CHOICE.search(text) or DONT_KNOW_WHICH.search(text) or not COVER_ALTERNATIVES.search(text):
        return False
    return bool(CHOOSING.search(text)) or len(text.split()) <= 8


# "not sure, contents or maybe a separate one?", "can't remember, AA or AMI?": which cover
# they have, not known; an answer, not a choice asked.
DONT_KNOW_WHICH = re.compile(
    r"\b(not sure|unsure|no idea|dunno|idk|can'?t remember|don'?t (know|remember)|i think|maybe|might be|could be)\b",
    re.I,
)


def asks_to_switch_cover(text: str) -> bool:
    """Sets the cover a piece has now against another ("better off scheduling it on my
    homeowners instead?"): a comparison the guide answers for the person's piece."""
    return bool(SWITCHING_COVER.search(text)) and not JUST_ASKING.search(text)


# Another line of insurance named as what the message is about: "my dental insurance",
# "pet insurance won't cover my dog's surgery", "Southern Cross declined my claim for
# physio". With no piece of jewelry in it, nothing this assistant can help with.
ANOTHER_LINE = re.compile(
    r"\b(dental|dentist|pet|vet|health|medical|hospital|life|car|auto|motor|vehicle|boat|travel|"
    r"income protection|mortgage protection|phone|gadget|business|liability|acc)\s+"
    r"(insurance|insurer|cover|coverage|policy|plan|claim|premiums?)"
    r"|\b(southern cross|nib|acc|aetna|blue cross|blue shield|cigna|kaiser|humana|unitedhealthcare|petplan|trupanion|"
    r"pet ?plan)\b"
    r"|\bclaim\s+(for|on)\s+(a\s+|my\s+|the\s+)?(physio\w*|surgery|dental|dentist|crown|root canal|"
    r"glasses|contacts|hospital|doctor|gp|prescriptions?|vet|x-?rays?)\b"
    r"|\b(dog|cat|puppy|kitten|pet|horse)'?s?\s+(surgery|treatment|vet|operation|bills?)\b"
    # "I want to insure my boat", "how do I insure our new car": something else insured.
    r"|\b(insur\w*|cover)\s+(my|our|a|the|his|her)\s+(new\s+|old\s+|first\s+)?(boat|yacht|jet ?ski|car|truck|ute|van|"
    r"motorbike|motorcycle|bike|e-?bike|scooter|rv|camper|caravan|house|home|apartment|flat|unit|condo|rental|"
    r"business|shop|phone|iphone|laptop|computer|tv|camera|drone|dog|cat|horse|pet|life|health|teeth)\b"
    # "a renters insurance quote for my apartment", "our house insurance is going up 30%":
    # the household policy itself priced, with no piece in it.
    r"|\b(renters|renter'?s|homeowners?|home|house|contents|condo|landlord|car|auto|motor)\s+(insurance|policy|cover)\s+"
    r"(\w+\s+){0,3}(quotes?|premiums?|price|renewal|is going up|has gone up|went up|going up|increase\w*)\b"
    # "how do I claim for water damage to the carpet", "my phone got stolen": a claim for
    # something other than a piece.
    r"|\bclaim\s+(for|on)\s+(\w+\s+){0,4}(carpets?|roof|ceiling|walls?|floors?|fence|car|phone|laptop|tv|television|"
    r"fridge|furniture|couch|sofa|bike|house|windows?)\b"
    r"|\b(my|our)\s+(phone|iphone|wallet|laptop|car|bike|e-?bike|purse|handbag|bag|tv|ipad|tablet)\s+"
    r"(\w+\s+)?(got|was|were|has been)\s+(stolen|nicked|pinched|taken|damaged|smashed)\b",
    re.I,
)
# Another line that never covers a piece (life, health, a pet, a boat): the subject of
# the message when no word of cover is said of anything else ("best life insurance for a
# new dad? just bought my wife a necklace so money's tight").
NEVER_A_PIECE_LINE = re.compile(
    r"\b(dental|dentist|pet|vet|health|medical|hospital|life|boat|income protection|mortgage protection|"
    r"funeral|disability)\s+(insurance|insurer|cover|coverage|policy|plan|premiums?)\b"
    r"|\b(insur\w*)\s+(my|our|a|the)\s+(new\s+)?(boat|yacht|life|health|teeth|dog|cat|horse|pet)\b",
    re.I,
)
# Jewelry named only as left out of it: "I'm leaving my jewelry at home anyway".
JEWELRY_LEFT_OUT = re.compile(
    r"\b(leav\w*|left|keep\w*|kept)\s+(my|our|all|the|any|her|his)\s+(\w+\s+){0,2}"
    r"(jewell?e?ry|jewels|rings?|watch(es)?|necklaces?|bracelets?)\s+(at home|behind|in the safe)\b"
    r"|\bnot\s+(taking|bringing|packing)\s+(any|my|our)\s+(\w+\s+)?(jewell?e?ry|jewels)\b"
    # Named only as not in it: "no jewelry or anything", "they didn't get my watch",
    # "not even for my ring", "my jewellery box ... but that's all fine", "a jeweller by trade".
    r"|\b(no|not\s+any|don'?t\s+(own|have)\s+any|nothing\s+like)\s+(\w+\s+)?(jewell?e?ry|jewels|rings?|watch(es)?)\b"
    r"|\b(didn'?t|did\s+not|never)\s+(get|got|take|took|touch|touched|find|found)\s+(my|our|her|his|the|any)\s+(\w+\s+){0,2}"
    r"(jewell?e?ry|jewels|rings?|bands?|watch(es)?|necklaces?|bracelets?|bangles?|earrings?|studs?|pendants?|chains?)\b"
    r"|\bnot\s+even\s+(for|on)\s+(my|our|her|his|the)\s+(\w+\s+)?(jewell?e?ry|rings?|watch(es)?|necklaces?)\b"
    r"|\b(my|our|her|his|the)\s+(\w+\s+){0,2}(jewell?e?ry|jewels|rings?|watch(es)?|necklaces?|jewell?e?ry box)\b"
    r"[^.?!]{0,40}\b(but|and)\s+(that'?s|that\s+is|it'?s|it\s+is|they'?re|they\s+are)\s+(all\s+)?(fine|ok|okay|safe|untouched)\b"
    r"|\bjewell?er\s+by\s+trade\b",
    re.I,
)
JEWELRY_WORD = re.compile(
    r"\b(jewell?e?ry|jewels?|gems?|gemstones?|diamonds?|lab[- ]grown|moissanite)\b", re.I
)


def names_jewelry(text: str) -> bool:
    """Names a piece, a stone or jewelry at all, other than as left out of it."""
    kept = JEWELRY_LEFT_OUT.sub(" ", text)
    return bool(item_mentions(kept) or JEWELRY_WORD.search(kept))


def about_another_line(text: str) -> bool:
    """About another line of insurance ("my pet insurance won't cover my dog's surgery"),
    with no jewelry in it: out of scope, whatever flow its words sound like. A line that
    never covers a piece (life, health, a boat) is the subject even beside a piece named
    in passing, when no word of cover is said outside it."""
    if not ANOTHER_LINE.search(text):
        return False
    if not names_jewelry(text):
        return True
    rest = NEVER_A_PIECE_LINE.sub(" ", text)
    return rest != text and not INSURANCE_WORDS.search(rest) and not re.search(r"\bpay\w*\b", rest, re.I)


# A service of the shop rather than cover: repairs, sizing, cleaning, returns and refunds
# ("do you guys do chain repairs?", "what's your refund policy?"). Asked with no word of
# insurance, a claim or a care plan, it is the shop's to answer, not this assistant's.
SHOP_SERVICE = re.compile(
    r"\b(do|can|could|would|will)\s+(you|u|ya)(\s+(guys|folks|all|people))?\s+(still\s+)?"
    r"(fix|repair|resize|size|clean|polish|engrave|refund|exchange|take\s+back|buy\s+(gold|silver|scrap|old))\b"
    r"|\b(do|can|could)\s+(you|u|ya)(\s+(guys|folks|all|people))?\s+(still\s+)?(do|offer)\s+(\w+\s+){0,2}"
    r"(repairs?|resizing|sizing|cleaning|polishing|engraving|refunds?|returns|exchanges?|re-?plating|"
    r"re-?tipping|straps?|batter(y|ies)|gift\s+vouchers?|lay-?by)\b"
    r"|\b(how much|what does it cost|what do you charge|price)\s+(is\s+it\s+)?(to|for)\s+(a\s+|an\s+|the\s+)?"
    r"(repair|fix|resiz|re-?siz|clean|polish|engrav|siz(e|ing))\w*"
    r"|\b(your|the\s+shop'?s|the\s+store'?s)\s+(refund|return|returns|exchange)\s+polic(y|ies)\b"
    r"|\bhow\s+(do|can|should)\s+(i|we)\s+(clean|polish|resize|size|shine)\b"
    r"|\b(just\s+)?(want|like|need)\s+(it|them)\s+(fixed|repaired|resized|cleaned|sized)\b"
    r"|\b(want|like|need)\s+to\s+(return|exchange)\s+(it|them|this|the)\b"
    # An order in the post: "where's my order?", "tracking hasn't moved".
    r"|\b(where'?s|where\s+is|status\s+of|track\w*|chasing|still\s+waiting\s+(on|for))\s+(my|our|the)\s+"
    r"(online\s+)?(order|parcel|package|delivery|shipment)\b|\btracking\s+(number|info\w*|hasn'?t|has\s+not|says|shows)\b"
    # Which metal or stone to buy: "is 14k or 18k better for an everyday ring".
    r"|\b(\d{1,2}\s?(k|kt|ct|carat)|white\s+gold|yellow\s+gold|rose\s+gold|gold|silver|platinum|palladium|"
    r"titanium|tungsten|lab[- ]grown|moissanite|natural)\s+(or|vs\.?|versus)\s+(\d{1,2}\s?(k|kt|ct|carat)|"
    r"white\s+gold|yellow\s+gold|rose\s+gold|gold|silver|platinum|palladium|titanium|tungsten|lab[- ]grown|"
    r"moissanite|natural|mined)\b[^.?!]{0,40}\b(better|best|nicer|stronger|harder|last\w*|wear\w*)\b"
    r"|\bwhich\s+(metal|stone|cut|gold|carat|karat|setting|clasp)\s+(is|would\s+be|should)\b",
    re.I,
)
INSURANCE_WORDS = re.compile(
    r"\b(insur\w*|cover\w*|claim\w*|care plan|protection plan|warranty|guarantee|premiums?|deductible|excess|"
    r"underwrit\w*|adjuster|assessor|schedul\w*|specif\w*|rider|floater|endorsement|ombudsman|appraisal|valuation)\b"
    r"|(?<!refund )(?<!return )(?<!returns )(?<!exchange )\bpolic(y|ies)\b",
    re.I,
)


def asks_a_shop_service(text: str) -> bool:
    """A repair, resize, clean, return or refund asked of the shop, with no word of cover."""
    return bool(SHOP_SERVICE.search(text)) and not INSURANCE_WORDS.search(text)


# What a question mid-claim asks about the claim itself: "will my premium go up if we
# claim this?", "do we have to pay a deductible?", "must I file with them separately?".
CLAIM_MATTERS = re.compile(
    r"\b(deductible|excess|premiums?|claim\w*|insurer|insurance|policy|pay\s*out|payout|"
    r"(they|insurer|insurance)\s*('ll|will|would)?\s*pay|file\s+(it\s+|this\s+)?with|lodge\w*|"
    r"adjuster|assessor|settle\w*)\b",
    re.I,
)


def asks_about_the_claim_or_cover(text: str) -> bool:
    """A question about the claim or cover under way ("will my premium go up if we
    claim this?"), not about another line of insurance."""
    return bool(CLAIM_MATTERS.search(text)) and not ANOTHER_LINE.search(text)


def asks_about_jewelry_cover(text: str) -> bool:
    """A question about insuring jewelry ("is a lab-grown diamond insured at the same
    value as a natural one?"): the FAQ answers it or says it does not know; never the
    out-of-scope reply."""
    return (
        reads_as_a_question(text)
        and names_jewelry(text)
        and bool(INSURANCE_WORDS.search(text))
        and not ANOTHER_LINE.search(text)
        and not asks_a_shop_service(text)
    )


# "my ring", "our watch": a piece of the speaker's own (not "her bracelet" or "my sister's
# bangle" in someone else's story).
FIRST_PERSON_BEFORE = re.compile(r"\b(my|our)\s+((?!\S*'s\s)\S+\s+){0,3}$", re.I)


def names_a_piece_of_ones_own(text: str) -> bool:
    return any(FIRST_PERSON_BEFORE.search(text[: m.start]) for m in item_mentions(text))


def asks_of_a_supposed_case(text: str) -> bool:
    """A question about cover in a case only supposed: "hypothetically, would renters
    insurance cover that?", or "would my stuff be covered if that happened?" after a
    friend's story. Answered, with the guide offered rather than started; "should I
    insure my ring if I travel?" (how to cover one's own), a recommendation asked for or
    a figure given ("a $2,000 ring, worth insuring in case?") is still advice."""
    if asks_how_to_cover(text) or asks_which_cover_for_it(text):
        return False
    if ASKS_FOR_A_SUGGESTION.search(text) or AMOUNT_SAID.search(text) or INSURING_IT.search(text):
        return False
    if SAID_TO_BE_SUPPOSED.search(text):
        return True
    return (
        reads_as_a_question(text)
        and bool(SUPPOSED_CASE.search(text))
        and is_hypothetical(text)
        and not names_a_piece_of_ones_own(text)
    )


# Said outright to be no real case: "hypothetically", "just asking", "nothing's happened".
SAID_TO_BE_SUPPOSED = re.compile(
    r"\b(hypothetically|just asking|nothing'?s? (has )?happened|"
    # "if one day I make a claim", "should I ever need to": a claim only foreseen.
    r"if (one day|some ?day|ever)|(if|should) (i|we) ever|in (the )?future)\b",
    re.I,
)
# The case supposed in so many words ("if that happened", "in case"), not a polite "would".
SUPPOSED_CASE = re.compile(r"\b(if|in case|suppos\w*)\b", re.I)
# A figure for the piece: then it is theirs to advise on ("would a $15k ring need ...").
AMOUNT_SAID = re.compile(r"\$\s?\d|\b\d[\d,.]*\s?(k|grand|dollars|bucks)\b", re.I)
# Whether to insure it at all: "should we bother insuring it", "is it worth insuring".
INSURING_IT = re.compile(r"\b(bother|worth)\s+(insuring|covering|scheduling|specifying)\b", re.I)


def asks_only_in_general(text: str) -> bool:
    """A question about cover in general ("quick q, does specifying a piece cost extra each
    year or is it included in contents"), naming no piece of the person's own and no
    figure (nor any piece at all: "do i need insurance on earrings" is advice wanted): the
    FAQ's to answer, even when the classifier heard the guide's facts in it."""
    return (
        asks_in_general(text)
        and not item_mentions(text)
        and not AMOUNT_SAID.search(text)
        and not asks_which_cover_for_it(text)
        and not asks_to_switch_cover(text)
    )


# The person themselves, or their things: a question that names them may be an answer
# ("does domestic count? I'm in Wellington most weeks").
FIRST_PERSON = re.compile(r"\b(i|i'm|im|i've|ive|i'd|we|we're|we've|my|our|me|us|mine|ours)\b", re.I)
# "can't wear it on the ward": a reply that only opens like a question.
NEGATION_FIRST = re.compile(r"^\W*(can'?t|don'?t|doesn'?t|isn'?t|won'?t|didn'?t|wasn'?t|aren'?t)\b", re.I)


def asks_about_cover_in_general(text: str) -> bool:
    """A question about cover with no piece, no figure and nobody's own things in it
    ("quick q, does specifying a piece cost extra each year or is it included in
    contents"): the FAQ's, never an answer to a form nor a reason to start the guide."""
    return (
        asks_only_in_general(text)
        and bool(INSURANCE_WORDS.search(text))
        and not FIRST_PERSON.search(text)
        and not NEGATION_FIRST.search(text)
    )


# A sentence, with the mark that ends it ("?" makes it a question).
SENTENCE = re.compile(r"[^.?!\n]+[.?!\n]*")


# A question that only asks to claim, at the end of what happened: "my necklace was
# stolen yesterday, can I claim?", "am I able to claim for it?", "how do I start a claim".
# The intake is its answer. Not a question about the claim ("can I claim if it wasn't
# specified?", "can I claim the full value?"), which the FAQ answers.
ASKS_TO_CLAIM = re.compile(
    r"(?:^|[,;:\u2013\u2014-]|\b(?:so|and|but|now|hi|ok|okay)\b)\s*"
    r"(?:(?:can|could|may|should|do|shall) (?:i|we)(?: still| even| please| now| just)?"
    r"|(?:am i|are we|would i be|will i be|would we be|will we be) (?:able|allowed|eligible) to"
    r"|how (?:do|can|would|should) (?:i|we)(?: go about)?"
    r"|(?:i|we) (?:want|need|would like|'d like) to"
    r"|where do (?:i|we))"
    r"\s+(?:(?:make|making|start|starting|lodge|lodging|file|filing|put in|putting in|open|opening|get|getting)"
    r" (?:a |the |my )?claim(?: started| going| in)?|claim|claiming|claim it|start)"
    r"(?:\s+(?:for|on) (?:it|this|that|them|those|these|(?:my|the|our) \w+))?"
    r"(?:\s+(?:on|through|under|with|from) (?:my |our |the )?(?:insurance|insurer|policy|contents|homeowners|renters|cover))?"
    r"(?:\s+(?:now|please|pls|at all|then|here))?\W*$",
    re.I,
)


def asks_only_to_claim(text: str) -> bool:
    """Every question the message asks is to claim ("can I claim?", "how do I start a
    claim"): the intake's own question, which no FAQ answer comes before."""
    asked = [part.strip() for part in SENTENCE.findall(text) if reads_as_a_question(part.strip())]
    unmarked = [part.strip() for part in SENTENCE.findall(text) if ASKS_TO_CLAIM.search(part.strip())]
    return bool(asked or unmarked) and all(ASKS_TO_CLAIM.search(part) for part in asked or unmarked)


def asks_only_how_to_cover(text: str) -> bool:
    """Every question the message asks is whether or how to cover the person's piece
    ("should I insure my grandmother's ring?", "is it worth insuring dad's watch?"): the
    guide's own question, which its advice answers; no FAQ answer comes before it."""
    asked = [part.strip() for part in SENTENCE.findall(text) if reads_as_a_question(part.strip())]
    return bool(asked) and all(
        asks_how_to_cover(part) or asks_whether_to_insure_it(part) or asks_which_cover_for_it(part)
        for part in asked
    )
