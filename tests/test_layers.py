"""The layers stay apart: bot/rules decides and returns data, bot/wording says it.

Read from the source (no import runs), so a new module is checked the day it is added.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.import_graph import import_cycle

REPO = Path(__file__).resolve().parents[1]
RULES = REPO / "bot" / "rules"
# What a decision may not depend on: the words said about it, the reading of text, the
# adapters, the storage and the servers.
NOT_FOR_RULES = (
    "bot.wording",
    "bot.language",
    "bot.actions",
    "bot.nlu",
    "bot.store",
    "bot.web",
    "bot.server",
    "bot.mail",
    "bot.notifications",
    "rasa",
    "rasa_sdk",
    "sqlalchemy",
    "aiohttp",
    "jinja2",
)
# Two words in a row in a string's own text: the start of a sentence for someone to read.
WORDS = re.compile(r"[A-Za-z]+\s+[A-Za-z]+")


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def _not_for_a_person(node: ast.AST) -> bool:
    """A raised error (for the developer who broke a knowledge file), a log line, or a
    pattern that reads text: words, but nobody is told them."""
    if isinstance(node, ast.Raise):
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        owner = node.func.value
        name = owner.id if isinstance(owner, ast.Name) else ""
        return name in {"log", "logger", "logging", "re"}
    return False


def customer_text(path: Path) -> list[str]:
    """String literals that read as text for a person: not docstrings, errors raised,
    log lines or patterns."""
    tree = ast.parse(path.read_text())
    skipped: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and body:
            first = body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skipped.add(id(first.value))
        if _not_for_a_person(node):
            skipped |= {id(inner) for inner in ast.walk(node)}
    texts = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.JoinedStr):
            parts = [p.value for p in node.values if isinstance(p, ast.Constant) and isinstance(p.value, str)]
            skipped |= {id(p) for p in node.values}
            if any(WORDS.search(part) for part in parts):
                texts.append(f"line {node.lineno}: an f-string template {''.join(parts)!r}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value.split()) >= 3:
            texts.append(f"line {node.lineno}: {node.value[:60]!r}")
    return texts


RULE_FILES = sorted(RULES.glob("*.py"))


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.name)
def test_the_rules_import_no_wording_and_no_other_layer(path: Path) -> None:
    wrong = sorted(
        name
        for name in imported_modules(path)
        if any(name == layer or name.startswith(f"{layer}.") for layer in NOT_FOR_RULES)
    )
    assert wrong == [], f"bot/rules/{path.name} imports {wrong}: decide in bot/rules, say it in bot/wording"


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.name)
def test_the_rules_hold_no_customer_text(path: Path) -> None:
    texts = customer_text(path)
    assert (
        texts == []
    ), f"bot/rules/{path.name} holds text for a person; return data and phrase it in bot/wording: {texts}"


@pytest.mark.parametrize("path", sorted((REPO / "bot" / "actions").glob("*.py")), ids=lambda p: p.name)
def test_the_actions_hold_no_customer_text(path: Path) -> None:
    # Thin adapters: what the customer reads (buttons included) is bot/wording's.
    texts = customer_text(path)
    assert texts == [], f"bot/actions/{path.name} holds text for a person; move it to bot/wording: {texts}"


def test_the_upload_endpoint_holds_no_customer_text() -> None:
    # Its refusals (what was wrong, what works) are read on the chat page: bot/wording/uploads.py.
    texts = customer_text(REPO / "bot" / "web" / "uploads.py")
    assert texts == [], f"bot/web/uploads.py holds text for a person; move it to bot/wording: {texts}"


# The modules that read text with patterns: reading what people type is bot/language's.
PATTERN_MODULES = ("re", "regex")


def patterns_used(path: Path) -> list[str]:
    """Where a file imports a pattern module (any pattern compiled or searched needs one)."""
    tree = ast.parse(path.read_text())
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level:
            names = [node.module or ""]
        else:
            continue
        found += [f"line {node.lineno}: {name}" for name in names if name.split(".")[0] in PATTERN_MODULES]
    return found


@pytest.mark.parametrize("path", sorted((REPO / "bot" / "actions").glob("*.py")), ids=lambda p: p.name)
def test_the_actions_read_no_text_with_patterns(path: Path) -> None:
    # Thin adapters: a pattern that reads people's words is a named function in bot/language.
    used = patterns_used(path)
    assert used == [], f"bot/actions/{path.name} reads text with patterns; move them to bot/language: {used}"


def test_the_pattern_check_finds_each_way_of_importing_one(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import json\n"
        "import re\n"
        "from re import compile as compile_pattern\n"
        "def f(text: str) -> bool:\n"
        "    import regex\n"
        '    return bool(re.search(r"\\bjust asking\\b", text))\n'
    )
    assert [line.split(": ")[1] for line in patterns_used(sample)] == ["re", "re", "regex"]
    (tmp_path / "clean.py").write_text("from bot.language.requests import just_asking\n")
    assert patterns_used(tmp_path / "clean.py") == []


def test_the_text_check_finds_a_sentence_template_and_a_phrase(tmp_path: Path) -> None:
    # The check itself can fail: the shapes of text that moved out of bot/rules.
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""A docstring is fine."""\n'
        "def f(value: str) -> str:\n"
        '    """So is this one."""\n'
        "    if not value:\n"
        '        raise ValueError(f"unknown code {value!r} in knowledge/claims.yml")\n'
        '    story = f"{value}\\n{value}"\n'
        '    logger.info("claim %s saved for %s", value, value)\n'
        '    re.compile(r"\\b(just asking|in case)\\b")\n'
        '    return f"an unlisted {value} piece" + story + "a lost piece that was not listed"\n'
    )
    texts = customer_text(sample)
    assert len(texts) == 2
    assert "an unlisted" in texts[0] + texts[1] and "a lost piece" in texts[0] + texts[1]


def test_the_wording_package_exists_for_each_flow() -> None:
    modules = {p.stem for p in (REPO / "bot" / "wording").glob("*.py")}
    assert {"advice", "claims", "declines", "documents", "faq", "store_refusal", "chat_parts"} <= modules


def package_graph() -> dict[str, set[str]]:
    """Which of bot's packages (and top-level modules) import which others."""
    graph: dict[str, set[str]] = {}
    for path in (REPO / "bot").rglob("*.py"):
        parts = path.relative_to(REPO / "bot").with_suffix("").parts
        own = parts[0]
        graph.setdefault(own, set())
        for name in imported_modules(path):
            if name.startswith("bot.") and name.split(".")[1] != own:
                graph[own].add(name.split(".")[1])
    return graph


def test_bots_packages_import_each_other_without_a_cycle() -> None:
    graph = package_graph()
    cycle = import_cycle(graph)
    assert cycle is None, f"import cycle: {' -> '.join(cycle or ())}"
    # The direction of the two layers this file is about.
    assert "rules" in graph["wording"] and "wording" not in graph["rules"]


def test_a_cycle_is_found_and_a_tree_is_not() -> None:
    assert import_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ("a", "b", "c", "a")
    assert import_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None
