"""A statement that tells what happened to the person's own piece is real, whatever
"if" the question beside it holds (fresh32: a babysitter story taken for a supposed case,
which started the advice guide instead of the claim)."""

from __future__ import annotations

import pytest

from bot.language.claim.claim_type import tells_of_a_claim
from bot.language.requests import is_hypothetical


@pytest.mark.parametrize(
    ("text", "imagined"),
    [
        (
            "my daughter's babysitter was the only one in the house and now my diamond pendant is missing. "
            "does my renters insurance even cover that if I'm the one who let her in?",
            False,
        ),
        ("My watch was stolen from the gym locker. Would homeowners cover it if it wasn't scheduled?", False),
        (
            "our bach got broken into and my pounamu pendant is gone. will contents pay out if the door wasnt locked?",
            False,
        ),
        ("my engagement ring is missing after the party. would I be covered if a guest took it", False),
        # Someone else's piece, or a case supposed outright: imagined.
        (
            "my sister's bangle got taken at her wedding and they wouldn't pay. would my gear be covered if that happened at mine?",
            True,
        ),
        ("would my ring be covered if it was stolen?", True),
        ("say my necklace went missing, would contents cover it?", True),
        ("if my watch got nicked at the beach would I be covered", True),
    ],
)
def test_a_statement_of_what_happened_beside_an_if_question_is_real(text: str, imagined: bool) -> None:
    assert is_hypothetical(text) is imagined


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # A loss told in a sentence of its own, then a question about it (fresh30: the
        # guide took "lost my wedding ring surfing at raglan friday arvo. gutted. i reckon
        # its specified?").
        ("lost my wedding ring surfing at raglan friday arvo. gutted. i reckon its specified?", True),
        ("my ring was stolen yesterday. can I claim?", True),
        ("my necklace snapped this morning. does the care plan cover that?", True),
        ("Someone took my watch from the gym locker on Friday! Is that covered by renters?", True),
        # A question alone, or a supposed loss: no claim told.
        ("is my ring covered if it gets stolen?", False),
        ("what if my ring is stolen? I would be gutted", False),
    ],
)
def test_a_loss_told_before_a_question_is_a_claim(text: str, claim: bool) -> None:
    assert tells_of_a_claim(text) is claim


def test_a_loss_gone_by_beside_a_new_piece_asked_about_is_no_claim() -> None:
    # routing tune6 lost it to the statement rule above: an earlier mishap, a new pair asked about.
    text = (
        "one of my earrings got bent once when it caught on a jumper. new pair is $2,300, "
        "would a care plan or insurance suit better"
    )
    assert not tells_of_a_claim(text)
    assert is_hypothetical(text)


def test_a_peril_named_in_a_statement_is_no_loss_told() -> None:
    # fresh14: "...our homeowners only covers $1,500 for theft of jewelry. ... Worth it to
    # schedule them?" went to the claim intake.
    text = (
        "My wife has a few good pieces, a tennis bracelet and her studs, and I'm just realizing our homeowners "
        "only covers $1,500 for theft of jewelry. We're on a ranch outside Lewistown, Montana. Worth it to schedule them?"
    )
    assert not tells_of_a_claim(text)


@pytest.mark.parametrize(
    "text",
    [
        # Found by the final measure: an earlier piece's mishap beside a new one asked
        # about (routing tune6), another line of insurance (routing tune4).
        "the center stone fell out of my last ring and it cost a fortune to fix. new ring is $3,300, what coverage would actually pay for that kind of thing?",
        "does my health insurance cover an ER visit? my finger swelled up and they had to cut my ring off",
    ],
)
def test_an_earlier_pieces_mishap_or_another_lines_story_is_no_claim(text: str) -> None:
    assert not tells_of_a_claim(text)
