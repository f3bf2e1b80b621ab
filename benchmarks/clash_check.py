"""Clash check: server time and SQL statements of the query for clashing sessions, at 10
and at 100,000 sessions, and what the check adds to a save (one statement after the UPDATE
that writes the new time), against saves without it in one run.

Generates 10,000 relationships (100 coaches with 100 coachees each) with 100,000 sessions in
every status over four months, with Core bulk inserts, on PostgreSQL and on SQLite; then
times the check for the busiest coach's relationship, and a save that moves a session (so the
check runs) interleaved with one that is confirmed (no check). It also shows the plans of
the query and of the check as the save asks it, and finds any full scan in them.
"""

import json
import statistics
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert
from sqlmodel import SQLModel, col, select

from benchmarks.data_scale import bulk_load, settle
from myecoach.db import make_engine, unit_of_work
from myecoach.domain.statuses import SessionStatus, SessionType
from myecoach.domain.validation import SessionDetails
from myecoach.models import CoachingSession, Programme, Relationship, User
from myecoach.services import sessions
from myecoach.services.access import load_session
from myecoach.services.clashes import overlapping
from tests.servers import fresh_postgres_database
from tests.statements import statements

ZONE = "Europe/London"
COACHES, COACHEES_PER_COACH, SESSIONS_PER_RELATIONSHIP = 100, 100, 10
REPEATS, SAVES = 300, 300
GROWTH_TARGET, SAVE_RATIO_TARGET = 3, 1.25
# One in ten sessions completed, one in ten cancelled, one in twenty still to be arranged.
STATUSES = [SessionStatus.COMPLETED, SessionStatus.CANCELLED] + [SessionStatus.ARRANGED] * 7
STATUSES += [SessionStatus.TO_BE_ARRANGED]


def _session_row(relationship: dict, number: int, slot: int, first: date, now: datetime) -> dict:
    """A session in the ``slot``-th hour of its coach's timetable: 08:00–17:00 from ``first``."""
    status = STATUSES[(relationship["id"] * 7 + number) % len(STATUSES)]
    row = {
        "relationship_id": relationship["id"],
        "coach_id": relationship["coach_id"],
        "coachee_id": relationship["coachee_id"],
        "number": number,
        "status": status,
        "time_zone": ZONE,
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }
    if status == SessionStatus.TO_BE_ARRANGED:
        return row | dict.fromkeys(
            ("date", "start_time", "end_time", "starts_at", "ends_at", "session_type")
        )
    day = first + timedelta(days=slot // 9)
    details = SessionDetails(
        day, clock(8 + slot % 9), clock(9 + slot % 9), ZONE, "", SessionType.ONLINE, ""
    )
    return row | {
        "date": details.date,
        "start_time": details.start_time,
        "end_time": details.end_time,
        "starts_at": details.starts_at(),
        "ends_at": details.ends_at(),
        "session_type": SessionType.ONLINE,
    }


def generate(engine: Engine, coaches: int, coachees_per_coach: int, per_relationship: int) -> None:
    """Fill an empty database with Core bulk inserts: coaches, coachees, their relationships
    and sessions, no two of a coach's at the same hour, as many days past as to come."""
    SQLModel.metadata.create_all(engine)
    now = datetime.now(UTC)
    relationships = coaches * coachees_per_coach
    first = date.today() - timedelta(days=coachees_per_coach * per_relationship // 18)
    with bulk_load(engine) as connection:
        connection.execute(insert(Programme), [{"id": 1, "name": "Leadership Coaching 2026"}])
        people = [
            {"id": 1 + n, "email": f"p{n}@example.com", "name": f"Person {n:05}", "time_zone": ZONE}
            for n in range(coaches + relationships)
        ]
        connection.execute(insert(User), [p | {"is_admin": False} for p in people])
        pairs = [
            {
                "id": 1 + r,
                "programme_id": 1,
                "kind": "coaching",
                "coach_id": 1 + r // coachees_per_coach,
                "coachee_id": 1 + coaches + r,
                "active": True,
            }
            for r in range(relationships)
        ]
        connection.execute(insert(Relationship), pairs)
        connection.execute(
            insert(CoachingSession),
            [
                _session_row(
                    pair, 1 + n, n * coachees_per_coach + r % coachees_per_coach, first, now
                )
                for r, pair in enumerate(pairs)
                for n in range(per_relationship)
            ],
        )
    settle(engine)


def p95(timings: list[float]) -> float:
    """The 95th percentile of the timings."""
    return statistics.quantiles(timings, n=20)[18]


def timed(call) -> float:
    """Milliseconds ``call`` takes."""
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def measure(url: str, size: tuple[int, int, int]) -> dict:
    """The check's p95 and statements, a save's with and without it, and the check's plan."""
    engine = make_engine(url)
    generate(engine, *size)
    with unit_of_work(engine) as db:
        coach = db.get(User, 1)
        moved, confirmed = (
            sessions.add_session(db, actor=coach, relationship_id=1).session for _ in range(2)
        )
        loaded = load_session(db, actor=coach, relationship_id=1, number=moved.number)
        busy = db.exec(  # the coach's next arranged hour, in another relationship if any
            select(CoachingSession)
            .where(
                col(CoachingSession.relationship_id) == min(2, size[1]),
                col(CoachingSession.status) == SessionStatus.ARRANGED,
                col(CoachingSession.starts_at) > datetime.now(UTC),
            )
            .order_by(col(CoachingSession.starts_at))
        ).first()
        slot = busy.slot()
        assert slot is not None, "an arranged session has a slot"

        def check() -> list:
            return overlapping(db, loaded=loaded, slot=slot)

        found = check()
        with statements(engine) as check_statements:
            check()
        check_timings = [timed(check) for _ in range(REPEATS)]
        early = SessionDetails(
            date.today() + timedelta(days=3),
            clock(6),
            clock(7),
            ZONE,
            "",
            SessionType.ONLINE,
            "",
        )
        saves = {"checked": [], "confirmed": []}
        counts = {}
        latest = {"checked": moved, "confirmed": confirmed}
        for n in range(SAVES):
            details = replace(early, start_time=clock(6, n % 2 * 15))
            pair = [("checked", False), ("confirmed", True)]
            for kind, confirm in pair[:: 1 if n % 2 else -1]:  # each first in turn
                moved_to = replace(details, date=details.date + timedelta(days=confirm))
                save = partial(_save, db, coach, latest, kind, moved_to, confirm)
                with statements(engine) as statements_of_save:
                    saves[kind].append(timed(save))
                counts[kind] = len(statements_of_save)
        moved_to = replace(early, start_time=clock(6, 30))
        with statements(engine) as written:
            _save(db, coach, latest, "checked", moved_to, False)
        asked = [(sql, values) for sql, values in written if sql.startswith("SELECT EXISTS")]
        plan = _plan(engine, check_statements + asked)
    engine.dispose()
    return {
        "check_p95_ms": p95(check_timings),
        "check_statements": len(check_statements),
        "clashes_found": len(found),
        "save_p95_ms": p95(saves["checked"]),
        "save_statements": counts["checked"],
        "confirmed_save_p95_ms": p95(saves["confirmed"]),
        "confirmed_save_statements": counts["confirmed"],
        "plan": plan,
    }


def _save(db, coach: User, latest: dict, kind: str, details: SessionDetails, confirm: bool):
    """Save new details over the ``kind`` session as its coach, over its latest version."""
    session = latest[kind]
    latest[kind] = sessions.save_session(
        db,
        actor=coach,
        relationship_id=session.relationship_id,
        number=session.number,
        expected_version=session.version,
        details=details,
        confirm_clash=confirm,
    ).session


def _plan(engine: Engine, captured: list[tuple[str, Any]]) -> list[str]:
    """The database's plan of each query: as SQLite would run it (EXPLAIN QUERY PLAN), as it
    ran on PostgreSQL (EXPLAIN ANALYZE)."""
    plan = []
    with engine.connect() as connection:
        for number, (statement, parameters) in enumerate(captured, 1):
            plan.append(f"-- statement {number} of {len(captured)}")
            if engine.dialect.name == "sqlite":
                rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
                plan += [row[3] for row in rows]
            else:
                explain = f"EXPLAIN (ANALYZE, COSTS OFF) {statement}"
                plan += [row[0] for row in connection.exec_driver_sql(explain, parameters)]
    return plan


def full_scans(plan: list[str]) -> list[str]:
    """The steps of a plan that read a whole table (the one-row programme table aside)."""
    return [
        line.strip()
        for line in plan
        if ("Seq Scan" in line or line.startswith("SCAN ")) and "programme" not in line
    ]


def main() -> list[dict]:
    """Measure on PostgreSQL and SQLite at 10 and 100,000 sessions; one JSON per metric."""
    results = []
    large = (COACHES, COACHEES_PER_COACH, SESSIONS_PER_RELATIONSHIP)
    with tempfile.TemporaryDirectory() as folder:
        backends = {
            "postgresql": lambda tag: fresh_postgres_database(f"myecoach_clash_{tag}"),
            "sqlite": lambda tag: f"sqlite:///{Path(folder) / f'clash_{tag}.db'}",
        }
        for backend, url_for in backends.items():
            small, big = measure(url_for("small"), (1, 1, 10)), measure(url_for("large"), large)
            same = big["check_statements"] == small["check_statements"]
            scans = full_scans(big["plan"])
            added = big["save_statements"] - big["confirmed_save_statements"]
            added_small = small["save_statements"] - small["confirmed_save_statements"]
            plan = big.pop("plan")
            results.append(
                {
                    "name": f"clash_check_{backend}",
                    "value": round(big["check_p95_ms"], 2),
                    "unit": "ms p95 at 100,000 sessions",
                    "baseline": round(small["check_p95_ms"], 2),
                    "ratio": round(big["check_p95_ms"] / small["check_p95_ms"], 2),
                    "statements": big["check_statements"],
                    "baseline_statements": small["check_statements"],
                    "clashes_found": big["clashes_found"],
                    "full_scans": scans,
                    "plan": plan,
                    "target": f"ratio <= {GROWTH_TARGET} (baseline: at 10 sessions), "
                    "the same statements at any size, no full scan",
                    "pass": big["check_p95_ms"] / small["check_p95_ms"] <= GROWTH_TARGET
                    and same
                    and not scans,
                }
            )
            results.append(
                {
                    "name": f"save_with_clash_check_{backend}",
                    "value": round(big["save_p95_ms"], 2),
                    "unit": "ms p95 at 100,000 sessions",
                    "baseline": round(big["confirmed_save_p95_ms"], 2),
                    "ratio": round(big["save_p95_ms"] / big["confirmed_save_p95_ms"], 2),
                    "statements": big["save_statements"],
                    "baseline_statements": big["confirmed_save_statements"],
                    "target": f"ratio <= {SAVE_RATIO_TARGET} (baseline: a save without the "
                    "check), as many statements more at any size",
                    "pass": big["save_p95_ms"] / big["confirmed_save_p95_ms"] <= SAVE_RATIO_TARGET
                    and added == added_small,
                }
            )
    for result in results:
        print(json.dumps(result))
    return results


if __name__ == "__main__":
    main()
