"""The chat widget as a visitor uses it (issue 15), in a real headless Chromium against the
running stack (trained model, action server, web app), no mocks: rich messages, the
structured parts (card, summary with Edit, reference chip, progress, checkboxes), the
greeting's four jobs, "Start over" asking first, the typing bubble, keyboards, the open
state across a reload, no focus jump after a tap, and an axe-core check of each state
(no serious or critical violations; axe-core comes from node_modules, see package.json).
"""

from __future__ import annotations

import json
import re
import time

import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from scripts.browser import (
    AXE,
    SENDER_KEY,
    Widget,
    browser_available,
    open_fresh,
    set_viewport,
    storage_item,
)
from scripts.stack import Stack
from tests.conftest import missing_service

pytestmark = [pytest.mark.e2e]


@pytest.fixture(autouse=True)
def chromium_installed() -> None:
    # CI installs the browser and npm (.ci/run), so there a missing one fails instead of skipping.
    if not browser_available():
        missing_service("needs apt-get install chromium chromium-driver")


@pytest.fixture
def page(browser: WebDriver, stack: Stack) -> WebDriver:
    """The demo page at 1366x900 with nothing remembered from an earlier test."""
    return open_fresh(browser, f"{stack.web_url}/", 1366, 900)


def tracker_slots(stack: Stack, sender: str) -> dict:
    response = requests.get(
        f"{stack.rasa_url}/conversations/{sender}/tracker", params={"token": stack.token}, timeout=30
    )
    response.raise_for_status()
    slots: dict = response.json()["slots"]
    return slots


def no_serious_violations(widget: Widget) -> None:
    violations = widget.accessibility_violations()
    assert violations == [], json.dumps(violations, indent=1)


def until(widget: Widget, condition, timeout: float = 60):  # type: ignore[no-untyped-def]
    return WebDriverWait(widget.driver, timeout).until(lambda _: condition())


def asked_next(widget: Widget, words: str) -> None:
    """Waits until the bot's last message (the next question) contains these words."""
    until(widget, lambda: words.lower() in widget.bot_messages()[-1].lower())


def test_axe_core_is_installed() -> None:
    # The accessibility checks below load it into the page: a missing one fails, not skips.
    assert AXE.exists() and "axe" in AXE.read_text(encoding="utf-8")[:2000]


def test_bot_markup_is_built_safely_and_customer_text_stays_text(page: WebDriver) -> None:
    """Stored messages are drawn the way live ones are: the markup of the bot's text
    becomes lists, bold and links (http(s), mailto and tel only); the customer's text,
    markup or HTML, stays text."""
    bot_text = (
        "Here is **what to do**:\n- call [the shop](tel:+6495550100)\n- or write to help@example-jeweler.test\n"
        "- not [this](javascript:alert(1)) nor [that](data:text/html,x)\n\nMore at https://example.com/help."
    )
    user_text = "**not bold** <img src=x onerror=alert(1)> [x](https://evil.test)"
    stored = {
        "at": int(time.time() * 1000),
        "messages": [
            {"from": "user", "text": user_text},
            {"from": "bot", "text": bot_text, "buttons": []},
        ],
    }
    page.execute_script(
        "localStorage.setItem('jewelry-advisor:sender', arguments[0]);"
        "localStorage.setItem('jewelry-advisor:active', String(Date.now()));"
        "localStorage.setItem('jewelry-advisor:messages', arguments[1]);",
        "0" * 32 + "-" + "0" * 32,
        json.dumps(stored),
    )
    page.refresh()
    widget = Widget(page)
    widget.open()
    user = widget.find(".message.user")
    assert user.find_elements(By.CSS_SELECTOR, "strong, a, img") == []
    assert user.text.endswith(user_text)
    bot = widget.find(".message.bot")
    items = [li.text for li in bot.find_elements(By.CSS_SELECTOR, "ul.bullets > li")]
    assert len(items) == 3 and items[0] == "call the shop"
    assert bot.find_element(By.CSS_SELECTOR, "strong").text == "what to do"
    hrefs = [a.get_attribute("href") for a in bot.find_elements(By.CSS_SELECTOR, "a")]
    assert hrefs == ["tel:+6495550100", "mailto:help@example-jeweler.test", "https://example.com/help"]
    assert "this" in bot.text and "that" in bot.text  # unsafe links are shown as their words
    assert widget.find_all(".log img") == []
    web = bot.find_element(By.CSS_SELECTOR, "a[href^='https']")
    assert web.get_attribute("rel") == "noopener noreferrer" and web.get_attribute("target") == "_blank"


def test_greeting_offers_the_four_jobs_with_the_ways_out_apart(page: WebDriver) -> None:
    widget = Widget(page)
    widget.open()
    greeting = widget.wait_for_bot(0)
    assert "automated assistant" in greeting[0]
    answers = [b.text for b in widget.find_all(".replies > .reply")]
    assert answers == ["Help me choose cover", "Make a claim", "A claim was refused", "Ask a question"]
    ways_out = widget.find_all(".replies .ways-out .reply.way-out")
    assert [b.text for b in ways_out] == ["Talk to a person"]
    # The panel says what it is.
    disclaimer = widget.find(".disclaimer").text
    assert "Automated assistant" in disclaimer and "not" in disclaimer and "advice" in disclaimer
    assert widget.panel.get_attribute("aria-describedby") == "advisor-disclaimer"
    no_serious_violations(widget)

    asked = widget.press("Ask a question")
    assert "for example" in asked[-1]
    answer = widget.say("is a lost stone covered?")
    assert answer


def test_the_i_dont_know_reply_offers_the_four_jobs_too(page: WebDriver) -> None:
    widget = Widget(page)
    widget.open()
    widget.wait_for_bot(0)
    widget.say("who should I set up a Roth IRA with?")
    asked_next(widget, "ask your insurer")
    answers = [b.text for b in widget.find_all(".replies > .reply")]
    assert answers == ["Help me choose cover", "Make a claim", "A claim was refused", "Ask a question"]
    assert [b.text for b in widget.find_all(".replies .ways-out .reply")] == ["Talk to a person"]
    opened = widget.click_and_wait(widget.button(".replies .reply", "A claim was refused"))
    assert opened and widget.quick_replies()  # the refused-claim flow asks its first question


def test_talk_to_a_person_gives_the_shop_email_as_a_link(page: WebDriver) -> None:
    widget = Widget(page)
    widget.open()
    widget.wait_for_bot(0)
    said = widget.click_and_wait(widget.button(".replies .reply", "Talk to a person"))
    assert "pass you to a person" in said[-1]
    last = widget.find_all(".message.bot")[-1]
    mail = last.find_element(By.CSS_SELECTOR, "a[href^='mailto:']")
    assert mail.get_attribute("href") == "mailto:help@example-jeweler.test"


def test_the_guide_shows_progress_a_card_and_a_correction_says_what_changed(
    page: WebDriver, stack: Stack
) -> None:
    set_viewport(page, 390, 844, phone=True)
    page.refresh()
    widget = Widget(page)
    widget.open()
    widget.wait_for_bot(0)
    widget.say("I just bought a $8,500 engagement ring")
    until(widget, lambda: widget.progress())
    assert re.fullmatch(r"Question \d of 6", widget.progress()[-1]), widget.progress()
    for answer in ("no", "yes", "we live in the city", "homeowners"):
        widget.say(answer)
        if widget.find_all(".message.card"):
            break
    card = until(widget, lambda: widget.find_all(".message.card"))[-1]
    assert card.find_element(By.CSS_SELECTOR, ".card-title").text
    assert "Expected cost" in card.find_element(By.CSS_SELECTOR, ".card-cost").text
    assert card.find_elements(By.CSS_SELECTOR, ".card-reasons li")
    # The reply is read from its start: the card's top is in view, not scrolled past.
    in_view = page.execute_script(
        "const log = arguments[0], card = arguments[1];"
        "return card.offsetTop >= log.scrollTop - 1 && card.offsetTop < log.scrollTop + log.clientHeight;",
        widget.find(".log"),
        card,
    )
    assert in_view
    no_serious_violations(widget)

    asked_next(widget, "change an answer")  # the whole reply is in
    reasons = card.find_element(By.CSS_SELECTOR, ".card-reasons").text
    bubbles_before = len(widget.bot_messages())
    cards_before = len(widget.find_all(".message.card"))
    widget.say("actually it's worth $7,000")
    updated = until(widget, lambda: widget.find_all(".message.card")[cards_before:])[-1]
    assert updated.find_element(By.CSS_SELECTOR, ".card-kicker").text.lower() == "updated recommendation"
    assert re.search(r"stays the same|changes from|moves from", updated.text)
    # What changed, and the "change an answer" line: not the whole advice again.
    until(widget, lambda: "change an answer" in widget.bot_messages()[-1])
    new = widget.bot_messages()[bubbles_before:]
    assert len(new) <= 3 and not any(reasons in message for message in new), new
    assert len(widget.find_all(".message.card")) == cards_before + 1
    sender = storage_item(page, SENDER_KEY)
    assert sender and tracker_slots(stack, sender)["item_value"] == 7000


def test_a_claim_with_progress_privacy_keyboards_checkboxes_summary_edit_and_reference(
    page: WebDriver, stack: Stack
) -> None:
    widget = Widget(page)
    widget.open()
    widget.wait_for_bot(0)
    opened = widget.click_and_wait(widget.button(".replies .reply", "Make a claim"))
    until(widget, lambda: widget.progress())
    text = " ".join(widget.bot_messages())
    assert "sorry" in text.lower() and re.search(r"about \d+ short questions", text), opened
    assert widget.progress()[-1].startswith("Question 1 of ")

    widget.say("my $9,000 engagement ring was stolen last Friday")
    asked_next(widget, "what happened")
    # Four answers in one message: the count moves on past them.
    assert re.fullmatch(r"Question ([5-9]|1\d) of \d+", widget.progress()[-1]), widget.progress()
    widget.say("The plumber was working in the house and it was on the dresser")
    asked_next(widget, "listed")
    widget.press("No")
    asked_next(widget, "police report")
    widget.say("the report number is 2611-4471")

    # The proof question: checkboxes, several at once.
    checklist = until(widget, lambda: widget.find_all(".checklist"))[0]
    boxes = checklist.find_elements(By.CSS_SELECTOR, "input[type=checkbox]")
    assert len(boxes) >= 5 and "None of these" in widget.quick_replies()
    labels = {b.get_attribute("value"): b for b in boxes}
    labels["Receipt"].click()
    labels["Photos of the piece"].click()
    before = len(widget.bot_messages())
    checklist.find_element(By.CSS_SELECTOR, ".send-checked").click()
    widget.wait_for_bot(before)
    assert [m for m in widget.messages() if m.sender == "user"][-1].text == "Receipt and Photos of the piece"

    # A privacy note with its link comes before the first personal question.
    until(widget, lambda: "name" in widget.bot_messages()[-1])
    note = widget.find_all(".message.bot")[-1]
    assert "used only for this claim" in note.text
    assert note.find_element(By.CSS_SELECTOR, "a").get_attribute("href").startswith("https://")
    widget.say("Ana Ruiz")
    asked_next(widget, "email")
    assert widget.input.get_dom_attribute("inputmode") == "email"
    assert widget.input.get_dom_attribute("autocomplete") == "email"
    widget.say("ana.ruiz@example.com")
    asked_next(widget, "phone")
    assert widget.input.get_dom_attribute("inputmode") == "tel"
    widget.say("+64 21 555 0199")

    # The summary: a line per answer, each with Edit, which asks that one question again.
    summary = until(widget, lambda: widget.find_all(".message.summary"))[-1]
    lines = {
        row.find_element(By.CSS_SELECTOR, "dt").text: row
        for row in summary.find_elements(By.CSS_SELECTOR, ".summary-line")
    }
    assert {"Value", "Police report", "Proof you have", "Email"} <= set(lines)
    assert all(row.find_elements(By.CSS_SELECTOR, "button.edit") for row in lines.values())
    assert widget.input.get_dom_attribute("inputmode") is None  # back to the plain keyboard
    no_serious_violations(widget)
    asked = widget.click_and_wait(lines["Police report"].find_element(By.CSS_SELECTOR, "button.edit"))
    assert "police report" in asked[-1].lower()
    widget.say("2611-9999")
    summary = until(widget, lambda: widget.find_all(".message.summary")[1:])[-1]
    assert "2611-9999" in summary.text
    sender = storage_item(page, SENDER_KEY)
    assert sender and tracker_slots(stack, sender)["police_report_number"] == "2611-9999"

    widget.press("Yes, submit it")
    chip = until(widget, lambda: widget.find_all(".message .reference"))[-1]
    code = chip.find_element(By.CSS_SELECTOR, ".reference-code").text
    assert re.fullmatch(r"JC-[A-HJ-NP-Z2-9]{6}", code)
    assert tracker_slots(stack, sender)["claim_reference"] == code
    copy = chip.find_element(By.CSS_SELECTOR, "button.copy")
    assert copy.get_attribute("aria-label") == f"Copy reference {code}"
    no_serious_violations(widget)


def test_start_over_in_a_claim_asks_first_and_restarts_the_claim(page: WebDriver, stack: Stack) -> None:
    widget = Widget(page)
    widget.open()
    widget.wait_for_bot(0)
    widget.say("my gold necklace was stolen yesterday")
    until(widget, lambda: "Start over" in widget.quick_replies())
    start_over = widget.button(".replies .reply", "Start over")
    assert "way-out" in start_over.get_attribute("class")  # apart from the answers
    start_over.click()
    ask = widget.find(".ask-restart")
    assert "claim" in ask.text.lower() and not widget.find(".replies").is_displayed()
    widget.find(".keep-going").click()  # "No, keep going": the question's buttons come back
    assert widget.find_all(".ask-restart") == [] and widget.find(".replies").is_displayed()
    sender = storage_item(page, SENDER_KEY)
    assert sender and tracker_slots(stack, sender)["claim_type"] == "theft"

    widget.button(".replies .reply", "Start over").click()
    progress_before = len(widget.progress())
    widget.click_and_wait(widget.find(".confirm-start-over"))
    until(widget, lambda: len(widget.progress()) > progress_before)
    assert widget.progress()[-1].startswith("Question 1 of ")
    until(widget, lambda: "stolen, lost, or damaged" in widget.bot_messages()[-1])
    slots = tracker_slots(stack, sender)
    assert slots["claim_type"] is None and slots["requested_slot"] == "claim_type"


def test_typing_bubble_sits_in_the_log_and_speaks_up_in_a_long_wait(page: WebDriver, stack: Stack) -> None:
    # The REST transport, its answer held back in the page for 8 s: a long wait to watch.
    # (Chromium's network emulation leaves 127.0.0.1 unthrottled.)
    page.get(f"{stack.web_url}/?transport=rest")
    widget = Widget(page)
    widget.open()
    widget.wait_for_bot(0)
    page.execute_script(
        "const real = window.fetch;"
        "window.fetch = (url, options) => String(url).includes('/webhooks/rest/')"
        " ? new Promise(resolve => setTimeout(resolve, 8000)).then(() => real(url, options))"
        " : real(url, options);"
    )
    before = len(widget.bot_messages())
    widget.input.send_keys("what is a blanket endorsement?\n")
    typing = widget.find(".typing")
    assert typing.is_displayed()
    # A bot bubble in the log, after the question it answers.
    assert page.execute_script(
        "const t = arguments[0]; return t.parentNode.classList.contains('log') && t === t.parentNode.lastElementChild"
        " && t.previousElementSibling.classList.contains('user');",
        typing,
    )
    note = until(widget, lambda: widget.find(".typing-note").text, timeout=30)
    assert "Still working" in note
    assert widget.find(".status").get_attribute("textContent") == "Still working on your answer"
    widget.wait_for_bot(before)
    assert not widget.typing() and widget.find(".typing-note").get_attribute("textContent") == ""


def test_open_chat_stays_open_after_a_reload_without_taking_the_focus(page: WebDriver) -> None:
    widget = Widget(page)
    widget.open()
    widget.wait_for_bot(0)
    page.refresh()
    widget = Widget(page)
    until(widget, widget.is_open, timeout=10)
    assert widget.focused_id() is None  # the page keeps its focus
    widget.find(".close").click()
    page.refresh()
    widget = Widget(page)  # the widget reopens (or not) as it is added to the page
    assert not widget.is_open()


def test_a_tap_on_an_answer_does_not_open_the_keyboard(page: WebDriver) -> None:
    set_viewport(page, 390, 844, phone=True)
    page.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5})
    try:
        page.refresh()
        widget = Widget(page)
        widget.open()
        widget.wait_for_bot(0)
        widget.say("I just bought a $8,500 engagement ring")
        button = until(widget, lambda: [b for b in widget.find_all(".replies .reply") if b.text == "No"])[0]
        box = page.execute_script(
            "const r = arguments[0].getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2];",
            button,
        )
        before = len(widget.bot_messages())
        point = {"x": box[0], "y": box[1]}
        page.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [point]})
        page.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
        widget.wait_for_bot(before)
        assert [m for m in widget.messages() if m.sender == "user"][-1].text == "No"
        assert widget.focused_id() != "advisor-input"
    finally:
        page.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": False})
