"""Measure the decline-reason reading on the held-out stories it was never trained on.

    .venv/bin/python -m benchmarks.heldout_nlu

Decline stories (tests/nlu/decline_heldout.yml): how often the right reason would be
stated (intent `decline`, right key, confidence at or above the dialogue's threshold),
how often the clarifying question would be asked, and how often a wrong reason would
be stated; and where the stories that give no reason go. Prints a JSON report and
writes it to var/reports/heldout_nlu.json. (The FAQ held-out questions are measured by
benchmarks/faq_threshold.py and tests/e2e/test_faq.py.)
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import requests
import yaml

from bot.language.decline_answers import REASON_CONFIDENCE
from scripts.paths import REPO
from scripts.stack import running_stack
from scripts.train import train

HELDOUT = Path(REPO / "tests" / "nlu")


def selected(parse: dict[str, Any], selector: str) -> tuple[str | None, float]:
    response = (parse.get("response_selector") or {}).get(selector, {}).get("response", {})
    return response.get("intent_response_key"), float(response.get("confidence") or 0.0)


def main() -> int:
    train()
    declines = yaml.safe_load((HELDOUT / "decline_heldout.yml").read_text())
    with running_stack() as stack:

        def parse(text: str) -> dict[str, Any]:
            url = f"{stack.rasa_url}/model/parse"
            result: dict[str, Any] = requests.post(
                url, params={"token": stack.token}, json={"text": text}, timeout=30
            ).json()
            return result

        outcome: Counter[str] = Counter()
        for code, stories in declines["reasons"].items():
            for story in stories:
                result = parse(story)
                key, confidence = selected(result, "decline")
                if result["intent"]["name"] != "decline" or confidence < REASON_CONFIDENCE:
                    outcome["asked"] += 1
                elif key == f"decline/{code}":
                    outcome["right_reason"] += 1
                else:
                    outcome["wrong_reason"] += 1
        ambiguous = Counter(parse(t)["intent"]["name"] for t in declines["ambiguous"])

    report = {
        "decline_stories": {"total": sum(outcome.values()), **outcome, "threshold": REASON_CONFIDENCE},
        "decline_ambiguous_intents": dict(ambiguous),
    }
    out = REPO / "var" / "reports" / "heldout_nlu.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
