"""knowledge/ is consistent: every figure and answer cites a known source, and the
generated Rasa files match the knowledge they come from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.rules.knowledge import load_coverage_facts
from scripts.sync_knowledge import generated_files

REPO = Path(__file__).resolve().parents[2]


def load(relative: str) -> Any:
    return yaml.safe_load((REPO / relative).read_text(encoding="utf-8"))


def test_every_coverage_figure_cites_a_known_source() -> None:
    known = set(load("knowledge/sources.yml")["sources"])
    cited = set(load_coverage_facts().sources)
    assert cited, "coverage.yml cites no sources"
    assert cited <= known, f"unknown sources: {cited - known}"


def test_every_faq_has_an_answer_questions_and_known_sources() -> None:
    known = set(load("knowledge/sources.yml")["sources"])
    faqs = load("knowledge/faq.yml")["faqs"]
    ids = [f["id"] for f in faqs]
    assert len(ids) == len(set(ids)), "duplicate FAQ ids"
    for faq in faqs:
        assert faq["answer"].strip(), faq["id"]
        assert len(faq["questions"]) >= 5, faq["id"]
        assert faq["sources"] and set(faq["sources"]) <= known, faq["id"]


def test_generated_faq_training_data_and_responses_are_in_sync() -> None:
    for path, text in generated_files(REPO).items():
        assert (
            path.read_text(encoding="utf-8") == text
        ), f"{path} is stale: run python -m scripts.sync_knowledge"


def test_every_trained_faq_has_a_knowledge_entry_and_the_reverse() -> None:
    faq_ids = {f["id"] for f in load("knowledge/faq.yml")["faqs"]}
    trained = {
        block["intent"].split("/", 1)[1]
        for path in (REPO / "data" / "nlu").glob("*.yml")
        for block in (load(str(path.relative_to(REPO))) or {}).get("nlu", [])
        if block.get("intent", "").startswith("faq/")
    }
    responses = {
        key.split("/", 1)[1]
        for path in (REPO / "domain").glob("*.yml")
        for key in (load(str(path.relative_to(REPO))) or {}).get("responses", {})
        if key.startswith("utter_faq/")
    }
    assert trained == faq_ids
    assert responses == faq_ids


def test_held_out_questions_are_never_trained_on() -> None:
    heldout = load("tests/nlu/faq_heldout.yml")
    trained = {
        line.strip()[2:].strip().lower()
        for path in (REPO / "data" / "nlu").glob("*.yml")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("- ")
    }
    for faq_id, questions in heldout["faqs"].items():
        for question in questions:
            assert question.lower() not in trained, (faq_id, question)
