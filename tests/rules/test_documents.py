"""Checking a claim against its uploaded documents, in plain words."""

from __future__ import annotations

from datetime import date

from bot.rules.documents import UploadedProof, check_documents, load_document_checks, proof_from_uploads
from bot.wording.documents import finding_text

KNOWLEDGE = load_document_checks()
TODAY = date(2026, 11, 29)


def proof(kind: str | None, text: str = "Diamond engagement ring", amount: float | None = None,
          day: date | None = None, name: str = "doc.jpg") -> UploadedProof:  # fmt: skip
    return UploadedProof(filename=name, kind=kind, text=text, main_amount=amount, main_date=day)


def codes(*docs: UploadedProof, value: float = 9000.0, loss: date | None = date(2026, 11, 1)) -> list[str]:
    found = check_documents(docs, "engagement_ring", value, "USD", loss, TODAY, KNOWLEDGE)
    return [f.code for f in found]


def test_the_knowledge_states_its_figures_with_sources() -> None:
    assert KNOWLEDGE.reappraisal_years == 3
    assert 0 < KNOWLEDGE.value_tolerance < 0.5


def test_a_valuation_with_another_figure_is_said_in_plain_words() -> None:
    (finding,) = check_documents(
        (proof("valuation", amount=8200.0, day=date(2024, 3, 3)),),
        "engagement_ring", 9000.0, "USD", date(2026, 11, 1), TODAY, KNOWLEDGE,
    )  # fmt: skip
    assert finding.code == "value_mismatch"
    says = finding_text(finding)
    assert "$8,200 on 3 March 2024" in says and "you told me $9,000" in says


def test_a_figure_within_the_tolerance_is_no_mismatch() -> None:
    assert codes(proof("receipt", amount=8600.0, day=date(2025, 1, 1))) == []


def test_a_valuation_older_than_the_reappraisal_interval_is_raised() -> None:
    assert codes(proof("valuation", amount=9000.0, day=date(2019, 6, 1))) == ["valuation_outdated"]
    assert codes(proof("valuation", amount=9000.0, day=date(2025, 6, 1))) == []


def test_a_document_that_does_not_name_the_piece_is_raised() -> None:
    assert codes(proof("receipt", text="Gold necklace 18ct", amount=9000.0)) == ["item_not_mentioned"]


def test_one_photo_as_the_only_proof_is_raised_but_not_beside_a_receipt() -> None:
    assert codes(proof("photo", text="")) == ["single_photo_only"]
    assert codes(proof("photo", text=""), proof("receipt", amount=9000.0)) == []


def test_uploaded_kinds_join_the_proof_said() -> None:
    assert proof_from_uploads(("photo",), ("receipt", None, "photo")) == ("photo", "receipt")


def test_every_document_check_figure_cites_a_known_source() -> None:
    import yaml

    from bot.config import REPO_ROOT

    known = set(yaml.safe_load((REPO_ROOT / "knowledge" / "sources.yml").read_text())["sources"])
    raw = yaml.safe_load((REPO_ROOT / "knowledge" / "document_checks.yml").read_text())
    cited = {raw[name]["source"] for name in ("reappraisal_years", "value_tolerance")}
    assert cited <= known
