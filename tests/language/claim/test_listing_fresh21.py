"""Whether the piece was listed, from fresh21 and tune8 kinds: "nothing special listed"
is nothing listed; the day a call confirmed the listing is no day of a listing made
after the loss; a valuation made "to specify it" tells a listing; "the policy doesn't
list anything" is no listing; "on the contents, I think" is a belief, said back."""

from __future__ import annotations

import pytest

from tests.language.claim.reading import read_reply

KNOWN = {"claim_type": "theft", "loss_date": "2026-11-26"}


def _listed(text: str) -> object:
    return read_reply(text, "was_specified", dict(KNOWN)).slots.get("was_specified")


# Kind 1: "nothing" with a word before "listed".
@pytest.mark.parametrize(
    "text",
    [
        "just my renters, nothing separate listed for the watch",  # US
        "it's only on the contents, nothing extra specified",  # NZ
        "dad says there's nothing special scheduled on it",  # US
    ],
)
def test_nothing_special_listed_is_not_listed(text: str) -> None:
    assert _listed(text) is False


# Kind 2: a call or check that confirmed the listing, with its own date.
@pytest.mark.parametrize(
    "text",
    [
        "yes it's scheduled with Allstate, my agent confirmed it on the phone this morning",  # US
        "yeah it's specified on our AMI policy, the lady read it out to me on Friday",  # NZ
        "Scheduled, the broker checked it for me yesterday",  # US
    ],
)
def test_the_day_a_listing_was_checked_is_no_late_listing(text: str) -> None:
    reading = read_reply(text, "was_specified", dict(KNOWN))
    assert reading.slots.get("was_specified") is True
    assert "listed_after_loss" not in reading.slots


def test_a_listing_made_after_the_loss_is_still_read() -> None:
    reading = read_reply("I added it to the policy yesterday", "was_specified", dict(KNOWN))
    assert reading.slots == {"was_specified": False, "listed_after_loss": True}


# Kind 3: a valuation made for the insurer to list the piece.
@pytest.mark.parametrize(
    "text",
    [
        "State Farm needed an appraisal to schedule it, back in 2023",  # US
        "had it valued so they could specify it when we got engaged",  # NZ
    ],
)
def test_a_valuation_made_to_list_it_is_listed(text: str) -> None:
    assert _listed(text) is True


def test_a_valuation_meant_to_list_it_is_not_listed() -> None:
    assert _listed("I was going to get a valuation to specify it but never did") is False


# Kind 4: the policy said not to list anything.
@pytest.mark.parametrize(
    "text",
    [
        "my homeowners doesn't itemize anything",  # US
        "the contents policy does not list any of my jewellery",  # NZ
        "got contents with AA. we never added anything special for the rings",  # NZ
        "I have renters. didn't add anything extra for my watch",  # US
    ],
)
def test_a_policy_that_lists_nothing(text: str) -> None:
    assert _listed(text) is False


# Kind 5: not listed, as the person believes: stored and said back.
@pytest.mark.parametrize(
    "text",
    [
        "just under the renters I think",  # US
        "general contents, I believe",  # NZ
    ],
)
def test_not_listed_believed_is_said_back(text: str) -> None:
    reading = read_reply(text, "was_specified", dict(KNOWN))
    assert reading.slots.get("was_specified") is False
    assert reading.notes


def test_not_listed_said_plainly_is_not_said_back() -> None:
    reading = read_reply("just under the renters", "was_specified", dict(KNOWN))
    assert reading.slots.get("was_specified") is False
    assert not reading.notes
