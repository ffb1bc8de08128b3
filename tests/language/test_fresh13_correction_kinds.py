"""Kinds of wording behind the thirteenth blind set's correction failures (and the
fifth answer bank's), in wordings of our own: corrections at the summary and mid-way,
a yes in other words, names, emails and phones typed oddly, a year alone, care-plan
hedges, an officer's badge number, and a theft told by force."""

from typing import Any

import pytest

from bot.language.claim.claim_type import claim_type_from_text
from tests.language.claim.reading import read_reply

SUMMARY = {
    "claim_type": "lost",
    "item_type": "ring",
    "item_value": 2600.0,
    "currency": "USD",
    "loss_date": "2026-11-20",
    "claimant_name": "Tama Ruru",
    "claimant_email": "tama@example.com",
    "claimant_phone": "021 555 0144",
    "was_specified": False,
}


# Kind 1: a correction at the summary, with or without the answer named: the change is
# applied, said back, and the claim is not confirmed (the summary is shown again).
@pytest.mark.parametrize(
    ("text", "slot", "value"),
    [
        ("oops it was the 19th not the 20th", "loss_date", "2026-11-19"),
        ("my bad, Thursday the 19th, not the Friday", "loss_date", "2026-11-19"),
        ("hmm actually the 18th, i mixed up the days", "loss_date", "2026-11-18"),
        ("the jeweller's valuation says 3,100 not 2,600", "item_value", 3100.0),
        ("actually more like $3,400 now i think about it", "item_value", 3400.0),
        ("nope, it was my wedding ring, not the dress ring", "item_type", "ring"),
        ("sorry, it was my bracelet not the ring", "item_type", "bracelet"),
        ("no it was nicked, not lost, someone took it from my bag", "claim_type", "theft"),
        ("yeah nah it was stolen rather than lost", "claim_type", "theft"),
        ("all fine except the phone should be 022 555 0177", "claimant_phone", "022 555 0177"),
        (
            "mostly right but the email's wrong, it's tama.r@example.co.nz",
            "claimant_email",
            "tama.r@example.co.nz",
        ),
        ("yep but it was the 17th, not the 20th", "loss_date", "2026-11-17"),
    ],
)
def test_a_correction_at_the_summary_is_applied_and_not_confirmed(text: str, slot: str, value: Any) -> None:
    reading = read_reply(text, "claim_confirmed", SUMMARY)
    if slot == "item_type" and value == "ring":
        # The same piece said more loosely: no change, and nothing confirmed either.
        assert reading.slots.get("claim_confirmed") is not True
        return
    assert reading.slots.get(slot) == value, reading
    assert reading.slots.get("claim_confirmed") is False
    assert any("Changed" in note for note in reading.notes)


@pytest.mark.parametrize(
    "text",
    [
        "yes with the new phone",
        "yep w/ the date fixed",
        "sweet, with the $2,600",  # the figure already there: nothing to change
        "all good now",
        "yes thats right now",
        "yeah, though I'm not totally sure of the day, it's my best guess",
        "kk",
        "k",
        "yes please, my partner will email the receipt tomorrow",
        "yep, cheers. the constable said she'd ring on the 2nd",  # a date in passing
        "the 20th is right",  # the answer there, said to be right
        "yes. my wife's number is 027 555 0111 if I don't pick up",  # not the claimant's
    ],
)
def test_a_yes_in_other_words_confirms(text: str) -> None:
    reading = read_reply(text, "claim_confirmed", SUMMARY)
    assert reading.slots == {"claim_confirmed": True}, reading


@pytest.mark.parametrize(
    "text",
    ["looks right, can I send photos later?", "yep all good, can I upload the valuation afterwards?"],
)
def test_a_yes_with_a_question_about_proof_later_confirms_and_answers(text: str) -> None:
    reading = read_reply(text, "claim_confirmed", SUMMARY, intent="out_of_scope")
    assert reading.slots == {"claim_confirmed": True}
    assert any("later" in note or "chat" in note for note in reading.notes)


@pytest.mark.parametrize(
    "text", ["yes but the date is wrong", "yes except the value, that's not right", "no"]
)
def test_a_yes_that_wants_a_change_is_not_confirmed(text: str) -> None:
    reading = read_reply(text, "claim_confirmed", SUMMARY)
    assert reading.slots.get("claim_confirmed") is not True
    assert reading.problem


def test_a_summary_correction_filed_as_a_question_is_still_read() -> None:
    reading = read_reply(
        "nah it was taken, not lost, someone pinched it", "claim_confirmed", SUMMARY, intent="faq"
    )
    assert reading.slots.get("claim_type") == "theft"


# Kind 1, mid-way: a correction at another question changes the earlier answer.
@pytest.mark.parametrize(
    ("slot", "text", "corrected", "value"),
    [
        (
            "item_value",
            "wait it was my engagement ring not my eternity band, the band's fine",
            "item_type",
            "engagement_ring",
        ),
        ("proof_documents", "oh hang on, it was my necklace not the bracelet", "item_type", "necklace"),
        ("claimant_name", "oh and it was the 18th, not the 20th", "loss_date", "2026-11-18"),
        ("police_report_number", "sorry the date's wrong, it was the 16th", "loss_date", "2026-11-16"),
        ("search_done", "it was stolen not lost, I just found the window forced", "claim_type", "theft"),
    ],
)
def test_a_correction_mid_way_changes_the_earlier_answer(
    slot: str, text: str, corrected: str, value: Any
) -> None:
    reading = read_reply(text, slot, SUMMARY)
    assert reading.slots.get(corrected) == value, reading


def test_an_item_word_in_passing_is_no_correction() -> None:
    reading = read_reply(
        "the receipt and a photo of me wearing the ring with my necklace", "proof_documents", SUMMARY
    )
    assert "item_type" not in reading.slots


# Kind 3: names with greetings, titles, courtesies, a nickname; a first name alone or
# two people said back.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hello! it's Marama Tane", "Marama Tane"),
        ("kia ora, Hone Parata here", "Hone Parata"),
        ("Good afternoon, this is Rosalind Achebe-Fox", "Rosalind Achebe-Fox"),
        ("its Callum Fraser, cheers", "Callum Fraser"),
        ("Mr Samuel Okonkwo", "Samuel Okonkwo"),
        ("Dr. Mei Lin Chow", "Mei Lin Chow"),
        ("Bea. Beatrice Holloway if you need the full thing", "Beatrice Holloway"),
        ("Nguyen Van An, but people call me Andy", "Nguyen Van An"),
        ("J. R. Smith", "J. R. Smith"),
        ("Mrs Pohatu", "Mrs Pohatu"),  # a surname alone keeps its title
    ],
)
def test_a_name_without_greeting_title_or_nickname(text: str, name: str) -> None:
    assert read_reply(text, "claimant_name").slots.get("claimant_name") == name


@pytest.mark.parametrize(
    ("text", "name"), [("Mo", "Mo"), ("hiya its bex", "Bex"), ("Sam & Alex Turei", "Sam & Alex Turei")]
)
def test_a_first_name_alone_or_two_people_is_said_back(text: str, name: str) -> None:
    reading = read_reply(text, "claimant_name")
    assert reading.slots.get("claimant_name") == name
    assert reading.notes


def test_a_full_name_is_not_said_back() -> None:
    assert not read_reply("Anahera Smith", "claimant_name").notes


# Kind 4: emails typed oddly; phones without an area code.
@pytest.mark.parametrize(
    ("text", "email", "said_back"),
    [
        ("tia . moana @ gmail . com", "tia.moana@gmail.com", True),
        ("j.okafor @ yahoo .com", "j.okafor@yahoo.com", True),
        ("rangi@xtra,co.nz", "rangi@xtra.co.nz", True),
        ("kim@home.com or kim@work.com, use the first one", "kim@home.com", False),
        ("kim@home.com or kim@work.com, use the second one", "kim@work.com", False),
        ("ana@gmail.com. Thanks", "ana@gmail.com", False),
    ],
)
def test_an_email_typed_oddly(text: str, email: str, said_back: bool) -> None:
    reading = read_reply(text, "claimant_email")
    assert reading.slots.get("claimant_email") == email
    assert bool(reading.notes) is said_back


def test_a_local_number_is_said_back_and_an_area_code_said_beside_it_is_joined() -> None:
    local = read_reply("555-0182", "claimant_phone")
    assert local.slots.get("claimant_phone") == "555-0182" and local.notes
    joined = read_reply("555 0166, area code is 312", "claimant_phone")
    assert joined.slots.get("claimant_phone", "").replace(" ", "") == "3125550166"
    full = read_reply("(312) 555-0166", "claimant_phone")
    assert full.slots.get("claimant_phone") == "(312) 555-0166" and not full.notes


# Kind 5: a year alone is the purchase date's year, stored as assumed and said back.
@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2016", 2016),
        ("for our wedding, that was 2011", 2011),
        ("back in '09", 2009),
        ("winter 2021", 2021),
        ("11", 2011),
    ],
)
def test_a_year_alone_is_the_purchase_year(text: str, year: int) -> None:
    reading = read_reply(text, "purchase_date")
    assert reading.slots.get("purchase_date") == f"{year}-01-01"
    assert "purchase_date" in reading.slots.get("assumed_answers", [])
    assert reading.notes


@pytest.mark.parametrize("text", ["$2019", "2,019 dollars", "I don't know"])
def test_no_year_where_none_is_said(text: str) -> None:
    assert "purchase_date" not in read_reply(text, "purchase_date").slots


# Kind 6: care-plan hedges.
@pytest.mark.parametrize(
    "text", ["yeah but I reckon it expired a while back", "not that I'm aware of", "not as far as I know"]
)
def test_a_care_plan_from_memory_is_said_back(text: str) -> None:
    reading = read_reply(text, "has_care_plan")
    assert reading.slots.get("has_care_plan") is False
    assert "has_care_plan" in reading.slots.get("assumed_answers", [])


@pytest.mark.parametrize("text", ["what's a care plan", "what do you mean by care plan?"])
def test_a_question_about_the_care_plan_stores_nothing(text: str) -> None:
    assert "has_care_plan" not in read_reply(text, "has_care_plan", intent="faq").slots


@pytest.mark.parametrize(
    ("text", "plan"), [("yes, the 3 year one", True), ("no", False), ("it ran out", False)]
)
def test_a_plain_care_plan_answer_is_not_said_back(text: str, plan: bool) -> None:
    reading = read_reply(text, "has_care_plan")
    assert reading.slots.get("has_care_plan") is plan
    assert "has_care_plan" not in reading.slots.get("assumed_answers", [])


# Kind 7: an officer's badge number is no report number.
@pytest.mark.parametrize(
    "text",
    [
        "Constable Wiremu, badge number 8812, didn't give me a reference",
        "it was officer Ruiz, shield 30417, no report number yet",
    ],
)
def test_a_badge_number_is_no_reference(text: str) -> None:
    stored = read_reply(text, "police_report_number").slots.get("police_report_number")
    assert stored is None or str(stored).startswith("none")


def test_a_reference_beside_a_badge_number_is_read() -> None:
    stored = read_reply(
        "badge 4412 took it down, the report number is 26-55012", "police_report_number"
    ).slots
    assert stored.get("police_report_number") == "26-55012"


# Kind 8: a theft told by force; "gone" alone is said back as lost.
@pytest.mark.parametrize(
    "text",
    [
        "a kid yanked it clean off my wrist at the mall",
        "somebody tore the chain right off my neck at the station",
        "the padlock on my gym locker had been cut",
        "they jemmied the back door while we were out",
        "someone cut the lock on my bike box and it was in there",
        "some guy on a bike snatched my purse outside the bank, my ring was in it",
        "a teenager grabbed my backpack at the bus stop",
    ],
)
def test_a_theft_told_by_force(text: str) -> None:
    assert claim_type_from_text(text) == "theft"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the lock on my bracelet snapped", "damage"),
        ("my dog ripped it off my neck playing", "damage"),
        ("lost it off my wrist somewhere", "lost"),
        ("it was in my locker and now it isn't, the lock wasn't broken", "lost"),
        ("I grabbed my bag and ran for the bus, the clasp was bent", "damage"),
    ],
)
def test_force_words_that_are_no_theft(text: str, kind: str) -> None:
    assert claim_type_from_text(text) != "theft"


@pytest.mark.parametrize("text", ["it's gone", "it just vanished from the dresser", "can't find it anywhere"])
def test_gone_alone_is_noted_as_lost_and_said_back(text: str) -> None:
    reading = read_reply(text, "claim_type", {"item_type": "ring"})
    assert reading.slots.get("claim_type") == "lost"
    assert reading.notes


def test_lost_in_words_is_not_said_back() -> None:
    reading = read_reply("I lost it at the beach", "claim_type", {"item_type": "ring"})
    assert reading.slots.get("claim_type") == "lost" and not reading.notes


# Where it was last seen or searched, opened with a "don't know": someone's guess, kept
# and said back; a plain answer is not.
@pytest.mark.parametrize(
    ("slot", "text", "said_back"),
    [
        ("last_seen", "no idea, my partner thinks it was on the dresser on Friday night", True),
        ("search_done", "not sure, my son has been looking through the car and the garage", True),
        ("search_done", "the car, the garage and under every couch cushion", False),
        ("last_seen", "on the bathroom shelf before my shower", False),
    ],
)
def test_a_place_opened_with_dont_know_is_said_back(slot: str, text: str, said_back: bool) -> None:
    reading = read_reply(text, slot)
    assert reading.slots.get(slot) == text
    assert bool(reading.notes) is said_back


def test_a_title_in_the_opening_is_no_part_of_the_name() -> None:
    reading = read_reply(
        "Good evening, this is Prof. Hana Kowalski, my watch was stolen from my car",
        None,
        intent="report_claim",
    )
    assert reading.slots.get("claimant_name") == "Hana Kowalski"


@pytest.mark.parametrize(
    "text",
    [
        "sorry it was the side gate not the front gate they came through",
        "actually it was the number 12 bus not the 14, same stop though",
    ],
)
def test_a_detail_set_right_at_the_summary_is_added_to_what_happened(text: str) -> None:
    known = {**SUMMARY, "loss_description": "taken from my bag on the bus"}
    reading = read_reply(text, "claim_confirmed", known)
    assert text in reading.slots.get("loss_description", "")
    assert reading.slots.get("claim_confirmed") is False
    assert reading.notes


@pytest.mark.parametrize("text", ["no that's not right at all", "I don't get what you need from me"])
def test_no_detail_is_added_from_words_that_change_nothing(text: str) -> None:
    known = {**SUMMARY, "loss_description": "taken from my bag on the bus"}
    assert "loss_description" not in read_reply(text, "claim_confirmed", known).slots


@pytest.mark.parametrize(
    "text",
    ["yep all good, can my partner send the valuation later?", "yes, can I add the receipt afterwards?"],
)
def test_a_yes_with_an_add_later_question_filed_as_faq_confirms(text: str) -> None:
    reading = read_reply(text, "claim_confirmed", SUMMARY, intent="faq")
    assert reading.slots == {"claim_confirmed": True} and reading.notes


def test_a_question_alone_at_the_summary_is_left_to_the_faq() -> None:
    assert (
        read_reply("how long does it take to process?", "claim_confirmed", SUMMARY, intent="faq").slots == {}
    )
