"""Readings from fresh24 claim kinds: a figure of the policy's rule or limit ("anything
over $10,000 must be in a safe", "the limit is $2,000 per item", "the $1,500 jewellery
sublimit") is never the piece's value, whichever comes first: the piece's own figure
wins, else the value is asked; a rule that pieces above a figure must be listed says
nothing of this one's listing."""

from __future__ import annotations

from typing import Any

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import read_claim_answers
from bot.language.decline_answers import story_facts
from bot.language.money import cover_figures, read_amount
from tests.language.claim.reading import TODAY
from tests.language.readers import advice, entities

KNOWN = {"claim_type": "theft", "item_type": "ring"}


def claim(text: str, slot: str | None, known: dict[str, Any] | None = None) -> dict[str, Any]:
    intent = "report_claim" if slot is None else "inform"
    reading = read_claim_answers(UserMessage(text, intent, entities(text)), slot, known or {}, TODAY)
    return reading.slots


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # US
        (
            "my watch got stolen from the locker room, the policy says anything over 5k needs a safe, "
            "it was appraised at $7,800",
            7800,
        ),
        (
            "someone took my ring off the nightstand. limit is $2,000 per item on my renters, it cost 3,400",
            3400,
        ),
        (
            "bracelet stolen at a concert, insurer says jewelry north of 10 grand must be scheduled, "
            "we paid 12k for it",
            12000,
        ),
        ("ring swiped from my bag, it's scheduled at $9,200. the rule is over 5k has to be in a safe", 9200),
        # NZ
        (
            "our house got broken into, they took my pendant, valued $6,400. policy says over 5k should be "
            "locked up when not worn",
            6400,
        ),
        (
            "necklace pinched from the bach, there's a jewellery sublimit of $1,500 on our contents, it's "
            "worth 2,800",
            2800,
        ),
        (
            "my rings were nicked, the $1,500 jewellery limit applies apparently, the ring was worth $4,300",
            4300,
        ),
        (
            "burgled last night, they took mum's bracelet, AMI says anything above 10k has to be specified, "
            "it was valued at 11,200",
            11200,
        ),
    ],
)
def test_the_pieces_own_figure_wins_over_the_policys(text: str, value: float) -> None:
    assert claim(text, None).get("item_value") == value
    assert advice(text, None).slots.get("item_value") == value


@pytest.mark.parametrize(
    "text",
    [
        "my ring was stolen and the policy says anything over $5,000 must be in a safe",  # US
        "earrings nicked from the gym, the insurer says over 2k needs its own valuation",  # NZ
    ],
)
def test_a_rule_alone_gives_no_value(text: str) -> None:
    assert claim(text, None).get("item_value") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("8,000, the limit is 10k per item", 8000),  # US
        ("the limit is $2,000 per item but it's worth $3,100", 3100),  # US
        ("about 4 grand. the policy says anything north of 5k has to be scheduled", 4000),  # NZ
        ("valued at 6,500, Tower says over 5k should be in a safe", 6500),  # NZ
    ],
)
def test_at_the_value_question(text: str, value: float) -> None:
    assert claim(text, "item_value", KNOWN).get("item_value") == value
    assert read_amount(text) is not None and read_amount(text).value == value  # type: ignore[union-attr]


def test_a_rule_at_a_later_question_corrects_no_value() -> None:
    text = "actually the policy says anything over $5,000 should be in a safe, does that matter"
    assert "item_value" not in claim(text, "proof_documents", {**KNOWN, "item_value": 4000.0})


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("ring stolen, it's specified. policy says over $5,000 must be listed", True),  # US
        ("ring nicked, about 4 grand. the policy says anything north of 5k has to be scheduled", None),  # NZ
    ],
)
def test_a_rule_to_list_pieces_above_a_figure_says_nothing_of_this_one(
    text: str, listed: bool | None
) -> None:
    assert claim(text, None).get("was_specified") is listed


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # Not the policy's: the piece's own figures, a bound and a price stay values.
        ("I paid over 5k for it", set()),  # US
        ("it's worth more than $3,000 now", set()),  # NZ
        ("the valuation says $12,500", set()),  # NZ
        ("it was $4,000, so it should be covered", set()),  # US
        ("it's insured for $6,000", set()),  # US
        # The policy's, as before.
        ("the excess is $400", {400.0}),
        ("a blanket endorsement with a $5,000 limit", {5000.0}),
    ],
)
def test_what_is_and_is_not_a_cover_figure(text: str, figures: set[float]) -> None:
    assert cover_figures(text) == figures


NAMED = {
    "claim_type": "damage",
    "item_type": "bracelet",
    "item_value": 3100.0,
    "claimant_name": "Jon Whitaker",
}


@pytest.mark.parametrize(
    ("text", "slot", "name"),
    [
        # The name set right at a later question, whole or one part of it.
        ("oops, put the name as Michael Okafor, it's his policy", "claimant_email", "Michael Okafor"),  # US
        ("can you change the name to Aroha Ngata please", "claimant_phone", "Aroha Ngata"),  # NZ
        ("the surname should be Whittaker, with two t's", "claimant_email", "Jon Whittaker"),  # US
        ("sorry it's spelt Whittaker", "claimant_phone", "Jon Whittaker"),  # NZ
        ("my first name is actually Jonathan", "claimant_email", "Jonathan Whitaker"),  # US
        ("put the claim under Mere Tane, she's the policyholder", "proof_documents", "Mere Tane"),  # NZ
    ],
)
def test_a_name_set_right_at_a_later_question_replaces_it(text: str, slot: str, name: str) -> None:
    reading = read_claim_answers(UserMessage(text, "inform", ()), slot, NAMED, TODAY)
    assert reading.slots.get("claimant_name") == name
    assert reading.problem is None or slot == "proof_documents"


def test_a_name_set_right_beside_the_answer_asked_keeps_the_answer() -> None:
    text = "put the name as Mere Tane. mere.tane@xtra.co.nz"  # NZ
    reading = read_claim_answers(UserMessage(text, "inform", ()), "claimant_email", NAMED, TODAY)
    assert reading.slots == {"claimant_name": "Mere Tane", "claimant_email": "mere.tane@xtra.co.nz"}


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        # No name set right: a name word about something else, or no name after the cue.
        ("the policy is in my husband's name", "claimant_email"),  # US
        ("it's spelled with two t's", "claimant_phone"),  # NZ
        ("put it under my wife's name", "claimant_email"),  # US
        ("jwhittaker@comcast.net", "claimant_email"),  # US
        ("my name is on the receipt", "proof_documents"),  # NZ
    ],
)
def test_no_name_set_right(text: str, slot: str) -> None:
    reading = read_claim_answers(UserMessage(text, "inform", ()), slot, NAMED, TODAY)
    assert "claimant_name" not in reading.slots


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("jon whitaker. actually put the name as Jonathan Whittaker", "Jonathan Whittaker"),  # US
        ("everyone calls me Bex but it's Rebecca Tautahi", "Rebecca Tautahi"),  # NZ
        ("Jon, short for Jonathan Whittaker", "Jonathan Whittaker"),  # US
        ("Tama as in Tamati Rewi", "Tamati Rewi"),  # NZ
        ("Robert Dawson, but everyone calls me Bob", "Robert Dawson"),  # US
        ("Mrs Hine Walker", "Hine Walker"),  # NZ: without the title
        ("Sam", "Sam"),  # one name as given
    ],
)
def test_at_the_name_question_the_legal_or_set_right_name(text: str, name: str) -> None:
    reading = read_claim_answers(
        UserMessage(text, "inform", ()), "claimant_name", {"claim_type": "theft"}, TODAY
    )
    assert reading.slots.get("claimant_name") == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "sorry, put the name as Jonathan Whittaker, two t's, it's my husband's policy",
            "Jonathan Whittaker",
        ),
        ("the surname's spelt Whittaker", "Jon Whittaker"),  # NZ
    ],
)
def test_at_the_summary_the_name_set_right(text: str, name: str) -> None:
    reading = read_claim_answers(UserMessage(text, "inform", ()), "claim_confirmed", NAMED, TODAY)
    assert reading.slots.get("claimant_name") == name


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "my watch was taken from the motel in Taupo, appraised 2019 at 6,800 but worth more now",
            6800,
        ),  # NZ
        ("ring stolen at a bar in Austin, valued 2021 for $3,400", 3400),  # US
    ],
)
def test_the_year_of_a_valuation_before_its_figure_is_no_figure(text: str, value: float) -> None:
    reading = read_claim_answers(UserMessage(text, "report_claim", entities(text)), None, {}, TODAY)
    assert reading.slots.get("item_value") == value
    assert not any("also said" in note for note in reading.notes)


@pytest.mark.parametrize(
    ("text", "claim_type", "loss_date"),
    [
        ("my bracelet got caught and snapped on sat just gone, 1.2k", "damage", "2026-11-28"),  # NZ
        ("my ring was stolen from the gym changing room wed just gone, 3k", "theft", "2026-11-25"),  # NZ
    ],
)
def test_a_short_day_just_gone_is_the_day_not_the_piece_gone(
    text: str, claim_type: str, loss_date: str
) -> None:
    slots = claim(text, None)
    assert (slots.get("claim_type"), slots.get("loss_date")) == (claim_type, loss_date)


REPORTED = {"claim_type": "theft", "item_type": "ring", "item_value": 4000.0, "loss_date": "2026-11-25"}


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("reported it online, don't have a number yet, they said it'd be emailed", True),  # US
        ("rang 105, still waiting on the event number", True),  # NZ
        ("filed at the station, they'll text me the file number", True),  # NZ
        # A reference beside the words stays the reference.
        ("don't have the paper on me but it's 26-5512", "26-5512"),  # US
    ],
)
def test_a_report_whose_number_is_to_come_is_kept_as_said(text: str, stored: bool | str) -> None:
    reading = read_claim_answers(UserMessage(text, "inform", ()), "police_report_number", REPORTED, TODAY)
    said = reading.slots.get("police_report_number")
    assert said == stored if isinstance(stored, str) else str(said).startswith("none:")


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("the name's spelt wrong, Jonathan Whittaker", "claim_confirmed"),  # US
        ("surname's spelled wrong, it's Whittaker", "claimant_email"),  # NZ
    ],
)
def test_a_name_said_to_be_spelt_wrong_then_given(text: str, slot: str) -> None:
    reading = read_claim_answers(UserMessage(text, "inform", ()), slot, NAMED, TODAY)
    assert reading.slots.get("claimant_name") in {"Jonathan Whittaker", "Jon Whittaker"}


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        (
            "021 555 0142, and can you put the name as Katherine Moana, that's what's on the policy",  # NZ
            {"claimant_name": "Katherine Moana", "claimant_phone": "021 555 0142"},
        ),
        (
            "(646) 555-0127. oh and my last name is Whittaker-Jones",  # US
            {"claimant_name": "Jon Whittaker-Jones", "claimant_phone": "(646) 555-0127"},
        ),
    ],
)
def test_a_name_set_right_beside_the_phone_keeps_both(text: str, slots: dict[str, str]) -> None:
    known = {**NAMED, "was_specified": True, "claimant_email": "jw@example.com"}
    reading = read_claim_answers(UserMessage(text, "inform", ()), "claimant_phone", known, TODAY)
    assert {k: reading.slots.get(k) for k in slots} == slots


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("first name Lee, last name Park", "Lee Park"),  # US
        ("Hemi, surname Walker", "Hemi Walker"),  # NZ
        ("my name is Dana, last name Brooks", "Dana Brooks"),  # US
        ("Ana Ruiz, but put the claim under my husband Tom Ruiz", "Tom Ruiz"),  # US
        ("put the claim under my wife, Aroha Ngata", "Aroha Ngata"),  # NZ
        # One name, or a name with a word about it, as before.
        ("Lee Park", "Lee Park"),
        ("Jo", "Jo"),
    ],
)
def test_the_parts_of_a_name_told_apart_or_whose_it_is(text: str, name: str) -> None:
    reading = read_claim_answers(
        UserMessage(text, "inform", ()), "claimant_name", {"claim_type": "theft"}, TODAY
    )
    assert reading.slots.get("claimant_name") == name


LISTING_KNOWN = {"claim_type": "theft", "item_type": "ring", "item_value": 5000.0, "loss_date": "2026-11-25"}


@pytest.mark.parametrize(
    ("text", "listed", "after"),
    [
        ("yes but only for $3,000 and it's worth 5 now", True, None),  # US
        ("yeah, but just at 2k, it's gone up since", True, None),  # NZ
        ("should be, we did it when we got engaged", True, None),  # US
        ("I believe my broker added it last year", True, None),  # NZ
        ("we did it the day after it was stolen", False, True),  # NZ
        # A no stays a no; a doubt stays a doubt.
        ("no we never did that", False, None),  # US
        ("not sure, I'd have to check", False, None),  # NZ (said back as not known)
    ],
)
def test_a_listing_told_as_the_act_or_for_less(text: str, listed: bool, after: bool | None) -> None:
    reading = read_claim_answers(UserMessage(text, "inform", ()), "was_specified", LISTING_KNOWN, TODAY)
    assert reading.slots.get("was_specified") is listed
    assert reading.slots.get("listed_after_loss") is after


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "they declined my claim for my ring, the policy says anything over 10k must be in a safe, it was 8k",
            8000,
        ),
        (
            "declined my watch claim, apparently items over $5,000 need a safe, the watch was $4,200",
            4200,
        ),  # NZ
        ("insurer paid $1,500, the necklace was worth 6k", 6000),  # US
        ("they only paid $1,500 for my $6,000 ring", 6000),  # US: as before
    ],
)
def test_a_decline_storys_rule_or_payment_is_not_the_pieces_value(text: str, value: float) -> None:
    assert story_facts(UserMessage(text, "decline", ()), None, None).get("item_value") == value
