"""Every benchmark in one command: JSON per metric, a readable table, and RESULTS.md.

    .venv/bin/python -m benchmarks

The figures block of benchmarks/RESULTS.md is rewritten; the analysis around it is kept.
"""

import json
import os
import platform
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
START, END = "<!-- figures -->", "<!-- /figures -->"


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


def main() -> None:
    """Run every benchmark, print the JSON and the table, and update RESULTS.md."""
    metrics = [
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
    for metric in metrics:
        print(json.dumps(metric))
    figures = f"Latest run: {machine()}.\n\n{table(metrics)}"
    print(figures)
    before, rest = RESULTS.read_text().split(START, 1)
    after = rest.split(END, 1)[1]
    RESULTS.write_text(f"{before}{START}\n{figures}\n{END}{after}")


if __name__ == "__main__":
    main()
