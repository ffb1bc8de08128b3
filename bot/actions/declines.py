"""The decline explanation flow: find the reason and region, then explain."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.faq_picks import faq_pick
from bot.actions.guided_form import (
    PERSON,
    QUESTION_INTENTS,
    Fallback,
    FallbackKind,
    GuidedFormValidation,
    hand_over_to,
    ran_this_turn,
)
from bot.actions.tracker_reading import user_message
from bot.language.answers import QUESTION_START, FormReading, UserMessage, is_question_shaped
from bot.language.claim.claim_type import claim_type_from_text
from bot.language.decline_answers import (
    ANSWERED_REASON_CONFIDENCE,
    NO_REASON_INTENTS,
    ReasonGuess,
    asks_cover_for_another_piece,
    asks_cover_for_next_time,
    means_to_make_a_claim,
    piece_after_the_story,
    place_only,
    read_decline_answers,
    reason_from_selector,
    reason_stated,
    risks_told,
    tells_of_a_decline,
    told_unlisted_then_listed,
    without_a_supposed_decision,
)
from bot.language.facts import item_mentions
from bot.language.requests import asks_about_insuring_a_piece, asks_how_to_cover, is_hypothetical
from bot.language.stories import (
    names_jewelry_in_general,
    piece_asked_about_after,
    speaks_of_a_decision,
    speaks_of_an_insurer,
    speaks_of_several_pieces,
    tells_it_happened,
    tells_of_a_claim_made_or_decided,
    tells_of_a_decision,
    tells_of_an_earlier_loss,
)
from bot.rules.claims import load_claim_knowledge
from bot.rules.declines import ClaimedPiece, explain_decline, explain_unstated_decline, load_decline_knowledge
from bot.rules.faq import Outcome, choose_answer, load_faq_knowledge
from bot.rules.regions import DEFAULT_REGION, currency_of
from bot.wording.declines import (
    REASON_NOT_GIVEN_LINE,
    REGION_ASSUMED_SAYS,
    decline_messages,
    reason_assumed_says,
    region_confirmed_line,
    unstated_reason_messages,
)


def told_messages(tracker: Tracker) -> list[str]:
    """What the person said that may tell a story (not "I'm not sure", "yes", "hi")."""
    return [text for text, _ in told_with_guesses(tracker)]


def told_with_guesses(tracker: Tracker) -> list[tuple[str, ReasonGuess]]:
    """The messages that may tell a story, each with the selector's pick for it."""
    told = []
    for event in tracker.events or []:
        if event.get("event") != "user":
            continue
        parse = event.get("parse_data") or {}
        if (parse.get("intent") or {}).get("name") in NO_REASON_INTENTS:
            continue  # "I'm not sure" tells no reason, whatever the selector makes of it
        told.append((str(event.get("text") or ""), reason_from_selector(parse.get("response_selector"))))
    return told


def likeliest_told_reason(tracker: Tracker) -> str:
    """The reason to go on with after two asks that read none: the one the words of a
    message state (the latest that states one); else a decline risk the story's words
    raise (knowledge/claims.yml's flag rules: "left it on the basin at the toilets" is a
    lack of care), of several the one the selector picked most surely, else the first the
    rules list; else the reason is not given. Never the selector's pick alone: it is as
    sure of replies that state no reason ("they said something about the policy not
    covering it") as of replies that state one."""
    knowledge = load_decline_knowledge()
    known = set(knowledge.reasons)
    told = told_with_guesses(tracker)
    for text, _ in reversed(told):
        stated = reason_stated(text, known)
        if stated is not None:
            return stated
    risks = [code for text, _ in told for code in risks_told(text, known)]
    picked = [guess.code for _, guess in sorted(told, key=lambda t: -t[1].confidence) if guess.code in risks]
    return picked[0] if picked else risks[0] if risks else knowledge.not_given


def reason_told_after_none(tracker: Tracker) -> str | None:
    """After an explanation without the insurer's reason (decline_reason `not_given`),
    which ends "when you have their reason, tell me": a statement that now gives it ("I
    found the letter, it says the claws were worn") in the words or, whatever the
    intent, as the selector is near sure of. Its code; None otherwise."""
    knowledge = load_decline_knowledge()
    if tracker.active_loop.get("name") or tracker.get_slot("decline_reason") != knowledge.not_given:
        return None
    message = user_message(tracker)
    if message.intent in NO_REASON_INTENTS or is_question_shaped(message.text):
        return None
    known = set(knowledge.reasons)
    guess = reason_from_selector(tracker.latest_message.get("response_selector"))
    stated = reason_stated(message.text, known, guess.code)
    if stated is not None:
        return stated
    return guess.code if guess.code in known and guess.confidence >= ANSWERED_REASON_CONFIDENCE else None


def explained_just_now(tracker: Tracker) -> bool:
    """The explanation came before the person's latest message, with nothing said by
    them in between but where they are ("the US", then "we're in Christchurch actually")."""
    events = list(tracker.events or [])
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=None)
    if last_user is None:
        return False
    for event in reversed(events[:last_user]):
        if event.get("event") == "user" and place_only(str(event.get("text") or "")) is None:
            return False
        if event.get("event") == "action" and event.get("name") == "action_explain_decline":
            return True
    return False


def region_told_after_the_explanation(tracker: Tracker) -> str | None:
    """Right after an explanation, a message that only says where the person is ("I'm
    in Texas", "we're in Christchurch"): where their policy is, not a new guide's start.
    The region; None otherwise."""
    if tracker.get_slot("requested_slot") or not explained_just_now(tracker):
        return None  # (a form the message opened is not asking anything yet)
    if tracker.get_slot("decline_reason") not in load_decline_knowledge().codes:
        return None
    return place_only(user_message(tracker).text)


def explain_for_the_region_told(
    region: str, tracker: Tracker, dispatcher: CollectingDispatcher
) -> list[EventType]:
    """The explanation again for the region told when it differs from the one explained
    (its complaint route is that country's); else a word that the steps given apply."""
    if region == (tracker.get_slot("region") or DEFAULT_REGION):
        dispatcher.utter_message(text=region_confirmed_line(region))
        # Listen next: no flow the message opened (the guide, by its `inform`) goes on.
        return [SlotSet("region", region), FollowupAction("action_listen")]
    return [SlotSet("region", region), FollowupAction("action_explain_decline")]


def explain_the_reason_told(code: str) -> list[EventType]:
    """The reason given after all: explained now, in place of the one not given."""
    return [SlotSet("decline_reason", code), FollowupAction("action_explain_decline")]


def explain_what_was_told_after(tracker: Tracker, dispatcher: CollectingDispatcher) -> list[EventType] | None:
    """A message that adds to the explanation just given: the insurer's reason it had
    none of, or where the person is. The events that explain again; None otherwise."""
    told = reason_told_after_none(tracker)
    if told:
        return explain_the_reason_told(told)
    region = region_told_after_the_explanation(tracker)
    if region:
        return explain_for_the_region_told(region, tracker, dispatcher)
    return None


def a_claim_not_a_decline(message: UserMessage) -> bool:
    """What happened to a piece, with no word of an insurer's decision: no word of an
    insurer at all, or only of what the policy covers ("I lost my ring at a wedding; my
    contents only covers $2,000 unless it's specified, and it wasn't")."""
    text = message.text
    if not item_mentions(text) or claim_type_from_text(text) is None or tells_of_a_decline(text):
        return False
    return not speaks_of_an_insurer(text) or (
        tells_it_happened(text) and not tells_of_a_claim_made_or_decided(text)
    )


def a_question_not_a_decline(message: UserMessage, faq_confident: bool) -> bool:
    """ "can an insurer refuse a claim if the earrings weren't in the safe?": asked about
    declines in general, with nothing decided or happened to the person's own piece."""
    # "what happens if my claim gets denied?": a decision only supposed decides nothing
    # (the rest of the message must tell none either).
    return (
        faq_confident
        and bool(QUESTION_START.match(message.text))
        and not tells_of_a_decision(without_a_supposed_decision(message.text))
        and not tells_of_a_decline(message.text)
        and not tells_it_happened(message.text)
    )


def flow_without_a_decision(message: UserMessage) -> str | None:
    """Where a message the classifier heard as a decline goes when its words tell no
    insurer's decision ("I know the policy says anything over $5,000 has to be in a safe,
    and it wasn't", "our contents has the jewellery limit at $10,000, is that enough?"):
    a loss told is a claim to take in (its risk flags say what could get it declined; so is
    one the insurer only said was not listed, which the person then listed),
    cover asked for one's own piece is the guide's, anything else the FAQ's. None when a
    decision is told: the decline is explained."""
    text = message.text
    if tells_of_a_decline(text) or (speaks_of_a_decision(text) and not told_unlisted_then_listed(text)):
        return None
    piece_named = bool(item_mentions(text)) or names_jewelry_in_general(text)
    if piece_named and claim_type_from_text(text) is not None and not is_hypothetical(text):
        return "claim_intake_form"
    if piece_named and (asks_about_insuring_a_piece(text) or asks_how_to_cover(text)):
        return "coverage_advice_form"
    if means_to_make_a_claim(text):
        # "my insurer told me to file a claim with you": a claim to take in.
        return "claim_intake_form"
    return "action_answer_faq"


# What the form asks, in order. The piece is asked once when the story did not name
# it (it feeds the explanation's figures); an answer that names none moves on.
DECLINE_QUESTIONS = ("decline_reason", "item_type", "region")
ASKED_ONCE = ("item_type",)
FORM = "decline_explanation_form"


def told_of_several_pieces(tracker: Tracker) -> bool:
    """Whether the person's messages in this run of the form speak of several pieces."""
    events = list(tracker.events or [])
    start = max(
        (i for i, e in enumerate(events) if e.get("event") == "active_loop" and e.get("name") == FORM),
        default=0,
    )
    # The message that opened the form comes just before its activation.
    opening = next((i for i in range(start - 1, -1, -1) if events[i].get("event") == "user"), start)
    return any(
        e.get("event") == "user" and speaks_of_several_pieces(str(e.get("text") or ""))
        for e in events[opening:]
    ) or speaks_of_several_pieces(str((tracker.latest_message or {}).get("text") or ""))


def answered_in_this_form(tracker: Tracker, slot: str) -> bool:
    """Whether this run of the form has asked `slot` and had a reply that was not a
    question of the person's own (a question is answered, then the form asks again)."""
    events = list(tracker.events or [])
    start = max(
        (i for i, e in enumerate(events) if e.get("event") == "active_loop" and e.get("name") == FORM),
        default=0,
    )
    asked = False
    for event in events[start:]:
        if event.get("event") == "slot" and event.get("name") == "requested_slot":
            asked = event.get("value") == slot or asked
        elif event.get("event") == "user" and asked:
            intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
            if intent not in QUESTION_INTENTS:
                return True
    return False


class ValidateDeclineExplanationForm(GuidedFormValidation):
    def name(self) -> str:
        return "validate_decline_explanation_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        several = told_of_several_pieces(tracker)
        return [
            slot
            for slot in DECLINE_QUESTIONS
            if slot not in ASKED_ONCE
            or tracker.get_slot(slot) is not None
            or not (several or answered_in_this_form(tracker, slot))
        ]

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        message = user_message(tracker)
        opening = not tracker.get_slot("requested_slot")
        if opening and a_claim_not_a_decline(message) and not ran_this_turn(tracker, "claim_intake_form"):
            # Opened by a story of wear or damage that no insurer has decided on yet:
            # the claim intake takes it (and reads the same message).
            return hand_over_to("claim_intake_form")
        key, confidence = faq_pick(tracker)
        confident = choose_answer(load_faq_knowledge(), key, confidence).outcome is Outcome.ANSWER
        if (
            opening
            and a_question_not_a_decline(message, confident)
            and not ran_this_turn(tracker, "action_answer_faq")
        ):
            # A general question: answered by the FAQ action, as its own turn.
            return hand_over_to("action_answer_faq")
        if (
            opening
            and (
                (tells_of_an_earlier_loss(message.text) and asks_cover_for_next_time(message.text))
                or asks_cover_for_another_piece(message.text)
            )
            and not ran_this_turn(tracker, "coverage_advice_form")
        ):
            # "Last year my homeowners only paid $1,500 for my bracelet, so I'm not making
            # that mistake twice. I just inherited my mom's necklace": the refusal is
            # background; the guide advises on the new piece (the one named after it).
            # "... should I schedule my wife's engagement ring?": another piece than the
            # one refused is the one advised on.
            piece = piece_asked_about_after(message.text) or piece_after_the_story(message.text)
            return [*([SlotSet("item_type", piece)] if piece else []), *hand_over_to("coverage_advice_form")]
        # A message the claim intake handed over tells a decision by its reading (there
        # it can be as short as "they already said no"): explained, never sent on.
        from_the_intake = ran_this_turn(tracker, "claim_intake_form")
        elsewhere = flow_without_a_decision(message) if opening and not from_the_intake else None
        if elsewhere and not ran_this_turn(tracker, elsewhere):
            # No decision told: no decline to explain. The flow that took this message
            # over is never handed it back (`ran_this_turn`).
            return hand_over_to(elsewhere)
        return await super().get_extraction_events(dispatcher, tracker, domain)

    def read(self, message: UserMessage, requested_slot: str | None, tracker: Tracker) -> FormReading:
        knowledge = load_decline_knowledge()
        guess = reason_from_selector(tracker.latest_message.get("response_selector"))
        reading = read_decline_answers(
            message,
            requested_slot,
            guess,
            set(knowledge.reasons),
            tracker.get_slot("currency"),
            known_item=tracker.get_slot("item_type"),
            not_given=knowledge.not_given,
        )
        if (
            requested_slot in ASKED_ONCE
            and message.intent not in QUESTION_INTENTS
            and not (reading.slots or reading.problem)
        ):
            # Asked once, and "not sure" is its answer: the form moves on. It must return
            # an event for that (with none, Rasa rejects the form and falls back).
            return FormReading(slots={requested_slot: None}, notes=reading.notes)
        return reading

    def fallback(self, slot: str, tracker: Tracker) -> Fallback:
        if slot == "decline_reason":
            # The story they told first is the best clue: a reason its words state or
            # a risk they raise, said as an assumption, beats asking a third time; with
            # neither, the explanation goes on without a reason (and says how to get it).
            guess = likeliest_told_reason(tracker)
            knowledge = load_decline_knowledge()
            if guess in knowledge.reasons:
                return Fallback(
                    FallbackKind.DEFAULT, guess, reason_assumed_says(knowledge.reasons[guess].title)
                )
            return Fallback(FallbackKind.DEFAULT, guess, line=REASON_NOT_GIVEN_LINE)
        if slot == "region":
            return Fallback(FallbackKind.DEFAULT, DEFAULT_REGION, REGION_ASSUMED_SAYS)
        return PERSON


class ActionExplainDecline(Action):
    def name(self) -> str:
        return "action_explain_decline"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        code = tracker.get_slot("decline_reason")
        knowledge = load_decline_knowledge()
        if code not in knowledge.codes:
            if not tracker.get_slot("handoff_requested"):
                dispatcher.utter_message(response="utter_ask_decline_reason")
            return []
        region = tracker.get_slot("region") or DEFAULT_REGION
        if code == knowledge.not_given:
            known = set(knowledge.reasons)
            unstated = explain_unstated_decline(
                region,
                knowledge,
                claim_type=tracker.get_slot("claim_type"),
                raised=tuple(c for text in told_messages(tracker) for c in risks_told(text, known)),
                claimed=tracker.get_slot("claimed_amount"),
                offered=tracker.get_slot("offered_amount"),
            )
            messages = unstated_reason_messages(unstated, currency_of(unstated.region))
        else:
            explanation = explain_decline(
                code,
                region,
                knowledge,
                claimed=tracker.get_slot("claimed_amount"),
                offered=tracker.get_slot("offered_amount"),
                piece=ClaimedPiece(
                    item_type=tracker.get_slot("item_type"),
                    value=tracker.get_slot("item_value"),
                    unlisted_limit=load_claim_knowledge().unlisted_item_limit.get(region),
                ),
            )
            messages = decline_messages(explanation, currency_of(explanation.region))
        for text in messages:
            dispatcher.utter_message(text=text)
        dispatcher.utter_message(response="utter_after_decline")
        return []
