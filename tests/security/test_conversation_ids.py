"""Conversation ids: only the web app (with the secret) can make one the channels accept."""

from __future__ import annotations

import re

import pytest

from bot.conversation_ids import is_issued, issue_conversation_id

pytestmark = pytest.mark.security
SECRET = "s" * 32


def test_an_issued_id_is_accepted_and_unguessable() -> None:
    ids = {issue_conversation_id(SECRET) for _ in range(200)}
    assert len(ids) == 200
    assert all(re.fullmatch(r"[0-9a-f]{32}-[0-9a-f]{32}", i) and is_issued(i, SECRET) for i in ids)


@pytest.mark.parametrize(
    "made_up",
    ["default", "me", "test-1234", "0" * 32, "0" * 32 + "-" + "0" * 32, "", None, 123, ["a"]],
)
def test_a_made_up_id_is_refused(made_up: object) -> None:
    assert not is_issued(made_up, SECRET)


def test_an_altered_id_or_another_secret_is_refused() -> None:
    issued = issue_conversation_id(SECRET)
    nonce, mac = issued.split("-")
    flipped = nonce[:-1] + ("0" if nonce[-1] != "0" else "1")
    assert not is_issued(f"{flipped}-{mac}", SECRET)
    assert not is_issued(f"{nonce}-{mac[::-1]}", SECRET)
    assert not is_issued(issued, "t" * 32)
    assert not is_issued(issued.upper(), SECRET)


def test_without_a_secret_nothing_is_accepted() -> None:
    assert not is_issued(issue_conversation_id(SECRET), None)
    assert not is_issued(issue_conversation_id(SECRET), "")
