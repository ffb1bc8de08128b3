"""Plain-language messages for a decline explanation (bot/rules/declines.py)."""

from __future__ import annotations

from bot.rules.declines import (
    ComplaintStep,
    DeclineExplanation,
    DeclineReason,
    UnstatedReasonExplanation,
    shortfall,
)
from bot.rules.regions import DEFAULT_CURRENCY
from bot.wording.common import item_name, money


def jewelry_word(region: str) -> str:
    """The word as the region spells it."""
    return "jewellery" if region == "NZ" else "jewelry"


def _listing(items: tuple[str, ...], limit: int = 3) -> str:
    return "; ".join(items[:limit])


def what_it_means(explanation: DeclineExplanation) -> str:
    reason = explanation.reason
    item = explanation.piece.item_type
    piece = f" for your {item_name(item)}" if item else ""
    return (
        f"The reason{piece}, as I understand it: {reason.title}. {reason.term} "
        f"It turns on: {_listing(reason.turns_on)}."
    )


def piece_arithmetic(explanation: DeclineExplanation, currency: str) -> str | None:
    """For a capped unlisted piece: what the usual limit pays of its value."""
    unpaid = explanation.unpaid_over_limit
    piece = explanation.piece
    if unpaid is None or piece.value is None or piece.unlisted_limit is None:
        return None
    item = item_name(piece.item_type) if piece.item_type else "piece"
    area = jewelry_word(explanation.region)
    return (
        f"The arithmetic for your {money(piece.value, currency)} {item}: unlisted {area} is commonly capped at "
        f"{money(piece.unlisted_limit, currency)} a piece, so the cap pays at most {money(piece.unlisted_limit, currency)} "
        f"and leaves {money(unpaid, currency)} unpaid. Your policy schedule states the exact limit: check the "
        "insurer applied that one."
    )


def how_it_is_usually_applied(explanation: DeclineExplanation) -> str:
    reason = explanation.reason
    text = (
        f"Is the insurer's reading usual? It usually holds when {_lower_first(reason.usually_upheld_when)} "
        f"It is open to challenge when {_lower_first(reason.usually_challengeable_when)}"
    )
    if reason.cases:
        case = reason.cases[0]
        text += f" A reference case: {case.summary} (Outcome: {case.outcome}.)"
    return text


def settlement_arithmetic(
    explanation: DeclineExplanation | UnstatedReasonExplanation, currency: str
) -> str | None:
    """For a partial settlement: the gap, and how limits add up to an offer."""
    if explanation.claimed is None or explanation.offered is None:
        return None
    claimed, offered = explanation.claimed, explanation.offered
    gap = shortfall(claimed, offered) or 0.0
    jewellery, gems = explanation.example_limits
    area = jewelry_word(explanation.region)
    return (
        f"The arithmetic: you were offered {money(offered, currency)} against {money(claimed, currency)}, "
        f"{money(gap, currency)} less. Unlisted {area} is paid only up to the policy's limits, each one separately: "
        f"a {money(jewellery, currency)} {area} limit plus a {money(gems, currency)} gemstone limit pays at most "
        f"{money(jewellery + gems, currency)}, however much was lost, and a per-item limit caps any single piece. "
        "Ask the insurer which limits it applied and check them against your policy schedule: if the offer is "
        "their sum, the policy was applied as written."
    )


def what_could_change_it(explanation: DeclineExplanation) -> str:
    reason = explanation.reason
    text = f"What could change the outcome: {_listing(reason.what_helps, 4)}."
    if reason.what_does_not_help:
        text += f" What won't help: {_listing(reason.what_does_not_help)}."
    return text


def next_steps(explanation: DeclineExplanation | UnstatedReasonExplanation) -> str:
    lines = ["Next steps, in order:"]
    for number, step in enumerate(explanation.steps, start=1):
        bring = f" Bring: {', '.join(step.bring)}." if step.bring else ""
        lines.append(f"{number}. {step.step}. {step.detail}{bring}")
    return "\n".join(lines)


def next_time(explanation: DeclineExplanation) -> str:
    return f"To avoid this next time: {_listing(explanation.reason.prevention, 4)}."


def decline_messages(explanation: DeclineExplanation, currency: str = DEFAULT_CURRENCY) -> list[str]:
    messages = [what_it_means(explanation), how_it_is_usually_applied(explanation)]
    for arithmetic in (settlement_arithmetic(explanation, currency), piece_arithmetic(explanation, currency)):
        if arithmetic:
            messages.append(arithmetic)
    messages += [what_could_change_it(explanation), next_steps(explanation), next_time(explanation)]
    return messages


# A kind of claim as the reasons for refusing it are spoken of.
CLAIM_KINDS = {"theft": "a theft", "lost": "a lost piece", "damage": "a damaged piece"}


def _titles(reasons: tuple[DeclineReason, ...]) -> str:
    """Titles as a list in a sentence; titles have commas of their own ("Lost, not stolen")."""
    titles = [f'"{r.title.lower()}"' for r in reasons]
    return ", ".join(titles[:-1]) + f" or {titles[-1]}" if len(titles) > 1 else titles[0]


def reason_to_ask_for(explanation: UnstatedReasonExplanation) -> str:
    """No reason is guessed: the reason is the insurer's to give, in writing."""
    return (
        "Without the insurer's reason I can't tell you which rule they relied on, and I won't guess it. "
        "The first step is to get it: ask them to set out in writing which policy clause and which facts "
        "the decision rests on. Any complaint starts from that letter."
    )


def reasons_that_can_apply(explanation: UnstatedReasonExplanation) -> str:
    """The reasons the story raises, then the others that can apply to its kind of claim."""
    lines = []
    if explanation.raised:
        first = explanation.raised[0]
        lines.append(
            f"From what you've told me, ask them first whether their reason is {_titles(explanation.raised)}. "
            f"{first.title}: {first.term}"
        )
    if explanation.possible:
        general = f"a {jewelry_word(explanation.region)} claim"
        kind = CLAIM_KINDS.get(explanation.claim_type or "", general)
        other = "Other reasons" if explanation.raised else "The reasons"
        listed = "\n".join(f"- {r.title}" for r in explanation.possible)
        lines.append(f"{other} insurers give for {kind}:\n{listed}")
    lines.append(
        "When you have their reason, tell me and I'll explain what it means and whether it can be challenged."
    )
    return "\n".join(lines)


def unstated_reason_messages(
    explanation: UnstatedReasonExplanation, currency: str = DEFAULT_CURRENCY
) -> list[str]:
    messages = [reason_to_ask_for(explanation), reasons_that_can_apply(explanation)]
    arithmetic = settlement_arithmetic(explanation, currency)
    if arithmetic:
        messages.append(arithmetic)
    messages.append(next_steps(explanation))
    return messages


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


# How each stated default of the decline flow is said ("I'll assume ...").
REASON_NOT_GIVEN_LINE = (
    "That's all right: we'll go on without the insurer's reason. I'll show you how to get it and what "
    "you can do meanwhile."
)
REGION_ASSUMED_SAYS = 'a US policy (say "New Zealand" if it isn\'t)'


REGION_NAMES = {"US": "a US policy", "NZ": "a New Zealand policy"}


def region_confirmed_line(region: str) -> str:
    """Told where they are after the explanation, and it is the region explained."""
    return (
        f"Thanks. What I explained above is for {REGION_NAMES.get(region, region)}, so those steps apply "
        "as they are. If you'd like a person to go over it with you, just say so."
    )


def reason_assumed_says(title: str) -> str:
    """The likeliest reason from the story they told, by its title."""
    return f"from your story that the reason was {title.lower()}"


def complaint_route_text(steps: tuple[ComplaintStep, ...]) -> str:
    """Where to take a decision the person disagrees with, in order."""
    lines = ["If you disagree with the insurer's decision, this is the complaint route, in order:"]
    for number, step in enumerate(steps, start=1):
        lines.append(f"{number}. {step.step}. {step.detail}")
    return "\n".join(lines)


# What the decline explanation says when an answer can't be used (read by
# bot/language/decline_answers.py).
DECLINE_PROBLEMS = {
    "decline_reason": (
        "I couldn't tell which reason they gave. Pick the closest button, or quote the letter, "
        'for example "they said the claws were worn" or "only paid up to the jewellery limit".'
    ),
    "region": 'Which country is the policy from? For example "New Zealand" or "the US".',
}
