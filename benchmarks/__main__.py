"""Every benchmark in one command: JSON per metric, a readable table, and RESULTS.md.

    .venv/bin/python -m benchmarks               # as the machine is
    .venv/bin/python -m benchmarks --busy-core   # with another process keeping one core busy

The run's figures block of benchmarks/RESULTS.md is rewritten; the analysis around it is kept.
"""

import json
import os
import platform
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from datetime import date
from pathlib import Path

from benchmarks import (
    calendar_feed,
    clash_check,
    data_scale,
    delivery,
    first_load,
    mail,
    many_users,
    overview,
    people_import,
    round_trip,
    sign_in_flood,
)

RESULTS = Path(__file__).with_name("RESULTS.md")
BUSY_CORE = "--busy-core"
BLOCKS = {  # where each kind of run's figures go in RESULTS.md
    False: ("<!-- figures -->", "<!-- /figures -->"),
    True: ("<!-- figures, one core busy -->", "<!-- /figures, one core busy -->"),
}


def table(metrics: list[dict]) -> str:
    """The metrics as a Markdown table."""
    rows = [
        "| metric | value | unit | baseline | ratio | target | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for m in metrics:
        cells = [
            m["name"],
            m["value"],
            m["unit"],
            m.get("baseline"),
            m.get("ratio"),
            m["target"],
            "yes" if m["pass"] else "no",
        ]
        rows.append("| " + " | ".join("—" if c is None else str(c) for c in cells) + " |")
    return "\n".join(rows)


def machine() -> str:
    """Where the figures were measured."""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{date.today()}, {platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"{memory:.0f} GiB, Python {platform.python_version()}"
    )


@contextmanager
def one_core_busy() -> Iterator[None]:
    """Another process spinning on one core for as long as the block runs."""
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        yield
    finally:
        spinner.kill()
        spinner.wait()


def main() -> None:
    """Run every benchmark, print the JSON and the table, and update RESULTS.md."""
    busy = BUSY_CORE in sys.argv
    if busy:
        sys.argv.remove(BUSY_CORE)  # the benchmarks read their own options
    with one_core_busy() if busy else nullcontext():
        metrics = run_all()
    for metric in metrics:
        print(json.dumps(metric))
    load = ", with another process keeping one core busy (`while True: pass`)" if busy else ""
    figures = f"Latest run: {machine()}{load}.\n\n{table(metrics)}"
    print(figures)
    start, end = BLOCKS[busy]
    before, rest = RESULTS.read_text().split(start, 1)
    after = rest.split(end, 1)[1]
    RESULTS.write_text(f"{before}{start}\n{figures}\n{end}{after}")


def run_all() -> list[dict]:
    """Every benchmark's metrics, in order."""
    return [
        m
        for module in (
            round_trip,
            first_load,
            data_scale,
            clash_check,
            people_import,
            overview,
            mail,
            calendar_feed,
            delivery,
            many_users,
            sign_in_flood,
        )
        for m in module.main()
    ]


if __name__ == "__main__":
    main()
