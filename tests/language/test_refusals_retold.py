"""A refusal retold in the decider's words ("they've said the care plan doesn't cover it")
beside a loss told in a clause of its own ("..., lost it at the beach"): a decline. The
same words as the cover's terms, or asked about, are not."""

from __future__ import annotations

import pytest

from bot.language.decline_answers import tells_of_a_decline
from bot.language.stories import tells_it_happened


@pytest.mark.parametrize(
    "text",
    [
        "got the bracelet in March, lost it at a concert and AMI've said the policy doesn't cover loss",
        "my chain was snatched in Manhattan and the insurer's said it doesn't cover theft away from home",
        "had the studs since 2019, then lost them at the gym, they've said their policy doesn't cover it",
        "Tower has said the contents policy doesn't cover it, the ring went down the drain at the bach",
    ],
)
def test_a_retold_refusal_beside_a_loss_is_a_decline(text: str) -> None:
    assert tells_of_a_decline(text)


@pytest.mark.parametrize(
    "text",
    [
        "my contents policy doesn't cover loss, what should I get for my new ring?",
        "does the care plan cover it if I lose it at the beach?",
        "I lost my necklace, does homeowners cover it?",
        "they've said the new policy starts Monday, do I need to list my watch?",
    ],
)
def test_cover_terms_or_a_question_are_no_decline(text: str) -> None:
    assert not tells_of_a_decline(text)


@pytest.mark.parametrize(
    ("text", "happened"),
    [
        ("bought the ring in Napier, lost it on the walk home", True),
        ("had them for years, then snapped them both putting on a jumper", True),
        ("I'd hate to lose it, it was my nan's", False),
        ("when I bought it, the jeweller said to insure it", False),
    ],
)
def test_a_clause_after_a_comma_tells_what_happened(text: str, happened: bool) -> None:
    assert tells_it_happened(text) is happened
