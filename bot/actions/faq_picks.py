"""Which FAQ answer the latest message asks for: the selector's pick, kept only for a
question it fits, and the answer given when the pick is sure enough. Used by the FAQ
action and by every form (a question asked in the middle of a flow, or opening one)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.tracker_reading import user_message
from bot.language.requests import takes_a_care_plan_for_insurance
from bot.language.stories import names_a_stone_coming_out, names_the_care_condition, subjects_named
from bot.rules.faq import ANSWER_CONFIDENCE, Outcome, choose_answer, fits_the_question, load_faq_knowledge
from bot.wording.faq import answer_lines

# A flow opened by a question ("give me a rough idea of the yearly cost for a necklace",
# "my ring was stolen, what now?") answers the question first when the FAQ selector is
# this sure of it; below, the flow's own answer is the better help than a guess.
OPENING_QUESTION_CONFIDENCE = 0.45


# A question about the claim the classifier called out of scope ("will my parents
# premium go up if we claim this?") is answered only when the selector is this sure: on
# main-0 (fresh15) its right pick scored 0.99, its wrong ones 0.73 and 0.77 (a care plan's
# servicing rule given for "a plumber to check the drains"). Below, "I don't know that
# one" is the honest reply.
DOUBTED_QUESTION_CONFIDENCE = 0.9


# A stone that falls out of its setting is wear to the piece (worn claws), not the piece
# lost or stolen: the selector heard "does homeowners cover a ring if the diamond just
# falls out?" as a ring that vanished, or as the theft limit. The wear-and-tear answer
# is the one for it.
NOT_FOR_A_STONE_OUT = frozenset({"faq/homeowners_mysterious_disappearance", "faq/homeowners_theft_limit"})
STONE_OUT_ANSWER = "faq/wear_and_tear"


# A question about the policy's reasonable-care condition ("can an insurer decline a
# claim for not taking 'reasonable care'? what does that even mean") is answered with
# what the condition is, not with the decline's complaint route or the list of the
# usual reasons, which the selector heard in "decline a claim".
NOT_FOR_THE_CARE_CONDITION = frozenset(
    {"faq/claim_declined", "faq/claim_reduced", "faq/common_decline_reasons", "faq/how_to_make_a_claim"}
)
CARE_CONDITION_ANSWER = "faq/unattended_or_luggage"


# A care plan taken for insurance of the person's own piece ("the jeweller sold me a care
# plan with my pendant so I'm covered aren't I"): what a care plan is, set against
# insurance, whatever other care-plan entry (passing it on, what it pays for) the
# selector heard.
CARE_PLAN_IS_NOT_INSURANCE = "faq/care_plan_vs_insurance"


def _selector_pick(tracker: Tracker) -> tuple[str | None, float]:
    """The FAQ selector's own pick for the latest message and its confidence (the
    wear-and-tear answer in place of a lost piece's, for a stone that came out; the
    reasonable-care answer for a question about that condition)."""
    selectors = tracker.latest_message.get("response_selector") or {}
    response = (selectors.get("faq") or {}).get("response") or {}
    key, confidence = response.get("intent_response_key"), float(response.get("confidence") or 0.0)
    text = user_message(tracker).text
    if key in NOT_FOR_A_STONE_OUT and names_a_stone_coming_out(text):
        return STONE_OUT_ANSWER, confidence
    if key in NOT_FOR_THE_CARE_CONDITION and names_the_care_condition(text):
        return CARE_CONDITION_ANSWER, confidence
    if takes_a_care_plan_for_insurance(text):
        return CARE_PLAN_IS_NOT_INSURANCE, max(confidence, ANSWER_CONFIDENCE)
    return key, confidence


def _fits_the_question(tracker: Tracker, key: str | None) -> bool:
    subjects = subjects_named(user_message(tracker).text, tracker.get_slot("claim_type"))
    return fits_the_question(load_faq_knowledge(), key, subjects)


def faq_pick(tracker: Tracker) -> tuple[str | None, float]:
    """The FAQ selector's pick for the latest message and its confidence; no pick when the
    entry is kept for a subject the question is not about (an answer about damage to
    "will they say it's my fault?" during a loss claim)."""
    key, confidence = _selector_pick(tracker)
    return (key, confidence) if _fits_the_question(tracker, key) else (None, 0.0)


def off_subject_pick(tracker: Tracker) -> bool:
    """The selector was sure of an FAQ entry kept for a subject the question is not about."""
    key, confidence = _selector_pick(tracker)
    sure = confidence >= OPENING_QUESTION_CONFIDENCE
    return sure and key is not None and not _fits_the_question(tracker, key)


def answer_question(
    tracker: Tracker, dispatcher: CollectingDispatcher, threshold: float = OPENING_QUESTION_CONFIDENCE
) -> list[EventType]:
    """The FAQ answer to the latest message when the selector is sure of one, else []."""
    knowledge = load_faq_knowledge()
    key, confidence = faq_pick(tracker)
    choice = choose_answer(knowledge, key, confidence, threshold=threshold)
    if choice.outcome is not Outcome.ANSWER or choice.entry is None:
        return []
    for line in answer_lines(choice.entry, knowledge):
        dispatcher.utter_message(text=line)
    return [SlotSet("faq_last", choice.entry.id)]
