"""Realistic conversations and out-of-scope questions, played over HTTP (the dev sets).

The sets were written apart from the project (tests/conversations/README.md); the
runner (tests/conversations/runner.py) answers what the assistant asks from each
person's answers. The gates are below what the last measured run reached, so a
change that makes real conversations fail more often fails CI. The held-out sets are
run only for the table in docs/quality.md (`python -m scripts.conversations --set heldout`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from scripts.answer_bank import parser_at
from scripts.stack import REPO, Stack, running_stack
from scripts.train import train
from tests.conversations import answer_bank
from tests.conversations.routing import load_openings, route_all, routing_summary
from tests.conversations.runner import (
    SHOP_TODAY_ENV,
    ask_all,
    failure_report,
    load_conversations,
    load_questions,
    play_all,
    scope_summary,
    summary,
)

pytestmark = pytest.mark.e2e

SETS = REPO / "tests" / "conversations"
# Measured 2026-11-30 on the dev sets: 99.3% of conversations passed (the target, 95%, is
# the gate), 98.0% of out-of-scope questions got the honest reply.
MIN_SHARE_PASSED = 0.95
# Sessions 10 to 20's blind sets, tuned on (fresh11, fresh13, fresh14, fresh15, fresh17,
# fresh19, fresh21, fresh23, fresh24, fresh26, fresh28, fresh30, fresh32, fresh34: 840
# conversations by fourteen writers): 816 of 840 (97.1%) on 2026-12-01 (session 20, model
# `main-0`), from 660 (78.6%) on their first runs; the gate is set below the last measured share.
TUNED_BLIND_SETS = (
    "fresh11",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh17",
    "fresh19",
    "fresh21",
    "fresh23",
    "fresh24",
    "fresh26",
    "fresh28",
    "fresh30",
    "fresh32",
    "fresh34",
)
MIN_TUNED_BLIND = 0.93
MIN_OUT_OF_SCOPE = 0.95
# The answer bank's tuning parts (replies to one question, read by the form's reader with
# the model's parse): 3,263 of 3,284 right on 2026-11-30 (session 17, tune to tune11), and
# tune12 300 of 300 on 2026-12-01 (3,563 of 3,584); the gate is set below the last measured
# share (tests/conversations/README.md).
ANSWER_BANK_PARTS = (
    "tune",
    "tune2",
    "tune3",
    "tune4",
    "tune5",
    "tune6",
    "tune7",
    "tune8",
    "tune9",
    "tune10",
    "tune11",
    "tune12",
)
MIN_ANSWER_BANK = 0.97
# First messages sent to the flow they belong to (routing_tune.yml to routing_tune6.yml):
# 985 of 990 on 2026-11-30 (session 15, counted by the flow a form handed the message to; two
# of those left are a hypothetical question labelled decline and a refusal asked as a question).
ROUTING_PARTS = ("tune", "tune2", "tune3", "tune4", "tune5", "tune6")
MIN_ROUTED_RIGHT = 0.95


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    """A stack of its own whose day is the one the sets were written for (SHOP_TODAY)."""
    with running_stack(model=train(), extra_env=SHOP_TODAY_ENV) as running:
        yield running


def test_realistic_conversations_reach_their_end_with_the_facts_right(stack: Stack) -> None:
    results = play_all(load_conversations(SETS / "conversations_dev.yml"), stack.rasa_url, stack.token)
    report = summary(results)
    print("\nconversations (dev):", json.dumps(report, indent=2))
    assert report["loops"] == 0, failure_report([r for r in results if r.loops])
    assert report["share_passed"] >= MIN_SHARE_PASSED, failure_report(results)


def test_the_tuned_blind_sets_reach_their_end_with_the_facts_right(stack: Stack) -> None:
    conversations = [
        c for name in TUNED_BLIND_SETS for c in load_conversations(SETS / f"conversations_{name}.yml")
    ]
    results = play_all(conversations, stack.rasa_url, stack.token)
    report = summary(results)
    print("\nconversations (the tuned blind sets):", json.dumps(report, indent=2))
    assert report["loops"] == 0, failure_report([r for r in results if r.loops])
    assert report["share_passed"] >= MIN_TUNED_BLIND, failure_report(results)


def test_out_of_scope_questions_get_the_honest_reply(stack: Stack) -> None:
    results = ask_all(load_questions(SETS / "out_of_scope_dev.yml"), stack.rasa_url, stack.token)
    report = scope_summary(results)
    print("\nout of scope (dev):", json.dumps(report, indent=2))
    misses = [f"{r.outcome}: {r.question}" for r in results if r.outcome != "out_of_scope"]
    assert report["share_out_of_scope_reply"] >= MIN_OUT_OF_SCOPE, "\n".join(misses)


def test_replies_to_one_question_are_read_as_their_words_state(stack: Stack) -> None:
    replies = [
        r for part in ANSWER_BANK_PARTS for r in answer_bank.load_bank(SETS / f"answer_bank_{part}.yml")
    ]
    checked = answer_bank.check_all(replies, parser_at(stack.rasa_url, stack.token))
    report = answer_bank.summary(checked)
    print("\nanswer bank (tuning parts):", json.dumps(report, indent=2))
    assert report["share_passed"] >= MIN_ANSWER_BANK, answer_bank.failure_report(checked)


def test_first_messages_go_to_the_flow_they_belong_to(stack: Stack) -> None:
    openings = [o for part in ROUTING_PARTS for o in load_openings(SETS / f"routing_{part}.yml")]
    routed = route_all(openings, stack.rasa_url, stack.token)
    report = routing_summary(routed)
    print("\nrouting (tuning parts):", json.dumps(report, indent=2))
    wrong = [f"{r.opening.route} -> {r.route}: {r.opening.say}" for r in routed if not r.right]
    assert report["share_right"] >= MIN_ROUTED_RIGHT, "\n".join(wrong)
