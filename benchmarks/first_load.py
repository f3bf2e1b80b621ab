"""First load: `My Relationships` from navigation to usable, and the JavaScript bytes the
browser downloads, against a blank Reflex app built and served the same way, both running
at once and loaded in turn (so a busier moment of the machine weighs on both alike); with
where the time goes (the median of each stage, in ms after navigation started): the HTML
received, the scripts run (DOMContentLoaded), the first paint, the websocket opened, its
first message, the server's first state delta, and usable: the page's own content on screen
(by the page's clock, in the frame it is first drawn) with that first state arrived.
"""

import json
import os
import statistics
import subprocess
import tempfile
from contextlib import ExitStack
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from benchmarks.browser import chromium, signed_in
from tests.servers import ROOT, demo_app

LOADS = 40
TARGET_RATIO = 1.2
# Notes when the app's websocket opens and first hears from the server, before any script runs.
WATCH_SOCKET = """
window.__socket = {};
const Native = window.WebSocket;
window.WebSocket = function (...args) {
  const socket = new Native(...args);
  window.__socket.created ??= performance.now();
  socket.addEventListener("open", () => (window.__socket.open ??= performance.now()));
  socket.addEventListener("message", (message) => {
    window.__socket.message ??= performance.now();
    if (String(message.data).includes('"delta"')) window.__socket.delta ??= performance.now();
  });
  return socket;
};
window.WebSocket.prototype = Native.prototype;
Object.assign(window.WebSocket, Native);
"""
# Notes the frame in which the page's own content (the CSS selector) is first on screen: read
# from the page, not from Playwright's polling, which checks at growing intervals (20, 50,
# 100, 100, 500 ms) and so would add up to half a second to content the server has to send.
WATCH_CONTENT = """
window.__shown = null;
new MutationObserver((_, watch) => {
  if (!document.querySelector(%s)) return;
  watch.disconnect();
  requestAnimationFrame(() => (window.__shown = performance.now()));
}).observe(document, {childList: true, subtree: true});
"""
STAGES = """() => {
  const navigation = performance.getEntriesByType("navigation")[0];
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  return {
    html: navigation.responseEnd,
    scripts_run: navigation.domContentLoadedEventEnd,
    first_paint: paint ? paint.startTime : null,
    socket_open: window.__socket.open ?? null,
    first_message: window.__socket.message ?? null,
    first_delta: window.__socket.delta ?? null,
  };
}"""
# Usable: the page's own content is on screen and the server's first state has arrived (the
# blank app's heading is in its HTML; myecoach's rows need the websocket and the server).
USABLE = {"myecoach": ".relationship-row", "blank": "h1, h2, h3"}


def _blank_app(folder: Path) -> Path:
    """`reflex init --template blank` in a folder of its own, with our bun."""
    app = folder / "blank"
    app.mkdir()
    env = {
        **os.environ,
        "REFLEX_BUN_PATH": str(ROOT / "tools/node_modules/.bin/bun"),
        "REFLEX_TELEMETRY_ENABLED": "false",
    }
    subprocess.run(
        [
            str(ROOT / ".venv/bin/reflex"),
            "init",
            "--template",
            "blank",
            "--name",
            "blank",
            "--no-agents",
        ],
        cwd=app,
        env=env,
        check=True,
        stdin=subprocess.DEVNULL,
        capture_output=True,
    )
    run = app / "run.sh"
    run.write_text(
        f'#!/bin/sh\ncd "{app}"\n'
        f'export REFLEX_BUN_PATH="{env["REFLEX_BUN_PATH"]}" REFLEX_TELEMETRY_ENABLED=false\n'
        f'exec "{ROOT}/.venv/bin/reflex" run --env prod '
        '--frontend-port "$PORT" --backend-port "$PORT"\n'
    )
    run.chmod(0o755)
    return run


def _load(browser: Browser, url: str, path: str, usable: str, cookies: list) -> dict:
    """One cold load in a fresh context: ms to usable, JavaScript bytes, and its stages."""
    context = browser.new_context(base_url=url)
    context.add_cookies(cookies)
    context.add_init_script(WATCH_SOCKET + WATCH_CONTENT % json.dumps(usable))
    page = context.new_page()
    scripts = []
    page.on(
        "requestfinished",
        lambda request: scripts.append(request) if request.resource_type == "script" else None,
    )
    page.goto(path)
    page.wait_for_selector(usable)
    page.wait_for_function("window.__shown !== null && window.__socket.delta !== undefined")
    stages = page.evaluate(STAGES)
    usable_at = max(page.evaluate("window.__shown"), stages["first_delta"])
    stages["usable"] = usable_at
    page.wait_for_load_state("networkidle")
    js_bytes = sum(r.sizes()["responseBodySize"] for r in scripts)
    context.close()
    return {"ms": usable_at, "js_bytes": js_bytes, "stages": stages}


def _summary(loads: list[dict]) -> dict:
    """p95 to usable, the most JavaScript any load took, and each stage's median."""
    stages = [load["stages"] for load in loads]
    return {
        "p95_ms": statistics.quantiles([load["ms"] for load in loads], n=20)[18],
        "js_bytes": max(load["js_bytes"] for load in loads),
        "stages": {
            stage: statistics.median(s[stage] for s in stages if s[stage] is not None)
            for stage in stages[0]
            if any(s[stage] is not None for s in stages)
        },
    }


def main() -> list[dict]:
    """Measure both apps, their loads interleaved, and print one JSON object per metric."""
    with (
        tempfile.TemporaryDirectory() as folder,
        sync_playwright() as playwright,
        ExitStack() as running,
    ):
        browser = chromium(playwright)
        blank_run, served = _blank_app(Path(folder)), Path(folder) / "blank-served"
        served.mkdir()  # a folder of its own for its log and (unused) database
        blank_url = running.enter_context(demo_app(served, str(blank_run)))
        url = running.enter_context(demo_app(Path(folder)))
        page = signed_in(browser, url, "coach@example.com")
        cookies = page.context.cookies()
        page.context.close()
        apps = {
            "blank": (blank_url, "/", USABLE["blank"], []),
            "myecoach": (url, "/relationships", USABLE["myecoach"], cookies),
        }
        loads: dict[str, list[dict]] = {name: [] for name in apps}
        for round_number in range(LOADS + 1):  # the first round only warms the servers up
            for name, app in apps.items():
                load = _load(browser, *app)
                if round_number:
                    loads[name].append(load)
        browser.close()
    results = {name: _summary(each) for name, each in loads.items()}
    mine, blank = results["myecoach"], results["blank"]
    ratio = mine["js_bytes"] / blank["js_bytes"]
    lines = [
        {
            "name": "first_load_js_bytes",
            "value": mine["js_bytes"],
            "unit": "bytes",
            "baseline": blank["js_bytes"],
            "ratio": round(ratio, 2),
            "target": "ratio <= 1.5",
            "pass": ratio <= 1.5,
        },
        {
            "name": "first_load_time",
            "value": round(mine["p95_ms"], 1),
            "unit": "ms p95",
            "baseline": round(blank["p95_ms"], 1),
            "ratio": round(mine["p95_ms"] / blank["p95_ms"], 2),
            "target": f"p95 ratio <= {TARGET_RATIO} (baseline: the blank app)",
            "pass": mine["p95_ms"] / blank["p95_ms"] <= TARGET_RATIO,
        },
    ]
    lines += [
        {
            "name": f"first_load_stage_{stage}",
            "value": round(at, 1),
            "unit": "ms median after navigation",
            "baseline": round(blank["stages"][stage], 1) if stage in blank["stages"] else None,
            "ratio": round(at / blank["stages"][stage], 2) if stage in blank["stages"] else None,
            "target": "reported (baseline: the blank app)",
            "pass": True,
        }
        for stage, at in mine["stages"].items()
    ]
    for line in lines:
        print(json.dumps(line))
    return lines


if __name__ == "__main__":
    main()
