"""Everything the session editor shows about one session, read in one place."""

from dataclasses import dataclass

from sqlmodel import Session, col, select

from myecoach.models import CoachingSession, Relationship, User
from myecoach.services.access import load_session
from myecoach.services.history import HistoryEntry, history_of


@dataclass(frozen=True)
class SessionView:
    """A session with its relationship, the people's names and its history."""

    session: CoachingSession
    relationship: Relationship
    programme: str
    names: dict[int, str]
    history: list[HistoryEntry]

    def name(self, user_id: int | None) -> str:
        """The name of a participant or of whoever cancelled ("" if none)."""
        return self.names.get(user_id, "") if user_id else ""


def open_session(
    db: Session, *, actor: User, relationship_id: int, number: int, with_history: bool = False
) -> SessionView:
    """A session the actor may see, for the editor (its history when asked); else NotFound."""
    loaded = load_session(db, actor=actor, relationship_id=relationship_id, number=number)
    session, relationship = loaded.session, loaded.relationship
    assert session.id is not None
    people = [relationship.coach_id, relationship.coachee_id, session.cancelled_by_id]
    names = {
        user_id: name
        for user_id, name in db.exec(select(User.id, User.name).where(col(User.id).in_(people)))
        if user_id is not None
    }
    entries = history_of(db, session.id) if with_history else []
    return SessionView(session, relationship, loaded.programme.name, names, entries)
