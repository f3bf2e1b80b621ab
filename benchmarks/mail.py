"""E-mail: 1,000 changes, and the time until a real SMTP server has accepted all 1,000
e-mails (with each one's latency from the change's commit to its acceptance); and the cost of
the outbox on the Save round trip, with e-mail on against e-mail off, in the same run.

The first part drives the use cases and the sender loop in this process (SQLite and
PostgreSQL); the second runs the app with scripts/run.sh twice, once with e-mail set up.
"""

import argparse
import asyncio
import email
import json
import os
import statistics
import tempfile
import time
from datetime import date, timedelta
from datetime import time as clock
from email import policy
from pathlib import Path
from unittest.mock import patch

from sqlmodel import Session, SQLModel, col, select

from benchmarks.sign_in_flood import EDITOR, saves_while
from myecoach.db import make_engine, unit_of_work
from myecoach.domain.statuses import SessionType
from myecoach.domain.validation import SessionDetails
from myecoach.mail.sender import deliver_once
from myecoach.mail.smtp import SmtpMailer
from myecoach.models import OutboxMessage, User
from myecoach.services import sessions
from myecoach.services.auth import sign_in
from myecoach.services.demo import DEMO_PASSWORD, load_demo_data
from myecoach.services.secrets import server_secret
from myecoach.services.throttle import SignInThrottle
from tests.mail_server import smtp_server
from tests.servers import demo_app, fresh_postgres_database
from tests.socket_client import RawClient

SENDER = "myecoach <no-reply@benchmark.example.org>"


def make_changes(engine, count: int) -> None:
    """``count`` edits of one session by the coach, each telling the coachee (and e-mailing)."""
    with Session(engine, expire_on_commit=False) as db:
        coach = db.exec(select(User).where(User.email == "coach@example.com")).one()
        session = sessions.add_session(db, actor=coach, relationship_id=1).session
        for n in range(count):
            session = sessions.save_session(
                db,
                actor=coach,
                relationship_id=1,
                number=session.number,
                expected_version=session.version,
                details=SessionDetails(
                    date.today() + timedelta(days=30),
                    clock(9),
                    clock(10),
                    "Europe/London",
                    f"Room {n}",
                    SessionType.FACE_TO_FACE,
                ),
            ).session


async def send_everything(engine, mailer, count: int, mailbox) -> None:
    """Run the sender until the server has accepted ``count`` messages."""
    while len(mailbox.received) < count:
        if not await deliver_once(mailer, engine):
            await asyncio.sleep(0.05)


def throughput(url: str, count: int) -> dict:
    """Changes made while the sender runs: total time and per-message latency."""
    engine = make_engine(url)
    SQLModel.metadata.create_all(engine)
    with unit_of_work(engine) as db:
        server_secret(db)
        load_demo_data(db)
    with smtp_server() as (port, mailbox):
        mailer = SmtpMailer.from_url(f"smtp://127.0.0.1:{port}")
        accepted: dict[str, float] = {}
        original = mailbox.handle_DATA

        async def timed(server, session, envelope):
            answer = await original(server, session, envelope)
            parsed = email.message_from_bytes(envelope.content, policy=policy.default)
            accepted[parsed["Message-ID"]] = time.time()
            return answer

        mailbox.handle_DATA = timed
        started = time.perf_counter()

        async def both() -> None:
            await asyncio.gather(
                asyncio.to_thread(make_changes, engine, count),
                send_everything(engine, mailer, count, mailbox),
            )

        asyncio.run(both())
        elapsed = time.perf_counter() - started
    with Session(engine) as db:
        queued = {
            f"<outbox-{m.id}@benchmark.example.org>": m.created_at.timestamp()
            for m in db.exec(select(OutboxMessage).order_by(col(OutboxMessage.id)))
        }
    engine.dispose()
    latencies = [(accepted[key] - at) * 1000 for key, at in queued.items() if key in accepted]
    return {"elapsed": elapsed, "latencies": latencies, "accepted": len(accepted)}


def coach_token(database: str) -> str:
    """A sign-in of the demo coach on the app whose database is ``database``."""
    engine = make_engine(database)
    with unit_of_work(engine) as db:
        token = sign_in(
            db,
            email="coach@example.com",
            password=DEMO_PASSWORD,
            address="benchmark",
            throttle=SignInThrottle(),
            allow_demo=True,
        )
    engine.dispose()
    return token


def save_round_trips(folder: Path, rounds: int, smtp_port: int) -> tuple[list, list]:
    """The coach's Save round trips on two apps running side by side, e-mail off and on,
    one save on each in turn."""
    off_folder, on_folder = folder / "off", folder / "on"
    off_folder.mkdir(), on_folder.mkdir()
    mail = {"MYECOACH_SMTP_URL": f"smtp://127.0.0.1:{smtp_port}", "MYECOACH_MAIL_FROM": SENDER}
    no_mail = {"MYECOACH_SMTP_URL": "", "MYECOACH_MAIL_FROM": ""}

    async def measure(off_url: str, on_url: str) -> tuple[list, list]:
        async with (
            RawClient(off_url, coach_token(f"sqlite:///{off_folder / 'app.db'}")) as off,
            RawClient(on_url, coach_token(f"sqlite:///{on_folder / 'app.db'}")) as on,
        ):
            await off.open(EDITOR)
            await on.open(EDITOR)
            times: tuple[list, list] = ([], [])
            for round_number in range(rounds + 5):  # the first 5 warm up
                for editor, kept in ((off, times[0]), (on, times[1])):
                    milliseconds = await saves_while(editor, None, 1)
                    if round_number >= 5:
                        kept += milliseconds
            return times

    with (
        demo_app(off_folder, **no_mail) as off_url,
        demo_app(on_folder, REFLEX_WEB_WORKDIR=".web-isolated", **mail) as on_url,
    ):
        return asyncio.run(measure(off_url, on_url))


def main() -> list[dict]:
    """Measure both parts and print one JSON object per metric."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=300)  # a p95 of 100 moved by 0.1
    args = parser.parse_args()
    # E-mail on for this benchmark's use cases only: the benchmarks run after it in the same
    # process start their apps with this environment, and must start them without e-mail.
    mail_on = {"MYECOACH_SMTP_URL": "smtp://127.0.0.1:1", "MYECOACH_MAIL_FROM": SENDER}
    results = []
    with patch.dict(os.environ, mail_on), tempfile.TemporaryDirectory() as folder:
        databases = {
            "sqlite": f"sqlite:///{Path(folder) / 'mail.db'}",
            "postgresql": fresh_postgres_database("myecoach_bench_mail"),
        }
        for backend, url in databases.items():
            figures = throughput(url, args.changes)
            p95 = statistics.quantiles(figures["latencies"], n=20)[18]
            results.append(
                {
                    "name": f"mail_{args.changes}_changes_{backend}",
                    "unit": "s",
                    "value": round(figures["elapsed"], 2),
                    "accepted": figures["accepted"],
                    "latency_p50_ms": round(statistics.median(figures["latencies"]), 1),
                    "latency_p95_ms": round(p95, 1),
                    "target": f"all {args.changes} accepted exactly once",
                    "pass": figures["accepted"] == args.changes,
                }
            )
        with smtp_server() as (port, _):
            off, on = save_round_trips(Path(folder), args.rounds, port)
    p95 = {name: statistics.quantiles(v, n=20)[18] for name, v in (("off", off), ("on", on))}
    results.append(
        {
            "name": "save_round_trip_with_email",
            "unit": "ms",
            "value": round(p95["on"], 1),
            "baseline": round(p95["off"], 1),
            "ratio": round(p95["on"] / p95["off"], 2),
            "target": "p95 ratio <= 1.2 (e-mail on / off)",
            "pass": p95["on"] / p95["off"] <= 1.2,
        }
    )
    for result in results:
        print(json.dumps(result))
    return results


if __name__ == "__main__":
    main()
