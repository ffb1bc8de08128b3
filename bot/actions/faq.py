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
from bot.actions.declines import explain_what_was_told_after
from bot.actions.faq_picks import faq_pick, off_subject_pick
from bot.actions.guided_form import ran_this_turn
from bot.actions.handoff import ActionHandoff
from bot.actions.tracker_reading import known_slots, user_message
from bot.config import shop_today
from bot.language.answers import (
    QUESTION_START,
    FormReading,
    UserMessage,
    is_question_shaped,
    only_an_earlier_piece,
    read_advice_answers,
    states_an_answer,
)
from bot.language.claim.answers import answers_or_asks_why, read_claim_answers
from bot.language.claim.claim_type import claim_type_from_text
from bot.language.claim.confirmation import agrees_and_asks_to_add_later
from bot.language.decline_answers import (
    asks_cover_for_another_piece,
    asks_cover_for_next_time,
    means_to_make_a_claim,
    names_the_reason_asked,
    piece_after_the_story,
    reason_from_selector,
    says_no_reason_was_given,
    tells_of_a_decline,
    tells_the_piece_asked,
    wants_the_decline_explained,
)
from bot.language.facts import area_from_text, item_mentions, read_message, region_from_text, speaks_nz_terms
from bot.language.requests import (
    asks_about_insuring_a_piece,
    asks_for_a_person,
    asks_in_general,
    asks_of_a_supposed_case,
    asks_of_the_usual_case,
    asks_only_to_claim,
    asks_only_what_to_do,
    asks_to_choose_a_cover,
    asks_what_a_policy_covers,
    asks_which_cover_for_it,
    holds_a_piece,
    is_hypothetical,
    takes_a_care_plan_for_insurance,
    without_conditions,
)
from bot.language.stories import (
    names_a_piece_part,
    names_jewelry_in_general,
    only_tells_an_event,
    piece_asked_about_after,
    tells_a_feared_loss,
    tells_it_happened,
    tells_it_is_gone_unexplained,
    tells_of_an_earlier_loss,
)
from bot.rules.declines import load_decline_knowledge
from bot.rules.faq import (
    FaqChoice,
    FaqKnowledge,
    Outcome,
    choose_answer,
    facet_of,
    follow_up,
    load_faq_knowledge,
)
from bot.rules.knowledge import load_coverage_facts
from bot.wording.faq import (
    OFFER_ADVICE_BUTTONS,
    TO_THE_ADVICE,
    TO_THE_DECLINE,
    answer_lines,
    offer_advice_line,
    same_answer_line,
    unknown_follow_up_line,
)


def in_nz(tracker: Tracker) -> bool:
    """The person is in New Zealand, or speaks its terms ("the excess on my contents")."""
    return (
        tracker.get_slot("region") == "NZ"
        or tracker.get_slot("currency") == "NZD"
        or speaks_nz_terms(tracker.latest_message.get("text") or "")
    )


def say(
    choice: FaqChoice, knowledge: FaqKnowledge, dispatcher: CollectingDispatcher, nz_terms: bool = False
) -> list[EventType]:
    if choice.outcome in (Outcome.ANSWER, Outcome.SAME_ANSWER) and choice.entry is not None:
        if choice.outcome is Outcome.SAME_ANSWER:
            dispatcher.utter_message(text=same_answer_line(choice.facet))
        for line in answer_lines(choice.entry, knowledge, nz_terms):
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
HABITS = ("travels_often", "wears_daily")


def own_facts(tracker: Tracker) -> FormReading:
    """The guide's facts this message states, read as if it answered the guide."""
    message = user_message(tracker)
    if asks_of_the_usual_case(message.text):
        # "how much does it usually cost to insure a $5,000 ring?": an example, not theirs.
        return FormReading()
    reading = read_advice_answers(
        UserMessage(message.text, "inform", message.entities),
        None,
        known_slots(tracker, ADVICE_SLOTS),
        load_coverage_facts(),
    )
    slots = dict(reading.slots)
    area = area_from_text(message.text)
    if area and "area_type" not in slots:
        # "we moved out to the countryside": the extractor leaves areas in questions alone.
        # The redone advice says what changed (ActionGiveCoverageAdvice).
        slots["area_type"] = area
    if message.text.strip().endswith("?") or QUESTION_START.match(message.text):
        slots.pop("current_coverage", None)
        # A habit named only as the question's condition ("... when I'm overseas?") is
        # none of theirs: "I travel monthly, does it cover my ring abroad?" still is.
        stated = {m.entity for m in read_message(without_conditions(message.text))}
        for habit in HABITS:
            if habit in slots and habit not in stated:
                slots.pop(habit)
    if not any(name in slots for name in OWN_FACTS):
        return FormReading()
    if (
        tracker.get_slot("coverage_recommendation") is None
        and not any(name in slots for name in set(OWN_FACTS) - set(HABITS))
        and not holds_a_piece(message.text)
        and asks_in_general(message.text)
    ):
        # "does AMI cover jewellery lost while swimming? asking before our Fiji trip": a
        # question in general with a word of context about them, and no piece of theirs
        # to work from: answered, not a guide started on a trip.
        return FormReading()
    return FormReading(slots=slots, notes=reading.notes)


def about_insuring_a_piece(tracker: Tracker) -> dict[str, Any]:
    """The item slot when the message asks about insuring a named piece (or takes a care
    plan on it for insurance: "so I'm insured right?"), else {}."""
    message = user_message(tracker)
    if not (asks_about_insuring_a_piece(message.text) or takes_a_care_plan_for_insurance(message.text)):
        return {}
    mentions = [] if only_an_earlier_piece(message.text) else item_mentions(message.text)
    return {"item_type": mentions[0].value} if mentions else {}


# A question that tells of something that already happened to the person's piece
# ("does the care plan cover this? I just snapped a prong") leads on to the claim.
def claim_in_question(tracker: Tracker) -> dict[str, Any]:
    """The claim facts a question states about an event that happened, else {}."""
    message = user_message(tracker)
    if is_hypothetical(message.text) or not tells_it_happened(message.text):
        return {}
    if tells_of_an_earlier_loss(message.text):
        return {}  # "I lost a ring last year ... now I got a new one": over and done
    if not (
        item_mentions(message.text)
        or names_a_piece_part(message.text)
        or names_jewelry_in_general(message.text)
    ):
        return {}
    # "my mother's ring isnt anywhere in my apartment": gone without saying how; the
    # intake asks whether it was lost or taken.
    unexplained = tells_it_is_gone_unexplained(message.text)
    if claim_type_from_text(message.text) is None and not unexplained:
        return {}
    # The piece talked about so far (the guide's), so "my other ring" is read as a new one.
    known = {name: tracker.get_slot(name) for name in ("item_type", "item_value")}
    reading = read_claim_answers(
        UserMessage(message.text, "report_claim", message.entities), None, known, shop_today()
    )
    if "claim_type" in reading.slots or (unexplained and "item_type" in reading.slots):
        return dict(reading.slots)
    return {}


def asks_cover_after_an_earlier_loss(tracker: Tracker) -> bool:
    """Cover asked for a new piece, or for this time, after a loss or refusal told as
    over and done ("I lost a ring last year and the insurer paid out fine, now I got a
    new one, do I need to do anything special?")."""
    text = user_message(tracker).text
    return (
        tells_of_an_earlier_loss(text) and asks_cover_for_next_time(text)
    ) or asks_cover_for_another_piece(text)


def states_a_piece_and_its_value(tracker: Tracker, facts: FormReading) -> bool:
    """A first message that names a piece and what it is worth ("hubby got me diamond
    studs, $4,200, do I need to tell our insurer?"): the guide has this person's numbers
    to work from, whatever FAQ entry the question sounded like."""
    return (
        not tracker.active_loop.get("name")
        and tracker.get_slot("coverage_recommendation") is None
        and "item_value" in facts.slots
        and bool(item_mentions(user_message(tracker).text))
    )


def answers_the_claim_question(tracker: Tracker) -> bool:
    """During the intake, a message that is no question and answers what was asked."""
    requested = tracker.get_slot("requested_slot")
    if tracker.active_loop.get("name") != "claim_intake_form" or not requested:
        return False
    if requested == "claim_confirmed":
        # "yes, can I add photos later?": the intake confirms and answers it itself.
        return agrees_and_asks_to_add_later(user_message(tracker))
    known = {name: tracker.get_slot(name) for name in CLAIM_SLOTS_READ}
    return answers_or_asks_why(user_message(tracker), str(requested), known, shop_today())


def answers_the_guide_question(tracker: Tracker) -> bool:
    """During the guide, a statement that gives what was asked ("I have a blanket
    jewelry rider on my condo policy")."""
    requested = tracker.get_slot("requested_slot")
    if tracker.active_loop.get("name") != "coverage_advice_form" or not requested:
        return False
    return states_an_answer(user_message(tracker).text, str(requested))


def asks_the_guides_choice(tracker: Tracker) -> bool:
    """During the guide, before its advice, a choice between covers ("would I be better
    putting it on my AA policy or a separate jewellery one?"): the guide says its advice
    makes that choice (ValidateCoverageAdviceForm), no FAQ answer is given first."""
    requested = tracker.get_slot("requested_slot")
    if tracker.active_loop.get("name") != "coverage_advice_form" or not requested:
        return False
    if tracker.get_slot("coverage_recommendation") is not None:
        return False
    return asks_to_choose_a_cover(user_message(tracker).text)


def answers_the_decline_question(tracker: Tracker) -> bool:
    """During the decline explanation, a statement naming the reason asked for
    ("gradual deterioration", "the care plan only covers repairs, not theft"), or saying
    it is not known ("they never said why"); asked for the piece, a statement naming one."""
    requested = tracker.get_slot("requested_slot")
    if tracker.active_loop.get("name") != "decline_explanation_form" or not requested:
        return False
    guess = reason_from_selector(tracker.latest_message.get("response_selector"))
    reasons = set(load_decline_knowledge().reasons)
    message = user_message(tracker)
    return (
        names_the_reason_asked(message, str(requested), guess, reasons)
        or tells_the_piece_asked(message.text, str(requested))
        or says_no_reason_was_given(message, str(requested), reasons)
    )


# The intake's answers a reading looks at (its region, what is already known).
CLAIM_SLOTS_READ = ("claim_type", "item_type", "item_value", "currency", "claimant_phone", "assumed_answers")


def claim_in_story(tracker: Tracker) -> dict[str, Any]:
    """A message that is no question and tells what happened to a piece ("my ring never
    made it out of the movers' boxes"): the claim facts it states, else {}."""
    message = user_message(tracker)
    if is_question_shaped(message.text) or is_hypothetical(message.text) or tells_a_feared_loss(message.text):
        return {}
    if not item_mentions(message.text) or claim_type_from_text(message.text) is None:
        return {}
    known = {name: tracker.get_slot(name) for name in ("item_type", "item_value")}
    reading = read_claim_answers(
        UserMessage(message.text, "report_claim", message.entities), None, known, shop_today()
    )
    return dict(reading.slots) if "claim_type" in reading.slots else {}


def event_alone(tracker: Tracker) -> dict[str, Any]:
    """A first message that is only what happened ("stolen", "lost it"): the claim it
    starts, its type taken from the word (the intake asks which piece), else {}."""
    text = user_message(tracker).text
    if tracker.active_loop.get("name") or not only_tells_an_event(text):
        return {}
    claim_type = claim_type_from_text(text)
    return {"claim_type": claim_type} if claim_type in {"theft", "lost", "damage"} else {}


# The flows that hand a message to the FAQ action in the same turn (a form's opening that
# was a question, or a message the classifier was unsure of).
HANDS_OVER_TO_THE_FAQ = (
    "decline_explanation_form",
    "claim_intake_form",
    "coverage_advice_form",
    "action_handle_unclear",
)


class ActionAnswerFaq(Action):
    def name(self) -> str:
        return "action_answer_faq"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        events = await self._answer(dispatcher, tracker, domain)
        handed_over = any(ran_this_turn(tracker, flow) for flow in HANDS_OVER_TO_THE_FAQ)
        if (
            handed_over
            and dispatcher.messages
            and not tracker.active_loop.get("name")
            and not any(isinstance(e, dict) and e.get("event") == "followup" for e in events)
        ):
            # Handed this message by another flow, the answer ends the turn: the dialogue
            # model never saw that chain (the decline form, then the FAQ) and could fall
            # back to "I couldn't work out what to do next", which takes the answer back.
            events = [*events, FollowupAction("action_listen")]
        return events

    async def _answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if (
            answers_the_claim_question(tracker)
            or answers_the_guide_question(tracker)
            or answers_the_decline_question(tracker)
        ):
            return []  # a statement filed as a question: the form reads it as the answer
        if asks_the_guides_choice(tracker):
            return []  # the guide answers it: its advice makes that choice
        explained = explain_what_was_told_after(tracker, dispatcher)
        if explained is not None:
            return explained
        if ran_this_turn(tracker, "coverage_advice_form") and not tracker.active_loop.get("name"):
            # The guide handed this question over at its start ("quick q, does specifying
            # a piece cost extra?"): answered here, never handed back to the guide.
            knowledge = load_faq_knowledge()
            key, confidence = faq_pick(tracker)
            return say(choose_answer(knowledge, key, confidence), knowledge, dispatcher, in_nz(tracker))
        handed_back = ran_this_turn(tracker, "decline_explanation_form")  # the form sent it here
        if (
            not tracker.active_loop.get("name")
            and not handed_back
            and wants_the_decline_explained(user_message(tracker).text)
        ):
            # "renters insurance denied my claim for a lost earring": explained, not answered.
            return [FollowupAction("decline_explanation_form")]
        if (
            not tracker.active_loop.get("name")
            and not handed_back
            and means_to_make_a_claim(user_message(tracker).text)
            and not ran_this_turn(tracker, "claim_intake_form")
        ):
            # "I want to make a claim before my insurer says no", "my insurer told me to
            # file a claim with you": a claim to take in, not a question to answer.
            return [FollowupAction("claim_intake_form")]
        knowledge = load_faq_knowledge()
        if (
            not tracker.active_loop.get("name")
            and not handed_back
            and asks_cover_after_an_earlier_loss(tracker)
        ):
            # "we had a claim denied last year, this time I want to get it right: what
            # should I do to cover my Rolex?": the earlier loss is background, and the
            # FAQ's pick answers that story, not the question; the guide advises on the
            # piece asked about (asked for when the question names none).
            text = user_message(tracker).text
            piece = piece_asked_about_after(text) or piece_after_the_story(text)
            return [*([SlotSet("item_type", piece)] if piece else []), FollowupAction("coverage_advice_form")]
        if (
            not tracker.active_loop.get("name")
            and not handed_back
            and tells_of_a_decline(user_message(tracker).text)
        ):
            # "insurer said no to my claim for my gold chain, what are my options": the next
            # steps answered, then the decline explained (not advice on insuring the piece).
            key, confidence = faq_pick(tracker)
            events = say(choose_answer(knowledge, key, confidence), knowledge, dispatcher, in_nz(tracker))
            dispatcher.utter_message(text=TO_THE_DECLINE)
            return [*events, FollowupAction("decline_explanation_form")]
        facts = FormReading() if tracker.active_loop.get("name") else own_facts(tracker)
        changed = {k: v for k, v in facts.slots.items() if tracker.get_slot(k) != v}
        if changed and tracker.get_slot("coverage_recommendation") is not None:
            # A correction after the advice, asked as a question: redo the advice.
            return await self._redo_advice(facts, dispatcher, tracker, domain)
        key, confidence = faq_pick(tracker)
        choice = choose_answer(knowledge, key, confidence)
        # "My necklace was stolen from my hotel room. I've already added it to my
        # insurance, what else do I need?": a question told with what already happened to
        # the person's piece leads on to the claim, not to advice on insuring it.
        claim = (
            {}
            if tracker.active_loop.get("name")
            or tracker.get_slot("coverage_recommendation") is not None
            or only_an_earlier_piece(user_message(tracker).text)
            else claim_in_question(tracker)
        )
        if not claim and off_subject_pick(tracker) and not states_a_piece_and_its_value(tracker, facts):
            # Sure of an answer kept for another subject ("do I tell my insurer if I get my
            # ring reset?" picked the damage inspection): a question the FAQ has no answer
            # for, and not one the guide answers either, so "I don't know that one".
            return say(choice, knowledge, dispatcher, in_nz(tracker))
        piece_only = False
        text_asked = user_message(tracker).text
        if claim:
            changed, facts = {}, FormReading()
        elif (
            not changed
            and tracker.get_slot("coverage_recommendation") is None
            and not tracker.active_loop.get("name")
        ):
            changed = about_insuring_a_piece(tracker)
            text = user_message(tracker).text
            piece_only = bool(changed) and (
                asks_in_general(text) or asks_of_the_usual_case(text) or asks_of_a_supposed_case(text)
            )
            facts = FormReading(slots={**changed, **facts.slots}, notes=facts.notes)
            if not changed and asks_which_cover_for_it(user_message(tracker).text):
                # "should I add it to something or get separate coverage?": advice about
                # their own piece, which the guide gives with their numbers.
                return [FollowupAction("coverage_advice_form")]
        if changed and {"item_type", "item_value"} <= set(facts.slots) and asks_only_what_to_do(text_asked):
            # "I'm terrified of losing my engagement ring, it's worth $9,000. what should I
            # do?": the guide is the answer, with these facts (an FAQ pick would answer
            # another question).
            return [*(SlotSet(k, v) for k, v in facts.slots.items()), FollowupAction("coverage_advice_form")]
        if changed and choice.outcome is Outcome.DONT_KNOW and not asks_what_a_policy_covers(text_asked):
            # No FAQ answer, but the guide answers it for this piece: go straight there.
            return [*(SlotSet(k, v) for k, v in facts.slots.items()), FollowupAction("coverage_advice_form")]
        if claim and asks_only_to_claim(text_asked):
            # "my watch got nicked at the gym, can I claim for it?": the intake answers it.
            return [*(SlotSet(k, v) for k, v in claim.items()), FollowupAction("claim_intake_form")]
        events = say(choice, knowledge, dispatcher, in_nz(tracker))
        if claim:
            return [*events, *(SlotSet(k, v) for k, v in claim.items()), FollowupAction("claim_intake_form")]
        if changed and piece_only:
            # A general question that only names the piece ("does renters insurance cover my
            # engagement ring if it gets stolen?"): answered, and the guide offered, not
            # started (nothing of this person's is known yet to work from).
            dispatcher.utter_message(
                text=offer_advice_line(str(changed["item_type"])), buttons=OFFER_ADVICE_BUTTONS
            )
            return [*events, *(SlotSet(k, v) for k, v in changed.items())]
        if changed:
            # Facts with a question at the start: answered; now this person's numbers,
            # asking only what is missing (a figure taken from a range said back first).
            for note in facts.notes:
                dispatcher.utter_message(text=note)
            dispatcher.utter_message(text=TO_THE_ADVICE)
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
            key, confidence = faq_pick(tracker)
            choice = choose_answer(knowledge, key, confidence)
        return say(choice, knowledge, dispatcher, in_nz(tracker))


# Below the fallback threshold, or two intents too close to call: the runner-up intents
# and the message's own facts decide, rather than a bare "say it another way".
FLOW_FORMS = {
    "report_claim": "claim_intake_form",
    "ask_coverage_advice": "coverage_advice_form",
    "report_decline": "decline_explanation_form",
    "decline": "decline_explanation_form",
}
MIN_RUNNER_UP = 0.25
DECLINE_INTENTS = {"report_decline", "decline"}


def ranked_intents(tracker: Tracker) -> list[tuple[str, float]]:
    ranking = tracker.latest_message.get("intent_ranking") or []
    return [
        (str(r.get("name")), float(r.get("confidence") or 0.0))
        for r in ranking
        if r.get("name") not in (None, "nlu_fallback")
    ]


class ActionHandleUnclear(Action):
    """What to do with a message the intent classifier was not sure about."""

    def name(self) -> str:
        return "action_handle_unclear"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        message = user_message(tracker)
        ranked = [(name, score) for name, score in ranked_intents(tracker) if score >= MIN_RUNNER_UP]
        top = ranked[0][0] if ranked else None
        second = ranked[1][0] if len(ranked) > 1 else None
        if top == "human_handoff" or asks_for_a_person(message.text):
            return await ActionHandoff().run(dispatcher, tracker, domain)
        if tracker.active_loop.get("name"):
            # The form runs next and reads the same message: it takes what the words give
            # ("actually they already turned it down" moves on to the decline) or says what
            # was wrong with an example. A "say it another way" first would contradict it.
            return []
        explained = explain_what_was_told_after(tracker, dispatcher)
        if explained is not None:
            return explained
        if top == "report_claim" and second == "faq" and is_question_shaped(message.text):
            # "my watch crown broke off, can the care plan help": the question first (the
            # FAQ action goes on to the claim when the message tells of an event).
            key, confidence = faq_pick(tracker)
            if choose_answer(load_faq_knowledge(), key, confidence).outcome is Outcome.ANSWER:
                return await ActionAnswerFaq().run(dispatcher, tracker, domain)
        if wants_the_decline_explained(message.text) or {top, second} <= DECLINE_INTENTS:
            # Two intents too close to call that are both the decline's (the refusal told,
            # and its reason) are no doubt about where the message goes.
            return [FollowupAction("decline_explanation_form")]
        if takes_a_care_plan_for_insurance(message.text):
            # "I bought the protection plan with my band so I'm insured right?": answered,
            # then the guide works out the cover the piece lacks (the FAQ action).
            return await ActionAnswerFaq().run(dispatcher, tracker, domain)
        claim = claim_in_question(tracker) or claim_in_story(tracker) or event_alone(tracker)
        if tells_a_feared_loss(message.text) and top == "report_claim":
            # "I'm terrified of losing my engagement ring, it's worth NZ$9k": a loss feared,
            # not had, is the guide's to advise on, whatever the classifier leaned to.
            claim, top = {}, "ask_coverage_advice"
        if claim or top == "report_claim":
            reading = read_claim_answers(
                UserMessage(message.text, "report_claim", message.entities), None, {}, shop_today()
            )
            slots = {**reading.slots, **claim}
            return [*(SlotSet(k, v) for k, v in slots.items()), FollowupAction("claim_intake_form")]
        if top == "faq" or (top == "ask_coverage_advice" and second == "faq"):
            return await ActionAnswerFaq().run(dispatcher, tracker, domain)
        facts = own_facts(tracker)
        piece = about_insuring_a_piece(tracker)
        if top in FLOW_FORMS or facts.slots or piece or asks_which_cover_for_it(message.text):
            form = FLOW_FORMS.get(top or "", "coverage_advice_form")
            slots = {**piece, **facts.slots} if form == "coverage_advice_form" else {}
            return [*(SlotSet(k, v) for k, v in slots.items()), FollowupAction(form)]
        if "out_of_scope" in (top, second):
            dispatcher.utter_message(response="utter_out_of_scope")
            return []
        dispatcher.utter_message(response="utter_please_rephrase")
        return []
