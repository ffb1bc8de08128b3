"""What one message tells the decline explanation: the reason, the region, the figures.

The reason comes from the `decline` retrieval intent's ResponseSelector (a story told
in the person's own words) when it is confident, or from a button. A story it is not
sure about gets the clarifying question instead of a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.language.answers import FormReading, UserMessage, is_short_answer
from bot.language.facts import region_from_text
from bot.language.money import money_amounts
from bot.rules.regions import DEFAULT_CURRENCY, REGION_OF_CURRENCY, REGIONS

DECLINE_INTENTS = {"decline", "report_decline", "inform", "affirm", "deny", "dont_know", "nlu_fallback"}
# Below this ResponseSelector confidence the story is ambiguous: ask, don't guess.
# Tuned on tests/nlu/decline_heldout.yml: wrong picks scored at most 0.40, while right
# ones went down to 0.49. Above the threshold a reason is stated; below it the person
# picks from the reasons (a question costs a click; a wrong explanation misleads).
REASON_CONFIDENCE = 0.45


@dataclass(frozen=True)
class ReasonGuess:
    code: str | None
    confidence: float


def reason_from_selector(selector: dict[str, Any] | None) -> ReasonGuess:
    """The reason code the `decline` ResponseSelector picked, with its confidence."""
    response = ((selector or {}).get("decline") or {}).get("response") or {}
    key = str(response.get("intent_response_key") or "")
    code = key.split("/", 1)[1] if key.startswith("decline/") else None
    return ReasonGuess(code, float(response.get("confidence") or 0.0))


def short_region_answer(text: str) -> str | None:
    """ "the US", "us", "states": only as the answer to "which country?" ("us" is a pronoun)."""
    words = re.findall(r"[a-z.]+", text.lower())
    if len(words) <= 4 and {"us", "u.s.", "u.s", "states", "usa"} & set(words):
        return "US"
    return None


PROBLEMS = {
    "decline_reason": (
        "I couldn't tell which reason they gave. Pick the closest button, or quote the letter, "
        'for example "they said the claws were worn" or "only paid up to the jewellery limit".'
    ),
    "region": 'Which country is the policy from? For example "New Zealand" or "the US".',
}


def read_decline_answers(
    message: UserMessage,
    requested_slot: str | None,
    guess: ReasonGuess,
    known_reasons: set[str],
    currency: str | None,
) -> FormReading:
    if message.intent not in DECLINE_INTENTS:
        if not (requested_slot and is_short_answer(message.text)):
            return FormReading()
        message = UserMessage(message.text, "inform", message.entities)
    slots: dict[str, Any] = {}
    chosen = message.first("decline_reason")
    if chosen in known_reasons:
        slots["decline_reason"] = chosen
    elif (
        message.intent == "decline" and guess.code in known_reasons and guess.confidence >= REASON_CONFIDENCE
    ):
        slots["decline_reason"] = guess.code

    region = message.first("region") or region_from_text(message.text)
    if region is None and requested_slot == "region":
        region = short_region_answer(message.text)
    if region in REGIONS:
        slots["region"] = region
    elif currency in REGION_OF_CURRENCY and currency != DEFAULT_CURRENCY:
        slots["region"] = REGION_OF_CURRENCY[currency]

    amounts = sorted(a.value for a in money_amounts(message.text) if a.value > 0)
    if len(amounts) >= 2:
        slots["claimed_amount"], slots["offered_amount"] = amounts[-1], amounts[0]

    problem = None
    if requested_slot and requested_slot not in slots and not slots and message.intent != "report_decline":
        problem = PROBLEMS.get(requested_slot)
    return FormReading(slots=slots, problem=problem)
