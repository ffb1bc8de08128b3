"""A base for the assistant's form validation actions.

Each form reads a whole message at once through a pure function (bot/language), so
a rich first message fills several slots and a correction can land at any point.
This base turns that reading into events, says what was wrong with an unusable
answer (with an example of one that works), and after repeated failures offers a
person instead of looping.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from bot.language.answers import FormReading, UserMessage
from bot.language.text import without_control_characters

FAILURES_SLOT = "validation_failures"
# After this many unusable answers in a row, offer a person alongside the re-ask.
FAILURES_BEFORE_OFFERING_A_PERSON = 2


def user_message(tracker: Tracker) -> UserMessage:
    latest = tracker.latest_message or {}
    intent = (latest.get("intent") or {}).get("name")
    entities = tuple(e for e in latest.get("entities") or [] if isinstance(e, dict))
    text = without_control_characters(latest.get("text") or "")
    return UserMessage(text=text, intent=intent, entities=entities)


class GuidedFormValidation(FormValidationAction):
    @abstractmethod
    def read(self, message: UserMessage, requested_slot: str | None, tracker: Tracker) -> FormReading:
        """The slot values, problem and notes that this message gives the form."""

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        reading = self.read(user_message(tracker), tracker.get_slot("requested_slot"), tracker)
        for note in reading.notes:
            dispatcher.utter_message(text=note)
        events = [SlotSet(name, value) for name, value in reading.slots.items()]
        if reading.problem:
            failures = int(tracker.get_slot(FAILURES_SLOT) or 0) + 1
            dispatcher.utter_message(text=reading.problem)
            if failures >= FAILURES_BEFORE_OFFERING_A_PERSON:
                dispatcher.utter_message(response="utter_offer_person")
            events.append(SlotSet(FAILURES_SLOT, float(failures)))
        elif reading.slots and tracker.get_slot(FAILURES_SLOT):
            events.append(SlotSet(FAILURES_SLOT, 0.0))
        return events

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        extracted = await self.get_extraction_events(dispatcher, tracker, domain)
        tracker.add_slots(extracted)
        validated = await self._extract_validation_events(dispatcher, tracker, domain)
        # The SDK returns only the form's required slots; keep the others this message
        # set too (the failure counter, collection, care-plan flags, assumptions).
        kept = {event.get("name") for event in validated}
        return validated + [event for event in extracted if event.get("name") not in kept]


def known_slots(tracker: Tracker, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: tracker.get_slot(name) for name in names}
