"""Calendar feed: a coach with 1,000 sessions in their feed, among 10,000 sessions in all.

Times the feed's HTTP route as a server calls it (the ASGI app, in this process, no network)
on SQLite and PostgreSQL, counting SQL statements, against a same-run baseline: icalendar
serialising the same 1,000 events with no database. Three answers:

- `build`: the full feed after one of its sessions changed (what a subscribed calendar app
  gets on its next poll: one event is serialised afresh, the others are remembered);
- `cold_build`: the full feed with every event serialised afresh (a new process);
- `not_modified`: a conditional request with the current ETag, answered 304.
"""

import asyncio
import gc
import json
import os
import statistics
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

from sqlalchemy import insert, update
from sqlmodel import SQLModel, col

from benchmarks.data_scale import bulk_load, settle
from myecoach import db as database
from myecoach import http, routes
from myecoach.db import unit_of_work
from myecoach.domain.calendar import calendar_ical, event_ical, shown_in_calendar
from myecoach.models import CoachingSession, Programme, Relationship, User
from myecoach.services import calendar
from tests.servers import fresh_postgres_database
from tests.statements import statements

COACH_RELATIONSHIPS, OTHER_RELATIONSHIPS = 100, 900  # ten sessions each
REPEATS, COLD_REPEATS, CHECK_REPEATS = 100, 20, 300
BUILD_RATIO_TARGET, GROWTH_TARGET, COLD_RATIO_TARGET = 1, 3, 1.5
STATUSES = ["Arranged"] * 8 + ["Cancelled", "Completed"]


def generate(engine) -> None:
    """The coach (user 1) in COACH_RELATIONSHIPS relationships, a second coach (user 2) in
    one, others in the rest; every session within the feed's window."""
    SQLModel.metadata.create_all(engine)
    now = datetime.now(UTC)
    relationships = COACH_RELATIONSHIPS + 1 + OTHER_RELATIONSHIPS
    with bulk_load(engine) as connection:
        connection.execute(insert(Programme), [{"id": 1, "name": "Leadership Coaching 2026"}])
        people = [(1, "Claire Bennett"), (2, "Maria Santos")]
        people += [(3 + r, f"Coachee {r:04}") for r in range(relationships)]
        people.append((3 + relationships, "Another Coach"))
        connection.execute(
            insert(User),
            [
                {"id": i, "email": f"user{i}@example.com", "name": name, "time_zone": "UTC"}
                for i, name in people
            ],
        )
        pairs = [
            {
                "id": r + 1,
                "programme_id": 1,
                "kind": "coaching",
                "coach_id": _coach(r, relationships),
                "coachee_id": 3 + r,
                "search_text": "",
            }
            for r in range(relationships)
        ]
        connection.execute(insert(Relationship), pairs)
        sessions = [_session(pair, n, now) for pair in pairs for n in range(10)]
        connection.execute(insert(CoachingSession), sessions)
    settle(engine)


def _coach(relationship: int, relationships: int) -> int:
    """Who coaches the relationship at index ``relationship``: the feed's coach, the small
    feed's coach, then another coach."""
    if relationship < COACH_RELATIONSHIPS:
        return 1
    return 2 if relationship == COACH_RELATIONSHIPS else 3 + relationships


def _session(relationship: dict, n: int, now: datetime) -> dict:
    relationship_id = relationship["id"]
    starts = (now - timedelta(days=80) + timedelta(days=37 * n + relationship_id % 30)).replace(
        minute=0, second=0, microsecond=0
    )
    status = STATUSES[(relationship_id + n) % len(STATUSES)]
    return {
        "relationship_id": relationship_id,
        "coach_id": relationship["coach_id"],
        "coachee_id": relationship["coachee_id"],
        "number": n + 1,
        "status": status,
        "date": starts.date(),
        "start_time": starts.time(),
        "end_time": (starts + timedelta(hours=1)).time(),
        "time_zone": "Europe/London",
        "starts_at": starts,
        "ends_at": starts + timedelta(hours=1),
        "location": "Room 4.12, Bush House" if n % 2 else "",
        "session_type": "Face-to-face" if n % 2 else "Online",
        "extra_information": "Bring your reflections from last time." if n % 3 == 0 else "",
        "cancellation_reason": "Coachee unwell; to rearrange." if status == "Cancelled" else "",
        "cancelled_at": now if status == "Cancelled" else None,
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "ical_uid": f"{uuid.uuid4()}@myecoach",
        "ical_sequence": 1,
    }


class Server:
    """The app's HTTP routes, called as an ASGI server calls them."""

    def __init__(self) -> None:
        self.app, self.loop = http.routes(), asyncio.new_event_loop()

    def get(self, path: str, headers: dict[str, str]) -> tuple[int, dict[str, str]]:
        """The status and headers of a GET."""
        return self.loop.run_until_complete(self._get(path, headers))

    async def _get(self, path: str, headers: dict[str, str]) -> tuple[int, dict[str, str]]:
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "GET",
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "query_string": b"",
            "root_path": "",
            "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
            "client": ("127.0.0.1", 50000),
            "server": ("127.0.0.1", 80),
        }
        answer: dict = {}

        async def receive() -> dict:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: dict) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
                answer["headers"] = {k.decode(): v.decode() for k, v in message["headers"]}

        await self.app(scope, receive, send)
        return answer["status"], answer["headers"]


@contextmanager
def app_on(url: str):
    """The app's HTTP routes, on the database at ``url`` (as REFLEX_DB_URL names it)."""
    previous = os.environ.get("REFLEX_DB_URL")
    os.environ["REFLEX_DB_URL"] = url
    database.engine.cache_clear()
    server = Server()
    try:
        yield server, database.engine()
    finally:
        server.loop.close()
        database.engine().dispose()
        database.engine.cache_clear()
        if previous is None:
            del os.environ["REFLEX_DB_URL"]
        else:
            os.environ["REFLEX_DB_URL"] = previous


def p95(timings: list[float]) -> float:
    """The 95th percentile."""
    return statistics.quantiles(timings, n=20)[18]


def timed(call) -> float:
    """How long ``call`` takes, in milliseconds."""
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def change(engine, session_id: int) -> None:
    """An edit of one session, as a use case commits it: what calendars show, its SEQUENCE,
    its version and its change time."""
    with engine.begin() as connection:
        connection.execute(
            update(CoachingSession)
            .where(col(CoachingSession.id) == session_id)
            .values(
                location=f"Room {session_id}",
                ical_sequence=CoachingSession.ical_sequence + 1,
                version=CoachingSession.version + 1,
                updated_at=datetime.now(UTC),
            )
        )


def measure(url: str) -> dict:
    """Each answer's p95 and statements for the large feed, the small feed's statements and
    304s (measured in turn with the large feed's, so both meet the same machine load), and
    the no-database baseline's p95."""
    engine = database.make_engine(url)
    generate(engine)
    engine.dispose()
    with app_on(url) as (server, engine):
        with unit_of_work(engine) as db:
            owners = {"large": 1, "small": 2}
            tokens = {
                feed: calendar.create_feed(db, user=db.get(User, owners[feed])) for feed in owners
            }
            events = calendar.feed_events(db, calendar.feed_version(db, tokens["large"]))
        paths = {feed: routes.calendar_feed_path(token) for feed, token in tokens.items()}

        def get(feed: str = "large", **headers: str) -> str:
            """The feed's ETag, after checking the answer is whole or 304 as asked."""
            status, answer = server.get(paths[feed], headers)
            assert status == (304 if headers else 200)
            return answer["etag"]

        def cold() -> None:
            event_ical.cache_clear()
            shown_in_calendar.cache_clear()
            get()

        def without_database() -> None:
            event_ical.cache_clear()
            calendar_ical(events, name="myecoach: Claire Bennett")

        counts = {}
        for feed in paths:
            get(feed)  # warm the connection pool and the remembered events
            with statements(engine) as building:
                etag = get(feed)
            with statements(engine) as checking:
                get(feed, **{"If-None-Match": etag})
            counts[feed] = (len(building), len(checking))
        builds = []
        gc.collect()  # each phase starts without the garbage of the one before
        for session_id in range(1, REPEATS + 1):  # the coach's sessions come first
            change(engine, session_id)
            builds.append(timed(get))
        etags = {feed: get(feed) for feed in paths}
        checks: dict[str, list[float]] = {feed: [] for feed in paths}
        gc.collect()
        for _ in range(CHECK_REPEATS):  # in turn, so both meet the same machine load
            for feed, etag in etags.items():
                checks[feed].append(timed(partial(get, feed, **{"If-None-Match": etag})))
        colds, baselines = [], []
        gc.collect()
        for _ in range(COLD_REPEATS):  # side by side, so both meet the same machine load
            colds.append(timed(cold))
            baselines.append(timed(without_database))
        return {
            "events": len(events),
            "build_ms": p95(builds),
            "statements": counts,
            "cold_ms": p95(colds),
            "baseline_ms": p95(baselines),
            "not_modified_ms": p95(checks["large"]),
            "small_not_modified_ms": p95(checks["small"]),
        }


def main() -> list[dict]:
    """Measure on SQLite and PostgreSQL; print one JSON object per metric."""
    results = []
    with tempfile.TemporaryDirectory() as folder:
        urls = {
            "sqlite": f"sqlite:///{Path(folder) / 'feed.db'}",
            "postgresql": fresh_postgres_database("myecoach_feed"),
        }
        for backend, url in urls.items():
            results += metrics(backend, measure(url))
    for result in results:
        print(json.dumps(result))
    return results


def metrics(backend: str, run: dict) -> list[dict]:
    """The JSON objects for one backend."""
    sessions = f"{run['events']:,} sessions"
    build, check = run["statements"]["large"]
    small_build, small_check = run["statements"]["small"]
    baseline = round(run["baseline_ms"], 2)
    growth = run["not_modified_ms"] / run["small_not_modified_ms"]
    build_ratio = run["build_ms"] / run["baseline_ms"]
    return [
        {
            "name": f"calendar_feed_build_{backend}",
            "value": round(run["build_ms"], 2),
            "unit": f"ms p95, {sessions}, one changed since the last answer",
            "baseline": baseline,
            "ratio": round(build_ratio, 2),
            "statements": build,
            "baseline_statements": small_build,
            "target": f"ratio <= {BUILD_RATIO_TARGET} (baseline: icalendar with no database), "
            f"same statements at 10 and {sessions}",
            "pass": build_ratio <= BUILD_RATIO_TARGET and build == small_build,
        },
        {
            "name": f"calendar_feed_cold_build_{backend}",
            "value": round(run["cold_ms"], 2),
            "unit": f"ms p95, {sessions}, every event serialised afresh",
            "baseline": baseline,
            "ratio": round(run["cold_ms"] / run["baseline_ms"], 2),
            "target": f"ratio <= {COLD_RATIO_TARGET} (baseline: icalendar with no database)",
            "pass": run["cold_ms"] / run["baseline_ms"] <= COLD_RATIO_TARGET,
        },
        {
            "name": f"calendar_feed_not_modified_{backend}",
            "value": round(run["not_modified_ms"], 2),
            "unit": f"ms p95, {sessions}, 304 to If-None-Match",
            "baseline": round(run["small_not_modified_ms"], 2),
            "ratio": round(growth, 2),
            "statements": check,
            "baseline_statements": small_check,
            "target": f"ratio <= {GROWTH_TARGET} (baseline: a feed of 10 sessions, in turn), "
            "one statement",
            "pass": growth <= GROWTH_TARGET and check == small_check == 1,
        },
    ]


if __name__ == "__main__":
    main()
