"""Ways out of any flow: a person, or a fresh start."""

from __future__ import annotations

import asyncio
import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from bot import notifications
from bot.config import load_settings
from bot.store.claims import claim_store
from bot.store.validation import ClaimRejected
from bot.wording.chat_parts import handoff_text

logger = logging.getLogger(__name__)


def _record_handoff(sender_id: str, flow: str | None) -> int:
    # One record per waiting conversation: asking again returns the one already waiting.
    return claim_store().save_handoff(sender_id, flow)


def _record_handoff_and_tell_the_shop(sender_id: str, flow: str | None) -> int:
    """The record, and an email to the shop when it is a new one (a repeat is merged, not
    mailed again). The email goes out in the background and never fails the turn."""
    earlier = notifications.open_handoff_id(sender_id)
    handoff = _record_handoff(sender_id, flow)
    if handoff != earlier:
        notifications.handoff_recorded(sender_id, flow)
    return handoff


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
            # In a worker thread: a slow database must not hold up other conversations.
            await asyncio.to_thread(_record_handoff_and_tell_the_shop, tracker.sender_id, flow)
        except (SQLAlchemyError, OSError, ClaimRejected) as error:
            # The person is still told how to reach the store; staff just miss the record.
            logger.error("handoff record not saved: %s", type(error).__name__)
        # The shop's phone and email as links, and its hours when set (SHOP_* settings).
        dispatcher.utter_message(
            text=handoff_text(
                settings.jeweler_name, settings.shop_phone, settings.shop_email, settings.shop_hours
            )
        )
        return [ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("handoff_requested", True)]
