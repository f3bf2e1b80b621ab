"""Data scale: server time and SQL statements per operation at 10 and 10,000 relationships.

Generates 10,000 relationships with 100,000 sessions and 100,000 notifications (and a small
database of 10 relationships) on SQLite and on PostgreSQL, then times `Search relationships`,
opening a relationship and the unread count through the use cases, as the app calls them.
"""

import json
import statistics
import tempfile
import time
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import event, insert
from sqlmodel import SQLModel

from myecoach.db import make_engine, unit_of_work
from myecoach.models import CoachingSession, Notification, Programme, Relationship, User
from myecoach.services import notifications, relationships
from myecoach.services.auth import hash_password
from tests.servers import fresh_postgres_database

SESSIONS_PER_RELATIONSHIP = 10
COACHES = 100
REPEATS = 200
TARGET_MS = 50


def generate(engine, relationship_count: int) -> None:
    """Fill an empty database: one admin, coaches, one coachee per relationship."""
    SQLModel.metadata.create_all(engine)
    password = hash_password("benchmark")
    today = date.today()
    now = datetime.now(UTC)
    with engine.begin() as connection:
        connection.execute(insert(Programme), [{"id": 1, "name": "Leadership Coaching 2026"}])
        people = [{"id": 1, "email": "admin@example.com", "name": "Alex Admin", "is_admin": True}]
        people += [
            {"id": 2 + c, "email": f"coach{c}@example.com", "name": f"Coach {c:03}"}
            for c in range(COACHES)
        ]
        first_coachee = 2 + COACHES
        people += [
            {"id": first_coachee + r, "email": f"coachee{r}@example.com", "name": f"Coachee {r:05}"}
            for r in range(relationship_count)
        ]
        connection.execute(
            insert(User),
            [
                {
                    **p,
                    "password_hash": password,
                    "time_zone": "Europe/London",
                    "is_admin": p.get("is_admin", False),
                    "failed_sign_ins": 0,
                }
                for p in people
            ],
        )
        connection.execute(
            insert(Relationship),
            [
                {
                    "id": r + 1,
                    "programme_id": 1,
                    "kind": "coaching",
                    "coach_id": 2 + r % COACHES,
                    "coachee_id": first_coachee + r,
                    "active": True,
                }
                for r in range(relationship_count)
            ],
        )
        sessions = []
        for r in range(relationship_count):
            for n in range(SESSIONS_PER_RELATIONSHIP):
                day = today + timedelta(days=n * 7 - 30)
                starts = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=10)
                sessions.append(
                    {
                        "relationship_id": r + 1,
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
        connection.execute(
            insert(Notification),
            [
                {
                    "recipient_id": first_coachee + s["relationship_id"] - 1,
                    "actor_id": 2,
                    "session_id": i + 1,
                    "kind": "edited",
                    "message": "Coach edited a session",
                    "created_at": now,
                    "read": i % 2 == 0,
                }
                for i, s in enumerate(sessions)
            ],
        )
    if engine.dialect.name == "postgresql":  # fresh statistics, as autovacuum gathers them
        with engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
            connection.commit()


@contextmanager
def counting(engine):
    """Count the SQL statements run inside the block."""
    count = [0]

    def bump(*_args):
        count[0] += 1

    event.listen(engine, "before_cursor_execute", bump)
    try:
        yield count
    finally:
        event.remove(engine, "before_cursor_execute", bump)


def operations(db, admin: User, coachee: User, relationship_id: int) -> dict:
    """The three operations users feel, each as a zero-argument call."""
    return {
        "list_relationships": lambda: relationships.search_relationships(db, actor=admin),
        "search_relationships": lambda: relationships.search_relationships(
            db, actor=admin, query=coachee.name
        ),
        "open_relationship": lambda: relationships.open_relationship(
            db, actor=admin, relationship_id=relationship_id
        ),
        "unread_count": lambda: notifications.unread_count(db, user=coachee),
    }


def measure(url: str, relationship_count: int) -> dict[str, dict]:
    """Per operation: p95 server time in ms and statements per call."""
    engine = make_engine(url)
    generate(engine, relationship_count)
    results = {}
    with unit_of_work(engine) as db:
        admin = db.get(User, 1)
        picked = min(42, relationship_count)
        coachee = db.get(User, 2 + COACHES + picked - 1)
        for name, call in operations(db, admin, coachee, picked).items():
            call()  # warm caches
            with counting(engine) as statements:
                call()
            timings = []
            for _ in range(REPEATS):
                started = time.perf_counter()
                call()
                timings.append((time.perf_counter() - started) * 1000)
            results[name] = {
                "p95_ms": statistics.quantiles(timings, n=20)[18],
                "statements": statements[0],
            }
    engine.dispose()
    return results


def main() -> list[dict]:
    """Measure on SQLite and PostgreSQL at both sizes; print one JSON object per metric."""
    results = []
    with tempfile.TemporaryDirectory() as folder:
        backends = {
            "sqlite": lambda size: f"sqlite:///{Path(folder) / f'scale{size}.db'}",
            "postgresql": lambda size: fresh_postgres_database(f"myecoach_scale_{size}"),
        }
        for backend, url_for in backends.items():
            small, large = measure(url_for(10), 10), measure(url_for(10_000), 10_000)
            for name, figures in large.items():
                same_statements = figures["statements"] == small[name]["statements"]
                results.append(
                    {
                        "name": f"{name}_{backend}",
                        "value": round(figures["p95_ms"], 2),
                        "unit": "ms p95 at 10,000 relationships",
                        "baseline": round(small[name]["p95_ms"], 2),
                        "ratio": round(figures["p95_ms"] / small[name]["p95_ms"], 2),
                        "statements": figures["statements"],
                        "baseline_statements": small[name]["statements"],
                        "target": f"p95 < {TARGET_MS} ms, same statement count",
                        "pass": figures["p95_ms"] < TARGET_MS and same_statements,
                    }
                )
    for result in results:
        print(json.dumps(result))
    return results


if __name__ == "__main__":
    main()
