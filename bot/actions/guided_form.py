"""A base for the assistant's form validation actions.

Each form reads a whole message at once through a pure function (bot/language), so
a rich first message fills several slots and a correction can land at any point.
This base turns that reading into events, says what was wrong with an unusable
answer (with an example of one that works), and never asks one question a third
time in a row: after two asks that got no usable answer it keeps the words as given
(free-text questions), or takes a stated default marked for staff in
`assumed_answers`, or leaves a fact staff can find out later as not known (also marked,
and not asked again), or hands over to a person with everything kept.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Collection
from dataclasses import dataclass
from enum import Enum
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from bot.actions.chat_parts import form_goes_on, say_progress, values_after
from bot.actions.faq_picks import DOUBTED_QUESTION_CONFIDENCE, answer_question, off_subject_pick
from bot.actions.handoff import ActionHandoff
from bot.actions.tracker_reading import user_message
from bot.language.answers import (
    ANSWER_INTENTS,
    NOT_ANSWERS,
    FormReading,
    UserMessage,
    asks_a_question_first,
    asks_something,
    is_question_shaped,
    read_beside_a_question,
)
from bot.language.money import LooseValue, loose_value
from bot.language.questions_in_answers import asks_in_passing
from bot.language.requests import (
    asks_about_the_claim_or_cover,
    asks_for_a_person,
    asks_how_to_complain,
    reads_as_a_question,
)
from bot.rules.advice import value_problem
from bot.rules.declines import ComplaintStep, load_decline_knowledge
from bot.rules.regions import DEFAULT_CURRENCY, DEFAULT_REGION, REGION_OF_CURRENCY
from bot.wording.declines import complaint_route_text
from bot.wording.forms import (
    KEPT_AS_WRITTEN,
    PASSING_TO_A_PERSON,
    assumed_line,
    left_unknown_line,
    loose_value_taken_line,
)

FAILURES_SLOT = "validation_failures"
# Questions the dialogue's rules answer before the form runs.
QUESTION_INTENTS = {"faq", "faq_follow_up"}
PERSON_INTENT = "human_handoff"
ASSUMED_SLOT = "assumed_answers"
# After this many unusable answers in a row, offer a person alongside the re-ask.
FAILURES_BEFORE_OFFERING_A_PERSON = 2
# A question is asked at most this many times in a row; then the fallback decides.
MAX_ASKS_IN_A_ROW = 2


class FallbackKind(Enum):
    KEEP_TEXT = "keep_text"  # free text: keep the words as given
    DEFAULT = "default"  # a stated default, recorded in assumed_answers for staff
    UNKNOWN = "unknown"  # left empty, recorded in assumed_answers, not asked again
    PERSON = "person"  # nothing sensible to assume: hand over with everything kept


@dataclass(frozen=True)
class Fallback:
    kind: FallbackKind
    value: Any = None
    says: str = ""  # how the default is told to the person, e.g. "a suburban area"
    line: str = ""  # said instead of the shared line, where the form has words of its own


PERSON = Fallback(FallbackKind.PERSON)
KEEP_TEXT = Fallback(FallbackKind.KEEP_TEXT)


def left_unknown(tracker: Tracker, slots: list[str]) -> set[str]:
    """The questions whose answer is left for staff to find out (empty, and recorded in
    `assumed_answers`): the form does not ask them again."""
    assumed = set(tracker.get_slot(ASSUMED_SLOT) or ())
    return {slot for slot in slots if slot in assumed and tracker.get_slot(slot) is None}


def _first_ask(events: list[dict[str, Any]], slot: str) -> int | None:
    """The index of the event that started the latest run of asks of `slot`, or None."""
    start = 0
    for index in range(len(events) - 1, -1, -1):
        event = events[index]
        if (
            event.get("event") == "slot"
            and event.get("name") == "requested_slot"
            and event.get("value") != slot
        ):
            start = index + 1
            break
    return next(
        (
            i
            for i in range(start, len(events))
            if events[i].get("event") == "slot" and events[i].get("name") == "requested_slot"
        ),
        None,
    )


def asks_in_a_row(tracker: Tracker, slot: str) -> int:
    """How many answers `slot` has had since the form started asking it (the current one
    included): the times it was asked in a row. Counted by the person's messages, as
    Rasa and the SDK may each set `requested_slot` more than once a turn. The claim
    summary shown again after a change counts too: to the person it is the same question."""
    events = list(tracker.events or [])
    first_ask = _first_ask(events, slot)
    if first_ask is None:
        return 0
    return sum(1 for event in events[first_ask:] if event.get("event") == "user")


def answers_in_a_row(tracker: Tracker, slot: str) -> list[str]:
    """What the person wrote since the form started asking `slot` (the latest message
    included), oldest first: a fallback may take what an earlier answer said."""
    events = list(tracker.events or [])
    first_ask = _first_ask(events, slot)
    if first_ask is None:
        return []
    return [str(e.get("text") or "") for e in events[first_ask:] if e.get("event") == "user"]


def loose_value_given(tracker: Tracker, slot: str) -> LooseValue | None:
    """The range or bound the latest answers to the value question gave instead of one
    figure (the latest first), or None."""
    for text in reversed(answers_in_a_row(tracker, slot)):
        loose = loose_value(text)
        if loose is not None and value_problem(loose.top) is None:
            return loose
    return None


def loose_value_fallback(tracker: Tracker, slot: str) -> Fallback | None:
    """Asked twice for one figure and given a range or a bound (or "don't know" after
    one): the top (or the bound) is used, said back and marked as assumed."""
    loose = loose_value_given(tracker, slot)
    if loose is None:
        return None
    currency = str(loose.currency or tracker.get_slot("currency") or DEFAULT_CURRENCY)
    return Fallback(
        FallbackKind.DEFAULT, loose.top, line=loose_value_taken_line(loose.top, loose.low, currency)
    )


def assumed_with(tracker: Tracker, slot: str) -> list[str]:
    """The answers marked as assumed for staff, `slot` among them."""
    return sorted({*(tracker.get_slot(ASSUMED_SLOT) or []), slot})


def changed_while_asked(tracker: Tracker, slot: str, facts: Collection[str]) -> bool:
    """Whether an answer to `slot`, in its latest run of asks, changed one of `facts`
    (the claim summary, corrected in reply)."""
    events = list(tracker.events or [])
    first_ask = _first_ask(events, slot)
    if first_ask is None:
        return False
    values: dict[str, Any] = {}
    for index, event in enumerate(events):
        if event.get("event") != "slot" or event.get("name") not in facts:
            continue
        name = str(event.get("name"))
        if index > first_ask and values.get(name) != event.get("value"):
            return True
        values[name] = event.get("value")
    return False


def is_question(message: UserMessage) -> bool:
    return message.intent in QUESTION_INTENTS and reads_as_a_question(message.text)


def failures_kept(tracker: Tracker) -> EventType:
    """The count of unusable answers, set as it is: the form returns an event (with none,
    Rasa would reject it), and a reply that was no answer neither adds to nor clears it."""
    return SlotSet(FAILURES_SLOT, float(tracker.get_slot(FAILURES_SLOT) or 0))


def hand_over_to(action: str) -> list[EventType]:
    """This message belongs to another flow: the form ends without asking, and `action`
    (a form or an answer) takes the same message."""
    return [ActiveLoop(None), SlotSet("requested_slot", None), FollowupAction(action)]


def ran_this_turn(tracker: Tracker, name: str) -> bool:
    """Whether the action `name` already ran since the person's latest message: a flow
    that handed this message over is never handed it back (no ping-pong between the
    claim intake, the decline explanation and the FAQ)."""
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            return False
        if event.get("event") == "action" and event.get("name") == name:
            return True
    return False


def handed_to_a_person_this_turn(tracker: Tracker) -> bool:
    """Whether a hand-over to a person was made since the person's latest message (by
    the hand-over action, or inside a form that read a request for one)."""
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            return False
        if event.get("event") == "slot" and event.get("name") == "handoff_requested" and event.get("value"):
            return True
    return False


def action_before_form(tracker: Tracker) -> str | None:
    """The action that ran before the form this turn (Rasa adds the form's own
    ActionExecuted to the tracker it sends the validation)."""
    for event in reversed(tracker.events or []):
        if event.get("event") != "action":
            continue
        name = event.get("name")
        if name is None or name.endswith("_form"):
            continue
        return str(name)
    return None


def answer_opening_question(
    message: UserMessage, tracker: Tracker, dispatcher: CollectingDispatcher
) -> list[EventType]:
    # Only a flow opened straight from the person's message: one opened by the FAQ
    # action (a question that told of a loss) has had its answer already.
    if not reads_as_a_question(message.text) or action_before_form(tracker) != "action_listen":
        return []
    return answer_question(tracker, dispatcher)


def opening_question_unanswered(message: UserMessage, tracker: Tracker) -> bool:
    """The form's opening message asks about the claim or cover ("is there a deductible?",
    "will my premium go up if I claim?"), straight from the person (not handed over by a
    flow that answered it)."""
    return (
        reads_as_a_question(message.text)
        and action_before_form(tracker) == "action_listen"
        and asks_about_the_claim_or_cover(message.text)
    )


def complaint_steps(tracker: Tracker) -> tuple[ComplaintStep, ...]:
    """The complaint route of the person's region (said, or from the currency)."""
    routes = load_decline_knowledge().routes
    region = tracker.get_slot("region") or REGION_OF_CURRENCY.get(str(tracker.get_slot("currency")))
    return routes.get(str(region)) or routes[DEFAULT_REGION]


class GuidedFormValidation(FormValidationAction):
    # "Question N of M" after each answer (bot/actions/chat_parts.py): the flow's name for
    # the widget, or None for no progress line.
    progress_flow: str | None = None

    def progress_order(self, values: dict[str, Any]) -> list[str]:
        """The questions that apply, in asking order (the count in "question N of M")."""
        return []

    def opening_words(self, values: dict[str, Any]) -> str | None:
        """Said once, when the form starts (before its first question)."""
        return None

    # A question about the claim or cover at the form's opening that the FAQ has no sure
    # answer for is owned up to ("I don't know that one") before the form's first question.
    owns_up_to_an_unknown_opening_question = False

    def answers_the_opening_itself(self, message: UserMessage) -> bool:
        """The question that opened the form is the one the form itself answers (no
        FAQ answer first: a pick for it can only be about something else)."""
        return False

    @abstractmethod
    def read(self, message: UserMessage, requested_slot: str | None, tracker: Tracker) -> FormReading:
        """The slot values, problem and notes that this message gives the form."""

    def fallback(self, slot: str, tracker: Tracker) -> Fallback:
        """What to do when `slot` has been asked twice without a usable answer."""
        return PERSON

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        message = user_message(tracker)
        requested = tracker.get_slot("requested_slot")
        opening_answer = (
            []
            if requested or self.answers_the_opening_itself(message)
            else answer_opening_question(message, tracker, dispatcher)
        )
        if (
            not requested
            and not opening_answer
            and self.owns_up_to_an_unknown_opening_question
            and not self.answers_the_opening_itself(message)
            and opening_question_unanswered(message, tracker)
        ):
            # "lost my watch at the beach yesterday ($5k), is there a deductible?" with no
            # FAQ answer sure enough: the question is not dropped in silence; it is said
            # plainly that it isn't known here, and the form goes on with the facts told.
            dispatcher.utter_message(response="utter_faq_unknown")
        events = await self._read_events(message, requested, dispatcher, tracker, domain)
        return opening_answer + events

    async def _read_events(
        self,
        message: UserMessage,
        requested: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[EventType]:
        if message.intent != PERSON_INTENT and asks_for_a_person(message.text):
            # The rule for `human_handoff` would do this; the classifier read another intent.
            return [*await ActionHandoff().run(dispatcher, tracker, domain), SlotSet(FAILURES_SLOT, 0.0)]
        if requested and asks_how_to_complain(message.text):
            # "is there anyone I can complain to, like a state regulator?" mid-form: the
            # complaint route for their region, then the form's question again.
            dispatcher.utter_message(text=complaint_route_text(complaint_steps(tracker)))
            return [failures_kept(tracker)]
        if message.intent == "out_of_scope":
            if not requested or (
                is_question_shaped(message.text)
                and not self.answers_despite_scope(message, str(requested), tracker)
                and not self.explains_its_question(message, str(requested), tracker)
            ):
                return self._out_of_scope(message, requested, dispatcher, tracker)
            # Not a question: an answer the scope guard doubted ("rural vermont, nearest
            # neighbor is half a mile down the road"), or an unusable one, which is
            # explained with an example like any other.
            message = UserMessage(message.text, "inform", message.entities)
        reading = self.read(message, requested, tracker)
        reading, asks_beside = self._answer_beside_a_question(message, requested, reading, tracker)
        if (
            requested
            and not reading.slots
            and not reading.explained
            and message.intent not in QUESTION_INTENTS
            # "is there a person I could chat with instead? I have questions": a person
            # asked for, which the handoff rule answers once the form has taken nothing.
            and message.intent != PERSON_INTENT
            and (asks_something(message.text) or asks_a_question_first(message.text))
        ):
            # A question the classifier filed as an answer ("whats the difference between
            # blanket and scheduled anyway?"): answered when the FAQ knows it, then asked again.
            answered = answer_question(tracker, dispatcher)
            if answered:
                return answered
            if off_subject_pick(tracker):
                # The selector was sure of an answer about another subject ("will they say
                # it's my fault?" picked the damage inspection during a loss claim): say it
                # isn't known here rather than answer another question, then ask again.
                dispatcher.utter_message(response="utter_faq_unknown")
                return [failures_kept(tracker)]
        if (
            requested
            and not reading.slots
            and not reading.explained
            and message.intent in ANSWER_INTENTS
            and asks_in_passing(message.text)
        ):
            # "quick question, does it matter that the gym has cameras? should I ask them
            # to keep the footage": a question, never the answer. The FAQ answers it when
            # it knows it; otherwise it is said plainly that it isn't known here (no
            # guess about their cover). The form's question is asked again after.
            answered = answer_question(tracker, dispatcher)
            if not answered:
                dispatcher.utter_message(response="utter_faq_unknown")
            return [*answered, failures_kept(tracker)]
        if requested and not (reading.slots or reading.problem) and self._reads_as_answer(message):
            # A short plain answer the classifier filed as a question or small talk
            # ("appraisal", "Takapuna, suburbs"): read it as the answer it is.
            reading = self.read(UserMessage(message.text, "inform", message.entities), requested, tracker)
        if self._stuck(message, requested, reading, tracker):
            return await self._fall_back(str(requested), message, reading, dispatcher, tracker, domain)
        beside_answer: list[EventType] = []
        if asks_beside and not ran_this_turn(tracker, "action_answer_faq"):
            # Their own question beside the answer: answered when the FAQ is sure of it
            # (the guide's advice and the intake's summary answer the rest in their turn).
            beside_answer = answer_question(tracker, dispatcher)
        for note in reading.notes:
            dispatcher.utter_message(text=note)
        events = [*beside_answer, *(SlotSet(name, value) for name, value in reading.slots.items())]
        if reading.problem:
            failures = int(tracker.get_slot(FAILURES_SLOT) or 0) + 1
            dispatcher.utter_message(text=reading.problem)
            if failures >= FAILURES_BEFORE_OFFERING_A_PERSON:
                dispatcher.utter_message(response="utter_offer_person")
            events.append(SlotSet(FAILURES_SLOT, float(failures)))
        elif reading.slots and tracker.get_slot(FAILURES_SLOT):
            events.append(SlotSet(FAILURES_SLOT, 0.0))
        return events

    def _answer_beside_a_question(
        self, message: UserMessage, requested: Any, reading: FormReading, tracker: Tracker
    ) -> tuple[FormReading, bool]:
        """An answer with a question of the person's own (language.answers.
        read_beside_a_question); the second value says the message also asked."""
        if not requested:
            return reading, False
        slot = str(requested)
        return read_beside_a_question(lambda said: self.read(said, slot, tracker), message, slot, reading)

    def _out_of_scope(
        self, message: UserMessage, requested: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> list[EventType]:
        """A question the scope guard called out of scope, asked while a question of the
        form is open: the honest out-of-scope reply, and the form's question again.

        The form is run right after the message (a rule sends it here), so it must
        return an event: with none, Rasa would reject the form and fall back."""
        if requested and asks_about_the_claim_or_cover(message.text):
            # "will my parents' premium go up if we claim this?", "do we pay a deductible?"
            # mid-form: about this claim or cover, so never "outside what I can help with".
            # The FAQ answers it when it is sure of it (DOUBTED_QUESTION_CONFIDENCE); else
            # it is said plainly that it isn't known here. The form's question is asked again.
            answered = answer_question(tracker, dispatcher, threshold=DOUBTED_QUESTION_CONFIDENCE)
            if not answered:
                dispatcher.utter_message(response="utter_faq_unknown")
            return [*answered, failures_kept(tracker)]
        dispatcher.utter_message(response="utter_out_of_scope")
        return [failures_kept(tracker)]

    def answers_despite_scope(self, message: UserMessage, requested_slot: str, tracker: Tracker) -> bool:
        """A message the scope guard doubted, shaped like a question, that still answers
        the question asked: read as an answer, it gives what was asked ("idk my mom might
        have renters insurance?" at the cover question). A form may say otherwise."""
        reading = self.read(UserMessage(message.text, "inform", message.entities), requested_slot, tracker)
        return requested_slot in reading.slots and not reading.problem

    def explains_its_question(self, message: UserMessage, requested_slot: str, tracker: Tracker) -> bool:
        """ "what do you mean searched?": a question about the question asked, which the
        form's reader explains (FormReading.explained) before asking again."""
        return self.read(
            UserMessage(message.text, "inform", message.entities), requested_slot, tracker
        ).explained

    @staticmethod
    def _reads_as_answer(message: UserMessage) -> bool:
        if message.intent in NOT_ANSWERS or message.intent in {"inform", "out_of_scope"}:
            return False
        return not reads_as_a_question(message.text) and len(message.text.split()) <= 8

    def _stuck(self, message: UserMessage, requested: Any, reading: FormReading, tracker: Tracker) -> bool:
        """This answer leaves the question open, and it has been asked twice already."""
        if not requested or requested in reading.slots or message.intent in NOT_ANSWERS:
            return False
        if is_question(message) and not reading.problem:
            return False  # a real question: answered by the FAQ rule, then the form resumes
        return asks_in_a_row(tracker, str(requested)) >= MAX_ASKS_IN_A_ROW

    async def _fall_back(
        self,
        slot: str,
        message: UserMessage,
        reading: FormReading,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[EventType]:
        fallback = self.fallback(slot, tracker)
        events: list[EventType] = [SlotSet(name, value) for name, value in reading.slots.items()]
        text = " ".join(message.text.split())[:500]
        if fallback.kind is FallbackKind.KEEP_TEXT and text:
            dispatcher.utter_message(text=KEPT_AS_WRITTEN)
            value: Any = text
        elif fallback.kind is FallbackKind.DEFAULT:
            dispatcher.utter_message(text=fallback.line or assumed_line(fallback.says))
            value = fallback.value
        elif fallback.kind is FallbackKind.UNKNOWN:
            dispatcher.utter_message(text=fallback.line or left_unknown_line(fallback.says))
            value = None
        else:
            dispatcher.utter_message(text=PASSING_TO_A_PERSON)
            return (
                events
                + await ActionHandoff().run(dispatcher, tracker, domain)
                + [SlotSet(FAILURES_SLOT, 0.0)]
            )
        return [
            *events,
            SlotSet(slot, value),
            SlotSet(ASSUMED_SLOT, assumed_with(tracker, slot)),
            SlotSet(FAILURES_SLOT, 0.0),
        ]

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        extracted = await self.get_extraction_events(dispatcher, tracker, domain)
        tracker.add_slots(extracted)
        validated = await self._extract_validation_events(dispatcher, tracker, domain)
        # The SDK returns only the form's required slots; keep the others this message
        # set too (the failure counter, collection, care-plan flags, assumptions, and
        # the hand-over's end of the form).
        kept = {event.get("name") for event in validated if event.get("event") == "slot"}
        events = validated + [
            event for event in extracted if event.get("event") != "slot" or event.get("name") not in kept
        ]
        if any(e.get("event") == "active_loop" and e.get("name") is None for e in extracted):
            # Handed over: the form ends here, whatever the SDK chose to ask next.
            events.append(SlotSet("requested_slot", None))
        opened = not tracker.get_slot("requested_slot")
        if self.progress_flow and form_goes_on(events, opened):
            values = values_after(tracker, events)
            opening = self.opening_words(values) if opened else None
            say_progress(dispatcher, self.progress_order(values), values, self.progress_flow, opening)
        return events
