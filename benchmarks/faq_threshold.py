"""What each FAQ answer threshold would do on the held-out questions.

    .venv/bin/python -m benchmarks.faq_threshold

Parses every held-out paraphrase and out-of-scope question (tests/nlu/faq_heldout.yml)
with the trained model, then, for a range of thresholds, counts what the dialogue would
do (bot/rules/faq.choose_answer): answer right, answer wrong, fall back ("I don't know"),
or leave it to another intent. Prints the table that chose ANSWER_CONFIDENCE and writes
it to var/reports/faq_threshold.json.
"""

from __future__ import annotations

import json
from typing import Any

import requests
import yaml

from bot.rules.faq import ANSWER_CONFIDENCE, Outcome, choose_answer, load_faq_knowledge
from scripts.paths import REPO
from scripts.stack import running_stack
from scripts.train import train

THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7)
NOT_ANSWERED = {"out_of_scope", "nlu_fallback"}


def verdict(parse: dict[str, Any], expected: str | None, threshold: float) -> str:
    intent = parse["intent"]["name"]
    if intent in NOT_ANSWERED:
        return "fallback"
    if intent != "faq":
        return "other"
    response = (parse.get("response_selector") or {}).get("faq", {}).get("response", {})
    choice = choose_answer(
        load_faq_knowledge(),
        response.get("intent_response_key"),
        float(response.get("confidence") or 0),
        threshold,
    )
    if choice.outcome is not Outcome.ANSWER or choice.entry is None:
        return "fallback"
    return "right" if choice.entry.id == expected else "wrong"


def main() -> int:
    heldout = yaml.safe_load((REPO / "tests" / "nlu" / "faq_heldout.yml").read_text())
    with running_stack(model=train()) as stack:

        def parse(text: str) -> dict[str, Any]:
            reply: dict[str, Any] = requests.post(
                f"{stack.rasa_url}/model/parse",
                params={"token": stack.token},
                json={"text": text},
                timeout=30,
            ).json()
            return reply

        in_scope = [(parse(q), faq_id) for faq_id, qs in heldout["faqs"].items() for q in qs]
        out_of_scope = [parse(q) for q in heldout["out_of_scope"]]

    rows = []
    for threshold in THRESHOLDS:
        verdicts = [verdict(p, expected, threshold) for p, expected in in_scope]
        oos = [verdict(p, None, threshold) for p in out_of_scope]
        rows.append(
            {
                "threshold": threshold,
                "right": verdicts.count("right") / len(verdicts),
                "wrong": verdicts.count("wrong") / len(verdicts),
                "fallback": verdicts.count("fallback") / len(verdicts),
                "other_intent": verdicts.count("other") / len(verdicts),
                "out_of_scope_fallback": oos.count("fallback") / len(oos),
                "out_of_scope_answered": oos.count("wrong") / len(oos),
            }
        )
    print(
        f"{len(in_scope)} held-out paraphrases, {len(out_of_scope)} out-of-scope; current threshold {ANSWER_CONFIDENCE}"
    )
    print("threshold  right  wrong  fallback  other | out-of-scope: fallback  answered")
    for r in rows:
        print(
            f"{r['threshold']:9.2f}  {r['right']:5.1%}  {r['wrong']:5.1%}  {r['fallback']:8.1%}  {r['other_intent']:5.1%}"
            f" | {r['out_of_scope_fallback']:22.1%}  {r['out_of_scope_answered']:8.1%}"
        )

    def summary(text: str, parse: dict[str, Any], expected: str | None) -> dict[str, Any]:
        response = (parse.get("response_selector") or {}).get("faq", {}).get("response", {})
        return {
            "text": text,
            "expected": expected,
            "intent": parse["intent"]["name"],
            "intent_confidence": round(float(parse["intent"]["confidence"]), 3),
            "faq": response.get("intent_response_key"),
            "faq_confidence": round(float(response.get("confidence") or 0), 3),
        }

    questions = [q for qs in heldout["faqs"].values() for q in qs]
    details = [summary(q, p, e) for q, (p, e) in zip(questions, in_scope, strict=True)]
    details += [summary(q, p, None) for q, p in zip(heldout["out_of_scope"], out_of_scope, strict=True)]
    out = REPO / "var" / "reports" / "faq_threshold.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"thresholds": rows, "questions": details}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
