"""Kinds of wording behind fresh26's advice and FAQ failures (session 26): a piece held
with the "I" left out and insurance asked "on it"; rarely said of staying home or of the
piece coming off; a choice between covers asked mid-guide; a question told as asked by
someone else; "the CBD". Each sentence is written for the test, in US and New Zealand
phrasings, with near phrasings that must not change."""

from __future__ import annotations

import pytest

from bot.language.facts import currency_mentions
from bot.language.questions_in_answers import relayed_question
from bot.language.requests import asks_to_choose_a_cover, asks_whether_to_insure_it, holds_a_piece
from bot.language.yes_no import read_yes_no
from tests.language.readers import advice


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("quick one - got a Breitling for my 40th, is it worth insuring?", True),
        ("Bought a Tudor last month. should I get cover for it?", True),
        ("hey, got given a greenstone pendant by my koro, do we need insurance on it?", True),
        ("Morning. Picked up a tennis bracelet on Saturday, what cover do I need?", True),
        ("so inherited a diamond brooch from my aunt, do I need to insure it", True),
        # A question held, not a piece; a piece not the person's.
        ("got a question about a ring", False),
        ("she got a ring for her birthday", False),
        ("the shop got a new watch in", False),
    ],
)
def test_a_piece_held_with_the_i_left_out(text: str, holds: bool) -> None:
    assert holds_a_piece(text) is holds


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("do i need insurance on it?", True),
        ("should we get cover on them or is that overkill", True),
        ("do I need cover for this?", True),
        ("would I need coverage on that one", True),
        # A piece named after "on" or "for" is ASKS_HOW_TO_COVER's to read; a time is no piece.
        ("do I need insurance for a trip?", False),
        ("do we need insurance on the house", False),
    ],
)
def test_whether_to_insure_it_asked_of_it(text: str, asked: bool) -> None:
    assert asks_whether_to_insure_it(text) is asked


@pytest.mark.parametrize(
    ("text", "travels"),
    [
        ("we're hardly ever home, the motorhome's always on the road", True),
        ("the caravan is barely parked, we're away most weekends", True),
        ("I'm seldom home for more than a fortnight", True),
        ("rarely at home honestly, work has me flying all over", True),
        ("never in one place for long", True),
        # Rarely said of the trips, or of leaving: not often.
        ("hardly ever, we stay home", False),
        ("I rarely leave home these days", False),
        ("rarely travel, maybe once a year", False),
        ("not often, we mostly stay put", False),
    ],
)
def test_rarely_home_is_travelling(text: str, travels: bool) -> None:
    assert advice(text, "travels_often").slots.get("travels_often") is travels


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("it rarely comes off my finger", "yes"),
        ("they're hardly ever off, even in bed", "yes"),
        ("seldom leaves her wrist", "yes"),
        ("barely ever take it off tbh", "yes"),
        ("I'm never without it", "yes"),
        ("almost never comes off", "yes"),
        # Rarely said of wearing it, or of it leaving a box: not most days.
        ("I rarely wear it", None),
        ("it rarely leaves the safe", None),
        ("hardly ever, it lives in the box", "no"),
    ],
)
def test_rarely_off_is_worn_all_the_time(text: str, answer: str | None) -> None:
    reading = read_yes_no(text)
    assert (reading.answer if reading else None) == answer
    worn = advice(text, "wears_daily").slots.get("wears_daily")
    assert worn is (answer == "yes")


@pytest.mark.parametrize(
    "text",
    [
        "would I be better putting it on my AMI policy or taking out a separate jewellery one?",
        "with Vero or a separate policy?",
        "should we put it on our contents or get a standalone jewellery policy?",
        "is it better to add it to my homeowners or get something separate like BriteCo?",
        "schedule it with State Farm or go with Jewelers Mutual, which do you reckon?",
        "renters rider vs a standalone policy, what's smarter for a necklace like this?",
        "do I specify it with Tower or get its own policy?",
        "which is cheaper, adding it to my renters or a separate jewelry policy?",
    ],
)
def test_a_choice_between_covers(text: str) -> None:
    assert asks_to_choose_a_cover(text)


@pytest.mark.parametrize(
    "text",
    [
        # The care plan, a definition or a difference: the FAQ's.
        "does the care plan cover theft or just repairs?",
        "should I get the protection plan or insurance?",
        "blanket or scheduled, what's the difference?",
        "what does a floater or a rider mean?",
        # Whether the cover they have covers it.
        "is my watch covered overseas under my contents insurance or do i need travel insurance for it",
        "is it covered under homeowners or not?",
        # An answer to "what covers it today?", not sure which.
        "not sure, contents or maybe a separate one?",
        "can't remember, AA or AMI?",
        "we've got contents with AMI, or maybe it's Tower",
        "renters through Lemonade",
    ],
)
def test_no_choice_between_covers(text: str) -> None:
    assert not asks_to_choose_a_cover(text)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "hi, I'm on the counter at the Riccarton shop. a customer's asking if the care plan covers a lost "
            "earring, what do I tell him",
            "whether the care plan covers a lost earring",
        ),
        (
            "I manage the Houston store and a client asked me whether homeowners pays for a stone that falls "
            "out, what should I say?",
            "whether homeowners pays for a stone that falls out",
        ),
        (
            "my husband keeps asking whether his watch is covered when he travels, any idea?",
            "whether his watch is covered when he travels",
        ),
        ("Mum wants to know if her pearls need a valuation.", "whether her pearls need a valuation"),
        ("I was wondering if a scheduled ring has an excess", "whether a scheduled ring has an excess"),
        # A question asked in so many words, or too short to be one.
        ("does the care plan cover theft?", None),
        ("she asked if ok", None),
    ],
)
def test_a_question_told_as_asked(text: str, question: str | None) -> None:
    assert relayed_question(text) == question


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("an apartment right in the CBD", "NZD"),
        ("we're near the cbd, ten minutes' walk", "NZD"),
        ("I work in the CBD", "NZD"),
        # CBD the product.
        ("I sell CBD oil at the markets", None),
        ("the cbd gummies store on Main", None),
    ],
)
def test_the_cbd_is_new_zealand(text: str, currency: str | None) -> None:
    found = currency_mentions(text)
    assert (found[0].value if found else None) == currency


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A figure hedged by memory or belief is still the figure given.
        ("it was valued at about 2,300 from memory, a while back", 2300),
        ("1,450 I think", 1450),
        ("roughly 6k, don't quote me", 6000),
        ("around $3,800 if memory serves", 3800),
        ("off the top of my head about 7 grand", 7000),
        ("something like NZ$950 from what I remember", 950),
        ("IIRC about 12k", 12000),
        ("$2,200 last time I checked", 2200),
    ],
)
def test_a_figure_hedged_by_memory_is_the_value(text: str, value: float) -> None:
    assert advice(text, "item_value").slots.get("item_value") == value
