"""The guide opened by a question that tells of a real loss hands it to the claim intake
(routing tune5's kind, in wordings of our own), and keeps the look-alikes."""

import pytest

from bot.actions.advisor import asks_about_a_loss_that_happened


@pytest.mark.parametrize(
    ("text", "loss"),
    [
        ("Dad died last year and we still can't find his watch. Can insurance help at all?", True),
        ("the stone fell out of my ring yesterday, will my contents pay for it?", True),
        ("my bracelet was stolen at the rugby on Saturday, is there anything I can do?", True),
        # Advice asked, imagined, or over and done.
        ("my ring's prong is bent, should I insure it before repairing?", False),
        ("is my engagement ring covered if it gets stolen?", False),
        ("I lost a ring last year, now I got a new one, do I need to insure it?", False),
        ("what's the best way to insure my watch?", False),
    ],
)
def test_a_loss_asked_about_at_the_guide_opening(text: str, loss: bool) -> None:
    assert asks_about_a_loss_that_happened(text) is loss
