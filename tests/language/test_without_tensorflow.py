"""The processes that only read text run spaCy without TensorFlow (bot/language/without_tensorflow.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.web.uploads import ReadingPool

REPO = Path(__file__).resolve().parents[2]

READERS_WITHOUT_TENSORFLOW = """
import sys
from bot.language.without_tensorflow import keep_tensorflow_out
assert keep_tensorflow_out()
import bot.actions, bot.language.documents
from bot.language.money import find_amounts
from bot.language.sentence_vectors import sentence_encoder
assert [a.value for a in find_amounts("my $4,200 ring")] == [4200.0]
assert sentence_encoder().encode(["hi"]).shape == (1, 384)
assert "spacy" in sys.modules and sys.modules["tensorflow"] is None
# VmHWM: this process's own peak (getrusage's maxrss carries the parent's over exec).
status = open("/proc/self/status").read().split("VmHWM:")[1]
print(int(status.split()[0]) // 1024)
"""


def test_the_actions_and_the_readers_work_without_tensorflow_in_far_less_memory() -> None:
    done = subprocess.run(
        [sys.executable, "-c", READERS_WITHOUT_TENSORFLOW],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    # With TensorFlow (thinc imports it when it can) the same process peaked at ~500 MB.
    assert int(done.stdout.split()[-1]) < 350


def test_too_late_once_it_is_loaded() -> None:
    done = subprocess.run(
        [sys.executable, "-c",
         "import tensorflow\nfrom bot.language.without_tensorflow import keep_tensorflow_out\n"
         "assert not keep_tensorflow_out()\nimport tensorflow as tf\nassert tf.constant(1).numpy() == 1"],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]


def reader_state() -> tuple[bool, bool]:
    """In the reading process: is spaCy loaded, and is TensorFlow kept out?"""
    return "spacy" in sys.modules, sys.modules.get("tensorflow", "absent") is None


def test_the_web_apps_reading_process_loads_spacy_without_tensorflow() -> None:
    pool = ReadingPool()
    try:
        assert pool.get().submit(reader_state).result(timeout=300) == (True, True)
    finally:
        pool.close()
