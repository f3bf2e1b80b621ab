"""Event round trip: click `Save` until the saved session is on screen, against the
lightest event of the same page (ticking `Notify the other participant`, whose handler
only sets a flag), measured the same way: click until the change is on screen.

Runs the app with scripts/run.sh (single process, SQLite) and prints one JSON object.
"""

import argparse
import json
import shutil
import statistics
import tempfile
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from benchmarks.delivery import EDITOR, _signed_in
from tests.servers import CHROMIUM_ARGS, demo_app

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
NOTIFY = "Notify the other participant"
NEW_VERSION = "return document.querySelector('form')?.dataset.version !== {!r};"


def _timed_click(page: Page, role: str, name: str, done: str) -> float:
    page.evaluate(ARM, done)
    page.get_by_role(role, name=name, exact=True).click()
    return page.evaluate("window.shown") - page.evaluate("window.clicked")


def measure(url: str, rounds: int) -> tuple[list[float], list[float]]:
    """Milliseconds per save, and per tick of the checkbox, interleaved."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS
        )
        page = _signed_in(browser, url, "coach@example.com", None)
        page.goto(EDITOR)
        page.get_by_role("button", name="Save").wait_for()
        saves, ticks = [], []
        for round_number in range(rounds):
            page.get_by_label("Location").fill(f"Room {round_number}")
            version = page.locator("form").get_attribute("data-version")
            saves.append(_timed_click(page, "button", "Save", NEW_VERSION.format(version)))
            for ticked in ("false", "true"):
                ticks.append(_timed_click(page, "checkbox", NOTIFY, TICKED.format(ticked)))
        browser.close()
    return saves, ticks


def main() -> list[dict]:
    """Measure and print p50 / p95 of both, and the p95 ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, demo_app(Path(folder)) as url:
        saves, ticks = measure(url, args.rounds)
    p95 = {
        name: statistics.quantiles(values, n=20)[18]
        for name, values in (("save", saves), ("baseline", ticks))
    }
    result = {
        "name": "event_round_trip",
        "unit": "ms",
        "saves": len(saves),
        "value": round(p95["save"], 1),
        "p50": round(statistics.median(saves), 1),
        "baseline": round(p95["baseline"], 1),
        "baseline_p50": round(statistics.median(ticks), 1),
        "ratio": round(p95["save"] / p95["baseline"], 2),
        "target": "p95 ratio <= 2",
        "pass": p95["save"] / p95["baseline"] <= 2,
    }
    print(json.dumps(result))
    return [result]


if __name__ == "__main__":
    main()
