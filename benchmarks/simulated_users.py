"""Simulated users: participants created and signed in for a load test, each a raw client
on the browser's event endpoint (tests/socket_client.py) that opens the session editor, then
sends the editor's `save` event and waits for the toast that ends it, again and again; or, as
the baseline, ticks `Notify the other participant` (a handler that only sets a flag) and waits
until the tick comes back.
"""

import asyncio
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from datetime import time as clock

from sqlmodel import Session

from myecoach.db import make_engine
from myecoach.domain.statuses import SessionStatus, SessionType
from myecoach.domain.validation import SessionDetails
from myecoach.domain.wording import RelationshipKind
from myecoach.models import CoachingSession, Programme, Relationship, User
from myecoach.services.auth import hash_password, sign_in
from myecoach.services.throttle import SignInThrottle
from myecoach.state.editor import EditorState
from myecoach.state.live import LiveInbox
from tests.socket_client import ANSWER_TIMEOUT, RawClient

PASSWORD = "load-test-password"
EDITOR = EditorState.get_full_name()
SAVE, TICK = f"{EDITOR}.save", f"{EDITOR}.set_notify"
INBOX = LiveInbox.get_full_name()
FORM = {
    "start_time": "09:00",
    "end_time": "10:00",
    "session_type": SessionType.ONLINE,
    "extra_information": "",
}


@dataclass
class Participant:
    """One simulated user: who they are and the session they keep saving."""

    email: str
    token: str
    relationship_id: int
    number: int
    saves: list[str] = field(default_factory=list)  # locations the server confirmed
    unread_shown: int = 0  # the bell's count as the server last sent it to this tab
    latencies: list[float] = field(default_factory=list)
    ticks: list[float] = field(default_factory=list)  # ms per no-op event, the baseline
    errors: list[str] = field(default_factory=list)

    @property
    def path(self) -> str:
        """The session editor's address for this participant's session."""
        return f"/relationships/{self.relationship_id}/sessions/{self.number}"


def seed(database_url: str, pairs: int, tag: str) -> list[Participant]:
    """``pairs`` coaching relationships; coach and coachee each get a session, and sign in."""
    engine = make_engine(database_url)
    password, day = hash_password(PASSWORD), date.today() + timedelta(days=30)
    with Session(engine) as db:
        programme = Programme(name=f"Load test {tag}")
        db.add(programme)
        db.flush()
        plan = []
        for pair in range(pairs):
            people = [
                User(
                    email=f"{tag}-{role}-{pair}@example.com",
                    name=f"{role} {pair}",
                    password_hash=password,
                )
                for role in ("coach", "coachee")
            ]
            db.add_all(people)
            db.flush()
            relationship = Relationship.between(programme, *people, RelationshipKind.COACHING)
            db.add(relationship)
            db.flush()
            for number, person in enumerate(people, start=1):
                session = CoachingSession.numbered(
                    relationship,
                    number,
                    status=SessionStatus.ARRANGED,
                    time_zone=person.time_zone,
                )
                session.apply(
                    SessionDetails(
                        day, clock(9), clock(10), person.time_zone, "Start", SessionType.ONLINE, ""
                    )
                )
                db.add(session)
                plan.append((person.email, relationship.id, number))
        db.commit()
        throttle = SignInThrottle()
        participants = [
            Participant(
                email,
                sign_in(
                    db,
                    email=email,
                    password=PASSWORD,
                    address="benchmark",
                    throttle=throttle,
                    allow_demo=False,
                ),
                relationship,
                number,
            )
            for email, relationship, number in plan
        ]
    engine.dispose()
    return participants


class SimulatedUser(RawClient):
    """A websocket client on the browser's event endpoint, signed in as one participant."""

    def __init__(self, url: str, who: Participant):
        super().__init__(url, who.token)
        self.who = who
        self.answered: asyncio.Future | None = None
        self.ticked: bool | None = None  # the tick awaited back from the server

    async def connect(self) -> None:
        """Open the session editor and wait until it is loaded."""
        await self.open(self.who.path)

    async def save_until(self, deadline: float) -> None:
        """Save the session with a new location again and again until ``deadline``."""
        while time.monotonic() < deadline:
            location = f"{self.who.email} {len(self.who.saves) + len(self.who.errors)}"
            self.answered = asyncio.get_running_loop().create_future()
            started = time.perf_counter()
            await self.emit(SAVE, {"form": {**FORM, "location": location}}, self.who.path)
            try:
                toast = await asyncio.wait_for(self.answered, ANSWER_TIMEOUT)
            except TimeoutError:
                toast = "no answer within 30 s"
            self.who.latencies.append((time.perf_counter() - started) * 1000)
            if "saved" in toast:
                self.who.saves.append(location)
            else:
                self.who.errors.append(toast)

    async def tick_until(self, deadline: float) -> None:
        """Tick and untick `Notify the other participant` until ``deadline``, leaving it ticked
        (as it was: saves notify)."""
        self.ticked = True
        while time.monotonic() < deadline or not self.ticked:
            self.ticked = not self.ticked
            self.answered = asyncio.get_running_loop().create_future()
            started = time.perf_counter()
            await self.emit(TICK, {"value": self.ticked}, self.who.path)
            await asyncio.wait_for(self.answered, ANSWER_TIMEOUT)
            self.who.ticks.append((time.perf_counter() - started) * 1000)
        self.ticked = None  # no longer awaited: a save's answer is its toast

    async def _receive(self, update: dict) -> None:
        await super()._receive(update)
        ticked = update.get("delta", {}).get(EDITOR, {}).get("notify_rx_state_")
        awaited = self.ticked is not None and ticked == self.ticked
        if awaited and self.answered and not self.answered.done():
            self.answered.set_result("ticked")
        inbox = update.get("delta", {}).get(INBOX, {})
        self.who.unread_shown = inbox.get("unread_rx_state_", self.who.unread_shown)
        for event in update.get("events", []):
            script = event.get("payload", {}).get("function", "")
            if "__toast" in script and self.answered and not self.answered.done():
                self.answered.set_result(script)
