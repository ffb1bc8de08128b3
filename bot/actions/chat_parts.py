"""Guidance in the chat (issue 15): a question's progress, the claim's opening words, the
privacy note before the personal questions, "Edit" on a summary line, and restarting a
claim. Thin adapters: the parts and their words are bot/wording/chat_parts.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.config import load_settings
from bot.wording.chat_parts import edit_target, privacy_note, progress
from bot.wording.claims import CLAIM_RESTARTED, NAME_QUESTION, name_question
from bot.wording.forms import FORM_BUTTONS

RESTART_CLAIM_INTENT = "restart_claim"


def values_after(tracker: Tracker, events: Sequence[EventType]) -> dict[str, Any]:
    """The slots as they will be once this turn's events are applied."""
    values = dict(tracker.slots)
    for event in events:
        if event.get("event") == "slot":
            values[str(event.get("name"))] = event.get("value")
    return values


def form_goes_on(events: Sequence[EventType], opening: bool) -> bool:
    """True when the form asks on after this turn: it opened, or something was answered.
    False when the turn ends the form (a hand-over, a question that was not a claim) or,
    mid-form, set nothing (a question or a way out: Rasa lets another action answer and
    the form asks again later)."""
    if any(e.get("event") == "active_loop" and e.get("name") is None for e in events):
        return False
    return opening or any(e.get("event") == "slot" and e.get("name") != "requested_slot" for e in events)


def say_progress(
    dispatcher: CollectingDispatcher,
    order: Sequence[str],
    values: dict[str, Any],
    flow: str,
    opening: str | None = None,
) -> None:
    """After the validation's own messages: the opening words (first turn only), then
    "question N of M" for the question the form asks next."""
    if opening:
        dispatcher.utter_message(text=opening)
    part = progress(order, values, flow)
    if part is not None:
        dispatcher.utter_message(json_message=part)


def edit_request(tracker: Tracker, editable: Sequence[str]) -> list[EventType] | None:
    """An "Edit" press on the summary: that answer is cleared, so the form asks that one
    question again and then comes back to the summary. None: not an edit."""
    latest = tracker.latest_message or {}
    if (latest.get("intent") or {}).get("name") != "edit_answer":
        return None
    slot = edit_target(latest.get("entities") or [], editable)
    if slot is None:
        return []  # not a line of this summary: the form asks its question again
    return [SlotSet(slot, None), SlotSet("claim_confirmed", None)]


def is_restart_claim(tracker: Tracker) -> bool:
    latest = tracker.latest_message or {}
    return (latest.get("intent") or {}).get("name") == RESTART_CLAIM_INTENT


class ActionRestartClaim(Action):
    """ "Start over" inside a claim, confirmed in the widget: the claim's answers are
    cleared and the intake starts again from its first question."""

    def name(self) -> str:
        return "action_restart_claim"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        # Imported here: bot.actions.claims imports this module.
        from bot.actions.claims import INTAKE_SLOTS, applicable_slots

        dispatcher.utter_message(text=CLAIM_RESTARTED)
        order = [s for s in applicable_slots({}) if s != "claim_confirmed"]
        say_progress(dispatcher, order, {}, "claim")
        return [
            *[SlotSet(name, None) for name in INTAKE_SLOTS],
            SlotSet("validation_failures", 0.0),
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            FollowupAction("claim_intake_form"),
        ]


class ActionAskClaimantName(Action):
    """The first personal question, after a short privacy note with its link (PRIVACY_URL)."""

    def name(self) -> str:
        return "action_ask_claimant_name"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if _asked_this_turn(tracker, NAME_QUESTION):
            # The answer could not be used and the reply already asked again ("What name
            # should the claim be under? For example ..."): asking twice in one reply is noise.
            return []
        asked_before = any(
            e.get("event") == "action" and e.get("name") == self.name() for e in tracker.events
        )
        # The privacy note goes with the first ask; a later ask is the question alone.
        note = "" if asked_before else privacy_note(load_settings().privacy_url)
        dispatcher.utter_message(text=name_question(note), buttons=FORM_BUTTONS)
        return []


def _asked_this_turn(tracker: Tracker, question: str) -> bool:
    """Whether the assistant has already asked `question` since the person's last message."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot" and question in str(event.get("text") or ""):
            return True
    return False
