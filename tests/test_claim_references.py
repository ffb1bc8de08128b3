from __future__ import annotations

from bot.claim_references import LOOSE_PATTERN, find_reference, is_reference, new_reference


def test_a_new_reference_is_a_reference_without_look_alikes() -> None:
    for _ in range(200):
        reference = new_reference()
        assert is_reference(reference)
        assert not set(reference[3:]) & set("01IO")


def test_read_in_any_case_but_only_the_stores_alphabet() -> None:
    assert find_reference("hi, it's jc-7f3k9q thanks") == "JC-7F3K9Q"
    assert find_reference("JC-7F3K9O") is None  # an O is never issued
    assert not is_reference("jc-7f3k9q")  # the staff path upper-cases first


def test_anything_shaped_like_one_is_hidden() -> None:
    assert LOOSE_PATTERN.sub("[reference]", "ref jc-0o1i23 please") == "ref [reference] please"
