"""What every guided form says beside its questions: the buttons it offers, and what it
says after a second unusable answer (the answer kept as written, a stated default, or a
person). The decision of which is bot/actions/guided_form.py's."""

from __future__ import annotations

from bot.wording.common import money

# The buttons' words; their payloads are the domain's intents.
TALK_TO_A_PERSON = {"title": "Talk to a person", "payload": "/human_handoff"}
START_OVER = {"title": "Start over", "payload": "/restart"}
FORM_BUTTONS = [TALK_TO_A_PERSON, START_OVER]

KEPT_AS_WRITTEN = "I've noted that as you wrote it; our team will go through it with you."
PASSING_TO_A_PERSON = (
    "I couldn't get that from your answers, so rather than ask again I'll pass this to a person."
)


def assumed_line(says: str) -> str:
    """A stated default, e.g. says="a suburban area"."""
    return (
        f"Let's not get stuck on that: I'll assume {says} for now and mark it for our team "
        "to check. You can change it at any time."
    )


def left_unknown_line(says: str) -> str:
    """A fact nobody could give and staff can find out later, e.g.
    says="I'll leave the date it happened as not known for now"."""
    return (
        f"That's all right: {says}. I've marked it for our team, who will go over it with you. "
        "If it comes to you later, just tell me."
    )


def _loose_said(low: float | None) -> str:
    return "the top of what you said" if low is not None else "the most you said it's worth"


def one_figure_please(top: float, low: float | None, currency: str) -> str:
    """Asked once after a value given only as a range ("3-4k") or a bound ("under a
    grand"): one figure, saying what is used if they can't be exact."""
    return (
        f"Can you give me one figure? If you can't be exact, that's fine: I'll use "
        f"{money(top, currency)}, {_loose_said(low)}."
    )


def loose_value_taken_line(top: float, low: float | None, currency: str) -> str:
    """A second answer with no one figure: the top of the range (or the bound) is used,
    said back and marked as an estimate."""
    return (
        f"No problem: I'll use {money(top, currency)}, {_loose_said(low)}, and mark it as an estimate. "
        "If you find a closer figure, from a receipt or a valuation, just tell me."
    )
