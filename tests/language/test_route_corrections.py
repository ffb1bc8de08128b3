"""Corrections said while another question is asked, refused claims told as stories, and
the other readings the route tuning relies on (tests mirror bot/language)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.language.answers import UserMessage, read_advice_answers
from bot.language.claim.answers import read_claim_answers
from bot.language.decline_answers import tells_of_a_decline, wants_the_decline_explained
from bot.language.facts import (
    area_from_text,
    coverage_from_text,
    habit_mentions,
    item_mentions,
    setting_mentions,
)
from bot.language.stories import speaks_of_an_insurer, tells_it_happened
from bot.rules.knowledge import load_coverage_facts

TODAY = date(2026, 11, 29)
CLAIM = {"claim_type": "theft", "item_type": "bracelet", "item_value": 4100.0, "loss_date": "2026-11-20"}


@pytest.mark.parametrize(
    ("text", "new_date"),
    [
        ("hold on, sorry, it was Thursday the 19th not the 20th, my partner reminded me", "2026-11-19"),
        ("oh actually sorry, it was the 18th not the 20th, the Wednesday", "2026-11-18"),
        ("wait wait, I said the 20th but it was really the 17th", "2026-11-17"),
        ("my mistake, the 16th, not the 20th", "2026-11-16"),
        ("oops, sorry - it happened on the 21st rather than the 20th", "2026-11-21"),
    ],
)
@pytest.mark.parametrize(
    "asked", ["police_report_number", "claimant_name", "was_specified", "claimant_phone"]
)
@pytest.mark.parametrize("intent", ["inform", "report_claim"])
def test_a_date_corrected_while_another_question_is_asked(
    text: str, new_date: str, asked: str, intent: str
) -> None:
    reading = read_claim_answers(UserMessage(text, intent), asked, CLAIM, TODAY)
    assert reading.slots.get("loss_date") == new_date  # the new date, never the old one named
    assert asked not in reading.slots  # the question asked is asked again
    assert reading.problem is None
    assert any(new_date in note for note in reading.notes)  # said back


@pytest.mark.parametrize(
    ("text", "entities", "new_value"),
    [
        (
            "oh sorry, I looked again and the valuation actually says $3,600, not $4,100",
            (3600.0, 4100.0),
            3600.0,
        ),
        ("sorry it's $4,400 not $4,100, wrong line on the invoice", (4400.0, 4100.0), 4400.0),
        ("my bad, I said 4,100 before but the appraisal actually reads $3,950", (4100.0, 3950.0), 3950.0),
    ],
)
@pytest.mark.parametrize("asked", ["claimant_email", "proof_documents", "loss_description"])
@pytest.mark.parametrize("intent", ["inform", "report_claim"])
def test_a_value_corrected_while_another_question_is_asked(
    text: str, entities: tuple[float, ...], new_value: float, asked: str, intent: str
) -> None:
    message = UserMessage(text, intent, tuple({"entity": "amount", "value": v} for v in entities))
    reading = read_claim_answers(message, asked, CLAIM, TODAY)
    assert reading.slots.get("item_value") == new_value
    assert asked not in reading.slots
    assert reading.notes


ADVICE_SO_FAR = {"item_type": "bracelet", "item_value": 6800.0, "travels_often": False, "wears_daily": True}


@pytest.mark.parametrize(
    ("text", "entities", "new_value"),
    [
        ("sorry, it's $6,100 not $6,800, I read the wrong receipt", (6100.0, 6800.0), 6100.0),
        ("actually the appraisal says 7,300, not 6,800", (7300.0, 6800.0), 7300.0),
        ("oops I said $6,800 but it was really $5,900", (6800.0, 5900.0), 5900.0),
    ],
)
@pytest.mark.parametrize("asked", ["area_type", "current_coverage", "wears_daily"])
def test_a_value_corrected_in_the_guide_takes_the_new_figure(
    text: str, entities: tuple[float, ...], new_value: float, asked: str
) -> None:
    message = UserMessage(text, "inform", tuple({"entity": "amount", "value": v} for v in entities))
    reading = read_advice_answers(message, asked, ADVICE_SO_FAR, load_coverage_facts())
    assert reading.slots["item_value"] == new_value
    assert asked not in reading.slots
    assert any("$6,800" in note for note in reading.notes)


@pytest.mark.parametrize(
    "text",
    [
        "Our claim for a stolen necklace has been declined and I want to know why",
        "my claim for the lost ring was turned down, I don't follow their letter",
        "our claim over the damaged watch got rejected last week",
        "my claim on the earrings has just been knocked back",
    ],
)
def test_a_refused_claim_is_a_decline_whatever_the_event(text: str) -> None:
    assert tells_of_a_decline(text)
    assert wants_the_decline_explained(text)


@pytest.mark.parametrize(
    "text",
    [
        "what happens if my claim for a ring is declined?",
        "my claim for a stolen ring, how long does it take?",
    ],
)
def test_a_claim_not_decided_is_no_decline(text: str) -> None:
    assert not tells_of_a_decline(text)


@pytest.mark.parametrize(
    "text",
    [
        "the stone chipped and the jeweler says the claws are thin, can I claim?",
        "my clasp snapped, could I claim it on my insurance?",
        "the pendant cracked, how do I make a claim",
    ],
)
def test_asking_to_make_a_claim_is_no_word_of_a_decision(text: str) -> None:
    assert not speaks_of_an_insurer(text)


@pytest.mark.parametrize(
    "text", ["the insurer says the claws were worn", "can I claim? they already said no"]
)
def test_an_insurer_still_speaks(text: str) -> None:
    assert speaks_of_an_insurer(text)


@pytest.mark.parametrize(
    "text",
    ["my locket got squashed in the door", "the bangle was crushed under a box", "my watch got smashed"],
)
def test_crushing_is_an_event(text: str) -> None:
    assert tells_it_happened(text)


@pytest.mark.parametrize(
    ("text", "often"),
    [
        ("a couple of trips a year, and I never take the ring with me", False),
        ("we fly a lot but I leave it at home", False),
        ("I'm away for work all the time, the watch stays home", False),
        ("I travel 4 times a year and always bring it", True),
    ],
)
def test_the_piece_staying_behind_is_not_travelling(text: str, often: bool) -> None:
    travel: list[Any] = [m.value for m in habit_mentions(text) if m.entity == "travels_often"]
    assert travel == [often]


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("we're in Mt Eden, central Auckland", "urban"),
        ("inner Wellington", "urban"),
        ("Mt Eden", "suburban"),
        ("Central Otago", None),
    ],
)
def test_a_city_centre_is_urban(text: str, area: str | None) -> None:
    assert area_from_text(text, asked=True) == area


def test_a_cuban_link_is_a_necklace() -> None:
    assert [m.value for m in item_mentions("my cuban link is on its own policy")] == ["necklace"]


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        ("nothing right now, we rent and never sorted out contents", "none"),
        ("we never took out any home insurance", "none"),
        ("none at the moment", "none"),
        ("nothing, but the house has a homeowners policy", "homeowners"),
        ("nothing listed, only our contents policy", "homeowners"),
    ],
)
def test_no_cover_said_with_a_cover_word(text: str, cover: str) -> None:
    assert coverage_from_text(text) == cover


def test_a_city_centre_said_unprompted_is_urban() -> None:
    found = [(m.entity, m.value) for m in setting_mentions("we live in Mt Eden, central Auckland")]
    assert found == [("area_type", "urban")]


@pytest.mark.parametrize("text", ["We have an HO-3 with State Farm.", "my homeowners is with state farm"])
def test_an_insurer_named_state_farm_is_no_farm(text: str) -> None:
    assert area_from_text(text) is None
