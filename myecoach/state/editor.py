"""The session editor: the form, cancel, reactivate, mark completed and history."""

import asyncio

import reflex as rx

from myecoach import routes
from myecoach.db import unit_of_work
from myecoach.domain.errors import DomainError, NotFound, ValidationFailed
from myecoach.domain.statuses import SessionStatus, can_complete
from myecoach.domain.validation import parse_session_form
from myecoach.domain.wording import role_names, session_title
from myecoach.models import CoachingSession, User, utc_now
from myecoach.services import sessions
from myecoach.services.history import HistoryEntry
from myecoach.services.session_view import SessionView, open_session
from myecoach.state.auth import AuthState
from myecoach.state.formatting import local_when
from myecoach.state.live import push_inboxes

SECTIONS = {"details", "cancel", "reactivate", "complete", "history"}


class EditorState(AuthState):
    """One session being edited, and what the left-hand navigation shows."""

    not_found: bool = False
    loaded: bool = False
    section: str = "details"
    relationship_url: str = ""
    programme: str = ""
    other_people: str = ""
    number: int = 0
    version: int = 0
    status: str = ""
    date: str = ""
    start_time: str = ""
    end_time: str = ""
    time_zone: str = ""
    location: str = ""
    session_type: str = ""
    extra_information: str = ""
    cancellation: str = ""
    notify: bool = True
    can_complete: bool = False
    errors: dict[str, str] = {}
    history: list[dict[str, str]] = []
    _participants: list[int] = []

    @rx.var
    def title(self) -> str:
        """ "Session N"."""
        return session_title(self.number)

    @rx.var
    def read_only(self) -> bool:
        """Completed and cancelled sessions cannot be edited."""
        return self.status in (SessionStatus.COMPLETED, SessionStatus.CANCELLED)

    @rx.var
    def form_key(self) -> str:
        """Changes whenever a new version is loaded, so the form shows it afresh."""
        return f"{self.relationship_url}-{self.number}-{self.version}"

    @rx.event
    def load(self):
        """Load the session named in the URL, if the user may see it."""
        self.section, self.errors, self.notify = "details", {}, True
        return self._reload()

    @rx.event
    def show(self, section: str):
        """Switch what the main panel shows."""
        if section in SECTIONS:
            self.section = section
        if section == "history":
            return self._reload()

    @rx.event
    def set_date(self, value: str):
        """The date picked in the calendar or typed."""
        self.date = str(value)[:10]

    @rx.event
    def set_notify(self, value: bool):
        """Tick or untick `Notify the other participant`."""
        self.notify = bool(value)

    @rx.event
    async def save(self, form: dict):
        """Arrange or edit the session with what the form holds."""
        try:
            details = parse_session_form(
                date_text=self.date,
                start_text=_text(form, "start_time", 5),
                end_text=_text(form, "end_time", 5),
                time_zone=self.time_zone,
                location=_text(form, "location", 1000),
                session_type=_text(form, "session_type", 40),
                extra_information=_text(form, "extra_information", 10000),
            )
        except ValidationFailed as error:
            self.errors = error.errors
            return rx.toast.error("Please correct the highlighted fields. Nothing was saved.")
        return await self._act(
            lambda db, user, at: sessions.save_session(
                db, details=details, notify=self.notify, **at
            ),
            lambda saved: f"{self.title} saved: {saved.status}",
        )

    @rx.event
    async def cancel(self, form: dict):
        """Cancel the session with the reason given."""
        reason = _text(form, "reason", 5000)
        return await self._act(
            lambda db, user, at: sessions.cancel_session(db, reason=reason, **at),
            lambda _: f"{self.title} cancelled. The other participant has been notified.",
        )

    @rx.event
    async def reactivate(self):
        """Reactivate the cancelled session, keeping its date and time."""
        return await self._act(
            lambda db, user, at: sessions.reactivate_session(db, **at),
            lambda result: f"{self.title} reactivated. {result[1]}",
        )

    @rx.event
    async def complete(self):
        """Mark the session as completed."""
        return await self._act(
            lambda db, user, at: sessions.complete_session(db, **at),
            lambda _: f"{self.title} marked as completed.",
        )

    async def _act(self, use_case, success):
        """Run one use case as the signed-in user, then show the result."""
        with unit_of_work() as db:
            user = self._enter(db)
            if user is None:
                return rx.redirect(routes.SIGN_IN)
            at = {
                "actor": user,
                "relationship_id": routes.parse_id(self.relationship_id) or 0,
                "number": routes.parse_id(self.session_number) or 0,
                "expected_version": self.version,
            }
            try:
                result = use_case(db, user, at)
            except ValidationFailed as error:
                self.errors = error.errors
                return
            except NotFound:
                self.not_found = True
                return
            except DomainError as error:
                return rx.toast.error(error.message, duration=10000)
        # Tell the others first (the actor's own inbox is unchanged), then re-read the page
        # in a worker thread: the event loop sends the others' tabs their change meanwhile.
        await push_inboxes(*(p for p in self._participants if p != user.id))
        self.errors, self.section = {}, "details"
        self._show(await asyncio.to_thread(_read_session, user, **self._wanted()), user)
        return rx.toast.success(success(result))

    def _reload(self):
        with unit_of_work() as db:
            user = self._enter(db)
        if user is None:
            return rx.redirect(routes.SIGN_IN)
        self._show(_read_session(user, **self._wanted()), user)

    def _wanted(self) -> dict:
        """Which session this page shows, and whether with its history."""
        return {
            "relationship_id": routes.parse_id(self.relationship_id) or 0,
            "number": routes.parse_id(self.session_number) or 0,
            "with_history": self.section == "history",
        }

    def _show(self, view: SessionView | None, user: User) -> None:
        """Copy the stored session into the page's vars (its history when it is shown)."""
        if view is None:
            self.not_found, self.loaded = True, True
            return
        relationship, session = view.relationship, view.session
        self._participants = [relationship.coach_id, relationship.coachee_id]
        leader, follower = role_names(relationship.kind)
        self.not_found = False
        self.relationship_url = routes.relationship_url(relationship.id)
        self.programme = view.programme
        self.other_people = (
            f"{leader}: {view.name(relationship.coach_id)} · "
            f"{follower}: {view.name(relationship.coachee_id)}"
        )
        self._copy(session, view.name(session.cancelled_by_id), user.time_zone)
        if self.section == "history":
            self.history = [_history_row(entry, user.time_zone) for entry in view.history]
        self.loaded = True

    def _copy(self, session: CoachingSession, cancelled_by: str, zone: str) -> None:
        self.number, self.version, self.status = session.number, session.version, session.status
        self.date = session.date.isoformat() if session.date else ""
        self.start_time = f"{session.start_time:%H:%M}" if session.start_time else ""
        self.end_time = f"{session.end_time:%H:%M}" if session.end_time else ""
        self.time_zone = session.time_zone
        self.location, self.extra_information = session.location, session.extra_information
        self.session_type = session.session_type or ""
        started = session.starts_at is not None and session.starts_at <= utc_now()
        self.can_complete = can_complete(session.status, started=started)
        self.cancellation = (
            f"Cancelled by {cancelled_by} on {local_when(session.cancelled_at, zone)}: "
            f"{session.cancellation_reason}"
            if session.status == SessionStatus.CANCELLED
            else ""
        )


def _read_session(user: User, **wanted) -> SessionView | None:
    """The session as the user may see it, or None (safe to run in a worker thread)."""
    with unit_of_work() as db:
        try:
            return open_session(db, actor=user, **wanted)
        except NotFound:
            return None


def _text(form: dict, name: str, limit: int) -> str:
    """A form value as text, cut to a sane length before validation."""
    value = form.get(name, "")
    return value[:limit] if isinstance(value, str) else ""


def _history_row(entry: HistoryEntry, zone: str) -> dict[str, str]:
    changes = "; ".join(
        f"{c.field}: {c.old or '—'} → {c.new or '—'}" if c.old else f"{c.field}: {c.new}"
        for c in entry.changes
    )
    return {
        "when": local_when(entry.at, zone),
        "who": entry.actor,
        "action": entry.action,
        "changes": changes or "—",
        "notified": entry.notified or "Nobody",
    }
