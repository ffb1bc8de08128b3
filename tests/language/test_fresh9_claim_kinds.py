"""Kinds of wording behind the ninth blind set's claim failures, in wordings of our own."""

from datetime import date

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import read_claim_answers
from bot.language.claim.claim_type import claim_type_from_text
from bot.language.claim.contacts import phone_region
from bot.language.dates import read_loss_date
from bot.language.facts import currency_mentions, item_mentions, region_from_text
from bot.language.money import money_amounts, read_amount
from bot.language.stories import speaks_of_an_insurer, tells_it_happened

TODAY = date(2026, 11, 29)  # a Sunday


def _read(text: str, slot: str | None, known: dict | None = None, intent: str = "inform") -> dict:
    return dict(read_claim_answers(UserMessage(text, intent, ()), slot, known or {}, TODAY).slots)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Saturday 11/21", date(2026, 11, 21)),
        ("it was Friday 11/20 in the evening", date(2026, 11, 20)),
        ("Tuesday 10/6 I think", date(2026, 10, 6)),
        ("sun 11/1, after church", date(2026, 11, 1)),
    ],
)
def test_a_weekday_before_a_numeric_date_is_that_date(text: str, expected: date) -> None:
    assert read_loss_date(text, TODAY, "US").value == expected


def test_a_weekday_with_the_day_of_the_month_still_reads() -> None:
    assert read_loss_date("Saturday the 21st", TODAY).value == date(2026, 11, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sorry, I put 10/11 but it was the Thursday, so the 12th of November", "2026-11-12"),
        ("wait, it was actually the Monday, the 2nd of November", "2026-11-02"),
        ("oops, it was Wednesday, 4 November", "2026-11-04"),
    ],
)
def test_a_corrected_weekday_with_the_full_date_after_it_takes_the_date(text: str, expected: str) -> None:
    known = {"claim_type": "theft", "item_type": "watch", "item_value": 900.0, "loss_date": "2026-11-10"}
    assert _read(text, "proof_documents", known).get("loss_date") == expected


def test_a_corrected_weekday_alone_is_the_last_such_day() -> None:
    known = {"claim_type": "theft", "item_type": "watch", "item_value": 900.0, "loss_date": "2026-11-24"}
    assert (
        _read("sorry, it was the Friday actually", "proof_documents", known).get("loss_date") == "2026-11-27"
    )


@pytest.mark.parametrize(
    ("text", "known_listed", "expected"),
    [
        ("actually I looked at the paperwork again and it isn't scheduled", True, False),
        ("sorry, turns out it's not on the schedule after all, just under the house cover", True, False),
        ("oh actually it is specified, my wife added it back in 2022", False, True),
        ("correction, we did have it listed on the policy, since 2020", False, True),
    ],
)
def test_a_listing_corrected_at_a_later_question(text: str, known_listed: bool, expected: bool) -> None:
    known = {"claim_type": "lost", "item_type": "ring", "item_value": 5000.0, "was_specified": known_listed}
    assert _read(text, "search_done", known).get("was_specified") is expected


def test_a_document_answer_naming_the_listing_changes_nothing_of_it() -> None:
    known = {"claim_type": "lost", "item_type": "ring", "item_value": 5000.0, "was_specified": False}
    assert "was_specified" not in _read("the appraisal, which says it's scheduled", "proof_documents", known)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14k, size 11, it was 1,800 bucks", 1800.0),
        ("18k, size M, paid $950", 950.0),
        ("9k / yellow, about $400", 400.0),
        ("10k band, cost 700 dollars", 700.0),
    ],
)
def test_a_karat_among_the_pieces_description_is_no_price(text: str, expected: float) -> None:
    amount = read_amount(text)
    assert amount is not None and amount.value == expected
    assert [a.value for a in money_amounts(text)] == [expected]


@pytest.mark.parametrize("text", ["it was 14k", "about 18k", "worth 14k, size 7", "14k"])
def test_a_karat_sized_figure_said_as_money_stays_money(text: str) -> None:
    amount = read_amount(text)
    assert amount is not None and amount.value >= 14000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("knocked my bracelet on the car door the weekend just gone and the clasp snapped", "damage"),
        ("Thursday just gone I dropped my watch and the glass cracked", "damage"),
        ("Saturday gone the chain broke while I was gardening", "damage"),
        ("my ring slipped off at the beach on Sunday just gone and I can't find it", "lost"),
        ("it's just gone, no idea where", "lost"),
    ],
)
def test_a_time_just_gone_is_no_piece_gone(text: str, expected: str) -> None:
    assert claim_type_from_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "my engagement ring has lost its centre stone",
        "the pendant lost one of its diamonds",
        "my ring's lost a sapphire",
        "the bracelet just lost a pearl",
    ],
)
def test_a_piece_that_lost_a_stone_is_damaged(text: str) -> None:
    assert claim_type_from_text(text) == "damage"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my gold pendant necklace was taken", "necklace"),
        ("a silver locket necklace", "necklace"),
        ("the diamond pendant on a chain", "pendant"),
        ("a solitaire pendant", "pendant"),
    ],
)
def test_a_pendant_necklace_is_the_necklace(text: str, expected: str) -> None:
    assert item_mentions(text)[0].value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the chain's still around my neck but the locket has gone", "pendant"),
        ("my watch is fine but the bracelet I wore with it was stolen", "bracelet"),
        ("my earrings are still in the box, the ring is missing", "ring"),
        ("my ring and my earrings were both taken", "ring"),
    ],
)
def test_a_piece_said_to_be_still_there_is_not_the_claim(text: str, expected: str) -> None:
    assert _read(text, None, intent="report_claim").get("item_type") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("someone pinched my TAG at the gym", "watch"),
        ("my IWC was taken", "watch"),
        ("lost my Bulova", "watch"),
    ],
)
def test_a_watch_brand_names_a_watch(text: str, expected: str) -> None:
    assert [m.value for m in item_mentions(text)] == [expected]


def test_a_tag_in_small_letters_is_no_watch() -> None:
    assert item_mentions("the price tag said 3k") == []


@pytest.mark.parametrize(
    ("phone", "expected"),
    [
        ("021 555 0199", "NZ"),
        ("0274409921", "NZ"),
        ("09 555 0123", "NZ"),
        ("+64 21 555 0199", "NZ"),
        ("(208) 555-0143", None),
        ("2085550143", None),
        ("+1 208 555 0143", "US"),
    ],
)
def test_a_phone_in_new_zealands_form_tells_the_region(phone: str, expected: str | None) -> None:
    assert phone_region(phone) == expected


def test_a_new_zealand_phone_makes_the_dollars_new_zealands() -> None:
    known = {"claim_type": "lost", "item_type": "ring", "item_value": 900.0, "currency": "USD"}
    assert _read("027 440 9921", "claimant_phone", known).get("currency") == "NZD"
    assert "currency" not in _read("(208) 555-0143", "claimant_phone", known)


@pytest.mark.parametrize(
    "text",
    [
        "I lost a jandal and my anklet at the beach",
        "paid on the Kiwibank debit card",
        "stolen on Guy Fawkes night",
        "one of my flatmates' friends took it",
        "it happened over Labour weekend",
    ],
)
def test_words_only_new_zealand_uses_tell_the_region(text: str) -> None:
    assert region_from_text(text) == "NZ"
    assert [m.value for m in currency_mentions(text)] == ["NZD"]


def test_labour_day_read_in_new_zealand_words_is_new_zealands() -> None:
    slots = _read("I left my ring in my jandal on Labour Day and it was gone", None, intent="report_claim")
    assert slots.get("loss_date") == "2026-10-26"


@pytest.mark.parametrize(
    "text",
    [
        "my bangle's all bent",
        "the ring went down the garbage disposal",
        "my earring slipped down the drain",
        "the watch face is completely smashed",
    ],
)
def test_what_happened_said_strongly_is_an_event(text: str) -> None:
    assert tells_it_happened(text)


@pytest.mark.parametrize(
    "text",
    [
        "the stone fell out of my ring, is that something I can claim?",
        "my bracelet snapped, anything we could claim for?",
    ],
)
def test_asking_whether_one_can_claim_speaks_of_no_insurer(text: str) -> None:
    assert not speaks_of_an_insurer(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("receipt and the protection plan paperwork", ["receipt", "care_plan_brochure"]),
        ("the service plan certificate and a few photos", ["photo", "care_plan_brochure"]),
        ("just the repair plan card", ["care_plan_brochure"]),
    ],
)
def test_a_plans_papers_are_the_care_plan_brochure(text: str, expected: list[str]) -> None:
    known = {"claim_type": "damage", "item_type": "ring", "item_value": 900.0}
    assert sorted(_read(text, "proof_documents", known).get("proof_documents") or []) == sorted(expected)
