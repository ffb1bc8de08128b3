"""Kinds of wording behind fresh21's first messages that went to the wrong flow, in
wordings of our own (US and NZ), with the look-alikes that must not be read that way."""

import pytest

from bot.language.claim.claim_type import claim_type_from_text
from bot.language.decline_answers import asks_cover_for_next_time, tells_of_a_decline
from bot.language.requests import (
    asks_whether_to_insure_it,
    holds_a_piece,
    is_hypothetical,
    tells_a_loss_in_a_question,
)
from bot.language.stories import piece_asked_about_after, tells_it_happened, tells_of_an_earlier_loss
from bot.nlu.scope_guard import OutOfScopeGuard


@pytest.mark.parametrize(
    "text",
    [
        # A piece no longer where it is kept: gone, though no word says "lost".
        "my mother's sapphire ring is no longer in the jewelry box on my vanity",
        "after the plumber left, my gold chain wasn't on the bedside table anymore",
        "Nana's pounamu hasn't been on its hook by the door since the party on Saturday",
        "my Seiko has not been in the drawer since the movers came through",
        "the bracelet was no longer on my wrist when I got off the bus",
    ],
)
def test_a_piece_no_longer_where_it_was_kept_is_gone(text: str) -> None:
    assert tells_it_happened(text)
    assert claim_type_from_text(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # No longer, of something else: cover, a warranty, a model made.
        "my ring is no longer covered by the policy since I moved",
        "that watch model is no longer in production, how do they value it?",
        "my earrings are no longer under the jeweller's warranty",
        "the necklace is no longer in fashion but I still love it",
        # Where it is kept now, as a habit; where it was kept when it went.
        "my ring isn't on the dresser when I'm home, I wear it every day",
        "the bracelet wasn't in the safe when the burglars came, it was on the bench",
    ],
)
def test_no_longer_of_cover_or_a_habit_is_no_loss(text: str) -> None:
    assert not tells_it_happened(text)


@pytest.mark.parametrize(
    "text",
    [
        # Sent down a drain by a child or a pet.
        "my 3 year old flushed my wedding band down the toilet last night",
        "the cat knocked one of my hoops into the bathroom drain this morning",
        "my toddler chucked my nan's ring down the loo this arvo",
    ],
)
def test_a_piece_sent_down_a_drain_by_someone_happened(text: str) -> None:
    assert tells_it_happened(text)
    assert claim_type_from_text(text) == "lost"


def test_a_drain_only_feared_is_no_event() -> None:
    text = "what if my toddler flushes my ring down the toilet, would the contents pay?"
    assert is_hypothetical(text)


@pytest.mark.parametrize(
    ("text", "real"),
    [
        # A question of cover, then the event told as a statement with when: it happened.
        (
            "I would like to know whether my renters would pay out here. Since Monday my diamond "
            "pendant is no longer in the drawer where I keep it.",
            True,
        ),
        (
            "Would the contents policy respond to this? Since the weekend my gold bangle hasn't been "
            "in the dish on the dresser.",
            True,
        ),
        ("Would my policy cover it? My watch was stolen from the gym yesterday.", True),
        # Someone else's loss, an imagined one, or one with no when: not theirs to claim.
        ("Would my policy cover it? My friend's watch was stolen from the gym yesterday.", False),
        ("would my policy pay if my watch was stolen from the gym?", False),
        ("Would insurance cover this kind of thing? My ring is no longer in fashion.", False),
    ],
)
def test_a_loss_told_beside_a_question_of_cover(text: str, real: bool) -> None:
    assert tells_a_loss_in_a_question(text) is real
    assert is_hypothetical(text) is not real


@pytest.mark.parametrize(
    ("text", "supposed"),
    [
        # A polite want supposes nothing.
        ("I would like to start a claim, my brooch was taken on Monday", False),
        ("we would appreciate some help, the kids broke my watch strap yesterday", False),
        # A case supposed, politely asked.
        ("I would like to know what would happen if my ring got stolen overseas", True),
        ("would my contents cover a lost earring?", True),
    ],
)
def test_a_polite_want_is_no_supposing(text: str, supposed: bool) -> None:
    assert is_hypothetical(text) is supposed


@pytest.mark.parametrize(
    ("text", "held", "whether"),
    [
        # A piece just bought, and whether to insure it at all.
        ("just bought a vintage Omega for $3,800 at an estate sale, do I need insurance or nah?", True, True),
        ("Recently picked up a Tudor for 6k. Is it worth it to insure or overkill?", True, True),
        (
            "just got a second-hand Cartier Love bracelet for $7,200, should I get cover or is that overkill",
            True,
            True,
        ),
        # No piece held: a house, or jewelry in general.
        ("just bought a house, do I need insurance or is that overkill?", False, True),
        ("do I need insurance for jewellery in general?", False, False),
    ],
)
def test_a_piece_just_bought_and_whether_to_insure_it(text: str, held: bool, whether: bool) -> None:
    assert holds_a_piece(text) is held
    assert asks_whether_to_insure_it(text) is whether


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        (
            "just bought a vintage Omega for $3,800 at an estate sale, do I need insurance or nah",
            "ask_coverage_advice",
        ),
        (
            "just got a second-hand Cartier Love bracelet for $7,200, should I get cover or is that overkill",
            "ask_coverage_advice",
        ),
        # Gone from where it was kept, the paperwork wanted politely: a claim.
        (
            "The builders were here all week. Since Thursday my opal ring has not been in the tray on "
            "my dresser. I would like to get a claim going.",
            "report_claim",
        ),
        # Neither: a house bought, a hope supposed.
        ("just bought a house, do I need insurance or is that overkill", None),
        ("I would like to know if my ring would be covered if it went missing", None),
    ],
)
def test_the_scope_guard_takes_back_advice_and_claims_in_other_words(text: str, flow: str | None) -> None:
    assert OutOfScopeGuard._in_scope_after_all(text, own_piece=False) == flow or (
        flow == "report_claim" and OutOfScopeGuard._in_scope_after_all(text, own_piece=True) == flow
    )


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # An earlier refusal as background, and a new piece with "never again".
        (
            "A couple of years ago my contents only paid $2,500 for my stolen bangle because it wasn't "
            "specified, and I'm not making that mistake again. Just been given my grandmother's emerald "
            "ring, valued at $9,000. What should I do?",
            "ring",
        ),
        (
            "Back in 2022 our homeowners paid $1,500 on a $6k watch thanks to the limit. I recently "
            "bought a diamond tennis bracelet, how do I make sure it doesn't happen again?",
            "bracelet",
        ),
    ],
)
def test_an_earlier_refusal_then_cover_for_a_new_piece(text: str, piece: str) -> None:
    assert tells_of_an_earlier_loss(text)
    assert asks_cover_for_next_time(text)
    assert piece_asked_about_after(text) == piece


@pytest.mark.parametrize(
    "text",
    [
        # A refusal told as recent: the decline to explain, not background.
        "my homeowners only paid $1,500 for my stolen bracelet last week, what should I do?",
        "they declined my ring claim on Monday and I want to know why",
    ],
)
def test_a_recent_refusal_is_no_background(text: str) -> None:
    assert not (tells_of_an_earlier_loss(text) and asks_cover_for_next_time(text))


@pytest.mark.parametrize(
    ("text", "decline"),
    [
        # The seller saying the plan does not cover what happened: a refusal told.
        ("my watch was nicked at the pool and the shop told me the care plan won't cover theft", True),
        ("when my ring went missing the jeweller said the warranty doesn't cover loss", True),
        ("the store said my protection plan does not include a stolen piece, so what was it for?", True),
        # What a plan covers, asked or said in general; a plan that does cover it.
        ("does the store's protection plan cover theft?", False),
        ("the store told me the plan covers resizing and cleaning", False),
        ("the jeweller said the prongs are worn and need retipping", False),
    ],
)
def test_a_plan_refused_by_the_seller_is_a_decline(text: str, decline: bool) -> None:
    assert tells_of_a_decline(text) is decline
