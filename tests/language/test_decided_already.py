"""In the claim intake, after "if your insurer has already decided, tell me": a plain word
of a decision about this claim is read as one; a fear, a supposition or "not yet" is not."""

from __future__ import annotations

import pytest

from bot.language.decline_answers import tells_it_was_decided, tells_of_a_refusal_outright
from bot.language.stories import speaks_of_a_decision


@pytest.mark.parametrize(
    "text",
    [
        "yes they already turned it down",
        "they declined it last week",
        "actually the insurer already said no",
        "already been declined",
        "yep, declined",
        "they knocked it back on friday",  # NZ
        "AMI knocked the claim back",
        "state farm denied it",
        "they only paid out 1200",
        "the assessor rejected it",
        "they turned us down",
        "they said no, that's why I'm here",
    ],
)
def test_a_decision_told_in_a_few_words(text: str) -> None:
    assert tells_it_was_decided(text)


@pytest.mark.parametrize(
    "text",
    [
        "yes",
        "not yet",
        "no, they haven't decided yet",
        "nope, still waiting to hear back",
        "it was stolen, the insurer hasn't declined it",
        "I'm worried they won't pay",
        "hoping they don't say no",
        "what if they refuse",
        "can they deny it if there's no receipt?",
        "Sarah Jones",
        "sarah.jones@example.com",
        "it was stolen from my car on saturday",
        "no police report, it was lost",
    ],
)
def test_no_decision_told(text: str) -> None:
    assert not tells_it_was_decided(text)


@pytest.mark.parametrize(
    ("text", "refusal"),
    [
        ("sorry I should have said, the insurer has already declined my claim for the ring", True),
        ("oh and we already claimed, they rejected it last week", True),
        ("theft, but Tower already turned it down, said I couldn't prove it was mine", True),
        ("state farm denied the claim on friday, that's why I'm here", True),
        # Answers that guess at a refusal, or tell what cover pays: still answers.
        ("no, not specified - does that mean they won't pay?", False),
        ("no it wasn't, which I'm guessing means they won't cover the full amount", False),
        ("no, it wasn't specified. I think contents only covers jewellery up to 1500", False),
        ("no it wasnt listed, I rang Tower and they said it's not covered because we let them in", False),
        ("no. probably means they'll refuse it", False),
    ],
)
def test_in_the_middle_of_the_intake_only_a_refusal_told_outright_is_a_decline(
    text: str, refusal: bool
) -> None:
    assert tells_of_a_refusal_outright(text) is refusal


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        # Asking to make a claim is no claim decided (fresh32: an open-home theft told
        # with "I'd like to put a claim in" got the decline explanation).
        ("We had an open home yesterday and my brooch was missing. I'd like to put a claim in.", False),
        ("my ring was stolen, I want to claim for it", False),
        ("I need to file my claim through you", False),
        ("looking to open a claim for my watch", False),
        # A claim decided still is.
        ("my claim was declined", True),
        ("I want to put in a complaint about my claim being refused", True),
    ],
)
def test_asking_to_make_a_claim_is_no_decision(text: str, decision: bool) -> None:
    assert speaks_of_a_decision(text) is decision
