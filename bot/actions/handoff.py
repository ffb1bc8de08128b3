"""Ways out of any flow: a person, or a fresh start."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.config import load_settings


class ActionHandoff(Action):
    """Hands the conversation to a person; what was said stays in the tracker."""

    def name(self) -> str:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        settings = load_settings()
        dispatcher.utter_message(
            text=(
                f"I'll pass you to a person at {settings.jeweler_name}: {settings.jeweler_contact}. "
                "Everything you've told me is kept, so you won't have to repeat it."
            )
        )
        return [ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("handoff_requested", True)]
