"""Simulated users: participants created and signed in for a load test, and a websocket
client that speaks the browser's protocol on the same endpoint (socket.io on `/_event`).

It connects with the hydrate event in the connect packet, as the browser does, then sends
the editor's `save` event and waits for the toast that ends it.
"""

import asyncio
import time
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from datetime import time as clock

import reflex as rx
import socketio
from sqlmodel import Session

from myecoach.db import make_engine
from myecoach.domain.statuses import SessionStatus, SessionType
from myecoach.domain.validation import SessionDetails
from myecoach.domain.wording import RelationshipKind
from myecoach.models import CoachingSession, Programme, Relationship, User
from myecoach.services.auth import hash_password, sign_in
from myecoach.state.auth import AuthState
from myecoach.state.editor import EditorState
from myecoach.state.live import LiveInbox

PASSWORD = "load-test-password"
NAMESPACE = "/_event"
ROOT_STATE = rx.State.get_full_name()
SAVE = f"{EditorState.get_full_name()}.save"
TOKEN_VAR = f"{AuthState.get_full_name()}.token_rx_state_"
INBOX = LiveInbox.get_full_name()
ANSWER_TIMEOUT = 30


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
        participants = [
            Participant(email, sign_in(db, email=email, password=PASSWORD), relationship, number)
            for email, relationship, number in plan
        ]
    engine.dispose()
    return participants


class SimulatedUser:
    """A websocket client on the browser's event endpoint, signed in as one participant."""

    def __init__(self, url: str, who: Participant):
        self.url, self.who = url, who
        self.client = socketio.AsyncClient(reconnection=False)
        self.hydrated = asyncio.Event()
        self.answered: asyncio.Future | None = None
        self.client.on("event", self._receive, namespace=NAMESPACE)

    async def connect(self) -> None:
        """Open the page: connect with the hydrate event and wait until it is loaded."""
        hydrate = {
            "name": f"{ROOT_STATE}.hydrate_and_load",
            "payload": {"vars": {TOKEN_VAR: self.who.token}},
            "router_data": self._router_data(),
        }
        await self.client.connect(
            f"{self.url}?token={uuid.uuid4()}",
            socketio_path=NAMESPACE,
            transports=["websocket"],
            namespaces=[NAMESPACE],
            auth={"event": hydrate},
            wait_timeout=ANSWER_TIMEOUT,
        )
        await asyncio.wait_for(self.hydrated.wait(), ANSWER_TIMEOUT)

    async def save_until(self, deadline: float) -> None:
        """Save the session with a new location again and again until ``deadline``."""
        while time.monotonic() < deadline:
            location = f"{self.who.email} {len(self.who.saves) + len(self.who.errors)}"
            self.answered = asyncio.get_running_loop().create_future()
            started = time.perf_counter()
            await self.client.emit("event", self._save(location), namespace=NAMESPACE)
            try:
                toast = await asyncio.wait_for(self.answered, ANSWER_TIMEOUT)
            except TimeoutError:
                toast = "no answer within 30 s"
            self.who.latencies.append((time.perf_counter() - started) * 1000)
            if "saved" in toast:
                self.who.saves.append(location)
            else:
                self.who.errors.append(toast)

    async def close(self) -> None:
        """Close the page (disconnect the websocket)."""
        await self.client.disconnect()

    async def _receive(self, update: dict) -> None:
        delta = update.get("delta", {})
        if delta.get(ROOT_STATE, {}).get("is_hydrated_rx_state_"):
            self.hydrated.set()
        self.who.unread_shown = delta.get(INBOX, {}).get("unread_rx_state_", self.who.unread_shown)
        for event in update.get("events", []):
            script = event.get("payload", {}).get("function", "")
            if "__toast" in script and self.answered and not self.answered.done():
                self.answered.set_result(script)

    def _router_data(self) -> dict:
        relationship, number = str(self.who.relationship_id), str(self.who.number)
        return {
            "pathname": self.who.path,
            "asPath": self.who.path,
            "query": {"relationship_id": relationship, "session_number": number},
        }

    def _save(self, location: str) -> dict:
        form = {
            "start_time": "09:00",
            "end_time": "10:00",
            "session_type": SessionType.ONLINE,
            "location": location,
            "extra_information": "",
        }
        return {"name": SAVE, "payload": {"form": form}, "router_data": self._router_data()}
