"""The held-out split stays held out: no example is also a training example."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from scripts.evaluate import heldout_examples, write_test_file

REPO = Path(__file__).resolve().parents[2]
# "[downtown]{...}" or "[downtown](area_type)" -> "downtown"
ANNOTATION = re.compile(r"\[([^\]]+)\](\{[^}]*\}|\([^)]*\))")
# Predicted by the fallback, or sent only by the widget's button payloads (domain/widget.yml
# declares those; they have no NLU examples), never typed.
USER_INTENTS_WITHOUT_HELDOUT = {"nlu_fallback"} | set(
    yaml.safe_load((REPO / "domain" / "widget.yml").read_text())["intents"]
)


def normalised(text: str) -> str:
    text = ANNOTATION.sub(r"\1", text).lower()
    return " ".join(re.sub(r"[^\w$' ]+", " ", text).split())


def training_texts() -> set[str]:
    texts: set[str] = set()
    for path in sorted((REPO / "data" / "nlu").glob("*.yml")):
        for block in yaml.safe_load(path.read_text()).get("nlu", []):
            for line in (block.get("examples") or "").splitlines():
                if line.strip().startswith("- "):
                    texts.add(normalised(line.strip()[2:]))
    faqs = yaml.safe_load((REPO / "knowledge" / "faq.yml").read_text())["faqs"]
    texts.update(normalised(q) for entry in faqs for q in entry.get("questions", []))
    return texts


def domain_intents() -> set[str]:
    intents: set[str] = set()
    for path in (REPO / "domain").glob("*.yml"):
        intents.update(yaml.safe_load(path.read_text()).get("intents") or [])
    return intents


def test_no_heldout_example_is_a_training_example() -> None:
    training = training_texts()
    leaked = [
        (intent, text)
        for intent, texts in heldout_examples().items()
        for text in texts
        if normalised(text) in training
    ]
    assert leaked == []


def test_every_intent_a_user_can_type_has_heldout_examples() -> None:
    examples = heldout_examples()
    missing = domain_intents() - USER_INTENTS_WITHOUT_HELDOUT - set(examples)
    assert missing == set()
    assert all(len(texts) >= 8 for texts in examples.values()), {k: len(v) for k, v in examples.items()}


def test_heldout_examples_are_not_repeated_across_intents() -> None:
    seen: dict[str, str] = {}
    clashes = []
    for intent, texts in heldout_examples().items():
        for text in texts:
            key = normalised(text)
            if key in seen and seen[key] != intent:
                clashes.append((text, seen[key], intent))
            seen[key] = intent
    assert clashes == []


def test_the_generated_test_file_keeps_the_entity_annotations(tmp_path: Path) -> None:
    path = write_test_file(heldout_examples(), tmp_path / "heldout.yml")
    blocks = yaml.safe_load(path.read_text())["nlu"]
    inform = next(b for b in blocks if b["intent"] == "inform")["examples"]
    assert '[sticks]{"entity": "area_type", "value": "rural"}' in inform
