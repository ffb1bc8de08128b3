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
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

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


class ActionAnswerFaq(Action):
    def name(self) -> str:
        return "action_answer_faq"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        knowledge = load_faq_knowledge()
        key, confidence = selected_faq(tracker)
        return say(choose_answer(knowledge, key, confidence), knowledge, dispatcher)


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
