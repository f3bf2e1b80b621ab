"""Browser tests: the app started as the README's run command starts it, in real Chromium."""

import shutil
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.servers import CHROMIUM_ARGS, ROOT
from tests.values import DEMO_PASSWORD

AXE = ROOT / "tools" / "node_modules" / "axe-core" / "axe.min.js"


expect.set_options(timeout=15_000)


@pytest.fixture(scope="session")
def browser() -> Browser:
    """Headless Chromium: the system's where there is one, else Playwright's own."""
    system = shutil.which("chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=system, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@contextmanager
def page_opener(browser: Browser, base_url: str) -> Iterator:
    """Open pages in fresh browser contexts (separate people), all closed at the end."""
    contexts = []

    def open_page(width: int = 1280, height: int = 900) -> Page:
        context = browser.new_context(
            base_url=base_url, viewport={"width": width, "height": height}, locale="en-GB"
        )
        contexts.append(context)
        return context.new_page()

    try:
        yield open_page
    finally:
        for context in contexts:
            context.close()


@pytest.fixture
def new_page(browser, app_url):
    """Open pages in fresh browser contexts against the single-process app."""
    with page_opener(browser, app_url) as open_page:
        yield open_page


@pytest.fixture
def page(new_page) -> Page:
    """A page in a fresh browser context."""
    return new_page()


def sign_in(page: Page, email: str, password: str = DEMO_PASSWORD) -> Page:
    """Sign in through the form and wait for `My Relationships`."""
    page.goto("/sign-in")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="My Relationships")).to_be_visible()
    return page


def serious_violations(page: Page) -> list[str]:
    """axe-core's serious and critical violations on the page as it is now."""
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("async () => (await axe.run(document)).violations")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results
        if v["impact"] in ("serious", "critical")
    ]
