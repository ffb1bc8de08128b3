"""What a message asks for: a person, an answer, advice about one's own piece, or nothing yet."""

from __future__ import annotations

import pytest

from bot.language.requests import (
    asks_about_insuring_a_piece,
    asks_for_a_person,
    asks_how_to_cover,
    asks_in_general,
    asks_only_to_claim,
    asks_which_cover_for_it,
    is_hypothetical,
    just_asking,
    reads_as_a_question,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("is a blanket endorsement enough", True),
        ("wait, which one covers travel", True),
        ("um, how long does a valuation take", True),
        ("my bracelet is insured already?", True),
        ("I wear it to the gym", False),
        ("the suburbs, sort of", False),
        ("this is a question really", False),  # a question word, but not at the start
    ],
)
def test_a_question_ends_with_a_mark_or_opens_with_a_question_word(text: str, expected: bool) -> None:
    assert reads_as_a_question(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("honestly I'd rather speak with a real person about this", True),
        ("could somebody just ring me tomorrow", True),
        ("is there a human there?", True),
        ("can I chat to the team at the Ponsonby store", True),
        ("my husband will talk to me about it", False),
        ("someone called about my claim", False),
        # A message that is only the person asked for.
        ("Agent", True),
        ("a real human pls", True),
        ("customer service!", True),
        ("get me a live agent now", True),
        ("operator", True),
        ("the agent said it wasn't covered", False),
        ("my insurance rep", False),
    ],
)
def test_asking_for_a_person(text: str, expected: bool) -> None:
    assert asks_for_a_person(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what would I need for a claim? nothing has happened, I'm only curious", True),
        ("how does claiming work if anything goes wrong on our honeymoon", True),
        ("hypothetically, what would the insurer want from me", True),
        ("my pendant was stolen from the gym locker", False),
    ],
)
def test_just_asking_says_no_claim_is_there_yet(text: str, expected: bool) -> None:
    assert just_asking(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what happens when a stone falls out", True),
        ("supposing my watch got nicked on holiday", True),
        ("I've lost some weight and the band slid off in the sea", True),
        ("the clasp snapped on my necklace yesterday", False),
    ],
)
def test_an_imagined_case_is_hypothetical(text: str, expected: bool) -> None:
    assert is_hypothetical(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("should I insure my grandmother's brooch", True),
        ("best way to protect a tennis bracelet", True),
        ("my watch is on the home policy, is that enough", True),
        ("our rings are scheduled, would we need to do more", True),
        ("does the care plan protect against theft", False),  # the FAQ answers care plans
        ("is a service plan worth it for my ring", False),
        ("what is a jewelry appraisal", False),
    ],
)
def test_asking_about_insuring_a_piece(text: str, expected: bool) -> None:
    assert asks_about_insuring_a_piece(text) is expected


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("should I add it to something or get separate coverage?", True),
        ("do we put it on our home policy or get it its own policy?", True),
        ("should I insure it separately", True),
        ("would I be better to schedule it or leave it on the blanket?", True),
        ("can I just add it to my renters?", True),
        ("do I need separate coverage for jewelry?", False),
        ("what is a scheduled item?", False),
        ("should I get the care plan with it?", False),
        ("how do I make a claim if something happens to it? just asking", False),
    ],
)
def test_advice_asked_about_their_own_piece_not_yet_named(text: str, advice: bool) -> None:
    assert asks_which_cover_for_it(text) is advice


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("how should we protect my wife's bracelet?", True),
        ("what's the best cover for a watch like mine", True),
        ("should I get my pendant insured?", True),
        ("is a stolen ring covered by renters insurance?", False),
        ("do I need a valuation to insure my brooch?", False),
    ],
)
def test_advice_asked_for_or_a_general_question(text: str, advice: bool) -> None:
    assert asks_how_to_cover(text) is advice


@pytest.mark.parametrize(
    ("text", "general"),
    [
        ("does tenants insurance pay if my bracelet is stolen?", True),
        ("is an appraisal needed to insure my ring?", True),
        ("I have my ring on a blanket rider, should I change that?", False),
        ("my aunt left me her brooch and I've no clue whether it's covered", False),
        ("should I insure my watch?", False),
    ],
)
def test_a_general_question_about_cover(text: str, general: bool) -> None:
    assert asks_in_general(text) is general


@pytest.mark.parametrize(
    "text",
    [
        "my necklace was stolen yesterday, can I claim?",
        "I lost my ring at the beach on Saturday, can I make a claim?",
        "my watch got nicked from the gym, am I able to claim for it?",
        "my bracelet snapped, can I claim on insurance?",
        "hi, my engagement ring went missing last week. how do I start a claim",
        "ring stolen out of the car - how do we go about making a claim through our contents?",
        "someone took my earrings at a party. could I please lodge a claim?",
        "my pendant fell off somewhere in Tauranga, where do I start?",
    ],
)
def test_a_question_that_only_asks_to_claim_is_the_intakes_own(text: str) -> None:
    assert asks_only_to_claim(text)


@pytest.mark.parametrize(
    "text",
    [
        "my ring was stolen, can I claim if it wasn't specified?",
        "my ring was stolen, can I claim the full value?",
        "my ring was stolen. is it covered?",
        "my ring was stolen, can I claim? do I need a police report?",
        "someone broke in and took my earrings. what do I do now",
        "can I claim for a ring I lost before I insured it?",
        "how do I claim on the care plan for a lost stone when the receipt's gone?",
    ],
)
def test_a_question_about_the_claim_is_not_only_asking_to_claim(text: str) -> None:
    assert not asks_only_to_claim(text)


@pytest.mark.parametrize(
    "text",
    [
        "can I get the store's phone number? I'd rather ring",
        "is anyone actually there",
        "can you put me in touch with whoever does the insurance side",
        "my husband wants to ring you, what's the best number",
        "I'd like to make an appointment to talk about insurance for my ring",
        "what's your email address? I'll send the valuation to a person",
        "could you give me the shop's number please",
        "can we call the store about this instead",
        "book a consultation with one of your jewellers",
        "ok, give me your number",
        "please give me the store number",
    ],
)
def test_a_way_to_reach_the_shop_asked_for_is_a_person_asked_for(text: str) -> None:
    assert asks_for_a_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "my phone number is 021 555 0192",
        "what's the number for the police report?",
        "the police gave me a number, 26-1187",
        "I'll call my insurer tomorrow",
        "what is the claim number you gave me",
        "is anyone home when you insure it? we're away a lot",
        "do I need an appointment for a valuation?",
        # A number someone gave, told in past or plain words (fresh15: a handoff).
        "Police come already and give me number. I want to make claim please.",
        "they give me a number for the claim",
        "the officer then give me report number",
        # The number asked for, given (answer bank tune8 lost it to a handoff).
        "ring me on 022 918 3345 after 3, I'm on shift till then",
        "call me on 021 555 1234",
    ],
)
def test_a_number_given_or_another_number_asked_is_no_person_asked_for(text: str) -> None:
    assert not asks_for_a_person(text)
