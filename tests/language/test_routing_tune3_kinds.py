"""Kinds of wording behind the third routing tune set's failures (and fresh15's routing
ones), in wordings of our own (US and NZ), with the look-alikes that must not be read
that way."""

import pytest

from bot.language.claim.claim_type import tells_of_a_claim
from bot.language.decline_answers import tells_of_a_decline, wants_the_decline_explained
from bot.language.facts import item_mentions
from bot.language.requests import (
    about_another_line,
    asks_a_shop_service,
    asks_about_cover_in_general,
    asks_about_jewelry_cover,
    asks_about_the_claim_or_cover,
    asks_for_a_person,
    asks_of_a_supposed_case,
    asks_of_the_usual_case,
    asks_only_in_general,
)
from bot.language.stories import only_tells_an_event, tells_it_happened


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A manager or supervisor asked for, after a complaint about the chat.
        ("this is going nowhere, get me a supervisor", True),
        ("useless bot. I want a manager", True),
        ("can you find me a manager please", True),
        # Someone from the shop asked to ring, with "please" or "maybe" between.
        ("could someone from the store please call me about my nan's brooch", True),
        ("would somebody at the shop maybe ring me tomorrow arvo", True),
        ("Morena, I'd rather speak to a person if that's alright", True),
        ("could someone please phone me, I'm hopeless with computers", True),
        # Not a person asked for.
        ("the store manager sold me the ring", False),
        ("my manager wants me to wear my watch at work", False),
        ("could someone please explain what a rider is", False),
        ("I'd rather not give my phone number", False),
    ],
)
def test_a_person_asked_for_in_more_words(text: str, person: bool) -> None:
    assert asks_for_a_person(text) is person


@pytest.mark.parametrize(
    ("text", "other_line"),
    [
        ("my health insurance refused to pay for my MRI, how do I dispute it", True),
        ("Southern Cross knocked back my claim for a GP visit", True),
        ("our car insurance declined the windscreen claim, is that legal?", True),
        ("the vet bills for my dog's operation were declined by petplan", True),
        ("ACC won't cover my physio, who do I complain to", True),
        ("booking travel insurance for Bali, which one is best? not taking any jewellery", True),
        # Jewelry in it: ours to help with, whatever line is named.
        ("my travel insurance won't pay for the earrings stolen in Bali", False),
        ("does my car insurance cover my watch stolen from the glovebox?", False),
        ("our contents insurance declined the claim for my ring", False),
        ("I had a dental appointment and lost my bracelet in the waiting room", False),
    ],
)
def test_another_line_of_insurance_is_named(text: str, other_line: bool) -> None:
    assert about_another_line(text) is other_line


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("do you guys do ring resizing? mine's a bit loose", True),
        ("can you polish up my old silver bangle before xmas", True),
        ("what's your returns policy if she doesn't like the pendant", True),
        ("how much is it to repair a snapped chain roughly", True),
        ("do you buy old gold? got a drawer full", True),
        ("need to return the earrings I got last week, how does that work", True),
        # A word of cover or a claim makes it ours.
        ("does the care plan pay for resizing?", False),
        ("will insurance pay to repair my snapped chain?", False),
        ("can I claim the cost of fixing the clasp?", False),
        # A story that only mentions cleaning.
        ("the cleaning lady was the only one in the house when my ring went missing", False),
        ("I took my ring off to clean the kitchen and it's gone", False),
    ],
)
def test_a_service_of_the_shop_asked_without_a_word_of_cover(text: str, service: bool) -> None:
    assert asks_a_shop_service(text) is service


@pytest.mark.parametrize(
    ("text", "cover_question"),
    [
        ("are moissanite rings cheaper to insure than diamond ones?", True),
        ("Does a lab grown stone get valued differently for insurance?", True),
        ("is gold jewellery covered the same as gemstones on a contents policy?", True),
        ("do insurers want a valuation for pearls?", True),
        # Not about cover, or another line.
        ("are lab grown diamonds real diamonds?", False),
        ("what is the capital of peru?", False),
        ("does my pet insurance cover my dog?", False),
        ("can you resize a diamond ring?", False),
    ],
)
def test_a_question_about_jewelry_cover(text: str, cover_question: bool) -> None:
    assert asks_about_jewelry_cover(text) is cover_question


@pytest.mark.parametrize(
    ("text", "supposed"),
    [
        # Said outright to be supposed.
        ("hypothetically, if my watch got nicked at the gym would contents cover it?", True),
        ("just asking, would a floater cover my ring if I dropped it off a boat?", True),
        # Someone else's story, then a case supposed about one's own things.
        (
            "my sister's bangle got taken at her wedding and they wouldn't pay. would my gear be covered if that happened at mine?",
            True,
        ),
        ("a mate's earrings went missing at his party, would we be covered if a guest took stuff?", True),
        # Advice about one's own piece, a figure, a recommendation, whether to insure.
        ("would my ring be covered if I lost it overseas?", False),
        ("if I buy a $4,000 watch would it need its own cover?", False),
        ("my fiance got me a ring, is it worth insuring in case it gets lost?", False),
        ("if it were you, what would you recommend for my chain?", False),
    ],
)
def test_a_question_about_a_supposed_case(text: str, supposed: bool) -> None:
    assert asks_of_a_supposed_case(text) is supposed


@pytest.mark.parametrize(
    ("text", "usual"),
    [
        ("is a deductible usually charged on a scheduled ring?", True),
        ("customer wants to know whether floaters normally cover loss abroad", True),
        # A habit told with "usually" asks nothing of the usual case.
        ("I usually wear the watch when I fly for work. it's worth about 9k", False),
        ("We normally keep the pendant in a safe; I'd like cover for it", False),
    ],
)
def test_the_usual_case_is_asked_only_in_a_question(text: str, usual: bool) -> None:
    assert asks_of_the_usual_case(text) is usual


@pytest.mark.parametrize(
    ("text", "general"),
    [
        ("quick question, does listing an item cost more each year or is it part of the policy", True),
        ("hey is the excess higher for specified items", True),
        ("do policies charge extra to list something separately?", True),
        # A piece or a figure makes it theirs to advise on.
        ("do i need insurance on earrings", False),
        ("does a $6,000 ring need to be specified?", False),
        ("should I add it to my policy or get it its own?", False),
    ],
)
def test_a_question_only_in_general(text: str, general: bool) -> None:
    assert asks_only_in_general(text) is general


@pytest.mark.parametrize(
    ("text", "happened"),
    [
        ("my wife lost her wedding band at the pool on saturday", True),
        ("the missus snapped the chain on her pendant last night", True),
        ("our daughter lost her earring at netball", True),
        ("my husband broke the clasp on my bracelet", True),
        # Not an event.
        ("my wife loves her ring", False),
        ("my husband bought me a necklace", False),
    ],
)
def test_an_event_told_of_someone_close(text: str, happened: bool) -> None:
    assert tells_it_happened(text) is happened


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("stolen", True),
        ("Lost it.", True),
        ("ring stolen", True),
        ("my chain snapped", True),
        ("it's broken", True),
        ("stolen?", True),
        ("what if it's stolen", False),
        ("not stolen", False),
        ("stolen goods policy", False),
    ],
)
def test_the_event_alone(text: str, event: bool) -> None:
    assert only_tells_an_event(text) is event


@pytest.mark.parametrize(
    ("text", "decline"),
    [
        # The insurer's word that the piece isn't covered.
        (
            "Allstate says our bracelet isn't covered since it was left at the pool. What does that mean?",
            True,
        ),
        ("the adjuster told me the watch was not covered because of wear", True),
        ("AMI said my ring wasn't covered as it wasn't specified", True),
        # A refusal as a thing received.
        ("got a denial letter for my stolen chain yesterday, now what", True),
        ("we received a rejection from Tower on our earring claim", True),
        # A settlement in kind, not wanted.
        ("they settled our claim by sending a cheap replacement pendant, can I fight that?", True),
        ("Insurer offered me a replacement ring instead of cash, why?", True),
        # Questions and general statements.
        ("is my ring covered if it's not specified?", False),
        ("does a denial letter have to give a reason?", False),
        ("can they offer a replacement instead of cash?", False),
    ],
)
def test_an_insurers_decision_in_other_words(text: str, decline: bool) -> None:
    assert tells_of_a_decline(text) is decline


def test_a_decision_told_with_why_is_explained() -> None:
    assert wants_the_decline_explained("State says the pendant isn't covered because of gradual wear, why?")


@pytest.mark.parametrize(
    ("text", "about_it"),
    [
        ("will our premium go up if we put this claim in?", True),
        ("do I have to pay the excess on this?", True),
        ("do I lodge it with AMI as well or does this go to them?", True),
        ("is there a deductible on this kind of thing?", True),
        ("do we need a plumber's report before they'll pay?", True),
        # Another line, or nothing of a claim.
        ("will my car insurance premium go up?", False),
        ("what time do you close?", False),
    ],
)
def test_a_question_mid_claim_about_the_claim(text: str, about_it: bool) -> None:
    assert asks_about_the_claim_or_cover(text) is about_it


def test_switch_is_no_watch() -> None:
    assert item_mentions("should I switch insurers?") == []
    assert [m.value for m in item_mentions("my watch got stolen, should I switch insurers?")] == ["watch"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # "I suppose" is a shrug, not a case supposed.
        (
            "the prongs on my ring wore through and the stone fell out on monday. it's listed at 3k I suppose",
            True,
        ),
        ("my bracelet snapped at work yesterday, valued at NZ$900 I suppose", True),
        # A case supposed.
        ("suppose my ring gets stolen on holiday, what then", False),
        ("supposing my chain snapped, would the care plan fix it", False),
    ],
)
def test_i_suppose_is_no_supposition(text: str, claim: bool) -> None:
    assert tells_of_a_claim(text) is claim


@pytest.mark.parametrize(
    ("text", "general"),
    [
        ("quick q, is the excess higher for listed items or the same", True),
        ("hi, does a rider cost extra every year or is it part of the premium", True),
        # Replies that only open like a question, or name the person's own.
        ("does domestic count? I'm in Auckland most weeks", False),
        ("can't wear it at work so just weekends", False),
        ("is it on our policy? my husband does the insurance", False),
    ],
)
def test_a_question_about_cover_in_general(text: str, general: bool) -> None:
    assert asks_about_cover_in_general(text) is general
