"""Sign-in flood: another user's Save round trip while 100 wrong sign-ins arrive at once,
against the same user's Save round trip with no flood, in one run on one server.

Password checks (Argon2, slow on purpose) run off the event loop a few at a time and the
throttle refuses an address's failures past its limit, so a flood slows sign-ins, not the
users already working. Runs the app with scripts/run.sh (single process, SQLite).
"""

import argparse
import asyncio
import json
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from myecoach.db import make_engine, unit_of_work
from myecoach.services import auth
from myecoach.services.demo import DEMO_PASSWORD
from myecoach.services.throttle import SignInThrottle
from myecoach.state.editor import EditorState
from myecoach.state.sign_in import SignInState
from tests.servers import demo_app
from tests.socket_client import RawClient

EDITOR = "/relationships/1/sessions/4"
SAVE = f"{EditorState.get_full_name()}.save"
SIGN_IN_PAGE = SignInState.get_full_name()
SIGN_IN = f"{SIGN_IN_PAGE}.sign_in"
FORM = {"start_time": "10:00", "end_time": "11:00", "session_type": "Skype"}


async def timed_save(editor: RawClient, location: str) -> float:
    """Milliseconds from sending `Save` until the toast that confirms it arrives."""
    before = len(editor.received)
    started = time.perf_counter()
    await editor.emit(SAVE, {"form": {**FORM, "location": location}}, EDITOR)
    await editor.until(lambda: "saved" in editor.text(editor.received[before:]))
    return (time.perf_counter() - started) * 1000


async def saves_while(editor: RawClient, busy: asyncio.Task | None, rounds: int) -> list[float]:
    """Save ``rounds`` times, or for as long as ``busy`` runs (at least ``rounds`` times)."""
    times: list[float] = []
    while len(times) < rounds or (busy is not None and not busy.done()):
        times.append(await timed_save(editor, f"Room {uuid.uuid4().hex[:6]}"))
    return times


async def flood(url: str, attempts: int) -> None:
    """``attempts`` wrong sign-ins at once, each from a tab of its own, all answered."""
    tabs = [RawClient(url) for _ in range(attempts)]
    await asyncio.gather(*(tab.open("/sign-in") for tab in tabs))
    forms = [{"email": f"guess{n}@example.com", "password": "wrong"} for n in range(attempts)]
    await asyncio.gather(
        *(
            tab.emit(SIGN_IN, {"form": form}, "/sign-in")
            for tab, form in zip(tabs, forms, strict=True)
        )
    )
    await asyncio.gather(
        *(tab.until(lambda tab=tab: tab.var(SIGN_IN_PAGE, "error")) for tab in tabs)
    )
    await asyncio.gather(*(tab.close() for tab in tabs))


async def measure(url: str, database: str, rounds: int, attempts: int) -> tuple[list, list]:
    """Saves alone, then saves during the flood, by one signed-in coach."""
    engine = make_engine(database)
    with unit_of_work(engine) as db:
        token = auth.sign_in(
            db,
            email="coach@example.com",
            password=DEMO_PASSWORD,
            address="benchmark",
            throttle=SignInThrottle(),
            allow_demo=True,
        )
    engine.dispose()
    async with RawClient(url, token) as editor:
        await editor.open(EDITOR)
        await saves_while(editor, None, 5)  # warm up
        quiet = await saves_while(editor, None, rounds)
        flooding = asyncio.create_task(flood(url, attempts))
        during = await saves_while(editor, flooding, rounds // 4)
        await flooding
    return quiet, during


def main() -> list[dict]:
    """Measure and print the p95 of Save during the flood against without it."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--attempts", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, demo_app(Path(folder)) as url:
        database = f"sqlite:///{Path(folder) / 'app.db'}"
        quiet, during = asyncio.run(measure(url, database, args.rounds, args.attempts))
    p95 = {
        name: statistics.quantiles(v, n=20)[18] for name, v in (("quiet", quiet), ("flood", during))
    }
    result = {
        "name": "save_during_sign_in_flood",
        "unit": "ms",
        "value": round(p95["flood"], 1),
        "p50": round(statistics.median(during), 1),
        "saves": len(during),
        "flood": args.attempts,
        "baseline": round(p95["quiet"], 1),
        "baseline_p50": round(statistics.median(quiet), 1),
        "ratio": round(p95["flood"] / p95["quiet"], 2),
        "target": "p95 ratio <= 2",
        "pass": p95["flood"] / p95["quiet"] <= 2,
    }
    print(json.dumps(result))
    return [result]


if __name__ == "__main__":
    main()
