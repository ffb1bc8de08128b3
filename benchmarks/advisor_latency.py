"""Benchmark: training time, time to ready, and per-turn latency of the advisor.

    .venv/bin/python -m benchmarks.advisor_latency            # retrains first (full training time)
    .venv/bin/python -m benchmarks.advisor_latency --no-train # reuse the model as it is

--no-train uses ADVISOR_MODEL, else models/advisor.tar.gz as it is, even when the training
inputs changed since it was built (a latency run should not spend 3 minutes training);
without a model at all it trains.

Drives scripted advisor conversations over the REST channel, one turn at a time, until
200 turns are measured, and prints p50/p95/max. Targets on the 2-core machine: training
under 5 minutes, p95 under 150 ms. Results also go to var/reports/advisor_latency.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

import requests

from scripts.paths import MODEL, REPO
from scripts.stack import running_stack
from scripts.train import built_from, inputs_fingerprint, train

CONVERSATIONS = [
    [
        "I just bought a $8,500 engagement ring, I fly abroad a few times a year",
        "yes",
        "I live in the city",
        "just homeowners insurance",
        "actually it was $7,000",
    ],
    ["how should I insure my necklace?", "about five grand", "no", "no", "suburbs", "nothing"],
    [
        "help me choose insurance for my watch",
        "8.5k",
        "what is a blanket endorsement?",
        "yes",
        "yes",
        "not sure",
        "no idea",
    ],
    [
        "how should we insure a $12k ring, two $800 bracelets and a $3,000 watch?",
        "no",
        "yes",
        "countryside",
        "a blanket endorsement",
    ],
    [
        "what cover do I need for my bracelet",
        "a lot",
        "$2,400",
        "no",
        "only on special occasions",
        "rural",
        "it's scheduled",
    ],
    # What session 4 added per turn: facts with a question, a correction after the advice
    # asked as a question, a question about a loss that leads to the claim, other insurance.
    [
        "I'm in Auckland and my ring is worth NZ$4,000. Do I need to specify it?",
        "no",
        "yes",
        "contents",
        "actually we moved out to the countryside last month - does that change anything?",
    ],
    [
        "does a valuation count as proof? asking because my earrings were stolen at a party on Saturday",
        "is my car insurance going up after a claim?",
        "hmm",
        "hmm",
    ],
]
TARGET_TURNS = 200


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile every benchmark reports (load.py and ocr.py too)."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def measure_turns(rasa_url: str, token: str) -> list[float]:
    """Each conversation under a made-up sender, let in by the API token (the web app's
    ids are checked the same way, by one HMAC)."""
    latencies: list[float] = []
    session = requests.Session()
    # The API token lets the channel accept a sender id the web app did not issue.
    session.headers["Authorization"] = f"Bearer {token}"
    while len(latencies) < TARGET_TURNS:
        for script in CONVERSATIONS:
            sender = f"bench-{uuid.uuid4().hex[:10]}"
            for text in script:
                started = time.perf_counter()
                response = session.post(
                    f"{rasa_url}/webhooks/rest/webhook",
                    json={"sender": sender, "message": text},
                    params={"token": token},
                    timeout=60,
                )
                latencies.append((time.perf_counter() - started) * 1000)
                response.raise_for_status()
                if len(latencies) >= TARGET_TURNS:
                    return latencies
    return latencies


def existing_model() -> Path:
    ready = os.environ.get("ADVISOR_MODEL")
    if ready:
        return Path(ready).resolve()
    if MODEL.exists():
        if not built_from(inputs_fingerprint(), MODEL):
            print(f"note: {MODEL.relative_to(REPO)} was built from other training inputs; measured as it is")
        return MODEL
    return train()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-train",
        action="store_true",
        help="use the model as it is (ADVISOR_MODEL or models/advisor.tar.gz)",
    )
    args = parser.parse_args()

    training_s = None
    if not args.no_train:
        started = time.monotonic()
        model = train(force=True)
        training_s = time.monotonic() - started
    else:
        model = existing_model()

    started = time.monotonic()
    with running_stack(model=model) as stack:
        ready_s = time.monotonic() - started
        latencies = measure_turns(stack.rasa_url, stack.token)

    p95_ms = round(percentile(latencies, 0.95), 1)
    result = {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "training_s": round(training_s, 1) if training_s is not None else None,
        "ready_s": round(ready_s, 1),
        "ready_by_process_s": {k: round(v, 1) for k, v in stack.ready_seconds.items()},
        "turns": len(latencies),
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": p95_ms,
        "max_ms": round(max(latencies), 1),
    }
    out = REPO / "var" / "reports" / "advisor_latency.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))
    targets = [
        ("training under 300 s", training_s is None or training_s < 300),
        ("p95 under 150 ms", p95_ms < 150),
    ]
    for name, ok in targets:
        print(f"{'met ' if ok else 'MISSED'}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
