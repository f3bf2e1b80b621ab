"""Sessions as calendar events (iCalendar, RFC 5545), built with the icalendar library.

A session has an event once it has a date and is not To be Arranged. Its VEVENT is built
from three parts: what never changes for the session (UID, who, which programme, its address
in myecoach), what the session's changes can alter (`Shown`: times, location, notes, status)
and the change count and time (SEQUENCE, DTSTAMP). SEQUENCE rises exactly when `Shown`
changes, so a calendar never keeps an old version of something it shows.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from uuid import uuid4

from icalendar import STATUS, TRANSP, Calendar, Event, vCalAddress, vDuration

from myecoach.domain.errors import DomainError
from myecoach.domain.local_times import Slot, slot_text
from myecoach.domain.statuses import SessionStatus
from myecoach.domain.wording import RelationshipKind, role_names, session_title

PRODID = "-//myecoach//Coaching sessions//EN"
REFRESH = timedelta(hours=1)  # a hint to calendar apps; Google ignores it
# Events (and what they show) kept per process, about 2 kB each: a feed is read again and again
# with few of its events changed, and icalendar takes about 0.2 ms to write one event.
EVENT_CACHE_SIZE = 20_000
_END = b"END:VCALENDAR\r\n"

EVENT_STATUS = {
    SessionStatus.ARRANGED: STATUS.CONFIRMED,
    SessionStatus.COMPLETED: STATUS.CONFIRMED,
    SessionStatus.CANCELLED: STATUS.CANCELLED,
}


class NoEvent(DomainError):
    """The session has no calendar event: it is To be Arranged."""

    def __init__(self, number: int) -> None:
        super().__init__(
            f"{session_title(number)} has no date yet, so there is nothing to add to a calendar."
        )


class FeedExists(DomainError):
    """The user already has a calendar feed (only its reset makes a new address)."""

    def __init__(self) -> None:
        super().__init__(
            "You already have a calendar feed. Use Reset address to get a new address."
        )


def calendar_filename(number: int) -> str:
    """The name a session's downloaded .ics file is saved under: "session-4.ics"."""
    return f"session-{number}.ics"


def new_event_uid() -> str:
    """A random UID for a session's event, kept for the session's whole life."""
    return f"{uuid4()}@myecoach"


@dataclass(frozen=True)
class SessionFacts:
    """The stored fields of a session that its event depends on."""

    status: str
    starts_at: datetime | None
    ends_at: datetime | None
    time_zone: str
    location: str
    session_type: str | None
    extra_information: str
    cancellation_reason: str


@dataclass(frozen=True)
class Shown:
    """What a calendar shows of a session that its changes can alter."""

    status: STATUS
    starts_at: datetime
    ends_at: datetime
    location: str
    notes: tuple[str, ...]


@lru_cache(maxsize=EVENT_CACHE_SIZE)
def shown_in_calendar(facts: SessionFacts) -> Shown | None:
    """What calendars show of the session, or None when it has no event (To be Arranged)."""
    status = EVENT_STATUS.get(SessionStatus(facts.status))
    if status is None or facts.starts_at is None or facts.ends_at is None:
        return None
    notes = [slot_text(Slot(facts.starts_at, facts.ends_at, facts.time_zone), facts.time_zone)]
    if facts.session_type:
        notes.append(f"Session type: {facts.session_type}")
    if facts.extra_information:
        notes.append(facts.extra_information)
    if status == STATUS.CANCELLED:
        notes.append(f"Cancelled: {facts.cancellation_reason}")
    return Shown(
        status=status,
        starts_at=facts.starts_at,
        ends_at=facts.ends_at,
        location=facts.location or facts.session_type or "",
        notes=tuple(notes),
    )


@dataclass(frozen=True)
class SessionEvent:
    """Everything one session's VEVENT is built from."""

    uid: str
    sequence: int
    stamp: datetime
    kind: str
    number: int
    programme: str
    leader: str
    follower: str
    url: str
    shown: Shown

    @property
    def summary(self) -> str:
        """Who and which session: "Coaching: Claire Bennett & Daniel Okafor — Session 4"."""
        text = (
            f"{RelationshipKind(self.kind).value.capitalize()}: "
            f"{self.leader} & {self.follower} — {session_title(self.number)}"
        )
        return f"Cancelled: {text}" if self.shown.status == STATUS.CANCELLED else text

    @property
    def description(self) -> str:
        """The programme, the people, the session's notes and its address in myecoach."""
        leader_role, follower_role = role_names(RelationshipKind(self.kind))
        return "\n\n".join(
            [
                f"{self.programme} — {session_title(self.number)}\n"
                f"{leader_role}: {self.leader} · {follower_role}: {self.follower}",
                *self.shown.notes,
                f"Open in myecoach: {self.url}",
            ]
        )


@lru_cache(maxsize=EVENT_CACHE_SIZE)
def event_ical(event: SessionEvent) -> bytes:
    """The event's VEVENT as icalendar serialises it (kept, like what a session shows: both
    are pure, and an event reads the same until its session changes)."""
    serialised: bytes = _vevent(event).to_ical()
    return serialised


def invitation_ical(
    event: SessionEvent, *, organizer: str, attendees: list[tuple[str, str]]
) -> tuple[bytes, str]:
    """An invitation to the event (RFC 5546) and its METHOD: REQUEST, or CANCEL once the
    session is cancelled; myecoach is the ORGANIZER, so it alone raises the SEQUENCE.
    ``attendees`` are (name, e-mail) pairs."""
    method = "CANCEL" if event.shown.status == STATUS.CANCELLED else "REQUEST"
    vevent = _vevent(event)
    vevent.add("organizer", vCalAddress(f"mailto:{organizer}"), parameters={"CN": "myecoach"})
    for name, address in attendees:
        vevent.add(
            "attendee",
            vCalAddress(f"mailto:{address}"),
            parameters={"CN": name, "ROLE": "REQ-PARTICIPANT", "RSVP": "FALSE"},
        )
    calendar = Calendar()
    calendar.prodid, calendar.version, calendar.method = PRODID, "2.0", method
    calendar.add_component(vevent)
    serialised: bytes = calendar.to_ical()
    return serialised, method


def _vevent(event: SessionEvent) -> Event:
    """The event as an icalendar VEVENT."""
    shown = event.shown
    cancelled = shown.status == STATUS.CANCELLED
    vevent = Event.new(
        uid=event.uid,
        sequence=event.sequence,
        stamp=event.stamp,
        last_modified=event.stamp,
        start=shown.starts_at,
        end=shown.ends_at,
        summary=event.summary,
        description=event.description,
        status=shown.status,
        transparency=TRANSP.TRANSPARENT if cancelled else TRANSP.OPAQUE,
        url=event.url,
    )
    if shown.location:
        vevent.add("location", shown.location)
    return vevent


def calendar_ical(events: Iterable[SessionEvent], *, name: str | None = None) -> bytes:
    """A VCALENDAR (METHOD:PUBLISH) holding the events, as icalendar writes it.

    Built with `Calendar()`, not `Calendar.new()`, which adds a calendar-level UID that makes
    vdirsyncer take the whole feed for one event. Each event is icalendar's own serialisation
    (`event_ical`), placed where icalendar places subcomponents: before the closing line.
    """
    calendar = Calendar()
    calendar.prodid, calendar.version, calendar.method = PRODID, "2.0", "PUBLISH"
    calendar.add("calscale", "GREGORIAN")
    if name is not None:
        calendar.calendar_name = name
        calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", vDuration(REFRESH))
    frame: bytes = calendar.to_ical()
    assert frame.endswith(_END)
    return b"".join([frame[: -len(_END)], *map(event_ical, events), _END])
