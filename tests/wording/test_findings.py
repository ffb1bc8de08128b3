"""The facts behind a flag and a document check, said in plain words from their data."""

from __future__ import annotations

from datetime import date

import pytest

from bot.rules.claims import Flag
from bot.rules.documents import DocumentFinding
from bot.wording.claims import flag_facts_text
from bot.wording.documents import finding_text


@pytest.mark.parametrize(
    ("flag", "text"),
    [
        (Flag("care_plan_no_loss_theft", claim_type="lost"), "covers repairs only, and this is a lost claim"),
        (
            Flag("claim_limit", amount=8000.0, limit=1500.0, currency="NZD"),
            "an unlisted NZ$8,000 piece against a limit of about NZ$1,500",
        ),
        (Flag("named_perils_no_disappearance"), "a lost piece that was not listed on the policy"),
        (Flag("proof_of_ownership", documents=("photo", "video")), "photo and video only: no receipt"),
        (Flag("proof_of_ownership"), "no documents only"),
        (Flag("reasonable_care", words=("gym", "sink")), 'the description mentions "gym", "sink"'),
    ],
)
def test_a_flag_says_the_facts_that_raised_it(flag: Flag, text: str) -> None:
    assert text in flag_facts_text(flag)


@pytest.mark.parametrize(
    ("finding", "text"),
    [
        (
            DocumentFinding(
                "valuation_outdated", "v.pdf", kind="valuation", document_date=date(2019, 6, 1), years=3
            ),
            "dated 1 June 2019, more than 3 years before the loss",
        ),
        (
            DocumentFinding(
                "value_mismatch",
                "r.jpg",
                kind="bank_statement",
                document_amount=7000.0,
                told_amount=9000.0,
                currency="USD",
            ),  # fmt: skip
            "The bank statement says $7,000; you told me $9,000",
        ),
        (
            DocumentFinding("item_not_mentioned", "r.jpg", item_type="engagement_ring"),
            "the engagement ring in r.jpg",
        ),
        (DocumentFinding("single_photo_only", "p.jpg"), "A single photo is the only proof so far"),
    ],
)
def test_a_document_finding_says_what_it_saw(finding: DocumentFinding, text: str) -> None:
    assert text in finding_text(finding)
