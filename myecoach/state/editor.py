"""The session editor: the form, cancel, reactivate, mark completed and history."""

from collections.abc import Callable
from dataclasses import dataclass

import reflex as rx

from myecoach import routes
from myecoach.domain.calendar import calendar_filename, shown_in_calendar
from myecoach.domain.errors import ClashFound, DomainError, NotFound, ValidationFailed
from myecoach.domain.local_times import slot_text
from myecoach.domain.statuses import SessionStatus, can_complete
from myecoach.domain.validation import FIELD_LABELS, parse_session_form
from myecoach.domain.wording import role_names, session_title
from myecoach.models import CoachingSession, User, utc_now
from myecoach.services import calendar, sessions
from myecoach.services.history import HistoryEntry
from myecoach.services.session_view import SessionView, open_session
from myecoach.state.auth import AuthState, Caller, form_text, signed_in
from myecoach.state.formatting import local_when
from myecoach.state.live import push_in_background

SECTIONS = {"details", "cancel", "reactivate", "complete", "history"}


@dataclass(frozen=True)
class HistoryRow:
    """One change as the `History` panel shows it."""

    when: str
    who: str
    action: str
    changes: str
    notified: str


@dataclass(frozen=True)
class Unconfirmed:
    """A save refused for a clash: what `Save anyway` saves, and to which session version."""

    typed: dict[str, str]
    notify: bool
    target: tuple[int, int, int]


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
    when: str = ""  # the stored time as this user reads it, in their own zone
    location: str = ""
    session_type: str = ""
    extra_information: str = ""
    cancellation: str = ""
    notify: bool = True
    can_complete: bool = False
    has_event: bool = False
    errors: dict[str, str] = {}
    clashes: list[str] = []  # shown to confirm: what the time being saved overlaps
    history: list[HistoryRow] = []
    form_key: int = 0  # changed to show the stored session afresh in the form (re-mounted)
    _unconfirmed: Unconfirmed | None = None  # what `Save anyway` saves, as warned about

    @rx.var
    def title(self) -> str:
        """ "Session N"."""
        return session_title(self.number)

    @rx.var
    def read_only(self) -> bool:
        """Completed and cancelled sessions cannot be edited."""
        return self.status in (SessionStatus.COMPLETED, SessionStatus.CANCELLED)

    @signed_in
    def load(self, caller: Caller):
        """Load the session named in the URL, if the user may see it."""
        self.section, self.errors, self.notify = "details", {}, True
        self.clashes, self._unconfirmed = [], None
        self._show(open_session(caller.db, actor=caller.user, **self._wanted()), caller.user)

    @signed_in
    def show(self, caller: Caller, section: str):
        """Switch what the main panel shows (reading the history afresh when it is shown)."""
        if section in SECTIONS:
            self.section = section
        if section == "history":
            self._show(open_session(caller.db, actor=caller.user, **self._wanted()), caller.user)

    @signed_in
    def set_date(self, caller: Caller, value: str):
        """The date picked in the calendar or typed."""
        self.date = value

    @signed_in
    def set_notify(self, caller: Caller, value: bool):
        """Tick or untick `Notify the other participant`."""
        self.notify = value

    @signed_in
    def save(self, caller: Caller, form: dict):
        """Arrange or edit the session with what the form holds; a clash asks to confirm."""
        typed = {name: form_text(form, name) for name in FIELD_LABELS}
        typed["date"] = self.date  # the date picker's value, kept here as it is picked
        typed["time_zone"] = typed["time_zone"] if "time_zone" in form else self.time_zone
        return self._save(caller, typed, self.notify, confirm_clash=False)

    @signed_in
    def save_anyway(self, caller: Caller):
        """Save what the clash warning was about, as it was then, to the same session and
        version (nothing when no warning is open)."""
        unconfirmed, self._unconfirmed, self.clashes = self._unconfirmed, None, []
        if unconfirmed is None or unconfirmed.target != self._target_key():
            return None
        return self._save(caller, unconfirmed.typed, unconfirmed.notify, confirm_clash=True)

    @signed_in
    def keep_editing(self, caller: Caller):
        """Close the clash warning without saving, to choose another time."""
        self._unconfirmed, self.clashes = None, []

    def _save(self, caller: Caller, typed: dict[str, str], notify: bool, *, confirm_clash: bool):
        """Save the details typed; an unconfirmed clash is kept to show and to confirm."""
        details = parse_session_form(**typed)
        try:
            change = sessions.save_session(
                caller.db,
                details=details,
                notify=notify,
                confirm_clash=confirm_clash,
                **self._target(caller),
            )
        except ClashFound as clash:
            self.errors, self.clashes = {}, clash.warnings
            self._unconfirmed = Unconfirmed(typed, notify, self._target_key())
            return None
        return self._after(caller, change, lambda: f"{self.title} saved: {self.status}", typed)

    @signed_in
    def cancel(self, caller: Caller, form: dict):
        """Cancel the session with the reason given."""
        change = sessions.cancel_session(
            caller.db, reason=form_text(form, "reason"), **self._target(caller)
        )
        return self._after(
            caller,
            change,
            lambda: f"{self.title} cancelled. The other participant has been notified.",
        )

    @signed_in
    def reactivate(self, caller: Caller):
        """Reactivate the cancelled session, keeping its date and time."""
        change = sessions.reactivate_session(caller.db, **self._target(caller))
        return self._after(caller, change, lambda: f"{self.title} reactivated. {change.note}")

    @signed_in
    def complete(self, caller: Caller):
        """Mark the session as completed."""
        change = sessions.complete_session(caller.db, **self._target(caller))
        return self._after(caller, change, lambda: f"{self.title} marked as completed.")

    @signed_in
    def add_to_calendar(self, caller: Caller):
        """Download the session's .ics through a one-time link made for this user."""
        token = calendar.issue_download(
            caller.db,
            actor=caller.user,
            relationship_id=self._route_id("relationship_id"),
            number=self._route_id("session_number"),
        )
        return rx.download(
            url=routes.calendar_download_path(token), filename=calendar_filename(self.number)
        )

    def _refused(self, error: DomainError):
        """Field errors beside their fields, a hidden session as not found, else a toast."""
        if isinstance(error, ValidationFailed):
            self.errors = error.errors
            return rx.toast.error("Please correct the highlighted fields. Nothing was saved.")
        if isinstance(error, NotFound):
            self.not_found, self.loaded = True, True
            return None
        return super()._refused(error)

    def _target(self, caller: Caller) -> dict:
        """The session this page changes, as the version the user has seen."""
        return {
            "actor": caller.user,
            "relationship_id": self._route_id("relationship_id"),
            "number": self._route_id("session_number"),
            "expected_version": self.version,
        }

    def _target_key(self) -> tuple[int, int, int]:
        """The session and version this page changes, to match a warning to its session."""
        return self._route_id("relationship_id"), self._route_id("session_number"), self.version

    def _wanted(self) -> dict:
        """Which session this page shows, and whether with its history."""
        return {
            "relationship_id": self._route_id("relationship_id"),
            "number": self._route_id("session_number"),
            "with_history": self.section == "history",
        }

    def _after(
        self,
        caller: Caller,
        change: sessions.SessionChange,
        success: Callable,
        typed: dict[str, str] | None = None,
    ):
        """Show the saved session and confirm to the actor at once; the others' open tabs are
        told alongside, not before (their inboxes are read from the database once committed).
        The form is shown afresh unless it already holds what was saved, as ``typed``."""
        push_in_background(*change.told)
        self.errors, self.section = {}, "details"
        self._copy(change.session, caller.user.name, caller.user.time_zone)  # who cancelled
        if typed is None or any(typed[name] != getattr(self, name) for name in FIELD_LABELS):
            self.form_key += 1
        return rx.toast.success(success())

    def _show(self, view: SessionView | None, user: User) -> None:
        """Copy the stored session into the page's vars (its history when it is shown)."""
        if view is None:
            self.not_found, self.loaded = True, True
            return
        relationship = view.relationship
        leader, follower = role_names(relationship.kind)
        self.not_found = False
        self.relationship_url = routes.relationship_url(relationship.id)
        self.programme = view.programme
        self.other_people = (
            f"{leader}: {view.name(relationship.coach_id)} · "
            f"{follower}: {view.name(relationship.coachee_id)}"
        )
        self._copy(view.session, view.name(view.session.cancelled_by_id), user.time_zone)
        self.form_key += 1
        if self.section == "history":
            self.history = [_history_row(entry, user.time_zone) for entry in view.history]
        self.loaded = True

    def _copy(self, session: CoachingSession, cancelled_by: str, zone: str) -> None:
        self.number, self.version, self.status = session.number, session.version, session.status
        self.date = session.date.isoformat() if session.date else ""
        self.start_time = f"{session.start_time:%H:%M}" if session.start_time else ""
        self.end_time = f"{session.end_time:%H:%M}" if session.end_time else ""
        self.time_zone = session.time_zone if session.date else zone  # new: the user's own
        slot = session.slot()
        self.when = slot_text(slot, zone) if slot else ""
        self.location, self.extra_information = session.location, session.extra_information
        self.session_type = session.session_type or ""
        started = session.starts_at is not None and session.starts_at <= utc_now()
        self.can_complete = can_complete(session.status, started=started)
        self.has_event = shown_in_calendar(session.calendar_facts()) is not None
        self.cancellation = (
            f"Cancelled by {cancelled_by} on {local_when(session.cancelled_at, zone)}: "
            f"{session.cancellation_reason}"
            if session.status == SessionStatus.CANCELLED
            else ""
        )


def _history_row(entry: HistoryEntry, zone: str) -> HistoryRow:
    changes = "; ".join(
        f"{c.field}: {c.old or '—'} → {c.new or '—'}" if c.old else f"{c.field}: {c.new}"
        for c in entry.changes
    )
    return HistoryRow(
        when=local_when(entry.at, zone),
        who=entry.actor,
        action=entry.action,
        changes=changes or "—",
        notified=entry.notified or "Nobody",
    )
