"""The e-mail outbox: messages are written in the same transaction as what they tell of, then
claimed by one sender at a time under a lease, sent, and marked sent; a failure is retried
with growing waits, and after MAX_ATTEMPTS it is marked failed for the admin team to see."""

import os
import secrets
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, insert, or_, update
from sqlmodel import Session, SQLModel, col, select

from myecoach import settings
from myecoach.domain.errors import NotFound
from myecoach.domain.ids import is_id
from myecoach.domain.permissions import require_admin
from myecoach.mail.messages import Written
from myecoach.models import OutboxMessage, User, utc_now
from myecoach.services.access import actor_of
from myecoach.services.admin.audit import record

CHANGE, REMINDER, NUDGE, LINK = "change", "reminder", "nudge", "link"  # kinds of message
MAX_ATTEMPTS = 8  # by default retried after 1, 2, 4 … 64 minutes: about two hours in all
BATCH = 20
_ADD = insert(SQLModel.metadata.tables["outbox"])  # built once: one per e-mail queued
WORKER = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"  # as leases name it


def queue(
    db: Session,
    *,
    user: User,
    kind: str,
    dedupe_key: str,
    written: Written | None = None,
    calendar: str = "",
    calendar_method: str = "",
) -> bool:
    """Queue an e-mail to ``user`` in the caller's transaction (nothing when e-mail is off);
    a message with ``written`` None is written when it is sent. Returns whether it queued."""
    if not settings.mail_enabled():
        return False
    db.connection().execute(
        _ADD,
        {
            "dedupe_key": dedupe_key,
            "kind": kind,
            "user_id": user.id,
            "to_address": user.email,
            "subject": written.subject if written else "",
            "text": written.text if written else "",
            "html": written.html if written else "",
            "calendar": calendar,
            "calendar_method": calendar_method,
        },
    )
    return True


def written(message: OutboxMessage) -> Written:
    """The words a queued message was written with."""
    return Written(message.subject, message.text, message.html)


def recipient(db: Session, message: OutboxMessage) -> User:
    """Whom a message is for."""
    person = db.get(User, message.user_id)
    assert person is not None
    return person


def claim(db: Session, *, worker: str = WORKER, now: datetime | None = None) -> list[int]:
    """Claim up to BATCH due messages for ``worker`` under a lease; commits. Each message is
    claimed by one worker at a time, on SQLite and on PostgreSQL with many workers."""
    now = now or utc_now()
    due = (
        select(OutboxMessage.id)
        .where(
            col(OutboxMessage.sent_at).is_(None),
            col(OutboxMessage.failed_at).is_(None),
            col(OutboxMessage.next_attempt_at) <= now,
            or_(col(OutboxMessage.locked_until).is_(None), col(OutboxMessage.locked_until) < now),
        )
        .order_by(col(OutboxMessage.id))
        .limit(BATCH)
    )
    if db.get_bind().dialect.name == "postgresql":
        due = due.with_for_update(skip_locked=True)
    claimed = db.exec(
        update(OutboxMessage)
        .where(col(OutboxMessage.id).in_(due.scalar_subquery()))
        .values(
            locked_by=worker,
            locked_until=now + timedelta(seconds=settings.mail_lease_seconds()),
            attempts=col(OutboxMessage.attempts) + 1,
        )
        .returning(col(OutboxMessage.id))
    ).all()
    db.commit()
    return sorted(message_id for (message_id,) in claimed)


def claimed_message(db: Session, message_id: int, worker: str = WORKER) -> OutboxMessage | None:
    """A message this worker holds the lease on (None once it has lost it)."""
    return db.exec(
        select(OutboxMessage).where(
            OutboxMessage.id == message_id, OutboxMessage.locked_by == worker
        )
    ).first()


def mark_sent(
    db: Session,
    message_id: int,
    *,
    worker: str = WORKER,
    note: str = "",
    now: datetime | None = None,
) -> None:
    """Record that the mail server accepted the message (or, with ``note``, that there was
    nothing left to send); commits."""
    _finish(db, message_id, worker, sent_at=now or utc_now(), last_error=note)


def mark_failure(
    db: Session, message_id: int, error: str, *, worker: str = WORKER, now: datetime | None = None
) -> None:
    """Record a failed attempt: retried later, or marked failed after MAX_ATTEMPTS; commits."""
    now = now or utc_now()
    message = claimed_message(db, message_id, worker)
    if message is None:
        return
    if message.attempts >= MAX_ATTEMPTS:
        _finish(db, message_id, worker, failed_at=now, last_error=error[:500])
        return
    wait = timedelta(seconds=settings.mail_first_retry_seconds()) * 2 ** (message.attempts - 1)
    _finish(db, message_id, worker, next_attempt_at=now + wait, last_error=error[:500])


@dataclass(frozen=True)
class FailedMessage:
    """An e-mail that could not be sent, as the admin team sees it."""

    id: int
    to_address: str
    subject: str
    created_at: datetime
    attempts: int
    last_error: str


def failed_messages(db: Session, *, admin: User, limit: int = 50) -> list[FailedMessage]:
    """The e-mails that failed for good, newest first (admins only)."""
    require_admin(actor_of(admin))
    rows = db.exec(
        select(OutboxMessage)
        .where(col(OutboxMessage.failed_at).is_not(None))
        .order_by(col(OutboxMessage.failed_at).desc())
        .limit(limit)
    ).all()
    return [
        FailedMessage(m.id or 0, m.to_address, m.subject, m.created_at, m.attempts, m.last_error)
        for m in rows
    ]


def count_failed(db: Session, *, admin: User) -> int:
    """How many e-mails failed for good (admins only)."""
    require_admin(actor_of(admin))
    return db.exec(
        select(func.count(col(OutboxMessage.id))).where(col(OutboxMessage.failed_at).is_not(None))
    ).one()


def retry(db: Session, *, admin: User, message_id: int) -> None:
    """Try a failed e-mail again from the start (admins only)."""
    require_admin(actor_of(admin))
    message = db.get(OutboxMessage, message_id) if is_id(message_id) else None
    if message is None or message.failed_at is None:
        raise NotFound("E-mail")
    message.failed_at, message.attempts, message.next_attempt_at = None, 0, utc_now()
    message.locked_by, message.locked_until = "", None
    record(db, admin, "Retried an e-mail", f"{message.subject} → {message.to_address}")
    db.commit()


def _finish(db: Session, message_id: int, worker: str, **values: object) -> None:
    db.exec(
        update(OutboxMessage)
        .where(col(OutboxMessage.id) == message_id, col(OutboxMessage.locked_by) == worker)
        .values(locked_by="", locked_until=None, **values)
    )
    db.commit()
