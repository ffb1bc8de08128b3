"""A refusal of one's own claim said plainly, in any of the ways people say it (a
jeweller's care plan or warranty that "doesn't do loss", "couldn't cover it", "knocked it
back", "only gave me $900 for my $4k ring"), is a decline to explain; a loss with a claim
still to make, or a refusal feared or asked about, is not."""

from __future__ import annotations

import pytest

from bot.language.answers import UserMessage
from bot.language.decline_answers import ReasonGuess, read_decline_answers, reason_stated, tells_of_a_decline
from bot.rules.declines import load_decline_knowledge

REFUSALS = [
    # A jeweller's care plan, protection plan or warranty (US and NZ stores).
    "I lost a diamond earring and the Jared warranty people said loss isn't included.",
    "They said they couldn't cover it because the care plan is only for repairs. It was my necklace that got stolen.",
    "the plan could not pay out for my lost bracelet, apparently it only does cleaning and repairs",
    "Michael Hill said no to replacing my stolen ring, the care plan doesn't cover theft",
    "Pascoes wouldn't pay for my lost pendant under the store's plan",
    "Partridge told me the jewellery care plan only covers damage not loss, so no go on my missing earrings",
    "Bought a ring at Kay with the protection plan, lost it at the beach, claim denied.",
    "my watch got stolen and the store's plan turned me down, said theft isn't covered",
    "Jared's protection plan said they can't replace a lost ring, only repair damage",
    "got knocked back by the care plan people for my lost ring",
    "Zales denied it, said the plan doesn't cover loss or theft",
    "Pascoes said the warranty couldn't be used for theft, my ring was stolen from my bag",
    "kay rejected my claim on the extended protection plan coz the ring was stolen not damaged",
    "the zales protection plan wont replace my earrings that got stolen, they said its repairs only",
    "Walker & Hall told us the care plan couldn't help with a lost bangle",
    "michael hill knocked it back, my ring went missing and apparently the plan doesn't do lost rings",
    "the warranty guy at Jared said theft isn't included so nothing they can do about my stolen chain",
    "the store's plan refused to replace my ring after it was stolen from the gym",
    # Named perils: a piece lost, not stolen.
    "the insurance said they couldn't help because I just lost it, it wasn't stolen",
    "AMI turned down my claim, the ring just vanished and it's named perils only",
    "lost my engagement ring at a concert and State Farm said no, mysterious disappearance isnt covered",
    "insurance said they could not pay for the lost watch as it wasnt specified",
    "Tower wouldnt cover my lost earring, said losing it isn't one of the events the policy covers",
    # A manufacturer's defect.
    "The watch stopped working and the claim got denied coz it's a manufacturer fault, not accidental damage",
    "the insurer couldn't cover the broken clasp, they said it was a manufacturing defect",
    "my bracelet snapped and they turned it down saying it was a defect from the factory",
    "claim rejected, the assessor said the chain had a manufacturing flaw and to go back to the maker",
    # Underpaid.
    "I got 900 bucks for my $4k ring after the burglary",
    "after the break in I only got $1,500 for my $6k necklace",
    "they only gave me $1,200 for my necklace that was worth $5,000",
    "we got nz$800 for a $3,000 bracelet that was stolen",
    # Other reasons, said many ways (with typos).
    "Denied! I left my ring on the sink at a restaurant and they said I didn't take reasonable care",
    "the insurance company rejectd my claim for the stolen necklace",
    "insurer declind it coz I had no receipt for the ring",
    "my claim for the stolen earrings was knocked back as they weren't in the safe",
    "they said no coz the cleaner we let in took my watch",
    "my homeowners would not pay for the ring I specified after I lost it",
    "Allstate said they cant pay the full amount, only the jewelry limit, for my stolen ring",
    "they refused it, said wear and tear on the claws of my ring",
    "the insurer said it isnt covered under the plan because the ring was lost",
    "turned down by the insurance for my lost ring, said it's not covered",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_said_plainly_is_a_decline(text: str) -> None:
    assert tells_of_a_decline(text)


CLAIMS_STILL_TO_MAKE = [
    "My engagement ring was stolen last night, I need to make a claim",
    "I lost my diamond earring at the beach yesterday, can I claim on my contents insurance?",
    "Will they refuse my claim if the ring wasn't specified?",
    "I'm worried they'll say no because I don't have a receipt. My necklace was stolen.",
    "my insurer told me to file a claim with you, my bracelet was stolen",
    "I lost my ring, I have the Kay protection plan, will it cover loss?",
    "Someone broke in and took my watch, I want to claim",
    "my ring was stolen from the gym locker, hoping the insurance will pay",
    "I have the Michael Hill care plan and my ring is damaged, how do I claim?",
    "Can my insurer deny a claim if I left my ring on the sink?",
    "What happens if my claim gets denied?",
    "I'm scared the insurer will knock it back because it wasn't in the safe, my earrings were taken",
    "my bracelet clasp broke and I'd like to claim on the warranty",
    "My watch was stolen from my car, I'm afraid they won't pay",
    "The stone fell out of my ring, the jeweller says the prongs are worn",
    "Thieves took my jewellery box, the insurer said to make a claim through you",
    "I said no to the extended warranty when I bought it",
    "my ring got stolen, could the care plan cover it?",
    "if the plan couldn't cover a lost ring what would I do",
    "I can't pay the excess on my insurance this month, my necklace was stolen",
    "I got $500 for my old ring when I sold it, now I want to insure the new one",
    "lost my pendant, will the Pascoes plan say no?",
    "my chain broke, I think it's a manufacturing defect, can I claim on the warranty?",
]


@pytest.mark.parametrize("text", CLAIMS_STILL_TO_MAKE)
def test_a_claim_still_to_make_or_a_refusal_feared_is_not(text: str) -> None:
    assert not tells_of_a_decline(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("my insurer declined coz the ring wasnt specified and it's over the limit", "claim_limit"),
        ("they paid me the limit, my necklace was above the jewellery limit", "claim_limit"),
        ("Insurer rejected my claim for my stolen necklace because I have no receipt", "proof_of_ownership"),
        ("Kay's extended protection plan wouldnt cover my stolen earrings", "care_plan_no_loss_theft"),
        ("the store plan won't replace a stolen ring, it's repairs only", "care_plan_no_loss_theft"),
        (
            "I lost a diamond earring and the Jared warranty people said loss isn't included.",
            "care_plan_no_loss_theft",
        ),
        ("got knocked back by the care plan people for my lost ring", "care_plan_no_loss_theft"),
        (
            "the Pascoes guarantee doesn't cover theft, so they said no to my stolen pendant",
            "care_plan_no_loss_theft",
        ),
    ],
)
def test_the_reason_its_words_state(text: str, code: str) -> None:
    assert reason_stated(text, set(load_decline_knowledge().reasons)) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Insurer rejected my claim for my stolen necklace because I have no receipt", "proof_of_ownership"),
        (
            "Bought a ring at Kay with the protection plan, lost it, claim denied, they said the plan only covers repairs",
            "care_plan_no_loss_theft",
        ),
    ],
)
def test_an_opening_story_the_classifier_was_unsure_of_still_states_its_reason(text: str, code: str) -> None:
    knowledge = load_decline_knowledge()
    reading = read_decline_answers(
        UserMessage(text, "nlu_fallback"),
        None,
        ReasonGuess(None, 0.0),
        set(knowledge.reasons),
        None,
        not_given=knowledge.not_given,
    )
    assert reading.slots.get("decline_reason") == code
