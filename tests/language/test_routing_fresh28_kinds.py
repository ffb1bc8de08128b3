"""First-message routing kinds from fresh28, in phrasings of our own (US and NZ):

- a loss only feared or wished away beside a request for advice is no loss told;
- a refusal told as "my insurance won't touch it" after a fault the piece developed,
  or as what the shop (or someone) said, is a decline;
- coming home ("we got back last night") is no money got back: a policy condition
  read beside a fresh burglary tells no decision;
- a person asked for as "someone real I can talk to";
- an opening question that only asks whether or how to cover the piece is the guide's.
"""

from __future__ import annotations

import pytest

from bot.actions.declines import flow_without_a_decision
from bot.language.answers import UserMessage
from bot.language.claim.claim_type import tells_of_a_claim
from bot.language.decline_answers import tells_of_a_decline, wants_the_decline_explained
from bot.language.requests import asks_for_a_person, asks_only_how_to_cover
from bot.language.stories import speaks_of_a_decision, tells_of_a_defect


@pytest.mark.parametrize(
    "text",
    [
        "My wife bought me a gold signet ring for our 25th and I'd hate to lose it. Which cover do most people go for",
        "got given a pounamu pendant by my nan, would hate to lose it, what do people normally do for cover",
        "I don't want my new tennis bracelet to get stolen when we travel. what insurance makes sense",
        "my son gave me a diamond watch and I worry about losing it at work. what should I be looking at",
        "couldn't bear to lose mum's engagement ring, it's all I have of her. how do people cover these",
        "I dread breaking my new opal ring, it's so fragile. is there cover for that kind of thing",
    ],
)
def test_a_loss_feared_is_no_claim(text: str) -> None:
    assert not tells_of_a_claim(text)


@pytest.mark.parametrize(
    "text",
    [
        "my ring was stolen from the gym locker yesterday",
        "I hate to say it but my necklace got stolen at the beach",
        "lost my bracelet at the mall on Saturday",
        "the clasp on my chain snapped and my pendant's gone",
    ],
)
def test_a_loss_told_is_still_a_claim(text: str) -> None:
    assert tells_of_a_claim(text)


@pytest.mark.parametrize(
    "text",
    [
        # A fault, then the insurer or plan that won't touch it.
        "bought a watch in March and it quit ticking a month later, my insurance won't touch it",
        "the clasp on my new bracelet keeps coming undone and the jewellery insurance won't touch it. not happy",
        "my Seiko stopped working after six weeks and the policy won't cover it, said it's a defect",
        "new watch died after a fortnight and AMI wont touch it",
        # A refusal retold as what the shop, or someone, said, beside a loss.
        "my chain was nicked off me on Queen St and you guys said the care plan doesn't cover that",
        "someone took my earrings from my hotel room and your store said the protection plan doesn't cover theft",
        "my bangle got stolen at a party and I was told the care plan doesn't cover it",
        "lost my pendant at the beach and the lady at the shop said it's not covered by the plan",
    ],
)
def test_a_refusal_told_is_a_decline(text: str) -> None:
    assert tells_of_a_decline(text)
    assert wants_the_decline_explained(text)


@pytest.mark.parametrize(
    "text",
    [
        # No refusal: a fault alone, or the insurer's words about the cover in general.
        "my new watch stopped working after 5 weeks, what can I do?",
        "does the care plan cover a watch that stops working?",
        "you guys said the care plan covers prongs, is that right?",
        "I was told the care plan doesn't cover theft, is that true? I'm thinking of buying one",
        "my insurance won't touch it if it isn't appraised, should I get one?",
        "the jeweller won't touch my ring because it's platinum",
    ],
)
def test_no_refusal_told(text: str) -> None:
    assert not tells_of_a_decline(text)


@pytest.mark.parametrize(
    "text",
    [
        "my watch stopped working",
        "it quit ticking after a month",
        "the clasp keeps coming undone",
        "it's faulty",
    ],
)
def test_a_defect_told(text: str) -> None:
    assert tells_of_a_defect(text)


@pytest.mark.parametrize(
    "text",
    [
        "my watch stopped at the shop for a battery change",
        "I stopped wearing it",
        "it keeps time perfectly",
    ],
)
def test_no_defect_told(text: str) -> None:
    assert not tells_of_a_defect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Got back from Queenstown on Sunday to find the flat ransacked. My gold bracelet was in the dresser. "
        "The policy says jewellery over $5,000 must be locked away when we're away",
        "We got back this morning and the house had been burgled. my diamond ring was in my nightstand. "
        "our policy requires anything over 10k to be in a safe",
        "came home from Florida and someone had broken in. my watch was on the dresser. "
        "I know the policy says it should have been in the safe",
    ],
)
def test_a_condition_read_beside_a_burglary_is_a_claim(text: str) -> None:
    assert not tells_of_a_decline(text)
    assert not speaks_of_a_decision(text)
    assert flow_without_a_decision(UserMessage(text, "decline")) == "claim_intake_form"


@pytest.mark.parametrize(
    "text",
    [
        "they only paid out $900, I got back less than half",
        "got back only $1,200 for a $4,000 ring",
        "the insurer finally got back to us about the bracelet",
        "the insurer told me no",
    ],
)
def test_money_got_back_is_still_a_decision(text: str) -> None:
    assert speaks_of_a_decision(text)


@pytest.mark.parametrize(
    "text",
    [
        "hi there, is there anyone real I could speak with about my ring",
        "kia ora, is there someone real I can call about a stolen necklace",
        "is there a human I can chat to? this is a lot to type",
        "is there a staff member I could talk with about my claim?",
        "can I talk to someone real please",
        "is anybody human reading this",
    ],
)
def test_a_person_asked_for(text: str) -> None:
    assert asks_for_a_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "someone real close to me took my ring",
        "is there someone I should tell about the theft, like the police?",
        "is there a real risk my ring gets stolen overseas?",
        "someone real nice at the store sold me the ring",
    ],
)
def test_a_person_not_asked_for(text: str) -> None:
    assert not asks_for_a_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "should I insure my grandad's gold watch?",
        "should we insure mum's old pearl necklace?",
        "is it worth insuring my late aunt's ruby ring?",
        "I inherited my nan's opal brooch. should I get it insured?",
        "how should I insure my wife's engagement ring?",
    ],
)
def test_the_guides_question_only(text: str) -> None:
    assert asks_only_how_to_cover(text)


@pytest.mark.parametrize(
    "text",
    [
        "should I insure my grandad's gold watch? and does contents cover it overseas?",
        "does renters insurance cover a lost ring?",
        "what is a blanket endorsement?",
        "my ring was stolen, what do I do?",
        "I have a ring worth $3,000",
    ],
)
def test_another_question_asked(text: str) -> None:
    assert not asks_only_how_to_cover(text)


@pytest.mark.parametrize(
    "text",
    [
        "are they going to refuse it because it wasn't locked up? we were in a rush",
        "will they decline it since the bracelet was in my handbag?",
        "they'll probably knock it back, won't they, as it wasn't specified",
        "is AMI gonna say no because we left a window open?",
    ],
)
def test_a_refusal_to_come_is_no_decision(text: str) -> None:
    from bot.language.decline_answers import tells_it_was_decided

    assert not tells_it_was_decided(text)


@pytest.mark.parametrize(
    "text",
    [
        "they already turned it down",
        "yep, declined last week",
        "the insurer said no because it wasn't in the safe",
    ],
)
def test_a_refusal_made_is_still_a_decision(text: str) -> None:
    from bot.language.decline_answers import tells_it_was_decided

    assert tells_it_was_decided(text)
