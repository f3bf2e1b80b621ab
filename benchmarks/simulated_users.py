"""Simulated users: participants created and signed in for a load test, each a raw client
on the browser's event endpoint (tests/socket_client.py) that opens the session editor, then
sends the editor's `save` event and waits for the toast that ends it, again and again.
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
SAVE = f"{EditorState.get_full_name()}.save"
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
                session = CoachingSession(
                    relationship_id=relationship.id,
                    number=number,
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

    async def _receive(self, update: dict) -> None:
        await super()._receive(update)
        inbox = update.get("delta", {}).get(INBOX, {})
        self.who.unread_shown = inbox.get("unread_rx_state_", self.who.unread_shown)
        for event in update.get("events", []):
            script = event.get("payload", {}).get("function", "")
            if "__toast" in script and self.answered and not self.answered.done():
                self.answered.set_result(script)
