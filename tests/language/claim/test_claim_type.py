"""The kind of claim from a story told without the words "stolen", "lost" or "damaged"."""

from __future__ import annotations

import pytest

from bot.language.claim.claim_type import claim_type_from_text
from tests.language.claim.reading import read_reply


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        # The piece fell out of an ear, a pocket, a bag: a loss, not a stone come out.
        ("I reckon it just fell out, the back was loose", "lost"),
        ("one of my hoops came out of my ear on the bus", "lost"),
        ("it must have dropped out of my coat pocket at the market", "lost"),
        ("the stud worked its way out sometime during the wedding", "lost"),
        # A stone fell out: still damage.
        ("the stone fell out of my ring", "damage"),
        ("a diamond came out of the setting", "damage"),
        # The piece is here without its stones: damage.
        ("it's bent and missing two stones, but I still have it", "damage"),
        ("my bracelet is missing a couple of its pearls now", "damage"),
        ("the ring's missing the centre diamond", "damage"),
        ("my ring is missing", "lost"),
        # Where it lies, gone: a loss.
        ("it's at the bottom of the lake now", "lost"),
        ("somewhere in the sand at Piha, I'm sure", "lost"),
        ("it went in the sea when the wave hit", "lost"),
        # Back from somewhere to a closed place emptied: a theft.
        ("left it in the gym locker, came back from my class and it was gone", "theft"),
        # People round, in shorthand.
        ("had some ppl round on saturday and my chain is gone from my room", "theft"),
        ("we had a few mates over for the rugby and now my watch is missing", "theft"),
    ],
)
def test_the_kind_of_claim_from_the_story(text: str, claim_type: str) -> None:
    assert claim_type_from_text(text) == claim_type


@pytest.mark.parametrize(
    "text",
    [
        "My ex moved out on Saturday and since then my ring isn't in my jewellery box",
        "we split up in October and the ring my gran left me is not in my drawer, my ex won't say",
        "since my date left on Saturday my necklace is nowhere to be found",
    ],
)
def test_gone_with_someone_near_is_asked_not_noted_as_lost(text: str) -> None:
    reading = read_reply(text, None, intent="report_claim")
    assert "claim_type" not in reading.slots


def test_gone_while_workers_were_in_stays_a_theft() -> None:
    text = "the builders finished on Friday and my bracelet has vanished from the windowsill"
    assert read_reply(text, None, intent="report_claim").slots.get("claim_type") == "theft"


@pytest.mark.parametrize(
    "text",
    [
        "my ring has just vanished, no idea where",
        "I lost my ring at the beach, someone may have picked it up",
    ],
)
def test_gone_with_nobody_near_stays_noted_as_lost(text: str) -> None:
    assert read_reply(text, None, intent="report_claim").slots.get("claim_type") == "lost"


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        # No cue matches; the nearest example sentence names the kind, and it is said back.
        ("someone helped themselves to my earrings", "theft"),
        ("the clasp gave way", "damage"),
    ],
)
def test_a_kind_from_the_nearest_example_is_said_back(text: str, claim_type: str) -> None:
    assert claim_type_from_text(text) is None
    reading = read_reply(text, None, intent="report_claim")
    assert reading.slots.get("claim_type") == claim_type
    assert any("I've put this down as" in note for note in reading.notes)


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        # Nobody did it: no theft.
        ("it's lost, nobody steal it, it fall down the sink", "lost"),
        ("no one took it, I dropped it off the wharf", "lost"),
        ("nobody's broken in, it's just gone", "lost"),
        # Somebody did.
        ("someone stole it from my bag, nobody saw", "theft"),
        # Where it went, said: a loss, even with the plumber who came to look.
        ("the ring fell in the drain, the plumber opened the pipe but couldn't find it", "lost"),
    ],
)
def test_nobody_did_it_and_where_it_went(text: str, claim_type: str) -> None:
    assert read_reply(text, "claim_type").slots.get("claim_type") == claim_type
