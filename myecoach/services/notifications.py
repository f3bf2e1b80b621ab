"""The notification inbox: list, unread count, mark read."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import bindparam, func, update
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import Select

from myecoach.domain.ids import is_id
from myecoach.models import CoachingSession, Notification, User

INBOX_SIZE = 50


@dataclass(frozen=True)
class InboxItem:
    """A notification with what is needed to link to its session (or its relationship)."""

    id: int
    message: str
    kind: str
    created_at: datetime
    read: bool
    relationship_id: int
    session_number: int | None


@dataclass(frozen=True)
class InboxSummary:
    """What the bell and the live toast need: the unread count and the newest item."""

    unread: int
    newest: InboxItem | None


def inbox(db: Session, *, user: User, limit: int = INBOX_SIZE) -> list[InboxItem]:
    """The user's newest notifications, newest first."""
    return _newest(db, user.id or 0, limit)


def inbox_summary(db: Session, *, user_id: int) -> InboxSummary:
    """The unread count and newest notification of a user, for live delivery, in one read."""
    row = db.exec(_SUMMARY, params={"user_id": user_id, "limit": 1}).first()
    if row is None:
        return InboxSummary(0, None)  # no notifications, so none unread
    notification, relationship_id, number, unread = row
    return InboxSummary(unread, _item(notification, relationship_id, number))


def unread_count(db: Session, *, user: User) -> int:
    """How many of the user's notifications are unread."""
    return _unread(db, user.id or 0)


Statement = TypeVar("Statement", bound=Select[*tuple[Any, ...]])
_RELATIONSHIP_ID = func.coalesce(
    col(CoachingSession.relationship_id), col(Notification.relationship_id)
)
_UNREAD = select(func.count(col(Notification.id))).where(
    Notification.recipient_id == bindparam("user_id"), col(Notification.read).is_(False)
)


def _newest_first(statement: Statement) -> Statement:
    """A user's notifications with their session's number, newest first, up to a limit."""
    return (
        statement.outerjoin(
            CoachingSession, col(CoachingSession.id) == col(Notification.session_id)
        )
        .where(Notification.recipient_id == bindparam("user_id"))
        .order_by(col(Notification.created_at).desc(), col(Notification.id).desc())
        .limit(bindparam("limit"))
    )


# Built once: every change reads a summary for each person told, live.
_NEWEST = _newest_first(select(Notification, _RELATIONSHIP_ID, col(CoachingSession.number)))
_SUMMARY = _newest_first(
    select(Notification, _RELATIONSHIP_ID, col(CoachingSession.number), _UNREAD.scalar_subquery())
)


def _newest(db: Session, user_id: int, limit: int) -> list[InboxItem]:
    rows = db.exec(_NEWEST, params={"user_id": user_id, "limit": limit}).all()
    return [_item(*row) for row in rows]


def _item(notification: Notification, relationship_id: int, number: int | None) -> InboxItem:
    n = notification
    return InboxItem(n.id or 0, n.message, n.kind, n.created_at, n.read, relationship_id, number)


def _unread(db: Session, user_id: int) -> int:
    return db.exec(_UNREAD, params={"user_id": user_id}).one()


def mark_read(db: Session, *, user: User, notification_id: int) -> None:
    """Mark one of the user's own notifications as read; any other id is left alone."""
    if not is_id(notification_id):
        return
    db.exec(
        update(Notification)
        .where(col(Notification.id) == notification_id, col(Notification.recipient_id) == user.id)
        .values(read=True)
    )
    db.commit()


def mark_all_read(db: Session, *, user: User) -> None:
    """Mark every notification of the user as read."""
    db.exec(
        update(Notification)
        .where(col(Notification.recipient_id) == user.id, col(Notification.read).is_(False))
        .values(read=True)
    )
    db.commit()
