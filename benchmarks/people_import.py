"""People import: the preview and the import of 10,000 pairings (20,000 new people) through
the admin use cases, on SQLite and on PostgreSQL, against a same-run baseline that inserts the
same rows (people and relationships) with one SQLAlchemy Core bulk insert per table; then the
admin's people list (first page) and a search at 20,000 people.

Time is measured without tracemalloc (it slows Python, not the database), memory in a run of
its own with it. Each import runs on a database of its own, as a deployment's first import.
"""

import argparse
import json
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, insert
from sqlmodel import SQLModel

from myecoach.db import make_engine, unit_of_work
from myecoach.domain.people_import import COLUMNS
from myecoach.models import Programme, Relationship, User
from myecoach.services.admin import imports, people
from tests.servers import fresh_postgres_database

PAIRINGS = 10_000
PROGRAMMES = 10
RUNS = 3  # timed imports (and baselines) per database kind; the median is reported
REPEATS = 200  # calls per people-list measurement
TARGET_RATIO = 3
TARGET_MS = 50
FIRST_NAMES = (  # noqa: SIM905 (a list of words reads best as words)
    "Claire Daniel Maria Leo Priya Tom Hannah Samuel Chloe Ivan Grace Noah Amara Ben "
    "Sofia Olivia Yusuf Zoe Ada Ian Elodie Soren Mei Kofi Lena Raj Nadia Omar Freya Luca"
).split()
LAST_NAMES = (  # noqa: SIM905 (a list of words reads best as words)
    "Bennett Okafor Santos Fischer Shah Walsh Berg Adeyemi Martin Petrov Liu Kim Diallo "
    "Carter Rossi Reid Demir Adams Lovelace Moss Durand Larsen Chen Mensah Novak Patel "
    "Haddad Khan Lund Bianchi Murphy Kowalski Silva Nguyen Tanaka Schmidt Dubois Jensen "
    "Costa Ahmed"
).split()
SEARCHED = "Daniel Okafor"  # a name the generated people share a few times


def name_of(person: int) -> str:
    """A realistic name for person ``person``: 1,200 first-and-last combinations."""
    first = FIRST_NAMES[person % len(FIRST_NAMES)]
    last = LAST_NAMES[(person // len(FIRST_NAMES)) % len(LAST_NAMES)]
    return f"{first} {last}"


def pairing_rows(count: int) -> list[tuple[str, str, str, str, str, str]]:
    """``count`` pairings of two new people each, over PROGRAMMES programmes, both kinds."""
    return [
        (
            f"Cohort {n % PROGRAMMES}",
            "coaching" if n % 2 else "mentoring",
            f"coach{n:05}@example.org",
            name_of(2 * n),
            f"coachee{n:05}@example.org",
            name_of(2 * n + 1),
        )
        for n in range(count)
    ]


def csv_file(rows: list[tuple[str, ...]]) -> bytes:
    """The rows as the spreadsheet the admin uploads."""
    return "\n".join([",".join(COLUMNS), *(",".join(row) for row in rows)]).encode()


def empty_database(url: str) -> Engine:
    """A database with the tables and one admin, as a new deployment has."""
    engine = make_engine(url)
    SQLModel.metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(
            insert(User),
            [{"id": 1, "email": "admin@example.com", "name": "Alex Admin", "is_admin": True}],
        )
    if engine.dialect.name == "postgresql":  # a sequence past the explicit id, as in production
        with engine.begin() as connection:
            connection.exec_driver_sql("SELECT setval('user_id_seq', 1)")
    return engine


def bulk_insert(engine: Engine, rows: list[tuple[str, ...]]) -> None:
    """The baseline: the same programmes, people and relationships, one Core insert each."""
    programmes = sorted({row[0] for row in rows})
    programme_id = {name: n + 1 for n, name in enumerate(programmes)}
    person_id = {}
    for row in rows:
        for email in (row[2], row[4]):
            person_id.setdefault(email, len(person_id) + 2)
    names = {row[2]: row[3] for row in rows} | {row[4]: row[5] for row in rows}
    with engine.begin() as connection:
        connection.execute(
            insert(Programme), [{"id": i, "name": n} for n, i in programme_id.items()]
        )
        connection.execute(
            insert(User),
            [{"id": i, "email": e, "name": names[e]} for e, i in person_id.items()],
        )
        connection.execute(
            insert(Relationship),
            [
                {
                    "programme_id": programme_id[row[0]],
                    "kind": row[1],
                    "coach_id": person_id[row[2]],
                    "coachee_id": person_id[row[4]],
                }
                for row in rows
            ],
        )


def timed(call: Callable[[], object]) -> float:
    """Seconds one call takes."""
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def peak_memory(call: Callable[[], object]) -> int:
    """Peak bytes Python allocated during one call."""
    tracemalloc.start()
    try:
        call()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def use_case(engine: Engine, name: str, content: bytes, pairings: int) -> Callable[[], object]:
    """The preview, the import, or the same import again, as the admin's page calls them,
    each in a unit of work."""

    def call() -> object:
        with unit_of_work(engine) as db:
            admin = db.get(User, 1)
            run = imports.preview_import if name == "preview" else imports.apply_import
            plan = run(db, admin=admin, content=content)
            created = 0 if name == "again" else pairings
            assert len(plan.new_pairings) == created and not plan.bad_rows
            return plan

    return call


def p95_ms(engine: Engine, query: str) -> float:
    """p95 in ms of the admin's people list with ``query`` (first page)."""
    with unit_of_work(engine) as db:
        admin = db.get(User, 1)
        people.find_people(db, admin=admin, query=query)  # warm caches
        timings = []
        for _ in range(REPEATS):
            started = time.perf_counter()
            page = people.find_people(db, admin=admin, query=query)
            timings.append((time.perf_counter() - started) * 1000)
        assert page.rows
    return statistics.quantiles(timings, n=20)[18]


def measure(backend: str, url_for: Callable[[str], str], pairings: int) -> list[dict]:
    """Every metric on one kind of database."""
    rows = pairing_rows(pairings)
    content = csv_file(rows)
    times: dict[str, list[float]] = {"preview": [], "apply": [], "baseline": []}
    for run in range(RUNS):
        engine = empty_database(url_for(f"import_{run}"))
        times["preview"].append(timed(use_case(engine, "preview", content, pairings)))
        times["apply"].append(timed(use_case(engine, "apply", content, pairings)))
        engine.dispose()
        engine = empty_database(url_for(f"baseline_{run}"))
        times["baseline"].append(timed(lambda engine=engine: bulk_insert(engine, rows)))
        engine.dispose()
    memory = {}
    engine = empty_database(url_for("memory"))
    small = {"list": p95_ms(engine, ""), "search": p95_ms(engine, "alex admin")}
    memory["preview"] = peak_memory(use_case(engine, "preview", content, pairings))
    memory["apply"] = peak_memory(use_case(engine, "apply", content, pairings))
    large = {"list": p95_ms(engine, ""), "search": p95_ms(engine, SEARCHED)}
    again = timed(use_case(engine, "again", content, pairings))
    engine.dispose()
    engine = empty_database(url_for("memory_baseline"))
    memory["baseline"] = peak_memory(lambda: bulk_insert(engine, rows))
    engine.dispose()
    seconds = {name: statistics.median(values) for name, values in times.items()}
    mib = {name: round(value / 2**20, 1) for name, value in memory.items()}
    scale = f"{pairings:,} pairings, {2 * pairings:,} new people"
    ratio = seconds["apply"] / seconds["baseline"]
    return [
        {
            "name": f"import_apply_{backend}",
            "value": round(seconds["apply"], 2),
            "unit": f"s ({scale})",
            "baseline": round(seconds["baseline"], 2),
            "ratio": round(ratio, 2),
            "target": f"apply <= {TARGET_RATIO}x one Core bulk insert per table",
            "pass": ratio <= TARGET_RATIO,
            "runs": [round(t, 2) for t in times["apply"]],
            "baseline_runs": [round(t, 2) for t in times["baseline"]],
            "peak_mib": mib["apply"],
            "baseline_peak_mib": mib["baseline"],
        },
        {
            "name": f"import_preview_{backend}",
            "value": round(seconds["preview"], 2),
            "unit": f"s ({scale})",
            "baseline": round(seconds["baseline"], 2),
            "ratio": round(seconds["preview"] / seconds["baseline"], 2),
            "target": "reported (baseline: the bulk insert)",
            "pass": True,
            "runs": [round(t, 2) for t in times["preview"]],
            "peak_mib": mib["preview"],
        },
        {
            "name": f"import_again_{backend}",
            "value": round(again, 2),
            "unit": f"s (the same {pairings:,} pairings again: nothing to create)",
            "baseline": round(seconds["baseline"], 2),
            "ratio": round(again / seconds["baseline"], 2),
            "target": "reported (baseline: the bulk insert)",
            "pass": True,
        },
        {
            "name": f"import_peak_memory_{backend}",
            "value": mib["apply"],
            "unit": "MiB peak (tracemalloc), import",
            "baseline": mib["baseline"],
            "ratio": round(mib["apply"] / mib["baseline"], 2),
            "target": "reported (baseline: the bulk insert)",
            "pass": True,
            "preview_peak_mib": mib["preview"],
        },
        *(
            {
                "name": f"people_{name}_{backend}",
                "value": round(large[name], 2),
                "unit": f"ms p95 at {2 * pairings + 1:,} people",
                "baseline": round(small[name], 2),
                "ratio": round(large[name] / small[name], 2),
                "target": f"p95 < {TARGET_MS} ms (baseline: at 1 person)",
                "pass": large[name] < TARGET_MS,
            }
            for name in ("list", "search")
        ),
    ]


def main() -> list[dict]:
    """Measure on SQLite and PostgreSQL; print one JSON object per metric."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairings", type=int, default=PAIRINGS)
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    args, _ = parser.parse_known_args()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        backends = {
            "sqlite": lambda name: f"sqlite:///{Path(folder) / f'{name}.db'}",
            "postgresql": lambda name: fresh_postgres_database(f"myecoach_{name}"),
        }
        for backend, url_for in backends.items():
            if args.only in (None, backend):
                results += measure(backend, url_for, args.pairings)
    for result in results:
        print(json.dumps(result))
    return results


if __name__ == "__main__":
    main()
