"""Measure the model on the held-out sets it was never trained on.

    .venv/bin/python -m benchmarks.heldout_nlu

Decline stories (tests/nlu/decline_heldout.yml): how often the right reason would be
stated (intent `decline`, right key, confidence at or above the dialogue's threshold),
how often the clarifying question would be asked, and how often a wrong reason would
be stated. FAQ paraphrases (tests/nlu/faq_heldout.yml): how often the right answer is
picked, and where the out-of-scope questions go. Prints a JSON report and writes it
to var/reports/heldout_nlu.json.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import requests
import yaml

from bot.language.decline_answers import REASON_CONFIDENCE
from scripts.stack import REPO, running_stack, train

HELDOUT = Path(REPO / "tests" / "nlu")


def selected(parse: dict[str, Any], selector: str) -> tuple[str | None, float]:
    response = (parse.get("response_selector") or {}).get(selector, {}).get("response", {})
    return response.get("intent_response_key"), float(response.get("confidence") or 0.0)


def main() -> int:
    train()
    declines = yaml.safe_load((HELDOUT / "decline_heldout.yml").read_text())
    faqs = yaml.safe_load((HELDOUT / "faq_heldout.yml").read_text())
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

        faq_right = faq_intent = total = 0
        for faq_id, questions in faqs["faqs"].items():
            for question in questions:
                result = parse(question)
                total += 1
                faq_intent += result["intent"]["name"] == "faq"
                faq_right += (
                    result["intent"]["name"] == "faq" and selected(result, "faq")[0] == f"faq/{faq_id}"
                )
        out_of_scope = Counter(parse(t)["intent"]["name"] for t in faqs["out_of_scope"])

    report = {
        "decline_stories": {"total": sum(outcome.values()), **outcome, "threshold": REASON_CONFIDENCE},
        "decline_ambiguous_intents": dict(ambiguous),
        "faq_paraphrases": {"total": total, "faq_intent": faq_intent, "right_answer": faq_right},
        "out_of_scope_intents": dict(out_of_scope),
    }
    out = REPO / "var" / "reports" / "heldout_nlu.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
