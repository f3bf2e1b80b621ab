"""What the browser benchmarks share: signing in, and timing a click until its change shows."""

import shutil

from playwright.sync_api import Browser, Page, Playwright

from tests.servers import CHROMIUM_ARGS

EDITOR = "/relationships/1/sessions/4"
NOTIFY = "Notify the other participant"
# Armed before each click, awaited after it: when the change the click asks for is on screen.
ARM = """(done) => {
  window.clicked = new Promise((resolve) => document.addEventListener('click',
    () => resolve(performance.timeOrigin + performance.now()), {capture: true, once: true}));
  window.shown = new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (!new Function(done)()) return;
      watch.disconnect();
      resolve(performance.timeOrigin + performance.now());
    });
    watch.observe(document.querySelector('main'),
                  {subtree: true, childList: true, characterData: true, attributes: true});
  });
}"""
TICKED = "return document.querySelector('[role=checkbox]')?.getAttribute('aria-checked') === {!r};"


def chromium(playwright: Playwright) -> Browser:
    """The machine's Chromium, headless, as the browser tests run it."""
    return playwright.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)


def signed_in(browser: Browser, url: str, email: str, instance: int | None = None) -> Page:
    """A new context signed in as ``email`` (pinned to cluster ``instance`` if given)."""
    context = browser.new_context(base_url=url)
    if instance:
        context.add_cookies([{"name": "myecoach_instance", "value": str(instance), "url": url}])
    page = context.new_page()
    page.goto("/sign-in")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill("myecoach-demo")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="My Relationships").wait_for()
    return page


def timed_click(page: Page, role: str, name: str, done: str) -> float:
    """Milliseconds from clicking the control until the JavaScript ``done`` holds."""
    page.evaluate(ARM, done)
    page.get_by_role(role, name=name, exact=True).click()
    return page.evaluate("window.shown") - page.evaluate("window.clicked")


def tick_notify_twice(page: Page) -> list[float]:
    """The lightest event of the editor, untick then tick `Notify`: ms for each."""
    return [
        timed_click(page, "checkbox", NOTIFY, TICKED.format(ticked)) for ticked in ("false", "true")
    ]
