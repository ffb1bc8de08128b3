"""fresh26's decline-routing kinds, as readers (phrasings the set does not contain, US and
NZ, with the negatives that must not be read so):

- a general question first, then the person's own refusal in a later sentence;
- the refusal told as "they've said no" (and other forms of the insurer's "no");
- "trying to figure out if that's legit": an "if" that means whether, no supposition;
- the insurer's decision asked about by name ("I want to know about the denial");
- the insurer said on the call that the piece was not listed, and the person listed it:
  no decision yet;
- a worn part named as the reason ("the claws were worn");
- a home "done over" or "ransacked": a theft;
- where the person is, said alone ("I'm in Texas", "Houston, TX")."""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.answers import UserMessage
from bot.language.claim.claim_type import claim_type_from_text
from bot.language.claim.listing import listing_said
from bot.language.decline_answers import (
    ReasonGuess,
    asks_about_the_decision,
    place_only,
    read_decline_answers,
    reason_stated,
    short_region_answer,
    tells_of_a_decline,
    told_unlisted_then_listed,
)
from bot.language.requests import is_hypothetical
from bot.rules.declines import load_decline_knowledge


@pytest.mark.parametrize(
    "text",
    [
        # NZ
        "do contents policies normally cover jewellery at the beach? asking because Tower declined our claim for my bracelet",
        "does AMI need a valuation for rings? they rejected my claim because I didn't have one",
        "can an insurer ask for a receipt from 1985? mine has turned down my claim for my nana's brooch",
        # US
        "do homeowners policies usually have a jewelry cap? my insurer only paid me $1,500 for my $6,000 ring",
        "will renters insurance pay for a lost watch? State Farm denied my claim last week",
        "is it normal to need an appraisal? Allstate refused my claim without one.",
    ],
)
def test_a_question_first_then_the_persons_own_refusal(text: str) -> None:
    assert tells_of_a_decline(text)


@pytest.mark.parametrize(
    "text",
    [
        "can my insurer refuse to pay if the ring wasn't in a safe?",
        "can they decline a claim for no receipt? what if I only have photos",
        "does insurance cover lost rings? asking for a friend whose claim got denied",
        "would AMI decline it if I left it at the gym? I haven't claimed yet",
        "do insurers deny claims for worn claws? I'm worried they will",
    ],
)
def test_a_question_about_what_insurers_may_do_tells_no_refusal(text: str) -> None:
    assert not tells_of_a_decline(text)


@pytest.mark.parametrize(
    "text",
    [
        "I claimed for my necklace and they've said no",  # NZ
        "we put a claim in for the ring. they have said no.",
        "Tower's already said no to my claim for the earrings",  # NZ
        "lodged the claim for my watch and they came back with a no",
        "my claim for the bracelet, they came back and said no",
        "claimed for my stolen chain and it's a no from them",
    ],
)
def test_the_insurers_no_told_in_other_words(text: str) -> None:
    assert tells_of_a_decline(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm scared they'll say no to my claim",
        "what if they say no?",
        "they said no problem, they'll send an assessor",
        "the jeweller came back with a quote for the ring",
    ],
)
def test_no_insurers_no(text: str) -> None:
    assert not tells_of_a_decline(text)


@pytest.mark.parametrize(
    "text",
    [
        "my homeowners only paid $1,200 for my $5,000 ring and I'm trying to figure out if that's right",
        "our contents only paid $900 for my $3,000 watch, I want to work out if that's fair",  # NZ
        "they only paid me $2,000 for the $8,000 necklace, need to confirm if that's allowed",
    ],
)
def test_an_if_that_means_whether_supposes_nothing(text: str) -> None:
    assert tells_of_a_decline(text)


@pytest.mark.parametrize(
    "text",
    [
        "no, I just want to understand the denial",
        "no, I want to know about the decline",
        "not right. it's the refusal I wanted to ask about",
        "can you explain their rejection to me",
        "I'm really here about why they knocked it back",  # NZ
        "actually I need help with Tower's decision",  # NZ
        "I want to know why my claim got denied",
        "the decline is what I want to understand",
    ],
)
def test_the_decision_asked_about(text: str) -> None:
    assert asks_about_the_decision(text)


@pytest.mark.parametrize(
    "text",
    [
        "how do I avoid a denial?",
        "what happens if it's declined?",
        "I'm worried about the decline",
        "can they decline it if there's no receipt?",
        "what's the decline rate for lost rings",
        "no, the date was 3 March",
        "can you explain the process",
        "the denial letter came yesterday",
        "can they decline the claim?",
        "can you explain the denial process to me",
    ],
)
def test_no_decision_asked_about(text: str) -> None:
    assert not asks_about_the_decision(text)


@pytest.mark.parametrize(
    "text",
    [
        "I lost my bracelet at the beach on Saturday and AMI told me it wasn't specified, so I've specified it now",  # NZ
        "my watch was stolen from the gym, State Farm said the watch wasn't scheduled, so we scheduled it that afternoon",
        "my earrings went missing at the airport, I rang the insurer and they said they weren't listed so I added them",
        "when I called Allstate they said my ring wasn't on the policy, so I added it straight away. what now?",
        "rang Tower after the burglary, they told me the chain wasn't on our contents so we put it on the next day",  # NZ
    ],
)
def test_told_it_was_not_listed_then_listed_it(text: str) -> None:
    assert told_unlisted_then_listed(text)


@pytest.mark.parametrize(
    "text",
    [
        "my ring was stolen and they said it wasn't on my policy so they won't pay",
        "I lost my ring and the insurer said it wasn't listed, so I added it, but they've declined the claim",
        "my ring was stolen, they said it wasn't on the policy",
        "I added my ring to the policy when I bought it",
        "my ring was stolen from the drawer, they said it wasn't in a safe so I put it in one after",
    ],
)
def test_not_only_told_it_was_not_listed(text: str) -> None:
    assert not told_unlisted_then_listed(text)


REASONS = set(load_decline_knowledge().reasons)


@pytest.mark.parametrize(
    "text",
    [
        "they said the prongs were worn",
        "the letter says the claws had been worn",  # NZ
        "worn claws, apparently",
        "the assessor reckons the clasp was old and tired",  # NZ
        "declined because of normal wear",
        "they said the setting was badly worn",
        "they said the catch on the bracelet was worn",
        "they put it down to everyday wear",
        "the shank was too thin from years of use, they said",
    ],
)
def test_a_worn_part_is_wear_and_tear(text: str) -> None:
    assert reason_stated(text, REASONS) == "wear_and_tear"


@pytest.mark.parametrize(
    "text",
    [
        "it was worn every day",
        "I had worn the necklace to dinner",
        "the ring was worn on my finger when it broke",
        "I've had it from age 16",
        "because of use it would be",
        "the clasp was weak and it fell off at the market",
        "my band cracked after 5 months of normal wear",
    ],
)
def test_worn_on_the_body_is_no_reason(text: str) -> None:
    assert reason_stated(text, REASONS) is None


@pytest.mark.parametrize(
    "text",
    [
        "came back Sunday to the house done over and my rings gone",  # NZ
        "we got done over while we were at the bach, mum's necklace is gone",  # NZ
        "we've been done over, they got my watch",
        "the flat was turned over and my necklace is gone",
        "came home to find the bedrooms ransacked and my ring missing",
        "the car was done over at the beach carpark and my watch is gone",
    ],
)
def test_a_home_done_over_is_a_theft(text: str) -> None:
    assert claim_type_from_text(text) == "theft"


@pytest.mark.parametrize(
    "text",
    [
        "we had the kitchen done over last year, my ring is fine",
        "I turned the house over looking for my ring",
        "I ransacked the house looking for it and it is gone",
    ],
)
def test_no_theft_in_done_over(text: str) -> None:
    assert claim_type_from_text(text) != "theft"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Houston, TX", "US"),
        ("columbus, OH", "US"),
        ("Tennessee", "US"),
        ("we're in Oregon", "US"),
        ("the US", "US"),
    ],
)
def test_a_state_answers_which_country(text: str, region: str) -> None:
    assert short_region_answer(text) == region


@pytest.mark.parametrize("text", ["hmm, oh", "thanks", "no", "I'm not sure"])
def test_no_state_in_the_answer(text: str) -> None:
    assert short_region_answer(text) is None


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("I'm in Texas", "US"),
        ("we're in Christchurch btw", "NZ"),
        ("it's a NZ policy", "NZ"),
        ("the policy's with a US company", "US"),
        ("we live in Ohio", "US"),
        ("Dunedin", "NZ"),
    ],
)
def test_a_place_said_alone(text: str, region: str) -> None:
    assert place_only(text) == region


@pytest.mark.parametrize(
    "text",
    [
        "I live in Texas, how much would it cost to insure my ring?",
        "my ring is in Texas",
        "we're in Auckland and the ring is worth $5,000",
        "thanks",
        "what's the complaints body in New Zealand?",
    ],
)
def test_more_than_a_place(text: str) -> None:
    assert place_only(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Tower declined my claim for my watch, said I had no receipt",  # NZ
        "they said we couldn't provide a valuation",  # NZ
        "denied because I didn't have any paperwork for it",
        "the letter says lack of documentation",
        "I've no receipt, that's why they refused",
        "they said she couldn't produce proof",
    ],
)
def test_no_paper_for_the_piece_is_proof_of_ownership(text: str) -> None:
    assert reason_stated(text, REASONS) == "proof_of_ownership"


@pytest.mark.parametrize(
    "text",
    [
        "I have the receipt and they still said no",
        "they said it wasn't in a safe",
        "no receipt needed for that, the jeweller said",
    ],
)
def test_paper_in_hand_is_no_proof_reason(text: str) -> None:
    assert reason_stated(text, REASONS) != "proof_of_ownership"


@pytest.mark.parametrize(
    ("text", "imagined"),
    [
        ("trying to figure out if that's legit", False),
        ("I want to work out if they can do that", False),
        ("curious if that's normal", False),
        ("I'd like to understand if I lose it what happens", True),
        ("what if I lose it on holiday", True),
    ],
)
def test_an_if_that_means_whether(text: str, imagined: bool) -> None:
    assert is_hypothetical(text) is imagined


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "kia ora, I lost my necklace at a concert and rang Tower to put it on my policy, then claimed. "
            "they've said no. didn't it matter when I added it?",
            {"item_type": "necklace", "region": "NZ"},
        ),
        (
            "is there usually a cap on jewelry in homeowners? my homeowners only gave me $1,500 for a $7,800 watch",
            {"item_type": "watch", "claimed_amount": 7800.0, "offered_amount": 1500.0},
        ),
    ],
)
def test_a_refusal_told_as_a_question_opens_the_form_with_its_facts(
    text: str, facts: dict[str, object]
) -> None:
    knowledge = load_decline_knowledge()
    reading = read_decline_answers(
        UserMessage(text, "faq"), None, ReasonGuess(None, 0.0), REASONS, None, not_given=knowledge.not_given
    )
    assert facts.items() <= reading.slots.items()


def test_a_general_question_opens_it_with_none() -> None:
    text = "is there usually a cap on jewelry in homeowners for a watch?"
    reading = read_decline_answers(UserMessage(text, "faq"), None, ReasonGuess(None, 0.0), REASONS, None)
    assert reading.slots == {}


@pytest.mark.parametrize(
    "text",
    [
        "when I called Allstate they said it wasn't on my policy so I added it that same day",
        "AMI told me it wasn't specified, so I specified it the same day",  # NZ
        "it wasn't specified on our contents so we added it the next morning",  # NZ
        "they said the watch wasn't scheduled and I scheduled it that afternoon... the same afternoon",
    ],
)
def test_listed_once_told_it_was_not_is_listed_after_the_loss(text: str) -> None:
    assert listing_said(text, date(2026, 11, 29), None) == {"was_specified": False, "listed_after_loss": True}


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("I listed it the same day I bought it", {"was_specified": True}),
        ("it wasn't scheduled, I never got round to it", {"was_specified": False}),
        ("no, it was not listed", {"was_specified": False}),
    ],
)
def test_a_listing_at_purchase_or_none_is_no_late_listing(text: str, said: dict[str, bool]) -> None:
    assert listing_said(text, date(2026, 11, 29), None) == said
