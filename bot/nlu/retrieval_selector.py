"""Rasa NLU component: picks the answer of a retrieval intent (which FAQ, which decline reason).

It replaces Rasa's ResponseSelector, once for `faq` and once for `decline`. With 62 close
FAQ topics and 30 phrasings each, a logistic regression over the sentence vector plus
word counts is more accurate on paraphrases it never saw and trains in seconds (numbers
in docs/faq.md, "FAQ accuracy"). Its output sits where ResponseSelector's would
(`response_selector.<intent>`), so `/model/parse`, `rasa test nlu` and the answering
actions read it the usual way. Whether a confidence is high enough to answer is the
dialogue's decision (bot/rules/), not this one's.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.linear_model import LogisticRegression

from bot.nlu.softmax_scores import SoftmaxScores
from bot.nlu.text_features import FeatureSettings, TextFeatures, TextModel
from bot.nlu.trained_component import TrainedComponent

SELECTOR_PROPERTY = "response_selector"
RANKING_LENGTH = 10


# What training leaves: the vocabularies and the classifier over them.
SelectorModel = TextModel


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class RetrievalSelector(TrainedComponent[SelectorModel], IntentClassifier):
    fitted_type = TextModel

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "retrieval_intent": "faq",
            # The sentence vector carries paraphrases, word counts the rare terms (HO-5,
            # IFSO, sublimit). Weight and C by 5-fold cross-validation on the FAQ training
            # phrasings (accuracy 0.904 at C=300, 0.901 at 30).
            "dense_weight": 2.0,
            "regularisation": 300.0,  # LogisticRegression's C
        }

    @property
    def _intent(self) -> str:
        return str(self._config["retrieval_intent"])

    def train(self, training_data: TrainingData) -> Resource:
        examples = [
            m
            for m in training_data.intent_examples
            if m.get(INTENT) == self._intent and m.get(INTENT_RESPONSE_KEY) and m.get(TEXT)
        ]
        if len({m.get(INTENT_RESPONSE_KEY) for m in examples}) < 2:
            return self.persist(None)
        settings = FeatureSettings(dense_weight=float(self._config["dense_weight"]))
        features = TextFeatures.fit(examples, settings)
        classifier = LogisticRegression(C=float(self._config["regularisation"]), max_iter=2000)
        classifier.fit(features.transform(examples), [m.get(INTENT_RESPONSE_KEY) for m in examples])
        return self.persist(SelectorModel(features, SoftmaxScores.of(classifier)))

    def process(self, messages: list[Message]) -> list[Message]:
        if self._fitted is None:
            return messages
        classes = self._fitted.scores.classes
        for message in messages:
            if not message.get(TEXT):
                continue
            probabilities = self._fitted.scores.probabilities(self._fitted.features.transform([message]))[0]
            order = np.argsort(probabilities)[::-1][:RANKING_LENGTH]
            ranking = [
                {
                    "id": int(i),
                    "confidence": float(probabilities[i]),
                    "intent_response_key": str(classes[i]),
                }
                for i in order
            ]
            best = int(order[0])
            key = str(classes[best])
            selected = {
                "response": {
                    "responses": [],
                    "confidence": float(probabilities[best]),
                    "intent_response_key": key,
                    "utter_action": f"utter_{key}",
                },
                "ranking": ranking,
            }
            properties = dict(message.get(SELECTOR_PROPERTY) or {})
            properties[self._intent] = selected
            retrieval_intents = set(properties.get("all_retrieval_intents") or []) | {self._intent}
            properties["all_retrieval_intents"] = sorted(retrieval_intents)
            message.set(SELECTOR_PROPERTY, properties, add_to_output=True)
        return messages
