"""The kind of claim (theft, loss, damage) from how people tell it. The cues and example
sentences are in knowledge/claims.yml; a theft can be inferred from where and when the
piece went missing (said back, so it can be set right), a guess between kinds is asked
rather than taken, and a paraphrase no cue matches takes the nearest example's kind.
Also whether a message tells of a claim at all, a kind corrected by name, the story's
decline risks, and the reader for the claim-type question.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any

from bot.language.answers import UserMessage, is_question_shaped
from bot.language.claim.common import SET_ASIDE
from bot.language.facts import item_mentions
from bot.language.requests import about_another_line
from bot.language.sentence_vectors import sentence_encoder
from bot.language.stories import tells_it_happened, tells_it_is_gone_unexplained, tells_of_an_earlier_loss
from bot.language.text import sentences
from bot.language.yes_no import DONT_KNOW
from bot.rules.claims import load_claim_knowledge

# A cue after these words does not count: "it wasn't stolen, I lost it".
NEGATED_BEFORE = re.compile(
    r"\b(not|never|wasn'?t|weren'?t|isn'?t|didn'?t|haven'?t|hasn'?t)\s+(\w+\s+)?$"
    # "nobody steal it", "no one took it", "nobody's broken in", "nothing was taken": none.
    r"|\b(nobody|no-? ?one|noone|nothing)('s|s| has| had| did| would| could)?\s+(\w+\s+)?$"
    # "No break in, nothing", "no sign of a break-in", "without any break-in".
    r"|\b(no|without( any)?|no signs? of( an?| any)?)\s+$"
    # "I don't think anyone stole it", "I doubt it was stolen": a theft ruled out.
    r"|\b(don'?t|do not|doubt|never)\s+(think|believe|reckon|suppose|suspect)\b[^.,;!?]*$|\bdoubt\b[^.,;!?]*$",
    re.I,
)

# A kind of claim named as what a policy covers or caps ("doesn't cover loss or
# theft", "a $1,500 limit on jewelry theft") tells nothing of what happened.
POLICY_TERMS = re.compile(
    r"\b(cover\w*|exclud\w*|pays? (out )?(for|on)|(sub)?limits? (on|for)|against)\s+"
    r"((accidental|jewell?e?ry|any|the)\s+)?(loss|theft|damage)((\s*,\s*|\s+(or|and|&)\s+)(loss|theft|damage))*\b"
    r"|\b(loss|theft|damage)\s+(or|and|&)\s+(loss|theft|damage)\b"
    # "only covers jewelry for things like fire or burglary": the perils a policy names.
    r"|\b(like|such as|e\.?g\.?|including)\s+(fire|flood|storm|burglary|theft|break-?ins?)"
    r"((\s*,\s*|\s+(or|and|&)\s+)(fire|flood|storm|burglary|theft|break-?ins?))+\b",
    re.I,
)

# A stone gone from its setting is damage to the piece, not the piece lost: "the prong
# broke and the stone's missing", "one of the diamonds is gone", "a pearl missing from
# the strand". Read as a stone come out, which the damage cues name.
STONE_GONE = re.compile(
    r"\b(?:(?:the|a|an|its|one of (?:the|its|my)|some of (?:the|its|my)|(?:two|three|a few) of (?:the|its|my))\s+"
    r"(?:(?:main|centre|center|middle|side|little|small|big|tiny)\s+){0,2})"
    r"(stone|diamond|gem|gemstone|pearl|sapphire|ruby|emerald|opal|crystal|bead)s?"
    r"('s|'re| is| was| are| were| has| have)?( now| just| since| already| completely)?( been| gone)? (missing|gone|lost)\b",
    re.I,
)

# "bent and missing stones", "it's missing two of its diamonds": the piece is here without
# its stones, which is a stone come out (damage), not the piece gone.
MISSING_STONES = re.compile(
    r"\bmissing (?:(?:a|an|one|two|three|some|its|the|both|(?:one|two|some|a few|a couple) of (?:the|its|her|my))\s+)?"
    r"(?:(?:main|centre|center|middle|side|little|small|big|tiny)\s+){0,2}"
    r"(?:stone|diamond|gem|gemstone|pearl|sapphire|ruby|rubie|emerald|opal|crystal|bead)s?\b",
    re.I,
)

# "Friday just gone", "the weekend gone": a time just past (said in New Zealand), not a
# piece gone.
TIME_JUST_GONE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|weds|thur?s?|fri|sat|sun|"
    r"weekend|week|fortnight|month|night)"
    r"\s+(just\s+)?gone\b",
    re.I,
)

# "my ring's lost a stone", "it lost one of its diamonds": the piece lost a stone, which is
# a stone come out (damage), not the piece lost.
PIECE_LOST_A_STONE = re.compile(
    r"\b(?:'s|has|had|have|just|it|ring|pendant|necklace|bracelet|earrings?|band)\s+lost\s+"
    r"(?:(?:a|an|one|two|its|the|some|one of (?:the|its|my))\s+)(?:(?:main|centre|center|middle|side|little|small|big|tiny)\s+){0,2}"
    r"(stone|diamond|gem|gemstone|pearl|sapphire|ruby|emerald|opal|crystal|bead)s?\b",
    re.I,
)


# "the silver's gone black", "the pearls have gone cloudy": a change of colour or finish
# (damage), not a piece gone.
GONE_A_COLOUR = re.compile(
    r"\bgone\s+((?:all|a bit|kind of|sort of|really|completely|totally)\s+)?"
    r"(black|green|dull|cloudy|brown|grey|gray|yellow|milky|dark|tarnished|discolou?red|rusty)\b",
    re.I,
)


# "ring's gone out of shape, it's all oval now", "it's lost its shape", "the band's gone
# wonky": the piece bent out of shape (damage), not gone nor lost.
OUT_OF_SHAPE = re.compile(
    r"\b(gone|went|come|came|knocked|pushed|bent|squashed)\s+((?:all|a bit|kind of|sort of|really|completely|totally)\s+)?"
    r"(out of shape|oval|wonky|lopsided|misshapen|crooked|egg[- ]shaped|flat)\b"
    r"|\b(lost|losing) (its|their|her|his) (shape|round|roundness|circle)\b"
    r"|\b(all|completely|totally|now) (oval|misshapen|lopsided|out of shape)\b|\bmisshapen\b",
    re.I,
)


def claim_type_from_text(text: str) -> str | None:
    """From how people describe it, with the cues in knowledge/claims.yml.

    Theft first ("burgled, and the box was broken" is a theft); then damage unless a
    loss is plainly said ("the crystal cracked when I dropped it" is damage); then loss
    ("I took it off to put on sunscreen and it's gone")."""
    text = _as_told(text)
    said = _cues_said(text)
    if (
        said("theft")
        # "the window was smashed but nothing was taken": a break-in with no theft.
        or (said("theft_by_force") and not NOTHING_TAKEN.search(text))
        or said("theft_signs")
        or (said("gone_while_people_in") and _people_let_in(text) and not _lost_by_owner(said, text))
        or _suspected_of_people_let_in(said, text)
        or _gone_while_away(said, text)
        or _broken_into(said, text)
    ):
        return "theft"
    damage, lost = said("damage"), said("lost")
    if damage and not lost and said("lost_unless_damage") and FELL_OFF_AND_GONE.search(text):
        # "the clasp broke and it fell off somewhere on the walk home": the break is how it
        # was lost; the piece is gone, not damaged in hand.
        return "lost"
    if damage and not lost:
        return "damage"
    if lost or said("lost_unless_damage"):
        return "lost"
    return None


# The piece itself fell off (or out, or away) and is gone: "fell off somewhere", "dropped
# off and we never found it", "slipped off without me noticing". A stone that fell out
# is damage ("the diamond fell out somewhere"), and is no such piece.
FELL_OFF_AND_GONE = re.compile(
    r"(?<!stone )(?<!diamond )(?<!gem )(?<!pearl )(?<!stones )(?<!diamonds )(?<!pearls )"
    r"\b(fell|dropped|slipped|came|come|fallen)\s+(off|out|away|loose)\b[^.;!?]{0,50}?"
    r"\b(somewhere|never (found|saw|seen)|can'?t find|couldn'?t find|cannot find|without (me |us |her |him )?noticing|"
    r"no idea where|and (it'?s|it is|it was|they'?re|they are|they were) gone|nowhere to be (found|seen))",
    re.I,
)

# Words that say the owner lost it ("lost", "dropped", "fell off"), not only that it
# is gone.
LOSS_SAID = re.compile(
    r"\b(lost|lose|losing|misplac\w*|dropp\w*|drop (it|them)|(fell|fallen) (off|out)|slipp?\w* (off|out)|came off|"
    # "it fall in the drain of the sink", "went into the lake": where it went, said.
    r"(fell|fall|falls|fallen|went|go|goes|gone|slid|slipped) (in|into) (the|a) |"
    r"overboard|down the|forgot|forgotten|left (it|them) behind|put (it|them) somewhere|(flew|flung|flicked|slid) off|over the side|"
    r"flush\w*|(thrown|threw|chucked|tossed|binned) (it |them )?(out|away))\b",
    re.I,
)

# Someone who could have taken it, named beside a piece that is only gone: an ex, a date,
# workers, housekeeping, "the guy my mate brought"; or the person's own doubt about them.
SOMEONE_NEAR = re.compile(
    r"\b(ex|ex-?(husband|wife|partner|boyfriend|girlfriend)|boyfriend|girlfriend|date|hinge|tinder|bumble|"
    r"crew|workers?|workmen|tradies?|trades(man|men|people)|plumbers?|builders?|painters?|electricians?|"
    r"contractors?|movers?|removalists?|foreman|lads|cleaners?|housekeep\w*|maids?|nann(y|ies)|"
    r"babysitters?|sitters?|carers?|caregivers?|aides?|staff|guests?|visitors?|flatmates?|roommates?|"
    r"lodgers?|tenants?|stranger|someone|somebody)\b"
    r"|\b(accus\w*|suspect\w*|touched it|pocketed|helped (himself|herself|themselves))\b",
    re.I,
)


def gone_with_someone_near(text: str) -> bool:
    """Only gone ("isn't in my box", "has vanished"), not lost by the owner, with someone
    named who could have taken it."""
    return not LOSS_SAID.search(text) and bool(SOMEONE_NEAR.search(text))


# "so which one is that?", "would that count as damage?", "is that theft or loss?": the
# person asks what kind of claim their story is. The kind read from it is said back.
KIND_ASKED = re.compile(
    r"\b(which|what) (one|kind|type|category|box|option)\b[^.!]*\?"
    r"|\b(is|would|does|will) (that|this|it) (count|go|come|fall|be classed|be counted) (as|under)\b"
    r"|\b(is|would) (that|this|it) be (a )?(theft|loss|damage|lost|stolen|damaged)\b[^.!]*\?"
    r"|\b(is|was) (that|this|it) (a )?(theft|loss|damage|lost|stolen|damaged) or\b",
    re.I,
)

KIND_ASKED_NOTES = {
    "theft": "That counts as a theft, so I've put it down as one. If that's not how it was, tell me and I'll change it.",
    "lost": "That counts as lost, so I've put it down that way. If that's not how it was, tell me and I'll change it.",
    "damage": (
        "That counts as damage (a piece broken, or a stone out of its setting), so I've put it down that way. "
        "If that's not how it was, tell me and I'll change it."
    ),
}


# The kind taken from the nearest example sentence (no cue matched): an inference, said back.
NEAREST_KIND_NOTES = {
    "theft": "From what you describe, I've put this down as a theft. If it was lost or damaged instead, tell me.",
    "lost": "From what you describe, I've put this down as lost. If it was stolen or damaged instead, tell me.",
    "damage": "From what you describe, I've put this down as damage. If it was lost or stolen instead, tell me.",
}


def kind_asked(text: str) -> bool:
    """The person asks which kind of claim their story is ("so which one is that?")."""
    return bool(KIND_ASKED.search(text))


GONE_NOTED_AS_LOST = (
    "I've noted it as lost (gone missing). If you think it was stolen, tell me and I'll change it."
)

# "it must have fallen out of my bag", "I think I lost it on the way": the owner lost it,
# whatever place it was gone from.
FELL_OR_LOST = re.compile(r"\b(fell|fallen|falling|dropp\w*|slipp\w*|lost|lose|losing|misplac\w*)\b", re.I)


def _gone_while_away(said: Callable[[str], bool], text: str) -> bool:
    """Gone from a locker, a bag, a car or a room while the person was away from it ("it
    was gone when I got back"): someone took it, which is a theft."""
    return (
        said("gone_while_people_in")
        and said("back_to_find_it_gone")
        and said("closed_place")
        and not FELL_OR_LOST.search(text)
    )


# "the window was smashed but nothing was taken", "nothing missing": a break-in with no theft.
NOTHING_TAKEN = re.compile(
    r"\b(nothing|none of it|not a thing)( was| got| has been| had been|'s)?( \w+)? "
    r"(taken|stolen|missing|gone|touched|nicked|pinched)\b|\b(didn'?t|did not) (take|get|steal|touch)\b",
    re.I,
)


def _broken_into(said: Callable[[str], bool], text: str) -> bool:
    """A break-in told by what was found ("the window was smashed when we got back", "the
    bag had been slashed"): someone took it, unless the person lost it or says nothing
    was taken."""
    return said("break_in_signs") and not FELL_OR_LOST.search(text) and not NOTHING_TAKEN.search(text)


def _as_told(text: str) -> str:
    """The words with what only looks like a claim type put aside: a policy's terms, a
    stone come out, a day "just gone"."""
    text = THOUGHT_THEN_NOT.sub(" ", text)
    text = POLICY_TERMS.sub(lambda m: " " * len(m.group(0)), text)
    text = STONE_GONE.sub(lambda m: f"{m.group(1)} stone came out", text)
    text = TIME_JUST_GONE.sub(lambda m: f"{m.group(1)} just past", text)
    text = GONE_A_COLOUR.sub(lambda m: f"turned {m.group(1) or ''}{m.group(2)}", text)
    text = OUT_OF_SHAPE.sub(" got bent", text)
    text = PIECE_LOST_A_STONE.sub(" the stone came out", text)
    text = MISSING_STONES.sub(" the stone came out", text)
    # "nearly lost it when it caught on my jumper": a near miss, no loss.
    text = NEAR_MISS.sub(" ", text)
    # "we lost everything in the house fire": destroyed in a fire or flood, not lost.
    text = LOST_IN_A_FIRE.sub(" destroyed", text)
    # "lost I guess, I left it behind. Unless housekeeping took it": the kind said is the
    # answer; what it is "unless" of is a doubt beside it, not another kind.
    return EXCEPTION_ADDED.sub(" ", text)


LOST_IN_A_FIRE = re.compile(
    r"\s\blost\b(?=( (it|them|everything|all of it|the lot|my \w+))? in (the|a|our|my) ([\w-]+ )?(fire|flood|blaze)\b)",
    re.I,
)

EXCEPTION_ADDED = re.compile(r"\bunless\b[^.;!?]*", re.I)

# "nearly lost it", "almost lost the stone", "came close to losing it": it was not lost.
NEAR_MISS = re.compile(
    r"\b(?:nearly|almost|very nearly|just about|practically|came close to|close to)\s+"
    r"(?:lost|lose|losing|dropped|dropping)\b",
    re.I,
)


def _suspected_of_people_let_in(said: Callable[[str], bool], text: str) -> bool:
    """ "I think the cleaner took it", "the only people in the house were the carpet guys",
    "can't prove it but our Airbnb guest...": a theft believed of someone let in, even
    where the words say it is lost ("I lost my ring and I suspect the nanny"); not where
    the owner tells how it came off them ("dropped it at the party, one of the guests must
    have kicked it somewhere")."""
    return said("theft_suspected") and _people_let_in(text) and not said("lost_unless_damage")


def theft_told_of_people_let_in(text: str) -> bool:
    """A story told after the claim was taken as a loss that says someone let in took it
    ("I think the cleaner took it, she was the only one in the house"): the kind is a theft
    (said back as a change), unless the story only guesses ("could have been the movers")."""
    # Only a suspicion told outright changes a loss already taken: people around when it
    # went ("a Halloween party, the next morning it wasn't in my dish", "we've had a
    # cleaner and a plumber in since") leave it a loss (the tuned sets' writers: lost).
    told = _as_told(text)
    return (
        _suspected_of_people_let_in(_cues_said(told), told)
        and not claim_type_guessed(text)
        and not HELD_BACK.search(text)
    )


# "would it count as theft if the housekeeping took them? I'm not saying they did", "we
# don't want to accuse anyone": a suspicion asked about or held back, not told.
HELD_BACK = re.compile(
    r"\b(would|could|does|do|is|will) (it|that|this)\b[^.?!]{0,40}\bif\b|\bnot saying\b|"
    r"\b(don'?t|do not|wouldn'?t|would not) (want to |like to )?(accuse|blame|point (the )?fingers?)\b",
    re.I,
)


# "I thought the cleaner had taken it but then I found it behind the couch", "we were
# sure it was stolen but it turned out it fell down the drain": a belief taken back.
THOUGHT_THEN_NOT = re.compile(
    r"\b(i|we)\s+(\w+\s+)?(thought|assumed|figured|was sure|were sure|was convinced|were convinced)\b[^.;!?]*?\bbut\b"
    r"(?=[^.;!?]*\b(found|find|turned out|turns out|turned up|realised|realized|actually)\b)",
    re.I,
)


def _cues_said(text: str) -> Callable[[str], bool]:
    """Whether a kind of cue (knowledge/claims.yml) is said in `text`, not after "not"."""
    cues = load_claim_knowledge().claim_type_cues

    def said(kind: str) -> bool:
        return any(
            not NEGATED_BEFORE.search(text[: m.start()]) for p in cues.get(kind, ()) for m in p.finditer(text)
        )

    return said


# A theft believed, not known: "I think someone at the party took it", "pretty sure one
# of the workers took it", "not accusing him but", "can't prove anything"; and slang that
# may only mean it is gone ("it walked", "it grew legs").
THEFT_BELIEVED = re.compile(
    r"\b(i think|i reckon|reckon|pretty sure|fairly sure|i'?m sure|i bet|suspect\w*|i believe|my guess|"
    r"must have|must'?ve|probably|can'?t prove|cannot prove|no proof|not accusing|not saying|"
    r"hate (even )?(to )?think(ing)?|thinking|wonder(ing)? if)\b"
    r"|\bwalked\b(?! (off|away|out) with)|\b(grew|grown|sprouted) (some |a pair of |its own )?legs\b",
    re.I,
)


def theft_inferred(text: str) -> bool:
    """A theft read from where and when the piece went missing (people let in, or a
    locker or bag left), or believed rather than known: said back, so it can be set right."""
    told = _as_told(text)
    if claim_type_from_text(text) != "theft":
        return False
    said = _cues_said(told)
    return not (said("theft") or said("theft_by_force")) or bool(THEFT_BELIEVED.search(told))


# A cause given as a guess: "could have been the movers", "not sure if it was pinched
# or if I dropped it", "maybe someone took it", "either lost or stolen".
GUESSED_CAUSE = re.compile(
    r"\b(could|might|may)( well)?( have|'ve|’ve)? (been|be)\b[^.;!?]*"
    # "maybe 40 minutes later", "perhaps an hour after": a time guessed, not a cause.
    r"|\b(maybe|possibly|perhaps)\b(?!\s+(about\s+|around\s+)?(\d+|an?|half an?|a few|a couple( of)?|ten|fifteen|twenty|thirty|forty|fifty)"
    r"\s*(min\w*|hours?|hrs?|h|secs?|seconds?|days?|weeks?)\b)[^.;!?]*"
    r"|\b(not sure|unsure|no idea|don'?t know|dunno|can'?t tell|no clue|wondering)\s+(if|whether)\b[^.;!?]*"
    r"|\beither\b[^.;!?]*\bor\b[^.;!?]*",
    re.I,
)


def claim_type_guessed(text: str) -> bool:
    """The kind of claim rests on a guess: read without the guessed part, the words tell
    another kind or none ("it's just gone, could have been the movers"). Then it is
    asked, not taken; "it was stolen, maybe at the gym" still states a theft."""
    if not GUESSED_CAUSE.search(text):
        return False
    if any(_theft_or_loss_left_open(m.group(0)) for m in GUESSED_CAUSE.finditer(text)):
        return True
    return claim_type_from_text(GUESSED_CAUSE.sub(" ", text)) != claim_type_from_text(text)


def _theft_or_loss_left_open(guess: str) -> bool:
    """A guess between a theft and a loss: "not sure if the cleaner took it or I
    misplaced it", "either it was nicked or it fell off". Both readings are open, so the
    kind of claim is asked, whatever else the message says."""
    said = _cues_said(_as_told(guess))
    return said("theft") and (said("lost") or said("lost_unless_damage"))


# "might get stolen", "in case it's lost", "I want to insure the new one": a worry or
# advice wanted, not something that happened.
NOT_AN_EVENT = re.compile(
    # "suppose it gets stolen" is a worry; "I suppose that's the figure" is not.
    # A fear is no event: "terrified I'll leave it somewhere", "a bit nervous about my own jewellery".
    r"\b(if|in case|might|could|would|worried|afraid|scared|terrified|petrified|nervous|paranoid|anxious|"
    r"what happens|hypothetically|(?<!i )suppose|"
    r"insure|insuring|protect\w*|quote|premium|recommend\w*|new one|replacement)\b"
    # A loss only dreaded or wished away: "I'd hate to lose it", "don't want it to get
    # stolen", "I worry about breaking it", "couldn't bear losing it" (not "I hate to say
    # it but my ring got stolen": the clause ends at "but").
    r"|\b(hate|dread\w*|fear|worr(y|ies|ying)|(can'?t|cannot|couldn'?t) (bear|afford|stand)|"
    r"(don'?t|do not|never|wouldn'?t|would not) want)\b((?!\b(but|and then|so|though|yet)\b)[^.!?]){0,40}?"
    r"\b(lose|losing|lost|stolen|steal\w*|nicked|break|breaking|broken|damag\w*|scratch\w*|go(es)? missing|"
    r"going missing)\b",
    re.I,
)


# A claim already made, asked about: "any update on the claim I lodged", "my claim number".
CLAIM_ALREADY_MADE = re.compile(
    r"\b(status|reference|ref( number| no)?|update|progress|heard back|processed|approved|paid out|"
    r"(lodged|filed|submitted|made|put in|opened|started|sent in)( (a|the|my|our|this|that))? claim|"
    r"claim (i|we) (made|lodged|filed|submitted|put in|opened|started|sent)|(my|our) claim (number|is|was|has))\b",
    re.I,
)


def a_claim_still_to_make(text: str) -> bool:
    """What happened to a piece, told with no claim made yet: "lost my TAG on Labour Day
    ... is it too late to claim?" is a claim to take in, not one to look up."""
    return tells_of_a_claim(text) and not CLAIM_ALREADY_MADE.search(text)


def tells_of_a_claim(text: str) -> bool:
    """A statement, not a question or a worry, of what happened to a named piece:
    "I'm Ana, my necklace was stolen yesterday, police report 2611-4471"."""
    if NOT_AN_EVENT.search(text):
        return False
    if is_question_shaped(text):
        # "lost my wedding ring surfing at raglan friday arvo. gutted. i reckon its
        # specified?": a sentence of its own tells the loss; the question is about it.
        told = sentences(text)
        return len(told) > 1 and any(
            not sentence.rstrip().endswith("?")
            and not is_question_shaped(sentence)
            # a loss that happened, not a peril named ("homeowners only covers $1,500 for theft")
            and tells_it_happened(sentence)
            # nor one gone by beside a new piece asked about, nor another line's ("does my
            # health insurance cover an ER visit? ... they had to cut my ring off")
            and not tells_of_an_earlier_loss(text)
            and not about_another_line(text)
            and _tells_the_event(sentence)
            for sentence in told
        )
    return _tells_the_event(text)


def _tells_the_event(text: str) -> bool:
    # "the locker was empty, my Tudor was in there": gone, how is the intake's question.
    return bool(item_mentions(text)) and (
        claim_type_from_text(text) is not None or tells_it_is_gone_unexplained(text)
    )


def _people_let_in(text: str) -> bool:
    rules = load_claim_knowledge().flag_rules
    return any(r.code == "invited_guest_theft" and any(p.search(text) for p in r.patterns) for r in rules)


def _lost_by_owner(said: Callable[[str], bool], text: str) -> bool:
    """ "I lost it at the party", "it slipped off while dancing": the owner lost it.
    Taking it off and putting it down at home is no loss ("I'd taken it off to wash my
    face" and it was gone after the party): with people in, it is a theft."""
    # Taken off in an Uber or on the way home is carried off, not put down at home.
    put_down = re.sub(
        r"\b(took|take|taken|taking) (it|them|my \w+( \w+)?) off\b"
        r"(?! (in|on) (the|an?|my) (uber|lyft|taxi|cab|car|bus|train|tram|plane|ferry|subway|metro|way))",
        " ",
        text,
        flags=re.I,
    )
    return bool(
        any(p.search(put_down) for p in load_claim_knowledge().claim_type_cues.get("lost_unless_damage", ()))
        or re.search(r"\b(lost|lose|losing|misplac\w*)\b", text, re.I)
    )


def nearest_claim_type(text: str) -> str | None:
    """For a paraphrase no cue matches ("my ring has gone walkabout"): the claim type
    of the nearest example sentence, when it is close and clearly closer than the rest.

    It costs a sentence vector (tens of milliseconds), so it runs only where a claim
    type is expected and the rules found none."""
    knowledge = load_claim_knowledge()
    labels, vectors = _example_vectors()
    if not labels or len(text.split()) < 3:
        return None
    scores = vectors @ sentence_encoder().encode([text])[0]
    best: dict[str, float] = {}
    for label, score in zip(labels, scores.tolist(), strict=True):
        best[label] = max(best.get(label, -1.0), score)
    ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)
    top, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else -1.0
    if score >= knowledge.example_min_similarity and score - runner_up >= knowledge.example_min_margin:
        return top
    return None


@lru_cache(maxsize=1)
def _example_vectors() -> tuple[tuple[str, ...], Any]:
    examples = load_claim_knowledge().claim_type_examples
    labels = tuple(label for label, texts in examples.items() for _ in texts)
    if not labels:
        return (), None
    return labels, sentence_encoder().encode([t for texts in examples.values() for t in texts])


THEFT_INFERRED_NOTE = (
    "I've put this down as a theft, from what you describe. If you think it was lost "
    "rather than taken, you can change that on the summary before it's sent."
)


def _claim_type_corrected(text: str, known_type: str) -> str | None:
    """ "it was stolen not lost", "lost, not stolen": the kind given before, set aside
    by name for another."""
    set_aside = [
        re.sub(r"^\W*(not|instead of|rather than)\b", " ", m.group(0), flags=re.I)
        for m in SET_ASIDE.finditer(text)
    ]
    # "my agent said homeowners only covers it if its stolen, not if you lose it": a
    # policy's condition set aside, not the kind of this claim.
    set_aside = [old for old in set_aside if not re.match(r"^\W*(if|when|unless|whether)\b", old, re.I)]
    if not any(claim_type_from_text(old) == known_type for old in set_aside):
        return None
    new = claim_type_from_text(SET_ASIDE.sub(" ", text))
    return new if new not in (None, known_type) else None


def _tells_a_risk(text: str, claim_type: str) -> bool:
    rules = load_claim_knowledge().flag_rules
    return any(claim_type in r.claim_types and any(p.search(text) for p in r.patterns) for r in rules)


def gone_but_cant_tell(text: str, claim_type: str | None) -> bool:
    """ "I can't tell, it just isn't there anymore", "hard to say, the pendant wasn't
    there": only gone, and the person says they can't tell how. Asked, not noted as lost
    (the form takes a loss after the second ask)."""
    return claim_type == "lost" and not LOSS_SAID.search(text) and bool(CANT_TELL.search(text))


def _claim_type(
    message: UserMessage, known: dict[str, Any], today: date, slots: dict[str, Any], problems: list[str]
) -> None:
    chosen = message.first("claim_type") or (
        None if claim_type_guessed(message.text) else claim_type_from_text(message.text)
    )
    if not message.first("claim_type") and gone_but_cant_tell(message.text, chosen):
        return
    if chosen in {"theft", "lost", "damage"}:
        slots["claim_type"] = chosen


# "I can't say which", "no way to tell": the person cannot tell the kind of claim.
CANT_TELL = re.compile(r"\b(can'?t|cannot|couldn'?t|no way to|hard to|impossible to) (say|tell|know)\b", re.I)


def cause_not_known(message: UserMessage) -> bool:
    """ "honestly I don't know if it was stolen or I lost it", "I can't say which": the
    person cannot tell the kind of claim (asked twice, the answer would not change)."""
    text = message.text
    return message.first("claim_type") is None and (
        message.intent == "dont_know"
        or bool(DONT_KNOW.search(text) or CANT_TELL.search(text))
        or _theft_or_loss_left_open(text)
    )
