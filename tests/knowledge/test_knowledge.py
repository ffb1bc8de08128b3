"""knowledge/ is consistent: every figure and answer cites a known source, and the
generated Rasa files match the knowledge they come from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.rules.faq import load_faq_knowledge
from bot.rules.knowledge import load_coverage_facts
from bot.wording.faq import source_line
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


def test_generated_faq_training_data_is_in_sync() -> None:
    for path, text in generated_files(REPO).items():
        assert (
            path.read_text(encoding="utf-8") == text
        ), f"{path} is stale: run python -m scripts.sync_knowledge"


def trained_faq_ids() -> dict[str, int]:
    """FAQ id -> number of training examples, over every NLU file."""
    counts: dict[str, int] = {}
    for path in (REPO / "data" / "nlu").glob("*.yml"):
        for block in (load(str(path.relative_to(REPO))) or {}).get("nlu", []):
            if block.get("intent", "").startswith("faq/"):
                faq_id = block["intent"].split("/", 1)[1]
                examples = [line for line in block["examples"].splitlines() if line.strip().startswith("- ")]
                counts[faq_id] = counts.get(faq_id, 0) + len(examples)
    return counts


def test_every_knowledge_entry_is_trained_and_every_trained_faq_has_an_entry() -> None:
    faq_ids = {f["id"] for f in load("knowledge/faq.yml")["faqs"]}
    trained = trained_faq_ids()
    assert set(trained) - faq_ids == set(), "trained FAQs without a knowledge entry"
    assert faq_ids - set(trained) == set(), "knowledge entries without training examples"
    assert min(trained.values()) >= 10


def test_the_answering_action_finds_every_entry_and_its_sources() -> None:
    knowledge = load_faq_knowledge(REPO / "knowledge")
    for entry_id in {f["id"] for f in load("knowledge/faq.yml")["faqs"]}:
        entry = knowledge.entries[entry_id]
        assert source_line(entry, knowledge).startswith("Source: ")
        assert "_" not in source_line(entry, knowledge), "a source id was not resolved to its name"


def test_follow_up_groups_name_real_entries_and_known_facets() -> None:
    knowledge = load_faq_knowledge(REPO / "knowledge")
    assert knowledge.follow_up_groups
    for group in knowledge.follow_up_groups:
        assert set(group) <= {"watch", "jewelry", "NZ", "US"}
        assert set(group.values()) <= set(knowledge.entries)


def test_at_least_45_distinct_questions_grouped_by_topic() -> None:
    faqs = load("knowledge/faq.yml")["faqs"]
    assert len({f["id"] for f in faqs}) >= 45
    assert len({f["topic"] for f in faqs}) >= 8


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
    for question in heldout["out_of_scope"]:
        assert question.lower() not in trained, ("out_of_scope", question)
