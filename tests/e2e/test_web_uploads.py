"""Proof documents in a real headless Chromium: two files attached in the widget during a
claim, read, kept, and found on the staff page of the stored claim."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from scripts.browser import THEFT_CLAIM, Widget, browser_available, open_fresh
from scripts.stack import Stack
from tests.conftest import missing_service
from tests.language.drawn_documents import draw, make_document
from tests.web.test_uploads import text_pdf

pytestmark = [
    pytest.mark.e2e,
]


@pytest.fixture(autouse=True)
def chromium_installed() -> None:
    # CI installs the browser (.ci/run), so there a missing one fails instead of skipping.
    if not browser_available():
        missing_service("needs apt-get install chromium chromium-driver")


# The intake up to the proof question, then the rest of it (tests/e2e/test_claims.py's script).
PROOF_QUESTION_AT = 4


def test_two_files_attached_during_a_claim_reach_the_staff_page(
    browser: WebDriver, stack: Stack, tmp_path: Path
) -> None:
    receipt = tmp_path / "receipt photo.jpg"
    receipt.write_bytes(draw(make_document("receipt", 42), 42, size=(1500, 2000)))
    valuation = tmp_path / "valuation.pdf"
    valuation.write_bytes(
        text_pdf(["VALUATION FOR INSURANCE", "Date: 3 March 2024", "Diamond engagement ring", "Replacement value: $8,200.00"])
    )  # fmt: skip

    open_fresh(browser, f"{stack.web_url}/", 1280, 860)
    widget = Widget(browser)
    widget.open()
    widget.wait_for_bot(0)
    for text in THEFT_CLAIM[:PROOF_QUESTION_AT]:
        widget.say(text)
    attach = widget.find(".attach")
    WebDriverWait(browser, 30).until(lambda _: attach.is_displayed())
    widget.find("#advisor-files").send_keys(f"{receipt}\n{valuation}")
    WebDriverWait(browser, 90).until(
        lambda _: [s.text for s in widget.find_all(".upload .upload-state")] == ["Received", "Received"]
    )
    assert len(widget.find_all(".upload-kind select")) == 2
    # The valuation's figure is not the value told: the chat says so in plain words.
    WebDriverWait(browser, 10).until(lambda _: any("$8,200" in m for m in widget.bot_messages()))

    for text in THEFT_CLAIM[PROOF_QUESTION_AT:]:
        widget.say(text)
    sender = json.loads(
        json.dumps(browser.execute_script("return localStorage.getItem('jewelry-advisor:sender');"))
    )
    reference = next(m for m in re.findall(r"JC-[A-Z2-9]{6}", " ".join(widget.bot_messages())))

    browser.delete_all_cookies()
    browser.get(f"{stack.web_url}/staff")
    browser.find_element(By.ID, "name").send_keys(stack.staff_name)
    browser.find_element(By.ID, "password").send_keys(stack.staff_password, Keys.ENTER)
    WebDriverWait(browser, 30).until(lambda d: d.find_element(By.LINK_TEXT, reference)).click()
    WebDriverWait(browser, 30).until(lambda d: d.find_element(By.TAG_NAME, "h1").text == f"Claim {reference}")
    section = browser.find_element(By.CSS_SELECTOR, ".documents").text
    assert "receipt photo.jpg" in section and "valuation.pdf" in section, section
    assert "8,200.00" in section
    assert sender
