"""Session use cases: add, save (arrange / edit), cancel, reactivate, complete."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, func, insert, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, select

from myecoach.domain import statuses
from myecoach.domain.calendar import Shown, shown_in_calendar
from myecoach.domain.errors import AddedMeanwhile, StaleVersion, ValidationFailed
from myecoach.domain.history import Change, detail_changes, status_change, stored
from myecoach.domain.local_times import Slot, slot_text
from myecoach.domain.permissions import recipients
from myecoach.domain.statuses import SessionStatus
from myecoach.domain.validation import SessionDetails, check_cancel_reason, check_details
from myecoach.domain.wording import ChangeKind, notification_message, reactivation_note
from myecoach.models import CoachingSession, User, utc_now
from myecoach.services.access import (
    LoadedSession,
    actor_of,
    load_relationship,
    load_session,
    participants_of,
)
from myecoach.services.change_mail import queue_change_mails
from myecoach.services.clashes import refuse_clashes

Clock = Callable[[], datetime]
# Built once (building a statement costs more than running it); values are parameters.
_PEOPLE_BY_ID = (
    select(User).where(col(User.id).in_(bindparam("ids", expanding=True))).order_by(col(User.id))
)
_SESSIONS = SQLModel.metadata.tables["coaching_session"]
_FIXED = (
    "id",
    "relationship_id",
    "coach_id",
    "coachee_id",
    "number",
    "version",
    "created_at",
    "ical_uid",
    "cancelled_after",  # kept by the database (myecoach.session_tally)
)
_CHANGEABLE = tuple(column.name for column in _SESSIONS.c if column.name not in _FIXED)
_WRITE_IF_UNCHANGED = (  # the version check: no row is written if someone saved meanwhile
    update(_SESSIONS)
    .where(_SESSIONS.c.id == bindparam("session_id"))
    .where(_SESSIONS.c.version == bindparam("seen_version"))
    .values(
        version=_SESSIONS.c.version + 1,
        **{name: bindparam(f"new_{name}") for name in _CHANGEABLE},
    )
)
_ADD_NOTIFICATIONS = insert(SQLModel.metadata.tables["notification"])
_ADD_HISTORY = insert(SQLModel.metadata.tables["session_history"])


@dataclass(frozen=True)
class SessionChange:
    """What a use case did: the session as saved, who was told, and a note for the actor."""

    session: CoachingSession
    told: list[int] = field(default_factory=list)
    note: str = ""


def add_session(db: Session, *, actor: User, relationship_id: int) -> SessionChange:
    """Add the next numbered session, To be Arranged, in the actor's time zone."""
    relationship, _ = load_relationship(
        db, actor=actor, relationship_id=relationship_id, change=True
    )
    highest = db.exec(
        select(func.max(CoachingSession.number)).where(
            CoachingSession.relationship_id == relationship_id
        )
    ).one()
    session = CoachingSession.numbered(
        relationship,
        (highest or 0) + 1,
        status=statuses.status_when_added(scheduled=False),
        time_zone=actor.time_zone,
    )
    db.add(session)
    try:
        db.flush()
    except IntegrityError:
        db.rollback()
        raise AddedMeanwhile() from None
    _write_history(db, session, actor, ChangeKind.ADDED, status_change("", session.status), [])
    db.commit()
    return SessionChange(session)


def save_session(
    db: Session,
    *,
    actor: User,
    relationship_id: int,
    number: int,
    expected_version: int,
    details: SessionDetails,
    notify: bool = True,
    confirm_clash: bool = False,
) -> SessionChange:
    """Arrange or edit a session; the other side is told only when ``notify`` is set. A new
    time that overlaps another arranged session of either participant raises ClashFound,
    and nothing is saved, unless the actor has confirmed it (``confirm_clash``)."""
    loaded = _load_current(db, actor, relationship_id, number, expected_version)
    errors = check_details(details)
    if errors:
        raise ValidationFailed(errors)
    session = loaded.session
    old_status = session.status
    new_status = statuses.status_after_save(SessionStatus(old_status), scheduled=details.scheduled)
    changes = detail_changes(session.details(), details) + status_change(old_status, new_status)
    if not changes:
        return SessionChange(session)
    slot = details.slot()
    newly_busy = new_status == SessionStatus.ARRANGED and (
        old_status != new_status or slot != session.slot()
    )
    checked = slot if newly_busy and not confirm_clash else None
    shown = _shown(session)
    session.apply(details)
    session.status = new_status
    arranged = old_status == statuses.SessionStatus.TO_BE_ARRANGED and details.scheduled
    kind = ChangeKind.ARRANGED if arranged else ChangeKind.EDITED
    return _commit_change(
        db, loaded, actor, kind, changes, shown, notify=notify, unless_clashing=checked
    )


def cancel_session(
    db: Session,
    *,
    actor: User,
    relationship_id: int,
    number: int,
    expected_version: int,
    reason: str,
    clock: Clock = utc_now,
) -> SessionChange:
    """Cancel with a reason; the other participant is always told."""
    reason = check_cancel_reason(reason)
    loaded = _load_current(db, actor, relationship_id, number, expected_version)
    session = loaded.session
    new_status = statuses.status_after_cancel(SessionStatus(session.status))
    changes = [*status_change(session.status, new_status), Change("Reason", "", reason)]
    shown = _shown(session)
    session.status = new_status
    session.cancellation_reason = reason
    session.cancelled_by_id = actor.id
    session.cancelled_at = clock()
    return _commit_change(db, loaded, actor, ChangeKind.CANCELLED, changes, shown, reason=reason)


def reactivate_session(
    db: Session,
    *,
    actor: User,
    relationship_id: int,
    number: int,
    expected_version: int,
    clock: Clock = utc_now,
) -> SessionChange:
    """Reactivate a cancelled session, keeping its date and time; its note says what to do."""
    loaded = _load_current(db, actor, relationship_id, number, expected_version)
    session = loaded.session
    scheduled = session.details().scheduled
    new_status = statuses.status_after_reactivate(
        SessionStatus(session.status), scheduled=scheduled
    )
    changes = status_change(session.status, new_status)
    shown = _shown(session)
    session.status = new_status
    session.cancellation_reason, session.cancelled_by_id, session.cancelled_at = "", None, None
    change = _commit_change(db, loaded, actor, ChangeKind.REACTIVATED, changes, shown)
    in_past = session.starts_at is not None and session.starts_at < clock()
    return SessionChange(
        change.session, change.told, reactivation_note(scheduled=scheduled, in_past=in_past)
    )


def complete_session(
    db: Session,
    *,
    actor: User,
    relationship_id: int,
    number: int,
    expected_version: int,
    clock: Clock = utc_now,
) -> SessionChange:
    """Mark an arranged session as completed once its start has passed."""
    loaded = _load_current(db, actor, relationship_id, number, expected_version)
    session = loaded.session
    started = session.starts_at is not None and session.starts_at <= clock()
    new_status = statuses.status_after_complete(SessionStatus(session.status), started=started)
    changes = status_change(session.status, new_status)
    shown = _shown(session)
    session.status = new_status
    return _commit_change(db, loaded, actor, ChangeKind.COMPLETED, changes, shown)


def _load_current(
    db: Session, actor: User, relationship_id: int, number: int, expected_version: int
) -> LoadedSession:
    """The session to change, refused when someone changed it since the actor loaded it; it
    is detached from the unit of work, as its change is written by one guarded statement."""
    loaded = load_session(
        db, actor=actor, relationship_id=relationship_id, number=number, change=True
    )
    if loaded.session.version != expected_version:
        raise StaleVersion(number)
    db.expunge(loaded.session)
    return loaded


def _commit_change(
    db: Session,
    loaded: LoadedSession,
    actor: User,
    kind: ChangeKind,
    changes: list[Change],
    shown_before: Shown | None,
    *,
    notify: bool = True,
    reason: str = "",
    unless_clashing: Slot | None = None,
) -> SessionChange:
    """Write the change, its history row and its notifications in one commit (none of it if
    the new time, ``unless_clashing``, clashes); raise the calendar event's SEQUENCE when the
    change alters what calendars show (``shown_before``)."""
    session = loaded.session
    session.updated_at = utc_now()
    if _shown(session) != shown_before:
        session.ical_sequence += 1
    _write_if_unchanged(db, session)
    if unless_clashing is not None:  # asked once written: it sees what others saved meanwhile
        refuse_clashes(db, actor=actor, loaded=loaded, slot=unless_clashing)
    told = _recipients(db, actor, loaded) if notify else []
    messages = [(person, message_for(person, kind, actor, loaded, reason)) for person in told]
    if messages:
        db.connection().execute(
            _ADD_NOTIFICATIONS,
            [
                {
                    "recipient_id": recipient.id,
                    "actor_id": actor.id,
                    "session_id": session.id,
                    "kind": kind,
                    "message": message,
                }
                for recipient, message in messages
            ],
        )
    queue_change_mails(db, loaded, kind, messages)
    _write_history(db, session, actor, kind, changes, told)
    db.commit()
    return SessionChange(session, [user.id for user in told if user.id is not None])


def _write_if_unchanged(db: Session, session: CoachingSession) -> None:
    """Store the session's changed fields as its next version, refused when someone saved
    it since it was loaded (nothing is written)."""
    written = db.connection().execute(
        _WRITE_IF_UNCHANGED,
        {
            "session_id": session.id,
            "seen_version": session.version,
            **{f"new_{name}": getattr(session, name) for name in _CHANGEABLE},
        },
    )
    if written.rowcount != 1:
        db.rollback()
        raise StaleVersion(session.number)
    session.version += 1


def message_for(
    recipient: User, kind: ChangeKind, actor: User, loaded: LoadedSession, reason: str
) -> str:
    """The notification's text, with the session's time in the recipient's own zone."""
    slot = loaded.session.slot()
    return notification_message(
        kind,
        actor_name=actor.name,
        number=loaded.session.number,
        programme=loaded.programme.name,
        when=slot_text(slot, recipient.time_zone) if slot else "no date yet",
        reason=reason,
    )


def _shown(session: CoachingSession) -> Shown | None:
    """What participants' calendars show of the session as it is now."""
    return shown_in_calendar(session.calendar_facts())


def _recipients(db: Session, actor: User, loaded: LoadedSession) -> list[User]:
    """Who is told about the actor's change, in a stable order."""
    ids = recipients(actor_of(actor), participants_of(loaded.relationship))
    return list(db.exec(_PEOPLE_BY_ID, params={"ids": ids}))


def _write_history(
    db: Session,
    session: CoachingSession,
    actor: User,
    kind: ChangeKind,
    changes: list[Change],
    told: list[User],
) -> None:
    """Append the change to the session's history."""
    db.connection().execute(
        _ADD_HISTORY,
        {
            "session_id": session.id,
            "actor_id": actor.id,
            "action": kind.label,
            "changes": stored(changes),
            "notified": ", ".join(user.name for user in told),
        },
    )
