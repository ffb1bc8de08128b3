"""Ways out of any flow: a person, or a fresh start."""

from __future__ import annotations

import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from bot.config import load_settings
from bot.store.claims import claim_store

logger = logging.getLogger(__name__)


class ActionHandoff(Action):
    """Hands the conversation to a person; what was said stays in the tracker."""

    def name(self) -> str:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        settings = load_settings()
        flow = (tracker.active_loop or {}).get("name")
        try:
            claim_store().save_handoff(tracker.sender_id, flow)
        except (SQLAlchemyError, OSError):
            # The person is still told how to reach the store; staff just miss the record.
            logger.exception("handoff record not saved")
        dispatcher.utter_message(
            text=(
                f"I'll pass you to a person at {settings.jeweler_name}: {settings.jeweler_contact}. "
                "Everything you've told me is kept, so you won't have to repeat it."
            )
        )
        return [ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("handoff_requested", True)]
