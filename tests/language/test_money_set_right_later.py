"""A value set right in the same breath at a later question (bot/language/money.py
corrected_value): "$4k - no wait, $4,400" at the date or the travel question is
$4,400, not the first figure said; "was it 3,200? no, 3,400" is $3,400. The same in the
claim intake and the coverage guide. Phrasings are our own (US and NZ); negatives keep
their reading."""

from __future__ import annotations

import pytest

from tests.language.claim.reading import read_reply
from tests.language.readers import advice

CLAIM = {"claim_type": "theft", "item_type": "ring", "item_value": 3000.0, "currency": "USD"}
GUIDE = {"item_type": "ring", "item_value": 3000.0}

SET_RIGHT = [
    ("$4k - no wait, $4,400", 4400.0),
    ("4k, sorry 4.4k", 4400.0),
    ("was it 3,200? no, 3,400", 3400.0),
    ("$4,000 no wait $4,400", 4400.0),
    ("about 4 grand, actually 4.4", 4400.0),
    ("it's worth 4k, no wait, 4.4k", 4400.0),
    ("$4k, oops $4,400", 4400.0),
    ("4,000... make that 4,400", 4400.0),
    ("4k - wait, no, 4.4k", 4400.0),
    ("NZ$4,000 - sorry, NZ$4,400", 4400.0),
    ("4k scratch that 4.4k", 4400.0),
    ("actually the ring is 4k no wait 4.4k", 4400.0),
]


@pytest.mark.parametrize(("text", "value"), SET_RIGHT)
@pytest.mark.parametrize("slot", ["loss_date", "proof_documents", "item_value"])
def test_claim_value_set_right_in_the_same_breath(text: str, value: float, slot: str) -> None:
    known = CLAIM if slot != "item_value" else {k: v for k, v in CLAIM.items() if k != "item_value"}
    assert read_reply(text, slot, known).slots.get("item_value") == value


@pytest.mark.parametrize(("text", "value"), SET_RIGHT)
@pytest.mark.parametrize("slot", ["travels_often", "area_type"])
def test_guide_value_set_right_in_the_same_breath(text: str, value: float, slot: str) -> None:
    assert advice(text, slot, GUIDE).slots.get("item_value") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("oh wait, it was $4,200 not $3,000", 4200.0),
        ("sorry, the ring was 4k and the chain was extra", 4000.0),
        ("actually it's $4,400, not 4k", 4400.0),
    ],
)
def test_one_new_figure_is_still_the_value(text: str, value: float) -> None:
    assert read_reply(text, "loss_date", CLAIM).slots.get("item_value") == value


@pytest.mark.parametrize(
    "text",
    [
        "last Friday, sorry",
        "the 26th - no wait, the 27th",
        "yes I have the receipt, sorry it took a while",
    ],
)
def test_no_figure_changes_nothing(text: str) -> None:
    assert "item_value" not in read_reply(text, "loss_date", CLAIM).slots
