"""Answers policy questions from knowledge/faq.yml, and follow-ups to them.

The NLU's FAQ selector proposes an entry and a confidence (`response_selector.faq`);
bot/rules/faq.py decides whether to answer it or to say "I don't know" and offer a
person. The entry answered last is kept in `faq_last`, so "and for watches?" can be
resolved. No slot that steers a form is touched, so a question mid-form lets the form
carry on.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.advisor import ADVICE_SLOTS, ActionGiveCoverageAdvice
from bot.actions.guided_form import known_slots, user_message
from bot.language.answers import QUESTION_START, FormReading, UserMessage, read_advice_answers
from bot.language.facts import region_from_text
from bot.rules.faq import (
    FaqChoice,
    FaqKnowledge,
    Outcome,
    choose_answer,
    facet_of,
    follow_up,
    load_faq_knowledge,
)
from bot.rules.faq_wording import answer_lines, same_answer_line, unknown_follow_up_line
from bot.rules.knowledge import load_coverage_facts

SELECTOR = "faq"


def selected_faq(tracker: Tracker) -> tuple[str | None, float]:
    """The FAQ selector's pick for the latest message, and its confidence."""
    selectors: dict[str, Any] = tracker.latest_message.get("response_selector") or {}
    response = (selectors.get(SELECTOR) or {}).get("response") or {}
    return response.get("intent_response_key"), float(response.get("confidence") or 0.0)


def say(choice: FaqChoice, knowledge: FaqKnowledge, dispatcher: CollectingDispatcher) -> list[EventType]:
    if choice.outcome in (Outcome.ANSWER, Outcome.SAME_ANSWER) and choice.entry is not None:
        if choice.outcome is Outcome.SAME_ANSWER:
            dispatcher.utter_message(text=same_answer_line(choice.facet))
        for line in answer_lines(choice.entry, knowledge):
            dispatcher.utter_message(text=line)
        return [SlotSet("faq_last", choice.entry.id)]
    if choice.facet is not None and choice.entry is not None:
        dispatcher.utter_message(text=unknown_follow_up_line(choice.facet))
        dispatcher.utter_message(response="utter_offer_person_for_question")
        return []
    dispatcher.utter_message(response="utter_faq_unknown")
    return []


# Facts about the person's own piece that make a question theirs: "my ring is worth
# NZ$4,000, do I need to specify it?" or, after the advice, "we moved to the countryside,
# does that change anything?". A cover type named in a question ("blanket or
# scheduled?") is what is asked about, not a fact.
OWN_FACTS = ("item_value", "area_type", "travels_often", "wears_daily")


def own_facts(tracker: Tracker) -> FormReading:
    """The guide's facts this message states, read as if it answered the guide."""
    message = user_message(tracker)
    reading = read_advice_answers(
        UserMessage(message.text, "inform", message.entities),
        None,
        known_slots(tracker, ADVICE_SLOTS),
        load_coverage_facts(),
    )
    slots = dict(reading.slots)
    if message.text.strip().endswith("?") or QUESTION_START.match(message.text):
        slots.pop("current_coverage", None)
    if not any(name in slots for name in OWN_FACTS):
        return FormReading()
    return FormReading(slots=slots, notes=reading.notes)


class ActionAnswerFaq(Action):
    def name(self) -> str:
        return "action_answer_faq"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        knowledge = load_faq_knowledge()
        facts = FormReading() if tracker.active_loop.get("name") else own_facts(tracker)
        changed = {k: v for k, v in facts.slots.items() if tracker.get_slot(k) != v}
        if changed and tracker.get_slot("coverage_recommendation") is not None:
            # A correction after the advice, asked as a question: redo the advice.
            return await self._redo_advice(facts, dispatcher, tracker, domain)
        key, confidence = selected_faq(tracker)
        events = say(choose_answer(knowledge, key, confidence), knowledge, dispatcher)
        if changed:
            # Facts with a question at the start: answered; now this person's numbers,
            # asking only what is missing.
            dispatcher.utter_message(
                text="Now let's work out your own cover and cost, from what you've told me."
            )
            events += [SlotSet(name, value) for name, value in facts.slots.items()]
            events.append(FollowupAction("coverage_advice_form"))
        return events

    async def _redo_advice(
        self, facts: FormReading, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        for note in facts.notes:
            dispatcher.utter_message(text=note)
        events: list[EventType] = [SlotSet(name, value) for name, value in facts.slots.items()]
        tracker.add_slots(events)
        return events + await ActionGiveCoverageAdvice().run(dispatcher, tracker, domain)


class ActionAnswerFollowUp(Action):
    """ "And for watches?": the previous answer's counterpart for that piece or country."""

    def name(self) -> str:
        return "action_answer_follow_up"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        knowledge = load_faq_knowledge()
        message = tracker.latest_message
        items = [str(e.get("value")) for e in message.get("entities") or [] if e.get("entity") == "item_type"]
        facet = facet_of(items, region_from_text(message.get("text") or ""))
        choice = follow_up(knowledge, tracker.get_slot("faq_last"), facet)
        if choice.outcome is Outcome.NO_CONTEXT:
            # Nothing asked before: treat it as a question of its own.
            key, confidence = selected_faq(tracker)
            choice = choose_answer(knowledge, key, confidence)
        return say(choice, knowledge, dispatcher)
