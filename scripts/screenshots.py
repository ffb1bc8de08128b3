"""The README's screenshots: the chat widget (desktop and phone) and a staff claim page.

    python -m scripts.screenshots    # starts its own stack (ADVISOR_MODEL= reuses a model)

Talks to the real assistant in headless Chromium and writes docs/widget-greeting.png
(the four jobs), docs/widget-desktop.png (the recommendation card), docs/widget-phone.png
(a claim's summary with Edit per line), docs/widget-reference.png (the stored claim's
reference chip), docs/staff-claim.png and docs/staff-insights.png.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from scripts.browser import THEFT_CLAIM, Widget, chromium, screenshot, set_viewport
from scripts.paths import REPO
from scripts.stack import Stack, running_stack
from scripts.train import train

DOCS = REPO / "docs"
ADVICE = ["I just bought a $8,500 engagement ring", "no", "yes", "we live in the city", "homeowners"]
# THEFT_CLAIM up to the summary (its last answer, "yes", submits).
CLAIM = THEFT_CLAIM[:-1]


def fresh(driver: WebDriver, stack: Stack, width: int, height: int, phone: bool = False) -> Widget:
    """The demo page with nothing remembered, the chat open and greeted."""
    driver.get(f"{stack.web_url}/")
    driver.execute_script("window.localStorage.clear();")
    set_viewport(driver, width, height, phone=phone)
    driver.refresh()
    widget = Widget(driver)
    widget.open()
    widget.wait_for_bot(0)
    return widget


def until(widget: Widget, selector: str) -> None:
    widget.wait.until(lambda _: widget.find_all(selector))


def widget_shots(driver: WebDriver, stack: Stack, out: Path) -> list[Path]:
    fresh(driver, stack, 1366, 900)
    greeting = screenshot(driver, out / "widget-greeting.png")
    widget = Widget(driver)
    for text in ADVICE:
        widget.say(text)
        if widget.find_all(".message.card"):
            break
    until(widget, ".message.card")
    desktop = screenshot(driver, out / "widget-desktop.png")
    widget = fresh(driver, stack, 390, 844, phone=True)
    for text in CLAIM:
        widget.say(text)
    until(widget, ".message.summary")
    phone = screenshot(driver, out / "widget-phone.png")
    widget.press("Yes, submit it")
    until(widget, ".message .reference")
    reference = screenshot(driver, out / "widget-reference.png")
    return [greeting, desktop, phone, reference]


def file_claim(stack: Stack) -> str:
    sender = stack.new_conversation()
    for text in THEFT_CLAIM:
        response = requests.post(
            f"{stack.rasa_url}/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=60
        )
        response.raise_for_status()
    tracker = requests.get(
        f"{stack.rasa_url}/conversations/{sender}/tracker", params={"token": stack.token}, timeout=30
    ).json()
    reference: str = tracker["slots"]["claim_reference"]
    return reference


def staff_shot(driver: WebDriver, stack: Stack, out: Path) -> Path:
    reference = file_claim(stack)
    set_viewport(driver, 1280, 1500)
    driver.get(f"{stack.web_url}/staff/login")
    driver.find_element(By.ID, "name").send_keys(stack.staff_name)
    driver.find_element(By.ID, "password").send_keys(stack.staff_password, Keys.ENTER)
    WebDriverWait(driver, 30).until(lambda d: d.title.startswith("Claims"))  # signed in
    driver.get(f"{stack.web_url}/staff/claims/{reference}")
    return screenshot(driver, out / "staff-claim.png")


def insights_shot(driver: WebDriver, stack: Stack, out: Path) -> Path:
    """The insights page after the conversations above (signed in by staff_shot)."""
    set_viewport(driver, 1280, 1700)
    driver.get(f"{stack.web_url}/staff/insights?days=7")
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script(
            "return Array.from(document.querySelectorAll('img.chart')).every(i => i.complete && i.naturalWidth)"
        )
    )
    return screenshot(driver, out / "staff-insights.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS)
    args = parser.parse_args()
    # A shop for the pictures; everything else is the assistant as it ships.
    shop = {
        "JEWELER_NAME": "Aurora Fine Jewelry",
        "SHOP_PHONE": "+1 555 0100",
        "SHOP_EMAIL": "help@aurora-jewelry.example",
        "SHOP_HOURS": "Mon-Sat 10am-6pm",
    }
    with running_stack(model=train(), extra_env=shop) as stack, chromium() as driver:
        written = [
            *widget_shots(driver, stack, args.out),
            staff_shot(driver, stack, args.out),
            insights_shot(driver, stack, args.out),
        ]
    for path in written:
        print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
