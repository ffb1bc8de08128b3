"""Kinds of wording behind the claim failures of the answer bank tune6 and fresh15 (dates,
the listing, the kind of claim, names), in wordings of our own (US and NZ), with the
wordings that must not be read that way."""

from datetime import date

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import read_claim_answers
from bot.language.claim.claim_type import claim_type_from_text, tells_of_a_claim
from bot.language.claim.documents import documents_from_text
from bot.language.contact import clean_name
from bot.language.dates import read_loss_date
from bot.language.stories import subjects_named
from bot.rules.faq import fits_the_question, load_faq_knowledge

TODAY = date(2026, 11, 29)  # a Sunday


def _read(text: str, slot: str | None, known: dict | None = None, intent: str = "inform"):
    return read_claim_answers(UserMessage(text, intent, ()), slot, known or {"region": "US"}, TODAY)


# --- 1. A day named by its event: the Cup, the Super Bowl, Lent, Lunar New Year -------


@pytest.mark.parametrize(
    ("text", "region", "iso"),
    [
        ("the day of the melbourne cup, I'd been at the pub watching the race", "NZ", "2026-11-03"),
        ("Melbourne Cup arvo at the office, the sweep was on", "NZ", "2026-11-03"),
        ("super bowl sunday, we had people over for the game", "US", "2026-02-08"),
        ("Mardi Gras, down in the quarter with friends", "US", "2026-02-17"),
        ("Fat Tuesday this year", "US", "2026-02-17"),
        ("pancake day, making pancakes with the kids", "NZ", "2026-02-17"),
        ("ash wednesday, I took it off at church", "US", "2026-02-18"),
        ("Palm Sunday, after the service", "US", "2026-03-29"),
        ("chinese new year, at the family dinner in Botany", "NZ", "2026-02-17"),
        ("lunar new year, at my aunt's", "US", "2026-02-17"),
        ("Auckland Anniversary, the regatta day", "NZ", "2026-01-26"),
        ("Wellington anniversary day, we were at the beach", "NZ", "2026-01-19"),
        # Father's Day: September's first Sunday in New Zealand, June's third in the US.
        ("Father's Day, at the barbecue", "NZ", "2026-09-06"),
        ("father's day, at the barbecue", "US", "2026-06-21"),
    ],
)
def test_a_day_named_by_its_event_is_its_date(text: str, region: str, iso: str) -> None:
    reading = read_loss_date(text, TODAY, region)
    assert reading.value is not None and reading.value.isoformat() == iso


@pytest.mark.parametrize(
    "text",
    [
        "we were at the cup final",
        "watching the bowls at the club",
        "my dad's watch, it was a gift",
        "at the new year sale",
    ],
)
def test_no_event_day_without_its_name(text: str) -> None:
    assert read_loss_date(text, TODAY, "NZ").value is None


# --- 2. The day it was noticed, when the day it happened is not known ----------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("no idea when it went, I realised on Friday night going to put it on", "2026-11-27"),
        ("can't say exactly when, discovered it missing yesterday arvo", "2026-11-28"),
        ("not too sure when, only noticed this morning the box was empty", "2026-11-29"),
        ("didn't notice till Thursday that it was missing, hadn't worn it in weeks", "2026-11-26"),
        ("dunno exactly, I first noticed on the 20th", "2026-11-20"),
        ("unsure of the exact day, I spotted it was gone on Wednesday", "2026-11-25"),
    ],
)
def test_the_day_noticed_stands_for_an_unknown_day_said_back(text: str, iso: str) -> None:
    reading = read_loss_date(text, TODAY, "NZ")
    assert reading.value is not None and reading.value.isoformat() == iso
    assert reading.approximate and reading.note and "noticed" in reading.note


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("I noticed it was gone yesterday", "2026-11-28"),
        ("it came off Friday at the beach, noticed straight away", "2026-11-27"),
        ("realised on Tuesday night it was missing", "2026-11-24"),
    ],
)
def test_a_day_noticed_without_doubt_is_the_day(text: str, iso: str) -> None:
    reading = read_loss_date(text, TODAY, "US")
    assert reading.value is not None and reading.value.isoformat() == iso
    assert not reading.approximate


def test_the_day_noticed_is_said_back_at_the_date_question() -> None:
    reading = _read("no clue when exactly, I only realised it was missing on Saturday", "loss_date")
    assert reading.slots["loss_date"] == "2026-11-28"
    assert "loss_date" in reading.slots["assumed_answers"] and reading.notes


# --- 3. Either of two days of a holiday weekend ---------------------------------------


@pytest.mark.parametrize(
    ("text", "region", "iso"),
    [
        ("labour weekend, saturday or sunday, can't remember which", "NZ", "2026-10-24"),
        ("Memorial Day weekend, the Sunday or the Monday", "US", "2026-05-24"),
        ("Labor Day weekend, either Saturday or Sunday at the lake", "US", "2026-09-05"),
        ("Thanksgiving weekend, friday or saturday", "US", "2026-11-27"),
    ],
)
def test_either_day_of_a_holiday_weekend_is_approximate(text: str, region: str, iso: str) -> None:
    reading = read_loss_date(text, TODAY, region)
    assert reading.value is not None and reading.value.isoformat() == iso
    assert reading.approximate and reading.note


@pytest.mark.parametrize(
    ("text", "region", "iso"),
    [
        ("labour weekend, the saturday", "NZ", "2026-10-24"),
        ("Labor Day weekend, on the Sunday", "US", "2026-09-06"),
    ],
)
def test_one_day_of_a_holiday_weekend_named_is_exact(text: str, region: str, iso: str) -> None:
    reading = read_loss_date(text, TODAY, region)
    assert reading.value is not None and reading.value.isoformat() == iso and not reading.approximate


# --- 4. A weekday counted back in weeks is said back with its weekday ----------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Thursday a fortnight ago", "2026-11-12"),
        ("a week ago Wednesday", "2026-11-18"),
        ("two weeks ago on the Friday", "2026-11-13"),
    ],
)
def test_a_weekday_counted_back_in_weeks_is_said_back(text: str, iso: str) -> None:
    reading = read_loss_date(text, TODAY, "NZ")
    assert reading.value is not None and reading.value.isoformat() == iso
    assert reading.note and reading.value.strftime("%A") in reading.note


@pytest.mark.parametrize("text", ["two saturdays ago", "3 weeks ago", "last Tuesday"])
def test_no_weekday_say_back_without_a_weekday_counted_in_weeks(text: str) -> None:
    assert read_loss_date(text, TODAY, "US").note is None


# --- 5. A question about the word "specified" is no answer ---------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what does itemised mean", "faq"),
        ("whats scheduled", "inform"),
        ("what's a floater, is that the same thing", "faq"),
        ("what do you mean specified", "inform"),
        ("explain listed by name", "inform"),
    ],
)
def test_a_question_about_the_listing_word_stores_nothing(text: str, intent: str) -> None:
    assert "was_specified" not in _read(text, "was_specified", intent=intent).slots


@pytest.mark.parametrize(
    ("text", "value"),
    [("yes it's specified", True), ("it's on a rider", True), ("no, not scheduled", False)],
)
def test_a_plain_listing_answer_is_still_read(text: str, value: bool) -> None:
    assert _read(text, "was_specified").slots["was_specified"] is value


# --- 6. Nothing listed, said without a "no" ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "just the standard homeowners, nothing scheduled",
        "we only have contents cover, none of my jewellery is specified",
        "nothing's itemised, it's all lumped in",
        "only got a basic renters policy",
        "no rings are listed on our policy",
        "there's nothing on a schedule",
    ],
)
def test_nothing_listed_is_not_listed(text: str) -> None:
    assert _read(text, "was_specified").slots["was_specified"] is False


@pytest.mark.parametrize(
    "text",
    [
        "we only have homeowners, but this ring is on a rider",
        "yes it's scheduled, nothing else of mine is though",
        "only have renters and the watch is itemized on it",
    ],
)
def test_a_listing_beside_a_general_policy_is_listed(text: str) -> None:
    assert _read(text, "was_specified").slots["was_specified"] is True


# --- 7. Broke in pieces is damage, not a break-in ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my greenstone pendant hit the deck and broke in half",
        "the bangle slipped off and broke into four pieces on the tiles",
        "knocked my watch off the bench and the face broke into bits",
        "dropped the jade ring, it break in two piece",
        "the chain broke in two when it caught on my jumper",
        "my bracelet broke in 3",
    ],
)
def test_broken_in_pieces_is_damage(text: str) -> None:
    assert claim_type_from_text(text) == "damage"


@pytest.mark.parametrize(
    "text",
    [
        "someone broke in two nights ago and took my necklace",
        "they broke into the house while we were at work",
        "burglars broke in and cleaned out my jewellery box",
        "our flat got broken into on Saturday",
        "there was a break-in at the bach over the weekend",
    ],
)
def test_a_break_in_is_still_a_theft(text: str) -> None:
    assert claim_type_from_text(text) == "theft"


# --- 8. A near miss is no loss; "I suppose" is no worry ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the prongs on my ring are worn down and the stone is loose, I nearly lost it at the gym",
        "the clasp is broken, almost lost the bracelet on the bus",
        "a claw snapped and the diamond came loose, came close to losing it in the garden",
    ],
)
def test_a_near_miss_with_damage_is_damage(text: str) -> None:
    assert claim_type_from_text(text) == "damage"


def test_a_loss_beside_a_figure_of_speech_is_still_lost() -> None:
    assert claim_type_from_text("I lost my watch at the beach, nearly lost my mind") == "lost"


def test_i_suppose_is_no_worry_in_a_claim_told() -> None:
    assert tells_of_a_claim("my pendant was stolen from the car on Friday, I suppose the value is about $900")
    assert not tells_of_a_claim("suppose my pendant gets stolen from the car, am I covered")


# --- 9. A name with a middle initial stays whole -------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marcus T. Delgado", "Marcus T. Delgado"),
        ("it's Aroha M. Tipene", "Aroha M. Tipene"),
        ("Jane Q. Citizen, thanks", "Jane Q. Citizen"),
        ("K. J. Patel", "K. J. Patel"),
        # A short name, then the full one: the full one.
        ("Bec. Rebecca L. Turner if you need the whole thing", "Rebecca L. Turner"),
        ("Tom, Thomas Whiu", "Thomas Whiu"),
    ],
)
def test_a_name_with_an_initial_stays_whole(text: str, name: str) -> None:
    assert clean_name(text) == name


# --- 10. What a question is about, for answers kept for one subject ------------------


@pytest.mark.parametrize(
    "text",
    [
        "will the jeweller have to look at the cracked setting first?",
        "do they check if the prong wore down or snapped?",
        "how do they decide if it's damage or just wear",
        "will they pay to get it fixed",
    ],
)
def test_damage_named_in_a_question(text: str) -> None:
    assert subjects_named(text) == {"damage"}


@pytest.mark.parametrize(
    "text",
    [
        "will they say it was careless that I left it at the pool?",
        "is it on me if I took the ring off myself",
        "how long does the insurer take to pay",
    ],
)
def test_no_damage_named_in_a_question(text: str) -> None:
    assert subjects_named(text) == frozenset()
    assert subjects_named(text, "damage") == {"damage"}  # unless the claim is for damage


def test_an_answer_kept_for_damage_fits_only_a_question_about_it() -> None:
    knowledge = load_faq_knowledge()
    assert not fits_the_question(knowledge, "faq/damage_claim_inspection", frozenset())
    assert fits_the_question(knowledge, "faq/damage_claim_inspection", frozenset({"damage"}))
    assert fits_the_question(knowledge, "faq/unattended_or_luggage", frozenset())


# --- 11. The receipt in plain words ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        ("I kept the paper from the shop and a photo", {"receipt", "photo"}),
        ("just the docket", {"receipt"}),
        ("the slip they gave me at the jewelry store", {"receipt"}),
        ("got the sales slip somewhere", {"receipt"}),
        ("I have the paperwork from when we bought it", {"receipt"}),
        ("the bill from the jeweller's", {"receipt"}),
    ],
)
def test_the_receipt_in_plain_words(text: str, documents: set[str]) -> None:
    assert set(documents_from_text(text) or []) == documents


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        ("the valuation papers from the jeweller", {"valuation"}),
        ("some paper from the bank showing it", {"bank_statement"}),
        ("the care plan paperwork from the store", {"care_plan_brochure"}),
    ],
)
def test_other_papers_are_not_the_receipt(text: str, documents: set[str]) -> None:
    assert set(documents_from_text(text) or []) == documents
