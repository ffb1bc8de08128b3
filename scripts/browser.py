"""Headless Chromium for the browser tests and the screenshots, and the widget as a page object.

Debian's chromium and chromium-driver (`apt-get install chromium chromium-driver`) are
used as installed: the driver path is given, so Selenium Manager never downloads one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.shadowroot import ShadowRoot
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

REPO = Path(__file__).resolve().parent.parent
# axe-core, installed from npm by scripts/setup_env.sh (package-lock.json pins it).
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = Path(os.environ.get("CHROMIUM_BINARY", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
# Quiet and self-contained: no GPU, no sandbox (root in CI), nothing fetched in the background.
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)
REPLY_TIMEOUT_S = 60.0

# The theft claim the browser test and the screenshots type into the widget.
THEFT_CLAIM = [
    "my $9,000 engagement ring was stolen last Friday",
    "The plumber was working in the house and it was on the dresser",
    "no",
    "the report number is 2611-4471",
    "only a photo of me wearing it",
    "Ana Ruiz",
    "ana.ruiz@example.com",
    "+64 21 555 0199",
    "yes",
]


def browser_available() -> bool:
    return CHROMIUM.exists() and CHROMEDRIVER.exists()


@contextlib.contextmanager
def chromium(width: int = 1280, height: int = 860) -> Iterator[WebDriver]:
    """A fresh headless Chromium with an empty profile, closed (and its profile removed) after."""
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        set_viewport(driver, width, height)
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


# Where the widget keeps its conversation id in the page's localStorage.
SENDER_KEY = "jewelry-advisor:sender"


def open_fresh(driver: WebDriver, url: str, width: int, height: int) -> WebDriver:
    """The page at this size with nothing remembered from an earlier visit."""
    driver.get(url)
    driver.execute_script("window.localStorage.clear();")
    driver.delete_all_cookies()
    set_viewport(driver, width, height)
    driver.refresh()
    return driver


def set_viewport(driver: WebDriver, width: int, height: int, phone: bool = False) -> None:
    """The page's viewport exactly (a window size would include the browser's frame)."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 2 if phone else 1, "mobile": phone},
    )


@dataclass(frozen=True)
class Message:
    sender: str  # "user" or "bot"
    text: str


class Widget:
    """The chat widget on a page, reached through its shadow root."""

    def __init__(self, driver: WebDriver, timeout: float = REPLY_TIMEOUT_S) -> None:
        self.driver = driver
        self.wait = WebDriverWait(driver, timeout)
        self.host: WebElement = self.wait.until(lambda d: d.find_element(By.ID, "jewelry-advisor-widget"))
        self.root: ShadowRoot = self.host.shadow_root

    def find(self, selector: str) -> WebElement:
        return self.root.find_element(By.CSS_SELECTOR, selector)

    def find_all(self, selector: str) -> list[WebElement]:
        return self.root.find_elements(By.CSS_SELECTOR, selector)

    @property
    def launcher(self) -> WebElement:
        return self.find(".launcher")

    @property
    def panel(self) -> WebElement:
        return self.find(".panel")

    @property
    def input(self) -> WebElement:
        return self.find("#advisor-input")

    def is_open(self) -> bool:
        return self.panel.is_displayed()

    def open(self) -> None:
        if not self.is_open():
            self.launcher.click()
        self.wait.until(lambda _: self.is_open())

    def messages(self) -> list[Message]:
        found = self.driver.execute_script(
            "return Array.from(arguments[0].querySelectorAll('.message'))"
            ".map(m => [m.classList.contains('user') ? 'user' : 'bot', m.textContent]);",
            self.root.find_element(By.CSS_SELECTOR, ".log"),
        )
        return [
            Message(sender, text.removeprefix("You: ").removeprefix("Advisor: ")) for sender, text in found
        ]

    def bot_messages(self) -> list[str]:
        return [m.text for m in self.messages() if m.sender == "bot"]

    def quick_replies(self) -> list[str]:
        return [b.text for b in self.find_all(".replies .reply")]

    def wait_for_bot(self, after: int) -> list[str]:
        """Waits until the bot has said more than `after` messages and stopped typing."""
        self.wait.until(lambda _: len(self.bot_messages()) > after and not self.typing())
        return self.bot_messages()[after:]

    def typing(self) -> bool:
        return self.find(".typing").is_displayed()

    def say(self, text: str) -> list[str]:
        before = len(self.bot_messages())
        self.input.send_keys(text, Keys.ENTER)
        return self.wait_for_bot(before)

    def press(self, title: str) -> list[str]:
        before = len(self.bot_messages())
        button = next(b for b in self.find_all(".replies .reply") if b.text == title)
        button.click()
        return self.wait_for_bot(before)

    def new_chat(self, confirm: bool = True) -> None:
        """ "New chat", then the confirmation's "Start a new chat" (or "Keep this chat")."""
        self.find(".restart").click()
        self.wait.until(lambda _: self.find(".confirm").is_displayed())
        self.find(".confirm-yes" if confirm else ".confirm-no").click()
        self.wait.until(lambda _: not self.find(".confirm").is_displayed())

    def transport(self) -> str | None:
        return self.panel.get_attribute("data-transport")

    def focused_id(self) -> str | None:
        """The id of the focused element inside the widget (None when focus is outside)."""
        focused: str | None = self.driver.execute_script(
            "const a = arguments[0].shadowRoot.activeElement; return a ? (a.id || a.className) : null;",
            self.host,
        )
        return focused

    def progress(self) -> list[str]:
        """The "Question N of M" lines shown so far."""
        return [p.text for p in self.find_all(".log .progress")]

    def button(self, selector: str, title: str) -> WebElement:
        return next(b for b in self.find_all(selector) if b.text == title)

    def click_and_wait(self, element: WebElement) -> list[str]:
        before = len(self.bot_messages())
        element.click()
        return self.wait_for_bot(before)

    def accessibility_violations(self, impacts: tuple[str, ...] = ("serious", "critical")) -> list[dict]:
        """axe-core's violations of these impacts on the page with the widget (its shadow
        root included), as [{id, impact, help, targets}]. axe is loaded from node_modules."""
        if not AXE.exists():
            raise FileNotFoundError(f"{AXE} is missing: run scripts/setup_env.sh (npm ci)")
        self.driver.execute_script(AXE.read_text(encoding="utf-8"))
        result: dict = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {resultTypes: ['violations']})"
            ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
            " targets: v.nodes.map(n => JSON.stringify(n.target))}))))"
            ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));"
        )
        return [v for v in result if v.get("impact") in impacts]


def storage_item(driver: WebDriver, key: str) -> str | None:
    value: str | None = driver.execute_script("return window.localStorage.getItem(arguments[0]);", key)
    return value


def screenshot(driver: WebDriver, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(path))
    return path
