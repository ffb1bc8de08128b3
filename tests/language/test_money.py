"""The amount reader over many phrasings, good and bad."""

from __future__ import annotations

import pytest

from bot.language.money import find_amounts, money_amounts, read_amount

# (text, value read as the answer to "what is it worth?", currency or None)
ANSWERS = [
    ("$8,500", 8500, None),
    ("8500 dollars", 8500, None),
    ("8.5k", 8500, None),
    ("8.5K", 8500, None),
    ("eight and a half thousand", 8500, None),
    ("about five grand", 5000, None),
    ("NZ$3,000", 3000, "NZD"),
    ("nz$3000", 3000, "NZD"),
    ("NZD 4,000", 4000, "NZD"),
    ("4000 NZD", 4000, "NZD"),
    ("3000 nz dollars", 3000, "NZD"),
    ("US$2,000", 2000, "USD"),
    ("USD950", 950, "USD"),
    ("950 usd", 950, "USD"),
    ("$1.2k", 1200, None),
    ("$999.99", 999.99, None),
    ("$5,000.01", 5000.01, None),
    ("1,000,000", 1_000_000, None),
    ("1.5 million", 1_500_000, None),
    ("half a million", 500_000, None),
    ("a grand", 1000, None),
    ("a couple grand", 2000, None),
    ("twenty-five hundred", 2500, None),
    ("two thousand five hundred dollars", 2500, None),
    ("it was appraised at 6,200", 6200, None),
    ("roughly four thousand dollars", 4000, None),
    ("around 3k I think", 3000, None),
    ("I paid 1200 for it", 1200, None),
    ("12k", 12000, None),
    ("twelve thousand bucks", 12000, None),
    ("5-6k", 6000, None),  # a range: the higher end
    ("between 5 and 6 thousand", 6000, None),
    ("actually it was $7,000", 7000, None),
    ("sorry, I meant 6.5k", 6500, None),
    ("it's 700", 700, None),
    ("4200", 4200, None),
    # Unusable values are still read, so the guide can say what is wrong with them.
    ("$0", 0, None),
    ("-200", -200, None),
    ("-$200", -200, None),
    ("$-200", -200, None),
    ("minus 200 dollars", -200, None),
    ("$10^12", 1e12, None),
]

NOT_AN_AMOUNT = [
    "a lot",
    "it's priceless",
    "no idea",
    "",
    "   ",
    "I fly abroad 3 times a year",
    "I've had it for 20 years",
    "a 2 carat diamond",
    "💍💍💍",
]


@pytest.mark.parametrize(("text", "value", "currency"), ANSWERS)
def test_reads_the_amount(text: str, value: float, currency: str | None) -> None:
    amount = read_amount(text)
    assert amount is not None, text
    assert amount.value == pytest.approx(value)
    assert amount.currency == currency


@pytest.mark.parametrize("text", NOT_AN_AMOUNT)
def test_no_amount_where_there_is_none(text: str) -> None:
    assert read_amount(text) is None


def test_offsets_point_at_the_amount() -> None:
    text = "I just bought a $8,500 engagement ring"
    (amount,) = money_amounts(text)
    assert text[amount.start : amount.end] == "$8,500"


def test_collection_amounts_are_separate_and_counts_are_not_money() -> None:
    text = "a $12k ring, two $800 bracelets and a $3,000 watch"
    assert [a.value for a in money_amounts(text)] == [12000, 800, 3000]
    assert 2 in [a.value for a in find_amounts(text) if not a.cued]


def test_bare_numbers_are_not_entities_without_a_money_cue() -> None:
    assert money_amounts("it's 2019 now") == []
    assert [a.value for a in money_amounts("it is worth 2019")] == [2019]


@pytest.mark.parametrize(
    "text", ["the report number is 2611-4471", "my number is 021 555 678", "it was 2019"]
)
def test_weak_words_do_not_make_a_number_money(text: str) -> None:
    assert money_amounts(text) == []


# Numbers that name or count something else are never money, even beside a money cue.
NEVER_MONEY = [
    "my 18k gold necklace was stolen",
    "an 18K white gold band",
    "a 14ct yellow gold chain",
    "9ct gold hoops",
    "a 22 karat bangle from my nan",
    "a 1.5 carat solitaire",
    "two 0.75 ct studs",
    "she's a ring size 7",
    "sz 6.5 band",
    "we got married in 2019",
    "bought it back in 2008",
    "it happened around 3pm",
    "at 11 am on the ferry",
    "call me on 021 555 6789",
    "my cell is +1 415 555 0142",
    "police report 2611-4471",
    "the case number is 88412",
    "reference no. 7765",
    "it went missing on 3 March",
]


@pytest.mark.parametrize("text", NEVER_MONEY)
def test_numbers_that_name_something_else_are_not_money(text: str) -> None:
    assert money_amounts(text) == []
    assert read_amount(text) is None


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("nz$6.5k", 6500, "NZD"),
        ("NZD 6.5k", 6500, "NZD"),
        ("6.5k NZD", 6500, "NZD"),
        ("6.5k kiwi", 6500, "NZD"),
        ("about 4k nz", 4000, "NZD"),
        ("roughly 3,200 kiwi dollars", 3200, "NZD"),
        ("my 18k gold necklace, worth $2,400", 2400, None),
        ("a 2 carat ring valued at 15 grand", 15000, None),
        ("two hundred fifty bucks", 250, None),
        ("one and a half grand", 1500, None),
        ("a couple of thousand dollars", 2000, None),
        ("nine hundred and ninety nine dollars", 999, None),
        ("fifteen hundred", 1500, None),
        ("seven thousand two hundred", 7200, None),
        ("paid 2000 for it in 2019", 2000, None),
        # Near a naming word, but still the value.
        ("I want to claim 5000", 5000, None),
        ("a value of 2000", 2000, None),
    ],
)
def test_amounts_among_other_numbers(text: str, value: float, currency: str | None) -> None:
    amount = read_amount(text)
    assert amount is not None, text
    assert amount.value == pytest.approx(value)
    assert amount.currency == currency


@pytest.mark.parametrize(
    "text",
    [
        "do i need insurance on a ring that cost under a thousand",
        "a necklace worth less than $500",
        "below 2k",
    ],
)
def test_a_bound_said_in_passing_is_no_value(text: str) -> None:
    assert money_amounts(text) == []


def test_a_bound_given_as_the_answer_to_the_value_question_counts() -> None:
    amount = read_amount("under a thousand")
    assert amount is not None and amount.value == 1000.0


# Approximate marks around an amount (~, ≈, -ish, "or so", "give or take", "round
# about") and the currency said after it ("US", "USD", "American").
@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("~2,300", 2300, None),
        ("~ $950", 950, None),
        ("≈4k", 4000, None),
        ("7k-ish", 7000, None),
        ("$12k-ish", 12000, None),
        ("1,600ish", 1600, None),
        ("2.5k ish", 2500, None),
        ("900-ish bucks", 900, None),
        ("six grand or so", 6000, None),
        ("3500 give or take", 3500, None),
        ("round about 2,750", 2750, None),
        ("circa $1,100", 1100, None),
        ("5 grand US", 5000, "USD"),
        ("2k USD-ish", 2000, "USD"),
        ("8k American, it was bought in Texas", 8000, "USD"),
        ("3 grand NZ", 3000, "NZD"),
    ],
)
def test_approximate_amounts(text: str, value: float, currency: str | None) -> None:
    amount = read_amount(text)
    assert amount is not None and amount.value == pytest.approx(value)
    assert amount.currency == currency


@pytest.mark.parametrize("text", ["it cost us 4 grand", "worth 3k to us", "gave us 2k for it"])
def test_us_as_a_pronoun_names_no_currency(text: str) -> None:
    amount = read_amount(text)
    assert amount is not None and amount.currency is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("about $4k. sorry", 4000.0), ("3k.", 3000.0), ("2.5k. that's it", 2500.0), ("1m. wow", 1_000_000.0)],
)
def test_a_scale_letter_before_a_full_stop_counts(text: str, value: float) -> None:
    amount = read_amount(text)
    assert amount is not None and amount.value == value


# "three fifty", "twelve fifty": hundreds said the way prices are, without "hundred".
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("like three fifty", 350),
        ("nine seventy-five", 975),
        ("eleven fifty or so", 1150),
        ("two forty nine", 249),
    ],
)
def test_hundreds_said_without_the_word_hundred(text: str, value: float) -> None:
    amount = read_amount(text)
    assert amount is not None and amount.value == value


@pytest.mark.parametrize("text", ["twenty fifty", "two or three", "three to four"])
def test_no_hundreds_read_into_other_number_words(text: str) -> None:
    amount = read_amount(text)
    assert amount is None or amount.value not in {2050, 203, 304}


@pytest.mark.parametrize(
    "text",
    [
        # A count by a period is no price, "each" or not (fresh19: "a coach tour or two
        # each year" had changed a $6,300 ring to $2).
        "we usually do a cruise or two each year",
        "three each summer, sometimes four",
        "one each winter to see the grandkids",
        "two each trip, the rings I mean",
    ],
)
def test_a_count_each_period_is_no_money(text: str) -> None:
    assert money_amounts(text) == []


@pytest.mark.parametrize(("text", "value"), [("the studs were 650 each", 650.0), ("2 at $900 each", 900.0)])
def test_a_price_each_is_still_money(text: str, value: float) -> None:
    assert [a.value for a in money_amounts(text)] == [value]
