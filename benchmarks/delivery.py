"""Delivery latency: from the coach's click on `Save` to the coachee's bell changing.

Runs the app as the README does (single process on SQLite, then two instances on
PostgreSQL + Redis behind nginx, coach and coachee on different instances), makes at
least 100 notifying edits and prints p50 / p95 per setup as JSON lines. The baseline is
the lightest event of the coach's page (ticking `Notify`, click until the tick shows),
interleaved with the edits: the quickest anything reaches a screen through the server.
"""

import argparse
import json
import statistics
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from benchmarks.browser import EDITOR, chromium, signed_in, tick_notify_twice
from tests.servers import demo_app, demo_cluster, fresh_postgres_database

REDIS = "redis://127.0.0.1:6379/8"
# Promises armed before each click and awaited after it: nothing polls while measuring.
ARM_BELL = """() => {
  const bell = document.querySelector('#notifications-bell');
  window.bellChanged = new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      watch.disconnect();
      resolve(performance.timeOrigin + performance.now());
    });
    watch.observe(bell, {subtree: true, childList: true, characterData: true});
  });
}"""
ARM_SAVE = """() => {
  const version = document.querySelector('form').dataset.version;
  window.saveClicked = new Promise((resolve) => document.addEventListener('click',
    () => resolve(performance.timeOrigin + performance.now()), {capture: true, once: true}));
  window.saveShown = new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      const form = document.querySelector('form');
      if (form && form.dataset.version !== version) { watch.disconnect(); resolve(); }
    });
    watch.observe(document.body, {subtree: true, childList: true, attributes: true});
  });
}"""


def measure(url: str, changes: int, pinned: bool) -> tuple[list[float], list[float]]:
    """Milliseconds from each click on Save to the coachee's bell changing, and of the
    baseline ticks in between."""
    with sync_playwright() as playwright:
        browser = chromium(playwright)
        coach = signed_in(browser, url, "coach@example.com", 1 if pinned else None)
        coachee = signed_in(browser, url, "coachee@example.com", 2 if pinned else None)
        coach.goto(EDITOR)
        coach.get_by_role("button", name="Save").wait_for()
        latencies, baseline = [], []
        for change in range(changes):
            coach.get_by_label("Location").fill(f"Room {change}")
            coachee.evaluate(ARM_BELL)
            coach.evaluate(ARM_SAVE)
            coach.get_by_role("button", name="Save").click()
            arrived = coachee.evaluate("window.bellChanged")
            coach.evaluate("window.saveShown")  # the coach's form shows the saved version
            latencies.append(arrived - coach.evaluate("window.saveClicked"))
            baseline += tick_notify_twice(coach)
        browser.close()
    return latencies, baseline


def summary(setup: str, target: float, latencies: list[float], baseline: list[float]) -> dict:
    """p50 / p95 of one setup and of its baseline, in milliseconds, against a target ratio."""
    p95 = statistics.quantiles(latencies, n=100)[94]
    baseline_p95 = statistics.quantiles(baseline, n=100)[94]
    return {
        "name": f"delivery_latency ({setup})",
        "value": round(p95, 1),
        "unit": "ms p95",
        "p50": round(statistics.median(latencies), 1),
        "changes": len(latencies),
        "baseline": round(baseline_p95, 1),
        "baseline_p50": round(statistics.median(baseline), 1),
        "ratio": round(p95 / baseline_p95, 2),
        "target": f"p95 ratio <= {target} (baseline: the no-op event)",
        "pass": p95 / baseline_p95 <= target,
    }


def main() -> list[dict]:
    """Measure both setups and print one JSON object per setup."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--changes", type=int, default=100)
    parser.add_argument("--only", choices=["single", "cluster"], help="measure one setup")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        if args.only != "cluster":
            results.append(_single(folder, args.changes))
        if args.only != "single":
            results.append(_cluster(folder, args.changes))
    for result in results:
        print(json.dumps(result))
    return results


def _single(folder: str, changes: int) -> dict:
    with demo_app(Path(folder)) as url:
        return summary("single process, SQLite", 1, *measure(url, changes, False))


def _cluster(folder: str, changes: int) -> dict:
    database = fresh_postgres_database("myecoach_bench_delivery")
    with demo_cluster(Path(folder), database, REDIS) as (url, _, _):
        return summary("2 instances, PostgreSQL + Redis", 1.25, *measure(url, changes, True))


if __name__ == "__main__":
    main()
