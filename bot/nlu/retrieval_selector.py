"""Rasa NLU component: picks the answer of a retrieval intent (which FAQ, which decline reason).

It replaces Rasa's ResponseSelector, once for `faq` and once for `decline`. With 62 close
FAQ topics and 30 phrasings each, a logistic regression over the sentence vector plus
word counts is more accurate on paraphrases it never saw and trains in seconds (numbers
in docs/faq.md, "FAQ accuracy"). Its output sits where ResponseSelector's would
(`response_selector.<intent>`), so `/model/parse`, `rasa test nlu` and the answering
actions read it the usual way. Whether a confidence is high enough to answer is the
dialogue's decision (bot/rules/), not this one's.

A question told as asked, inside words about who asks ("I work on the floor at the
Sylvia Park store. customer's asking if our care plan covers theft, what do I tell her"),
is also scored on its own ("whether our care plan covers theft"): the words around it
pull the whole message towards other answers (there, the store's). The FAQ pick is the
question's own when the whole message left the selector unsure and the question alone
is surer.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, INTENT, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.linear_model import LogisticRegression

from bot.language.questions_in_answers import relayed_question
from bot.language.sentence_vectors import sentence_encoder
from bot.nlu.softmax_scores import SoftmaxScores
from bot.nlu.text_features import FeatureSettings, TextFeatures, TextModel
from bot.nlu.trained_component import TrainedComponent

SELECTOR_PROPERTY = "response_selector"
RANKING_LENGTH = 10
# Below this, the whole message's pick is open to the relayed question's own (see above).
UNSURE_BELOW = 0.5
# The selectors that read a question told as asked: the FAQ's (a decline story is a
# story, whose reported words are the insurer's, not a question to answer).
READS_RELAYED_QUESTIONS = {"faq"}


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
            probabilities = self._probabilities(message)
            relayed = (
                relayed_question(str(message.get(TEXT))) if self._intent in READS_RELAYED_QUESTIONS else None
            )
            if relayed is not None and probabilities.max() < UNSURE_BELOW:
                own = self._probabilities(self._message_of(relayed))
                if own.max() > probabilities.max():
                    probabilities = own
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

    def _probabilities(self, message: Message) -> np.ndarray:
        assert self._fitted is not None
        return self._fitted.scores.probabilities(self._fitted.features.transform([message]))[0]

    @staticmethod
    def _message_of(text: str) -> Message:
        """A message of `text` alone, with the sentence vector the featurizer would put on it."""
        message = Message(data={TEXT: text})
        vector = sentence_encoder().encode([text])[0]
        message.add_features(
            Features(np.expand_dims(vector, 0), FEATURE_TYPE_SENTENCE, TEXT, "relayed_question")
        )
        return message
