"""First messages of the fresh14 routing kinds, in wordings of our own: where the FAQ
action sends a theft told with a question, and on which day it dates it."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.faq import ActionAnswerFaq
from tests.actions.conftest import slot_events
from tests.actions.test_routing_tune2 import followups, question


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "some bloke ripped my chain off outside the dairy this morning, police gave me a file number. what now?",
            "2026-11-29",
        ),
        ("a man grabbed my pendant right off me at the bus stop yesterday. what do I do next?", "2026-11-28"),
    ],
)
async def test_a_theft_told_with_a_question_is_dated_by_the_shops_day(
    text: str,
    day: str,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The shop's day (SHOP_TODAY pins it), not the server's: "this morning" is that day.
    monkeypatch.setenv("SHOP_TODAY", "2026-11-29")
    events = await ActionAnswerFaq().run(dispatcher, question(text, "faq/after_theft", 0.6), domain)
    assert followups(events) == ["claim_intake_form"]
    assert slot_events(events)["claim_type"] == "theft"
    assert slot_events(events).get("loss_date") == day
