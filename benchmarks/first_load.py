"""First load: `My Relationships` from navigation to usable, and the JavaScript bytes the
browser downloads, against a blank Reflex app built and served the same way in this run; with
where the time goes (the median of each stage, in ms after navigation started): the HTML
received, the scripts run (DOMContentLoaded), the first paint, the websocket opened, its
first message (the state delta), the page's own data on screen.
"""

import json
import os
import statistics
import subprocess
import tempfile
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
  socket.addEventListener("message", () => (window.__socket.message ??= performance.now()));
  return socket;
};
window.WebSocket.prototype = Native.prototype;
Object.assign(window.WebSocket, Native);
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
  };
}"""
# Usable: the page's own data is on screen, which needs the websocket and the server.
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


def _loads(browser: Browser, url: str, path: str, usable: str, cookies: list) -> dict:
    """Cold loads in fresh contexts: ms to usable and JavaScript bytes, per load. The first
    load only warms the server up (its first queries, lazy imports) and is not counted."""
    times, js_bytes, stages = [], [], []
    for _ in range(LOADS + 1):
        context = browser.new_context(base_url=url)
        context.add_cookies(cookies)
        context.add_init_script(WATCH_SOCKET)
        page = context.new_page()
        scripts = []
        page.on(
            "requestfinished",
            lambda request, found=scripts: (
                found.append(request) if request.resource_type == "script" else None
            ),
        )
        page.goto(path)
        page.wait_for_selector(usable)
        times.append(page.evaluate("performance.now()"))
        stages.append({**page.evaluate(STAGES), "usable": times[-1]})
        page.wait_for_load_state("networkidle")
        js_bytes.append(sum(r.sizes()["responseBodySize"] for r in scripts))
        context.close()
    times, js_bytes, stages = times[1:], js_bytes[1:], stages[1:]
    return {
        "p95_ms": statistics.quantiles(times, n=20)[18],
        "js_bytes": max(js_bytes),
        "stages": {
            stage: statistics.median(s[stage] for s in stages if s[stage] is not None)
            for stage in stages[0]
            if any(s[stage] is not None for s in stages)
        },
    }


def main() -> list[dict]:
    """Measure both apps and print one JSON object per metric."""
    results = {}
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = chromium(playwright)
        blank_run = _blank_app(Path(folder))
        for name, script in (("blank", str(blank_run)), ("myecoach", "run.sh")):
            with demo_app(Path(folder), script) as url:
                cookies = []
                if name == "myecoach":
                    page = signed_in(browser, url, "coach@example.com")
                    cookies = page.context.cookies()
                    page.context.close()
                path = "/relationships" if name == "myecoach" else "/"
                results[name] = _loads(browser, url, path, USABLE[name], cookies)
        browser.close()
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
