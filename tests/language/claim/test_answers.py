"""Reading the claim intake's answers: dates, contacts, documents, corrections."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import read_claim_answers
from bot.language.claim.claim_type import claim_type_from_text
from bot.language.claim.documents import documents_from_text
from bot.language.contact import clean_name, mask_email
from bot.language.dates import read_loss_date

TODAY = date(2026, 11, 21)  # a Saturday


def read(
    text: str, requested: str | None, intent: str = "inform", known: dict[str, Any] | None = None
) -> Any:
    return read_claim_answers(UserMessage(text, intent), requested, known or {}, TODAY)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("last Friday", "2026-11-13"),  # said on a Saturday: the Friday a week before yesterday
        ("Friday", "2026-11-20"),
        ("yesterday evening", "2026-11-20"),
        ("today", "2026-11-21"),
        ("on 3 March", "2026-03-03"),
        ("3 December", "2025-12-03"),  # a day-month still ahead this year means last year
        ("about two weeks ago", "2026-11-07"),
        ("3 days ago", "2026-11-18"),
        ("a month ago", "2026-10-21"),
        ("2026-10-30", "2026-10-30"),
        ("09/14/2025", "2025-09-14"),
        ("it happened on the 14th", "2026-11-14"),
    ],
)
def test_loss_dates(text: str, iso: str) -> None:
    reading = read_loss_date(text, TODAY)
    assert reading.value is not None and reading.value.isoformat() == iso


@pytest.mark.parametrize(
    ("text", "problem"), [("tomorrow", "future"), ("2027-01-05", "future"), ("no idea", "missing")]
)
def test_unusable_dates(text: str, problem: str) -> None:
    assert read_loss_date(text, TODAY).problem == problem


def test_future_date_gets_a_clear_reask() -> None:
    reading = read("next Tuesday? no, tomorrow", "loss_date")
    assert "loss_date" not in reading.slots and "future" in reading.problem


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        ("my ring was stolen", "theft"),
        ("we were burgled", "theft"),
        ("I lost an earring", "lost"),
        ("my bracelet is missing", "lost"),
        ("the watch crystal cracked", "damage"),
        ("a stone fell out of my ring", "damage"),
        ("hello", None),
    ],
)
def test_claim_type(text: str, claim_type: str | None) -> None:
    assert claim_type_from_text(text) == claim_type


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        ("the receipt and some photos", ["receipt", "photo"]),
        ("a valuation from 2021 and the GIA certificate", ["valuation", "grading_report"]),
        ("bank statement", ["bank_statement"]),
        ("only a picture of me wearing it", ["photo"]),
        ("none", []),
        ("hmm", None),
    ],
)
def test_documents(text: str, documents: list[str] | None) -> None:
    assert documents_from_text(text) == documents


@pytest.mark.parametrize(
    ("requested", "text", "slot", "value"),
    [
        ("claimant_email", "ana.ruiz@example.com", "claimant_email", "ana.ruiz@example.com"),
        ("claimant_email", "my email is tom.w@mailbox.co.nz", "claimant_email", "tom.w@mailbox.co.nz"),
        ("claimant_phone", "+64 21 555 0199", "claimant_phone", "+64 21 555 0199"),
        ("claimant_phone", "(555) 010-2233", "claimant_phone", "(555) 010-2233"),
        ("claimant_name", "my name is tom whitfield", "claimant_name", "Tom Whitfield"),
        ("police_report_number", "the report number is 2611-4471", "police_report_number", "2611-4471"),
        (
            "police_report_number",
            "not reported yet, it was lost",
            "police_report_number",
            "none: not reported yet, it was lost",
        ),
        (
            "loss_description",
            "I took it off at a restaurant and forgot it",
            "loss_description",
            "I took it off at a restaurant and forgot it",
        ),
    ],
)
def test_answers(requested: str, text: str, slot: str, value: object) -> None:
    assert read(text, requested).slots[slot] == value


@pytest.mark.parametrize(
    ("requested", "text"),
    [
        ("claimant_email", "ana@example"),
        ("claimant_email", "ana.example.com"),
        ("claimant_phone", "12"),
        ("claimant_phone", "call me"),
    ],
)
def test_bad_contacts_are_reasked_with_an_example(requested: str, text: str) -> None:
    reading = read(text, requested)
    assert requested not in reading.slots
    assert "example" in reading.problem


def test_first_message_fills_several_answers() -> None:
    message = UserMessage(
        "my $4,000 ring was stolen",
        "report_claim",
        ({"entity": "amount", "value": 4000.0}, {"entity": "item_type", "value": "ring"}),
    )
    reading = read_claim_answers(message, None, {}, TODAY)
    assert reading.slots == {"claim_type": "theft", "item_type": "ring", "item_value": 4000.0}


def test_summary_yes_confirms() -> None:
    assert read("yes, send it", "claim_confirmed", "affirm").slots == {"claim_confirmed": True}


@pytest.mark.parametrize(
    ("text", "slot", "value"),
    [
        ("the date was actually 3 March", "loss_date", "2026-03-03"),
        ("change my email to ana@example.org", "claimant_email", "ana@example.org"),
        ("sorry, the phone is +64 21 555 0100", "claimant_phone", "+64 21 555 0100"),
        ("it wasn't specified", "was_specified", False),
    ],
)
def test_corrections_at_the_summary(text: str, slot: str, value: object) -> None:
    known = {
        "loss_date": "2026-11-14",
        "claimant_email": "a@example.com",
        "claimant_phone": "+1 555 000 0000",
        "was_specified": True,
    }
    reading = read(text, "claim_confirmed", known=known)
    # A change is not a confirmation: the summary is shown again.
    assert reading.slots == {slot: value, "claim_confirmed": False}
    assert reading.notes


def test_unclear_correction_is_explained() -> None:
    reading = read("hmm not quite", "claim_confirmed", "deny")
    assert reading.slots == {} and "what to change" in reading.problem


def test_person_and_restart_are_never_answers() -> None:
    assert read("talk to a person", "loss_description", "human_handoff").slots == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [("Ana Ruiz", "Ana Ruiz"), ("I'm priya sharma", "Priya Sharma"), ("<script>", None), ("12345", None)],
)
def test_names(text: str, name: str | None) -> None:
    assert clean_name(text) == name


def test_emails_are_masked_for_logs() -> None:
    assert mask_email("ana.ruiz@example.com") == "a***@example.com"


def test_a_report_number_is_not_a_new_value() -> None:
    message = UserMessage(
        "the report number is 2611-4471", "inform", ({"entity": "amount", "value": 2611.0},)
    )
    reading = read_claim_answers(message, "police_report_number", {"item_value": 9000.0}, TODAY)
    assert reading.slots == {"police_report_number": "2611-4471"}


@pytest.mark.parametrize(
    ("text", "region", "iso"),
    [
        ("5/11", "NZ", "2026-11-05"),  # the person's region orders the numbers
        ("5/11", "US", "2026-05-11"),
        ("it was on 3/10", "NZ", "2026-10-03"),
    ],
)
def test_a_numeric_date_is_read_in_the_persons_region(text: str, region: str, iso: str) -> None:
    reading = read(text, "loss_date", known={"region": region})
    assert reading.slots.get("loss_date") == iso


@pytest.mark.parametrize(
    ("text", "slot", "value"),
    [
        ("thanksgiving evening", "loss_date", "2025-11-27"),
        ("thanks to my cat, it went on the 3rd", "loss_date", "2026-11-03"),
        ("$2,000 thanks", "item_value", 2000.0),
    ],
)
def test_an_answer_filed_as_a_goodbye_is_read(text: str, slot: str, value: object) -> None:
    assert read(text, slot, intent="goodbye").slots.get(slot) == value


@pytest.mark.parametrize(("text", "slot"), [("thanks, bye", "loss_date"), ("ok bye then", "item_value")])
def test_a_goodbye_is_no_answer(text: str, slot: str) -> None:
    assert read(text, slot, intent="goodbye").slots == {}


@pytest.mark.parametrize(
    ("text", "requested", "known", "expected"),
    [
        # The answer in one sentence, a correction of another fact in the next.
        (
            "last tuesday. oh and it's a bangle actually, not a ring",
            "loss_date",
            {"item_type": "ring"},
            {"loss_date": "2026-11-17", "item_type": "bracelet"},
        ),
        (
            "yes. sorry, it's a watch not a bracelet",
            "was_specified",
            {"item_type": "bracelet"},
            {"was_specified": True, "item_type": "watch"},
        ),
    ],
)
def test_an_answer_beside_a_correction_is_read(
    text: str, requested: str, known: dict[str, Any], expected: dict[str, Any]
) -> None:
    slots = read(text, requested, known=known).slots
    assert {k: slots.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$3,100, sorry no, $3,600", 3600.0),
        ("it was 2k. wait, actually 2.5k", 2500.0),
        ("around $900... oops I mean $1,900", 1900.0),
        ("$7,000 not $7,500", 7000.0),
    ],
)
def test_a_value_corrected_inside_its_answer(text: str, value: float) -> None:
    from bot.language.facts import read_message

    entities = tuple({"entity": m.entity, "value": m.value} for m in read_message(text))
    reading = read_claim_answers(UserMessage(text, "inform", entities), "item_value", {}, TODAY)
    assert reading.slots.get("item_value") == value


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("I said ring before, they're earrings", "earrings"),
        ("I put necklace but it's really a pendant", "pendant"),
        ("a bracelet instead of the watch I wrote", "bracelet"),
    ],
)
def test_the_old_piece_a_correction_names_is_not_taken(text: str, item: str) -> None:
    assert read(text, "item_type").slots.get("item_type") == item


def test_a_date_corrected_at_a_later_question_names_the_earlier_answer() -> None:
    slots = read("ana@example.com. earlier I said the 12th, it was actually the 13th", "claimant_email").slots
    assert slots.get("loss_date") == "2026-11-13"
