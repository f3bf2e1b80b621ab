"""A relationship's page: its sessions and `Add session`."""

import reflex as rx

from myecoach import routes
from myecoach.db import unit_of_work
from myecoach.domain.errors import DomainError, NotFound
from myecoach.domain.wording import role_names, session_title, when_text
from myecoach.models import CoachingSession
from myecoach.services import relationships, sessions
from myecoach.state.auth import AuthState


class RelationshipState(AuthState):
    """One relationship: who is in it and its sessions."""

    not_found: bool = False
    loaded: bool = False
    programme: str = ""
    leader_role: str = "Coach"
    follower_role: str = "Coachee"
    leader: str = ""
    follower: str = ""
    active: bool = True
    rows: list[dict[str, str]] = []

    @rx.event
    def load(self):
        """Load the relationship named in the URL, if the user may see it."""
        return self._load()

    @rx.event
    def add_session(self):
        """Add the next session, To be Arranged, and open it in the editor."""
        relationship_id = routes.parse_id(self.relationship_id)
        with unit_of_work() as db:
            user = self._enter(db)
            if user is None:
                return rx.redirect(routes.SIGN_IN)
            try:
                added = sessions.add_session(db, actor=user, relationship_id=relationship_id or 0)
            except DomainError as error:
                return rx.toast.error(error.message)
        return [
            rx.toast.success(f"{session_title(added.number)} added: To be Arranged"),
            rx.redirect(routes.session_url(added.relationship_id, added.number)),
        ]

    def _load(self):
        self.loaded, self.not_found = False, False
        relationship_id = routes.parse_id(self.relationship_id)
        with unit_of_work() as db:
            user = self._enter(db)
            if user is None:
                return rx.redirect(routes.SIGN_IN)
            try:
                view = relationships.open_relationship(
                    db, actor=user, relationship_id=relationship_id or 0
                )
            except NotFound:
                self.not_found, self.loaded = True, True
                return
        summary = view.summary
        self.programme, self.active = summary.programme, summary.active
        self.leader_role, self.follower_role = role_names(summary.kind)
        self.leader, self.follower = summary.coach.name, summary.coachee.name
        self.rows = [_session_row(summary.id, session) for session in view.sessions]
        self.loaded = True


def _session_row(relationship_id: int, session: CoachingSession) -> dict[str, str]:
    title = session_title(session.number)
    time = (
        f"{session.start_time:%H:%M}–{session.end_time:%H:%M}"
        if session.start_time and session.end_time
        else ""
    )
    return {
        "title": title,
        "date": when_text(session.date, None, None, session.time_zone) if session.date else "—",
        "time": f"{time} ({session.time_zone})" if time else "—",
        "type": session.session_type or "—",
        "status": session.status,
        "url": routes.session_url(relationship_id, session.number),
        "label": f"Edit {title}",
    }
