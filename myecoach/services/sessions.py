"""Session use cases: add, save (arrange / edit), cancel, reactivate, complete."""

import json
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, select

from myecoach.domain import statuses
from myecoach.domain.errors import DomainError, StaleVersion, ValidationFailed
from myecoach.domain.history import Change, detail_changes, status_change
from myecoach.domain.permissions import recipients
from myecoach.domain.validation import SessionDetails, check_cancel_reason, check_details
from myecoach.domain.wording import (
    NotificationKind,
    notification_message,
    reactivation_note,
    when_text,
)
from myecoach.models import (
    CoachingSession,
    Notification,
    Programme,
    Relationship,
    SessionHistory,
    User,
    utc_now,
)
from myecoach.services.access import actor_of, load_relationship, load_session, participants_of

Clock = Callable[[], datetime]


def add_session(db: Session, *, actor: User, relationship_id: int) -> CoachingSession:
    """Add the next numbered session, To be Arranged, in the actor's time zone."""
    load_relationship(db, actor=actor, relationship_id=relationship_id, change=True)
    highest = db.exec(
        select(func.max(CoachingSession.number)).where(
            CoachingSession.relationship_id == relationship_id
        )
    ).one()
    session = CoachingSession(
        relationship_id=relationship_id,
        number=(highest or 0) + 1,
        status=statuses.status_when_added(scheduled=False),
        time_zone=actor.time_zone,
    )
    db.add(session)
    try:
        db.flush()
    except IntegrityError:
        raise DomainError("Someone added a session at the same moment. Try again.") from None
    _write_history(db, session, actor, "Added", status_change("", session.status), [])
    db.commit()
    return session


def save_session(
    db: Session,
    *,
    actor: User,
    relationship_id: int,
    number: int,
    expected_version: int,
    details: SessionDetails,
    notify: bool = True,
) -> CoachingSession:
    """Arrange or edit a session; the other side is told only when ``notify`` is set."""
    session, relationship, programme = _load_current(
        db, actor, relationship_id, number, expected_version
    )
    errors = check_details(details)
    if errors:
        raise ValidationFailed(errors)
    old_status = session.status
    new_status = statuses.status_after_save(old_status, scheduled=details.scheduled)
    changes = detail_changes(session.details(), details) + status_change(old_status, new_status)
    if not changes:
        return session
    session.apply(details)
    session.status = new_status
    arranged = old_status == statuses.SessionStatus.TO_BE_ARRANGED and details.scheduled
    kind = NotificationKind.ARRANGED if arranged else NotificationKind.EDITED
    _commit_change(
        db,
        session,
        actor,
        relationship,
        programme,
        kind,
        "Arranged" if arranged else "Edited",
        changes,
        notify=notify,
    )
    return session


def cancel_session(
    db: Session,
    *,
    actor: User,
    relationship_id: int,
    number: int,
    expected_version: int,
    reason: str,
    clock: Clock = utc_now,
) -> CoachingSession:
    """Cancel with a reason; the other participant is always told."""
    reason = check_cancel_reason(reason)
    session, relationship, programme = _load_current(
        db, actor, relationship_id, number, expected_version
    )
    new_status = statuses.status_after_cancel(session.status)
    changes = [*status_change(session.status, new_status), Change("Reason", "", reason)]
    session.status = new_status
    session.cancellation_reason = reason
    session.cancelled_by_id = actor.id
    session.cancelled_at = clock()
    _commit_change(
        db,
        session,
        actor,
        relationship,
        programme,
        NotificationKind.CANCELLED,
        "Cancelled",
        changes,
        reason=reason,
    )
    return session


def reactivate_session(
    db: Session,
    *,
    actor: User,
    relationship_id: int,
    number: int,
    expected_version: int,
    clock: Clock = utc_now,
) -> tuple[CoachingSession, str]:
    """Reactivate a cancelled session, keeping its date and time; returns a note for the user."""
    session, relationship, programme = _load_current(
        db, actor, relationship_id, number, expected_version
    )
    scheduled = session.details().scheduled
    new_status = statuses.status_after_reactivate(session.status, scheduled=scheduled)
    changes = status_change(session.status, new_status)
    session.status = new_status
    session.cancellation_reason, session.cancelled_by_id, session.cancelled_at = "", None, None
    _commit_change(
        db,
        session,
        actor,
        relationship,
        programme,
        NotificationKind.REACTIVATED,
        "Reactivated",
        changes,
    )
    in_past = scheduled and session.starts_at < clock()
    return session, reactivation_note(scheduled=scheduled, in_past=in_past)


def complete_session(
    db: Session,
    *,
    actor: User,
    relationship_id: int,
    number: int,
    expected_version: int,
    clock: Clock = utc_now,
) -> CoachingSession:
    """Mark an arranged session as completed once its start has passed."""
    session, relationship, programme = _load_current(
        db, actor, relationship_id, number, expected_version
    )
    started = session.starts_at is not None and session.starts_at <= clock()
    new_status = statuses.status_after_complete(session.status, started=started)
    changes = status_change(session.status, new_status)
    session.status = new_status
    _commit_change(
        db,
        session,
        actor,
        relationship,
        programme,
        NotificationKind.COMPLETED,
        "Completed",
        changes,
    )
    return session


def _load_current(
    db: Session, actor: User, relationship_id: int, number: int, expected_version: int
):
    session, relationship, programme = load_session(
        db, actor=actor, relationship_id=relationship_id, number=number, change=True
    )
    if session.version != expected_version:
        raise _stale(number)
    return session, relationship, programme


def _stale(number: int) -> StaleVersion:
    return StaleVersion(
        f"Session {number} was changed by someone else since you opened it. "
        "Nothing was saved: reload to see the latest version, then make your change again."
    )


def _recipients(db: Session, actor: User, relationship: Relationship) -> list[User]:
    ids = recipients(actor_of(actor), participants_of(relationship))
    return list(db.exec(select(User).where(User.id.in_(ids)).order_by(User.id)))


def _commit_change(
    db: Session,
    session: CoachingSession,
    actor: User,
    relationship: Relationship,
    programme: Programme,
    kind: NotificationKind,
    action: str,
    changes: list[Change],
    *,
    notify: bool = True,
    reason: str = "",
) -> None:
    """Write the change, its history row and its notifications in one commit."""
    session.updated_at = utc_now()
    try:
        db.flush()  # the version check: refused if someone saved since we loaded
        told = _recipients(db, actor, relationship) if notify else []
        when = when_text(session.date, session.start_time, session.end_time, session.time_zone)
        message = notification_message(
            kind,
            actor_name=actor.name,
            number=session.number,
            programme=programme.name,
            when=when,
            reason=reason,
        )
        for recipient in told:
            db.add(
                Notification(
                    recipient_id=recipient.id,
                    actor_id=actor.id,
                    session_id=session.id,
                    kind=kind,
                    message=message,
                )
            )
        _write_history(db, session, actor, action, changes, told)
        db.commit()
    except StaleDataError:
        db.rollback()
        raise _stale(session.number) from None


def _write_history(
    db: Session,
    session: CoachingSession,
    actor: User,
    action: str,
    changes: list[Change],
    told: list[User],
) -> None:
    db.add(
        SessionHistory(
            session_id=session.id,
            actor_id=actor.id,
            action=action,
            changes=json.dumps([[c.field, c.old, c.new] for c in changes]),
            notified=", ".join(user.name for user in told),
        )
    )
