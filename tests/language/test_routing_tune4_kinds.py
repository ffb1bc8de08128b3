"""Kinds of wording behind the fourth routing tune set's failures (and fresh17's routing
ones), in wordings of our own (US and NZ), with the look-alikes that must not be read
that way."""

import pytest

from bot.language.decline_answers import asks_cover_for_next_time, tells_of_a_decline
from bot.language.requests import (
    about_another_line,
    asks_a_shop_service,
    asks_about_someone,
    asks_for_a_person,
    asks_of_the_usual_case,
    is_hypothetical,
    names_jewelry,
    tells_a_loss_in_a_question,
)
from bot.language.stories import names_jewelry_in_general, tells_it_happened, tells_of_an_earlier_loss


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A person looked for before the question.
        ("is there any staff on this afternoon? got a question about my nan's brooch", True),
        ("are there real people working there or is it all bots", True),
        ("is anyone actually there?", True),
        # A person asked to reach them.
        ("can you have someone from the shop ring me on 021 555 0192", True),
        ("please get one of your team to email me back about the watch", True),
        ("ask a staff member to call me tomorrow", True),
        ("I'd like a call back about my claim", True),
        # Not a person asked for.
        ("are there any people who insure watches over 50k?", False),
        ("the staff member who sold me the ring said it was covered", False),
        ("I had someone call me about a warranty scam", False),
        ("is anyone covered for mysterious disappearance under a standard policy", False),
    ],
)
def test_a_person_asked_for_in_other_words(text: str, person: bool) -> None:
    assert asks_for_a_person(text) is person


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("who owns this shop anyway", True),
        ("who is the boss who runs this place", True),
        ("who's the guy behind this business?", True),
        # Asking for someone, or another question with "who".
        ("who do I talk to about my claim", False),
        ("who can I complain to about my insurer", False),
    ],
)
def test_a_question_about_someone_is_no_person_asked_for(text: str, about: bool) -> None:
    assert asks_about_someone(text) is about


@pytest.mark.parametrize(
    ("text", "other_line"),
    [
        # Something other than a piece insured, or priced.
        ("how would I insure our new jet ski", True),
        ("looking to insure my motorbike before summer, I'm a jeweller by trade", True),
        ("need a homeowners insurance quote for a place in Tampa", True),
        ("our contents insurance premium went up heaps this year, why", True),
        # A claim for something other than a piece, the jewelry named only as untouched.
        ("can I claim for storm damage to the roof? my jewelry box was in the attic but it's fine", True),
        ("my laptop was stolen from the car, they didn't touch my wedding band, can I claim", True),
        ("we don't have any jewelry, just want contents cover for the flat", False),  # no line named
        # A line that never covers a piece is the subject, a piece mentioned in passing.
        ("what pet insurance do you recommend? my puppy keeps chewing my earrings lol", True),
        ("best health insurance for self employed? I make necklaces for a living", True),
        # Jewelry is what it is about: in scope.
        ("does my life insurance cover my wedding ring?", False),
        ("can I insure my ring and my car on the same policy", False),
        ("my contents insurance premium went up after I specified my ring", False),
        ("my laptop and my ring were stolen from the car, can I claim", False),
        ("the builder smashed my watch, can I claim for it and the window", False),
    ],
)
def test_another_line_or_thing_insured(text: str, other_line: bool) -> None:
    assert about_another_line(text) is other_line


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("I don't own any jewellery, just need renters cover", False),
        ("they never found my ring box, thankfully", False),
        ("my watch was on the dresser but it's all fine", False),
        ("not even on my ring have we claimed", False),
        ("I'm a jeweler by trade", False),
        ("my ring and my phone were both taken", True),
        ("no receipt for my ring though", True),
    ],
)
def test_jewelry_named_only_as_left_out(text: str, named: bool) -> None:
    assert names_jewelry(text) is named


@pytest.mark.parametrize(
    ("text", "shop"),
    [
        ("where is my order? placed it two weeks ago for a pendant", True),
        ("tracking number says delivered but no bracelet", True),
        ("is platinum or white gold better for a band I wear every day", True),
        ("lab grown or natural, which lasts better in an engagement ring", True),
        ("which metal is best for sensitive skin", True),
        # Cover asked: not a shop service.
        ("is 18k or 14k cheaper to insure", False),
        ("my order arrived damaged, is it covered by insurance in transit?", False),
        ("is a platinum ring valued higher by insurers?", False),
    ],
)
def test_a_shop_service_or_buying_choice(text: str, shop: bool) -> None:
    assert asks_a_shop_service(text) is shop


@pytest.mark.parametrize(
    ("text", "real"),
    [
        # A loss of one's own told in the question, with when: it happened.
        ("will my renters pay if the dog swallowed my earring last night?", True),
        ("would the contents cover the ring the removalists lost on Saturday?", True),
        ("would insurance pay for the bracelet my toddler flushed this morning", True),
        # Imagined cases.
        ("would my insurance pay if the movers lost my ring?", False),
        ("what happens if my dog ever swallowed an earring?", False),
        ("if a guest stole my bracelet would I be covered", False),
    ],
)
def test_a_real_loss_asked_as_a_question(text: str, real: bool) -> None:
    assert tells_a_loss_in_a_question(text) is real
    assert is_hypothetical(text) is not real


@pytest.mark.parametrize(
    ("text", "happened"),
    [
        ("my mum's necklace vanished from her bedside table. will insurance cover it?", True),
        ("the cleaners took my watch I think, can I claim?", True),
        ("one of the guests stole my bangle at the party, do I claim on contents?", True),
        ("what do I need to lodge a claim for a stolen ring? happened on Tuesday", True),
        # Nothing told as happened.
        ("what do I need to claim for a stolen ring?", False),
        ("can the guests at a party make my insurance void?", False),
        ("what happened to my claim from last month?", False),
    ],
)
def test_a_loss_told_beside_a_question(text: str, happened: bool) -> None:
    assert tells_it_happened(text) is happened


def test_a_pounamu_named_is_a_piece_of_ones_own() -> None:
    assert names_jewelry_in_general("lost my pounamu at the beach yesterday")
    assert not names_jewelry_in_general("is pounamu covered under contents?")


@pytest.mark.parametrize(
    ("text", "decline"),
    [
        # A settlement told at length as short, or a refusal in other words.
        ("USAA paid me way less than what my ring was appraised at, why?", True),
        ("the insurer said my necklace was over the unscheduled limit, so I got $1,500", True),
        ("they settled my claim at actual cash value so I lost half", True),
        ("the adjuster deducted depreciation from my watch, is that allowed", True),
        ("after a month of nothing they emailed me a rejection letter for my earrings", True),
        ("my watch stopped and the warranty said it doesn't cover water damage", True),
        # Questions about what insurers do, no decision of one's own.
        ("do insurers usually take off depreciation on jewelry?", False),
        ("what is actual cash value vs replacement cost", False),
        ("is a denial letter required to go to the ombudsman?", False),
        ("does the care plan cover loss?", False),
    ],
)
def test_a_refusal_or_settlement_told_at_length(text: str, decline: bool) -> None:
    assert tells_of_a_decline(text) is decline


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        # Cover wanted after a past refusal.
        ("got burned by our last insurer, looking for a new provider for my $8k watch", True),
        (
            "they knocked back my claim years ago so I'm shopping around, scheduled or blanket for my band?",
            True,
        ),
        ("rider or standalone policy for a 15k ring?", True),
        # A refusal told now, with no cover asked for.
        ("my claim was denied last week, what can I do", False),
        ("the insurer said no or maybe, I'm not sure", False),
    ],
)
def test_cover_asked_after_a_past_refusal(text: str, advice: bool) -> None:
    assert asks_cover_for_next_time(text) is advice


def test_a_refusal_long_ago_beside_shopping_around_is_background() -> None:
    assert tells_of_an_earlier_loss("our insurer declined a claim a few years back so we're shopping around")
    assert not tells_of_an_earlier_loss("our insurer declined my claim yesterday so we're shopping around")


@pytest.mark.parametrize(
    ("text", "usual"),
    [
        ("what's the typical premium for a scheduled ring, per $100?", True),
        ("what's the going rate to insure a watch", True),
        ("what's the average cost to insure an engagement ring", True),
        ("my ring is $5k, what would it cost me", False),
    ],
)
def test_the_typical_rate_asked(text: str, usual: bool) -> None:
    assert asks_of_the_usual_case(text) is usual
