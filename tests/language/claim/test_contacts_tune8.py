"""Email and phone kinds from tune8: a part of the address spelled letter by letter
with dashes ("s-i-o-n-e dot t at ..."), "Email is ... at ... dot ..." (the "is" is no
part of the address), and of two phone numbers the one said to be best."""

from __future__ import annotations

import pytest

from tests.language.claim.reading import read_reply


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("m-a-r-a dot k at xtra dot co dot nz", "mara.k@xtra.co.nz"),  # NZ
        ("it's d-e-e-p-a-k underscore r at yahoo dot com", "deepak_r@yahoo.com"),  # US
        ("Email is tkwilson at outlook dot com", "tkwilson@outlook.com"),  # US
        ("email is hemi dot r at gmail dot com", "hemi.r@gmail.com"),  # NZ
    ],
)
def test_spelled_addresses(text: str, email: str) -> None:
    assert read_reply(text, "claimant_email").slots.get("claimant_email") == email


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("ana-maria@example.com", "ana-maria@example.com"),  # a dash in a typed address stays
        ("jo-ann at gmail dot com", "jo-ann@gmail.com"),  # a word with a dash is no spelling
    ],
)
def test_dashes_in_addresses_stay(text: str, email: str) -> None:
    assert read_reply(text, "claimant_email").slots.get("claimant_email") == email


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("landline 03 344 2817 but my cell's best, 022 418 7730", "022 418 7730"),  # NZ
        ("office is 312-555-0148, cell is better 312-555-0199", "312-555-0199"),  # US
        ("415 555 0133 is best, or the house 415 555 0102", "415 555 0133"),  # US
    ],
)
def test_the_number_said_best(text: str, phone: str) -> None:
    assert read_reply(text, "claimant_phone").slots.get("claimant_phone") == phone


def test_two_numbers_none_preferred_keeps_the_first() -> None:
    reading = read_reply("work 09 555 0123, mobile 021 555 0199", "claimant_phone")
    assert reading.slots.get("claimant_phone") == "09 555 0123"
