"""FAQ answers in the person's own terms (the answers are written in US terms)."""

from bot.language.facts import speaks_nz_terms
from bot.wording.faq import in_nz_terms


def test_new_zealand_terms_for_the_same_things() -> None:
    said = in_nz_terms(
        "Taking a deductible on jewelry cover under a homeowners policy; Deductible rules vary."
    )
    assert said == "Taking an excess on jewellery cover under a contents policy; Excess rules vary."


def test_who_speaks_new_zealand_terms() -> None:
    assert speaks_nz_terms("is there an excess if my jewellery goes missing?")
    assert speaks_nz_terms("we're in Hamilton, what does it cost?")
    assert not speaks_nz_terms("what deductible should I take on my jewelry floater?")
