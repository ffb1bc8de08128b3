"""The routing report reads the route from the tracker, and counts what went where."""

from __future__ import annotations

from tests.conversations.routing import Opening, Routed, route_of, routing_summary


def test_the_open_form_is_the_route() -> None:
    assert (
        route_of({"active_loop": {"name": "decline_explanation_form"}}, ["decline_explanation_form"])
        == "decline"
    )
    assert route_of({"active_loop": {"name": "claim_intake_form"}}, []) == "claim"


def test_without_a_form_the_answering_action_is_the_route() -> None:
    assert route_of({"active_loop": {}}, ["action_answer_faq"]) == "faq"
    assert route_of({}, ["decline_explanation_form", "action_explain_decline"]) == "decline"
    assert route_of({}, ["utter_out_of_scope"]) == "out_of_scope"
    assert route_of({}, ["action_listen_elsewhere"]) == "other"


def test_a_form_that_handed_the_message_on_is_not_the_route() -> None:
    # The guide heard a general question and handed it to the FAQ; a decline story that
    # opened the claim intake was handed to the decline explanation, which finished.
    assert route_of({"active_loop": {}}, ["coverage_advice_form", "action_answer_faq"]) == "faq"
    assert route_of({}, ["claim_intake_form", "decline_explanation_form", "action_explain_decline"]) == (
        "decline"
    )
    assert route_of({}, ["claim_intake_form", "action_handoff"]) == "handoff"
    # Handed on to a form that stays open: the open form.
    assert route_of({"active_loop": {"name": "claim_intake_form"}}, ["coverage_advice_form"]) == "claim"


def test_the_summary_counts_right_and_where_the_rest_went() -> None:
    routed = [
        Routed(Opening("they won't pay", "decline"), "decline"),
        Routed(Opening("they only paid half", "decline"), "claim"),
        Routed(Opening("what's a sublimit?", "faq"), "faq"),
    ]
    report = routing_summary(routed)
    assert (report["right"], report["openings"]) == (2, 3)
    assert report["went_to"]["decline"] == {"decline": 1, "claim": 1}
