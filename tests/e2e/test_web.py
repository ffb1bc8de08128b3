"""The chat widget and the staff pages in a real headless Chromium, against the running stack
(the trained model, the action server, the web app), no mocks."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

import pytest
import requests
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select, WebDriverWait

from bot.conversation_ids import is_issued
from bot.store.claims import ClaimStore
from scripts.browser import (
    SENDER_KEY,
    THEFT_CLAIM,
    Widget,
    browser_available,
    open_fresh,
    set_viewport,
    storage_item,
)
from scripts.stack import Stack
from tests.conftest import missing_service
from tests.e2e.conftest import Chat

pytestmark = [
    pytest.mark.e2e,
]


@pytest.fixture(autouse=True)
def chromium_installed() -> None:
    # CI installs the browser (.ci/run), so there a missing one fails instead of skipping.
    if not browser_available():
        missing_service("needs apt-get install chromium chromium-driver")


T = TypeVar("T")
XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture
def fresh_page(browser: WebDriver, stack: Stack) -> WebDriver:
    """The demo page with nothing remembered from an earlier test."""
    return open_fresh(browser, f"{stack.web_url}/", 1280, 860)


def settled(browser: WebDriver, condition: Callable[[WebDriver], T]) -> T:
    """Waits for a condition on the page that a click is loading (not the one it leaves)."""
    waiting = WebDriverWait(
        browser, 30, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)
    )
    return waiting.until(condition)


def tracker(stack: Stack, sender: str) -> dict:
    response = requests.get(
        f"{stack.rasa_url}/conversations/{sender}/tracker", params={"token": stack.token}, timeout=30
    )
    response.raise_for_status()
    return response.json()


def user_texts(stack: Stack, sender: str) -> list[str]:
    return [e["text"] for e in tracker(stack, sender)["events"] if e["event"] == "user"]


def test_widget_conversation_with_quick_replies_survives_a_reload(
    fresh_page: WebDriver, stack: Stack
) -> None:
    widget = Widget(fresh_page)
    assert not widget.is_open() and widget.launcher.get_attribute("aria-expanded") == "false"
    widget.open()
    assert widget.launcher.get_attribute("aria-expanded") == "true"
    assert widget.focused_id() == "advisor-input"  # focus goes to the message box
    # For screen readers: new messages are announced, the box and the panel are named.
    log = widget.find(".log")
    assert (log.get_attribute("role"), log.get_attribute("aria-live")) == ("log", "polite")
    assert widget.find("label[for='advisor-input']").get_attribute("textContent") == "Your message"
    assert widget.panel.get_attribute("aria-labelledby") == "advisor-title"
    greeting = widget.wait_for_bot(0)
    assert "I help you protect your jewelry" in greeting[0]
    assert "Help me choose cover" in widget.quick_replies()

    asked = widget.say("I just bought a $8,500 engagement ring")
    assert widget.transport() == "socketio"
    assert re.search(r"travel|wear", asked[-1], re.I), asked
    choices = widget.quick_replies()
    assert {"Yes", "No"} <= set(choices), choices
    assert all(b.tag_name == "button" for b in widget.find_all(".replies .reply"))

    widget.press("Yes")
    said_last = [m for m in widget.messages() if m.sender == "user"][-1]
    assert said_last.text == "Yes"  # the button's title is shown, not its payload
    assert len(widget.find_all(".replies")) == 1  # only the newest question keeps buttons
    sender = storage_item(fresh_page, SENDER_KEY)
    assert sender and re.fullmatch(r"[0-9a-f]{32}-[0-9a-f]{32}", sender)  # issued by the web app
    slots = tracker(stack, sender)["slots"]
    assert slots["item_value"] == 8500 and slots["item_type"] == "engagement_ring"

    # What a customer types is shown as text, never run as HTML.
    widget.say(XSS)
    assert any(m.sender == "user" and m.text == XSS for m in widget.messages())
    assert widget.find_all(".log img") == []
    shown_before = widget.messages()
    replies_before = widget.quick_replies()

    fresh_page.refresh()
    widget = Widget(fresh_page)
    assert storage_item(fresh_page, SENDER_KEY) == sender
    widget.open()
    assert widget.messages() == shown_before  # the conversation is still on screen
    assert widget.quick_replies() == replies_before  # the last question's buttons come back too
    # ...and it goes on on the server: the same tracker gets the next message.
    widget.say("I live in the city")
    assert user_texts(stack, sender)[-1] == "I live in the city"
    assert tracker(stack, sender)["slots"]["item_value"] == 8500

    # Escape closes the panel and gives focus back to the launcher.
    widget.input.send_keys(Keys.ESCAPE)
    assert not widget.is_open()
    assert widget.focused_id() == "launcher"


def test_new_chat_asks_first_then_starts_a_new_conversation(fresh_page: WebDriver, stack: Stack) -> None:
    widget = Widget(fresh_page)
    widget.open()
    widget.wait_for_bot(0)
    widget.say("my gold necklace was stolen")
    first = storage_item(fresh_page, SENDER_KEY)
    shown = widget.messages()

    widget.new_chat(confirm=False)  # "Keep this chat": nothing changes
    assert widget.messages() == shown and storage_item(fresh_page, SENDER_KEY) == first

    widget.new_chat()
    greeting = widget.wait_for_bot(0)
    assert "I help you protect your jewelry" in greeting[0]
    second = storage_item(fresh_page, SENDER_KEY)
    assert second and second != first and re.fullmatch(r"[0-9a-f]{32}-[0-9a-f]{32}", second)
    assert "my gold necklace was stolen" not in [m.text for m in widget.messages()]
    widget.say("what is a blanket endorsement?")
    assert user_texts(stack, second)[-1] == "what is a blanket endorsement?"
    assert widget.transport() == "socketio"
    assert "what is a blanket endorsement?" not in user_texts(stack, first)


def test_an_idle_conversation_is_not_shown_to_the_next_visitor(fresh_page: WebDriver, stack: Stack) -> None:
    widget = Widget(fresh_page)
    widget.open()
    widget.wait_for_bot(0)
    widget.say("my gold necklace was stolen")
    first = storage_item(fresh_page, SENDER_KEY)
    # The last message was 31 minutes ago (the demo page's idle time is the default, 30).
    fresh_page.execute_script(
        "window.localStorage.setItem('jewelry-advisor:active', String(Date.now() - 31 * 60 * 1000));"
    )
    fresh_page.refresh()
    widget = Widget(fresh_page)
    widget.open()
    greeting = widget.wait_for_bot(0)
    assert "I help you protect your jewelry" in greeting[0]
    assert "my gold necklace was stolen" not in [m.text for m in widget.messages()]
    second = storage_item(fresh_page, SENDER_KEY)
    assert second and second != first


@pytest.mark.parametrize("transport", ["socketio", "rest"])
def test_an_id_the_server_no_longer_accepts_is_replaced(
    browser: WebDriver, stack: Stack, transport: str
) -> None:
    # As after a restart with a new CONVERSATION_SECRET: the stored id is refused (socket.io
    # session_refused, REST 403) and the widget carries on under a new one.
    browser.get(f"{stack.web_url}/?transport={transport}")
    stale = "0" * 32 + "-" + "0" * 32
    browser.execute_script(
        "localStorage.clear(); localStorage.setItem(arguments[0], arguments[1]);"
        "localStorage.setItem('jewelry-advisor:active', String(Date.now()));",
        SENDER_KEY,
        stale,
    )
    browser.refresh()
    widget = Widget(browser)
    widget.open()
    assert "I help you protect your jewelry" in widget.wait_for_bot(0)[0]  # the greeting got through
    reply = widget.say("what is a blanket endorsement?")
    assert "blanket" in " ".join(reply).lower(), reply
    fresh = storage_item(browser, SENDER_KEY)
    assert fresh != stale and is_issued(fresh, stack.conversation_secret)
    assert user_texts(stack, fresh)[-1] == "what is a blanket endorsement?"
    assert widget.transport() == transport


def test_widget_falls_back_to_rest(browser: WebDriver, stack: Stack) -> None:
    browser.get(f"{stack.web_url}/?transport=rest")
    browser.execute_script("window.localStorage.clear();")
    browser.refresh()
    widget = Widget(browser)
    widget.open()
    widget.wait_for_bot(0)
    reply = widget.say("I just bought a $8,500 engagement ring")
    assert widget.transport() == "rest"
    assert re.search(r"travel|wear", reply[-1], re.I), reply
    assert {"Yes", "No"} <= set(widget.quick_replies())


def test_panel_fits_a_phone_screen(fresh_page: WebDriver) -> None:
    set_viewport(fresh_page, 375, 667, phone=True)
    fresh_page.refresh()
    widget = Widget(fresh_page)
    launcher = widget.launcher.rect
    assert launcher["x"] + launcher["width"] <= 375 and launcher["y"] + launcher["height"] <= 667
    widget.open()
    widget.wait_for_bot(0)
    panel = widget.panel.rect
    assert panel["x"] >= 0 and panel["y"] >= 0
    assert panel["x"] + panel["width"] <= 375 and panel["y"] + panel["height"] <= 667
    field = widget.input.rect
    assert field["y"] + field["height"] <= 667 and widget.input.is_displayed()
    assert fresh_page.execute_script("return document.documentElement.scrollWidth") <= 375
    close = widget.find(".close")
    assert close.is_displayed()
    close.click()
    assert not widget.is_open()


def test_staff_find_a_claim_read_its_conversation_and_change_its_status(
    browser: WebDriver, stack: Stack
) -> None:
    chat = Chat(stack)
    for text in THEFT_CLAIM:
        chat.say(text)
    reference = chat.slots()["claim_reference"]
    # The intake script is tests/e2e/test_claims.py's: if this fails, look there first.
    assert reference and re.fullmatch(r"JC-[A-Z2-9]{6}", reference), chat.replies[-1]
    waiting = Chat(stack)
    waiting.say("I want to talk to a person")
    # Words no model reads with confidence: the insights list them as not (well) answered.
    puzzled = Chat(stack)
    puzzled.say("blorptastic frumious wibble 42?")

    outsider = requests.get(f"{stack.web_url}/staff/claims/{reference}", timeout=10)
    assert outsider.status_code == 401 and "Ana Ruiz" not in outsider.text

    browser.delete_all_cookies()
    set_viewport(browser, 1280, 860)
    browser.get(f"{stack.web_url}/staff")
    assert "Staff sign-in" in browser.title
    browser.find_element(By.ID, "name").send_keys(stack.staff_name)
    browser.find_element(By.ID, "password").send_keys(stack.staff_password, Keys.ENTER)
    settled(browser, lambda d: d.find_element(By.ID, "q"))
    browser.find_element(By.ID, "q").send_keys(reference.lower(), Keys.ENTER)
    settled(browser, lambda d: "1 claim," in d.find_element(By.CSS_SELECTOR, ".count").text)
    link = settled(browser, lambda d: d.find_element(By.LINK_TEXT, reference))
    row = link.find_element(By.XPATH, "./ancestor::tr")
    assert "receipt" in row.text and "invited guest theft" in row.text
    link.click()

    settled(browser, lambda d: d.find_element(By.TAG_NAME, "h1").text == f"Claim {reference}")
    lines = browser.find_elements(By.CSS_SELECTOR, ".transcript .line")
    said = [
        (line.get_attribute("class").split()[-1], line.find_element(By.TAG_NAME, "p").text) for line in lines
    ]
    assert said[0] == ("customer", THEFT_CLAIM[0])
    assert ("customer", THEFT_CLAIM[1]) in said
    assert said.index(("customer", THEFT_CLAIM[1])) > 0 and said[1][0] == "assistant"
    assert any(reference in text for who, text in said if who == "assistant")

    Select(browser.find_element(By.ID, "new-status")).select_by_value("in_review")
    browser.find_element(By.ID, "note").send_keys("Checking the receipt")
    browser.find_element(By.XPATH, "//button[text()='Save status']").click()
    settled(browser, lambda d: d.find_element(By.CSS_SELECTOR, "p.status").text == "In review")
    assert "Checking the receipt" in browser.find_element(By.CSS_SELECTOR, ".history").text
    record = ClaimStore(f"sqlite:///{stack.var_dir / 'claims.db'}").get_claim(reference)
    assert record is not None and record.status == "in_review"
    assert record.events[0].actor == stack.staff_name
    # The claimant asking in the chat hears the status staff just set.
    claimant = Chat(stack)
    claimant.say(f"any news on claim {reference}")
    assert "being reviewed by the team" in claimant.said(record.claimant_email)

    browser.find_element(By.PARTIAL_LINK_TEXT, "Handoffs").click()
    handoff = settled(browser, lambda d: d.find_element(By.CSS_SELECTOR, f'a[title="{waiting.sender}"]'))
    handoff.click()
    settled(browser, lambda d: "talk to a person" in d.find_element(By.CSS_SELECTOR, ".transcript").text)

    # The claimant's confirmation went out (to the outbox: this stack sets no SMTP_URL),
    # and every staff page says that mail is not being sent.
    assert "Email is not configured (SMTP_URL)" in browser.find_element(By.CSS_SELECTOR, ".mail-notice").text
    outbox = stack.var_dir / "outbox"
    confirmation = settled(
        browser,
        lambda d: next(
            (f for f in outbox.glob("*.eml") if f"Subject: Claim {reference} received" in f.read_text()), None
        ),
    )
    assert "receipt" in confirmation.read_text() and record.claimant_email in confirmation.read_text()

    # How the assistant is doing: the flow this test completed is counted, and the charts
    # (SVG images drawn on the server) load under the pages' no-script policy.
    browser.find_element(By.PARTIAL_LINK_TEXT, "How the assistant is doing").click()
    settled(browser, lambda d: d.find_element(By.TAG_NAME, "h1").text == "How the assistant is doing")
    flows = browser.find_element(By.ID, "flows-table").text
    intake = next(line for line in flows.splitlines() if line.startswith("claim intake "))
    started, completed = (int(n) for n in intake.removeprefix("claim intake ").split()[:2])
    assert started >= completed >= 1, intake
    loaded = browser.execute_script(
        "return Array.from(document.querySelectorAll('img.chart')).map(i => i.complete && i.naturalWidth)"
    )
    assert len(loaded) == 4 and all(width and width > 0 for width in loaded), loaded
    unanswered = browser.find_element(By.ID, "unanswered-table").text
    assert "blorptastic frumious wibble [number]?" in unanswered, unanswered

    browser.find_element(By.XPATH, "//button[text()='Sign out']").click()
    settled(browser, lambda d: "Staff sign-in" in d.title)
    browser.get(f"{stack.web_url}/staff")
    assert "Staff sign-in" in browser.title and reference not in browser.page_source


def test_rasa_answers_cross_origin_calls_only_from_the_site_origins(stack: Stack) -> None:
    def preflight(origin: str) -> requests.Response:
        return requests.options(
            f"{stack.rasa_url}/webhooks/rest/webhook",
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type",
            },
            timeout=10,
        )

    assert preflight(stack.web_url).headers.get("Access-Control-Allow-Origin") == stack.web_url
    assert "Access-Control-Allow-Origin" not in preflight("https://elsewhere.example").headers
