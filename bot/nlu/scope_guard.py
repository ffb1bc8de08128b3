"""Rasa NLU component: a message closer to the out-of-scope examples than to anything the
assistant handles is out of scope, whatever the intent classifier guessed.

A classifier must pick one of the intents it knows and can be confidently wrong on
things none covers (DIET read "will it rain this weekend?" as `inform` at 0.96), and a
wrong guess about cover is worse than "I don't know". The sentence vectors give a
second opinion that needs no calibration: the nearest training example. When the
nearest out-of-scope example is nearer than every in-scope one, the intent becomes
`out_of_scope` and the classifier's pick stays in the ranking.
On the held-out sets this moved no in-scope question and no decline story (docs/faq.md,
"FAQ accuracy").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.language.claim.claim_type import a_claim_still_to_make, claim_type_from_text, tells_of_a_claim
from bot.language.decline_answers import tells_of_a_decline, tells_of_a_jewelry_decline
from bot.language.facts import names_a_grading_report
from bot.language.requests import (
    about_another_line,
    asks_a_shop_service,
    asks_about_an_insurance_complaint,
    asks_about_cover_in_general,
    asks_about_jewelry_cover,
    asks_about_someone,
    asks_for_a_person,
    asks_how_to_cover,
    asks_to_reach_someone_else,
    asks_to_switch_cover,
    asks_whether_to_insure_it,
    asks_which_cover_for_it,
    holds_a_piece,
    is_hypothetical,
    reads_as_a_question,
    speaks_of_own_piece,
    tells_a_loss_in_a_question,
)
from bot.language.stories import tells_it_happened
from bot.nlu.sentence_featurizer import sentence_vector
from bot.nlu.trained_component import TrainedComponent

# The flows a message about the person's own piece may start, whatever other insurance
# it names; the classifier must be at least this sure of one.
OWN_PIECE_INTENTS = {"ask_coverage_advice", "report_claim", "decline", "report_decline"}
DECLINE_INTENTS = {"decline", "report_decline"}
OWN_PIECE_CONFIDENCE = 0.5
CLAIM_INTENT = "report_claim"
FAQ_INTENT = "faq"
DECLINE_TOLD_INTENT = "report_decline"
ADVICE_INTENT = "ask_coverage_advice"
PERSON_INTENT = "human_handoff"
INFORM_INTENT = "inform"
STATUS_INTENT = "claim_status"


@dataclass(frozen=True)
class ScopeExamples:
    vectors: NDArray[np.float32]  # one unit-length row per training example
    out_of_scope: NDArray[np.bool_]  # which rows are out-of-scope examples

    def to_parts(self) -> tuple[dict[str, NDArray[Any]], dict[str, Any]]:
        return {"vectors": self.vectors, "out_of_scope": self.out_of_scope}, {}

    @classmethod
    def from_parts(cls, arrays: dict[str, NDArray[Any]], meta: dict[str, Any]) -> ScopeExamples:
        return cls(arrays["vectors"], np.asarray(arrays["out_of_scope"], dtype=bool))

    def nearest(self, vector: NDArray[np.float32]) -> tuple[float, float]:
        """Cosine similarity of the nearest out-of-scope and in-scope example."""
        similarity = self.vectors @ vector
        return float(similarity[self.out_of_scope].max()), float(similarity[~self.out_of_scope].max())


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class OutOfScopeGuard(TrainedComponent[ScopeExamples], IntentClassifier):
    fitted_type = ScopeExamples

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # How much nearer the out-of-scope example must be. 0 caught the most out-of-scope
        # questions while moving no held-out in-scope question.
        return {"intent": "out_of_scope", "margin": 0.0}

    def train(self, training_data: TrainingData) -> Resource:
        rows, labels = [], []
        for message in training_data.intent_examples:
            vector = sentence_vector(message)
            if vector is not None and message.get(TEXT):
                rows.append(vector)
                labels.append(message.get(INTENT) == self._config["intent"])
        if rows and any(labels) and not all(labels):
            return self.persist(ScopeExamples(np.vstack(rows), np.array(labels, dtype=bool)))
        return self.persist(None)

    def process(self, messages: list[Message]) -> list[Message]:
        if self._fitted is None:
            return messages
        name = str(self._config["intent"])
        for message in messages:
            vector = sentence_vector(message)
            intent = message.get(INTENT) or {}
            text = str(message.get(TEXT) or "")
            own_piece = speaks_of_own_piece(text)
            if asks_for_a_person(text):
                # "representative", "Kia ora, I'd rather talk to a person about this",
                # "could somebody ring me instead?": a person asked for, whatever else the
                # message says, which no form should open on (nor a greeting answer).
                if intent.get("name") != PERSON_INTENT:
                    self._take_as(message, PERSON_INTENT)
                continue
            if intent.get("name") == PERSON_INTENT and asks_to_reach_someone_else(text):
                # "can you get my mechanic to call me": someone of the person's own to
                # reach, which the assistant cannot do; no person of the shop asked for.
                self._take_as(message, name)
                continue
            if about_another_line(text) or asks_a_shop_service(text) or asks_about_someone(text):
                # "my pet insurance won't cover my dog's surgery", "do you guys do chain
                # repairs?": another line of insurance, or a service of the shop, with no
                # word of jewelry cover. Out of scope, though it sounds like a decline or
                # a claim.
                if intent.get("name") != name:
                    self._take_as(message, name)
                continue
            if intent.get("name") in {name, FAQ_INTENT} and self._switches_cover_of_own_piece(text):
                # "I've got a Submariner with BriteCo, would I be better off scheduling it
                # on my homeowners instead?": other insurance named, but the choice of
                # cover for the person's own piece is the guide's advice to give.
                self._take_as(message, ADVICE_INTENT)
                continue
            if intent.get("name") == name:
                taken = self._in_scope_after_all(text, own_piece)
                if taken:
                    self._take_as(message, taken)
                    continue
            if intent.get("name") == STATUS_INTENT and own_piece and a_claim_still_to_make(text):
                # "lost my TAG on Labour Day ... is it too late to claim?": a claim to make,
                # which has no reference to look up.
                self._take_as(message, CLAIM_INTENT)
                continue
            if own_piece and tells_of_a_claim(text):
                # "lost my wedding band skiing at vail": what happened to the person's own
                # piece is a claim, however far from jewelry the rest of the words are.
                if intent.get("name") == name:
                    self._take_as(message, CLAIM_INTENT)
                continue
            if (
                intent.get("name") == name
                and own_piece
                and reads_as_a_question(text)
                and tells_a_loss_in_a_question(text)
                and claim_type_from_text(text) is not None
            ):
                # "does my homeowners pay if my toddler flushed my earring down the toilet
                # this morning?": a loss of the person's own, asked about; the question is
                # answered and the claim taken in.
                self._take_as(message, FAQ_INTENT)
                continue
            if intent.get("name") == name and (
                names_a_grading_report(text) or asks_about_jewelry_cover(text)
            ):
                # "what is a grading report and do insurers care about it", "is a lab-grown
                # diamond insured at the same value as a natural one?": a diamond's papers
                # and cover for jewelry are the FAQ's to answer (or to say it does not know).
                self._take_as(message, FAQ_INTENT)
                continue
            if vector is None or intent.get("name") == name:
                continue
            sure = float(intent.get("confidence") or 0.0) >= OWN_PIECE_CONFIDENCE
            if intent.get("name") in OWN_PIECE_INTENTS and sure and own_piece:
                # "my cuban link is on a briteco policy but the renewal went up": words of
                # other insurance around the person's own piece, which the classifier
                # took for advice, a claim or a decline. Jewelry, so in scope.
                continue
            if intent.get("name") in DECLINE_INTENTS and sure and tells_of_a_jewelry_decline(text):
                # "claim denied. adjuster said my homeowners only covers named perils and
                # losing it isn't one of them": a decline of a piece, though none is named.
                continue
            if asks_about_jewelry_cover(text):
                continue  # a question of jewelry cover is never out of scope, however it sounds
            nearest_out, nearest_in = self._fitted.nearest(vector)
            if nearest_out <= nearest_in + float(self._config["margin"]):
                if intent.get("name") == INFORM_INTENT and asks_about_cover_in_general(text):
                    # "quick q, does specifying a piece cost extra each year or is it
                    # included in contents": heard as the guide's facts, but a question
                    # about cover in general, with nothing of the person's in it.
                    self._take_as(message, FAQ_INTENT)
                continue
            guarded = {"name": name, "confidence": 1.0}
            ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != name]
            message.set(INTENT, guarded, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [guarded, *ranking], add_to_output=True)
            message.set(
                "scope_guard",
                {"nearest_out_of_scope": nearest_out, "nearest_in_scope": nearest_in},
                add_to_output=True,
            )
        return messages

    @staticmethod
    def _in_scope_after_all(text: str, own_piece: bool) -> str | None:
        """The flow a message the classifier called out of scope belongs to, when its
        words say so: a settlement or refusal of the person's own ("my homeowners paid me
        1500 for a rolex worth 11k. how is that fair"), a question about an insurance
        complaint ("is the ombudsman free to use?"), or cover asked for their own piece
        beside the cover they have ("I have renters with X. do I need extra for my
        bracelet?")."""
        if tells_of_a_decline(text):
            return DECLINE_TOLD_INTENT
        if asks_about_an_insurance_complaint(text):
            return FAQ_INTENT
        if own_piece and (asks_how_to_cover(text) or asks_which_cover_for_it(text)):
            return ADVICE_INTENT
        if holds_a_piece(text) and (
            asks_how_to_cover(text) or asks_which_cover_for_it(text) or asks_whether_to_insure_it(text)
        ):
            # "just bought a used Rolex for $9,400, do i need insurance or is that overkill":
            # a piece the person has, cover asked for it.
            return ADVICE_INTENT
        if (
            own_piece
            and not reads_as_a_question(text)
            and tells_it_happened(text)
            and not is_hypothetical(text)
            and claim_type_from_text(text) is not None
        ):
            # "Since her last visit my Cartier has not been in the bowl. I would like to
            # get the paperwork started": what happened to the person's own piece, told
            # with a polite want (which `tells_of_a_claim` reads as a worry).
            return CLAIM_INTENT
        return None

    @staticmethod
    def _switches_cover_of_own_piece(text: str) -> bool:
        """Sets the cover the person's own piece has against another; a loss or a refusal
        told with it is the claim's or the decline's, whatever else it asks."""
        if tells_of_a_decline(text) or tells_of_a_claim(text):
            return False
        return holds_a_piece(text) and asks_to_switch_cover(text)

    def _take_as(self, message: Message, intent_name: str) -> None:
        """The classifier's pick replaced by `intent_name`, the rest kept in the ranking."""
        chosen = {"name": intent_name, "confidence": 1.0}
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != intent_name]
        message.set(INTENT, chosen, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [chosen, *ranking], add_to_output=True)
