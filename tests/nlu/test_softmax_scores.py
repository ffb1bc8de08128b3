"""The laid-out logistic regression gives what scikit-learn's predict_proba gives."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse
from sklearn.linear_model import LogisticRegression

from bot.nlu.softmax_scores import SoftmaxScores


@pytest.mark.parametrize("classes", [2, 5])
def test_the_probabilities_are_predict_proba_s(classes: int) -> None:
    rng = np.random.default_rng(7)
    features = scipy.sparse.random(200, 300, density=0.05, format="csr", random_state=7)
    labels = np.array([f"intent_{i}" for i in rng.integers(0, classes, 200)])
    fitted = LogisticRegression(max_iter=1000).fit(features, labels)
    scores = SoftmaxScores.of(fitted)
    assert list(scores.classes) == list(fitted.classes_)
    assert scores.weights.flags["C_CONTIGUOUS"]
    np.testing.assert_allclose(
        scores.probabilities(features[:20]), fitted.predict_proba(features[:20]), atol=1e-9
    )
