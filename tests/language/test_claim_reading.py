"""The claim intake reads what people tell it, in their own words, at any step."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.answers import read_claim_answers
from bot.language.claim.claim_type import claim_type_from_text, tells_of_a_claim
from bot.language.claim.documents import documents_from_text
from bot.language.claim.police import police_reference
from bot.language.facts import read_message

TODAY = date(2026, 11, 25)  # a Wednesday


def read(
    text: str, requested: str | None, intent: str = "inform", known: dict[str, Any] | None = None
) -> Any:
    """As the form sees it: the message with the entities the NLU component adds."""
    entities = tuple({"entity": m.entity, "value": m.value} for m in read_message(text))
    return read_claim_answers(UserMessage(text, intent, entities), requested, known or {}, TODAY)


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        # Damage: dropped, cracked, snapped, bent, even with a loss word beside it.
        ("The glass on my watch cracked when I dropped it on the tiles", "damage"),
        ("dropped my ring in the carpark and the band is bent out of shape", "damage"),
        ("the chain snapped at the clasp", "damage"),
        ("sat on my glasses case and crushed the pendant inside", "damage"),
        ("one of the diamonds fell out of the setting", "damage"),
        ("a prong came loose", "damage"),
        # Lost: slipped off, took it off, misplaced, vanished.
        ("I lost my wedding band at the beach, I took it off to put on sunscreen", "lost"),
        ("it slipped off my finger while I was swimming", "lost"),
        ("i misplaced my earings after the wedding", "lost"),
        ("my bracelet just vanished", "lost"),
        ("it fell off somewhere between the car and the office", "lost"),
        ("I dropped an earring down the drain", "lost"),
        ("can't find my grandmother's locket anywhere", "lost"),
        ("it wasn't stolen, I think I lost it", "lost"),
        # Theft: stolen, taken, broke in, caught on camera.
        ("We caught our nanny on the nanny cam taking my pearl necklace", "theft"),
        ("someone broke in while we were at the bach and took my rings", "theft"),
        ("my purse was snatched on the subway with my watch in it", "theft"),
        ("my $9,000 engagement ring was stolen from my car", "theft"),
        ("got burgled last night", "theft"),
        ("the cleaner took it from my jewellery box", "theft"),
        ("it was taken from the hotel room safe", "theft"),
        ("our flat was broken into", "theft"),
        ("hello there", None),
    ],
)
def test_claim_type_from_how_people_describe_it(text: str, claim_type: str | None) -> None:
    assert claim_type_from_text(text) == claim_type


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("reported it, reference 7765-B", "7765-B"),
        ("airport police report APD-5512", "APD-5512"),
        ("the local police gave me report LP/1187/XI/2026", "LP/1187/XI/2026"),
        ("event number P0934821", "P0934821"),
        ("case # 26-118834", "26-118834"),
        ("police file 1187", "1187"),
        ("reported on 3 March, ref 12345", "12345"),
    ],
)
def test_police_references_in_any_format(text: str, reference: str) -> None:
    assert police_reference(text) == reference
    reading = read(text, "police_report_number", known={"claim_type": "theft", "loss_date": "2026-11-20"})
    assert reading.slots["police_report_number"] == reference


@pytest.mark.parametrize(
    "text",
    [
        "haven't reported it yet, it only happened this morning",
        "no, the police said they wouldn't take a report for a lost ring",
        "didn't bother, never get anything back",
    ],
)
def test_a_reason_for_no_report_is_kept(text: str) -> None:
    reading = read(text, "police_report_number", "deny", {"claim_type": "theft", "loss_date": "2026-11-20"})
    assert reading.slots["police_report_number"].startswith("none: ")


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        ("nothing at all I'm afraid - no receipt, no photos, no valuation", []),
        ("none", []),
        ("nada", []),
        ("none of those sorry", []),
        ("no receipt but heaps of photos", ["photo"]),
        ("I don't have the receipt or any pictures", []),
        ("lost the receipt when we moved, but I have a valuation from 2023", ["valuation"]),
        ("the reciept and a GIA cert", ["grading_report"]),  # a typo in "receipt" is not recognised
        ("the receipt and a GIA cert", ["receipt", "grading_report"]),
        ("only my credit card statement", ["bank_statement"]),
    ],
)
def test_proof_documents(text: str, documents: list[str]) -> None:
    assert documents_from_text(text) == documents


def test_no_documents_at_all_is_an_answer_not_a_loop() -> None:
    reading = read(
        "nothing at all I'm afraid - no receipt, no photos, no valuation",
        "proof_documents",
        "deny",
        {"claim_type": "theft"},
    )
    assert reading.slots == {"proof_documents": []} and reading.problem is None


def test_not_knowing_about_documents_is_a_stated_assumption() -> None:
    reading = read("not sure, my husband would know", "proof_documents", "dont_know", {"claim_type": "lost"})
    assert reading.slots["proof_documents"] == []
    assert reading.slots["assumed_answers"] == ["proof_documents"]
    assert reading.notes


def test_an_opening_message_fills_every_fact_it_carries() -> None:
    text = (
        "Hi, I'm Mere Tane (mere.tane@example.co.nz, mobile +64 27 555 0142). My $4,200 ring "
        "was stolen from our bach on Sunday night, police ref 7765-B"
    )
    slots = read(text, None, "report_claim").slots
    assert slots["claim_type"] == "theft"
    assert slots["item_type"] == "ring"
    assert slots["item_value"] == 4200.0
    assert slots["loss_date"] == "2026-11-22"
    assert slots["claimant_name"] == "Mere Tane"
    assert slots["claimant_email"] == "mere.tane@example.co.nz"
    assert slots["claimant_phone"].startswith("+64 27 555 0142")
    assert slots["police_report_number"] == "7765-B"


@pytest.mark.parametrize(
    "text",
    [
        "my $900 ring was stolen",
        "I lost my $1,500 bracelet at the mall",
        "my 18k gold necklace was stolen",
        "someone nicked my 14ct chain, it was worth about 2 grand",
    ],
)
def test_an_opening_without_a_date_leaves_the_date_to_be_asked(text: str) -> None:
    slots = read(text, None, "report_claim").slots
    assert "loss_date" not in slots
    assert slots.get("item_value") != 18000.0


def test_karats_in_an_opening_are_not_the_value() -> None:
    slots = read("my 18k gold necklace was stolen", None, "report_claim").slots
    assert "item_value" not in slots and slots["item_type"] == "necklace"


def test_a_date_in_passing_is_the_loss_date() -> None:
    text = "I took my rings off to wash my hands in an airport restroom three days ago"
    slots = read(text, None, "report_claim").slots
    assert slots["loss_date"] == "2026-11-22" and slots["claim_type"] == "lost"


def test_an_opening_story_is_the_description() -> None:
    text = "We caught our babysitter on the nanny cam taking my pearl necklace"
    slots = read(text, None, "report_claim").slots
    assert slots["loss_description"] == text and slots["claim_type"] == "theft"


@pytest.mark.parametrize(
    "text",
    [
        "the ring was in a dish on the dresser",
        "I'd put my rings and a watch on the bench before my shower",
        "last saw it next to my necklace in the jewellery box",
    ],
)
def test_an_item_word_in_a_story_never_changes_the_item(text: str) -> None:
    known = {"item_type": "engagement_ring", "claim_type": "theft", "loss_date": "2026-11-20"}
    reading = read(text, "loss_description", known=known)
    assert "item_type" not in reading.slots
    assert reading.slots["loss_description"] == text
    assert not reading.notes


@pytest.mark.parametrize(
    "text", ["actually it was a necklace", "sorry, not a ring, a necklace", "my mistake - it's a necklace"]
)
def test_an_explicit_correction_changes_the_item(text: str) -> None:
    known = {"item_type": "engagement_ring", "claim_type": "theft", "loss_date": "2026-11-20"}
    reading = read(text, "loss_description", known=known)
    assert reading.slots["item_type"] == "necklace"
    assert "loss_description" not in reading.slots
    assert reading.notes == ("Changed: the piece, now necklace.",)


def test_a_corrected_value_is_said_with_the_amount() -> None:
    known = {"item_type": "ring", "claim_type": "theft", "item_value": 7000.0, "currency": "NZD"}
    reading = read("oh wait, it was NZ$7,200 not NZ$7,000", "loss_description", known=known)
    assert reading.slots["item_value"] == 7200.0
    assert "Changed: the value, now NZ$7,200." in reading.notes


def test_an_ambiguous_date_is_asked_with_both_readings() -> None:
    reading = read("3/4", "loss_date", known={"claim_type": "theft"})
    assert "loss_date" not in reading.slots
    assert reading.problem and "3 April" in reading.problem and "4 March" in reading.problem


@pytest.mark.parametrize(("currency", "iso"), [("NZD", "2026-04-03"), ("USD", "2026-03-04")])
def test_the_region_orders_day_and_month(currency: str, iso: str) -> None:
    reading = read("on 3/4", "loss_date", known={"claim_type": "theft", "currency": currency})
    assert reading.slots["loss_date"] == iso


def test_a_date_long_ago_is_said_back() -> None:
    reading = read("it went missing on 2 May 2024", "loss_date", known={"claim_type": "lost"})
    assert reading.slots["loss_date"] == "2024-05-02"
    assert any("more than a year" in n for n in reading.notes)


def test_a_month_alone_is_an_approximate_date_marked_for_staff() -> None:
    reading = read("sometime in August", "loss_date", known={"claim_type": "lost"})
    assert reading.slots["loss_date"] == "2026-08-01"
    assert reading.slots["assumed_answers"] == ["loss_date"]


def test_not_knowing_the_date_gets_a_rough_example() -> None:
    reading = read("no idea honestly", "loss_date", "dont_know", {"claim_type": "lost"})
    assert "loss_date" not in reading.slots and "rough" in reading.problem.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Jo Bloggs, jo.bloggs@example.com, 021 555 0199",
        "Jo Bloggs - jo.bloggs@example.com - 021 555 0199",
    ],
)
def test_contact_details_in_one_answer(text: str) -> None:
    slots = read(text, "claimant_name", known={"claim_type": "lost"}).slots
    assert slots["claimant_name"] == "Jo Bloggs"
    assert slots["claimant_email"] == "jo.bloggs@example.com"
    assert slots["claimant_phone"] == "021 555 0199"


@pytest.mark.parametrize(
    "text", ["I'm devastated, my ring was stolen", "I'm Not sure what happened, it's gone"]
)
def test_feelings_are_not_names(text: str) -> None:
    assert "claimant_name" not in read(text, None, "report_claim").slots


def test_free_text_answers_keep_the_words() -> None:
    known = {"claim_type": "lost", "loss_date": "2026-11-20", "item_type": "ring"}
    assert (
        read("dunno, somewhere in town", "last_seen", known=known).slots["last_seen"]
        == "dunno, somewhere in town"
    )
    reading = read("everywhere - car, house, the gym", "search_done", known=known)
    assert reading.slots["search_done"] == "everywhere - car, house, the gym"


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        ("my ring went walkabout", "lost"),
        ("no clue where my bracelet ended up", "lost"),
        ("I put my ring down at the pub and now it's nowhere", "lost"),
        ("someone helped themselves to my necklace at the party", "theft"),
    ],
)
def test_paraphrases_no_cue_matches_go_to_the_nearest_example(text: str, claim_type: str) -> None:
    assert claim_type_from_text(text) is None  # no rule matches these
    assert read(text, None, "report_claim").slots["claim_type"] == claim_type


@pytest.mark.parametrize("text", ["I want to make a claim", "hi there, can you help me"])
def test_no_claim_type_is_guessed_from_a_request(text: str) -> None:
    assert "claim_type" not in read(text, None, "report_claim").slots


@pytest.mark.parametrize(
    "text", ["someone made off with my watch at the gym", "a kid yanked my chain off my neck on the street"]
)
def test_more_ways_to_say_theft(text: str) -> None:
    assert claim_type_from_text(text) == "theft"


@pytest.mark.parametrize("text", ["idk", "dunno"])
def test_a_one_word_dont_know_to_a_free_text_question_is_kept_and_marked(text: str) -> None:
    known = {"claim_type": "lost", "loss_date": "2026-11-20", "item_type": "ring"}
    reading = read(text, "last_seen", "dont_know", known)
    assert reading.slots["last_seen"] == text
    assert reading.slots["assumed_answers"] == ["last_seen"] and reading.problem is None


def test_a_lost_property_ticket_is_not_a_police_report() -> None:
    text = "I lost my bracelet at the airport, lost property gave me ref LP-2231"
    assert "police_report_number" not in read(text, None, "report_claim").slots


@pytest.mark.parametrize(
    "text",
    [
        "I reported it to the police on 2026-11-20",
        "called the cops at 10pm on the 3rd",
        "police came round on 20/11",
    ],
)
def test_a_date_beside_the_word_police_is_no_reference(text: str) -> None:
    known = {"claim_type": "theft", "item_type": "ring", "item_value": 900.0, "loss_date": "2026-11-20"}
    assert "police_report_number" not in read(text, "loss_description", known=known).slots


def test_a_span_in_the_opening_leaves_the_date_to_be_asked() -> None:
    reading = read("lost my engagement ring swimming at the beach last week", None, "report_claim")
    assert "loss_date" not in reading.slots


def test_a_span_as_the_answer_is_an_approximate_date_marked_for_staff() -> None:
    reading = read("sometime in the last three weeks", "loss_date", known={"claim_type": "theft"})
    assert reading.slots["loss_date"] == "2026-11-04"
    assert "loss_date" in reading.slots["assumed_answers"]
    assert any("approximate" in note for note in reading.notes)


@pytest.mark.parametrize("text", ["aye go for it", "yes thanks", "yep that's all correct", "looks good"])
def test_agreement_in_other_words_submits(text: str) -> None:
    reading = read(text, "claim_confirmed", "thank", known={"claim_type": "theft", "item_value": 900.0})
    assert reading.slots == {"claim_confirmed": True}


def test_a_correction_at_the_summary_is_not_taken_as_agreement() -> None:
    reading = read("yes but the date was 3 March", "claim_confirmed", known={"claim_type": "theft"})
    assert reading.slots == {"loss_date": "2026-03-03", "claim_confirmed": False}


def test_a_value_correction_at_another_question_is_said_back_and_the_question_stays() -> None:
    known = {"claim_type": "lost", "item_type": "ring", "item_value": 7000.0}
    reading = read(
        "oh wait, it was $7,200 not $7,000, I just checked the appraisal", "proof_documents", known=known
    )
    assert reading.slots == {"item_value": 7200.0}
    assert reading.notes == ("Changed: the value, now $7,200.",)


def test_another_piece_after_advice_starts_the_claim_without_the_advised_piece() -> None:
    known = {"item_type": "engagement_ring", "item_value": 7000.0, "currency": "NZD"}
    text = "actually my other ring, the sapphire one, got damaged yesterday"
    reading = read(text, None, "report_claim", known=known)
    assert reading.slots["item_type"] == "ring"
    assert reading.slots["item_value"] is None
    assert not reading.notes


def test_a_statement_filed_as_a_question_answers_the_question_asked() -> None:
    reading = read("receipt and care plan brochure are both in my email", "proof_documents", "faq")
    assert reading.slots["proof_documents"] == ["receipt", "care_plan_brochure"]
    assert read("does the receipt count as proof?", "proof_documents", "faq").slots == {}


def test_a_story_of_a_piece_that_never_arrived_with_movers_is_a_theft() -> None:
    text = "we moved on the 16th and my ring never made it out of the removal company's boxes"
    assert claim_type_from_text(text) == "lost"
    assert claim_type_from_text("the movers packed it and the ring never turned up") == "theft"


def test_a_purchase_after_the_loss_is_asked_again() -> None:
    known = {"claim_type": "damage", "has_care_plan": True, "loss_date": "2026-11-20"}
    reading = read("I bought it on 23 November", "purchase_date", known=known)
    assert "purchase_date" not in reading.slots
    assert reading.problem and "after the date it happened" in reading.problem


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "I'm Mia Tane, mia@example.com, 027 555 0101. My bracelet was stolen on Friday, report 5521-9",
            True,
        ),
        ("we got back from holiday and my watch is missing from the drawer", True),
        ("just bought a ring, worried it might get stolen", False),
        ("my ring was stolen last year and now I want to insure the new one", False),
        ("was my necklace covered when it was stolen?", False),
    ],
)
def test_a_story_of_what_happened_is_told_apart_from_a_worry_or_a_question(text: str, claim: bool) -> None:
    assert tells_of_a_claim(text) is claim


def test_contact_details_listed_together_in_the_opening_are_all_read() -> None:
    text = "I'm Mia Tane, mia@example.com, 027 555 0101. My bracelet was stolen yesterday, police report 5521-8890"
    reading = read(text, None, "report_claim")
    assert reading.slots["claimant_name"] == "Mia Tane"
    assert reading.slots["claimant_email"] == "mia@example.com"
    assert reading.slots["claimant_phone"] == "027 555 0101"
    assert reading.slots["police_report_number"] == "5521-8890"


def test_a_report_number_beside_an_email_is_not_taken_as_the_phone() -> None:
    reading = read(
        "my $4,000 ring was stolen, police report 2611-4471, email ana@example.com", None, "report_claim"
    )
    assert "claimant_phone" not in reading.slots
