"""The coverage advice flow: reads the guide's answers and gives the recommendation."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.guided_form import GuidedFormValidation, known_slots
from bot.language.answers import FormReading, UserMessage, read_advice_answers
from bot.rules.advice import Piece, Profile, plan_collection, recommend
from bot.rules.knowledge import load_coverage_facts
from bot.rules.wording import advice_message, collection_message

ADVICE_SLOTS = (
    "item_type",
    "item_value",
    "currency",
    "travels_often",
    "wears_daily",
    "area_type",
    "current_coverage",
    "assumed_answers",
)


class ValidateCoverageAdviceForm(GuidedFormValidation):
    def name(self) -> str:
        return "validate_coverage_advice_form"

    def read(self, message: UserMessage, requested_slot: str | None, tracker: Tracker) -> FormReading:
        facts = load_coverage_facts()
        return read_advice_answers(message, requested_slot, known_slots(tracker, ADVICE_SLOTS), facts)


def profile_from(tracker: Tracker) -> Profile:
    slot = tracker.get_slot
    return Profile(
        item_type=slot("item_type") or "other",
        item_value=float(slot("item_value")),
        currency=slot("currency") or "USD",
        travels_often=bool(slot("travels_often")),
        wears_daily=bool(slot("wears_daily")),
        area_type=slot("area_type") or "suburban",
        current_coverage=slot("current_coverage") or "homeowners",
        new_purchase=bool(slot("new_purchase")),
        damage_worry=bool(slot("damage_worry")),
    )


def pieces_from(collection: Any) -> list[Piece]:
    if not isinstance(collection, list):
        return []
    return [
        Piece(str(p["item_type"]), float(p["value"]), int(p.get("quantity", 1)))
        for p in collection
        if isinstance(p, dict) and "item_type" in p and "value" in p
    ]


class ActionGiveCoverageAdvice(Action):
    def name(self) -> str:
        return "action_give_coverage_advice"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if tracker.get_slot("item_value") is None:
            dispatcher.utter_message(response="utter_ask_item_value")
            return []
        facts = load_coverage_facts()
        profile = profile_from(tracker)
        advice = recommend(profile, facts)
        assumed = tuple(tracker.get_slot("assumed_answers") or ())
        low, high = advice.premium.low, advice.premium.high
        pieces = pieces_from(tracker.get_slot("collection"))
        if len(pieces) > 1 or (pieces and pieces[0].quantity > 1):
            plan = plan_collection(pieces, profile, facts)
            dispatcher.utter_message(text=collection_message(profile, plan, facts))
            low, high = plan.premium.low, plan.premium.high
        dispatcher.utter_message(text=advice_message(profile, advice, facts, assumed))
        dispatcher.utter_message(response="utter_after_advice")
        return [
            SlotSet("coverage_recommendation", advice.coverage),
            SlotSet("premium_low", low),
            SlotSet("premium_high", high),
            SlotSet("care_plan_suggested", advice.care_plan),
        ]
