"""The claim intake flow and the status lookup.

The validation action reads answers and decides which questions apply; the submit
action asks bot/rules which documents are missing and which facts raise a decline
risk, stores the claim in one transaction, and says both plainly.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import fields, replace
from datetime import date
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from bot import notifications
from bot.actions.advisor import ADVICE_SLOTS
from bot.actions.chat_parts import edit_request, form_goes_on, is_restart_claim
from bot.actions.documents import files_text, link_documents, pending_documents, with_uploaded_proof
from bot.actions.guided_form import (
    ASSUMED_SLOT,
    FAILURES_SLOT,
    KEEP_TEXT,
    MAX_ASKS_IN_A_ROW,
    PERSON,
    Fallback,
    FallbackKind,
    GuidedFormValidation,
    asks_in_a_row,
    assumed_with,
    changed_while_asked,
    hand_over_to,
    left_unknown,
    loose_value_fallback,
    ran_this_turn,
)
from bot.actions.tracker_reading import known_slots, user_message
from bot.claim_references import find_reference
from bot.config import shop_today
from bot.language.answers import FormReading, UserMessage, read_advice_answers
from bot.language.claim.answers import read_claim_answers
from bot.language.claim.claim_type import cause_not_known, claim_type_from_text
from bot.language.claim.contacts import withholds_a_name
from bot.language.claim.documents import DOCUMENTS_TOLD, documents_told
from bot.language.claim.listing import stated_unlisted_limit
from bot.language.contact import email_problem, find_email, mask_email
from bot.language.decline_answers import (
    asks_about_the_decision,
    tells_it_was_decided,
    tells_of_a_decline,
    tells_of_a_refusal_outright,
)
from bot.language.requests import asks_only_to_claim, just_asking
from bot.language.stories import tells_a_feared_loss
from bot.rules.claims import (
    LONGEST_ANSWER_CHARS,
    ClaimFacts,
    assess_claim,
    care_plan_route,
    intake_questions,
    load_claim_knowledge,
    missing_documents,
    offered_documents,
    required_documents,
)
from bot.rules.knowledge import load_coverage_facts
from bot.rules.regions import DEFAULT_CURRENCY
from bot.store.claims import ClaimDraft, ClaimRecord, ClaimRejected, claim_store
from bot.store.models import NOTE_LENGTH
from bot.store.validation import check_claim
from bot.wording.chat_parts import claim_opening, proof_checklist, reference_part, summary_part
from bot.wording.claims import (
    CAUSE_NOT_KNOWN_LINE,
    DECIDED_ALREADY_OFFER,
    FALLBACK_SAYS,
    NONE_OF_THESE_BUTTON,
    NOT_KNOWN_SAYS,
    RECORDS_UNREACHABLE,
    SENT_AS_SHOWN,
    SENT_WITH_THE_CHANGE,
    STATUS_ANSWER_PROBLEMS,
    SUBMIT_BUTTON,
    care_plan_route_text,
    documents_question,
    flag_facts_text,
    not_found_text,
    sent_without_a_yes_note,
    status_text,
    submitted_text,
    summary_text,
    too_many_lookups_text,
)
from bot.wording.forms import FORM_BUTTONS, TALK_TO_A_PERSON
from bot.wording.store_refusal import refusal_text, refusal_without_question

logger = logging.getLogger(__name__)

INTAKE_SLOTS = (
    "claim_type",
    "item_type",
    "item_value",
    "currency",
    "loss_date",
    "loss_description",
    "has_care_plan",
    "purchase_date",
    "was_specified",
    "listed_after_loss",
    "police_report_number",
    "last_seen",
    "search_done",
    "proof_documents",
    "claimant_name",
    "claimant_email",
    "claimant_phone",
    "claim_confirmed",
    "assumed_answers",
)


def applicable_slots(slots: dict[str, Any]) -> list[str]:
    """The questions that apply to this claim, in asking order (decided in bot/rules/claims.py)."""
    return list(intake_questions(slots.get("claim_type"), slots.get("has_care_plan"), load_claim_knowledge()))


# What the intake does with a question asked twice without a usable answer. The value,
# the kind of claim, the contact details and the confirmation have no safe default: a
# person takes over (everything said is kept). The dates are left not known, for the
# claims team to go over (many people cannot say when a piece went missing, and the
# jeweler has the sale on record): a made-up date (today's) would be a fact nobody
# said, and any rough span ("in the last three weeks", "last month") is already taken
# as an approximate date.
CLAIM_FALLBACKS: dict[str, Fallback] = {
    "item_type": Fallback(FallbackKind.DEFAULT, "other", FALLBACK_SAYS["item_type"]),
    "item_value": Fallback(FallbackKind.UNKNOWN, None, NOT_KNOWN_SAYS["item_value"]),
    "loss_date": Fallback(FallbackKind.UNKNOWN, None, NOT_KNOWN_SAYS["loss_date"]),
    "loss_description": KEEP_TEXT,
    "has_care_plan": Fallback(FallbackKind.DEFAULT, False, FALLBACK_SAYS["has_care_plan"]),
    "was_specified": Fallback(FallbackKind.DEFAULT, False, FALLBACK_SAYS["was_specified"]),
    "police_report_number": KEEP_TEXT,
    "last_seen": KEEP_TEXT,
    "search_done": KEEP_TEXT,
    "purchase_date": Fallback(FallbackKind.UNKNOWN, None, NOT_KNOWN_SAYS["purchase_date"]),
    "proof_documents": Fallback(FallbackKind.DEFAULT, [], FALLBACK_SAYS["proof_documents"]),
    "claimant_name": KEEP_TEXT,
}


CONTACT_SLOTS = ("claimant_email", "claimant_phone")


def contact_fallback(slot: str, tracker: Tracker) -> Fallback:
    """Email or phone, asked twice: the claim goes on with the other (asked next, or
    given already); with neither, a person takes over."""
    if slot == "claimant_email":
        reachable = not left_unknown(tracker, ["claimant_phone"])  # the phone is asked next
    else:
        reachable = bool(tracker.get_slot("claimant_email"))
    return Fallback(FallbackKind.UNKNOWN, None, NOT_KNOWN_SAYS[slot]) if reachable else PERSON


# The claim's facts, as a change at the summary may set them.
SUMMARY_FACTS = frozenset(INTAKE_SLOTS) - {"claim_confirmed", ASSUMED_SLOT}


def summary_shown_twice(tracker: Tracker) -> bool:
    """The person's latest message answers the summary's second showing in a row."""
    return (
        tracker.get_slot("requested_slot") == "claim_confirmed"
        and asks_in_a_row(tracker, "claim_confirmed") >= MAX_ASKS_IN_A_ROW
    )


def opened_by_the_decline_form(tracker: Tracker) -> bool:
    """Whether this run of the intake was handed its opening message by the decline
    explanation (so the person was told they can say the insurer has decided)."""
    events = list(tracker.events or [])
    start = max(
        (
            i
            for i, e in enumerate(events)
            if e.get("event") == "active_loop" and e.get("name") == "claim_intake_form"
        ),
        default=None,
    )
    if start is None:
        return False
    for event in reversed(events[:start]):
        if event.get("event") == "user":
            return False
        if event.get("event") == "action" and event.get("name") == "decline_explanation_form":
            return True
    return False


def told_a_decision(tracker: Tracker, message: UserMessage) -> bool:
    """The insurer's decision told: a decline story at the opening; at a later question,
    a refusal told in so many words (an answer that guesses at one, "no - does that
    mean they won't pay?", stays an answer), or, once the intake has offered the way to
    the explanation, any plain word of one ("they already said no"). At any point, the
    decision asked about by name ("no, I just want to understand the denial" at the
    summary)."""
    if asks_about_the_decision(message.text):
        return True
    if not tracker.get_slot("requested_slot"):
        return tells_of_a_decline(message.text)
    if opened_by_the_decline_form(tracker):
        return tells_it_was_decided(message.text)
    return tells_of_a_refusal_outright(message.text)


class ValidateClaimIntakeForm(GuidedFormValidation):
    progress_flow = "claim"
    owns_up_to_an_unknown_opening_question = True

    def name(self) -> str:
        return "validate_claim_intake_form"

    def progress_order(self, values: dict[str, Any]) -> list[str]:
        return [slot for slot in applicable_slots(values) if slot != "claim_confirmed"]

    def opening_words(self, values: dict[str, Any]) -> str | None:
        return claim_opening(len(self.progress_order(values)))

    def answers_the_opening_itself(self, message: UserMessage) -> bool:
        # "my necklace was stolen yesterday, can I claim?": the intake is the answer; an
        # FAQ entry heard in it (the care plan's "no" to theft) would answer another question.
        return asks_only_to_claim(message.text)

    def read(self, message: UserMessage, requested_slot: str | None, tracker: Tracker) -> FormReading:
        known = known_slots(tracker, INTAKE_SLOTS)
        if tracker.get_slot("region"):
            known["region"] = tracker.get_slot("region")  # orders "12/11" for the person's region
        if requested_slot == "proof_documents":
            known[DOCUMENTS_TOLD] = documents_told(earlier_answers(tracker))
        reading = read_claim_answers(message, requested_slot, known, shop_today())
        if reading.slots.get("claim_confirmed") is False:
            if summary_shown_twice(tracker):
                # A change at the second showing: a third would ask the same question a
                # third time, so the change is made, said, and the claim goes in.
                assumed = assumed_with(tracker, "claim_confirmed")
                slots = {**reading.slots, "claim_confirmed": True, ASSUMED_SLOT: assumed}
                return replace(reading, slots=slots, notes=(*reading.notes, SENT_WITH_THE_CHANGE))
            # A change at the summary: not confirmed yet, so the form shows the summary
            # again (with the change) and asks once more.
            return replace(reading, slots={**reading.slots, "claim_confirmed": None})
        return reading

    def answers_despite_scope(self, message: UserMessage, requested_slot: str, tracker: Tracker) -> bool:
        """ "looks good, can I add photos later?" at the summary: a yes with a question
        the scope guard doubted is still the yes."""
        return (
            requested_slot == "claim_confirmed"
            and "claim_confirmed" in self.read(message, requested_slot, tracker).slots
        )

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        asked = applicable_slots(known_slots(tracker, INTAKE_SLOTS))
        unknown = left_unknown(tracker, asked)
        return [slot for slot in asked if slot not in unknown]

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if is_restart_claim(tracker):
            return []  # not an answer: the rule for `restart_claim` restarts the intake
        edit = edit_request(tracker, applicable_slots(known_slots(tracker, INTAKE_SLOTS)))
        if edit is not None:
            return edit  # "Edit" on a summary line: that question is asked again
        message = user_message(tracker)
        if (
            not tracker.get_slot("requested_slot")
            and just_asking(message.text)
            and claim_type_from_text(message.text) is None
        ):
            # "how do I make a claim if something happens? nothing's happened, just asking":
            # a question about claims, not a claim to take in. The FAQ action answers it
            # as its own turn (so it is recorded as an answered question).
            return hand_over_to("action_answer_faq")
        if (
            not tracker.get_slot("requested_slot")
            and tells_a_feared_loss(message.text)
            and not ran_this_turn(tracker, "coverage_advice_form")
        ):
            # "I'm terrified of losing my engagement ring, it's worth 9k": a loss feared,
            # not had; the guide advises on it, with the facts the message gives.
            facts = read_advice_answers(
                UserMessage(message.text, "inform", message.entities),
                None,
                known_slots(tracker, ADVICE_SLOTS),
                load_coverage_facts(),
            )
            given = [
                SlotSet(k, v) for k, v in facts.slots.items() if k in ADVICE_SLOTS and k != "assumed_answers"
            ]
            return [*given, *hand_over_to("coverage_advice_form")]
        if told_a_decision(tracker, message) and not ran_this_turn(tracker, "decline_explanation_form"):
            # "our claim for a stolen necklace has been declined", "...got rejected, can
            # they do that?", or at any question "oh and they already said no": the
            # insurer has decided, so the decline is explained (its complaint route
            # answers "can they?"), whatever event the story tells. What the intake
            # took in stays (the piece and the region feed the explanation).
            return hand_over_to("decline_explanation_form")
        return await super().get_extraction_events(dispatcher, tracker, domain)

    def fallback(self, slot: str, tracker: Tracker) -> Fallback:
        """After two asks: the words as given, a default marked for staff, or a person."""
        if slot in CONTACT_SLOTS:
            return contact_fallback(slot, tracker)
        if slot == "claim_type" and cause_not_known(user_message(tracker)):
            # "I really can't say which", a second time: gone without a known cause is
            # what insurers take as a loss (a mysterious disappearance). Said, and marked.
            return Fallback(FallbackKind.DEFAULT, "lost", FALLBACK_SAYS["claim_type"], CAUSE_NOT_KNOWN_LINE)
        if slot == "claimant_name" and withholds_a_name(user_message(tracker).text):
            # No name twice: a claim is filed under one, so a person takes it from here
            # (everything kept), rather than the words "not sure" as the name.
            return PERSON
        if slot == "claim_confirmed" and changed_while_asked(tracker, slot, SUMMARY_FACTS):
            # Changed at the summary, then a reply read as neither a yes nor a change: the
            # claim goes in as shown (the person saw it twice), their words noted for staff.
            return Fallback(FallbackKind.DEFAULT, True, line=SENT_AS_SHOWN)
        if slot == "item_value":
            # A range or a bound given where one figure was asked: its top, marked.
            loose = loose_value_fallback(tracker, slot)
            if loose is not None:
                return loose
        return CLAIM_FALLBACKS.get(slot, PERSON)

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        opened = not tracker.get_slot("requested_slot")
        events = await super().run(dispatcher, tracker, domain)
        if opened and ran_this_turn(tracker, "decline_explanation_form") and form_goes_on(events, opened):
            # The classifier heard a decline, the words told none: the intake asks on,
            # and says how to reach the explanation if the insurer has decided already.
            dispatcher.utter_message(text=DECIDED_ALREADY_OFFER)
        set_now = {e.get("name"): e.get("value") for e in events if e.get("event") == "slot"}
        # A care plan repair: say where it goes as soon as the purchase date is known.
        if set_now.get("purchase_date"):
            route = care_plan_route(
                date.fromisoformat(set_now["purchase_date"]), shop_today(), load_claim_knowledge()
            )
            dispatcher.utter_message(text=care_plan_route_text(route, load_claim_knowledge()))
        return events


class ActionAskClaimConfirmed(Action):
    """The summary before submitting, with every answer, so any can be corrected."""

    def name(self) -> str:
        return "action_ask_claim_confirmed"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        uploaded = files_text(await pending_documents(tracker.sender_id))
        summary = summary_text(known_slots(tracker, INTAKE_SLOTS), load_claim_knowledge())
        part = summary_part(known_slots(tracker, INTAKE_SLOTS), load_claim_knowledge())
        if uploaded:
            part["outro"] = f"{uploaded}\n{part['outro']}"
        dispatcher.utter_message(
            text=f"{summary}\n{uploaded}" if uploaded else summary,
            json_message=part,
            buttons=[SUBMIT_BUTTON, TALK_TO_A_PERSON],
        )
        return []


class ActionAskProofDocuments(Action):
    def name(self) -> str:
        return "action_ask_proof_documents"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        told = documents_told(earlier_answers(tracker, latest_too=True))
        dispatcher.utter_message(
            text=documents_question(load_claim_knowledge(), told),
            json_message=proof_checklist(load_claim_knowledge()),
            buttons=[NONE_OF_THESE_BUTTON, TALK_TO_A_PERSON],
        )
        return []


def earlier_answers(tracker: Tracker, latest_too: bool = False) -> list[str]:
    """What the person wrote in this claim, oldest first, from the message that opened
    it (documents said in passing are kept from there); the latest message only when
    `latest_too` (the question is asked after it was read)."""
    events = list(tracker.events)
    begin = 0
    for i, event in enumerate(events):
        kind = event.get("event")
        if kind in {"restart", "session_started"} or (
            kind == "slot" and event.get("name") == "claim_type" and event.get("value") is None
        ):
            begin = i + 1  # a new start, or an earlier claim ended and was cleared
    opened = next(
        (
            i
            for i in range(begin, len(events))
            if events[i].get("event") == "active_loop" and events[i].get("name") == "claim_intake_form"
        ),
        None,
    )
    if opened is None:
        return []
    users = [i for i in range(begin, len(events)) if events[i].get("event") == "user"]
    opening = max((i for i in users if i < opened), default=opened)
    texts = [str(events[i].get("text") or "") for i in users if i >= opening]
    return texts if latest_too else texts[:-1]


def claim_facts(slots: dict[str, Any], stated_limit: float | None = None) -> ClaimFacts:
    return ClaimFacts(
        claim_type=str(slots["claim_type"]),
        item_type=str(slots.get("item_type") or "other"),
        item_value=None if slots.get("item_value") is None else float(slots["item_value"]),
        currency=str(slots.get("currency") or DEFAULT_CURRENCY),
        loss_description=str(slots.get("loss_description") or ""),
        was_specified=slots.get("was_specified"),
        proof_documents=tuple(slots.get("proof_documents") or ()),
        care_plan=bool(slots.get("has_care_plan")),
        listed_after_loss=bool(slots.get("listed_after_loss")),
        other_words=" ".join(str(slots.get(k) or "") for k in ("last_seen", "search_done")),
        stated_limit=stated_limit,
    )


# The intake question that sets each field the store may refuse: that one is asked again.
QUESTION_FOR_FIELD = {
    "claim_type": "claim_type",
    "item_type": "item_type",
    "item_value": "item_value",
    "currency": "item_value",  # the currency is cleared with it: the default unless the answer says
    "loss_date": "loss_date",
    "loss_description": "loss_description",
    "police_report_number": "police_report_number",
    "last_seen": "last_seen",
    "search_done": "search_done",
    "claimant_name": "claimant_name",
    "claimant_email": "claimant_email",
    "claimant_phone": "claimant_phone",
    "proof_documents": "proof_documents",
    "was_specified": "was_specified",
    "care_plan": "has_care_plan",
    "purchase_date": "purchase_date",
}


def _iso_date(field: str, value: Any) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise ClaimRejected(field, "not_a_date") from error


# Slots whose store field has another name: the intake asks `has_care_plan`, the
# claim row keeps `care_plan`.
STORE_FIELD_FOR_SLOT = {"has_care_plan": "care_plan"}
# The store's fields: an assumed answer is recorded under the name staff see.
_STORE_FIELDS = frozenset(f.name for f in fields(ClaimDraft))


def stored_assumptions(assumed: Any) -> tuple[str, ...]:
    """The intake's assumed answers, named as the store's fields (for staff to check)."""
    names = {STORE_FIELD_FOR_SLOT.get(str(name), str(name)) for name in assumed or ()}
    return tuple(sorted(names & _STORE_FIELDS))


def draft_from_slots(
    sender_id: str, slots: dict[str, Any], today: date, stated_limit: float | None = None
) -> ClaimDraft:
    """The claim as the slots give it, checked by the store's rules before any decision
    is made on it (a value of NaN, say, must not reach the rules), then completed with
    the missing documents and the decline-risk flags. Raises `ClaimRejected`."""
    # Slot values are whatever the tracker holds: the store's check below is what types them.
    given: dict[str, Any] = {name: slots.get(name) for name in INTAKE_SLOTS}
    loss_date: Any = _iso_date("loss_date", given["loss_date"])
    answers = ClaimDraft(
        sender_id=sender_id,
        claim_type=given["claim_type"],
        item_type=given["item_type"] or "other",
        item_value=given["item_value"],
        currency=given["currency"] or DEFAULT_CURRENCY,
        loss_date=loss_date,
        loss_description=given["loss_description"],
        # Not asked (a care-plan repair) or not said: unknown, never a "no" nobody said.
        was_specified=given["was_specified"],
        claimant_name=given["claimant_name"],
        claimant_email=given["claimant_email"],
        claimant_phone=given["claimant_phone"],
        proof_documents=tuple(given["proof_documents"] or ()),
        police_report_number=given["police_report_number"],
        last_seen=given["last_seen"],
        search_done=given["search_done"],
        care_plan=bool(given["has_care_plan"]),
        purchase_date=_iso_date("purchase_date", given["purchase_date"]),
        assumed_answers=stored_assumptions(given["assumed_answers"]),
    )
    check_claim(answers, today)
    knowledge = load_claim_knowledge()
    facts = claim_facts(slots, stated_limit)
    required = required_documents(facts.claim_type, facts.item_type, facts.care_plan, knowledge)
    offered = offered_documents(facts.proof_documents, answers.police_report_number)
    flags = assess_claim(facts, knowledge)
    return replace(
        answers,
        item_value=facts.item_value,
        missing_documents=missing_documents(required, offered, knowledge),
        claim_flags=tuple(f.code for f in flags),
        flag_facts={f.code: flag_facts_text(f) for f in flags},
    )


# Who wrote a note the intake adds to a claim, on the staff pages.
ASSISTANT_AUTHOR = "assistant"


def _save_claim(draft: ClaimDraft, staff_note: str | None = None) -> str:
    store = claim_store()
    reference = store.save_claim(draft)
    if staff_note:
        store.add_note(reference, ASSISTANT_AUTHOR, staff_note[:NOTE_LENGTH])
    return reference


def note_for_staff(tracker: Tracker) -> str | None:
    """A claim confirmed without a plain yes (the summary's second showing) carries the
    person's last words there, for staff to check with them."""
    if "claim_confirmed" not in (tracker.get_slot(ASSUMED_SLOT) or []):
        return None
    words = " ".join(str(tracker.latest_message.get("text") or "").split())
    return sent_without_a_yes_note(words[:LONGEST_ANSWER_CHARS])


class ActionSubmitClaim(Action):
    def name(self) -> str:
        return "action_submit_claim"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        slots = known_slots(tracker, INTAKE_SLOTS)
        if slots.get("claim_confirmed") is not True:
            return []  # the intake ended without a confirmation: handed to a person
        # What was uploaded counts as proof too, not only what was said.
        slots = with_uploaded_proof(slots, await pending_documents(tracker.sender_id))
        try:
            # "unspecified items are covered to $1,500 each": the limit the person was told.
            stated_limit = stated_unlisted_limit(earlier_answers(tracker, latest_too=True))
            draft = draft_from_slots(tracker.sender_id, slots, shop_today(), stated_limit)
            # In a worker thread: a slow or locked database keeps only this claimant waiting.
            reference = await asyncio.to_thread(_save_claim, draft, note_for_staff(tracker))
        except ClaimRejected as refused:
            return self.refused(refused, dispatcher)
        except (SQLAlchemyError, RuntimeError, OSError) as error:
            # The error's class only: a database error's text can quote the claim.
            logger.error("claim not saved: %s", type(error).__name__)
            dispatcher.utter_message(response="utter_claim_not_saved")
            # Back to the confirmation step: the form has ended, so open it again; it asks
            # only the confirmation (with the summary), and "yes" submits again.
            return [SlotSet("claim_confirmed", None), FollowupAction("claim_intake_form")]
        logger.info("claim %s saved for %s", reference, mask_email(draft.claimant_email or ""))
        await link_documents(tracker.sender_id, reference)
        notifications.claim_stored(draft, reference)  # in the background; never fails the turn
        flags = {code: draft.flag_facts[code] for code in draft.claim_flags}
        text = submitted_text(reference, draft.missing_documents, flags, load_claim_knowledge())
        dispatcher.utter_message(text=text, json_message=reference_part(reference))
        # The stored claim ends its intake: its answers are cleared, so a new claim in this
        # conversation starts with its own questions and confirmation, and carries no
        # name, email or phone over. The reference stays for a status question.
        return [
            *[SlotSet(name, None) for name in INTAKE_SLOTS],
            SlotSet(FAILURES_SLOT, 0.0),
            SlotSet("claim_reference", reference),
            SlotSet("missing_documents", list(draft.missing_documents)),
            SlotSet("claim_flags", list(draft.claim_flags)),
        ]

    @staticmethod
    def refused(refused: ClaimRejected, dispatcher: CollectingDispatcher) -> list[EventType]:
        """The store refused a field: say which and why, and ask that question again."""
        logger.warning("claim refused by the store: %s %s", refused.field, refused.reason)
        question = QUESTION_FOR_FIELD.get(refused.field)
        if question is None:
            dispatcher.utter_message(
                text=refusal_without_question(),
                buttons=FORM_BUTTONS,
            )
            return [SlotSet("claim_confirmed", None)]
        dispatcher.utter_message(text=refusal_text(refused.field, refused.reason))
        # Only the refused answer is dropped; the form asks for it, then for confirmation.
        return [
            SlotSet(question, None),
            SlotSet("claim_confirmed", None),
            FollowupAction("claim_intake_form"),
        ]


class ValidateClaimStatusForm(GuidedFormValidation):
    def name(self) -> str:
        return "validate_claim_status_form"

    def read(self, message: UserMessage, requested_slot: str | None, tracker: Tracker) -> FormReading:
        slots: dict[str, Any] = {}
        reference = find_reference(message.text)
        if reference:
            slots["status_reference"] = reference
        email = find_email(message.text)
        if email and email_problem(email) is None:
            slots["status_email"] = email
        problem = None
        if (
            requested_slot
            and requested_slot not in slots
            and not slots
            and message.intent not in {"human_handoff", "restart"}
        ):
            problem = STATUS_ANSWER_PROBLEMS.get(requested_slot)
        return FormReading(slots=slots, problem=problem)


def client_address(tracker: Tracker) -> str | None:
    """The address the channel saw the latest message come from, when it says."""
    metadata = (tracker.latest_message or {}).get("metadata")
    address = metadata.get("client_address") if isinstance(metadata, dict) else None
    return address if isinstance(address, str) and 0 < len(address) <= 100 else None


def _look_up(sender_id: str, address: str | None, reference: str, email: str) -> ClaimRecord | None | int:
    """The claim (or None), or the minutes to wait when the lookups are used up."""
    store = claim_store()
    allowance = store.allow_status_lookup(sender_id, address)
    if not allowance.allowed:
        return allowance.retry_after_minutes
    return store.find_claim(reference, email)


class ActionClaimStatus(Action):
    def name(self) -> str:
        return "action_claim_status"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        reference = str(tracker.get_slot("status_reference") or "")
        email = str(tracker.get_slot("status_email") or "")
        cleared: list[EventType] = [SlotSet("status_reference", None), SlotSet("status_email", None)]
        if not (reference and email):
            return []  # the lookup ended without both: handed to a person
        try:
            # Counted before looking: guesses are limited per conversation and per address.
            found = await asyncio.to_thread(
                _look_up, tracker.sender_id, client_address(tracker), reference, email
            )
        except (SQLAlchemyError, OSError) as error:
            logger.error("status lookup failed: %s", type(error).__name__)
            dispatcher.utter_message(text=RECORDS_UNREACHABLE)
            return cleared
        if isinstance(found, int):
            dispatcher.utter_message(
                text=too_many_lookups_text(found),
                buttons=[TALK_TO_A_PERSON],
            )
        elif found is None:
            # The same answer for a wrong reference and a wrong email: nothing leaks.
            dispatcher.utter_message(text=not_found_text(reference))
        else:
            dispatcher.utter_message(text=status_text(found))
        return cleared
