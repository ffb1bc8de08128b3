"""A correction in the same breath: "4200, I mean 4800", "Tuesday, sorry, Wednesday",
"24-88120 oops 26-88120", "yes, actually no". The person sets right what they have just
said, and the later thing said holds.

The words that cue it are the same whatever is being set right (a figure, a day, a
document, a reference, a name, a yes), so they are held here once, as data. Each reader
frames them itself (what must come before the cue, what after: a figure before and
after it, a punctuation mark before it, an answer either side) and adds only cues of its
own, named there.
"""

from __future__ import annotations

import re

# Words that set right what was just said, wherever they stand.
SETTING_RIGHT = (
    "actually",
    "sorry",
    "wait",
    "oops",
    "whoops",
    "i meant",
    "correction",
    "my mistake",
    "my bad",
    "make that",
    "scratch that",
    "or rather",
    "on second thought",
)
# Words that also only hold the floor ("I mean, it's old", "hang on, let me look"): a
# correction only where a reader's frame puts them between two things said.
ALSO_A_PAUSE = (
    "i mean",
    "hang on",
)
SAME_BREATH = SETTING_RIGHT + ALSO_A_PAUSE
# Cues that lead into what is set right ("make that 6,500", "or rather the 4th",
# "correction: Wednesday", "scratch that, Wednesday"). Said after it they set nothing
# right: "yes, no correction needed" is a yes, and in "yes, no, scratch that" which one
# is scratched is anyone's guess.
LEADING_IN = ("make that", "or rather", "correction", "scratch that")
# Cues that may also close what they set right: "yes, no wait", "no, yes sorry".
CLOSING = tuple(cue for cue in SAME_BREATH if cue not in LEADING_IN)

# A sound of surprise or doubt before a cue, or in its place: "oh no wait", "um, sorry".
A_SOUND = r"(?:oh|ah|um+|erm?|er+|hmm+)"


def _phrase(words: str) -> str:
    """A cue phrase as a pattern: its words apart by any space."""
    return r"\s+".join(re.escape(word) for word in words.split())


def cue_words(*own: str, cues: tuple[str, ...] = SAME_BREATH, no_first: bool = False) -> str:
    """A pattern (no group taken) for one cue: `cues` as phrases and the reader's `own`
    as patterns, the longest first so that "well technically" wins over "well".
    `no_first`: a "no" may lead the cue ("no wait", "no, sorry"), where a no is no answer
    of its own. The reader adds the word boundaries its frame needs."""
    alternatives = sorted([*own, *(_phrase(cue) for cue in cues)], key=len, reverse=True)
    lead = r"(?:no,?\s+)?" if no_first else ""
    return lead + "(?:" + "|".join(alternatives) + ")"
