"""Event round trip: click `Save` until the saved session is on screen, against the
lightest event of the same page (ticking `Notify the other participant`, whose handler
only sets a flag), measured the same way: click until the change is on screen.

Runs the app with scripts/run.sh (single process, SQLite) and prints one JSON object.
"""

import argparse
import json
import statistics
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from benchmarks.browser import EDITOR, chromium, signed_in, tick_notify_twice, timed_click
from tests.servers import demo_app

TARGET_RATIO = 1.25
NEW_VERSION = "return document.querySelector('form')?.dataset.version !== {!r};"


def measure(url: str, rounds: int) -> tuple[list[float], list[float]]:
    """Milliseconds per save, and per tick of the checkbox, interleaved."""
    with sync_playwright() as playwright:
        browser = chromium(playwright)
        page = signed_in(browser, url, "coach@example.com")
        page.goto(EDITOR)
        page.get_by_role("button", name="Save").wait_for()
        saves, ticks = [], []
        for round_number in range(rounds):
            page.get_by_label("Location").fill(f"Room {round_number}")
            version = page.locator("form").get_attribute("data-version")
            saves.append(timed_click(page, "button", "Save", NEW_VERSION.format(version)))
            ticks += tick_notify_twice(page)
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
        "target": f"p95 ratio <= {TARGET_RATIO} (baseline: the no-op event)",
        "pass": p95["save"] / p95["baseline"] <= TARGET_RATIO,
    }
    print(json.dumps(result))
    return [result]


if __name__ == "__main__":
    main()
