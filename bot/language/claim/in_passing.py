"""Every fact a message carries, whatever question was asked (`_read_any_time`): the kind
of claim, the piece and its value, the currency, contact details and a police
reference, a date in passing, whether it was listed, and an earlier answer corrected at
a later question. An opening like "my $4,000 ring was stolen last Friday" fills the
type, item, value and date at once; each fact is read by its question's module.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.language.answers import UserMessage, cover_figures
from bot.language.claim.claim_type import (
    CANT_TELL,
    GONE_NOTED_AS_LOST,
    KIND_ASKED_NOTES,
    LOSS_SAID,
    NEAREST_KIND_NOTES,
    THEFT_INFERRED_NOTE,
    _claim_type_corrected,
    _tells_a_risk,
    claim_type_from_text,
    claim_type_guessed,
    gone_but_cant_tell,
    gone_with_someone_near,
    kind_asked,
    nearest_claim_type,
    theft_inferred,
    theft_told_of_people_let_in,
)
from bot.language.claim.common import FREE_TEXT_SLOTS, NOTES, _say_back
from bot.language.claim.contacts import _contacts_said, claim_region
from bot.language.claim.dates import (
    AN_EARLIER_ANSWER,
    DATE_ANY_TIME_STEPS,
    LAST_SIGHTING_CLAUSE,
    LISTING_OR_CALL_CLAUSE,
    NO_DATE_CORRECTION_STEPS,
    PIECE_STEPS,
    _date_corrected,
    _loss_date_named_as_old,
    _purchase_age_said,
    _tells_the_loss,
    _without_purchase,
)
from bot.language.claim.listing import (
    LISTING_CORRECTED,
    _known_loss_date,
    listing_said,
    sentences_of_the_listing,
)
from bot.language.claim.piece import (
    ANOTHER_PIECE,
    FOR_THE_PLAN,
    NUMBER_STEPS,
    VALUE_NAMED,
    VALUE_TOLD,
    _item_type_said,
    _set_value,
    _several_pieces_said_back,
    earlier_piece_at_the_opening,
)
from bot.language.claim.yes_no_questions import _asks_what_it_is
from bot.language.dates import read_loss_date
from bot.language.facts import CARE_PLAN, item_mentions
from bot.language.money import (
    added_up,
    corrected_value,
    current_value,
    money_amounts,
    piece_alone,
    taken_back,
    thousands_said_short,
)
from bot.rules.claims import CLAIM_TYPES, LONGEST_ANSWER_CHARS
from bot.rules.regions import CURRENCIES


def _read_any_time(
    message: UserMessage,
    requested_slot: str | None,
    known: dict[str, Any],
    today: date,
    slots: dict[str, Any],
    problems: list[str],
) -> None:
    """Every fact a message carries, whatever was asked: type, item, value, currency,
    date, contact details, a police reference, whether it was listed.

    An amount counts only in the first message or as the answer to the value
    question: later numbers are report numbers, phone numbers and dates. An item word
    inside a story never changes the item; only a correction does."""
    text = message.text
    opening = message.intent == "report_claim" or requested_slot is None
    if known.get("claim_type") is None:
        # A button or payload names the type outright; otherwise the words tell it.
        stated = message.first("claim_type")
        guessed = stated not in CLAIM_TYPES and claim_type_guessed(text)
        claim_type = stated if stated in CLAIM_TYPES else None if guessed else claim_type_from_text(text)
        nearest = False
        if (
            claim_type is None
            and not guessed
            # "hard to say, ...": the person can't tell the kind; no nearest guess for it.
            and not CANT_TELL.search(text)
            and (message.intent == "report_claim" or requested_slot == "claim_type")
        ):
            claim_type = nearest_claim_type(text)
            nearest = claim_type is not None
        if (
            claim_type == "lost"
            and stated not in CLAIM_TYPES
            and requested_slot != "claim_type"
            and gone_with_someone_near(text)
        ):
            # "my ex moved out and since then the ring isn't in my box": gone, with
            # someone who could have taken it; lost or stolen is theirs to say, so asked.
            claim_type = None
        if stated not in CLAIM_TYPES and gone_but_cant_tell(text, claim_type):
            claim_type = None
        if claim_type:
            slots["claim_type"] = claim_type
            notes_before = len(slots.get(NOTES) or ())
            if claim_type == "lost" and stated not in CLAIM_TYPES and not LOSS_SAID.search(text):
                # "it's missing", "its gone", "came back and it was gone": gone, but not
                # how; noted as lost and said back, so a theft can be told.
                _say_back(slots, GONE_NOTED_AS_LOST)
            if claim_type == "theft" and not stated and theft_inferred(text):
                _say_back(slots, THEFT_INFERRED_NOTE)
            if nearest and len(slots.get(NOTES) or ()) == notes_before:
                # No cue matched; the kind is the nearest example's: an inference, said back.
                _say_back(slots, NEAREST_KIND_NOTES[claim_type])
            if stated not in CLAIM_TYPES and len(slots.get(NOTES) or ()) == notes_before and kind_asked(text):
                # "the stone's gone but the ring's fine, so which one is that?": the kind
                # read from the story, said back as the answer to their question.
                _say_back(slots, KIND_ASKED_NOTES[claim_type])
            if (
                requested_slot is None
                and not known.get("loss_description")
                and _tells_a_risk(text, claim_type)
            ):
                # "We caught our babysitter on the nanny cam taking my pearl necklace":
                # the opening already tells what happened, with the words that raise a
                # decline risk; kept as the description so they are not lost.
                slots["loss_description"] = " ".join(text.split())[:LONGEST_ANSWER_CHARS]
    elif requested_slot not in {None, "claim_type", "claim_confirmed"}:
        corrected_type = _claim_type_corrected(text, str(known.get("claim_type")))
        if corrected_type:
            slots["claim_type"] = corrected_type
        elif (
            known.get("claim_type") == "lost"
            and requested_slot in FREE_TEXT_SLOTS
            and theft_told_of_people_let_in(text)
        ):
            # Taken as gone ("noted as lost"), then the story tells of someone let in who
            # took it ("I think the cleaner took it, she was the only one here"): a theft,
            # said back as a change.
            slots["claim_type"] = "theft"
    if CARE_PLAN.search(text) and known.get("has_care_plan") is None and not _asks_what_it_is(text):
        slots["has_care_plan"] = True
    if requested_slot is None and known.get("claim_type") is None and ANOTHER_PIECE.search(text):
        # "my other ring, the sapphire one, got damaged" after advice on the engagement
        # ring: a new piece, so the guide's piece and value are not this claim's.
        mentions = item_mentions(text)
        known = {**known, "item_type": None, "item_value": None}
        slots["item_type"] = str(mentions[0].value) if mentions else None
        slots["item_value"] = None
    elif requested_slot is None and known.get("claim_type") is None and known.get("item_type"):
        # A piece talked about before the claim (the guide's, a decline's, a question's):
        # the claim's own words say whether it is this claim's piece.
        known = earlier_piece_at_the_opening(message, known, slots)
    # The piece the opening named in place of an earlier one is decided there.
    item_type = slots.get("item_type") or _item_type_said(message, requested_slot, known)
    if item_type:
        slots["item_type"] = item_type
        if requested_slot in {None, "item_type"}:
            _several_pieces_said_back(text, item_type, slots)
    amounts = [float(v) for v in message.entity_values("amount") if isinstance(v, int | float)]
    if requested_slot in {None, "item_value"}:
        # The policy's cap or threshold told beside the story ("the policy says anything
        # over $5,000 has to be in a safe") is no value of the piece, whichever is said
        # first: the piece's own figure is taken, else the value is asked.
        amounts = [a for a in amounts if a not in cover_figures(text)]
    # "oh wait, it was $7,200 not $7,000", "actually it was 4,100 with the chain": a
    # value corrected at any later step (the old figure it names is never taken, even
    # when the message was read as a new claim). Where a number is a reference or a
    # phone, only a money-marked one counts.
    # "the value is 1,950 not 1,590": the value named, so a bare number is its figure.
    bare = requested_slot not in NUMBER_STEPS or bool(VALUE_NAMED.search(text))
    corrected = (
        corrected_value(text, known.get("item_value"), bare=bare)
        if requested_slot not in {None, "item_value"}
        else None
    )
    if corrected is not None:
        _set_value(corrected, slots, problems)
    elif (
        known.get("item_value") is None
        and requested_slot not in {None, "item_value", *NUMBER_STEPS, *FREE_TEXT_SLOTS}
        and VALUE_TOLD.search(text)
    ):
        # "yep got the care plan, ring was $2,900": the piece's value, money-marked, said
        # at another question before the value was asked.
        told = [
            a.value
            for a in money_amounts(text)
            # The text before the amount, its money mark put back as "$" ("NZ$3,300").
            if VALUE_TOLD.search(text[: a.start] + "$") and not FOR_THE_PLAN.match(text, a.end)
        ]
        if told:
            _set_value(told[0], slots, problems)
    elif amounts and (message.intent == "report_claim" or requested_slot in {None, "item_value"}):
        # "about $5,900. no wait, it was $5,400": the figure the answer corrects itself to.
        within = corrected_value(text, amounts[0], bare=bare) if len(amounts) > 1 else None
        meant = [a for a in amounts if a not in taken_back(text)] or amounts
        # "paid 950 but the jeweler said 1,400 to replace": the valuation, not the price.
        valued = current_value(text)
        # "the set was $2,200, the earrings were $700 of that", "the pair was $2,400 so
        # 1,200 for the one I lost": the piece's own figure beside a total.
        share = piece_alone(text) if requested_slot in {None, "item_value"} else None
        if share is not None and share.value >= 50:
            meant, within = [share.value], None
        elif valued is not None and valued.value in meant:
            # A valuation beside a lower price paid ("scheduled at $5,800 from the appraisal,
            # we actually paid 4,900 on sale") is the value; the price is no correction of it.
            meant, within = [valued.value], None
        total = added_up(text) if requested_slot == "item_value" else None
        # "paid 3 grand, the appraisal came back at 4.2": thousands said short, said back.
        # (`_two_figures_said_back` says it back.)
        short = thousands_said_short(text) if requested_slot == "item_value" else None
        if short is not None:
            _set_value(short.value, slots, problems)
        else:
            _set_value(
                total if total is not None else within if within is not None else max(meant), slots, problems
            )
    currency = message.first("currency")
    if currency in CURRENCIES:
        slots["currency"] = currency
    _contacts_said(text, requested_slot, known, slots)
    if requested_slot not in NO_DATE_CORRECTION_STEPS and (
        known.get("loss_date") is not None or AN_EARLIER_ANSWER.search(text)
    ):
        _date_corrected(text, known, today, slots)
    if (
        "loss_date" not in slots
        and requested_slot not in {None, "loss_date", "claim_confirmed"}
        and _loss_date_named_as_old(text, known, today, claim_region(text, known, slots))
    ):
        # "oh and it was Thursday not Wednesday" at the purchase question, or "oh and it
        # was the 13th, not the 15th" at the name, the 15th being the loss date given:
        # the loss date corrected, not the answer asked.
        reading = read_loss_date(text, today, claim_region(text, known, slots))
        if reading.value and not reading.approximate and reading.value.isoformat() != known.get("loss_date"):
            slots["loss_date"] = reading.value.isoformat()
    if (
        known.get("loss_date") is None
        and (opening or requested_slot in DATE_ANY_TIME_STEPS)
        and (requested_slot not in PIECE_STEPS or _tells_the_loss(text))
    ):
        # "stolen last Friday": a date said in passing is the date of the loss.
        reading = read_loss_date(
            LISTING_OR_CALL_CLAUSE.sub(" ", LAST_SIGHTING_CLAUSE.sub(" ", _without_purchase(text))),
            today,
            claim_region(text, known, slots),
        )
        # "last week" in a story is no date to store unasked: the question asks for the day.
        if reading.value and not reading.approximate:
            slots["loss_date"] = reading.value.isoformat()
            if reading.note:
                _say_back(slots, reading.note)
    if known.get("was_specified") is None and requested_slot not in {
        "was_specified",
        "claim_confirmed",
        # "William Thornton on the policy": at the name question, the name on the policy.
        "claimant_name",
    }:
        slots.update(listing_said(sentences_of_the_listing(text), today, _known_loss_date(known, slots)))
    elif requested_slot not in {None, "was_specified", "claim_confirmed"} and LISTING_CORRECTED.search(text):
        # "actually I just checked, it's not scheduled" at a later question: the
        # listing answered before, corrected (and said back).
        said = listing_said(text, today, _known_loss_date(known, slots))
        if "was_specified" in said and any(said[k] != known.get(k) for k in said):
            slots.update(said)
    damage = (slots.get("claim_type") or known.get("claim_type")) == "damage"
    if damage and known.get("purchase_date") is None and requested_slot != "purchase_date":
        # Asked only for damage (a care plan repair goes back to the jeweler early on).
        _purchase_age_said(text, today, slots)
