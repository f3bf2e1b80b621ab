"""The notification inbox: list, unread count, mark read."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, func, update
from sqlmodel import Session, col, select

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
    """The unread count and newest notification of a user, for live delivery."""
    newest = _newest(db, user_id, 1)
    return InboxSummary(_unread(db, user_id), newest[0] if newest else None)


def unread_count(db: Session, *, user: User) -> int:
    """How many of the user's notifications are unread."""
    return _unread(db, user.id or 0)


_NEWEST = (
    select(
        Notification,
        func.coalesce(col(CoachingSession.relationship_id), col(Notification.relationship_id)),
        col(CoachingSession.number),
    )
    .outerjoin(CoachingSession, col(CoachingSession.id) == col(Notification.session_id))
    .where(Notification.recipient_id == bindparam("user_id"))
    .order_by(col(Notification.created_at).desc(), col(Notification.id).desc())
    .limit(bindparam("limit"))
)
_UNREAD = select(func.count(col(Notification.id))).where(
    Notification.recipient_id == bindparam("user_id"), col(Notification.read).is_(False)
)  # both built once: every change reads them for each person told, live


def _newest(db: Session, user_id: int, limit: int) -> list[InboxItem]:
    rows = db.exec(_NEWEST, params={"user_id": user_id, "limit": limit}).all()
    return [
        InboxItem(n.id or 0, n.message, n.kind, n.created_at, n.read, relationship_id, number)
        for n, relationship_id, number in rows
    ]


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
