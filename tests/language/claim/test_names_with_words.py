"""A name given with other words (fresh21, tune8): the name is kept, not the words
about it. A gloss after it ("Chan is the surname", "spelt with a K"), a nickname in
brackets or after "though", a legal name beside a short one, a lead-in or a courtesy.
Two full names, neither marked as the one the claim goes under, are asked about; a
sentence with no name in it is no name."""

from __future__ import annotations

import pytest

from bot.wording.claims import CLAIM_PROBLEMS
from tests.language.claim.reading import read_reply


def _name(text: str) -> object:
    return read_reply(text, "claimant_name").slots.get("claimant_name")


# Kind 1: a gloss about the name's spelling or order, after the name.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nguyen Thi Lan. Nguyen is my family name", "Nguyen Thi Lan"),  # US
        ("Siobhan Kerr, that's S-I-O-B-H-A-N", "Siobhan Kerr"),  # US
        ("Hemi Tautahi, Tautahi is the last name", "Hemi Tautahi"),  # NZ
        ("Catriona MacLeod, capital L in the middle", "Catriona MacLeod"),  # NZ
        ("Jaxon Reid - spelt with an x", "Jaxon Reid"),  # NZ
    ],
)
def test_a_gloss_after_the_name_is_no_part_of_it(text: str, name: str) -> None:
    assert _name(text) == name


# Kind 2: a nickname or aside in brackets or after "though", "but".
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Theodore Grant (Teddy to most people)", "Theodore Grant"),  # US
        ("Rebecca Stein (yes, like the beer mug lol)", "Rebecca Stein"),  # US
        ("Moana Rewiti, though the whanau just call me Mo", "Moana Rewiti"),  # NZ
        ("Alistair Boyd (Ali is fine)", "Alistair Boyd"),  # NZ
        ("folks say Dee. fine, Deirdre Malone", "Deirdre Malone"),  # US
    ],
)
def test_a_nickname_or_aside_is_no_part_of_the_name(text: str, name: str) -> None:
    assert _name(text) == name


# Kind 3: a short name and the legal one; the legal one is kept.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chuck Ellis, legally Charles Ellis", "Charles Ellis"),  # US
        ("Liz. Elizabeth A. Moreno on the policy", "Elizabeth A. Moreno"),  # US
        ("Tui Hapeta, legal name Tuihana Hapeta", "Tuihana Hapeta"),  # NZ
        ("Davo, full name David O'Sullivan", "David O'Sullivan"),  # NZ
    ],
)
def test_the_legal_name_is_kept(text: str, name: str) -> None:
    assert _name(text) == name


def test_the_policy_named_at_the_name_question_is_no_listing() -> None:
    reading = read_reply("Margaret Olsen on the policy", "claimant_name")
    assert reading.slots == {"claimant_name": "Margaret Olsen"}


# Kind 4: a lead-in the name reader lacked, and a name typed in one case.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("yo its marcus bell", "Marcus Bell"),  # US
        ("name is Aroha Ngata", "Aroha Ngata"),  # NZ
        ("SIOBHAN O'REILLY", "Siobhan O'Reilly"),  # NZ
        ("pieter van den heever", "Pieter van den Heever"),  # NZ
        ("Juan Carlos de la Cruz", "Juan Carlos de la Cruz"),  # US, as typed
        ("Rangi Te Kanawa", "Rangi Te Kanawa"),  # NZ: "Te" keeps its capital
    ],
)
def test_lead_ins_and_case(text: str, name: str) -> None:
    assert _name(text) == name


# Kind 5: the claimant's name with another's, neither marked: asked which.
@pytest.mark.parametrize(
    "text",
    [
        "josh webb (the policy is under my dad, gary webb)",  # US
        "Kiri Walker; Sam Walker",  # NZ: two people, bare
    ],
)
def test_two_full_names_are_asked_about(text: str) -> None:
    reading = read_reply(text, "claimant_name")
    assert "claimant_name" not in reading.slots
    assert reading.problem is not None and reading.problem.startswith("Which name")


# Kind 6: no name at all in a sentence: asked again, not stored.
@pytest.mark.parametrize(
    "text",
    [
        "same one as on my policy",  # NZ
        "the account holder is my husband",  # US
        "it's on file already",  # US
        "whatever you have from last time",  # NZ
    ],
)
def test_a_sentence_without_a_name_is_no_name(text: str) -> None:
    reading = read_reply(text, "claimant_name")
    assert "claimant_name" not in reading.slots
    assert reading.problem == CLAIM_PROBLEMS["claimant_name"]


# Negatives: plain names, names that hold ordinary words, and the existing said-backs.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Will Grant", "Will Grant"),
        ("Hope Sterling", "Hope Sterling"),
        ("Mary-Kate Doyle", "Mary-Kate Doyle"),
        ("Tipene O'Regan", "Tipene O'Regan"),
        ("Sam and Alex Turei", "Sam and Alex Turei"),
        ("Ms Rose Baker", "Rose Baker"),
        ("Bea. Beatrice Holloway", "Beatrice Holloway"),
    ],
)
def test_plain_names_stay_as_given(text: str, name: str) -> None:
    assert _name(text) == name


# Kind 7: a former name beside the one used now; a filler word before the name.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mere Paki, nee Thompson", "Mere Paki"),  # NZ
        ("Laura Chen (née Gordon)", "Laura Chen"),  # US
        ("Kate Hollis, formerly Kate Marsh", "Kate Hollis"),  # US
        ("Benji, um Benjamin Ortiz on the policy", "Benjamin Ortiz"),  # US
        ("oh Hana Wiremu", "Hana Wiremu"),  # NZ
    ],
)
def test_former_names_and_fillers(text: str, name: str) -> None:
    assert _name(text) == name


# Kind 8: another's name (the policyholder's) beside the person's own: which one the
# claim goes under is asked, not guessed.
@pytest.mark.parametrize(
    "text",
    [
        "policy is under my wife, Dana Kerr, but I'm Phil Kerr",  # US
        "it's Mum's policy - Ngaire Hohaia - my name is Aroha Hohaia",  # NZ
    ],
)
def test_the_persons_own_name_beside_anothers_is_asked(text: str) -> None:
    reading = read_reply(text, "claimant_name")
    assert "claimant_name" not in reading.slots
    assert reading.problem is not None and reading.problem.startswith("Which name")


def test_one_name_beside_words_about_the_policy_is_kept() -> None:
    assert _name("the policy's my dad's but I'm the one claiming, Tama Reihana") == "Tama Reihana"
