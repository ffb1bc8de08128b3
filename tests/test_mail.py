"""The emails' words (bot/mail_templates): subjects, bodies, one "still needed" paragraph."""

from __future__ import annotations

from bot import mail

DOCUMENTS = ("receipt", "grading_report")


def still_needed(body: str) -> str:
    start = body.index("To move your claim")
    return body[start : body.index("\n\n", body.index("Please reply", start)) + 2]


def test_both_emails_that_ask_for_documents_share_one_paragraph() -> None:
    reminder = mail.documents_still_needed("CLM-7K2", "Ana Ruiz", "ana@example.com", DOCUMENTS, "Aurora")
    confirmation = mail.claim_confirmation("CLM-7K2", "Ana Ruiz", "ana@example.com", DOCUMENTS, "Aurora")
    paragraph = (
        "To move your claim CLM-7K2 forward we still need:\n  - receipt\n  - grading report\n\n"
        "Please reply to this email with them attached, quoting CLM-7K2.\n\n"
    )
    assert still_needed(reminder.body) == still_needed(confirmation.body) == paragraph
    assert reminder.subject == "Claim CLM-7K2: documents still needed"
    assert confirmation.subject == "Claim CLM-7K2 received"
    assert reminder.body == f"Dear Ana Ruiz,\n\n{paragraph}Aurora\n"
    assert reminder.to == confirmation.to == "ana@example.com"


def test_a_confirmation_with_nothing_missing_says_so() -> None:
    body = mail.claim_confirmation("CLM-7K2", "Ana", "ana@example.com", (), "Aurora").body
    assert "still need" not in body and "We have everything we asked for" in body
    assert body.endswith("we will be in touch.\n\nAurora\n")


def test_what_a_customer_typed_is_kept_as_text_not_run_as_a_template() -> None:
    body = mail.documents_still_needed(
        "CLM-1", "{{ shop }} <b>", "a@example.com", ("receipt",), "Aurora"
    ).body
    assert body.startswith("Dear {{ shop }} <b>,\n")  # plain text: not escaped, not evaluated


def test_the_shop_hears_of_a_claim_without_the_claimants_details() -> None:
    message = mail.new_claim_for_shop(
        "shop@example.com", "CLM-1", "theft", "engagement_ring", 9000.0, "USD", ("receipt",),
        ("invited_guest_theft",), "https://shop.example/staff",
    )  # fmt: skip
    assert message.subject == "New claim CLM-1 (theft)"
    assert "Item: engagement ring, USD 9,000" in message.body
    assert "Missing documents: receipt" in message.body and "Flags: invited guest theft" in message.body
    assert message.body.endswith("Open it: https://shop.example/staff/claims/CLM-1\n")
    empty = mail.new_claim_for_shop("s@example.com", "CLM-2", "lost", "ring", 1.0, "NZD", (), (), "https://s")
    assert "Missing documents: none" in empty.body and "Flags: none" in empty.body


def test_the_handoff_email_names_the_flow_and_claim_when_there_is_one() -> None:
    during = mail.new_handoff_for_shop("s@example.com", "claim_intake_form", "CLM-1", "https://s/staff")
    assert during.subject == "A customer is waiting for a person about claim CLM-1"
    assert during.body.startswith(
        "A customer asked to talk to a person during claim intake form about claim CLM-1.\n"
    )
    general = mail.new_handoff_for_shop("s@example.com", None, None, "https://s/staff")
    assert general.subject == "A customer is waiting for a person"
    assert "in general chat." in general.body and general.body.endswith("https://s/staff/handoffs\n")
