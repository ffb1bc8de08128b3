"""Claim facts from the kinds of wording blind sets 3 and 4 showed (session 7): dates
named by holidays, counted in weeks or corrected with "not", a valuation's age that is
no loss date, a listing made after the loss, people let in, pieces left in a car or a
changing room (the flags they raise: tests/rules/test_claim_flags_session7.py). Every
sentence here is written for the test."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import read_claim_answers
from bot.language.claim.claim_type import claim_type_from_text
from bot.language.claim.documents import documents_from_text
from bot.language.claim.listing import listing_said
from bot.language.dates import read_loss_date
from bot.language.facts import read_message

TODAY = date(2026, 11, 29)  # a Sunday


def answer(text: str, asked: str | None, known: dict[str, Any] | None = None) -> dict[str, Any]:
    entities = tuple(
        {"entity": m.entity, "value": m.value, "start": m.start, "end": m.end} for m in read_message(text)
    )
    intent = "report_claim" if asked is None else "inform"
    return read_claim_answers(UserMessage(text, intent, entities), asked, known or {}, TODAY).slots


@pytest.mark.parametrize(
    ("text", "region", "iso"),
    [
        ("they got in on the Sunday of labour weekend", "NZ", "2026-10-25"),
        ("sometime over Labour weekend at the bach", "NZ", "2026-10-24"),
        ("it went missing on labour day", "NZ", "2026-10-26"),
        ("the Monday, Labour Day", "NZ", "2026-10-26"),
        ("we were away for Labor Day", "US", "2026-09-07"),
        ("on Easter Monday", "NZ", "2026-04-06"),
        ("good friday, at the market", "NZ", "2026-04-03"),
        ("the saturday of memorial day weekend", "US", "2026-05-23"),
        ("on mother's day", "US", "2026-05-10"),
        ("the day after Thanksgiving", "US", "2026-11-27"),
        ("the night before Christmas Eve last year", "US", "2025-12-23"),
    ],
)
def test_holidays_name_their_day(text: str, region: str, iso: str) -> None:
    assert str(read_loss_date(text, TODAY, region).value) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("a week ago Wednesday", "2026-11-18"),
        ("two weeks ago on the Thursday", "2026-11-12"),
        ("a fortnight ago, the Saturday", "2026-11-14"),
        ("the Monday before last", "2026-11-16"),
        ("Thursday before last, in the evening", "2026-11-19"),
        ("three Fridays ago", "2026-11-13"),
        ("14/11, a Saturday", "2026-11-14"),
        ("it was 5/11 - the Thursday", "2026-11-05"),
    ],
)
def test_weekdays_counted_back_or_beside_a_date(text: str, iso: str) -> None:
    assert str(read_loss_date(text, TODAY, "NZ").value) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("the 16th not the 17th", "2026-11-16"),
        ("not the 17th, the 16th", "2026-11-16"),
        ("Thursday the 19th, not Friday", "2026-11-19"),
        ("it was yesterday, not on Friday", "2026-11-28"),
        ("not Saturday, it was the Friday", "2026-11-27"),
    ],
)
def test_the_date_after_not_is_taken_back(text: str, iso: str) -> None:
    assert str(read_loss_date(text, TODAY, "US").value) == iso


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("wait, hang on, it happened on Tuesday the 24th not the 25th", "police_report_number"),
        ("oops, my mistake - it was the 24th, not the 26th", "claimant_name"),
        ("sorry, got the date wrong: Tuesday the 24th, not yesterday", "claimant_phone"),
        ("actually it was 24/11, the Tuesday", "proof_documents"),
    ],
)
def test_a_date_corrected_at_a_later_question(text: str, asked: str) -> None:
    slots = answer(text, asked, {"claim_type": "theft", "loss_date": "2026-11-26", "currency": "NZD"})
    assert slots.get("loss_date") == "2026-11-24"
    assert asked not in slots  # the question asked is asked again, not answered by it


@pytest.mark.parametrize(
    "text",
    [
        "it was appraised at $2,800 three years ago",
        "valued at 4,500 a couple of years back",
        "the valuation said $6,000 back in March",
        "we paid $1,900 for them two years ago",
    ],
)
def test_a_valuation_or_purchase_date_is_no_loss_date(text: str) -> None:
    slots = answer(text, "item_value", {"claim_type": "lost", "item_type": "ring"})
    assert slots.get("item_value") is not None
    assert "loss_date" not in slots


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("I last wore it on Thursday and noticed it was gone on Saturday", "2026-11-28"),
        ("realised it was missing on the 22nd; last saw it on the 19th", "2026-11-22"),
        ("discovered it gone Tuesday morning, last had it on at the weekend", "2026-11-24"),
    ],
)
def test_the_day_it_was_found_missing_is_the_loss_date(text: str, iso: str) -> None:
    assert answer(text, "loss_date", {"claim_type": "lost"}).get("loss_date") == iso


def test_the_value_named_at_the_phone_question_is_a_correction() -> None:
    slots = answer("oh and the value should be 2,450 not 2,540", "claimant_phone", {"item_value": 2540.0})
    assert slots.get("item_value") == 2450.0
    assert "claimant_phone" not in slots


@pytest.mark.parametrize(
    "text",
    [
        "it wasn't on anything before, I phoned AMI the following day and got it specified",
        "Called State Farm that evening and had it scheduled, the day after it went missing",
        "no, it was put on after the burglary",
        "I've since added it to our home insurance",
        "we have now listed it, but it wasn't listed at the time",
        "my wife rang Tower on the Tuesday and they added it to the policy",
        "not before, we had it added later that week",
    ],
)
def test_a_listing_made_after_the_loss(text: str) -> None:
    assert listing_said(text) == {"was_specified": False, "listed_after_loss": True}


@pytest.mark.parametrize(
    "text",
    [
        "yes, it went on our policy when we bought it",
        "yes, specified since 2019",
        "it's been scheduled on the homeowners for years",
        "yes, I rang them when I purchased it and had it listed",
    ],
)
def test_a_listing_made_before_stays_a_yes(text: str) -> None:
    assert listing_said(text) == {"was_specified": True}


@pytest.mark.parametrize(
    "text",
    [
        "I reckon the cleaning lady took my diamond studs",
        "our housekeeper took my tennis bracelet, I'm sure of it",
        "after our housewarming my gold chain was gone from the vanity, I'd taken it off before people came",
        "had the whole family over for a BBQ and my ring wasn't there when they left",
    ],
)
def test_gone_while_people_were_in_is_a_theft(text: str) -> None:
    assert claim_type_from_text(text) == "theft"


@pytest.mark.parametrize(
    "text",
    [
        "I took my ring off at the barbecue and lost it in the grass",
        "it slipped off at the dinner party and it's gone",
    ],
)
def test_the_owner_losing_it_at_a_gathering_is_a_loss(text: str) -> None:
    assert claim_type_from_text(text) == "lost"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("photographs from the wedding and the receipt", {"photo", "receipt"}),
        ("it was photographed when it was valued", {"photo", "valuation"}),
    ],
)
def test_photographs_are_photos(text: str, codes: set[str]) -> None:
    assert set(documents_from_text(text) or []) == codes


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I must have lost it, I don't think it was stolen", "lost"),
        ("probably lost. I don't believe anyone took it from the house", "lost"),
        ("I doubt it was stolen, most likely it fell off on the walk", "lost"),
        ("I don't think I dropped it, somebody stole it from my locker", "theft"),
        ("it was stolen, not lost", "theft"),
    ],
)
def test_stolen_and_lost_in_one_message(text: str, kind: str) -> None:
    assert claim_type_from_text(text) == kind


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("my bracelet is missing, I last wore it on Wednesday", None),
        ("I last saw my earrings on the 20th and now they're gone", None),
        ("last had my watch on Friday, noticed it was gone yesterday, it's lost", "2026-11-28"),
    ],
)
def test_a_last_sighting_in_passing_is_no_loss_date(text: str, iso: str | None) -> None:
    assert answer(text, None).get("loss_date") == iso


@pytest.mark.parametrize(
    "text",
    [
        "my scheduled diamond ring was stolen yesterday",
        "I paid for lunch and then my bracelet was snatched yesterday",
    ],
)
def test_a_listing_or_payment_word_keeps_the_loss_date_beside_it(text: str) -> None:
    assert answer(text, None).get("loss_date") == "2026-11-28"


@pytest.mark.parametrize(
    "text",
    [
        "yes it's on there now, I rang my broker on the 4th to add it and only then noticed it was missing",
        "they're on it now, but only since the week after",
        "I phoned the insurer the following Monday to add it, which was after the break-in",
        "I called my agent to list it the day after we got home",
    ],
)
def test_a_listing_asked_for_after_the_loss_at_the_listing_question(text: str) -> None:
    slots = answer(text, "was_specified", {"claim_type": "theft"})
    assert slots.get("was_specified") is False
    assert slots.get("listed_after_loss") is True


@pytest.mark.parametrize(
    "text",
    [
        "$4,800 from Michael Hill three years ago",
        "2,100 at Pandora last year",
        "NZ$950 from a market stall in Rotorua back in March",
        "about $3k from the Partridge store on Queen St two Christmases ago",
    ],
)
def test_a_price_and_its_shop_date_the_purchase_not_the_loss(text: str) -> None:
    slots = answer(text, "item_value", {"claim_type": "theft", "item_type": "watch"})
    assert "loss_date" not in slots
    assert slots.get("item_value")


def test_a_date_after_the_value_that_is_not_a_shop_is_still_the_loss() -> None:
    slots = answer("$4,800, it was taken last Friday", "item_value", {"claim_type": "theft"})
    assert slots.get("loss_date") == "2026-11-27"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("do you need the original receipt? it was my mother's, I have no idea where she bought it", None),
        ("is a photo enough? I can't find anything else", None),
        ("would a bank statement do? I have photos and the valuation", ["photo", "valuation"]),
        ("what if I don't have the receipt?", None),
    ],
)
def test_a_document_asked_about_is_not_one_offered(text: str, codes: list[str] | None) -> None:
    slots = answer(text, "proof_documents", {"claim_type": "theft"})
    got = slots.get("proof_documents")
    assert (sorted(got) if got is not None else None) == (sorted(codes) if codes is not None else None)


@pytest.mark.parametrize(
    "text",
    [
        "yes, with the fixed email",
        "yep, now the date is right",
        "correct with the new phone number",
        "ok as amended",
        "yes that's good now that the value is fixed",
    ],
)
def test_a_yes_to_the_summary_as_changed_submits(text: str) -> None:
    known = {"claim_type": "theft", "claimant_email": "ana@example.com", "item_value": 1900.0}
    slots = answer(text, "claim_confirmed", known)
    assert slots.get("claim_confirmed") is True
