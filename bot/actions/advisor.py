"""The coverage advice flow: reads the guide's answers and gives the recommendation."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.declines import (
    explain_for_the_region_told,
    explain_the_reason_told,
    reason_told_after_none,
    region_told_after_the_explanation,
)
from bot.actions.guided_form import (
    PERSON,
    Fallback,
    FallbackKind,
    GuidedFormValidation,
    failures_kept,
    hand_over_to,
    handed_to_a_person_this_turn,
    left_unknown,
    loose_value_fallback,
    ran_this_turn,
)
from bot.actions.tracker_reading import known_slots, user_message
from bot.language.answers import FormReading, UserMessage, read_advice_answers
from bot.language.claim.claim_type import claim_type_from_text, tells_of_a_claim
from bot.language.decline_answers import (
    DECLINE_STORY_INTENTS,
    asks_cover_for_another_piece,
    asks_cover_for_next_time,
    tells_of_a_decline,
)
from bot.language.facts import item_mentions, says_renters_policy
from bot.language.requests import (
    asks_for_a_person,
    asks_how_to_cover,
    asks_only_how_to_cover,
    asks_only_in_general,
    asks_to_choose_a_cover,
    asks_which_cover_for_it,
    is_hypothetical,
    reads_as_a_question,
)
from bot.language.stories import (
    names_jewelry_in_general,
    tells_it_happened,
    tells_it_is_gone_unexplained,
    tells_of_an_earlier_loss,
)
from bot.rules.advice import Piece, Profile, plan_collection, recommend
from bot.rules.knowledge import load_coverage_facts
from bot.rules.regions import DEFAULT_CURRENCY
from bot.wording.advice import (
    ADVICE_PROBLEMS,
    CHOICE_WEIGHED_IN_ADVICE,
    VALUE_LEFT_UNKNOWN,
    advice_change_line,
    advice_message,
    collection_message,
    fallback_says,
)
from bot.wording.chat_parts import advice_card, changed_card
from bot.wording.faq import area_changed_line

# The guide's questions in asking order (domain/advisor.yml coverage_advice_form).
GUIDE_QUESTIONS = ("item_type", "item_value", "travels_often", "wears_daily", "area_type", "current_coverage")
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


def slots_at_last_advice(tracker: Tracker) -> dict[str, Any]:
    """The slots as they were when the last advice was given (its recommendation set)."""
    values: dict[str, Any] = {}
    then: dict[str, Any] = {}
    for event in tracker.events:
        if event.get("event") != "slot":
            continue
        if event.get("name") == "coverage_recommendation" and event.get("value") is not None:
            then = dict(values)
        values[str(event.get("name"))] = event.get("value")
    return then


def asks_about_a_loss_that_happened(text: str) -> bool:
    """A question that tells of a loss of a piece that happened, not imagined, not over
    and done, and asks no advice on covering it ("we can't find her ring anywhere, is
    there anything insurance can do?")."""
    return (
        reads_as_a_question(text)
        and tells_it_happened(text)
        and not is_hypothetical(text)
        and not tells_of_an_earlier_loss(text)
        and not asks_how_to_cover(text)
        and not asks_which_cover_for_it(text)
        and not asks_cover_for_next_time(text)
        and bool(item_mentions(text) or names_jewelry_in_general(text))
        # "isnt anywhere in my apartment": gone without saying how; the intake asks which.
        and (claim_type_from_text(text) is not None or tells_it_is_gone_unexplained(text))
    )


class ValidateCoverageAdviceForm(GuidedFormValidation):
    progress_flow = "guide"

    def progress_order(self, values: dict[str, Any]) -> list[str]:
        return list(GUIDE_QUESTIONS)

    def name(self) -> str:
        return "validate_coverage_advice_form"

    def answers_the_opening_itself(self, message: UserMessage) -> bool:
        # "should I insure my grandmother's ring?": the advice is the answer; an FAQ
        # entry the selector heard in it ("grandmother's": old claws, wear and tear) is not.
        return asks_only_how_to_cover(message.text)

    def read(self, message: UserMessage, requested_slot: str | None, tracker: Tracker) -> FormReading:
        facts = load_coverage_facts()
        if (
            (requested_slot or ran_this_turn(tracker, "decline_explanation_form"))
            and message.intent in DECLINE_STORY_INTENTS
            and not tells_of_a_decline(message.text)
        ):
            # "I paid $4,500 but there was a sale...", "they showed me the receipt": the
            # classifier heard a decline in an answer whose words tell of none. Read as
            # the answer it is; a refusal really told still leaves the guide (the rules).
            # The same for a first message the decline form handed over ("our contents has
            # the jewellery limit at $10,000, is that enough for my bracelet?").
            message = replace(message, intent="inform")
        return read_advice_answers(message, requested_slot, known_slots(tracker, ADVICE_SLOTS), facts)

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        # A value nobody could give is not asked again: the guide goes on without it.
        unknown = left_unknown(tracker, domain_slots)
        return [slot for slot in domain_slots if slot not in unknown]

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        told = reason_told_after_none(tracker) if not tracker.get_slot("requested_slot") else None
        if told:
            # The insurer's reason, given after an explanation that had none.
            return [ActiveLoop(None), SlotSet("requested_slot", None), *explain_the_reason_told(told)]
        region = region_told_after_the_explanation(tracker)
        if region:
            # "I'm in Texas" right after a decline explanation: where their policy is.
            return [
                ActiveLoop(None),
                SlotSet("requested_slot", None),
                *explain_for_the_region_told(region, tracker, dispatcher),
            ]
        if self._opened_by_stray_text(tracker):
            # "text emily", "summarize the plot of the great gatsby": the classifier's
            # `inform` with no fact in it is not an answer to the guide: say what the
            # assistant does instead of asking "What kind of piece is it?".
            dispatcher.utter_message(response="utter_out_of_scope")
            return [ActiveLoop(None), SlotSet("requested_slot", None)]
        opening = (
            not tracker.get_slot("requested_slot") and tracker.get_slot("coverage_recommendation") is None
        )
        text = user_message(tracker).text
        if opening and tells_of_a_decline(text) and not asks_cover_for_next_time(text):
            # "they only gave me $1500 and said that's the max for jewelry": the insurer has
            # decided, so the decline is explained, not cover for the piece advised.
            return hand_over_to("decline_explanation_form")
        if (
            opening
            and tells_of_a_claim(text)
            and not tells_of_an_earlier_loss(text)
            and not asks_cover_for_another_piece(text)
        ):
            # Opened by what happened to a piece ("my necklace was stolen yesterday, police
            # report 2611-4471"): the claim intake takes it and reads the same message.
            return hand_over_to("claim_intake_form")
        if opening and asks_about_a_loss_that_happened(text):
            # "Mum passed in August and now we can't find her wedding ring anywhere. Is
            # there anything insurance can do?": a real loss, asked about as a question.
            return hand_over_to("claim_intake_form")
        if opening and asks_only_in_general(text) and not ran_this_turn(tracker, "action_answer_faq"):
            # "quick q, does specifying a piece cost extra each year or is it included in
            # contents": a question about cover in general, naming no piece to advise on.
            # The FAQ answers it (and never hands it back: `ran_this_turn`).
            return hand_over_to("action_answer_faq")
        choice = self._choice_asked_mid_guide(tracker)
        if choice is not None:
            # "would I be better putting it on my AA policy or a separate jewellery one?"
            # at a guide question: the advice makes that choice; said so, then asked again
            # (what else it told, the currency of "AA", kept).
            dispatcher.utter_message(text=CHOICE_WEIGHED_IN_ADVICE)
            return [*(SlotSet(name, value) for name, value in choice.slots.items()), failures_kept(tracker)]
        return await super().get_extraction_events(dispatcher, tracker, domain)

    def _choice_asked_mid_guide(self, tracker: Tracker) -> FormReading | None:
        """A choice between covers asked at a guide question, answering none of the
        guide's questions: what else it tells (the currency); None for any other message."""
        requested = tracker.get_slot("requested_slot")
        message = user_message(tracker)
        if not requested or tracker.get_slot("coverage_recommendation") is not None:
            return None
        if not asks_to_choose_a_cover(message.text):
            return None
        reading = self.read(message, str(requested), tracker)
        if set(reading.slots) & set(GUIDE_QUESTIONS):
            return None
        return FormReading(slots={k: v for k, v in reading.slots.items() if v is not None})

    def _opened_by_stray_text(self, tracker: Tracker) -> bool:
        message = user_message(tracker)
        if tracker.get_slot("requested_slot") or message.intent != "inform":
            return False
        if asks_for_a_person(message.text):
            return False  # "representative": the form hands over, as for any request for a person
        if any(
            tracker.get_slot(name) is not None
            for name in ("item_type", "item_value", "coverage_recommendation")
        ):
            return False
        # A currency alone ("nz mobile number") is no fact about a piece.
        return not set(self.read(message, None, tracker).slots) - {"currency", "collection"}

    def fallback(self, slot: str, tracker: Tracker) -> Fallback:
        """After two asks: a stated default the advice mentions, or the value left not
        known (the advice then starts with a valuation); a person only for a value
        past what the guide is built for."""
        if slot == "item_value":
            if (
                self.read(user_message(tracker), slot, tracker).problem
                == ADVICE_PROBLEMS["item_value_too_large"]
            ):
                return PERSON  # a figure past what the guide is built for: a specialist's
            # A range or a bound given where one figure was asked: its top, marked.
            loose = loose_value_fallback(tracker, slot)
            if loose is not None:
                return loose
            # Many can't put a figure on a piece ("it was my nan's, never had it
            # valued"); the advice can still be given, and a made-up value could not be.
            return Fallback(FallbackKind.UNKNOWN, None, line=VALUE_LEFT_UNKNOWN)
        facts = load_coverage_facts()
        # The habits as a "not sure" takes them (knowledge/coverage.yml): two unusable
        # answers tell no more than "not sure" does.
        defaults = {
            "item_type": "other",
            **facts.unknown_habits,
            "area_type": facts.default_area,
            "current_coverage": facts.default_coverage,
        }
        if slot not in defaults:
            return PERSON
        return Fallback(FallbackKind.DEFAULT, defaults[slot], fallback_says(slot, facts))


def profile_from(tracker: Tracker) -> Profile:
    """The customer's answers; where they did not know, the defaults of knowledge/coverage.yml."""
    slot = tracker.get_slot
    facts = load_coverage_facts()
    value = slot("item_value")
    return Profile(
        item_type=slot("item_type") or "other",
        item_value=None if value is None else float(value),  # None: left not known
        currency=slot("currency") or DEFAULT_CURRENCY,
        travels_often=bool(slot("travels_often")),
        wears_daily=bool(slot("wears_daily")),
        area_type=slot("area_type") or facts.default_area,
        current_coverage=slot("current_coverage") or facts.default_coverage,
        new_purchase=bool(slot("new_purchase")),
        damage_worry=bool(slot("damage_worry")),
        renters_policy=any(
            says_renters_policy(str(e.get("text") or "")) for e in tracker.events if e.get("event") == "user"
        ),
    )


def pieces_from(collection: Any) -> list[Piece]:
    if not isinstance(collection, list):
        return []
    return [
        Piece(str(p["item_type"]), float(p["value"]), int(p.get("quantity", 1)))
        for p in collection
        if isinstance(p, dict) and "item_type" in p and "value" in p
    ]


def _amount(value: Any) -> float | None:
    """A premium slot: None where the advice was given without a value."""
    return None if value is None else float(value)


class ActionGiveCoverageAdvice(Action):
    def name(self) -> str:
        return "action_give_coverage_advice"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if tracker.get_slot("item_value") is None and not left_unknown(tracker, ["item_value"]):
            # The guide ended early (handed to a person, or not a guide question at all):
            # the person has been told why; nothing to advise on. A value the person
            # could not give is advised on without it.
            return []
        if handed_to_a_person_this_turn(tracker):
            # "honestly can someone just call me?" at the guide's last question: the form
            # ended with the hand-over, and the person asked for someone, not the advice.
            return []
        facts = load_coverage_facts()
        profile = profile_from(tracker)
        advice = recommend(profile, facts)
        assumed = tuple(tracker.get_slot("assumed_answers") or ())
        # No value, no yearly range: the premium slots stay empty (the advice gives the rate).
        low, high = (advice.premium.low, advice.premium.high) if advice.premium else (None, None)
        pieces = pieces_from(tracker.get_slot("collection"))
        if len(pieces) > 1 or (pieces and pieces[0].quantity > 1):
            plan = plan_collection(pieces, profile, facts)
            dispatcher.utter_message(text=collection_message(profile, plan, facts))
            low, high = plan.premium.low, plan.premium.high
        card = advice_card(profile, advice, facts, assumed)
        before = tracker.get_slot("coverage_recommendation")
        if before is None:
            dispatcher.utter_message(text=advice_message(profile, advice, facts, assumed), json_message=card)
        else:
            # A corrected answer: say what the change did to the advice, with the card,
            # instead of the whole advice again.
            old = (
                str(before),
                _amount(tracker.get_slot("premium_low")),
                _amount(tracker.get_slot("premium_high")),
            )
            rate = advice.until_valued.per_thousand if advice.until_valued else None
            change = advice_change_line(
                old, (advice.coverage, low, high), profile.region, profile.currency, per_thousand=rate
            )
            area_then, area_now = (
                slots_at_last_advice(tracker).get("area_type"),
                tracker.get_slot("area_type"),
            )
            if area_then and area_now and area_then != area_now:
                # "we moved out to the countryside": which answer moved the numbers, said first.
                dispatcher.utter_message(text=area_changed_line(str(area_then), str(area_now)))
            dispatcher.utter_message(text=change, json_message=changed_card(card, change))
        dispatcher.utter_message(response="utter_after_advice")
        return [
            SlotSet("coverage_recommendation", advice.coverage),
            SlotSet("premium_low", low),
            SlotSet("premium_high", high),
            SlotSet("care_plan_suggested", advice.care_plan),
        ]
