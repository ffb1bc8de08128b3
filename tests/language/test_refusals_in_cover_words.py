"""An insurer's or a care plan's decision on the person's own piece, told in the words a
policy's terms use too (won't cover, won't pay, says X isn't covered, the letter said
..., declined - <reason>, only offered), in any tense or as a "why": a decline to
explain. Beside no loss told, or asked in general, the same words state the cover or
ask about it. Phrasings of our own, US and NZ (fresh24's decline kinds)."""

from __future__ import annotations

import pytest

from bot.actions.declines import a_claim_not_a_decline, flow_without_a_decision
from bot.language.answers import UserMessage
from bot.language.decline_answers import (
    asks_cover_for_next_time,
    supposes,
    tells_of_a_decline,
    wants_the_decline_explained,
)
from bot.language.stories import tells_of_a_loss, tells_of_an_earlier_loss


@pytest.mark.parametrize(
    "text",
    [
        # The care plan, warranty or insurer that will not pay or cover, with words of its own.
        "my pearl earring went missing at a wedding in Boise and the protection plan won't replace it",
        "our Rolex got taken in a burglary and the warranty we paid extra for wouldn't cover it",
        "the service plan that came with my bangle refused to pay when the clasp snapped and it fell off",
        "watch pinched from the changing shed at the rugby, and the jeweller's care plan didnt pay out",
        # What the insurer (by name) says is not covered, or excluded.
        "Tower reckons a bracelet nicked by our house-sitter isn't covered. we're in Hamilton",
        "State Farm told me theft from an unlocked car is excluded, and that's where my watch got taken",
        "my greenstone pendant disappeared from the motel in Taupo and FMG says that's not covered",
        # A letter or email retold with the refusal's words.
        "my necklace vanished on holiday and the email from AMI says they are unable to accept the claim",
        "got an email saying my policy only covers theft, not loss, after my ring went down a drain",
        "the letter from Progressive said, more or less, that losing a ring is not a covered peril. I lost mine in the lake",
        # A note's shorthand: the verdict as a sentence of its own.
        "bracelet nicked from the bach. knocked back - no forced entry. FMG.",
        "earrings lost at the beach in Destin. Denied: not scheduled.",
        # As a "why".
        "why won't my insurance pay for my stolen necklace",
        "how come Lemonade didn't cover my lost ring",
        # Only part offered, or paid.
        "the care plan people only offered to re-set the stone, the ring was stolen though",
        "my homeowners would only pay $800 for my lost bracelet",
        "Vero only offered $2,000 for the stolen eternity ring",
        # A claim of one's own, declined, and an "if" that asks what to do.
        "our claim for dad's watch was declined last week and I'd like to know if we can do anything",
    ],
)
def test_a_decision_on_ones_own_piece_in_cover_words_is_a_decline(text: str) -> None:
    assert tells_of_a_decline(text)
    # No flow takes it as a claim still to make, or as a question.
    assert not a_claim_not_a_decline(UserMessage(text, "report_claim"))
    assert flow_without_a_decision(UserMessage(text, "decline")) is None


@pytest.mark.parametrize(
    "text",
    [
        # General questions about cover, or what insurers may do.
        "does my care plan cover loss?",
        "can an insurer decline a claim if the ring was left in the car?",
        "the care plan won't cover loss, right?",
        "a care plan won't pay for theft, is that standard?",
        "why won't insurance pay for a stolen ring?",
        "why don't care plans cover theft?",
        "can a care plan refuse to pay for a lost earring?",
        "does homeowners cover a ring stolen from a car?",
        # The cover's terms, with no loss told.
        "my insurer says jewellery isn't covered unless it's specified. should I specify my ring?",
        "the letter from my insurer says my premium is going up, not sure why",
        # Supposed, or only feared.
        "if my ring gets stolen, will the care plan refuse to pay?",
        "my ring was stolen yesterday and I'm worried the care plan won't cover it",
        # A loss with no decision told.
        "my ring was stolen last night, does my renters cover it?",
        "my bracelet got stolen yesterday from the gym. I need to report it",
        "I lost my engagement ring on the weekend, how do I claim?",
        "my policy says anything over $5,000 has to be in a safe. my necklace was stolen from my drawer yesterday",
        # The person's own refusal of a product.
        "I declined the care plan when I bought my ring. now the stone fell out",
    ],
)
def test_a_general_question_or_a_loss_without_a_decision_is_not(text: str) -> None:
    assert not tells_of_a_decline(text)


@pytest.mark.parametrize(
    "text",
    [
        "two years ago my care plan wouldn't cover my lost earring, so this time I want proper cover for my new ring",
        "a few years back AMI only offered $600 for my stolen chain; I've just bought a new one, how should I insure it?",
    ],
)
def test_an_old_refusal_told_as_background_leads_to_advice(text: str) -> None:
    # Told as a decline, but an earlier one beside cover asked for a new piece: the
    # decline form and the guide send it to the advice.
    assert tells_of_a_decline(text)
    assert tells_of_an_earlier_loss(text)
    assert asks_cover_for_next_time(text)


@pytest.mark.parametrize(
    ("text", "loss"),
    [
        ("ring stolen from gym bag at the Y", True),
        ("my lost bracelet", True),
        ("a pendant nicked by the flatmate", True),
        ("earrings lost at the beach", True),
        # Named by what could happen, or how long one has.
        ("how long do I have to report a lost ring", False),
        ("is a lost ring covered abroad?", False),
    ],
)
def test_a_piece_named_by_what_happened_to_it(text: str, loss: bool) -> None:
    assert tells_of_a_loss(text) is loss


@pytest.mark.parametrize(
    ("text", "supposed"),
    [
        ("I just want to know if there's anything I can do", False),
        ("wondering if I can appeal it", False),
        ("not sure if this counts", False),
        ("they would only pay $800", False),
        ("if I lose it will they pay?", True),
        ("would they pay for it?", True),
    ],
)
def test_an_if_that_asks_supposes_nothing(text: str, supposed: bool) -> None:
    assert supposes(text) is supposed


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        # What the refusal means asked: the explanation answers it.
        ("Tower declined my claim for the bangle, what does that even mean?", True),
        ("they denied my claim for the ring, explain it to me please", True),
        ("State Farm denied my claim, what does that mean in plain english", True),
        # What to do next: the FAQ answers first.
        ("my claim was declined, what can I do?", False),
        # No decline told.
        ("what does a named peril mean?", False),
    ],
)
def test_what_the_refusal_means_asks_for_the_explanation(text: str, explained: bool) -> None:
    assert wants_the_decline_explained(text) is explained
