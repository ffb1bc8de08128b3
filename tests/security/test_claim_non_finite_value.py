"""Issue 13, finding 3: `/report_claim{"amount": NaN}` set item_value to NaN (and the
summary action then raised). A value that is not a finite number is a value problem,
in the claim intake and in the coverage guide, whichever way it arrives."""

from __future__ import annotations

import math
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.advisor import ValidateCoverageAdviceForm
from bot.actions.claims import ValidateClaimIntakeForm
from bot.rules.advice import value_problem
from tests.actions.conftest import REPO

pytestmark = pytest.mark.security

NOT_FINITE = [math.nan, math.inf, -math.inf]


@pytest.fixture(scope="module")
def domain() -> dict[str, Any]:
    from rasa.shared.core.domain import Domain

    return Domain.load(str(REPO / "domain")).as_dict()


@pytest.mark.parametrize("value", NOT_FINITE)
def test_a_value_that_is_not_finite_is_a_value_problem(value: float) -> None:
    assert value_problem(value) is not None


def first_message(form: str, value: float) -> Tracker:
    """The first message of a form sent as an intent with an amount entity, as a REST
    client can: `/report_claim{"amount": NaN}` (Python's JSON reads NaN and Infinity)."""
    intent = "report_claim" if form == "claim_intake_form" else "ask_coverage_advice"
    return Tracker.from_dict(
        {
            "sender_id": "nan-sender",
            "slots": {"requested_slot": "item_value", "item_type": "ring"},
            "latest_message": {
                "text": f'/{intent}{{"amount": {value}}}',
                "intent": {"name": intent, "confidence": 1.0},
                "entities": [{"entity": "amount", "value": value}],
            },
            "events": [],
            "paused": False,
            "followup_action": None,
            "active_loop": {"name": form},
            "latest_action_name": "action_listen",
        }
    )


@pytest.mark.parametrize("value", NOT_FINITE)
@pytest.mark.parametrize("form", ["claim_intake_form", "coverage_advice_form"])
async def test_a_non_finite_amount_entity_never_becomes_the_item_value(
    form: str, value: float, domain: dict[str, Any]
) -> None:
    action = ValidateClaimIntakeForm() if form == "claim_intake_form" else ValidateCoverageAdviceForm()
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, first_message(form, value), domain)
    set_values = [
        e.get("value") for e in events if e.get("event") == "slot" and e.get("name") == "item_value"
    ]
    assert all(v is None for v in set_values), set_values
    # The person is told what was wrong, with an example that works.
    assert any('"$' in (m.get("text") or "") for m in dispatcher.messages)
