"""What one user message answers in the coverage guide.

The form validation action hands over the message (text, intent, entities), which
slot the guide just asked for, and what is already known; `read_advice_answers`
returns the slot values the message sets, the problem to explain when the asked-for
answer is unusable, and notes for corrections ("value changed to $7,000").

Entities are taken whatever was asked (so a rich first message fills several slots
and "actually it was $7,000" corrects the value at any point); yes/no, "I don't
know" and free text count only as the answer to the question just asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from bot.language.facts import (
    PIECE_STAYS_BEHIND,
    area_from_text,
    coverage_from_text,
    coverage_reading,
    district_of_a_city,
    habit_ended,
    habit_mentions,
    item_mentions,
    names_a_city,
    one_trip_only,
    only_a_local_round,
    pieces_in,
    read_message,
    told_only_by_distance,
    travel_frequency,
    travel_varies,
    wear_frequency,
)
from bot.language.money import (
    UPPER_BOUND,
    corrected_value,
    corrected_within,
    cover_figures,
    currency_named,
    current_value,
    find_amounts,
    is_a_cover_figure,
    loose_value,
    piece_alone,
    read_amount,
    said_as_a_floor,
    said_loosely,
    settled_amount,
    share_of_total,
    taken_back,
    thousands_said_short,
    top_of_range,
    value_range,
)
from bot.language.questions_in_answers import (
    asks_if_it_is_the_answer,
    asks_in_passing,
    said_before_a_question,
    without_questions,
)
from bot.language.stories import piece_asked_about_after, piece_not_covered_yet, tells_of_an_earlier_loss
from bot.language.yes_no import DONT_KNOW, YesNo, read_yes_no
from bot.rules.advice import value_problem
from bot.rules.claims import ITEM_TYPES
from bot.rules.knowledge import AREAS, COVERAGES, CoverageFacts
from bot.rules.regions import CURRENCIES, DEFAULT_CURRENCY
from bot.wording.advice import ADVICE_PROBLEMS, AREA_SAID, COVER_READ_NOTES, CURRENT_COVER_SAID
from bot.wording.common import item_name, money, thousands_read_as
from bot.wording.forms import one_figure_please

# Intents that never answer a form's question, whatever the words: the dialogue's own
# rules handle them (a person, start over, a status lookup).
NOT_ANSWERS = frozenset({"human_handoff", "restart", "goodbye", "bot_challenge", "claim_status"})
# Intents that are an attempt to answer the guide's question. Anything else (an FAQ,
# "talk to a person", small talk) is a digression: the form lets rules handle it.
ANSWER_INTENTS = {"inform", "ask_coverage_advice", "affirm", "deny", "dont_know", "nlu_fallback"}
BOOLEAN_SLOTS = ("travels_often", "wears_daily")
# What an in-between answer ("sometimes for work", "only on holidays") is taken as,
# said back as an assumption. Travel: a piece that goes on any trips needs the cover
# that travels, so yes. Wear: "sometimes" is not "most days", so no. A "not sure" is
# not a reading of the words but a default: knowledge/coverage.yml's
# `defaults` (`CoverageFacts.unknown_habits`), the same one the form's fallback uses.
BETWEEN_TAKEN_AS = {"travels_often": True, "wears_daily": False}
ASSUMPTION_NOTES = {
    (
        "travels_often",
        True,
    ): 'I\'ve taken that as a yes: it goes with you on some trips. Say "no" if it never travels.',
    ("wears_daily", False): 'I\'ve taken that as not most days. Say "yes" if you wear it most days.',
    (
        "travels_often",
        False,
    ): 'I\'ve taken that as not often: only on the odd trip. Say "yes" if it goes with you a few times a year or more.',
    ("wears_daily", True): "I've assumed you wear it most days, the riskier case. Say \"no\" if you don't.",
}
EXTRA_FLAGS = ("new_purchase", "damage_worry")
# What makes a different item word a correction, not a word in a story or about another
# piece ("the ring was in a dish" in a claim for an engagement ring; "her engagement
# ring is on a separate policy" while the guide is about a pendant).
CORRECTION_CUE = re.compile(
    r"\b(actually|sorry|wait|i meant|i mean|correction|oops|my mistake|my bad|wrong|not an? \w+|"
    r"change (it|the \w+) to|should (be|say)|it'?s an? |it was an? |it is an? )",
    re.I,
)


@dataclass(frozen=True)
class UserMessage:
    text: str
    intent: str | None
    entities: tuple[dict[str, Any], ...] = ()

    def entity_values(self, name: str) -> list[Any]:
        return [e.get("value") for e in self.entities if e.get("entity") == name]

    def first(self, name: str) -> Any:
        values = self.entity_values(name)
        return values[0] if values else None


QUESTION_START = re.compile(
    r"^\s*(what|how|why|when|where|which|who|is|are|does|do|can|could|should|will|would)\b", re.I
)


# "my watch crown broke off, can the care plan help": a question after a clause.
QUESTION_CLAUSE = re.compile(
    r"[,;.!]\s*(can|could|does|do|is|are|will|would|should|what|how|why)\s+(the|a|an|i|we|it|they|you|my|this|that)\b",
    re.I,
)


def is_question_shaped(text: str) -> bool:
    """Asked as a question: a question mark, a question word first, or a question clause."""
    return "?" in text or bool(QUESTION_START.match(text) or QUESTION_CLAUSE.search(text))


def is_short_answer(text: str) -> bool:
    """A few words that are not a question: "New Zealand", "8.5k", "the suburbs".

    Such a message answers the question just asked even when the intent classifier
    files it elsewhere (a bare "New Zealand" looks like the NZ FAQ questions)."""
    return len(text.split()) <= 5 and "?" not in text and not QUESTION_START.match(text)


@dataclass(frozen=True)
class FormReading:
    slots: dict[str, Any] = field(default_factory=dict)
    problem: str | None = None  # why the asked-for answer could not be used, with an example
    notes: tuple[str, ...] = ()  # acknowledgements of corrections
    # The person asked what the question means or why it is asked ("is that necessary?
    # it's obviously gone"), and the problem explains it: nothing else of it is an answer.
    explained: bool = False


# What a question about the guide names is its topic, never the person's answer.
QUESTION_TOPICS = ("current_coverage", "area_type", "travels_often", "wears_daily")


def read_advice_answers(
    message: UserMessage,
    requested_slot: str | None,
    known: dict[str, Any],
    facts: CoverageFacts,
) -> FormReading:
    if message.intent not in ANSWER_INTENTS:
        # A question or small talk mid-guide ("what is a blanket endorsement?") must
        # not be read as an answer, even when it names a cover type; a short plain
        # answer to the question just asked still counts.
        if not (
            requested_slot
            and (_answers_question(message.text, requested_slot) or _corrects_the_piece(message.text, known))
        ):
            return FormReading()
        tail = answer_after_own_question(message.text, requested_slot) if requested_slot else None
        if tail is not None and not _answers_question_whole(message.text, requested_slot):
            message = UserMessage(tail, "inform", _entities_of(tail))  # the answer, not the question
        else:
            message = UserMessage(message.text, "inform", message.entities)
    slots: dict[str, Any] = {}
    _read_entities(message, slots)
    if requested_slot != "travels_often" and slots.get("travels_often") and one_trip_only(message.text):
        # "I just bought it on our trip to Italy": one trip is no habit; the guide asks.
        slots.pop("travels_often")
    if asks_something(message.text):
        # "whats the difference between blanket and scheduled anyway?": the cover or
        # area a question names is its topic, not this person's answer.
        # The same for a habit a question names ("does a weekend at the bach count as
        # travel?", "is it bad to wear it every day?"): asked about, not told.
        for topic in QUESTION_TOPICS:
            slots.pop(topic, None)
    if requested_slot != "item_value" and not slots.get("collection"):
        # "sorry, the appraisal says 5,200 not 4,500", at any later question: the new
        # figure, never the old one the correction names (the larger of the two).
        corrected = corrected_value(message.text, known.get("item_value"))
        if corrected is not None:
            _set_value(corrected, slots)
    if requested_slot == "item_value" and not slots.get("collection"):
        _thousands_said_short(message.text, known, slots)
    _keep_specific_item(known, slots)
    _keep_value_of_another_thing_apart(message.text, requested_slot, known, slots)
    _keep_item_unless_corrected(message.text, requested_slot, known, slots)
    if requested_slot == "item_type" and not slots.get("collection") and len(_kinds_named(message.text)) > 1:
        # "a ring and the matching earrings": the guide looks at one piece at a time.
        slots.pop("item_type", None)
        slots["_problem"] = ADVICE_PROBLEMS["item_type_several"].format(
            " or ".join(f"the {item_name(kind)}" for kind in _kinds_named(message.text))
        )
    if requested_slot in BOOLEAN_SLOTS:
        _keep_other_habit_unless_restated(message.text, requested_slot, slots)
    if requested_slot in BOOLEAN_SLOTS and message.intent in ANSWER_INTENTS:
        # The answer to the yes/no question is read as one, hedges and all ("depends on
        # the trip", "probably not, it's a bit much for every day"), not from a habit
        # word inside it.
        slots.pop(requested_slot, None)
    if (
        requested_slot == "current_coverage"
        and _without_other_pieces_listed(message.text, known.get("item_type")) != message.text
    ):
        # A listing told of another piece is no answer for this one: read again without it.
        slots.pop("current_coverage", None)
    # The answer to the cover question is read whole, with what is not today's cover of
    # this piece set aside ("used to have it on my contents but that's long gone", "a
    # $2,500 limit for unspecified jewellery"), not from a cover word found in it; it is
    # read below, and said back when it needs to be.
    if (
        requested_slot == "current_coverage"
        and message.intent in ANSWER_INTENTS
        and "current_coverage" in slots
        and coverage_from_text(_without_other_pieces_listed(message.text, _piece(known)), _piece(known))
    ):
        slots.pop("current_coverage")
    if requested_slot == "area_type" and (AREA_BOTH.search(message.text) or AREA_MOVING.search(message.text)):
        # "I split my time between my apartment in Manhattan and our place in the
        # Hamptons": two homes (or a move) leave the area open, whichever one a place names.
        slots.pop("area_type", None)
    _read_requested(message, requested_slot, known, facts, slots)
    moving_to = area_moved_to(message.text) if requested_slot != "area_type" else None
    if moving_to and "area_type" not in slots and known.get("area_type") not in (None, moving_to):
        # "actually we're moving to a lifestyle block next month", at another question:
        # the piece will live there, so that is the area priced (said back as a change).
        slots["area_type"] = moving_to
    if isinstance(slots.get("item_value"), int | float) and not slots.get("collection"):
        slots["item_value"] = top_of_range(message.text, float(slots["item_value"]))
    if requested_slot == "item_value" and message.intent in ANSWER_INTENTS:
        _one_figure_asked(message.text, known, slots)
    _guesses_said_back(message.text, requested_slot, known, slots)
    problem = slots.pop("_problem", None)
    assumption_notes = tuple(slots.pop("_notes", ()))
    # Complain only when the message filled nothing: a correction of an earlier answer
    # ("actually it was $7,000") is not a failed answer to the current question.
    if problem is None and requested_slot and not slots and message.intent in ANSWER_INTENTS:
        problem = ADVICE_PROBLEMS.get(requested_slot)
    value_issue = slots.pop("_value_issue", None)
    if value_issue:
        problem = ADVICE_PROBLEMS[f"item_value_{value_issue}"]
    return FormReading(slots=slots, problem=problem, notes=(*_notes(slots, known), *assumption_notes))


# A question asked, not an answer: a question word first and a question mark last.
ASKS = re.compile(
    r"^\W*(what'?s|whats|what|how|why|which|who|is|are|does|do|can|could|should|will|would)\b", re.I
)


def asks_something(text: str) -> bool:
    return text.strip().endswith("?") and bool(ASKS.search(text) or re.search(r"\bdifference\b", text, re.I))


# "do you need the original receipt? it was my mother's": a question first, then why.
QUESTION_FIRST = re.compile(
    r"^\W*(what'?s|whats|what|how|why|which|who|is|are|does|do|can|could|should|will|would)\b[^.?!]*\?\s+\S",
    re.I,
)


def asks_a_question_first(text: str) -> bool:
    """Opens with a question of its own, whatever follows it."""
    return bool(QUESTION_FIRST.search(text))


def states_the_answer(text: str, requested_slot: str) -> bool:
    """A statement that gives what the guide asked: "I have a blanket jewelry rider on
    my condo policy" to the cover question, "replacement value per the appraisal:
    $31,400" to the value question, "it'll be on her finger every day" to the daily
    question, whatever the classifier made of it."""
    if requested_slot == "current_coverage":
        return coverage_from_text(text) is not None
    if requested_slot == "area_type":
        return area_from_text(text, asked=True) is not None
    if requested_slot == "item_type":
        return bool(item_mentions(text))
    if requested_slot == "item_value":
        return _states_a_value(text)
    if requested_slot in BOOLEAN_SLOTS:
        frequency = (travel_frequency if requested_slot == "travels_often" else wear_frequency)(text)
        return frequency is not None or any(m.entity == requested_slot for m in habit_mentions(text))
    return False


# "$40 a year", "about $100 annually": a premium, not what the piece is worth.
YEARLY_AFTER = re.compile(
    r"^\s*(a|per|each|every|/)\s*(year|yr|month|mo)\b|^\s*(annually|yearly|monthly)\b", re.I
)


# An insurer's decision told: its figure is a settlement, never the value asked for
# ("the insurer declined my claim and only paid $1,500 of it").
DECISION_TOLD = re.compile(
    r"\b(declin\w*|denied|denies|refus\w*|reject\w*|turned (it |me |us )?down|paid out|only paid|offered|settled)\b",
    re.I,
)


def _states_a_value(text: str) -> bool:
    """A money-marked figure that is not the cover's (a limit, a premium, a settlement)."""
    if DECISION_TOLD.search(text):
        return False
    cover = cover_figures(text)
    return any(
        a.cued and a.value > 0 and a.value not in cover and not YEARLY_AFTER.search(text[a.end :])
        for a in find_amounts(text)
    )


def answer_after_own_question(text: str, requested_slot: str) -> str | None:
    """ "apple watch? does that count? no ok, my Omega then": the person asks, then
    answers it themselves; the words after the last question are the answer."""
    if "?" not in text:
        return None
    tail = text.rsplit("?", 1)[1].strip()
    if len(tail.split()) < 2 or is_question_shaped(tail) or not states_the_answer(tail, requested_slot):
        return None
    return tail


# A last sentence asked in a statement's words, after a sentence that states: "It was on
# the schedule, yeah. $6k. deductible is zero for scheduled stuff I think?", "the
# manufacturer warranty, 2 years. thats insurance right?".
STATEMENT_THEN_ASKED = re.compile(r"(?<=[.!;])\s+[^.?!;]*\w[^.?!;]*\?+\s*$")


def answer_before_own_question(message: UserMessage) -> UserMessage | None:
    """ "nothing yet - should I schedule it?", "no it wasn't, is that a problem?": an
    answer, then a question of the person's own. The words that state, without the
    question, as a message to read as the answer; None when the message asks nothing,
    asks only, or asks first ("do you need the receipt? it was my mother's" tells of
    the piece, and answers nothing)."""
    asked_after = STATEMENT_THEN_ASKED.search(message.text)
    if said_before_a_question(message.text):
        stated = without_questions(message.text).strip(" -\u2013\u2014,;")
    elif asked_after is not None:
        stated = message.text[: asked_after.start()].strip(" -\u2013\u2014,;")
    else:
        return None  # a question first is read as it always was (answer_after_own_question)
    if not stated or stated == message.text.strip():
        return None
    return UserMessage(stated, "inform", _entities_of(stated))


# An answer with a question beside it is read from the words that state it
# (read_beside_a_question), except at these questions, where it is:
ReadBeside = Literal["read whole", "open if asked whether"]
# read whole, as any answer;
READ_WHOLE: ReadBeside = "read whole"
# or left open when the question asks whether it is the answer, which may be described
# as something else. (At other questions what they describe is the answer: "it has its
# own rider, is that the same thing?" is listed.)
OPEN_IF_ASKED_WHETHER: ReadBeside = "open if asked whether"
BESIDE_A_QUESTION: dict[str, ReadBeside] = {
    # At the summary, "yes, can I add photos later?" is read whole (language.claim.confirmation).
    "claim_confirmed": READ_WHOLE,
    # At the proof question, documents told beside a question ("the valuation is from
    # 2018, is that too old?") are kept as told, and the question asks once more for any
    # others ("You mentioned the valuation. Any other proof?").
    "proof_documents": READ_WHOLE,
    # A warranty or a cleaning plan may be no care plan ("we bought the extended
    # warranty, is that the same thing?").
    "has_care_plan": OPEN_IF_ASKED_WHETHER,
    # What happened may be told for the kind of claim ("which one is that?" asks for it).
    "claim_type": OPEN_IF_ASKED_WHETHER,
}


def read_beside_a_question(
    read: Callable[[UserMessage], FormReading], message: UserMessage, requested_slot: str, whole: FormReading
) -> tuple[FormReading, bool]:
    """ "nothing yet - should I schedule it?", "about 1500, is that too low to bother?":
    an answer with a question of the person's own. A form's reading of the message
    (`read`), with the answer taken from the words that state it when they give what
    was asked (a cover or a figure the question names is its topic, not the answer);
    and whether the message also asks something, which the form then answers. `whole`
    is `read(message)`, already made. A message that is no answer (a person asked for,
    a goodbye), or one at a question that reads it whole (BESIDE_A_QUESTION), is left
    as read."""
    read_as = BESIDE_A_QUESTION.get(requested_slot)
    if read_as == READ_WHOLE or whole.explained or message.intent in NOT_ANSWERS:
        return whole, False
    stated = answer_before_own_question(message)
    if stated is not None and read_as == OPEN_IF_ASKED_WHETHER and asks_if_it_is_the_answer(message.text):
        # "we bought the extended warranty, is that the same thing?": the question stays open.
        stated = None
    if stated is not None:
        beside = read(stated)
        if requested_slot in beside.slots and not beside.problem:
            return beside, True
    if requested_slot in whole.slots and not whole.problem:
        return whole, asks_in_passing(message.text)
    return whole, False


def states_an_answer(text: str, requested_slot: str) -> bool:
    """During the guide, a statement that gives what was asked, or a question the
    person answers themselves in the same message."""
    if not is_question_shaped(text) and states_the_answer(text, requested_slot):
        return True
    return answer_after_own_question(text, requested_slot) is not None


def _entities_of(text: str) -> tuple[dict[str, Any], ...]:
    return tuple(
        {"entity": m.entity, "value": m.value, "start": m.start, "end": m.end} for m in read_message(text)
    )


def _answers_question(text: str, requested_slot: str) -> bool:
    """A short plain answer, a statement of what was asked, or a yes/no with its reason
    ("no, I rotate them between three rings") to a yes/no question, is an answer
    whatever the classifier said; so is a question the person answers themselves."""
    return _answers_question_whole(text, requested_slot) or (
        answer_after_own_question(text, requested_slot) is not None
    )


def _answers_question_whole(text: str, requested_slot: str) -> bool:
    if is_short_answer(text):
        return True
    if not is_question_shaped(text) and states_the_answer(text, requested_slot):
        return True
    if (
        requested_slot == "travels_often"
        and not text.strip().endswith("?")
        and travel_frequency(text) is not None
    ):
        return True
    if requested_slot in BOOLEAN_SLOTS and not text.strip().endswith("?"):
        reading = read_yes_no(text)
        return reading is not None and reading.answer in {"yes", "no", "between"}
    return False


def _corrects_the_piece(text: str, known: dict[str, Any]) -> bool:
    """ "oh wait it's a pendant not a necklace" at another question: a correction of the
    piece, whatever the classifier made of it (it is read, said back, and the question
    asked is asked again)."""
    old = known.get("item_type")
    kinds = _kinds_named(text)
    return (
        old is not None
        and not asks_something(text)
        and bool(kinds)
        and kinds[0] != old
        and bool(CORRECTION_CUE.search(text))
    )


# "my last ring got stolen ... how should I insure my new one?": the earlier piece is
# not the one asked about.
EARLIER_PIECE = re.compile(r"\b(my|our|the|her|his)\s+(last|previous|former|earlier)\s+$", re.I)
NEW_PIECE = re.compile(r"\b(my|our|the|a|her|his)\s+new\s+(one|\w+)\b", re.I)


def only_an_earlier_piece(text: str) -> bool:
    """Every piece named is an earlier one, and a new one is asked about."""
    if not NEW_PIECE.search(text):
        return False
    mentions = item_mentions(text)
    return bool(mentions) and all(EARLIER_PIECE.search(text[: m.start]) for m in mentions)


def _piece_asked_about(message: UserMessage) -> Any:
    if only_an_earlier_piece(message.text):
        return None  # the guide asks which piece
    if tells_of_an_earlier_loss(message.text):
        # "a claim denied last year for my wife's ring ... what should I do to cover my
        # Rolex?": the piece named after the earlier loss (or none: the guide asks).
        return piece_asked_about_after(message.text)
    return piece_not_covered_yet(message.text) or message.first("item_type")


# Two words for one piece: a figure paired with either is this piece's.
SAME_PIECE = ({"pendant", "necklace"}, {"engagement_ring", "ring"})


def _same_piece(one: Any, other: Any) -> bool:
    return one == other or {one, other} in SAME_PIECE


def _read_entities(message: UserMessage, slots: dict[str, Any]) -> None:
    pieces = pieces_in(message.text)
    share = share_of_total(message.text)
    shared = [p for p in pieces if share is not None and p.value == share.value]
    if len(pieces) > 1 and len(shared) == 1:
        # "they came as a set with the necklace for $5000, the earrings were $1,900 of
        # that": one piece's share of a set's price, not a collection.
        slots["item_type"] = shared[0].item_type
        _set_value(shared[0].value, slots)
    elif len(pieces) > 1 or (pieces and pieces[0].quantity > 1):
        top = max(pieces, key=lambda p: p.value)
        slots["collection"] = [
            {"item_type": p.item_type, "value": p.value, "quantity": p.quantity} for p in pieces
        ]
        slots["item_type"] = top.item_type
        slots["item_value"] = top.value
    else:
        item_type = _piece_asked_about(message)
        if item_type in ITEM_TYPES:
            slots["item_type"] = item_type
        # "my wife's ring is appraised at 9k but I'm asking about the watch": a figure
        # paired with another kind of piece is that piece's, not this one's.
        elsewhere = {
            p.value for p in pieces if item_type in ITEM_TYPES and not _same_piece(p.item_type, item_type)
        }
        amounts = [
            float(e["value"])
            for e in message.entities
            if e.get("entity") == "amount"
            and isinstance(e.get("value"), int | float)
            and not _names_a_cover_figure(message.text, e)
            and float(e["value"]) not in elsewhere
        ]
        # "it was $5,000, not $5,500": the figure taken back is not the value.
        amounts = [a for a in amounts if a not in taken_back(message.text)] or amounts
        settled = settled_amount(message.text)
        valued = current_value(message.text)
        alone = piece_alone(message.text)
        within = corrected_within(message.text)
        if within is not None and amounts:
            _set_value(within.value, slots)  # "$2,400 - oh actually they updated it to $2,750"
        elif alone is not None and amounts and alone.value >= SMALLEST_RANGE_LOW:
            _set_value(alone.value, slots)  # "$4-5,000 of jewellery taken, the ring alone 4,000"
        elif settled is not None and amounts and settled.value >= SMALLEST_RANGE_LOW:
            _set_value(settled.value, slots)  # "maybe 2-3k, call it 2500": the figure settled on
        elif valued is not None and valued.value in amounts:
            _set_value(valued.value, slots)  # "paid 9,400 but the appraisal said 12,800"
        elif amounts:
            _set_value(max(amounts), slots)
    currency = message.first("currency")
    if currency in CURRENCIES:
        slots["currency"] = currency
    for name in (*BOOLEAN_SLOTS, *EXTRA_FLAGS):
        value = message.first(name)
        if isinstance(value, bool):
            slots[name] = value
    area = message.first("area_type")
    if area in AREAS:
        slots["area_type"] = area
    coverage = message.first("current_coverage")
    if coverage in COVERAGES:
        slots["current_coverage"] = coverage


# What a figure said at a later question may be the price of, other than the piece: "we
# live in a $800k house", "contents insured for 120k", "the trip cost us 10k", "the car
# cost 40k", "population about 3k" ("k" said of a walk or a run is no money at all).
OTHER_THING = re.compile(
    r"\b(house|home|place|property|section|apartment|flat|condo|townhouse|mortgage|rent|car|truck|ute|boat|caravan|"
    r"campervan|motorhome|trip|holiday|vacation|cruise|flights?|wedding|honeymoon|contents|building|deposit|salary|"
    r"income|population|tuition|school fees|renovation|reno|kitchen|bathroom|business|farm|land)\b",
    re.I,
)
# "my other ring is worth 3k", "her second watch was 2k": another piece of the same kind.
OTHER_PIECE = re.compile(
    r"\b(other|another|second|older|previous|spare|old)\s+(one|piece|ring|band|watch|necklace|chain|pendant|bracelet|"
    r"bangle|earrings?|studs|hoops)\b",
    re.I,
)
CLAUSE_BREAK = re.compile(r"[,.;!?]|\s-\s|\b(but|and|while|whereas)\b", re.I)


def _clause_around(text: str, start: int, end: int) -> str:
    before = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    after = CLAUSE_BREAK.search(text, end)
    return text[before : after.start() if after else len(text)]


def _value_of_another_thing(text: str, value: float, known_item: Any) -> bool:
    """The figure `value` is said of another thing (a house, the contents, a trip) or of
    another piece ("my other ring is worth 3k", "the earrings were 2k" while the guide is
    about a ring), not of this piece."""
    for amount in find_amounts(text):
        if amount.value != value:
            continue
        clause = _clause_around(text, amount.start, amount.end)
        if CORRECTION_CUE.search(clause):
            return False
        kinds = {m.value for m in item_mentions(clause)}
        if OTHER_PIECE.search(clause):
            return True
        if kinds and isinstance(known_item, str) and not any(_same_piece(str(k), known_item) for k in kinds):
            return True
        if OTHER_THING.search(clause) and not kinds:
            return True
    return False


def _keep_value_of_another_thing_apart(
    text: str, requested_slot: str | None, known: dict[str, Any], slots: dict[str, Any]
) -> None:
    """At a later question, a figure said of another thing or piece changes no value."""
    value = slots.get("item_value")
    if (
        requested_slot in (None, "item_value")
        or known.get("item_value") is None
        or slots.get("collection")
        or not isinstance(value, int | float)
        or not _value_of_another_thing(text, float(value), known.get("item_type"))
    ):
        return
    slots.pop("item_value", None)
    slots.pop("collection", None)


def _names_a_cover_figure(text: str, entity: dict[str, Any]) -> bool:
    start, end = entity.get("start"), entity.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return False
    return is_a_cover_figure(text, start, end)


def _keep_specific_item(known: dict[str, Any], slots: dict[str, Any]) -> None:
    """A later "ring" ("I haven't told them about the ring") is the engagement ring
    already named, not a change of piece."""
    if known.get("item_type") == "engagement_ring" and slots.get("item_type") == "ring":
        del slots["item_type"]


def _keep_item_unless_corrected(
    text: str, requested_slot: str | None, known: dict[str, Any], slots: dict[str, Any]
) -> None:
    """An item word in the answer to another question ("her engagement ring is on a
    separate jewelry policy", "a policy for mum's ring") is another piece, not a change
    of this one; only a correction ("actually it's a necklace") changes it."""
    old, new = known.get("item_type"), slots.get("item_type")
    if (
        old is None
        or new in (None, old)
        or requested_slot in (None, "item_type")
        or slots.get("collection")
        or CORRECTION_CUE.search(text)
    ):
        return
    del slots["item_type"]


# What makes a habit word in the answer to the other yes/no question a change of that
# answer: a correction said, or the habit itself told with its own subject and verb
# ("no, and I don't travel with it either", "yes, and actually I fly a lot").
HABIT_CORRECTION_CUE = re.compile(
    r"\b(actually|sorry|i meant|i mean|correction|oops|my mistake|my bad|come to think|thinking about it|"
    r"on second thought|scratch that|i should say|i forgot to say|change (that|the)|what i said)\b",
    re.I,
)
HABIT_RESTATED = {
    "travels_often": re.compile(
        r"\b(i|we|she|he|it|they)\b( [\w']+){0,3} (travel\w*|fly|flies|go away|goes away|goes with|come with|comes with|"
        r"comes along|take (it|them|her|him) (with|away|along|on|overseas|abroad|travell?ing)|"
        r"bring (it|them) (with|along|away))\b",
        re.I,
    ),
    "wears_daily": re.compile(
        r"\b(i|we|she|he)\b( [\w']+){0,3} (wear|wears|wore|have (it|them) on|put (it|them) on|(take|takes|took|taken) (it|them) off)\b",
        re.I,
    ),
}


def _keep_other_habit_unless_restated(text: str, requested: str, slots: dict[str, Any]) -> None:
    """An answer to one yes/no question ("no, only for dinners out and on the cruises"
    to "do you wear it most days?") is not an answer to the other: a trip word in it is
    an occasion of wearing, not how often the piece travels. The other habit is read
    only when the answer says it again, with its subject, or says it corrects it."""
    other = next(slot for slot in BOOLEAN_SLOTS if slot != requested)
    if other not in slots or HABIT_CORRECTION_CUE.search(text) or HABIT_RESTATED[other].search(text):
        return
    del slots[other]


def _set_value(value: float, slots: dict[str, Any]) -> None:
    issue = value_problem(value)
    if issue:
        slots["_value_issue"] = issue
    else:
        slots["item_value"] = value
        slots["collection"] = None


def _read_requested(
    message: UserMessage,
    requested: str | None,
    known: dict[str, Any],
    facts: CoverageFacts,
    slots: dict[str, Any],
) -> None:
    """Yes/no, "don't know" and free text, read as the answer to the question just asked."""
    if requested is None or requested in slots or message.intent not in ANSWER_INTENTS:
        return
    if asks_something(message.text) and requested in QUESTION_TOPICS:
        return  # "would wearing it every day be a problem?" asks; it does not answer
    intent = message.intent
    if requested == "item_value":
        if intent == "dont_know":
            slots["_problem"] = ADVICE_PROBLEMS["item_value_dont_know"]
            return
        amount = read_amount(message.text)
        span = value_range(message.text, bare=True)
        if amount is None and span is not None and span.low >= SMALLEST_RANGE_LOW:
            _set_value(span.high, slots)  # "2,000-2,500": said back with its low end
        elif amount is None and says_value_not_known(message.text):
            slots["_problem"] = ADVICE_PROBLEMS["item_value_dont_know"]
        elif amount is None:
            slots["_problem"] = ADVICE_PROBLEMS["item_value_missing"]
        else:
            _set_value(amount.value, slots)
            currency = amount.currency or currency_named(message.text)
            if currency:
                slots["currency"] = currency
    elif requested == "item_type":
        if not item_mentions(message.text) and intent in {"inform", "nlu_fallback"} and len(message.text) > 2:
            slots["_problem"] = ADVICE_PROBLEMS["item_type"]
    elif requested in BOOLEAN_SLOTS:
        _yes_no_answer(message, requested, known, facts, slots)
        _counting_asked_said_back(message.text, requested, known, slots)
        _unsure_habit_said_back(message.text, requested, known, slots)
    elif requested == "area_type":
        area = area_from_text(message.text, asked=True)
        if AREA_MOVING.search(message.text):
            slots["_problem"] = ADVICE_PROBLEMS["area_type_moving"]
        elif AREA_BOTH.search(message.text) or (
            AREA_EDGE.search(message.text) and not _kind_named(message.text)
        ):
            slots["_problem"] = ADVICE_PROBLEMS["area_type_both"]  # "a bit of both": either way
        elif area:
            slots["area_type"] = area
            _area_said_back(message.text, area, known, slots)
        elif intent == "dont_know":
            slots["area_type"] = facts.default_area
            slots["assumed_answers"] = _assume(known, "area_type")
    elif requested == "current_coverage":
        reading = coverage_reading(
            _without_other_pieces_listed(message.text, known.get("item_type")), _piece(known)
        )
        if reading.code:
            slots["current_coverage"] = reading.code
            if reading.why in COVER_READ_NOTES or (reading.why and COVER_GUESSED.search(message.text)):
                # "the manufacturer warranty, 2 years": no insurance, and why, said back.
                note = COVER_READ_NOTES.get(reading.why, COVER_READ_NOTES["set_aside"])
                slots["_notes"] = [*slots.get("_notes", ()), note]
        elif (
            reading.why == "listing_denied"
            and not NOTHING_AT_ALL.search(message.text)
            and not LEADING_NO.search(message.text)
        ):
            # "it isn't scheduled or anything": not listed, but on a home policy or nothing?
            slots["_problem"] = ADVICE_PROBLEMS["current_coverage_not_listed"]
        elif intent == "deny" or _plain_no(message.text):
            slots["current_coverage"] = "none"  # "don't think so", "nah"
        elif intent == "dont_know":
            slots["current_coverage"] = facts.default_coverage
            slots["assumed_answers"] = _assume(known, "current_coverage")


def _piece(known: dict[str, Any]) -> str | None:
    piece = known.get("item_type")
    return piece if isinstance(piece, str) else None


# "nope, not specified", "not yet, it isn't scheduled": a plain no first, to "what covers it?".
LEADING_NO = re.compile(
    r"^\W*(no|nope|nah|not yet|not at the moment|not currently)\b(?! (rider|floater|schedule))", re.I
)
# "no, nothing, it's not scheduled": nothing at all, beside a listing denied.
NOTHING_AT_ALL = re.compile(
    r"\b(nothing|none|nada|zilch|no (insurance|cover|coverage|policy)|not (insured|covered))\b", re.I
)


# A listing word: a piece named beside it is the piece listed.
LISTING_WORD = re.compile(
    r"\b(scheduled|specified|itemi[sz]ed|listed|on (a|the|its own) (rider|floater|schedule))\b", re.I
)
# "...but this one would just fall under the contents", "the new one isn't": the
# piece asked about set apart from the one listed.
THIS_PIECE_APART = re.compile(
    r"(\b(but|whereas|while|although|though)\b|,)[^.;]*?\b((this|the new|this new) (one|piece|\w+)|(that|the other) (one|piece))\b",
    re.I,
)


# "the ring" said of an engagement ring: the same piece in general words, not another one.
SAME_PIECE_IN_GENERAL_WORDS = frozenset({("ring", "engagement_ring")})


# Another piece named as listed beside this one: "on the jewelry rider along with my ring",
# "scheduled together with her earrings", "same as my ring".
LISTED_ALONG_WITH = re.compile(
    r"\b(along ?with|as well as|together with|alongside|same as|with|and also|plus)\s+"
    r"(my|our|her|his|the|their)?\s*([\w']+\s+)?$",
    re.I,
)


def _without_other_pieces_listed(text: str, piece: Any) -> str:
    """The cover answer less a listing told of another piece: "contents with State; we've
    specified my engagement ring but this one would fall under the general contents"
    about an eternity ring is the contents policy. The listed piece is another one when
    it is a different kind, or when the answer sets "this one" apart from it."""
    mentions = item_mentions(text)
    if not mentions or not LISTING_WORD.search(text) or not isinstance(piece, str):
        return text
    apart = THIS_PIECE_APART.search(text)
    kept = text
    for mention in mentions:
        same_kind = mention.value == piece or (mention.value, piece) in SAME_PIECE_IN_GENERAL_WORDS
        other = not same_kind or (apart is not None and apart.start() > mention.end)
        if other and LISTED_ALONG_WITH.search(text[: mention.start]):
            continue  # "listed on the rider along with my ring": this piece is listed too
        if not other:
            continue
        start = max(text.rfind(sep, 0, mention.start) for sep in (".", ";", "!", "?", "\n"))
        end = (apart.start() if apart and apart.start() > mention.end else None) or _clause_end(
            text, mention.end
        )
        clause = text[start + 1 : end]
        if LISTING_WORD.search(clause):
            kept = kept[: start + 1] + " " * len(clause) + kept[end:]
    return kept


def _clause_end(text: str, position: int) -> int:
    ends = [i for i in (text.find(sep, position) for sep in (".", ";", "!", "?", " but ")) if i != -1]
    return min(ends) if ends else len(text)


def _kind_named(text: str) -> bool:
    """A kind of place named apart from the edge it is on ("a subdivision on the edge of
    town"), not a city alone."""
    return area_from_text(AREA_EDGE.sub("", text)) is not None


def _area_said_back(text: str, area: str, known: dict[str, Any], slots: dict[str, Any]) -> None:
    # A district the gazetteer does not know, taken as a suburb because it is named with
    # its city ("Sydenham, Christchurch"), is an inference: said back too.
    unknown_district = area_from_text(text) is None and district_of_a_city(text.lower())
    if area == "urban" and area_from_text(text) is None and not unknown_district and names_a_city(text):
        # "Tauranga": a city alone spans its centre and its suburbs; the city is put
        # down and said back, for the person to correct.
        slots["_notes"] = [
            *slots.get("_notes", ()),
            "I've put down a city for where you live. If it's more a suburb or the countryside, tell me.",
        ]
        return
    if not (
        AREA_HEDGED.search(text)
        or (area == "rural" and NEAR_TOWN.search(text))
        or (area == "rural" and _rural_only_by_town_size(text))
        or unknown_district
        or told_only_by_distance(text)
    ):
        return
    others = " or ".join(name for code, name in AREA_SAID.items() if code != area)
    slots["assumed_answers"] = _assume(known, "area_type")
    slots["_notes"] = [
        *slots.get("_notes", ()),
        f"I've put down {AREA_SAID[area]} for where you live. If it's closer to {others}, tell me.",
    ]


# "never had it valued", "it hasn't been appraised", "getting it valued next week", "no
# valuation for it": no figure yet, said as such.
NOT_VALUED = re.compile(
    r"\b(never|not|(have|has|had|was|were|is|are|did|do|does)n'?t)(\s+(yet|ever))?\s+"
    r"(been\s+|had\s+(it|them|one|that)\s+|got\s+(it|them)\s+)?(re-?)?(valued|appraised)\b|"
    r"\b(getting|get|having|have)\s+(it|them)\s+(re-?)?(valued|appraised)\b|"
    r"\b(no|never had an?|don'?t have an?|haven'?t got an?)\s+(recent\s+)?(valuation|appraisal)s?\b",
    re.I,
)


def says_value_not_known(text: str) -> bool:
    """The answer to the value question says there is no figure to give ("no idea, it was
    my nan's", "never had it valued"): asked once more, for a guess or a plain "don't know"."""
    return bool(DONT_KNOW.search(text) or NOT_VALUED.search(text))


# "I will once I get it sized", "she will when it's back from the jeweller": yes, as the
# habit will be from now on.
WILL_FROM_NOW = re.compile(
    r"^\W*(yes,?\s*|yeah,?\s*)?(i|she|he|we|they)\s*('ll|will|am going to|'m going to|is going to|plan to)"
    # The habit itself, not another doing ("I'll take it off when I garden", "I'll only
    # wear it when we go out" are no yes).
    r"(\s+(wear|be wearing|take|bring) (it|them)( (daily|every ?day|most days|all the time|with (me|us|her|him)))?)?"
    r"\s*,?\s+(once|when|as soon as|after)\b",
    re.I,
)
# A trip made every year: "Rarotonga every winter", "Aussie at Christmas", "each summer".
YEARLY_TRIP = re.compile(
    r"\b(every|each|at|over|in the)\s+(winter|summer|spring|autumn|fall|christmas|easter|new year|"
    r"school holidays|thanksgiving|year)\b",
    re.I,
)


# "a couple of trips a year", "twice a year", "2 times a year": below "a few times a year
# or more" (the question's words), so not often, said back; every writer of the test
# sets meant no by it unless the piece goes on every trip.
TWICE_A_YEAR = re.compile(
    r"\b(twice|(two|2) (\w+ )?(trips|times|holidays|vacations)|(a )?couple( of)?( \w+)? (trips|times|holidays|vacations))"
    r"\s+(a|per|each|every|in a)\s+year\b",
    re.I,
)
# "perhaps twice a year", "twice a year at most": two trips told as the most.
TWICE_AT_MOST = re.compile(
    r"\b(maybe|perhaps|probably|possibly|at most|tops|max)\s+(twice|two (\w+ )?(trips|times)|(a )?couple( of)?( \w+)? (trips|times))"
    r"\s+(a|per|each|every|in a)\s+year\b"
    r"|\b(twice|two (\w+ )?(trips|times)|(a )?couple( of)?( \w+)? (trips|times))\s+(a|per|each|every|in a)\s+year"
    r",?\s+(at (the )?most|tops|max|if that|maybe|perhaps|probably)\b",
    re.I,
)
# "...and I always take it", "we'd take it": the piece said to go along, outright.
TAKEN_EVERY_TRIP = re.compile(
    r"\b(always|every time|each time|never without)\b"
    r"|\b(i|we|she|he)('d| would| usually| tend to| do)?\s+(take|bring|wear)s?\s+(it|them)\b",
    re.I,
)


# The person's own verdict that it is not often: "not really often", "rarely", "hardly ever".
# "not yet, but we plan to travel heaps once we retire": a habit to come.
PLANNED_HABIT = re.compile(
    r"\b(not yet|not now|not at the moment|not currently|not so far|haven'?t yet|not much yet)\b[^.;]*?\b(but|though|although)\b"
    r"(?P<plan>[^.;]*\b(plan(ning)?( on| to)?|going to|gonna|will|'ll|about to|intend(ing)? to|hope to|hoping to|"
    r"want to|keen to)\b[^.;]*)",
    re.I,
)
NOT_OFTEN = re.compile(
    r"\bnot (really |very |that |all that |too )?(often|a lot|regularly|frequently|heaps|loads|tons|a heap|a ton)\b"
    # "couple trips a year, not much": their verdict on the trips (not "not much else").
    r"|\bnot (really |very |that |all that |too )?much\b(?! (else|of|to|more|longer|money|value|worth|in|on|for|at)\b)"
    r"|\b(rarely|hardly( ever)?|seldom)\b",
    re.I,
)


# "the caravan's hardly ever parked", "we're rarely home", "never in one place for long":
# rarely said of staying put, which is a life on the move, not rarely travelling. The
# rarity word is not the person's verdict on the trips (NOT_OFTEN).
RARELY_HOME = re.compile(
    r"\b(rarely|hardly( ever)?|seldom|barely( ever)?|almost never|never|not often)\s+"
    r"((at\s+|back\s+)?home|parked|in one place|stays?\s+(put|home)|in town|around much)\b",
    re.I,
)


def says_rarely_home(text: str) -> bool:
    """Says the person is rarely at home ("we're hardly ever home", "the motorhome's
    barely parked"): away a lot. Not "hardly ever, we stay home", nor "I rarely leave home"."""
    return bool(RARELY_HOME.search(text))


def _trips_a_year(text: str) -> int:
    return len(YEARLY_TRIP.findall(text)) if TRAVEL_OR_TRIP.search(text) else 0


# Going somewhere, or the piece going along: what makes a season a trip.
TRAVEL_OR_TRIP = re.compile(
    r"\b(go|goes|going|head|fly|travel\w*|trips?|visit\w*|comes? (with|along)|take (it|them))\b", re.I
)


_DWELLING = (
    r"(a|an|the|our|my) (\w+ )?(bach|crib|flat|apartment|condo|house|cabin|cottage|farm|townhouse|unit|"
    r"holiday home|holiday house|beach house|lake house)"
)
# "a bit of both", "somewhere in between", "half and half": an area either way, asked again.
AREA_BOTH = re.compile(
    # "not quite suburbs not quite country", "neither city nor country really".
    r"\bnot quite (a |the )?\w+\b[^.;]{0,5}\bnot quite\b|\bneither (\w+ ){1,3}nor\b|"
    r"\b((a )?bit of both|(sort|kind) of both|both really|(somewhere )?in between|in-between|half and half|"
    r"(a )?mix of (both|the two)|"
    # Two homes: "split between an apartment in town and the farm", "half the year at the lake".
    r"split (between|(my|our) time)|(divide|share) (my|our) time|(two|2) (homes|houses|places|addresses)|"
    r"half (the|my|our) (time|year|week) (in|at|on)|back and forth between|"
    # "half in the city half at the bach", "half the week in town, half on the farm".
    r"half (the (time|week|year) )?(in|at|on) [^.;]*\bhalf (the (time|week|year) )?(in|at|on)|"
    # Two dwellings named: "a flat in Welly and the bach up north".
    rf"{_DWELLING}\b[^.;]*\band (also )?{_DWELLING})\b",
    re.I,
)
# "on the edge of town" is between; "on the edge of the CBD" is still the centre; "a new
# subdivision on the edge of the city" is the suburb it names.
AREA_EDGE = re.compile(
    r"\bon the (edge|border|fringe) (of|between)(?! (the )?(cbd|city cent(re|er)|downtown|town cent(re|er)|inner city)\b)"
    r"[^,.;]*",
    re.I,
)
# "a small town, Te Puke, about 10k people": a town by its size is the country, but one
# of thousands of people is a town: put down as the country and said back.
TOWN_BY_SIZE = re.compile(r"\b(small|little|tiny|wee|one[- ]horse) ((\w+) )?town\b", re.I)
THOUSANDS_OF_PEOPLE = re.compile(
    r"\b(\d+(\.\d+)?\s?k|\d{1,3}(,\d{3})+|\d{4,}|(a few|several|a couple( of)?|\d+|two|three|five|ten|twenty|\w+ty) thousand)"
    r"\s+(people|residents|locals|souls|of us|population|pop)\b"
    r"|\bpopulation( of)?( about| around| maybe| roughly| like)? (\d+(\.\d+)?\s?k|\d{1,3}(,\d{3})+|\d{5,})\b",
    re.I,
)


def _rural_only_by_town_size(text: str) -> bool:
    return (
        bool(TOWN_BY_SIZE.search(text) and THOUSANDS_OF_PEOPLE.search(text))
        and area_from_text(TOWN_BY_SIZE.sub(" ", text), asked=True) != "rural"
    )


# "moving to the country next month", "we're relocating from the city": the home is
# changing, so where the piece will live is asked, not taken from either place.
AREA_MOVING = re.compile(
    r"(?<!not )(?<!never )(?<!no plans of )\b(moving|relocating|about to move|going to move|gonna move|(will|'ll) be moving|"
    r"move (house |out )?(next|this|in|soon))\b",
    re.I,
)


def area_moved_to(text: str) -> str | None:
    """The kind of place a move told is to ("we're moving out to a farm in March"), read
    from the words after the move; None when no move is told or it names no place."""
    move = AREA_MOVING.search(text)
    return area_from_text(text[move.end() :], asked=True) if move else None


# A kind of place said with a doubt or a town close by ("semi-rural I guess", "a village
# but only 10 minutes into town"): put down and said back, for the person to correct.
AREA_HEDGED = re.compile(
    r"\b(semi[- ]?(rural|urban)|peri[- ]?urban|hard to say|i guess|i suppose|sort of|kind of|kinda|sorta|"
    r"borderline|technically|more or less|"
    # "not sure how you'd class it, small town in Southland", "probably the suburbs?".
    r"not sure|unsure|dunno|no idea|i think|probably|how (you'?d|you would|would you|to|do you|you) "
    r"(class|call|describe|put|count|rate)|"
    # A home told by its street, not its kind: "a residential street in Tauranga".
    r"(residential|ordinary|regular|normal|typical|quiet) (street|road|area|neighbou?rhood|part|bit))\b",
    re.I,
)
NEAR_TOWN = re.compile(
    r"\b(but|though|only|just)\b[^.;]{0,25}?\b\d+\s*(min(ute)?s?|km|kms|k|miles?)\b[^.;]{0,25}?"
    r"\b(to|from|into|in to|out of|drive|away)\b|"
    r"\b(but|though)\b[^.;]{0,20}\b(close|near|handy|next) to (town|the city|the shops)\b",
    re.I,
)
# A cover named as a guess: "probably homeowners", "I think it's on the contents, not sure".
COVER_GUESSED = re.compile(
    r"\b(probably|i think|i guess|maybe|i assume|i believe|presumably|possibly|i reckon|"
    r"not sure|unsure|not certain|no idea)\b",
    re.I,
)


def one_figure_asked_for(text: str, value_read: Any, currency: str | None) -> str | None:
    """The line asking for one figure when `text`, the answer to the value question,
    gives only a range or a bound ("somewhere around 3-4k", "under a grand", "between
    four and six thousand"), saying what is used if they can't be exact; None when it
    states a figure. `value_read` is what the reader took from it: either end of the
    range ("NZ$2,500-3,000": only the first is money-marked), or nothing. Both forms ask
    this once; a second answer without one figure is the form's fallback (the top,
    marked as assumed: `guided_form.loose_value_fallback`)."""
    loose = loose_value(text)
    if loose is None or value_read not in (None, loose.top, loose.low):
        return None
    if value_problem(loose.top):
        return None  # too large, or nothing: explained as any figure is
    return one_figure_please(loose.top, loose.low, str(loose.currency or currency or DEFAULT_CURRENCY))


def _one_figure_asked(text: str, known: dict[str, Any], slots: dict[str, Any]) -> None:
    """The guide's value question answered with only a range or a bound: nothing is put
    down yet, and one figure is asked for once. People mostly give one when asked. A
    range in the opening or beside another answer is taken at its top and said back
    (`_range_said_back`): only the direct answer is asked again."""
    if slots.get("collection"):
        return
    line = one_figure_asked_for(text, slots.get("item_value"), slots.get("currency") or known.get("currency"))
    if line is None:
        return
    slots.pop("item_value", None)
    slots.pop("collection", None)
    slots.pop("_value_issue", None)
    slots["_problem"] = line


def _guesses_said_back(
    text: str, requested: str | None, known: dict[str, Any], slots: dict[str, Any]
) -> None:
    """What the answer puts down short of stating it, said back: the top of a range of
    value, a cover named as a guess."""
    value = slots.get("item_value")
    # In the opening too: "buying a ring, somewhere around 3-4k. worth insuring?".
    if isinstance(value, int | float) and not slots.get("collection"):
        # Beside the answer to another question too ("yes most days, it's worth 3-4k").
        _range_said_back(text, float(value), known, slots)
        _bound_said_back(text, float(value), known, slots)
        if not slots.get("_notes") and requested in (None, "item_value"):
            _guess_said_back(text, float(value), known, slots)
        if not slots.get("_notes") and requested == "item_value":
            _other_money_said_back(text, float(value), known, slots)
        if not slots.get("_notes") and said_loosely(text, float(value)):
            # "couple of grand": a round figure said loosely, put down and said back.
            currency = str(slots.get("currency") or known.get("currency") or DEFAULT_CURRENCY)
            slots["_notes"] = [
                f"I've used {money(float(value), currency)} for that. If you have a closer figure, "
                "a receipt or a valuation, tell me."
            ]
    coverage = slots.get("current_coverage")
    if requested == "current_coverage" and coverage not in (None, "none") and COVER_GUESSED.search(text):
        # "probably homeowners covers it? not sure": their best guess, put down and said back.
        slots["_notes"] = [
            *slots.get("_notes", ()),
            f"I've put down {CURRENT_COVER_SAID.get(str(coverage), str(coverage))} as what covers it today, "
            "as you think it does. If you find it's something else, tell me.",
        ]


# A figure in a currency the guide does not price in: "1,850 AUD", "£3k", "about 2000 euros".
FOREIGN_CURRENCY = re.compile(
    r"(\b(aud|au\$|a\$|australian dollars?|aussie dollars?|gbp|pounds? sterling|eur|euros?|cad|c\$|"
    r"canadian dollars?|jpy|yen|sgd|hkd|fjd|chf|swiss francs?)\b|[£€¥])",
    re.I,
)
# Two prices of two kinds, neither chosen: "retail's about $9,500 but they go for 14k on
# the grey market now".
TWO_KINDS_OF_PRICE = re.compile(
    r"\b(retail|rrp|list price|new price|msrp|paid|cost)\b[^.;!?]*\b(market|grey|gray|resale|second-?hand|pre-?owned|"
    r"go(es)? for|sells? for|going for|going rate|auction)\b"
    r"|\b(market|grey|gray|resale|second-?hand|pre-?owned|go(es)? for|sells? for|going for|going rate|auction)\b"
    r"[^.;!?]*\b(retail|rrp|list price|new price|msrp|paid|cost)\b",
    re.I,
)


def _other_money_said_back(text: str, value: float, known: dict[str, Any], slots: dict[str, Any]) -> None:
    """A figure put down from words that leave it open, said back: another currency, or
    two kinds of price with none chosen (a valuation beside a price paid is chosen)."""
    currency = str(slots.get("currency") or known.get("currency") or DEFAULT_CURRENCY)
    if FOREIGN_CURRENCY.search(text):
        slots["_notes"] = [
            f"I've used {money(value, currency)} for that, though you gave it in another currency. "
            "If you know the figure here, tell me."
        ]
        return
    figures = {a.value for a in find_amounts(text) if a.cued and a.value > 0}
    if (
        len(figures) >= 2
        and TWO_KINDS_OF_PRICE.search(text)
        and not re.search(r"\b(valu|apprais)", text, re.I)
    ):
        slots["_notes"] = [
            f"I've used {money(value, currency)} as what it's worth. If the other figure is the one to go by, tell me."
        ]


def _thousands_said_short(text: str, known: dict[str, Any], slots: dict[str, Any]) -> None:
    """ "paid 3 grand, appraisal came back at 4.2", "valued at 3": a bare figure under 20
    is thousands said short; put down as such and said back."""
    short = thousands_said_short(text)
    if short is None:
        return
    _set_value(short.value, slots)
    currency = str(short.currency or slots.get("currency") or known.get("currency") or DEFAULT_CURRENCY)
    slots["_notes"] = [
        *slots.get("_notes", ()),
        thousands_read_as(short.text, short.value, currency),
    ]


def _range_said_back(text: str, value: float, known: dict[str, Any], slots: dict[str, Any]) -> None:
    """ "somewhere between 3 and 5 thousand": the top is taken (insuring below the value
    is the costlier mistake) and said back with the bottom, which the person may prefer."""
    span = value_range(text, bare=True)
    if span is None or span.high != value or span.low < SMALLEST_RANGE_LOW:
        return
    currency = str(slots.get("currency") or known.get("currency") or DEFAULT_CURRENCY)
    slots["_notes"] = [
        *slots.get("_notes", ()),
        f"I've used {money(span.high, currency)}, the top of the range you gave. "
        f"If {money(span.low, currency)} is closer, tell me.",
    ]


def _bound_said_back(text: str, value: float, known: dict[str, Any], slots: dict[str, Any]) -> None:
    """ "under a grand probably", "less than $800": the most it is worth, used as its
    value (insuring below the value is the costlier mistake) and said back."""
    if not any(a.value == value and UPPER_BOUND.search(text[: a.start]) for a in find_amounts(text)):
        return
    currency = str(slots.get("currency") or known.get("currency") or DEFAULT_CURRENCY)
    slots["_notes"] = [
        *slots.get("_notes", ()),
        f"I've used {money(value, currency)}, the most you said it's worth. "
        "If you have a closer figure, tell me.",
    ]


# A figure offered as a guess: "idk like 300?", "no idea, 2 grand maybe?", "not sure,
# 1500 I guess". The person says they don't know, or asks the figure back.
GUESS_WORDS = re.compile(r"\b(i guess|i'?d guess|a guess|guessing|at a guess|wild guess)\b", re.I)


def _guess_said_back(text: str, value: float, known: dict[str, Any], slots: dict[str, Any]) -> None:
    """A figure given with "I don't know" or a question mark is put down as their best
    guess and said back, for the person to correct."""
    figure = next((a for a in find_amounts(text) if a.value == value), None)
    asked_back = figure is not None and re.match(r"^\s*(\w+\s*)?\?", text[figure.end :]) is not None
    currency = str(slots.get("currency") or known.get("currency") or DEFAULT_CURRENCY)
    if not (DONT_KNOW.search(text) or GUESS_WORDS.search(text) or asked_back):
        if said_as_a_floor(text, value):
            # "about 10k, maybe more": the least it is worth, said back.
            slots["_notes"] = [
                *slots.get("_notes", ()),
                f"I've used {money(value, currency)}, the least you said it's worth. If you have a closer figure, "
                "a receipt or a valuation, tell me.",
            ]
        return
    slots["_notes"] = [
        *slots.get("_notes", ()),
        f"I've used {money(value, currency)}, your best guess. If you find a closer figure, a receipt or a "
        "valuation, tell me.",
    ]


# "3-4 days" is no value: a range counts from this much up.
SMALLEST_RANGE_LOW = 50


# Whether the habit told counts is the person's own question: "only road trips to the
# lake, does that count?", "I'm a truckie, always on the road, would that count".
COUNTING_ASKED = re.compile(
    r"\b(does|do|would|will|could|is|should) (that|this|it|those|these|they) (count|counts|matter|qualify|"
    r"(be )?(travel|travell?ing|a trip|trips|often)|count as (travel|travell?ing|a trip|trips|often|most days|daily|wearing it))\b",
    re.I,
)
# Whether the piece goes on the trips is not known: "he goes overseas a lot but I dunno if
# he'd take it", "not sure she'd bring it" (the wearer's trips, not the piece's).
PIECE_GOES_UNKNOWN = re.compile(
    r"\b(dunno|don'?t know|do not know|not sure|no idea|unsure|can'?t say)( (if|whether))? (he|she|they|i|we)"
    r"('d|'ll| would| will| does| do| even| actually)? (take|takes|bring|brings|pack|packs|wear|wears|travel with)"
    r" (it|them|the \w+|her \w+|his \w+)\b",
    re.I,
)


def _counting_asked_said_back(
    text: str, requested: str, known: dict[str, Any], slots: dict[str, Any]
) -> None:
    value = slots.get(requested)
    if isinstance(value, bool) and COUNTING_ASKED.search(text) and (requested, value) in ASSUMPTION_NOTES:
        slots["assumed_answers"] = _assume(known, requested)
        slots["_notes"] = [ASSUMPTION_NOTES[(requested, value)]]


# A habit answered unsure: with a rising voice ("a few times a year?", "I think so?"),
# or too new a piece to have one ("I've only had it a week"). What is put down is said
# back, for the person to correct.
UNSURE_HABIT = re.compile(
    r"^\W*(?![^?]*\b(what|how|why|which|who|does|do|is|are|can|could|should|would|will|did)\b)[^?]{1,40}\?|"
    r"\b(only|just) (had|got|bought) (it|them)( for)? (a|one|two|three|a few|a couple of|\d+) (days?|weeks?)\b|"
    r"\b(only|just) (had|got|bought) (it|them) (last week|this week|yesterday|on \w+day)\b",
    re.I,
)


def _unsure_habit_said_back(text: str, requested: str, known: dict[str, Any], slots: dict[str, Any]) -> None:
    value = slots.get(requested)
    if not isinstance(value, bool) or slots.get("_notes") or (requested, value) not in ASSUMPTION_NOTES:
        return
    if UNSURE_HABIT.search(text):
        slots["assumed_answers"] = _assume(known, requested)
        slots["_notes"] = [ASSUMPTION_NOTES[(requested, value)]]


def _yes_no_answer(
    message: UserMessage, requested: str, known: dict[str, Any], facts: CoverageFacts, slots: dict[str, Any]
) -> None:
    if requested == "travels_often" and PIECE_GOES_UNKNOWN.search(message.text):
        # "he travels a lot but I dunno if he'd take it": not known, taken as not knowing.
        value = facts.unknown_habits[requested]
        slots[requested] = value
        slots["assumed_answers"] = _assume(known, requested)
        slots["_notes"] = [ASSUMPTION_NOTES[(requested, value)]]
        return
    if requested == "travels_often" and PIECE_STAYS_BEHIND.search(message.text.lower()):
        slots[requested] = False  # "we travel a fair bit but I leave the good stuff at home"
        return
    if requested == "travels_often" and only_a_local_round(message.text):
        slots[requested] = False  # "only weekdays for work", "I drive to work every day"
        return
    if requested == "travels_often" and says_rarely_home(message.text):
        slots[requested] = True  # "we're away heaps, the caravan's hardly ever parked"
        return
    if requested == "travels_often":
        message = _trips_at_home(message)
    if habit_ended(message.text):
        # "did every day till I started nursing, now it lives in the box": the question
        # is about now. A habit promised once something is done ("I will once it's
        # resized") is no habit yet: not most days, said back.
        slots[requested] = False
        if WILL_FROM_NOW.search(message.text):
            slots["assumed_answers"] = _assume(known, requested)
            slots["_notes"] = [ASSUMPTION_NOTES[(requested, False)]]
        return
    planned = PLANNED_HABIT.search(message.text)
    if planned and requested == "travels_often" and travel_frequency(planned.group("plan")) is not False:
        # "not yet, but we've just retired and plan to be on the road a lot": the habit
        # from now on is planned, not lived: taken as the plan, and said back.
        plan = planned.group("plan")
        if travel_frequency(plan) or any(m.entity == requested and m.value for m in habit_mentions(plan)):
            slots[requested] = True
            slots["assumed_answers"] = _assume(known, requested)
            slots["_notes"] = [ASSUMPTION_NOTES[(requested, True)]]
            return
    # The words first: the classifier's yes or no is heard only when they state neither a
    # yes, a no nor how often ("every couple of months" is no "deny", whatever it heard).
    reading = read_yes_no(message.text)
    if requested == "travels_often" and travel_varies(message.text):
        # "depends on the year, some years heaps, some none": no habit told, in between.
        reading = YesNo("between", message.text)
    if reading is None and WILL_FROM_NOW.search(message.text):
        slots[requested] = True  # "I will once I get it sized": yes, from now on
        return
    if (
        (reading is None or reading.answer in {"between", "unknown"})
        and NOT_OFTEN.search(message.text)
        and not (requested == "travels_often" and travel_varies(message.text))
    ):
        # "a couple times a year for work, not really often": their own verdict decides.
        slots[requested] = False
        return
    if (
        (reading is None or reading.answer in {"between", "unknown"})
        and requested == "travels_often"
        and (TWICE_AT_MOST.search(message.text) or TWICE_A_YEAR.search(message.text))
        and not TAKEN_EVERY_TRIP.search(message.text)
        and not re.match(r"\W*(yes|yeah|yep|yup|yea)\b", message.text, re.I)
        and _trips_a_year(message.text) <= 2
    ):
        # "I travel perhaps twice a year", "twice a year for work": two trips, below "a
        # few", said back.
        slots[requested] = False
        slots["assumed_answers"] = _assume(known, requested)
        slots["_notes"] = [ASSUMPTION_NOTES[(requested, False)]]
        return
    if (
        reading is None
        and requested == "travels_often"
        and (_trips_a_year(message.text) >= 2 or TWICE_A_YEAR.search(message.text))
    ):
        # "Rarotonga every winter and Aussie at Christmas", "twice a year and I always take
        # it": on the line, or the piece said to go every time; said back as a yes.
        reading = YesNo("between", message.text)
    frequency = (travel_frequency if requested == "travels_often" else wear_frequency)(message.text)
    if frequency is not None and (reading is None or reading.answer in {"between", "unknown"}):
        # "heading to Aussie once a year, that's about it": how often says it.
        slots[requested] = frequency
        return
    if reading is None:
        # A statement of the habit, not a yes or no ("she wears it to work most days",
        # "I travel a lot for work"): what it says of this question decides.
        stated = [m.value for m in habit_mentions(message.text) if m.entity == requested]
        if stated:
            slots[requested] = bool(stated[0])
            return
        reading = read_yes_no(message.text, message.intent)
        if reading is None:
            return
    if reading.answer in {"yes", "no"}:
        slots[requested] = reading.answer == "yes"
        return
    between = reading.answer == "between"
    value = BETWEEN_TAKEN_AS[requested] if between else facts.unknown_habits[requested]
    if reading.narrow:
        value = False  # "only on holidays" to "a few times a year or more?": not often
    slots[requested] = value
    slots["assumed_answers"] = _assume(known, requested)
    slots["_notes"] = [ASSUMPTION_NOTES[(requested, value)]]


# "not overseas, but I drive round the North Island every week": trips at home are
# travel too (the question is whether the piece leaves home), so the rest is the answer.
ONLY_ABROAD_DENIED = re.compile(
    r"^\W*((no|nah|nope),?\s*)?(not|never|no)\s+(really\s+)?(overseas|abroad|international(ly)?|out of the country|"
    r"offshore|outside (the )?(country|us|usa|states|nz))\b[^.;]*?\bbut\b\s*(?P<rest>\S.*)$",
    re.I,
)


def _trips_at_home(message: UserMessage) -> UserMessage:
    denied = ONLY_ABROAD_DENIED.search(message.text)
    if denied is None:
        return message
    return UserMessage(denied.group("rest"), "inform", ())


NOT_THIS_ONE = re.compile(r"\bnot (a |an |the |my )?$", re.I)


def _kinds_named(text: str) -> list[str]:
    """The kinds of piece a message names, in order, leaving out one it says it is not."""
    kinds: list[str] = []
    for mention in item_mentions(text):
        if NOT_THIS_ONE.search(text[: mention.start]) or mention.value in kinds:
            continue
        kinds.append(str(mention.value))
    return kinds


def _plain_no(text: str) -> bool:
    reading = read_yes_no(text)
    return reading is not None and reading.answer == "no"


def _assume(known: dict[str, Any], slot: str) -> list[str]:
    return sorted({*(known.get("assumed_answers") or []), slot})


def _notes(slots: dict[str, Any], known: dict[str, Any]) -> list[str]:
    """Say so when an answer replaces a different earlier one."""
    currency = slots.get("currency") or known.get("currency") or DEFAULT_CURRENCY
    describe: dict[str, Callable[[Any], str]] = {
        "item_value": lambda v: money(float(v), currency),
        "item_type": item_name,
        "area_type": lambda v: AREA_SAID.get(str(v), str(v)),
        "current_coverage": lambda v: CURRENT_COVER_SAID.get(str(v), str(v).replace("_", " ")),
        "travels_often": lambda v: "travels with it" if v else "doesn't travel with it",
        "wears_daily": lambda v: "worn daily" if v else "not worn daily",
    }
    notes = []
    for slot, show in describe.items():
        old, new = known.get(slot), slots.get(slot)
        if old is not None and new is not None and old != new:
            notes.append(f"Got it: I've changed that from {show(old)} to {show(new)}.")
    return notes
