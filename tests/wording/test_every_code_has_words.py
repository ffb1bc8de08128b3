"""Every code the decisions and the store can produce has its words in bot/wording: a
new code without them would reach the customer as "claim_limit" or "piece"."""

from __future__ import annotations

from bot.rules.claims import CLAIM_TYPES, FLAG_CODES, ITEM_TYPES
from bot.rules.regions import REGIONS
from bot.store.workflow import CLAIM_STATUSES
from bot.wording.advice import COVER_NAMES, HOME_POLICY
from bot.wording.claims import CLAIM_TYPE_NAMES, FLAG_EXPLANATIONS, STATUS_NAMES
from bot.wording.common import ITEM_NAMES

RECOMMENDED = ("self_insure", "blanket", "scheduled", "standalone")


def test_every_piece_claim_type_and_status_has_its_words() -> None:
    assert set(ITEM_NAMES) == set(ITEM_TYPES)
    assert set(CLAIM_TYPE_NAMES) == set(CLAIM_TYPES)
    assert set(STATUS_NAMES) == set(CLAIM_STATUSES)


def test_every_decline_risk_is_explained() -> None:
    assert set(FLAG_EXPLANATIONS) == set(FLAG_CODES)


def test_every_region_names_each_cover_and_its_home_policy() -> None:
    assert set(COVER_NAMES) == set(HOME_POLICY) == set(REGIONS)
    for region in REGIONS:
        assert set(COVER_NAMES[region]) == set(RECOMMENDED)
