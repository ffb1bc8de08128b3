"""A theft by someone the person let in, told as a suspicion (knowledge/claims.yml
`theft_suspected`, bot/language/claim/claim_type.py): "I think the cleaner took it", "the
only people in the house were the carpet guys", "can't prove it but our Airbnb guest...".
Read as a theft, at the opening or told later in the story of a claim taken as a loss
(said back as a change), with the invited_guest_theft flag. A belief taken back ("I
thought it was stolen but then I found it"), a loss with no one suspected, and a story
that mentions people without suspecting them stay as they were.

Phrasings are our own (US and NZ, typos, hedges); the negatives must not change."""

from __future__ import annotations

import pytest

from bot.actions.claims import claim_facts
from bot.language.claim.claim_type import theft_told_of_people_let_in
from bot.rules.claims import assess_claim, load_claim_knowledge
from tests.language.claim.reading import read_reply

SUSPECTED = [
    "I think the cleaner took my diamond ring, it's gone from the dish",
    "the only people in the house were the carpet guys and now my bracelet is missing",
    "can't prove it but our Airbnb guest must have taken my necklace",
    "noticed my earrings gone after the party, one of the guests must have",
    "my ring went missing after the plumber was here, I reckon he had it",
    "i suspect the painters, my watch disappeared the day they finished",
    "we had a house full for christmas and my pendant is gone, one of the rellies must have taken it",  # NZ
    "my engagement ring is missing and the only person who's been in is the cleaning lady",
    "not accusing anyone but the tradies were here all week and now my watch is gone",  # NZ
    "Our nanny left last week and my pearl necklace hasnt been seen since, i think she took it",
    "had a few people over on saturday, sunday morning my ring wasnt on the bathroom shelf. one of them must've taken it",
    "the movers packed my jewellery box and when we unpacked the necklace wasn't in it. pretty sure one of them swiped it",
    "I can't find my ring anywhere. the only people in the house were the carpet guys",
    "I lost my ring and I suspect the nanny",
    "can't find my watch since the Airbnb guests checked out. can't prove it but I reckon they took it",
    "i cant find my bracelet and the only one who was in the house was the plumber. i really think he took it",
    "ring's gone from my bedside table, the only other person in the house was the dog walker",
]

NOT_SUSPECTED = [
    "I thought it was stolen but it turned out I dropped it down the drain",
    "I lost my ring at the party, it slipped off while dancing",
    "my bracelet is missing, no one has been in the house, I must have misplaced it",
    "I lost my earring somewhere at the mall",
    "my necklace went missing on the walk home, no idea where",
]


def _flags(slots: dict[str, object], story: str) -> list[str]:
    facts = claim_facts({**slots, "loss_description": slots.get("loss_description") or story})
    return [flag.code for flag in assess_claim(facts, load_claim_knowledge())]


@pytest.mark.parametrize("text", SUSPECTED)
def test_a_suspicion_of_someone_let_in_opens_a_theft(text: str) -> None:
    slots = read_reply(text, None, intent="report_claim").slots
    assert slots.get("claim_type") == "theft"
    assert "invited_guest_theft" in _flags(slots, text)


@pytest.mark.parametrize("slot", ["loss_description", "last_seen", "search_done"])
@pytest.mark.parametrize("text", SUSPECTED)
def test_a_suspicion_told_later_makes_a_loss_a_theft(text: str, slot: str) -> None:
    known = {"claim_type": "lost", "item_type": "ring", "item_value": 2000.0}
    reading = read_reply(text, slot, known)
    assert reading.slots.get("claim_type") == "theft"
    assert any("now a theft" in note for note in reading.notes)


@pytest.mark.parametrize("text", NOT_SUSPECTED)
def test_no_one_suspected_is_no_theft(text: str) -> None:
    assert read_reply(text, None, intent="report_claim").slots.get("claim_type") in (None, "lost")


def test_a_theft_thought_then_a_stone_found_chipped_is_damage() -> None:
    text = "I thought the cleaner had stolen my ring but then I found it behind the couch, but the stone is chipped"
    assert read_reply(text, None, intent="report_claim").slots.get("claim_type") == "damage"


@pytest.mark.parametrize("slot", ["loss_description", "last_seen", "search_done"])
@pytest.mark.parametrize(
    "text",
    [
        *NOT_SUSPECTED,
        "last saw it at the party on saturday, it was on my finger",
        "I searched the whole house, even asked the cleaner to look",
        "we had guests over but I checked with all of them and nobody has seen it",
        "before the tradies came I put it in the drawer, that's the last time I saw it",
        "I took it off at the bbq and put it on the table, then it was gone. I think it fell in the grass",
        "turned the house upside down, the cleaner helped me look, nothing",
        "I dropped it at the party and one of the guests must have kicked it under something",
        "checked the car, the office and asked the babysitter, no luck",
        "could have been the movers, could have been me, no idea",
    ],
)
def test_a_story_that_suspects_no_one_leaves_the_loss(text: str, slot: str) -> None:
    known = {"claim_type": "lost", "item_type": "ring", "item_value": 2000.0}
    assert "claim_type" not in read_reply(text, slot, known).slots


@pytest.mark.parametrize(
    "text",
    [
        # People around when it went, or a suspicion asked about or held back, leave a loss
        # already taken as a loss (eight tuned-set conversations had turned into thefts).
        "I wore it to a Halloween party on the 30th and the next morning it wasn't in my jewelry dish",
        "I went to wear it to a friend's thing on friday and it wasnt in the box",
        "would it count as theft if the housekeeping took them? I'm not saying they did",
        "We've had a cleaner and a plumber in the house since but we don't want to accuse anyone",
        "The carers come in and out, and so does the lady across the hall, she wanders. On Wednesday the dish was empty.",
        "do I have to say the movers might have taken it? I don't want to get them in trouble for nothing",
    ],
)
def test_people_around_or_a_held_back_suspicion_leave_a_loss_a_loss(text: str) -> None:
    assert not theft_told_of_people_let_in(text)
