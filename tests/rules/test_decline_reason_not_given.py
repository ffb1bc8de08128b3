"""A refusal whose reason is not known: no reason is chosen; the reasons the story raises
come first, then the others that can apply to its kind of claim."""

from __future__ import annotations

import pytest

from bot.rules.declines import explain_unstated_decline, load_decline_knowledge

KNOWLEDGE = load_decline_knowledge()


def test_every_reason_says_which_claims_it_applies_to() -> None:
    for reason in KNOWLEDGE.reasons.values():
        assert reason.applies_to and set(reason.applies_to) <= {"theft", "lost", "damage"}, reason.code


def test_not_given_is_a_slot_value_and_no_reason() -> None:
    assert KNOWLEDGE.not_given == "not_given"
    assert KNOWLEDGE.not_given in KNOWLEDGE.codes and KNOWLEDGE.not_given not in KNOWLEDGE.reasons


@pytest.mark.parametrize(
    ("claim_type", "included", "excluded"),
    [
        ("theft", "invited_guest_theft", "wear_and_tear"),
        ("lost", "named_perils_no_disappearance", "invited_guest_theft"),
        ("damage", "wear_and_tear", "named_perils_no_disappearance"),
    ],
)
def test_the_reasons_that_can_apply_follow_the_kind_of_claim(
    claim_type: str, included: str, excluded: str
) -> None:
    codes = [r.code for r in explain_unstated_decline("US", KNOWLEDGE, claim_type).possible]
    assert included in codes and excluded not in codes


def test_reasons_the_story_raises_come_first_and_are_not_repeated() -> None:
    explanation = explain_unstated_decline(
        "NZ", KNOWLEDGE, "theft", raised=("reasonable_care", "reasonable_care", "invited_guest_theft")
    )
    assert [r.code for r in explanation.raised] == ["reasonable_care", "invited_guest_theft"]
    assert not {"reasonable_care", "invited_guest_theft"} & {r.code for r in explanation.possible}
    assert explanation.steps == KNOWLEDGE.routes["NZ"]


def test_unknown_kind_lists_every_reason_and_an_unknown_region_takes_the_default() -> None:
    explanation = explain_unstated_decline("Narnia", KNOWLEDGE)
    assert len(explanation.possible) == len(KNOWLEDGE.reasons)
    assert explanation.region == "US"
