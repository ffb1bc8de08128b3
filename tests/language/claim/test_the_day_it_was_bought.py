"""The day a piece was bought or given, told beside the loss, is not the day of the loss
(kept-aside code: the 3rd stored for Tuesday the 24th)."""

from __future__ import annotations

import pytest

from tests.language.claim.reading import read_reply

OPENINGS = [
    (
        "I bought my watch on November 3rd from you guys and last Tuesday the crystal cracked when I knocked it",
        "2026-11-24",
    ),
    ("the ring I got on the 3rd for our anniversary was stolen from my car on Tuesday", "2026-11-24"),
    ("my bracelet, bought nov 3, snapped tuesday the 24th", "2026-11-24"),
    ("purchased 11/3 with the care plan, the prong snapped Tuesday", "2026-11-24"),
    ("3 weeks after I bought it (nov 3) the clasp broke, that was tuesday", "2026-11-24"),
    ("the clasp broke tuesday, 3 weeks after buying it", "2026-11-24"),
    ("we got them in June and one of the earrings went missing on Friday", "2026-11-27"),
    # Arriving is no purchase: the day stays the loss's.
    ("we got in on friday and the ranch slider was smashed, my necklace stolen", "2026-11-27"),
    ("I got back on Thursday and my ring was gone from the dresser", "2026-11-26"),
]


@pytest.mark.parametrize(("text", "day"), OPENINGS)
def test_the_day_it_was_bought_is_not_the_loss_date_in_an_opening(text: str, day: str | None) -> None:
    assert read_reply(text, None, intent="report_claim").slots.get("loss_date") == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("tuesday, 3 weeks after I bought it", "2026-11-24"),
        ("Tuesday - I'd only bought it on the 3rd!", "2026-11-24"),
        ("the 24th, we got it on the 3rd", "2026-11-24"),
        ("last friday", "2026-11-27"),
    ],
)
def test_the_day_it_was_bought_is_not_the_answer_to_the_date_question(text: str, day: str) -> None:
    assert read_reply(text, "loss_date").slots.get("loss_date") == day
