"""Kinds of wording behind the eleventh blind set's claim and decline failures, in
wordings of our own (US and NZ), with the wordings that must not be read that way."""

from datetime import date

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import read_claim_answers
from bot.language.claim.claim_type import (
    cause_not_known,
    claim_type_from_text,
    claim_type_guessed,
    theft_inferred,
)
from bot.language.claim.listing import listing_said
from bot.language.dates import read_loss_date
from bot.language.decline_answers import reason_the_story_tells
from bot.language.questions_in_answers import asks_in_passing, without_questions
from bot.rules.claims import ClaimFacts, assess_claim, load_claim_knowledge

TODAY = date(2026, 11, 29)  # a Sunday
REASONS = {"reasonable_care", "invited_guest_theft", "storage_condition", "claim_limit"}


def _read(text: str, slot: str | None, known: dict | None = None, intent: str = "inform"):
    return read_claim_answers(UserMessage(text, intent, ()), slot, known or {}, TODAY)


# --- 1. A theft read from a suspicion of the people let in, or a locker left ---------


@pytest.mark.parametrize(
    "text",
    [
        "the renovation crew was in all week and now my bracelet is missing, I reckon one of the workers took it",
        "we had sparkies in on Thursday and my pendant's disappeared from the dresser, nobody else was here",
        "the chippy was in doing the deck and my ring vanished off the kitchen bench",
        "roofers were here Monday, since then my watch has been missing from the hall table",
        "our housekeeping lady comes Tuesdays and the earrings have gone missing, I think the housekeeper took them",
        "had a buyer round for the old fridge and afterwards my bracelet was missing from the bench",
    ],
)
def test_gone_while_people_were_let_in_is_a_theft_with_its_flag(text: str) -> None:
    assert claim_type_from_text(text) == "theft"
    facts = ClaimFacts(
        claim_type="theft",
        item_type="ring",
        item_value=1000.0,
        currency="USD",
        loss_description=text,
        was_specified=True,
        proof_documents=(),
    )
    flags = {f.code for f in assess_claim(facts, load_claim_knowledge())}
    assert "invited_guest_theft" in flags


@pytest.mark.parametrize(
    "text",
    [
        "put my watch in the gym locker before spin and it was gone when I came back",
        "left my bracelet in my beach bag while we swam, when we got back it wasn't there",
        "my necklace was in the glovebox, came back to the car after the movie and it was gone",
        "had my ring in the hotel room, by the time we got back from dinner it had vanished",
    ],
)
def test_gone_from_a_closed_place_while_away_is_a_theft_said_back(text: str) -> None:
    assert claim_type_from_text(text) == "theft"
    assert theft_inferred(text)
    reading = _read(text, None, intent="report_claim")
    assert reading.slots.get("claim_type") == "theft"
    assert any("theft" in note for note in reading.notes)


@pytest.mark.parametrize(
    "text",
    [
        # Fell out or lost: the owner lost it, wherever it was gone from.
        "it must have fallen out of my bag, when I got back to the car it was gone",
        "I think I lost it at the beach, when we got back to the car it was missing",
        # Gone from a pocket or a finger: no closed place left.
        "when I got back home my ring was gone from my finger",
        # No return told.
        "my ring is missing from my bag",
    ],
)
def test_gone_without_a_closed_place_left_is_no_theft(text: str) -> None:
    assert claim_type_from_text(text) != "theft"


@pytest.mark.parametrize(
    "text",
    [
        "my ring's walked, I reckon",
        "my earrings seem to have walked off",
        "pretty sure my watch grew legs at the party",
        "someone knocked off my necklace at the pub",
        "my chain got knocked off last week at the bus stop",
        "one of the movers walked off with my pendant",
        "it got nabbed out of my backpack",
    ],
)
def test_slang_for_stolen_is_a_theft(text: str) -> None:
    assert claim_type_from_text(text) == "theft"


@pytest.mark.parametrize(
    "text",
    [
        "I walked to the shops and my ring was gone when I got home",
        "we walked along the beach and it slipped off",
        "it got knocked off the bench and the stone chipped",
        "I knocked it off the sink and it went down the drain",
    ],
)
def test_words_like_the_slang_are_no_theft(text: str) -> None:
    assert claim_type_from_text(text) != "theft"


@pytest.mark.parametrize(
    "text",
    [
        "my bracelet's gone from the motel, no idea if the cleaners took it or I misplaced it",
        "not sure whether the tradie pinched it or I dropped it somewhere",
        "either someone at the bach took my ring or I lost it on the walk",
    ],
)
def test_theft_or_loss_left_open_is_asked(text: str) -> None:
    assert claim_type_guessed(text)
    assert "claim_type" not in _read(text, None, intent="report_claim").slots


def test_a_theft_stated_outright_is_not_a_guess() -> None:
    assert not claim_type_guessed("it was stolen from my car, maybe on Tuesday")
    assert not theft_inferred("someone stole my ring from the gym locker")


# --- 2. A question inside an answer is asked, not answered ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "one question, is it worth asking the mall for their cctv? would the video help",
        "quick question, does the insurer want the valuation certificate? should I scan it",
        "sorry, should I get the bank statement from ANZ first",
    ],
)
def test_a_question_mid_form_is_no_document_answer(text: str) -> None:
    assert asks_in_passing(text)
    reading = _read(text, "proof_documents", {"claim_type": "theft"})
    assert "proof_documents" not in reading.slots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("receipt and photos, should I email them now", ["receipt", "photo"]),
        ("the valuation, is that enough?", ["valuation"]),
        ("I've got video of it on my phone", ["video"]),
    ],
)
def test_an_answer_with_a_question_after_it_still_answers(text: str, expected: list[str]) -> None:
    assert _read(text, "proof_documents", {"claim_type": "theft"}).slots.get("proof_documents") == expected


def test_statements_are_not_questions() -> None:
    assert not asks_in_passing("I have the receipt and I can send it tonight")
    assert without_questions("photos. Do you need more?") == "photos."


# --- 3. Listed after the loss, meant to be listed, or taken off ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "I phoned State Farm and added it the morning after it was stolen",
        "rang AMI and specified it the day after it went missing",
        "called my agent and scheduled it after I noticed it was gone",
    ],
)
def test_listed_after_the_loss(text: str) -> None:
    assert _read(text, "was_specified", {"claim_type": "lost"}).slots == {
        "was_specified": False,
        "listed_after_loss": True,
    }


def test_a_listing_dated_after_the_loss_date_is_after_the_loss() -> None:
    known = {"claim_type": "lost", "loss_date": "2026-10-10"}
    slots = _read("yes, I added it to the policy last week", "was_specified", known).slots
    assert slots == {"was_specified": False, "listed_after_loss": True}
    said = listing_said("it went missing in September and I listed it on my contents yesterday", TODAY)
    assert said == {"was_specified": False, "listed_after_loss": True}


def test_a_listing_dated_before_the_loss_is_listed() -> None:
    known = {"claim_type": "lost", "loss_date": "2026-11-25"}
    assert _read("yes, I added it to the policy in March", "was_specified", known).slots == {
        "was_specified": True
    }


@pytest.mark.parametrize(
    "text",
    [
        "we were meaning to get it scheduled after the appraisal, never did",
        "I was planning to list it on the policy in the new year",
        "never got round to adding it, sorry",
        "it was on the schedule until we dropped it from the policy when the premium went up",
        "it used to be a rider but the rider lapsed in 2024",
        "we took it off the policy two years ago to save a bit",
    ],
)
def test_listing_meant_or_taken_off_is_not_listed(text: str) -> None:
    assert _read(text, "was_specified", {"claim_type": "lost"}).slots.get("was_specified") is False


def test_a_listing_kept_is_still_listed() -> None:
    assert _read("yes, it's scheduled on our homeowners", "was_specified", {}).slots == {
        "was_specified": True
    }


# --- 4. Dates: a stay's end, a correction in one answer, a date a year back ----------


@pytest.mark.parametrize(
    "text",
    [
        "we were staying at the lodge till sunday",
        "we were there until the 26th",
        "on holiday in Fiji through Friday",
    ],
)
def test_the_end_of_a_stay_is_no_loss_date(text: str) -> None:
    assert read_loss_date(text, TODAY).value is None


def test_a_stay_end_beside_the_loss_day_leaves_the_loss_day() -> None:
    assert read_loss_date("it went missing on tuesday, we stayed till friday", TODAY).value == date(
        2026, 11, 24
    )


def test_a_day_that_lasts_until_is_still_read_outside_a_stay() -> None:
    assert read_loss_date("friday the 27th", TODAY).value == date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 14th, no sorry, the 15th", date(2026, 11, 15)),
        ("Tuesday, nope, Wednesday", date(2026, 11, 25)),
        ("the 3rd, oops, the 4th of November", date(2026, 11, 4)),
    ],
)
def test_a_date_corrected_in_the_same_answer(text: str, expected: date) -> None:
    assert read_loss_date(text, TODAY).value == expected


@pytest.mark.parametrize("text", ["the 5th of December I think", "December 10", "12/3"])
def test_a_date_without_a_year_most_of_a_year_back_is_said_back(text: str) -> None:
    reading = read_loss_date(text, TODAY, "US")
    assert reading.value is not None and reading.note


@pytest.mark.parametrize("text", ["the 5th of November", "December 10 2025", "March 3"])
def test_a_recent_date_or_one_with_its_year_is_not_said_back(text: str) -> None:
    assert read_loss_date(text, TODAY, "US").note is None


# --- 5. Decline: a piece taken by someone let in -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "insurer declined it. a woman came to look at the pram I was selling on Trade Me and my ring was gone after",
        "claim denied. we had an open home and my watch was missing from the bedroom afterwards",
        "State Farm won't pay, a buyer from craigslist came in to see the dresser and my earrings were stolen",
    ],
)
def test_a_decline_story_of_someone_let_in_is_the_guest_exclusion(text: str) -> None:
    assert reason_the_story_tells(text, "reasonable_care", REASONS) == "invited_guest_theft"


@pytest.mark.parametrize(
    "text",
    [
        "claim declined, my ring was stolen from the gym locker",
        "they said I was careless for leaving it out when the painter was in and it got stolen",
        "denied, a buyer came round and I lost the ring somewhere that day",
    ],
)
def test_a_decline_story_of_care_stays_care(text: str) -> None:
    assert reason_the_story_tells(text, "reasonable_care", REASONS) == "reasonable_care"


@pytest.mark.parametrize(
    "text",
    [
        "the jeweller said the claws were thin and I never got round to fixing them",
        "I was going to get it cleaned next month",
    ],
)
def test_something_else_meant_says_nothing_of_the_listing(text: str) -> None:
    assert listing_said(text, TODAY) == {}


# --- The kind of claim when the person cannot tell -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "honestly no idea whether someone took it or it fell off",
        "I can't tell, it just isn't there anymore",
        "dunno, could be either",
    ],
)
def test_a_cause_not_known_is_told(text: str) -> None:
    assert cause_not_known(UserMessage(text, "inform", ()))
    # Asked again first; the form takes a loss only after the second ask.
    assert "claim_type" not in _read(text, "claim_type", {}).slots


@pytest.mark.parametrize("text", ["purple", "it was nicked out of my car", "the ring"])
def test_an_answer_or_noise_is_no_cause_not_known(text: str) -> None:
    assert not cause_not_known(UserMessage(text, "inform", ()))


def test_a_cause_told_at_the_question_is_taken() -> None:
    assert _read("it was nicked out of my car", "claim_type", {}).slots.get("claim_type") == "theft"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lost, I think I left it at the motel. unless the cleaner took it, who knows", "lost"),
        ("it got pinched from my locker, unless I dropped it on the way there", "theft"),
        ("cracked, unless it was like that when I bought it", "damage"),
    ],
)
def test_the_kind_said_holds_beside_an_unless(text: str, expected: str) -> None:
    assert claim_type_from_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "my bangle grew legs at the work do, reckon one of the temps took it",
        "i'm pretty sure the removalists took my watch but I can't prove it",
        "it walked at the open home",
    ],
)
def test_a_theft_believed_is_said_back(text: str) -> None:
    reading = _read(text, None, intent="report_claim")
    assert reading.slots.get("claim_type") == "theft"
    assert any("theft" in note for note in reading.notes)


@pytest.mark.parametrize(
    "text", ["my watch was stolen from the car last night", "someone broke in and took my rings"]
)
def test_a_theft_told_outright_is_not_said_back(text: str) -> None:
    assert not theft_inferred(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tower declined it. I know the wording says anything over $5k has to be kept in a locked safe or worn, and it was in my drawer",
        "they turned it down because the policy says it had to be in a safe when I'm not wearing it",
        "denied: the safe or worn clause, apparently, my $9,000 ring was on the dresser",
        "claim rejected, the rider says worn or locked in a safe and it was in the bathroom",
    ],
)
def test_a_decline_story_quoting_the_safe_clause_is_the_storage_condition(text: str) -> None:
    assert reason_the_story_tells(text, "claim_limit", REASONS | {"storage_condition"}) == "storage_condition"


@pytest.mark.parametrize(
    "text",
    [
        "I lost my bracelet in August, then in September I added it to my policy and they denied it",
        "it went missing at the wedding, and the week after I had it scheduled; now they won't pay",
        "they declined because I only listed it after it was stolen",
    ],
)
def test_a_decline_story_of_a_listing_after_the_loss_is_the_late_listing(text: str) -> None:
    reasons = REASONS | {"specified_after_loss", "named_perils_no_disappearance"}
    assert reason_the_story_tells(text, "named_perils_no_disappearance", reasons) == "specified_after_loss"


@pytest.mark.parametrize(
    "text",
    [
        "it was scheduled when I bought it in 2019, then it went missing and they still denied it",
        "my ring was stolen from the safe and they only paid the limit",
        "they said the safe at the hotel should have been used, I left it by the pool",
    ],
)
def test_a_safe_or_a_listing_named_otherwise_is_no_clause(text: str) -> None:
    reasons = REASONS | {"specified_after_loss"}
    assert reason_the_story_tells(text, "claim_limit", reasons) == "claim_limit"
