"""--no-train measures the model as it is: it never trains while a model exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import advisor_latency


def _no_training() -> Path:
    raise AssertionError("trained although a model was there")


def test_the_named_model_is_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    named = tmp_path / "frozen.tar.gz"
    monkeypatch.setenv("ADVISOR_MODEL", str(named))
    monkeypatch.setattr(advisor_latency, "train", _no_training)
    assert advisor_latency.existing_model() == named.resolve()


def test_a_model_built_from_other_inputs_is_measured_as_it_is(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = tmp_path / "models" / "advisor.tar.gz"
    model.parent.mkdir()
    model.write_bytes(b"model")
    model.with_suffix(".fingerprint").write_text("inputs of an older training")
    monkeypatch.delenv("ADVISOR_MODEL", raising=False)
    monkeypatch.setattr(advisor_latency, "MODEL", model)
    monkeypatch.setattr(advisor_latency, "REPO", tmp_path)
    monkeypatch.setattr(advisor_latency, "train", _no_training)
    assert advisor_latency.existing_model() == model
    assert "other training inputs" in capsys.readouterr().out


def test_without_a_model_it_trains(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    trained = tmp_path / "trained.tar.gz"
    monkeypatch.delenv("ADVISOR_MODEL", raising=False)
    monkeypatch.setattr(advisor_latency, "MODEL", tmp_path / "missing.tar.gz")
    monkeypatch.setattr(advisor_latency, "train", lambda: trained)
    assert advisor_latency.existing_model() == trained
