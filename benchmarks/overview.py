"""Admin overview: its figures and its live check at 10,000 relationships / 100,000 sessions,
against same-run baselines of the admin's plain relationship list and of the same overview at
10 relationships (its growth, which the performance issue bounds), and the CSV export of
those 100,000 sessions (time, and peak memory growth measured with tracemalloc in a run of
its own), on SQLite and on PostgreSQL.

The data is benchmarks/data_scale.py's, with the sessions spread over every status (a tenth
without a date, a tenth cancelled by one side or the other), dated around today.
"""

import json
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from sqlalchemy import Engine, text

from benchmarks.data_scale import generate, p95_ms, settle
from myecoach.db import make_engine, unit_of_work
from myecoach.domain.overview import this_year
from myecoach.models import User
from myecoach.services import relationships
from myecoach.services.admin import exports, overview
from tests.servers import fresh_postgres_database
from tests.statements import count_statements

RELATIONSHIPS = 10_000
REPEATS = 300  # at both sizes: enough calls that one pause does not make either p95
TARGET_MS = 100
TARGET_GROWTH = 2  # the performance issue's, for every user-facing query from 10 to 10,000
LIVE_TARGET_MS = 10
TARGET_PEAK_MB = 50
SPREAD = """
UPDATE coaching_session SET
  status = CASE number WHEN 1 THEN 'Completed' WHEN 2 THEN 'Completed' WHEN 3 THEN 'Cancelled'
    WHEN 10 THEN 'To be Arranged' ELSE status END,
  cancelled_by_id = CASE WHEN number = 3 THEN
    (SELECT CASE WHEN relationship_id % 2 = 0 THEN coach_id ELSE coachee_id END
     FROM relationship WHERE relationship.id = relationship_id) END,
  cancellation_reason = CASE WHEN number = 3 THEN '=unwell' ELSE '' END,
  date = CASE WHEN number = 10 THEN NULL ELSE date END
"""


def spread(engine: Engine) -> None:
    """Give the generated sessions every status, with cancellations by both sides; then
    settle the database as autovacuum would."""
    with engine.begin() as connection:
        connection.execute(text(SPREAD))
    settle(engine)


def measure(url: str, size: int, export: bool) -> dict[str, float]:
    """Overview and live check p95 and statements; the list's p95; the export's figures."""
    engine = make_engine(url)
    generate(engine, size)
    spread(engine)
    filters = this_year(datetime.now(UTC).date())
    found: dict[str, float] = {}
    with unit_of_work(engine) as db:
        admin = db.get(User, 1)
        assert admin is not None
        figures = partial(overview.overview, db, admin=admin, filters=filters)
        check = partial(overview.change_stamp, db, admin=admin)
        listed = partial(relationships.search_relationships, db, actor=admin)
        found["statements"] = count_statements(engine, figures)
        found["p95_ms"] = p95_ms(figures, REPEATS)
        found["list_p95_ms"] = p95_ms(listed, REPEATS)
        found["list_statements"] = count_statements(engine, listed)
        found["live_p95_ms"] = p95_ms(check, REPEATS)
        if export:
            found |= _export(db, filters)
    engine.dispose()
    return found


def _export(db, filters) -> dict[str, float]:
    started = time.perf_counter()
    size = sum(len(chunk.encode()) for chunk in exports.export_chunks(db, filters))
    seconds = time.perf_counter() - started
    tracemalloc.start()
    for _ in exports.export_chunks(db, filters):
        pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"export_s": seconds, "export_mb": size / 2**20, "export_peak_mb": peak / 2**20}


def main() -> list[dict]:
    """Measure on SQLite and PostgreSQL; print one JSON object per metric."""
    results = []
    with tempfile.TemporaryDirectory() as folder:
        backends = {
            "sqlite": lambda size: f"sqlite:///{Path(folder) / f'overview{size}.db'}",
            "postgresql": lambda size: fresh_postgres_database(f"myecoach_overview_{size}"),
        }
        for backend, url_for in backends.items():
            small = measure(url_for(10), 10, export=False)
            large = measure(url_for(RELATIONSHIPS), RELATIONSHIPS, export=True)
            constant = large["statements"] == small["statements"]
            results += [
                {
                    "name": f"overview_{backend}",
                    "value": round(large["p95_ms"], 2),
                    "unit": "ms p95 at 10,000 relationships / 100,000 sessions",
                    "baseline": round(large["list_p95_ms"], 2),
                    "ratio": round(large["p95_ms"] / large["list_p95_ms"], 2),
                    "statements": large["statements"],
                    "baseline_statements": small["statements"],
                    "target": f"p95 < {TARGET_MS} ms, same statements as at 10 relationships",
                    "pass": large["p95_ms"] < TARGET_MS and constant,
                },
                {
                    "name": f"overview_growth_{backend}",
                    "value": round(large["p95_ms"], 2),
                    "unit": "ms p95 at 10,000 relationships / 100,000 sessions",
                    "baseline": round(small["p95_ms"], 2),
                    "ratio": round(large["p95_ms"] / small["p95_ms"], 2),
                    "target": f"ratio <= {TARGET_GROWTH} (baseline: at 10 relationships)",
                    "pass": large["p95_ms"] / small["p95_ms"] <= TARGET_GROWTH,
                },
                {
                    "name": f"overview_live_check_{backend}",
                    "value": round(large["live_p95_ms"], 2),
                    "unit": "ms p95 at 100,000 sessions (1 statement, every 10 s per open page)",
                    "target": f"p95 < {LIVE_TARGET_MS} ms",
                    "pass": large["live_p95_ms"] < LIVE_TARGET_MS,
                },
                {
                    "name": f"overview_csv_export_{backend}",
                    "value": round(large["export_s"], 2),
                    "unit": f"s for 100,000 sessions ({large['export_mb']:.1f} MB of CSV)",
                    "peak_mb": round(large["export_peak_mb"], 2),
                    "target": f"peak memory growth < {TARGET_PEAK_MB} MB",
                    "pass": large["export_peak_mb"] < TARGET_PEAK_MB,
                },
            ]
    for result in results:
        print(json.dumps(result))
    return results


if __name__ == "__main__":
    main()
