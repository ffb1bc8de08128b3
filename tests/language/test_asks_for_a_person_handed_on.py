"""A person asked for in words the scope guard took for out of scope: handed on ("pass
me to your manager"), the matter taken to someone ("I'd rather deal with someone at the
store"), who to reach ("who do I talk to about this"), a person of the shop asked to look.
Not the same words about anyone else (a husband, an uber, the insurer, the police)."""

from __future__ import annotations

import pytest

from bot.language.requests import asks_for_a_person, asks_to_reach_someone_else


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather sort it with somebody at the shop",  # NZ
        "honestly would prefer to deal with one of your team",  # US
        "id prefer to go over this with a real person tbh",
        "pass me on to your supervisor please",
        "can u hand me over to somebody who works there",
        "escalate it to a human pls",
        "could you put me through to whoever does claims",
        "can you put us onto someone at the Newmarket store",  # NZ
        "refer me to a staff member",
        "who do i talk to about this?",
        "ok so who can I speak with about my policy",
        "who should we contact at the shop about mum's ring",  # NZ
        "who do I get in touch with",
        "can someone from the store look over my claim",
        "could a staff member check this for me",
        "can one of your jewellers take a look at it",
        "get me somebody who actually knows what they're doing",
        "this isnt working, can i get a person",
        "may I please have a human",
        "can I speak with the owner?",
        "i wanna chat to whoever handles insurance",
        "is there an email for a real person",
        "what's the number for an actual human",
        "could you have a staff member message me",
        "get one of your team to dm us",
    ],
)
def test_a_person_asked_for_in_more_words(text: str) -> None:
    assert asks_for_a_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "can you text my husband",
        "call me an uber",
        "can you email my boss that I'm sick",
        "can you get my husband to call me",
        "who do I contact to report a theft?",
        "who do I call if my ring gets stolen?",
        "who do I complain to about my insurer?",
        "who should I contact, my insurer or the police?",
        "who do I talk to at my insurance company",
        "who do I contact to make a claim",
        "who can I talk to if they decline my claim?",
        "can someone help me work out the value?",
        "i want to talk to my husband about it first",
        "I'll deal with someone at the bank tomorrow",
        "need to sort this out with my insurer",
        "do you pass my details on to the insurer?",
        "can I hand it in to the jeweller for repair",
        "can i have a person on the policy as a second owner?",
        "who won the rugby last night",
    ],
)
def test_not_a_person_of_the_shop_asked_for(text: str) -> None:
    assert not asks_for_a_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "how do I get in touch with the shop",
        "how can we contact your team",
        "how do i reach someone there",
        "could someone from the team give me a bell",  # NZ
        "can the manager give us a call",
        "can I leave a message for the owner",
        "I need a real person to look over my claim",
        "want somebody to personally review it",
    ],
)
def test_a_way_to_a_person_asked_for(text: str) -> None:
    assert asks_for_a_person(text)


@pytest.mark.parametrize(
    ("text", "someone_else"),
    [
        ("can you get my mechanic to call me", True),
        ("could u text my wife I'm running late", True),
        ("please email my boss", True),
        ("can you remind my flatmate to feed the cat", True),
        ("can you get my husband to call the store", False),  # the shop is who is reached
        ("can you tell my partner the ring is insured", False),  # about the cover
        ("my husband wants to ring you", False),
        ("who do I talk to about this", False),
    ],
)
def test_someone_of_ones_own_to_reach(text: str, someone_else: bool) -> None:
    assert asks_to_reach_someone_else(text) is someone_else


@pytest.mark.parametrize(
    "text",
    [
        "can I get somebody on the phone",
        "put a real person on",
        "could a member of your staff ring me after 3",  # NZ
        "can your team email us",
        "is there anybody at the shop today",
        "who's around to chat",
        "can I talk to one of the sales assistants",
        "send me to a human",
        "I'd like to be called back by a staff member",
        "please contact me, my number is 021 555 0187",  # NZ
        "call me back asap",
    ],
)
def test_a_person_asked_for_in_the_shops_words(text: str) -> None:
    assert asks_for_a_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "call me an uber",
        "can the store email me a copy of the valuation?",
        "send me the claim form",
        "put it on my policy",
        "who's covered under my policy",
    ],
)
def test_not_a_person_in_the_shops_words(text: str) -> None:
    assert not asks_for_a_person(text)
