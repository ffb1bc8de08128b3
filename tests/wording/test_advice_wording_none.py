"""With no cover today, the advice names a home policy they would take out, not "your"."""

from __future__ import annotations

import pytest

from bot.rules.advice import Profile
from bot.wording.advice import their_cover_name


@pytest.mark.parametrize("currency", ["NZD", "USD"])
def test_no_cover_today_is_not_told_your_policy(currency: str) -> None:
    none = Profile("ring", 3000.0, currency, area_type="urban", current_coverage="none")
    home = Profile("ring", 3000.0, currency, area_type="urban", current_coverage="homeowners")
    for cover in ("blanket", "scheduled"):
        assert "your " not in their_cover_name(cover, none)
        assert "your " in their_cover_name(cover, home)
