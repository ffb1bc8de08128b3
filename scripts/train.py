"""Train models/advisor.tar.gz, only when its inputs changed.

    python -m scripts.train            # make train
    python -m scripts.train --force    # train even if nothing changed

`train()` is also what the tests, the benchmarks and `make run` call to get a model:
ADVISOR_MODEL=path names a ready one instead, and nothing is trained.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from scripts.paths import MODEL, REPO, base_env, rasa_command

# What the trained weights depend on: the training data, and the code of the components
# that featurize or train (the sentence vectors, the intent classifier, the selectors). The rule-based
# extractor's readers in the rest of bot/language are loaded from the code at run time,
# so editing them needs no retrain.
TRAINING_INPUTS = ("config.yml", "domain", "data", "bot/nlu", "bot/language/sentence_vectors.py")


def inputs_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in TRAINING_INPUTS:
        path = REPO / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if "__pycache__" in file.parts:
                continue
            digest.update(str(file.relative_to(REPO)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def train(force: bool = False) -> Path:
    """Train unless the model was built from exactly the current inputs.

    ADVISOR_MODEL names a ready model to use instead (a benchmark's frozen model, say).
    A lock file makes a second caller wait rather than train alongside: two trainings
    on two cores would each take twice as long.
    """
    ready = os.environ.get("ADVISOR_MODEL")
    if ready:
        return Path(ready).resolve()
    with training_lock():
        return _train_locked(force)


@contextlib.contextmanager
def training_lock() -> Iterator[None]:
    """Held while anything trains (this model, or the benchmark's starter bot): never two
    trainings at once on 2 cores."""
    (REPO / "var").mkdir(exist_ok=True)
    with open(REPO / "var" / "train.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def built_from(fingerprint: str, model: Path = MODEL) -> bool:
    """Whether `model` was trained from the inputs with this fingerprint (its stamp says so)."""
    stamp = model.with_suffix(".fingerprint")
    return model.exists() and stamp.exists() and stamp.read_text() == fingerprint


def _train_locked(force: bool) -> Path:
    stamp = MODEL.with_suffix(".fingerprint")
    fingerprint = inputs_fingerprint()
    if not force and built_from(fingerprint):
        print(f"model up to date: {MODEL.relative_to(REPO)}", flush=True)
        return MODEL
    started = time.monotonic()
    subprocess.run(
        [
            *rasa_command(), "train", "--domain", "domain", "--data", "data", "--config", "config.yml",
            "--out", "models", "--fixed-model-name", "advisor", "--force",
        ],
        cwd=REPO,
        env=base_env(REPO / "var"),
        check=True,
    )  # fmt: skip
    stamp.write_text(fingerprint)
    print(f"trained in {time.monotonic() - started:.0f} s: {MODEL.relative_to(REPO)}", flush=True)
    return MODEL


def main() -> int:
    parser = argparse.ArgumentParser(description="train the assistant's model if its inputs changed")
    parser.add_argument("--force", action="store_true", help="train even if nothing changed")
    args = parser.parse_args()
    train(force=args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
