"""Kinds of wording behind the tune9 answer bank's and fresh23's claim-type failures
(session 14): what happened told as a story, without the words stolen, lost or damaged.
Each sentence is written for the test, in US and New Zealand phrasings, with near
phrasings that must not read that way."""

from __future__ import annotations

import pytest

from bot.language.claim.claim_type import (
    GONE_NOTED_AS_LOST,
    THEFT_INFERRED_NOTE,
    claim_type_from_text,
    claim_type_guessed,
)
from bot.language.stories import tells_it_happened
from tests.language.claim.reading import read_reply


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        # A slider, a car or a door forced, then the piece taken.
        ("some low-life smashed our sliding door while we were at the footy and took my bangle", "theft"),
        ("they busted the french doors and grabbed the jewelry box off the dresser", "theft"),
        ("somebody smashed into my ute at the trailhead and grabbed the bag with my watch in it", "theft"),
        # A storage unit or lock cut or forced open.
        (
            "the storage unit was pried open over the weekend, my grandma's brooch was in a box in there",
            "theft",
        ),
        (
            "someone took bolt cutters to the padlock on our garage, the chest with my rings was in there",
            "theft",
        ),
        # A safe or locker opened while the owner was out, and the piece gone.
        ("the cruise cabin safe was opened while we were ashore and my tennis bracelet was gone", "theft"),
        ("the locker at the hostel got unlocked somehow and the pounamu was missing", "theft"),
        # A pocket picked.
        ("some kid picked my pocket at the Sox game and my dad's watch was in there", "theft"),
        ("had my pocket picked on the ferry to Waiheke, the ring was in my coat", "theft"),
        # Someone cleared out a box or drawer.
        ("my brother-in-law cleaned out my jewellery drawer while we were overseas", "theft"),
        ("the lodger emptied out my dresser the night before he left", "theft"),
        # Someone left, and the piece with them.
        ("the au pair quit without notice and so did my diamond studs", "theft"),
        ("my boyfriend did a runner with my grandmother's locket", "theft"),
        # Someone came in while the owner was out, and the piece is gone.
        ("the landlord let himself into the flat while we were away and now the necklace is gone", "theft"),
        # Caught on a doorbell or security camera.
        ("we've got her on the ring cam leaving with my watch box and now it's gone", "theft"),
        # "one of the girls took it": a named group, one of whom took it.
        ("one of the boys from the team must have taken it, one of the lads took it I'm sure", "theft"),
        # Gone with no word of a cause: lost.
        ("I set it down at the church potluck and never saw it again", "lost"),
        ("haven't seen them since the wedding, honestly", "lost"),
        ("it's somewhere on the farm track, I was moving the sheep", "lost"),
        ("it must be somewhere in the garden, I was weeding", "lost"),
        (
            "I tucked it away somewhere before the movers came and now I can't for the life of me find it",
            "lost",
        ),
        ("the ring isn't anywhere in the house, we've checked every room", "lost"),
        ("looked down on the chairlift and my finger was bare", "lost"),
        ("my wrist felt empty halfway through the run", "lost"),
        ("it fell through the slats of the deck and we can't get under", "lost"),
        ("my jacket pocket has a hole in it and the earring's not there", "lost"),
        ("my wetsuit sleeve pulled it off when I was getting changed", "lost"),
        # A break, and then the piece went somewhere and was not found: lost.
        (
            "the clasp snapped at the concert and it went somewhere in the crowd, security found nothing",
            "lost",
        ),
        # A tradesperson taking a fitting apart to look is a search, not a theft.
        ("it went down the shower drain and the plumber took the whole drain apart, nothing", "lost"),
        ("slid off into the basin, the sparky took the vanity apart to look, no sign of it", "lost"),
        # Damage told without a damage word.
        ("dropped in the pool at the resort and now the watch won't tick", "damage"),
        ("got caught in the rain and the face is all fogged up", "damage"),
        ("my earrings went through the washing machine in my jeans", "damage"),
        ("hairspray got on the pearls and now they're dull", "damage"),
        ("the gold plating has worn off after a month", "damage"),
        ("the sterling's gone black after the spa", "damage"),
        ("the bangle's gone all cloudy since the pool", "damage"),
        ("the ER had to cut it off my finger after the fall", "damage"),
        ("the band's in two pieces after the paramedics got it off", "damage"),
        ("the pendant was left by the perfume bottle and the enamel is peeling and discolored", "damage"),
        # A stone gone out of the piece is damage, not the piece gone.
        ("two of the sapphires are already gone out of the setting", "damage"),
    ],
)
def test_the_kind_of_claim_from_a_story(text: str, claim_type: str) -> None:
    assert claim_type_from_text(text) == claim_type


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        # A picked-up pocket watch is no pocket picked.
        ("I picked my pocket watch up from the repairer and the crystal's cracked", "damage"),
        # The owner cleared out their own box.
        ("I cleaned out my jewellery box and I think I threw it away", "lost"),
        # The owner took something apart, or took it up to a jeweller.
        ("the jeweller took it apart to clean it", None),
        # A car crash, not a break-in: nobody grabbed anything.
        ("a truck smashed into the car at the lights and the watch face cracked", "damage"),
        # "gone" as a time, and a plating that is fine.
        ("we looked at it on the Friday just gone and it was fine", None),
        # The jeweller found nothing wrong: no loss.
        ("the chain snapped, the jeweller found nothing else wrong", "damage"),
        # The policy's perils are not what happened.
        ("my policy only covers things like fire or burglary, and the ring slipped off in the surf", "lost"),
        # The owner's own camera footage of wearing it.
        ("I have it on video at our wedding, the ring's just gone", "lost"),
        # A hole in the setting is damage, not a hole in a pocket.
        ("there's a hole in the band where the stone was", None),
    ],
)
def test_near_phrasings_keep_their_kind(text: str, claim_type: str | None) -> None:
    assert claim_type_from_text(text) == claim_type


@pytest.mark.parametrize(
    "text",
    [
        "my flatmate moved out on Saturday and so did my ring",
        "the Airbnb host came into the unit while we were out and my bracelet's gone",
        "I hate thinking one of my son's mates took it",
    ],
)
def test_a_theft_read_from_signs_is_said_back(text: str) -> None:
    reading = read_reply(text, "claim_type")
    assert reading.slots["claim_type"] == "theft"
    assert THEFT_INFERRED_NOTE in reading.notes


@pytest.mark.parametrize(
    "text",
    ["noticed at the game my finger was bare", "the ring isn't anywhere in the house"],
)
def test_gone_without_a_cause_is_lost_and_said_back(text: str) -> None:
    reading = read_reply(text, "claim_type")
    assert reading.slots["claim_type"] == "lost"
    assert GONE_NOTED_AS_LOST in reading.notes


@pytest.mark.parametrize(
    "text",
    [
        "got back maybe 20 minutes later and the locker was empty, my watch was in it",
        "came back perhaps an hour after to the car and my gym bag was empty",
    ],
)
def test_a_time_guessed_is_no_cause_guessed(text: str) -> None:
    assert not claim_type_guessed(text)
    assert claim_type_from_text(text) == "theft"


def test_a_cause_guessed_with_maybe_is_still_asked() -> None:
    assert claim_type_guessed("maybe someone took it, maybe it fell off, I don't know")


def test_taken_off_in_an_uber_then_gone_after_a_party_is_lost() -> None:
    text = (
        "went to a work party, took them off in the taxi on the way home and put them in my bag, "
        "now they're not in the bag"
    )
    assert claim_type_from_text(text) == "lost"
    # Taken off at home during the party, then gone: a theft, as before.
    assert (
        claim_type_from_text("we had a party and I'd taken them off to wash my face, after it they were gone")
        == "theft"
    )


@pytest.mark.parametrize(
    "text",
    [
        "my ring isn't anywhere near as shiny as it was",
        "jewelry isn't anywhere in my policy wording, is that a problem",
        "how do I stop my silver going dull",
    ],
)
def test_anywhere_near_and_a_policy_are_no_loss(text: str) -> None:
    assert claim_type_from_text(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "my nan's opal ring isn't anywhere in the house. is there anything I can do",
        "the watch wasn't anywhere in my car when I cleaned it out",
    ],
)
def test_not_anywhere_in_a_place_tells_it_happened(text: str) -> None:
    assert tells_it_happened(text)


def test_not_anywhere_near_tells_nothing_happened() -> None:
    assert not tells_it_happened("my ring isn't anywhere near as big as hers")


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        # "went somewhere" of the people, not the piece; "found nothing" of a repair.
        ("we went somewhere nice for dinner and the chain snapped", "damage"),
        ("took it to the jeweller after the clasp broke and they found nothing else to fix", "damage"),
        # A stone that went somewhere is a stone out, damage as before.
        ("the diamond fell out and the stone went somewhere in the carpet", "damage"),
        # The receipt somewhere in the emails tells nothing of the piece.
        ("the receipt must be somewhere in my emails", None),
    ],
)
def test_somewhere_and_nothing_of_other_things(text: str, claim_type: str | None) -> None:
    assert claim_type_from_text(text) == claim_type
