"""The custom NLU components, trained and loaded through Rasa's own model storage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.intent_classifier import SentenceIntentClassifier, intents_of_parts
from bot.nlu.retrieval_selector import RetrievalSelector
from bot.nlu.scope_guard import OutOfScopeGuard
from bot.nlu.sentence_featurizer import SentenceVectorFeaturizer
from bot.nlu.trained_component import StoredModelError

FAQS = {
    "faq/homeowners_theft_limit": [
        "what is the theft limit for jewelry on home insurance",
        "how much will my homeowners pay if my ring is stolen",
        "is there a cap on stolen jewelry in a house policy",
    ],
    "faq/care_plan_transfer": [
        "can i transfer my care plan to someone else",
        "does the protection plan pass to a new owner",
        "i gave my watch away, does the plan go with it",
    ],
}
OUT_OF_SCOPE = ["what's the weather tomorrow", "how much is car insurance", "tell me a joke"]
GOODBYE = ["bye", "see you later", "that's all, goodbye"]


def context(name: str) -> ExecutionContext:
    return ExecutionContext(GraphSchema({}), node_name=name)


def featurized(messages: list[Message]) -> list[Message]:
    featurizer = SentenceVectorFeaturizer.create({}, None, None, context("vectors"))  # type: ignore[arg-type]
    return featurizer.process(messages)


def training_data() -> TrainingData:
    examples = [
        Message(data={TEXT: text, INTENT: "faq", INTENT_RESPONSE_KEY: key})
        for key, texts in FAQS.items()
        for text in texts
    ]
    examples += [Message(data={TEXT: text, INTENT: "out_of_scope"}) for text in OUT_OF_SCOPE]
    examples += [Message(data={TEXT: text, INTENT: "goodbye"}) for text in GOODBYE]
    return TrainingData(featurized(examples))


@pytest.fixture
def storage(tmp_path: Path) -> LocalModelStorage:
    return LocalModelStorage(tmp_path)


def test_the_featurizer_adds_one_unit_sentence_vector() -> None:
    (message,) = featurized([Message(data={TEXT: "is my ring covered abroad?"})])
    sequence, sentence = message.get_dense_features(TEXT)
    assert sequence is None and sentence is not None
    assert sentence.features.shape == (1, 384)
    assert np.isclose(np.linalg.norm(sentence.features), 1.0, atol=1e-5)


def test_the_selector_picks_the_faq_entry_of_an_unseen_paraphrase(storage: LocalModelStorage) -> None:
    resource = Resource("faq_selector")
    RetrievalSelector.create({}, storage, resource, context("faq")).train(training_data())
    loaded = RetrievalSelector.load({}, storage, resource, context("faq"))
    (message,) = loaded.process(
        featurized([Message(data={TEXT: "my new owner wants the watch plan moved to her"})])
    )
    picked = message.get("response_selector")["faq"]
    assert picked["response"]["intent_response_key"] == "faq/care_plan_transfer"
    assert 0.5 < picked["response"]["confidence"] <= 1.0
    assert picked["ranking"][0]["intent_response_key"] == "faq/care_plan_transfer"
    assert "faq" in message.get("response_selector")["all_retrieval_intents"]


def test_scope_guard_overrides_a_guess_nearer_the_out_of_scope_examples(storage: LocalModelStorage) -> None:
    resource = Resource("scope")
    OutOfScopeGuard.create({}, storage, resource, context("scope")).train(training_data())
    guard = OutOfScopeGuard.load({}, storage, resource, context("scope"))
    weather, question = featurized(
        [
            Message(data={TEXT: "will it snow this weekend"}),
            Message(data={TEXT: "is theft of my ring capped by my house policy"}),
        ]
    )
    for message in (weather, question):
        message.set(INTENT, {"name": "faq", "confidence": 0.96})
        message.set("intent_ranking", [{"name": "faq", "confidence": 0.96}])
    guard.process([weather, question])
    assert weather.get(INTENT)["name"] == "out_of_scope"
    assert [r["name"] for r in weather.get("intent_ranking")] == ["out_of_scope", "faq"]
    assert question.get(INTENT)["name"] == "faq"


@pytest.mark.parametrize(
    ("intent", "confidence", "kept"),
    [
        ("ask_coverage_advice", 0.8, True),
        ("report_claim", 0.7, True),
        ("faq", 0.9, False),
        ("report_claim", 0.3, False),
    ],
)
def test_scope_guard_leaves_the_persons_own_piece_to_a_flow(
    intent: str, confidence: float, kept: bool, storage: LocalModelStorage
) -> None:
    resource = Resource("scope")
    OutOfScopeGuard.create({}, storage, resource, context("scope")).train(training_data())
    guard = OutOfScopeGuard.load({}, storage, resource, context("scope"))
    (message,) = featurized([Message(data={TEXT: "how much is car insurance for my necklace"})])
    message.set(INTENT, {"name": intent, "confidence": confidence})
    message.set("intent_ranking", [{"name": intent, "confidence": confidence}])
    guard.process([message])
    assert (message.get(INTENT)["name"] == intent) is kept


def test_the_selector_stays_silent_without_a_retrieval_intent_to_learn(storage: LocalModelStorage) -> None:
    resource = Resource("decline_selector")
    config = {"retrieval_intent": "decline"}
    RetrievalSelector.create(config, storage, resource, context("decline")).train(training_data())
    loaded = RetrievalSelector.load(config, storage, resource, context("decline"))
    (message,) = loaded.process(featurized([Message(data={TEXT: "they refused my claim"})]))
    assert message.get("response_selector") is None


def test_the_intent_classifier_ranks_the_intents_of_unseen_messages(storage: LocalModelStorage) -> None:
    resource = Resource("intents")
    SentenceIntentClassifier.create({}, storage, resource, context("intents")).train(training_data())
    loaded = SentenceIntentClassifier.load({}, storage, resource, context("intents"))
    farewell, question, empty = loaded.process(
        featurized(
            [
                Message(data={TEXT: "ok bye then"}),
                Message(data={TEXT: "will my house insurance pay for a stolen necklace"}),
                Message(data={TEXT: ""}),
            ]
        )
    )
    assert farewell.get(INTENT)["name"] == "goodbye"
    assert question.get(INTENT)["name"] == "faq"
    ranking = question.get("intent_ranking")
    assert ranking[0]["name"] == "faq" and len(ranking) == 3
    assert sum(r["confidence"] for r in ranking) == pytest.approx(1.0)
    assert empty.get(INTENT) is None  # nothing to classify


def test_the_parts_of_a_retrieval_intent_add_up_to_it() -> None:
    parts = np.array(["faq/a", "faq/b", "goodbye", "decline/x"])
    intents, summed = intents_of_parts(parts, np.array([[0.25, 0.25, 0.4, 0.1], [0.0, 0.1, 0.0, 0.9]]))
    assert intents == ["decline", "faq", "goodbye"]
    assert summed.tolist() == [[0.1, 0.5, 0.4], [0.9, 0.1, 0.0]]


@pytest.mark.parametrize(
    ("component", "config"),
    [(SentenceIntentClassifier, {}), (RetrievalSelector, {}), (OutOfScopeGuard, {})],
)
def test_a_trained_component_is_stored_as_data_and_loads_to_the_same_answers(
    storage: LocalModelStorage, tmp_path: Path, component: type[Any], config: dict[str, Any]
) -> None:
    resource = Resource(f"stored_{component.__name__}")
    trained = component.create(config, storage, resource, context("stored"))
    trained.train(training_data())
    stored = sorted(p.name for p in (tmp_path / resource.name).iterdir())
    assert stored == ["arrays.npz", "fitted.json"]  # no pickle anywhere
    loaded = component.load(config, storage, resource, context("stored"))
    texts = ["ok bye then", "my new owner wants the watch plan moved to her", "will it snow this weekend"]

    def answers(model: Any) -> list[dict[str, Any]]:
        messages = featurized([Message(data={TEXT: t}) for t in texts])
        for message in messages:  # the guard reads the classifier's pick
            message.set(INTENT, {"name": "faq", "confidence": 0.9})
            message.set("intent_ranking", [{"name": "faq", "confidence": 0.9}])
        return [m.as_dict_nlu() for m in model.process(messages)]

    assert answers(loaded) == answers(trained)


def test_a_model_part_that_is_not_plain_data_is_refused(storage: LocalModelStorage, tmp_path: Path) -> None:
    resource = Resource("intents")
    SentenceIntentClassifier.create({}, storage, resource, context("intents")).train(training_data())
    directory = tmp_path / resource.name
    np.savez(directory / "arrays.npz", words=np.array([{"not": "data"}], dtype=object))
    with pytest.raises(StoredModelError, match="more than numbers and text"):
        SentenceIntentClassifier.load({}, storage, resource, context("intents"))
    (directory / "fitted.json").unlink()
    (directory / "fitted.pkl").write_bytes(b"an older model")
    with pytest.raises(StoredModelError, match="retrain"):
        SentenceIntentClassifier.load({}, storage, resource, context("intents"))


@pytest.mark.parametrize(
    "text",
    [
        "lost my watch hiking in the alps, gutted",
        "my necklace got nicked at the rugby match",
        "someone stole my bracelet at the casino lol",
    ],
)
@pytest.mark.parametrize("intent", ["out_of_scope", "faq"])
def test_a_loss_of_ones_own_piece_is_a_claim_never_out_of_scope(
    text: str, intent: str, storage: LocalModelStorage
) -> None:
    resource = Resource("scope")
    OutOfScopeGuard.create({}, storage, resource, context("scope")).train(training_data())
    guard = OutOfScopeGuard.load({}, storage, resource, context("scope"))
    (message,) = featurized([Message(data={TEXT: text})])
    message.set(INTENT, {"name": intent, "confidence": 0.9})
    message.set("intent_ranking", [{"name": intent, "confidence": 0.9}])
    guard.process([message])
    # The classifier's own out-of-scope pick becomes the claim; any other pick is kept.
    assert message.get(INTENT)["name"] == ("report_claim" if intent == "out_of_scope" else intent)
    assert message.get("intent_ranking")[0]["name"] != "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        "does the GIA cert matter to my insurance company",
        "what's a diamond certificate for, do I need one for cover",
        "should a grading report go with the valuation",
    ],
)
def test_a_question_about_a_diamonds_papers_is_a_question_never_out_of_scope(
    text: str, storage: LocalModelStorage
) -> None:
    resource = Resource("scope")
    OutOfScopeGuard.create({}, storage, resource, context("scope")).train(training_data())
    guard = OutOfScopeGuard.load({}, storage, resource, context("scope"))
    (message,) = featurized([Message(data={TEXT: text})])
    message.set(INTENT, {"name": "out_of_scope", "confidence": 0.9})
    message.set(
        "intent_ranking", [{"name": "out_of_scope", "confidence": 0.9}, {"name": "faq", "confidence": 0.1}]
    )
    guard.process([message])
    assert message.get(INTENT)["name"] == "faq"
    assert [r["name"] for r in message.get("intent_ranking")] == ["faq", "out_of_scope"]


@pytest.mark.parametrize(
    ("text", "intent", "taken_as"),
    [
        # Called out of scope by the classifier, in scope by their words.
        ("tower paid me 900 for a bracelet worth 3k. how is that fair", "out_of_scope", "report_decline"),
        ("is it free to take a complaint to IFSO?", "out_of_scope", "faq"),
        (
            "I've got contents with AMI, do I need extra for my $5000 ring?",
            "out_of_scope",
            "ask_coverage_advice",
        ),
        ("what is the capital of peru", "out_of_scope", "out_of_scope"),
        # Cover for a piece they hold set against another: the guide's advice.
        (
            "we have a Tag Heuer on a Jewelers Mutual policy, would we be better off adding it to our renters?",
            "out_of_scope",
            "ask_coverage_advice",
        ),
        (
            "I've got an Omega with Vero at the moment, thinking of moving it onto my contents instead",
            "faq",
            "ask_coverage_advice",
        ),
        ("is it cheaper to put jewelry on homeowners or on a separate policy?", "faq", "faq"),
        # Only a person asked for, whatever the classifier read.
        ("representative", "inform", "human_handoff"),
        ("live agent now", "out_of_scope", "human_handoff"),
        # A person asked for beside a greeting, a complaint or a subject.
        ("Morena! I'd prefer to chat with a real person if that's ok", "greet", "human_handoff"),
        (
            "not great with these chat things, could someone from the store please ring me",
            "out_of_scope",
            "human_handoff",
        ),
        ("this is getting nowhere, get me a supervisor", "inform", "human_handoff"),
        ("hi, could somebody call me about insuring my mum's pearls", "ask_coverage_advice", "human_handoff"),
        # Another line of insurance, or a service of the shop: out of scope, whatever it sounds like.
        ("my health insurer won't pay for my knee surgery, can I appeal?", "report_decline", "out_of_scope"),
        ("nib declined my claim for physio, help me fight it", "faq", "out_of_scope"),
        ("do you guys do ring resizing? how long does it take", "faq", "out_of_scope"),
        ("what's your returns policy on earrings", "faq", "out_of_scope"),
        # A question of jewelry cover the classifier called out of scope: the FAQ's.
        ("do moissanite rings cost less to insure than diamonds?", "out_of_scope", "faq"),
        ("is a lab grown stone valued the same for insurance?", "out_of_scope", "faq"),
        # A question about cover in general, heard as the guide's facts: the FAQ's.
        ("quick question, is the excess higher on a listed item or the same", "inform", "faq"),
        ("does domestic count? I'm in Auckland most weeks", "inform", "inform"),
    ],
)
def test_scope_guard_takes_a_message_to_the_flow_its_words_name(
    text: str, intent: str, taken_as: str, storage: LocalModelStorage
) -> None:
    resource = Resource("scope")
    OutOfScopeGuard.create({}, storage, resource, context("scope")).train(training_data())
    guard = OutOfScopeGuard.load({}, storage, resource, context("scope"))
    (message,) = featurized([Message(data={TEXT: text})])
    message.set(INTENT, {"name": intent, "confidence": 0.7})
    message.set("intent_ranking", [{"name": intent, "confidence": 0.7}])
    guard.process([message])
    assert message.get(INTENT)["name"] == taken_as
    assert intent in [r["name"] for r in message.get("intent_ranking")]


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        # A real loss of one's own asked as a question: answered, then the claim.
        ("will my renters pay if my son lost my earring at the beach yesterday?", "faq"),
        ("would the contents cover the ring the removalists lost on Saturday?", "faq"),
        # Other lines and the shop's services, jewelry only in passing: out of scope.
        ("how would I insure our new jet ski", "out_of_scope"),
        ("where is my order? placed it two weeks ago for a pendant", "out_of_scope"),
        ("who owns this shop anyway", "out_of_scope"),
    ],
)
def test_the_guard_reads_losses_asked_and_other_subjects(
    text: str, taken: str, storage: LocalModelStorage
) -> None:
    resource = Resource("scope")
    OutOfScopeGuard.create({}, storage, resource, context("scope")).train(training_data())
    guard = OutOfScopeGuard.load({}, storage, resource, context("scope"))
    (message,) = featurized([Message(data={TEXT: text})])
    first = "out_of_scope" if taken == "faq" else "faq"
    message.set(INTENT, {"name": first, "confidence": 0.9})
    message.set("intent_ranking", [{"name": first, "confidence": 0.9}])
    guard.process([message])
    assert message.get(INTENT)["name"] == taken
