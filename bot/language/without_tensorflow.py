"""spaCy without TensorFlow, for the processes that only read text: the action server and
the web app's document-reading process.

spaCy's machine-learning library, thinc, looks for optional backends when it is imported
(thinc/compat.py: `import tensorflow`, and carries on if that fails). TensorFlow is
installed here because the Rasa server needs it, so every process that imported spaCy
loaded TensorFlow too: about 400 MB of memory (the web app's reading process: 510 MB of
the web app's 645 MB; each action-server worker the same) and a second or two of start-up,
for a blank English tokenizer (bot/language/money.py) and numpy sentence vectors
(bot/language/sentence_vectors.py) that never use it. The Rasa server is not one of these
processes: its model's components need TensorFlow.
"""

from __future__ import annotations

import sys


def keep_tensorflow_out() -> bool:
    """Make `import tensorflow` fail in this process (Python's own way: a None entry in
    sys.modules), before spaCy is imported. False if it is loaded already (too late)."""
    if sys.modules.get("tensorflow") is not None:
        return False
    sys.modules["tensorflow"] = None  # type: ignore[assignment]
    return True
