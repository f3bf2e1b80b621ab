"""A relationship's page: its sessions and `Add session`."""

from dataclasses import dataclass
from datetime import datetime

import reflex as rx

from myecoach import routes
from myecoach.domain.errors import DomainError, NotFound
from myecoach.domain.local_times import slot_day, slot_times
from myecoach.domain.statuses import SessionStatus, awaits_completion
from myecoach.domain.wording import role_names, session_title
from myecoach.models import CoachingSession, utc_now
from myecoach.services import relationships, sessions
from myecoach.services.admin import pairing
from myecoach.services.relationships import RelationshipSummary
from myecoach.state.auth import AuthState, Caller, signed_in
from myecoach.state.live import push_inboxes


@dataclass(frozen=True)
class SessionRow:
    """One session as the relationship's table shows it."""

    title: str
    date: str
    time: str
    when: str  # day and time together, for a phone's narrow table ("" without a date)
    session_type: str
    status: str
    url: str
    label: str
    awaiting_completion: bool  # its time has passed: someone should mark it as completed


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
    rows: list[SessionRow] = []

    @signed_in
    def load(self, caller: Caller):
        """Load the relationship named in the URL, if the user may see it."""
        self.loaded, self.not_found = False, False
        self._read(caller)

    def _read(self, caller: Caller) -> None:
        """Read the relationship and its sessions into the page."""
        view = relationships.open_relationship(
            caller.db, actor=caller.user, relationship_id=self._route_id("relationship_id")
        )
        summary = view.summary
        self.programme, self.active = summary.programme, summary.active
        self.leader_role, self.follower_role = role_names(summary.kind)
        self.leader, self.follower = summary.coach.name, summary.coachee.name
        zone, now = caller.user.time_zone, utc_now()
        self.rows = [_session_row(summary, session, zone, now) for session in view.sessions]
        self.loaded = True

    @signed_in
    def add_session(self, caller: Caller):
        """Add the next session, To be Arranged, and open it in the editor."""
        added = sessions.add_session(
            caller.db, actor=caller.user, relationship_id=self._route_id("relationship_id")
        ).session
        return [
            rx.toast.success(f"{session_title(added.number)} added: To be Arranged"),
            rx.redirect(routes.session_url(added.relationship_id, added.number)),
        ]

    @signed_in
    async def set_open(self, caller: Caller, open_: bool):
        """Admin team: close the relationship (its sessions become read-only) or reopen it;
        both participants are told."""
        told = pairing.set_relationship_open(
            caller.db,
            admin=caller.user,
            relationship_id=self._route_id("relationship_id"),
            open_=open_,
        )
        await push_inboxes(self, *told)
        self._read(caller)
        return rx.toast.success("Relationship reopened." if open_ else "Relationship closed.")

    def _refused(self, error: DomainError):
        """A relationship the user may not see is shown as not found."""
        if isinstance(error, NotFound):
            self.not_found, self.loaded = True, True
            return None
        return super()._refused(error)


def _session_row(
    relationship: RelationshipSummary, session: CoachingSession, zone: str, now: datetime
) -> SessionRow:
    """A session as the viewer reads it, its day and times in their own zone."""
    title = session_title(session.number)
    slot = session.slot()
    day, times = (slot_day(slot, zone), slot_times(slot, zone)) if slot else ("—", "—")
    return SessionRow(
        title=title,
        date=day,
        time=times,
        when=f"{day} · {times}" if slot else "",
        session_type=session.session_type or "—",
        status=session.status,
        url=routes.session_url(relationship.id, session.number),
        label=f"Edit {title}",
        awaiting_completion=awaits_completion(
            SessionStatus(session.status),
            ended=slot is not None and slot.ends_at < now,  # as the admin overview counts it
            open_=relationship.active,
        ),
    )
