"""The demo's sessions with their past: each one's history rows and notifications, written
as the use cases would have written them as it was added, arranged, completed or cancelled."""

from datetime import datetime, time, timedelta
from typing import NamedTuple

from sqlmodel import Session

from myecoach.domain.history import Change, detail_changes, status_change, stored
from myecoach.domain.statuses import SessionStatus, SessionType
from myecoach.domain.validation import SessionDetails
from myecoach.domain.wording import ChangeKind
from myecoach.models import (
    CoachingSession,
    Notification,
    Programme,
    Relationship,
    SessionHistory,
    User,
)
from myecoach.services.access import LoadedSession
from myecoach.services.sessions import message_for

ZONE = "Europe/London"
CANCELLATION_REASON = "Coachee unwell; to rearrange."
DAY, HOUR = timedelta(days=1), timedelta(hours=1)
UNREAD_WITHIN = 2 * DAY  # the story's notifications from before that are read


class Planned(NamedTuple):
    """A demo session: its status, its day from today (None: no date), its type and location,
    how long ago it was added (and arranged), and whether the follower arranged it."""

    status: SessionStatus
    days: int | None
    kind: SessionType | None
    location: str
    added: timedelta
    by_follower: bool = False


def sessions_with_story(
    db: Session, relationship: Relationship, now: datetime, plan: list[Planned]
) -> None:
    """The planned sessions, each with the history and notifications of how it got there."""
    leader, follower = db.get(User, relationship.coach_id), db.get(User, relationship.coachee_id)
    programme = db.get(Programme, relationship.programme_id)
    assert leader and follower and programme and relationship.id is not None
    for number, planned in enumerate(plan, start=1):
        added = now - planned.added
        session = CoachingSession.numbered(
            relationship,
            number,
            status=SessionStatus.TO_BE_ARRANGED,
            time_zone=ZONE,
            created_at=added,
            updated_at=added,
        )
        db.add(session)
        db.flush()
        story = _Story(db, LoadedSession(session, relationship, programme), now)
        story.tell(ChangeKind.ADDED, leader, status_change("", session.status), [], added)
        if planned.days is not None:
            arranger, other = (follower, leader) if planned.by_follower else (leader, follower)
            details = _details(now, number, planned)
            changes = detail_changes(session.details(), details)
            session.apply(details)
            changes += status_change(session.status, SessionStatus.ARRANGED)
            session.status = SessionStatus.ARRANGED
            story.tell(ChangeKind.ARRANGED, arranger, changes, [other], added)
        if planned.status == SessionStatus.COMPLETED:
            assert session.ends_at is not None
            story.tell(
                ChangeKind.COMPLETED,
                leader,
                _to(planned.status),
                [follower],
                session.ends_at + HOUR,
            )
            session.status = planned.status
        if planned.status == SessionStatus.CANCELLED:
            at = now - DAY
            changes = [*_to(planned.status), Change("Reason", "", CANCELLATION_REASON)]
            story.tell(ChangeKind.CANCELLED, follower, changes, [leader], at, CANCELLATION_REASON)
            session.status, session.cancellation_reason = planned.status, CANCELLATION_REASON
            session.cancelled_by_id, session.cancelled_at = follower.id, at
        session.updated_at = story.last


def _to(status: SessionStatus) -> list[Change]:
    """An arranged session's move to ``status``, as history shows it."""
    return status_change(SessionStatus.ARRANGED, status)


def _details(now: datetime, number: int, planned: Planned) -> SessionDetails:
    """The planned session's day, 10:00–11:00 London time, type and location."""
    assert planned.days is not None and planned.kind is not None
    return SessionDetails(
        date=now.date() + timedelta(days=planned.days),
        start_time=time(10),
        end_time=time(11),
        time_zone=ZONE,
        location=planned.location,
        session_type=planned.kind,
        extra_information="Bring your reflections from last time." if number == 1 else "",
    )


class _Story:
    """One demo session's history rows and notifications, written as they would have been."""

    def __init__(self, db: Session, loaded: LoadedSession, now: datetime):
        self.db, self.loaded, self.session, self.now = db, loaded, loaded.session, now
        self.last = loaded.session.created_at

    def tell(
        self,
        kind: ChangeKind,
        actor: User,
        changes: list[Change],
        told: list[User],
        at: datetime,
        reason: str = "",
    ) -> None:
        """Record a change by ``actor`` at ``at``, and notify ``told``."""
        assert self.session.id is not None and actor.id is not None
        self.db.add(
            SessionHistory(
                session_id=self.session.id,
                actor_id=actor.id,
                at=at,
                action=kind.label,
                changes=stored(changes),
                notified=", ".join(person.name for person in told),
            )
        )
        for person in told:
            assert person.id is not None
            self.db.add(
                Notification(
                    recipient_id=person.id,
                    actor_id=actor.id,
                    session_id=self.session.id,
                    kind=kind,
                    message=message_for(person, kind, actor, self.loaded, reason),
                    created_at=at,
                    read=self.now - at > UNREAD_WITHIN,
                )
            )
        self.last = max(self.last, at)
