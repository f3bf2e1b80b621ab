"""Many users at once: 100 websocket clients, each signed in as a different participant,
save their own session in a loop for 60 s against the production build; afterwards the
database must hold every acknowledged save exactly once, and every user's live bell must
show their unread count, within SETTLE_SECONDS of the last save. The clients are in
`benchmarks/simulated_users.py`. The baseline is Reflex's own ceiling on the same server in
the same run: the same clients sending the lightest event of the page (a tick of `Notify`)
for as long, just before. Target: save throughput at least half the baseline's events per
second.
"""

import argparse
import asyncio
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, select

from benchmarks.simulated_users import Participant, SimulatedUser, seed
from myecoach.db import make_engine
from myecoach.models import CoachingSession, Notification, SessionHistory, User
from tests.servers import demo_app_process, demo_cluster, fresh_postgres_database

REDIS = "redis://127.0.0.1:6379/7"
SETTLE_SECONDS = 10  # at most, after the last save, for live updates still on their way
TARGET_SHARE = 0.5
ARRIVING = 20


async def connected(url: str, participants: list[Participant]) -> list[SimulatedUser]:
    """Every participant's client, on their session editor; they arrive ARRIVING at a time (a
    hundred hydrations at once can take longer than a client waits)."""
    users = [SimulatedUser(url, who) for who in participants]
    for first in range(0, len(users), ARRIVING):
        await asyncio.gather(*(user.connect() for user in users[first : first + ARRIVING]))
    return users


async def crowd(users: list[SimulatedUser], seconds: float) -> tuple[float, float]:
    """Everyone ticks for ``seconds`` (the baseline), then saves for as long; returns the
    elapsed seconds of each."""
    started = time.monotonic()
    await asyncio.gather(*(user.tick_until(started + seconds) for user in users))
    ticking = time.monotonic() - started
    started = time.monotonic()
    await asyncio.gather(*(user.save_until(started + seconds) for user in users))
    return ticking, time.monotonic() - started


async def settled(database_url: str, users: list[SimulatedUser]) -> tuple[int, float]:
    """Wait until every session and live bell agrees with the database, SETTLE_SECONDS at
    most (the clients keep listening meanwhile); returns how many still disagree and after
    how many seconds."""
    started = time.monotonic()
    participants = [user.who for user in users]
    while True:
        wrong = await asyncio.to_thread(lost_or_duplicated, database_url, participants)
        waited = time.monotonic() - started
        if not wrong or waited >= SETTLE_SECONDS:
            await asyncio.gather(*(user.close() for user in users))
            return wrong, waited
        await asyncio.sleep(0.5)


def lost_or_duplicated(database_url: str, participants: list[Participant]) -> int:
    """Sessions whose stored edits, notifications or location disagree with the saves
    the server confirmed, plus users whose live bell does not show their unread count."""
    engine = make_engine(database_url)
    wrong = 0
    with Session(engine) as db:
        for who in participants:
            session = db.exec(
                select(CoachingSession).where(
                    CoachingSession.relationship_id == who.relationship_id,
                    CoachingSession.number == who.number,
                )
            ).one()
            edits = db.exec(
                select(func.count()).where(SessionHistory.session_id == session.id)
            ).one()
            told = db.exec(select(func.count()).where(Notification.session_id == session.id)).one()
            last = who.saves[-1] if who.saves else "Start"
            if (edits, told, session.location) != (len(who.saves), len(who.saves), last):
                wrong += 1
            unread = db.exec(
                select(func.count())
                .select_from(Notification)
                .join(User, User.id == Notification.recipient_id)
                .where(User.email == who.email, Notification.read.is_(False))
            ).one()
            if unread != who.unread_shown:
                wrong += 1
    engine.dispose()
    return wrong


class PeakMemory:
    """The largest total resident memory seen of one process group (the app's)."""

    def __init__(self, group: int):
        self.group, self.peak = group, 0

    async def watch(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            self.peak = max(self.peak, self.total())
            await asyncio.sleep(0.25)

    def total(self) -> int:
        """Resident memory of the group's processes right now, in bytes."""
        total = 0
        for entry in Path("/proc").iterdir():
            try:
                if entry.name.isdigit() and os.getpgid(int(entry.name)) == self.group:
                    rss = (entry / "status").read_text().split("VmRSS:")[1].split()[0]
                    total += int(rss) * 1024
            except (OSError, IndexError, ValueError):
                continue  # gone, or a kernel thread without memory
        return total


async def measure(url: str, database: str, group: int, users: int, seconds: float) -> dict:
    """The crowd connects, ticks (the baseline) and saves; then the database check."""
    everyone = seed(database, users // 2, "crowd")
    users_connected = await connected(url, everyone)
    memory, stop = PeakMemory(group), asyncio.Event()
    at_rest = memory.total()
    watcher = asyncio.create_task(memory.watch(stop))
    ticking, elapsed = await crowd(users_connected, seconds)
    stop.set()
    await watcher
    wrong, settling = await settled(database, users_connected)
    latencies = [ms for who in everyone for ms in who.latencies]
    errors = [error for who in everyone for error in who.errors]
    return {
        "latencies": latencies,
        "ticks": [ms for who in everyone for ms in who.ticks],
        "ticking": ticking,
        "saves": sum(len(who.saves) for who in everyone),
        "errors": errors,
        "elapsed": elapsed,
        "wrong": wrong,
        "settling": settling,
        "peak_memory": memory.peak,
        "memory_at_rest": at_rest,
    }


def summary(setup: str, users: int, run: dict) -> list[dict]:
    """One JSON object per figure of one setup."""
    p95 = statistics.quantiles(run["latencies"], n=100)[94]
    tick_p95 = statistics.quantiles(run["ticks"], n=100)[94]
    tick_rate = len(run["ticks"]) / run["ticking"]
    share = run["saves"] / run["elapsed"] / tick_rate
    name = f"many_users ({setup})"
    common = {"users": users, "seconds": round(run["elapsed"], 1)}
    return [
        {
            "name": f"{name} save latency",
            "value": round(p95, 1),
            "unit": "ms p95",
            "p50": round(statistics.median(run["latencies"]), 1),
            "baseline": round(tick_p95, 1),
            "ratio": round(p95 / tick_p95, 2),
            "target": "reported (baseline: the same users' no-op events)",
            "pass": True,
            **common,
        },
        {
            "name": f"{name} throughput",
            "value": round(run["saves"] / run["elapsed"], 1),
            "unit": "saves/s",
            "baseline": round(tick_rate, 1),
            "ratio": round(share, 2),
            "target": f"ratio >= {TARGET_SHARE} (baseline: the same users' no-op events/s)",
            "pass": share >= TARGET_SHARE,
            **common,
        },
        {
            "name": f"{name} errors",
            "value": len(run["errors"]),
            "unit": "failed saves",
            "baseline": 0,
            "ratio": None,
            "target": "0",
            "pass": not run["errors"],
            "examples": sorted(set(run["errors"]))[:3],
            **common,
        },
        {
            "name": f"{name} lost or duplicated",
            "value": run["wrong"],
            "unit": "sessions or live bells that disagree with the database",
            "baseline": 0,
            "ratio": None,
            "target": f"0, within {SETTLE_SECONDS} s of the last save",
            "pass": run["wrong"] == 0,
            "agreed_after_seconds": round(run["settling"], 1),
            **common,
        },
        {
            "name": f"{name} peak memory",
            "value": round(run["peak_memory"] / 2**20),
            "unit": "MiB RSS, all app processes",
            "baseline": round(run["memory_at_rest"] / 2**20),
            "ratio": round(run["peak_memory"] / run["memory_at_rest"], 2),
            "target": "reported (baseline: the app with the crowd connected, at rest)",
            "pass": True,
            **common,
        },
    ]


def main() -> list[dict]:
    """Both setups; one JSON object per figure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--only", choices=["single", "cluster"], help="measure one setup")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        if args.only != "cluster":
            database = f"sqlite:///{Path(folder) / 'app.db'}"
            with demo_app_process(Path(folder)) as (url, process):
                run = asyncio.run(measure(url, database, process.pid, args.users, args.seconds))
            results += summary("single process, SQLite", args.users, run)
        if args.only != "single":
            database = fresh_postgres_database("myecoach_bench_many_users")
            with demo_cluster(Path(folder), database, REDIS) as (url, _, process):
                run = asyncio.run(measure(url, database, process.pid, args.users, args.seconds))
            results += summary("2 instances, PostgreSQL + Redis", args.users, run)
    for result in results:
        print(json.dumps(result))
    return results


if __name__ == "__main__":
    main()
