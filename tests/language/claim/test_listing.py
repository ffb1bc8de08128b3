"""When the piece was listed: "since" telling the time since a listing is no listing made
after the loss, and a listing told with "only" or "finally" is still a listing (session 11,
from a regression on a set nobody tuned on: the phrasings here are new)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.claim.listing import listing_said, sentences_of_the_listing

TODAY = date(2026, 11, 29)
LISTED_BEFORE = {"was_specified": True}
LISTED_AFTER = {"was_specified": False, "listed_after_loss": True}


@pytest.mark.parametrize(
    "text",
    [
        "yep we scheduled it ages back, nothing's changed since",
        "it's been on the schedule since 2020 and nothing has changed since",
        "yes listed, the premium has gone up since then",
        "yes, the broker has emailed twice since we listed it",
        "specified on our Tower policy, ever since we got engaged",
        "yeah it's specified, has been since we first insured it",
    ],
)
def test_since_telling_the_time_since_a_listing_is_listed_before(text: str) -> None:
    assert listing_said(text, TODAY) == LISTED_BEFORE


@pytest.mark.parametrize(
    "text",
    [
        "we only added it after it went missing",
        "I finally listed it once it was gone, too late I know",
        "mum just added it since the burglary",
        "we eventually listed it after the theft",
        "I only listed it after",
        "rang AMI the next morning and they added it",
    ],
)
def test_a_listing_made_after_the_loss_is_not_listed(text: str) -> None:
    assert listing_said(text, TODAY) == LISTED_AFTER


@pytest.mark.parametrize(
    ("text", "loss", "said"),
    [
        # A date or a figure with dots in it stays whole inside the listing's sentence.
        (
            "We only scheduled it on 27.11.2026. It went missing on the 20th.",
            date(2026, 11, 20),
            LISTED_AFTER,
        ),
        ("It was listed on 3.2.2024. Scheduled at $4.5k, nothing since.", date(2026, 11, 20), LISTED_BEFORE),
    ],
)
def test_a_listing_sentence_keeps_its_dotted_date(text: str, loss: date, said: dict[str, bool]) -> None:
    assert listing_said(sentences_of_the_listing(text), TODAY, loss) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # New Zealand's "nah yeah" is a yes, "yeah nah" a no; a plain "nah" stays a no.
        ("nah yeah it's on the schedule, did it the week we got it", LISTED_BEFORE),
        ("nah, yeah, specified on the Tower policy", LISTED_BEFORE),
        ("yeah nah it was never specified", {"was_specified": False}),
        ("nah it's not listed separately", {"was_specified": False}),
    ],
)
def test_nah_yeah_is_a_yes_to_the_listing(text: str, said: dict[str, bool]) -> None:
    assert listing_said(text, TODAY) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # A "no" inside an idiom answers nothing: the listing is what the rest says.
        ("yes it's on the schedule, no worries", LISTED_BEFORE),
        ("yep specified with State, not a problem", LISTED_BEFORE),
        ("yeah it's itemised, no dramas at all", LISTED_BEFORE),
        ("sure, it's listed by itself, no doubt about it", LISTED_BEFORE),
        # A real "no" beside an idiom is still a no.
        ("no it was never listed, no worries though", {"was_specified": False}),
        ("nah not specified, no problem", {"was_specified": False}),
    ],
)
def test_a_no_in_an_idiom_is_no_answer(text: str, said: dict[str, bool]) -> None:
    assert listing_said(text, TODAY) == said
