"""A question about the intake's own question at "where have you looked?" or "when and
where did you last see it?" ("what do you mean searched?", "is that necessary?"),
whatever the classifier filed it as: the intake says why it asks and asks again, with no
out-of-scope reply and no FAQ answer; the second time, the words are kept as given."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.claims import ValidateClaimIntakeForm
from bot.actions.faq import ActionAnswerFaq
from bot.wording.claims import CLAIM_PROBLEMS
from tests.actions.conftest import slot_events, spoken
from tests.actions.test_guided_form import tracker

SLOTS = {"claim_type": "lost", "item_type": "ring", "item_value": 1200.0, "loss_date": "2026-11-27"}


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        ("what do you mean by searched?", "out_of_scope", "search_done"),
        ("is that even necessary? it's clearly gone", "nlu_fallback", "search_done"),
        ("where would I even look, it was at a concert", "inform", "search_done"),
        ("does that matter?", "faq", "last_seen"),
    ],
)
async def test_explained_and_asked_again(
    text: str, intent: str, slot: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = tracker("claim_intake_form", slot, 1, text, intent=intent, slots=SLOTS)
    assert await ActionAnswerFaq().run(dispatcher, state, domain) == []  # the intake explains it
    events = await ValidateClaimIntakeForm().run(dispatcher, state, domain)
    said = " ".join(m.get("text") or "" for m in spoken(dispatcher))
    assert CLAIM_PROBLEMS[f"{slot}_why"] in said
    assert "utter_out_of_scope" not in [m.get("response") for m in dispatcher.messages]
    assert slot_events(events).get(slot) is None


async def test_kept_as_given_after_the_second_ask(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = tracker("claim_intake_form", "search_done", 2, "why do you even need that", slots=SLOTS)
    events = await ValidateClaimIntakeForm().run(dispatcher, state, domain)
    assert slot_events(events).get("search_done") == "why do you even need that"
