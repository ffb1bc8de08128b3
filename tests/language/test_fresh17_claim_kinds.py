"""Kinds of wording behind the seventeenth and nineteenth blind sets' claim failures
(and the seventh answer bank's), in wordings of our own: a correction at the summary
changes the answer it names (a report number is never taken for the phone), a name set
right in part, the kind of claim from how it is told, and the listing said in slang."""

from datetime import date
from typing import Any

import pytest

from bot.language.claim.claim_type import claim_type_from_text
from bot.language.dates import read_loss_date
from bot.language.decline_answers import tells_of_a_decline
from bot.rules.claims import ClaimFacts, assess_claim, load_claim_knowledge
from tests.language.claim.reading import read_reply

TODAY = date(2026, 11, 29)  # a Sunday

SUMMARY = {
    "claim_type": "theft",
    "item_type": "ring",
    "item_value": 5600.0,
    "currency": "USD",
    "loss_date": "2026-11-25",
    "loss_description": "the house was broken into while we were at work",
    "claimant_name": "Dana Whitlock",
    "claimant_email": "dana.w@example.com",
    "claimant_phone": "4105550188",
    "was_specified": False,
    "police_report_number": "25-71604",
    "proof_documents": ["valuation", "photo"],
}


# Kind 1: a correction at the summary that names its answer changes that answer, in
# many wordings: the report ("report number", "case no.", "police ref", "incident
# number", the value before or after the name), the phone, the value, the date, the
# email and the name. A number named as the report's is never stored as the phone.
@pytest.mark.parametrize(
    ("text", "slot", "value"),
    [
        ("hold on, the report number's not right, should be 25-71640", "police_report_number", "25-71640"),
        ("the case no. is wrong, I flipped two digits. 25-71064", "police_report_number", "25-71064"),
        ("the incident number is 25-17604 sorry", "police_report_number", "25-17604"),
        ("police ref should read 25-71604B", "police_report_number", "25-71604B"),
        ("I typed the report no wrong, it's 25-76104", "police_report_number", "25-76104"),
        ("25-71460 is the correct report number", "police_report_number", "25-71460"),
        ("reference number should be 25-71614 not 25-71604", "police_report_number", "25-71614"),
        ("the cops gave me 25-71605, not what I typed", "police_report_number", "25-71605"),
        ("oops, report is 25-71604/2 with the slash", "police_report_number", "25-71604/2"),
        ("my number is wrong, its 410 555 0181", "claimant_phone", "410 555 0181"),
        ("the phone should be 410-555-0118", "claimant_phone", "410-555-0118"),
        ("the value's off, it was appraised at $5,950", "item_value", 5950.0),
        ("date's wrong, it was the Tuesday", "loss_date", "2026-11-24"),
        ("wrong date, it happened on the 23rd", "loss_date", "2026-11-23"),
        (
            "my email's wrong, it should be dana.whitlock@example.com",
            "claimant_email",
            "dana.whitlock@example.com",
        ),
        ("name should be Dana Whitlock-Reyes", "claimant_name", "Dana Whitlock-Reyes"),
        ("the name's spelt wrong, Dayna Whitlock", "claimant_name", "Dayna Whitlock"),
    ],
)
def test_a_correction_naming_its_answer_changes_that_answer(text: str, slot: str, value: Any) -> None:
    reading = read_reply(text, "claim_confirmed", SUMMARY)
    assert reading.slots.get(slot) == value, reading
    assert "claimant_phone" not in reading.slots or slot == "claimant_phone", reading
    assert reading.slots.get("claim_confirmed") is False
    assert any("Changed" in note for note in reading.notes)


# Kind 1b: a reference's shape is never a phone: told without naming anything, or even
# said as "my cell", a number written as the claim's report is (a year's two digits, a
# dash, the number) changes the report, or is asked about; never the phone.
@pytest.mark.parametrize(
    "text",
    [
        "sorry it's 25-71640 not 25-71604",
        "oh wait it should be 25-71460",
        "my cell is 25-71406",
    ],
)
def test_a_reference_shaped_number_is_never_the_phone(text: str) -> None:
    reading = read_reply(text, "claim_confirmed", SUMMARY)
    assert "claimant_phone" not in reading.slots, reading
    assert reading.slots.get("claim_confirmed") is not True


def test_without_a_report_a_reference_shaped_number_is_asked_about() -> None:
    known = {**SUMMARY, "claim_type": "lost", "police_report_number": None}
    reading = read_reply("wait, the number should be 25-71406", "claim_confirmed", known)
    assert "claimant_phone" not in reading.slots
    assert reading.problem


# Kind 1c: the report named, no new number: asked for, nothing stored; "no report"
# said outright is kept as the reason.
def test_the_report_named_without_a_number_asks_for_it() -> None:
    reading = read_reply(
        "the police report number is wrong, I swapped two digits", "claim_confirmed", SUMMARY
    )
    assert "police_report_number" not in reading.slots
    assert "claimant_phone" not in reading.slots
    assert reading.problem and "police report number" in reading.problem


def test_no_report_said_at_the_summary_is_kept_as_the_reason() -> None:
    reading = read_reply(
        "actually there's no police report, they never gave me one", "claim_confirmed", SUMMARY
    )
    assert str(reading.slots.get("police_report_number")).startswith("none: ")


# Negatives: a phone named beside the report's word stays the phone; a valuation's or a
# grading report is no police report; a yes about the report confirms.
@pytest.mark.parametrize(
    ("text", "slot", "value"),
    [
        ("my phone is 410-555-0127, the report is fine", "claimant_phone", "410-555-0127"),
        ("the valuation report says 5,900 not 5,600", "item_value", 5900.0),
        ("the appraisal report has it at $6,000", "item_value", 6000.0),
    ],
)
def test_another_answer_beside_the_word_report(text: str, slot: str, value: Any) -> None:
    reading = read_reply(text, "claim_confirmed", SUMMARY)
    assert reading.slots.get(slot) == value, reading
    assert "police_report_number" not in reading.slots


@pytest.mark.parametrize(
    "text",
    [
        "yes the report number is right",
        "all good, the police ref is correct",
        "yes, with the new report number",
    ],
)
def test_a_yes_about_the_report_confirms(text: str) -> None:
    reading = read_reply(text, "claim_confirmed", SUMMARY)
    assert reading.slots.get("claim_confirmed") is True, reading


# Kind 2: one part of the name set right replaces that part only.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the surname is Whitlocke not Whitlock", "Dana Whitlocke"),
        ("I spelt my last name wrong, it's Whitlocke", "Dana Whitlocke"),
        ("first name should be Dayna", "Dayna Whitlock"),
        ("change my name to Dayna", "Dayna Whitlock"),
    ],
)
def test_a_part_of_the_name_set_right(text: str, name: str) -> None:
    reading = read_reply(text, "claim_confirmed", SUMMARY)
    assert reading.slots.get("claimant_name") == name, reading


# Kind 3: an insurer's (or a care plan's) refusal told as what it said: "<insurer> have
# said no", "the plan said it doesn't cover that". A decline to explain, not a claim to
# take in again. Negatives: the policy's wording read out, a question about cover, an
# insurer named for something else.
@pytest.mark.parametrize(
    "text",
    [
        "my pendant went missing at the beach and Tower have said no because it wasn't specified",
        "the jeweler's care plan told me it doesn't cover a lost stud, so what now",
        "lost a bracelet at the gym, State Farm told us they won't pay",
        "AMI has said no, apparently I should have had it in the safe",
        "the plan said that it doesn't cover theft?! my ring was taken from my bag",
    ],
)
def test_a_refusal_told_as_what_was_said_is_a_decline(text: str) -> None:
    assert tells_of_a_decline(text)


@pytest.mark.parametrize(
    "text",
    [
        "I lost my ring, does my care plan cover that?",
        "the care plan brochure says it doesn't cover theft",
        "my ring was stolen, AMI said they'd call me back",
        "Tower said they'd send a form for the stolen necklace",
    ],
)
def test_no_refusal_told(text: str) -> None:
    assert not tells_of_a_decline(text)


# Kind 4: the kind of claim from how it is told: a fire or a flood is damage (even "lost
# in the fire"); someone at a party or a visit who took it is a theft; a window smashed
# and the bag taken is a theft; a clasp that broke so the piece fell off somewhere is a
# loss (the break is how it went), but a piece that broke and is still in hand, or a
# stone that fell out, is damage.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("there was a fire in the flat and the bangle melted", "damage"),
        ("kitchen fire last night, the ring's ruined", "damage"),
        ("we lost everything in the bush fire", "damage"),
        ("the basement flooded and the pearls are wrecked", "damage"),
        ("the watch got scorched when the garage caught fire", "damage"),
        ("one of the visitors at our open home took it", "theft"),
        ("a mate from the barbecue took them, I'm fairly sure", "theft"),
        ("they smashed the passenger window and took my backpack with the watch in it", "theft"),
        ("the car door was jemmied and the handbag was gone", "theft"),
        ("the chain snapped and it slipped off somewhere in the supermarket", "lost"),
        ("the catch broke, the bracelet must have dropped off and we never found it", "lost"),
        ("the clasp gave out and it fell off without me noticing", "lost"),
        ("the clasp broke, it fell off but I caught it in my hand", "damage"),
        ("a prong snapped and the diamond fell out somewhere", "damage"),
        ("the chain snapped and the bracelet fell off, it's in two pieces", "damage"),
        ("I burnt my finger on the oven and dropped the ring down the drain", "lost"),
    ],
)
def test_the_kind_of_claim_from_how_it_is_told(text: str, kind: str) -> None:
    assert claim_type_from_text(text) == kind


# Kind 5: the listing said in slang or a learner's words: "aint listed on nothing" is a
# no; "it is specify with AMI" is a yes; a listing made once it was already gone is a
# listing after the loss, and the day of the call to the insurer is not the loss's.
@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("nah it aint scheduled on nothin", False),
        ("naw, it ain't on no schedule, just renters", False),
        ("nope, it wasnt itemized", False),
        ("yes it is specify on the house policy with AMI", True),
        ("yes, was schedule with State Farm last year", True),
    ],
)
def test_the_listing_said_in_other_voices(text: str, listed: bool) -> None:
    reading = read_reply(text, "was_specified", {"claim_type": "theft", "item_type": "ring"})
    assert reading.slots.get("was_specified") is listed, reading


def test_listed_when_it_was_already_gone() -> None:
    text = (
        "I rang my agent on Tuesday to put the bracelet on our policy. Then it hit me I hadn't "
        "seen it since the holidays, so it was likely already missing when we added it."
    )
    reading = read_reply(text, None, {}, intent="report_claim")
    assert reading.slots.get("was_specified") is False
    assert reading.slots.get("listed_after_loss") is True
    assert "loss_date" not in reading.slots  # Tuesday is the call, not the loss


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("I phoned Tower yesterday, the ring went missing last Friday", "2026-11-27"),
        ("I added my pendant to the policy on the 20th and it was stolen on the 24th", "2026-11-24"),
        ("my chain was stolen on Monday, I called the police on Tuesday", "2026-11-23"),
    ],
)
def test_the_loss_day_beside_a_call_or_a_listing(text: str, day: str) -> None:
    assert read_reply(text, None, {}, intent="report_claim").slots.get("loss_date") == day


# Kind 6: a police reference set right in the same message: the one after "sorry",
# "I mean", "wait" is the reference. Negatives: a "sorry" after the only reference, and
# the old one set aside with "not".
@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("yep, 25-40213? no sorry 26-40213, wrong year", "26-40213"),
        ("case 7781-C wait I mean 7718-C", "7718-C"),
        ("P55120 oops, P55102", "P55102"),
        ("26-4471, sorry it took me a while", "26-4471"),
        ("26-5512, not 25-5512", "26-5512"),
    ],
)
def test_a_reference_set_right_in_the_same_message(text: str, reference: str) -> None:
    reading = read_reply(text, "police_report_number", {"claim_type": "theft"})
    assert reading.slots.get("police_report_number") == reference


# Kind 7: proof said to be gone ("the receipt's long gone", "photos went with my old
# phone") is not held; proof kept by someone else is put down and said back; plural
# certificates are the grading report; "wrist shots" are photos.
@pytest.mark.parametrize(
    ("text", "documents"),
    [
        ("the receipt's long gone, but I've still got the appraisal", ["valuation"]),
        ("receipt is lost, just photos", ["photo"]),
        ("I have the receipt, the photos went with my old phone", ["receipt"]),
        ("valuation and the GIA certificates", ["valuation", "grading_report"]),
        ("the receipt and some hand shots on my phone", ["receipt", "photo"]),
        ("receipt and the valuation", ["receipt", "valuation"]),
    ],
)
def test_proof_gone_or_named_otherwise(text: str, documents: list[str]) -> None:
    reading = read_reply(text, "proof_documents", {"claim_type": "lost"})
    assert sorted(reading.slots.get("proof_documents") or []) == sorted(documents), reading


def test_proof_kept_by_someone_else_is_said_back() -> None:
    reading = read_reply("my husband has the valuation somewhere", "proof_documents", {"claim_type": "lost"})
    assert reading.slots.get("proof_documents") == ["valuation"]
    assert any("husband" in note for note in reading.notes)


# Kind 8: dates with dashes and a year ("11-19-26" in the US, "19-11-26" in New
# Zealand) are dates; two numbers with a dash and no year, a reference or a phone, are
# not. "Yesterday, or maybe the day before" is an approximate date, said back.
@pytest.mark.parametrize(
    ("text", "region", "day"),
    [
        ("11-18-26", "US", "2026-11-18"),
        ("it was 11-18-2026", "US", "2026-11-18"),
        ("18-11-26", "NZ", "2026-11-18"),
        ("on 18-11-2026 I think", "NZ", "2026-11-18"),
    ],
)
def test_a_date_written_with_dashes(text: str, region: str, day: str) -> None:
    assert read_loss_date(text, TODAY, region).value == date.fromisoformat(day)


@pytest.mark.parametrize("text", ["26-33871", "021-555-0199", "ref 11-26-0412"])
def test_no_date_in_a_reference_or_phone(text: str) -> None:
    assert read_loss_date(text, TODAY, "US").value is None


@pytest.mark.parametrize(
    "text",
    [
        "Friday, or maybe the day before",
        "last night or the night before, not sure",
        "Tuesday or the day after that",
    ],
)
def test_a_day_or_the_one_beside_it_is_approximate(text: str) -> None:
    reading = read_reply(text, "loss_date", {"claim_type": "lost", "item_type": "ring"})
    assert reading.slots.get("loss_date")
    assert "loss_date" in reading.slots.get("assumed_answers", [])
    assert any("approximate" in note for note in reading.notes)


# Kind 9: the piece. A pendant's chain named later is the same piece ("when I had the
# chain fixed"), and "not a ton" is no correction; body jewelry, a loose stone are
# another kind of piece, said back so a misreading shows.
@pytest.mark.parametrize(
    "text",
    [
        "not a lot really, maybe $400, I had the chain replaced in June",
        "about $900 with the chain",
    ],
)
def test_a_pendants_chain_is_the_same_piece(text: str) -> None:
    known = {"claim_type": "lost", "item_type": "pendant"}
    assert "item_type" not in read_reply(text, "item_value", known).slots


def test_a_pendant_set_right_as_a_necklace() -> None:
    known = {"claim_type": "lost", "item_type": "pendant"}
    reading = read_reply("actually it's the whole necklace, not a pendant, about $900", "item_value", known)
    assert reading.slots.get("item_type") == "necklace"


@pytest.mark.parametrize(
    "text", ["my belly ring, white gold with a little opal", "the loose diamond", "a diamond"]
)
def test_another_kind_of_piece_is_said_back(text: str) -> None:
    reading = read_reply(text, "item_type", {"claim_type": "lost"})
    assert reading.slots.get("item_type") == "other"
    assert any("another kind of jewelry" in note for note in reading.notes)


# Kind 10: a value corrected at another question, told over two sentences: the sentence
# with the new figure is the correction's, not an answer to the question asked.
def test_a_value_corrected_over_two_sentences_answers_nothing_else() -> None:
    known = {"claim_type": "lost", "item_type": "ring", "item_value": 2100.0, "loss_date": "2026-11-20"}
    text = "My mistake, that was last year's number. The latest appraisal has it at $2,450, go with that."
    reading = read_reply(text, "proof_documents", known)
    assert reading.slots.get("item_value") == 2450.0
    assert "proof_documents" not in reading.slots


# Kind 11: a damage story that tells of a fault (never pulled on it, already given out
# within weeks) raises the manufacturer-defect flag; a drop does not.
@pytest.mark.parametrize(
    ("story", "flagged"),
    [
        ("the catch had already given out, I never tugged on it", True),
        ("just resting on my bedside table and the chain snapped", True),
        ("I dropped it on the tiles and the stone cracked", False),
    ],
)
def test_a_fault_told_in_the_story(story: str, flagged: bool) -> None:
    facts = ClaimFacts("damage", "bracelet", 450.0, "NZD", story, False, ("receipt",), care_plan=True)
    codes = [flag.code for flag in assess_claim(facts, load_claim_knowledge())]
    assert ("manufacturer_defect" in codes) is flagged


# Kind 12 (the values branch's patch for the claim intake): the piece's own figure said
# beside the set's total is the claim's value, and the total is said back.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("both cufflinks together were $900, so 450 for the one that's missing", 450.0),
        ("the trio set cost $3,000 all up, the ring on its own was $1,800 of that", 1800.0),
    ],
)
def test_the_pieces_own_figure_beside_a_total(text: str, value: float) -> None:
    reading = read_reply(text, "item_value", {"claim_type": "lost", "item_type": "ring"})
    assert reading.slots.get("item_value") == value
    assert any("you also said" in note for note in reading.notes)
