"""Plays realistic conversations against the running assistant over HTTP and scores them.

A conversation (tests/conversations/*.yml, format in tests/conversations/README.md)
is a *person*, not a script: an opening message, what they answer when asked for each
fact (a list: the first ask, the second, ...), interjections (a question, a
correction, a request for a person) and the facts that must be right at the end. The
runner reads which fact the assistant is asking from the tracker's `requested_slot`
(Rasa's HTTP API, with the API token), answers it from the person's answers (the next
variant on a re-ask, "I'm not sure" when none is left), and stops when the
conversation reaches its end or gets stuck.

Everything here speaks HTTP only; nothing imports the bot. The API token goes with
every call (`?token=` and a bearer header), so the channels accept the sender id
whether or not they require an issued one.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
import yaml

# The day the writers were told it was: their "yesterday" and "last Tuesday" are dates
# counted from it. The assistant is run with SHOP_TODAY pinned to it, so the sets give
# the same answer on any day they are played.
WRITTEN_FOR_DAY = "2026-11-29"
SHOP_TODAY_ENV = {"SHOP_TODAY": WRITTEN_FOR_DAY}
NOT_SURE = "I'm not sure"
MAX_TURNS = 40
# A question asked more than this many times in a row is a loop.
LOOP_AFTER = 2
# After this many asks of one question in a row the person gives up: the rest is noise.
GIVE_UP_AFTER = 5
ENDS = ("advice_given", "claim_stored", "decline_explained", "faq_answered", "handoff", "out_of_scope")
# Expectations that are not slot comparisons.
SPECIAL_EXPECTS = {"claim_flags_include", "answer_mentions"}
OUT_OF_SCOPE_ACTIONS = {"utter_out_of_scope", "action_out_of_scope"}


@dataclass(frozen=True)
class Interjection:
    say: str
    kind: str
    before: str | None = None
    after_end: bool = False


@dataclass(frozen=True)
class Conversation:
    id: str
    flow: str
    opening: str
    answers: dict[str, list[str]]
    expect: dict[str, Any]
    end: str
    region: str = "US"
    interjections: tuple[Interjection, ...] = ()
    note: str = ""


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


def load_conversations(path: Path) -> list[Conversation]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    conversations = []
    for node in raw.get("conversations") or []:
        interjections = tuple(
            Interjection(
                say=str(i["say"]),
                kind=str(i.get("kind") or "question"),
                before=i.get("before"),
                after_end=bool(i.get("after_end")),
            )
            for i in node.get("interjections") or []
        )
        conversations.append(
            Conversation(
                id=str(node["id"]),
                flow=str(node.get("flow") or ""),
                opening=str(node["opening"]),
                answers={str(k): _as_list(v) for k, v in (node.get("answers") or {}).items()},
                expect=dict(node.get("expect") or {}),
                end=str(node.get("end") or ""),
                region=str(node.get("region") or "US"),
                interjections=interjections,
                note=str(node.get("note") or ""),
            )
        )
    return conversations


def load_questions(path: Path, part: str = "questions") -> list[str]:
    """`questions` (out of scope: the honest reply is right) or `near_misses` (in scope
    though they sound otherwise: the honest reply is wrong)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [str(q) for q in raw.get(part) or []]


class Assistant:
    """The running assistant as one person sees it, plus the tracker API for the runner."""

    def __init__(self, rasa_url: str, token: str, sender: str | None = None, timeout: float = 60) -> None:
        self.rasa_url = rasa_url.rstrip("/")
        self.token = token
        self.sender = sender or f"conv-{uuid.uuid4().hex[:16]}"
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def say(self, text: str) -> list[str]:
        response = self.session.post(
            f"{self.rasa_url}/webhooks/rest/webhook",
            params={"token": self.token},
            json={"sender": self.sender, "message": text},
            timeout=self.timeout,
        )
        response.raise_for_status()
        return [str(m.get("text") or "") for m in response.json() if m.get("text")]

    def tracker(self) -> dict[str, Any]:
        response = self.session.get(
            f"{self.rasa_url}/conversations/{self.sender}/tracker",
            params={"token": self.token},
            timeout=self.timeout,
        )
        response.raise_for_status()
        tracker: dict[str, Any] = response.json()
        return tracker


@dataclass
class Turn:
    user: str
    bot: list[str]
    asked: str | None  # the slot the assistant asks for after this turn
    actions: list[str]  # actions run in this turn
    intent: str | None = None  # what the model filed the person's message under


@dataclass
class Result:
    id: str
    flow: str
    end: str
    reached: str | None = None
    facts: dict[str, bool] = field(default_factory=dict)
    wrong: dict[str, Any] = field(default_factory=dict)
    loops: list[str] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    error: str | None = None
    written: dict[str, int] = field(default_factory=dict)  # answers the set has, per question

    @property
    def passed(self) -> bool:
        return self.error is None and self.reached == self.end and all(self.facts.values())

    def transcript(self) -> str:
        lines = []
        for turn in self.turns:
            lines.append(f"  > {turn.user}")
            lines += [f"    {text}" for text in turn.bot]
            lines.append(f"    [actions: {', '.join(turn.actions)}; asks: {turn.asked}]")
        return "\n".join(lines)


def _turn_actions(tracker: dict[str, Any]) -> list[str]:
    """The actions run since the latest user message (and the responses they sent)."""
    actions: list[str] = []
    for event in reversed(tracker.get("events") or []):
        if event.get("event") == "user":
            break
        if event.get("event") == "action" and event.get("name") not in {"action_listen", None}:
            actions.append(str(event["name"]))
        # A hand-over done inside another action (a form's fallback, an unclear message)
        # counts as the hand-over action.
        if event.get("event") == "slot" and event.get("name") == "handoff_requested" and event.get("value"):
            actions.append("action_handoff")
        # A response a custom action sent by name counts as that response's action.
        utter = (event.get("metadata") or {}).get("utter_action") if event.get("event") == "bot" else None
        if utter and utter not in actions:
            actions.append(str(utter))
    return list(reversed(actions))


def _asked(tracker: dict[str, Any]) -> str | None:
    if not (tracker.get("active_loop") or {}).get("name"):
        return None
    slot = (tracker.get("slots") or {}).get("requested_slot")
    return str(slot) if slot else None


def reached_end(tracker: dict[str, Any], actions: list[str]) -> str | None:
    """Which end this turn reached, if any (in order of how final it is)."""
    slots = tracker.get("slots") or {}
    if slots.get("handoff_requested") and "action_handoff" in actions:
        return "handoff"
    if slots.get("claim_reference") and "action_submit_claim" in actions:
        return "claim_stored"
    if "action_explain_decline" in actions and slots.get("decline_reason") and not _asked(tracker):
        return "decline_explained"
    if "action_give_coverage_advice" in actions and slots.get("coverage_recommendation"):
        return "advice_given"
    if OUT_OF_SCOPE_ACTIONS & set(actions):
        return "out_of_scope"
    if {"action_answer_faq", "action_answer_follow_up"} & set(actions) and slots.get("faq_last"):
        return "faq_answered"
    return None


class Player:
    """Plays one conversation."""

    def __init__(self, conversation: Conversation, assistant: Assistant) -> None:
        self.conversation = conversation
        self.assistant = assistant
        self.result = Result(conversation.id, conversation.flow, conversation.end)
        self.result.written = {slot: len(v) for slot, v in conversation.answers.items()}
        self.asks: Counter[str] = Counter()  # how many times each slot was answered
        self.pending = [i for i in conversation.interjections if not i.after_end]
        self.after_end = [i for i in conversation.interjections if i.after_end]
        self.asked_slots: set[str] = set()
        self.bot_text: list[str] = []
        self.final_tracker: dict[str, Any] = {}
        self.reached_expected = False

    def send(self, text: str) -> tuple[Turn, dict[str, Any]]:
        bot = self.assistant.say(text)
        tracker = self.assistant.tracker()
        intent = ((tracker.get("latest_message") or {}).get("intent") or {}).get("name")
        turn = Turn(text, bot, _asked(tracker), _turn_actions(tracker), intent)
        self.result.turns.append(turn)
        self.bot_text += bot
        return turn, tracker

    def unsaid_correction(self) -> Interjection | None:
        """A correction still to say whose question was never asked."""
        return next(
            (i for i in self.pending if i.kind == "correction" and i.before not in self.asked_slots),
            None,
        )

    def answer_for(self, slot: str) -> str:
        variants = self.conversation.answers.get(slot) or []
        if not variants and slot == "region":
            # The person knows which country their policy is from.
            variants = ["New Zealand" if self.conversation.region == "NZ" else "the US"]
        index = self.asks[slot]
        self.asks[slot] += 1
        return variants[index] if index < len(variants) else NOT_SURE

    def play(self) -> Result:
        try:
            self._play()
        except (requests.RequestException, ValueError) as error:
            self.result.error = f"{type(error).__name__}: {error}"
        self._check()
        return self.result

    def _play(self) -> None:
        turn, tracker = self.send(self.conversation.opening)
        in_a_row, last_asked = 0, None
        for _ in range(MAX_TURNS):
            reached = reached_end(tracker, turn.actions)
            if reached:
                self.result.reached = reached
                if reached == self.conversation.end:
                    self.reached_expected = True
            asked = turn.asked
            if self.reached_expected and asked is None and not self.after_end:
                unsaid = self.unsaid_correction()
                if unsaid is None:
                    break
                # As above, once the flow has ended (the advice given): said after it.
                self.pending.remove(unsaid)
                self.after_end.append(unsaid)
            if asked is None:
                # A flow ended (or nothing is asked): what the person says next, if anything.
                if not self.after_end:
                    break  # nothing asked, not the expected end: stuck
                turn, tracker = self.send(self.after_end.pop(0).say)
                in_a_row, last_asked = 0, None
                continue
            in_a_row = in_a_row + 1 if asked == last_asked else 1
            last_asked = asked
            if in_a_row == LOOP_AFTER + 1:
                self.result.loops.append(asked)
            if in_a_row > GIVE_UP_AFTER:
                break
            self.asked_slots.add(asked)
            interjection = next((i for i in self.pending if i.before == asked), None)
            if interjection is None and asked == "claim_confirmed":
                # A correction meant for a question the assistant never asked (its answer
                # came with another) is said when the summary shows: not dropped.
                interjection = self.unsaid_correction()
            if interjection is not None and in_a_row == 1:
                self.pending.remove(interjection)
                turn, tracker = self.send(interjection.say)
                continue
            turn, tracker = self.send(self.answer_for(asked))
        if self.reached_expected:
            self.result.reached = self.conversation.end
        self.final_tracker = tracker

    def _check(self) -> None:
        slots = facts_as_told(self.final_tracker or {})
        for key, expected in self.conversation.expect.items():
            got: Any
            if key == "answer_mentions":
                text = " ".join(self.bot_text).lower()
                ok = any(str(word).lower() in text for word in _as_list(expected))
                got = None
            elif key == "claim_flags_include":
                got = slots.get("claim_flags") or []
                ok = set(_as_list(expected)) <= set(got)
            else:
                got = slots.get(key)
                ok = fact_matches(key, expected, got)
            self.result.facts[key] = ok
            if not ok:
                self.result.wrong[key] = {"expected": expected, "got": got}


def facts_as_told(tracker: dict[str, Any]) -> dict[str, Any]:
    """The slots, except that a stored claim's intake, cleared when it was saved, counts
    as it stood when it was submitted: the events are replayed, and the slots that
    action_submit_claim emptied keep their values."""
    slots: dict[str, Any] = {}
    after_submit = False
    for event in tracker.get("events") or []:
        if event.get("event") == "action":
            after_submit = event.get("name") == "action_submit_claim"
        elif event.get("event") == "slot":
            if after_submit and event.get("value") is None:
                continue
            slots[str(event.get("name"))] = event.get("value")
    final = dict(tracker.get("slots") or {})
    return {**final, **{k: v for k, v in slots.items() if final.get(k) is None}}


def fact_matches(slot: str, expected: Any, got: Any) -> bool:
    if slot == "currency" and got is None:
        got = "USD"  # the contract's default: what the store keeps when none was said
    if got is None:
        return expected is None
    if slot == "police_report_number":
        return _squash(str(expected)) in _squash(str(got))
    if slot in {"proof_documents", "claim_flags", "missing_documents"}:
        return set(_as_list(expected)) <= set(_as_list(got))
    if isinstance(expected, bool) or isinstance(got, bool):
        return bool(expected) is bool(got) and isinstance(got, bool)
    if isinstance(expected, int | float):
        try:
            return abs(float(got) - float(expected)) <= max(0.005 * abs(float(expected)), 0.01)
        except (TypeError, ValueError):
            return False
    if slot in {"claimant_email"}:
        return str(expected).strip().lower() == str(got).strip().lower()
    if slot == "claimant_phone":
        return same_phone(expected, got)
    if slot in {"claimant_name"}:
        return " ".join(str(expected).lower().split()) == " ".join(str(got).lower().split())
    return str(expected) == str(got)


def same_phone(expected: Any, got: Any) -> bool:
    """One number however it is spaced or punctuated: "(415) 555-0132" is "4155550132"."""
    digits = ["+" * str(n).strip().startswith("+") + re.sub(r"\D", "", str(n)) for n in (expected, got)]
    return digits[0] == digits[1] and bool(digits[0].strip("+"))


def _squash(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def play_all(
    conversations: Iterable[Conversation], rasa_url: str, token: str, workers: int = 4
) -> list[Result]:
    def one(conversation: Conversation) -> Result:
        return Player(conversation, Assistant(rasa_url, token)).play()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(one, conversations))


@dataclass(frozen=True)
class ScopeResult:
    question: str
    outcome: str  # out_of_scope | faq_answer | faq_unknown | flow | fallback | other
    reply: str


def scope_outcome(actions: list[str], tracker: dict[str, Any]) -> str:
    if OUT_OF_SCOPE_ACTIONS & set(actions):
        return "out_of_scope"
    if (tracker.get("active_loop") or {}).get("name"):
        return "flow"
    if {"action_answer_faq", "action_answer_follow_up"} & set(actions):
        return "faq_answer" if (tracker.get("slots") or {}).get("faq_last") else "faq_unknown"
    if "utter_please_rephrase" in actions or "action_default_fallback" in actions:
        return "fallback"
    return "other"


def ask_all(questions: Iterable[str], rasa_url: str, token: str, workers: int = 4) -> list[ScopeResult]:
    def one(question: str) -> ScopeResult:
        assistant = Assistant(rasa_url, token)
        try:
            reply = assistant.say(question)
            tracker = assistant.tracker()
        except requests.RequestException as error:
            return ScopeResult(question, "error", str(error))
        return ScopeResult(question, scope_outcome(_turn_actions(tracker), tracker), " / ".join(reply))

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(one, questions))


def handoff_cause(result: Result) -> str | None:
    """Why a conversation that was not meant to end with a person did, in words that
    quote nothing the person said (so the report of a set kept aside can be read): the
    question asked before it, how many times in a row, the intent of the message that
    led to it, and the first action of that turn."""
    if result.reached != "handoff" or result.end == "handoff" or not result.turns:
        return None
    last = result.turns[-1]
    before = result.turns[-2].asked if len(result.turns) > 1 else None
    in_a_row = 0
    for turn in reversed(result.turns[:-1]):
        if turn.asked != before:
            break
        in_a_row += 1
    first_action = last.actions[0] if last.actions else None
    # Whether the set had an answer left for that question, or the runner said "not sure";
    # how many it had, and how often the question was asked in all (a count, no words).
    answered = "the runner's 'not sure'" if last.user == NOT_SURE else "a written answer"
    asked_in_all = sum(turn.asked == before for turn in result.turns[:-1])
    written = result.written.get(before or "", 0)
    return (
        f"at {before or 'no question'} (asked {in_a_row}x), intent {last.intent}, via {first_action}, "
        f"with {answered} ({written} written, asked {asked_in_all}x in all), meant to end {result.end}"
    )


def summary(results: list[Result]) -> dict[str, Any]:
    """The report: share that passed, facts right per slot, loops, what failed most."""
    per_slot: dict[str, Counter[str]] = defaultdict(Counter)
    for result in results:
        for slot, ok in result.facts.items():
            per_slot[slot]["right" if ok else "wrong"] += 1
    failures = [r for r in results if not r.passed]
    causes: Counter[str] = Counter()
    for result in failures:
        if result.error:
            causes["error"] += 1
        elif result.reached != result.end:
            causes[f"end {result.end} not reached (got {result.reached})"] += 1
        for slot in result.wrong:
            causes[f"wrong {slot}"] += 1
    by_flow: dict[str, Counter[str]] = defaultdict(Counter)
    for result in results:
        by_flow[result.flow]["total"] += 1
        by_flow[result.flow]["passed"] += int(result.passed)
    return {
        "conversations": len(results),
        "passed": len(results) - len(failures),
        "share_passed": (len(results) - len(failures)) / len(results) if results else 0.0,
        "reached_end": sum(r.reached == r.end for r in results),
        "loops": sum(len(r.loops) for r in results),
        "conversations_with_loops": sum(bool(r.loops) for r in results),
        "facts_per_slot": {
            slot: {"right": c["right"], "total": c["right"] + c["wrong"]}
            for slot, c in sorted(per_slot.items())
        },
        "by_flow": {flow: dict(c) for flow, c in sorted(by_flow.items())},
        "failure_causes": dict(causes.most_common()),
        "handoff_causes": dict(Counter(c for r in failures if (c := handoff_cause(r))).most_common()),
    }


def scope_summary(results: list[ScopeResult]) -> dict[str, Any]:
    outcomes = Counter(r.outcome for r in results)
    return {
        "questions": len(results),
        "share_out_of_scope_reply": outcomes["out_of_scope"] / len(results) if results else 0.0,
        "outcomes": dict(outcomes.most_common()),
    }


def failure_report(results: list[Result]) -> str:
    blocks = []
    for result in results:
        if result.passed:
            continue
        head = f"{result.id} ({result.flow}): end {result.end}, reached {result.reached}"
        if result.wrong:
            head += f"; wrong {result.wrong}"
        if result.loops:
            head += f"; loops {result.loops}"
        if result.error:
            head += f"; error {result.error}"
        blocks.append(head + "\n" + result.transcript())
    return "\n\n".join(blocks)
