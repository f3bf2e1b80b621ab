"""Data scale: server time and SQL statements per operation at 10, 10,000 and (on PostgreSQL)
100,000 relationships, and how much each grows from 10.

Generates relationships with ten sessions each (so 1,000,000 sessions at 100,000), and a
notification about each session to its coachee and to its coach (so a coach's inbox grows with
the data: 10 notifications at 10 relationships, 1,000 at 10,000, 10,000 at 100,000, one in a
hundred unread), with Core bulk inserts, a chunk of relationships at a time, on SQLite and
PostgreSQL; then times the lists and searches, opening a relationship, the unread count and a
coach's inbox and live bell through the use cases, as the app calls them. Target: each
operation's p95 grows at most 2x from 10 to 10,000 relationships and 3x to 100,000, with the
same statements.
"""

import json
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Connection, Engine, insert
from sqlmodel import SQLModel

from myecoach import session_tally
from myecoach.db import make_engine, refresh_statistics, unit_of_work
from myecoach.domain.search import list_order, search_text
from myecoach.models import CoachingSession, Notification, Programme, Relationship, User
from myecoach.services import notifications, relationships
from myecoach.services.admin import people as admin_people
from myecoach.services.auth import hash_password
from tests.servers import fresh_postgres_database
from tests.statements import count_statements

SESSIONS_PER_RELATIONSHIP = 10
PROGRAMME = "Leadership Coaching 2026"
COACHES = 100
REPEATS = 200
GROWTH_TARGETS = {10_000: 2, 100_000: 3}
CHUNK = 2_000  # relationships generated per bulk insert


def generate(engine, relationship_count: int) -> None:
    """Fill an empty database: one admin, coaches, one coachee per relationship, each with
    sessions and notifications."""
    SQLModel.metadata.create_all(engine)
    password = hash_password("benchmark")
    with bulk_load(engine) as connection:
        connection.execute(insert(Programme), [{"id": 1, "name": PROGRAMME}])
        admin = {"id": 1, "email": "admin@example.com", "name": "Alex Admin", "is_admin": True}
        coaches = [
            {"id": 2 + c, "email": f"coach{c}@example.com", "name": f"Coach {c:03}"}
            for c in range(COACHES)
        ]
        connection.execute(insert(User), [_person(p, password) for p in [admin, *coaches]])
        for first in range(0, relationship_count, CHUNK):
            _generate_chunk(connection, range(first, min(first + CHUNK, relationship_count)))
    settle(engine)


@contextmanager
def bulk_load(engine: Engine) -> Iterator[Connection]:
    """A transaction for a bulk load, without the overview tally's triggers (PostgreSQL would
    run them once per row of an executemany): installed again after it, they count every
    row once, as the migration that added them did."""
    with engine.begin() as connection:
        session_tally.uninstall(connection)
        yield connection
        session_tally.install(connection)


def settle(engine: Engine) -> None:
    """After a bulk load, fresh statistics as the app would soon have them. On SQLite, those
    of the app's hourly tidy-up; on PostgreSQL, vacuum and analyse as autovacuum would: the
    statistics, the visibility map that index-only scans need, and the rows still waiting in
    each trigram index's pending list merged in (a search reads that list row by row)."""
    refresh_statistics(engine)
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE")


def _person(person: dict, password: str) -> dict:
    return {
        "is_admin": False,
        **person,
        "password_hash": password,
        "time_zone": "Europe/London",
        "failed_sign_ins": 0,
    }


def _coach_id(relationship: int) -> int:
    return 2 + relationship % COACHES


def _coachee_id(relationship: int) -> int:
    return 2 + COACHES + relationship


def _generate_chunk(connection, relationships: range) -> None:
    """Coachees, relationships, sessions and notifications for these relationship numbers."""
    today, now = date.today(), datetime.now(UTC)
    coachees = [
        {"id": _coachee_id(r), "email": f"coachee{r}@example.com", "name": f"Coachee {r:06}"}
        for r in relationships
    ]
    connection.execute(insert(User), [_person(p, "") for p in coachees])
    rows = []
    for r, coachee in zip(relationships, coachees, strict=True):
        coach = f"Coach {r % COACHES:03}", f"coach{r % COACHES}@example.com"
        rows.append(
            {
                "id": r + 1,
                "programme_id": 1,
                "kind": "coaching",
                "coach_id": _coach_id(r),
                "coachee_id": coachee["id"],
                "active": True,
                "search_text": search_text(PROGRAMME, *coach, coachee["name"], coachee["email"]),
                "sort_key": list_order(PROGRAMME, coachee["name"]),
            }
        )
    connection.execute(insert(Relationship), rows)
    sessions = []
    for r in relationships:
        for n in range(SESSIONS_PER_RELATIONSHIP):
            day = today + timedelta(days=n * 7 - 30)
            starts = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=10)
            sessions.append(
                {
                    "id": r * SESSIONS_PER_RELATIONSHIP + n + 1,
                    "relationship_id": r + 1,
                    "coach_id": _coach_id(r),
                    "coachee_id": _coachee_id(r),
                    "number": n + 1,
                    "status": "Arranged",
                    "date": day,
                    "start_time": starts.time(),
                    "end_time": starts.time(),
                    "time_zone": "UTC",
                    "starts_at": starts,
                    "ends_at": starts,
                    "location": "",
                    "extra_information": "",
                    "cancellation_reason": "",
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
    connection.execute(insert(CoachingSession), sessions)
    told = [(s, _coachee_id(s["relationship_id"] - 1), s["id"] % 2 == 0) for s in sessions] + [
        (s, _coach_id(s["relationship_id"] - 1), s["id"] % 100 != 0) for s in sessions
    ]
    connection.execute(
        insert(Notification),
        [
            {
                "recipient_id": recipient,
                "actor_id": 1,
                "session_id": s["id"],
                "kind": "edited",
                "message": "Alex Admin edited a session",
                "created_at": now - timedelta(seconds=s["id"]),
                "read": read,
            }
            for s, recipient, read in told
        ],
    )


def p95_ms(call: Callable[[], object], repeats: int) -> float:
    """The 95th percentile, in ms, of ``repeats`` timed calls after a warm-up call."""
    call()
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.quantiles(timings, n=20)[18]


def operations(db, admin: User, coach: User, coachee: User, relationship_id: int) -> dict:
    """The operations users feel, each as a zero-argument call."""
    return {
        "list_relationships": lambda: relationships.search_relationships(db, actor=admin),
        "search_relationships": lambda: relationships.search_relationships(
            db, actor=admin, query=coachee.name
        ),
        "open_relationship": lambda: relationships.open_relationship(
            db, actor=admin, relationship_id=relationship_id
        ),
        "unread_count": lambda: notifications.unread_count(db, user=coachee),
        # as many rows at every size: the coach has only ten notifications at the smallest
        "coach_inbox": lambda: notifications.inbox(db, user=coach, limit=SESSIONS_PER_RELATIONSHIP),
        "coach_live_bell": lambda: notifications.inbox_summary(db, user_id=coach.id or 0),
        "people_list": lambda: admin_people.find_people(db, admin=admin),
        "people_search": lambda: admin_people.find_people(db, admin=admin, query=coachee.name),
        "people_suggestions": lambda: admin_people.suggest_people(
            db, admin=admin, query=coachee.name
        ),
    }


def measure(url: str, relationship_count: int) -> dict[str, dict]:
    """Per operation: p95 server time in ms and statements per call."""
    engine = make_engine(url)
    generate(engine, relationship_count)
    results = {}
    with unit_of_work(engine) as db:
        admin = db.get(User, 1)
        picked = min(42, relationship_count)
        coach, coachee = db.get(User, _coach_id(0)), db.get(User, _coachee_id(picked - 1))
        for name, call in operations(db, admin, coach, coachee, picked).items():
            results[name] = {
                "p95_ms": p95_ms(call, REPEATS),
                "statements": count_statements(engine, call),
            }
    engine.dispose()
    return results


SIZES = {"sqlite": (10, 10_000), "postgresql": (10, 10_000, 100_000)}


def main() -> list[dict]:
    """Measure on SQLite and PostgreSQL at each size; print one JSON object per metric."""
    results = []
    with tempfile.TemporaryDirectory() as folder:
        url_for = {
            "sqlite": lambda size: f"sqlite:///{Path(folder) / f'scale{size}.db'}",
            "postgresql": lambda size: fresh_postgres_database(f"myecoach_scale_{size}"),
        }
        for backend, (smallest, *larger) in SIZES.items():
            small = measure(url_for[backend](smallest), smallest)
            for size in larger:
                results += growth(backend, size, small, measure(url_for[backend](size), size))
    for result in results:
        print(json.dumps(result))
    return results


def growth(backend: str, size: int, small: dict, large: dict) -> list[dict]:
    """Each operation's cost at ``size`` over its cost at 10 relationships, against target."""
    target = GROWTH_TARGETS[size]
    results = []
    for name, figures in large.items():
        ratio = figures["p95_ms"] / small[name]["p95_ms"]
        same_statements = figures["statements"] == small[name]["statements"]
        results.append(
            {
                "name": f"{name}_{backend}_{size}",
                "value": round(figures["p95_ms"], 2),
                "unit": f"ms p95 at {size:,} relationships",
                "baseline": round(small[name]["p95_ms"], 2),
                "ratio": round(ratio, 2),
                "statements": figures["statements"],
                "baseline_statements": small[name]["statements"],
                "target": f"ratio <= {target} (baseline: at 10), same statement count",
                "pass": ratio <= target and same_statements,
            }
        )
    return results


if __name__ == "__main__":
    main()
