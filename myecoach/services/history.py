"""Reading a session's history."""

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from myecoach.domain.history import Change, from_stored
from myecoach.models import SessionHistory, User
from myecoach.services.access import load_session


@dataclass(frozen=True)
class HistoryEntry:
    """One change: who, when, what, and who was told."""

    at: datetime
    actor: str
    action: str
    changes: list[Change]
    notified: str


def session_history(
    db: Session, *, actor: User, relationship_id: int, number: int
) -> list[HistoryEntry]:
    """A session's changes, oldest first, if the actor may see it."""
    loaded = load_session(db, actor=actor, relationship_id=relationship_id, number=number)
    assert loaded.session.id is not None
    return history_of(db, loaded.session.id)


def history_of(db: Session, session_id: int) -> list[HistoryEntry]:
    """A session's changes, oldest first; the caller has checked the reader may see it."""
    rows = db.exec(
        select(SessionHistory, User.name)
        .join(User, col(User.id) == col(SessionHistory.actor_id))
        .where(SessionHistory.session_id == session_id)
        .order_by(col(SessionHistory.at), col(SessionHistory.id))
    ).all()
    return [
        HistoryEntry(h.at, name, h.action, from_stored(h.changes), h.notified) for h, name in rows
    ]
