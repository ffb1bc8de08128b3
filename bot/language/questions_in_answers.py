"""A question asked inside an answer, in the middle of a form: "quick question, does it
matter that the gym has cameras? should I ask them to keep the footage".

Such a sentence is asked, not answered: a document, a date or a yes named in it is
not the person's answer, and the question gets a reply of its own before the form's
question is asked again.
"""

from __future__ import annotations

import re

# Words said before a question: "quick question, ...", "oh and ...", "also, ...".
LEAD_IN = (
    r"(?:(?:ok|okay|so|oh|um+|and|but|also|wait|hang on|sorry|btw|by the way|quick question|"
    r"one (?:more )?(?:quick )?question|one more thing|random question)\W+)*"
)
# A question word and the word a question puts after it, at the end of the message with no
# question mark typed: "...I'm scared to lose it. what kind of cover do people get",
# "how much would that cost a year". Not a clause that states ("where we live is quiet",
# "what I have is contents"): the second word must be one only a question puts there.
WH_QUESTION_UNMARKED = (
    r"(?:what(?:'?s|\s+(?:kind|sort|type|types|kinds|is|are|do|does|did|would|should|can|could|will|about|if|happens))"
    r"|how\s+(?:much|many|long|often|soon|do|does|did|would|should|can|could|is|are|about|come)"
    r"|why\s+(?:is|are|do|does|did|would|should|can|not|isn'?t|wouldn'?t)"
    r"|where\s+(?:do|does|can|could|should|would|is|are)"
    r"|when\s+(?:do|does|should|would|will|can|could|is|are)"
    r"|which\s+(?:one|is|are|would|should|policy|option|cover|type|kind)"
    r"|who\s+(?:do|does|should|can|could|would|is))\b[^.?!]*$"
)
# A sentence that asks: a question word first and a question mark at its end, or, at the
# end of the message, an auxiliary before its subject ("should I ask them to keep the
# footage") with no question mark typed. It starts the message, follows a sentence or a
# comma, or follows a dash set apart by a space ("nothing yet - should I schedule it?";
# not "check-in is at 3"). Or a question word without its mark (WH_QUESTION_UNMARKED) at
# the start of the message's last sentence.
MARKED_OR_INVERTED = (
    r"(?:^|(?<=[.?!;,])|(?<=\s[-\u2013\u2014]))\s*"
    + LEAD_IN
    + r"(?:(?:what'?s|whats|what|how|why|which|who|where|when|is|are|was|were|does|do|did|can|could|"
    r"should|would|will|must|shall|have)\b[^.?!]*\?"
    r"|(?:should|do|does|can|could|would|will|is|are|must|shall)\s+"
    r"(?:i|we|they|you|it|that|this|there|the|a|an|my|your|our|their|any|some)\b"
    r"[^.?!]*(?:\?|$))"
)
# Unmarked, a question word must start a sentence: ", which is nice" is no question.
UNMARKED = r"(?:^|(?<=[.?!;]))\s*" + LEAD_IN + WH_QUESTION_UNMARKED
QUESTION_SENTENCE = re.compile(MARKED_OR_INVERTED + "|" + UNMARKED, re.I)


def questions_asked(text: str) -> list[str]:
    """The sentences of a message that ask something."""
    return [m.group(0).strip() for m in QUESTION_SENTENCE.finditer(text)]


# A question that asks whether what was just said is the thing asked about at all, or
# which answer it is: "we bought the extended warranty, is that the same thing?", "a
# cleaning plan, does that count as a care plan?". Not a question of the assistant's word for what was said
# ("it has its own line on the policy, is that what you mean?" answers yes).
ASKS_IF_IT_IS_THE_ANSWER = re.compile(
    r"\b(is|would|does|was) (that|it|this) (the same( thing)?|the same as|"
    r"(count|counts) as (a |an |the )?(care|protection|service) plan|(a|the) (care|protection|service) plan)\b"
    # "the stone's gone but the ring's fine, so which one is that?": the person asks which
    # answer it is.
    r"|\bwhich (one )?(is|would|does) (that|it|this)( be| count as| fall under)?\b"
    r"|\bwhat (would|is|does) (that|it|this) (count as|come under|fall under|be classed as)\b",
    re.I,
)


def asks_if_it_is_the_answer(text: str) -> bool:
    return any(ASKS_IF_IT_IS_THE_ANSWER.search(question) for question in questions_asked(text))


def said_before_a_question(text: str) -> bool:
    """Words come before the message's first question: "nothing yet - should I?", not
    "do you need the receipt? it was my mother's"."""
    first = QUESTION_SENTENCE.search(text)
    return first is not None and bool(re.search(r"\w", text[: first.start()]))


def without_questions(text: str) -> str:
    """The message with its questions taken out: what it states."""
    return " ".join(QUESTION_SENTENCE.sub(" ", text).split())


def asks_in_passing(text: str) -> bool:
    """A question somewhere in the message, with or without a question mark."""
    return bool(QUESTION_SENTENCE.search(text))


# A question told as asked, by someone or by the person: "customer's asking if our care
# plan covers theft", "a client asked me whether the protection plan covers a lost stone",
# "my wife wants to know if her ring is covered overseas", "I was wondering whether ...".
RELAYED_QUESTION = re.compile(
    r"\b(ask(s|ed|ing)?|asking\s+me|asked\s+(me|us)|wants?\s+to\s+know|wanted\s+to\s+know|"
    r"would\s+like\s+to\s+know|needs?\s+to\s+know|wonder(s|ed|ing)?|querying|checking)\s+"
    r"(if|whether)\s+(?P<question>[^.?!;]{8,})",
    re.I,
)
# What is said after the question, to the assistant: ", what do I tell her", ", any idea?".
TAIL = re.compile(
    r",?\s*(-\s*)?(and\s+)?((what|how)\s+(do|should|can|would)\s+(i|we)\s+(tell|say|answer|respond)\b.*"
    r"|what'?s\s+the\s+(answer|story|go|deal)\b.*|any\s+(idea|ideas|thoughts)\b.*|(i\s+)?(have\s+)?no\s+idea\b.*|"
    r"not\s+sure\b.*|can\s+you\s+help\b.*)$",
    re.I,
)


def relayed_question(text: str) -> str | None:
    """The question a message tells as asked ("customer's asking if our care plan covers
    theft, what do I tell her" -> "whether our care plan covers theft"), without what
    surrounds it; None when it tells none."""
    told = list(RELAYED_QUESTION.finditer(text))
    if not told:
        return None
    found = told[-1]  # the last one told is the one asked now
    question = TAIL.sub("", found.group("question")).strip(" ,-")
    if len(question.split()) < 3:
        return None
    return f"whether {question}"


# A question about the question asked: what it means, why it is asked, whether it
# matters, or where one could even look ("what do you mean searched?", "is that
# necessary?", "does that matter?", "where would I even look"). It asks for the
# question's reason, which the form gives before asking again; no FAQ answer fits it.
QUESTION_ABOUT_THE_QUESTION = re.compile(
    r"\bwhat do (?:you|u|ya) mean\b|\bwhat does (?:that|this) (?:even )?mean\b|\bmeaning what\b|"
    r"\bwhy (?:do|would|d'?) ?(?:you|u) (?:even |really )?(?:need|want|ask)\b|\bwhy (?:ask|is that asked)\b|"
    r"\bwhy (?:does|would|should) (?:that|it|this) (?:even |really )?matter\b|"
    r"\bwhat (?:does|do) (?:that|it|this) (?:even )?matter\b|\bhow is (?:that|this) (?:even )?relevant\b|"
    r"\bwhat(?:'s| is) the point(?: of (?:that|this|asking))?\b|\bwhat for\b|"
    r"\bdo (?:you|u|ya) (?:really |even |actually )?need (?:that|this|to know(?: that)?)\b|"
    r"\bwhere (?:would|could|should|do|am|was|are|were|else would|else could) (?:i|we) (?:even |possibly |be )?"
    r"(?:supposed to |meant to |going to |gonna )?(?:look|start|begin|search)\b|"
    r"(?:\b(?:does|would|will|should) (?:that|this|it) (?:even |really |actually )?matter\b|"
    r"\b(?:is|are) (?:that|this|it|those) (?:even |really |actually |strictly |at all )?"
    r"(?:necessary|needed|important|relevant|required)\b)"
    # Nothing after it but the question's end: "does it matter that the gym has cameras?"
    # asks about something else.
    r"(?=(?:\s+(?:much|at all|to you|here|now|for the claim|for this|anyway|though|tbh|honestly|even|really)){0,2}"
    r"\s*(?:[?.!,;:]|\s[-\u2013\u2014]\s|$|\s+(?:it|i|we|the|they|there|that'?s|its|i'?ve|we'?ve|i'?m)\b))",
    re.I,
)
# The clause that holds it, with its end.
_QUESTION_ABOUT_CLAUSE = re.compile(
    r"[^.,;!?]*?(?:" + QUESTION_ABOUT_THE_QUESTION.pattern + r")[^.,;!?\u2013\u2014]*[?.,;!]*", re.I
)


def questions_the_question(text: str) -> bool:
    """The person asks what the question means, why it is asked, or whether it matters."""
    return bool(QUESTION_ABOUT_THE_QUESTION.search(text))


def without_question_about_the_question(text: str) -> str:
    """The message without its question about the question: what else it says."""
    return " ".join(_QUESTION_ABOUT_CLAUSE.sub(" ", text).split()).strip(" ,;:-\u2013\u2014")
