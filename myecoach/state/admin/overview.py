"""Admin → Overview: the filters, the figures, the chart's data, what needs attention, a
cheap check for changes while the page is open, and the CSV export's one-time link."""

from dataclasses import dataclass
from typing import Any

import reflex as rx

from myecoach import routes
from myecoach.domain.local_times import day_text
from myecoach.domain.overview import OverviewFilter, read_filter, this_year
from myecoach.domain.statuses import SessionStatus
from myecoach.models import utc_now
from myecoach.services.admin import attention, exports, overview
from myecoach.state.admin.base import AdminPageState
from myecoach.state.auth import Caller, signed_in
from myecoach.state.formatting import local_when

STATUSES = [s.value for s in SessionStatus]
CHECK_EVERY_SECONDS = 10
CHECKS_PER_VIEW = 180  # 30 minutes of checks after the figures were last made
CANCELLED_BY = {
    "coach": "By the coach or mentor",
    "coachee": "By the coachee or mentee",
    "admin team": "By the admin team",
}


@dataclass(frozen=True)
class FigureView:
    """One headline figure."""

    label: str
    value: str


@dataclass(frozen=True)
class AttentionView:
    """One row of a needs-attention list, with where it leads."""

    url: str
    programme: str
    people: str
    detail: str
    when: str


class OverviewState(AdminPageState):
    """The overview for the filters the admin chose (this calendar year by default)."""

    programme_options: list[list[str]] = []  # [id, name]
    coach_options: list[list[str]] = []
    chosen: dict[str, str] = {}
    range_text: str = ""
    figures: list[FigureView] = []
    cancellations: list[FigureView] = []
    months: list[dict[str, Any]] = []
    quiet: list[AttentionView] = []
    cancelling: list[AttentionView] = []
    overdue: list[AttentionView] = []
    totals: dict[str, int] = {}
    quiet_days: int = 30
    changed: bool = False
    checks_left: int = 0
    form_version: int = 0
    _filters: dict[str, Any] = {}
    _stamp: str = ""

    @signed_in
    def load(self, caller: Caller):
        """This calendar year's overview of every programme."""
        offered = overview.choices(caller.db, admin=caller.user)
        self.programme_options = [[str(i), name] for i, name in offered.programmes]
        self.coach_options = [[str(i), name] for i, name in offered.coaches]
        self._show(caller, this_year(utc_now().date()))
        self.form_version += 1

    @signed_in
    def apply(self, caller: Caller, form: dict):
        """The overview for the filters in the form."""
        text = {name: value for name, value in form.items() if isinstance(value, str)}
        self._show(caller, read_filter(text, utc_now().date()))

    @signed_in
    def refresh(self, caller: Caller):
        """The same filters again, with the latest figures."""
        self._show(caller, self._current())

    @signed_in
    def check_for_changes(self, caller: Caller, shown_time: str):
        """Every few seconds while the page is open: whether anything changed (one query).
        The checks stop 30 minutes after the figures were made, so that a tab left
        open does not keep its sign-in awake."""
        if self._stamp and self.checks_left > 0:
            self.checks_left -= 1
            self.changed = overview.change_stamp(caller.db, admin=caller.user) != self._stamp

    @signed_in
    def export(self, caller: Caller):
        """Download the sessions matching the filters, through a one-time link."""
        filters = self._current()
        token = exports.issue_export(caller.db, admin=caller.user, filters=filters)
        return rx.download(
            url=routes.sessions_export_path(token), filename=exports.export_filename(filters)
        )

    def _current(self) -> OverviewFilter:
        return (
            OverviewFilter.from_dict(self._filters)
            if self._filters
            else this_year(utc_now().date())
        )

    def _show(self, caller: Caller, filters: OverviewFilter) -> None:
        found = overview.overview(caller.db, admin=caller.user, filters=filters)
        self._stamp = overview.change_stamp(caller.db, admin=caller.user)
        self._filters, self.changed = filters.to_dict(), False
        self.checks_left = CHECKS_PER_VIEW
        self.chosen = {
            "programme": str(filters.programme_id or "all"),
            "coach": str(filters.coach_id or "all"),
            "kind": filters.kind.value if filters.kind else "all",
            "start": filters.start.isoformat(),
            "end": filters.end.isoformat(),
        }
        self.quiet_days = filters.quiet_days
        self.range_text = f"{day_text(filters.start)} to {day_text(filters.end)}"
        self.figures = [
            FigureView("Active relationships", str(found.active)),
            FigureView("Closed relationships", str(found.closed)),
            *(FigureView(status, str(found.by_status[status])) for status in STATUSES),
            FigureView("Overdue (arranged, time passed)", str(found.overdue)),
            FigureView("Completion rate", found.completion_rate),
        ]
        self.cancellations = [
            FigureView(CANCELLED_BY[who], str(count)) for who, count in found.cancelled_by.items()
        ]
        self.months = [
            {"month": month.month, **{status: month.counts[status] for status in STATUSES}}
            for month in found.months
        ]
        zone = caller.user.time_zone
        self.quiet = _attention(found.quiet, zone)
        self.cancelling = _attention(found.cancelling, zone)
        self.overdue = _attention(found.overdue_sessions, zone)
        self.totals = {
            "quiet": found.quiet.total,
            "cancelling": found.cancelling.total,
            "overdue": found.overdue_sessions.total,
        }
        self._shown()


def _attention(found: attention.Attention, zone: str) -> list[AttentionView]:
    return [
        AttentionView(
            url=routes.relationship_url(row.relationship_id)
            if row.session_number is None
            else routes.session_url(row.relationship_id, row.session_number),
            programme=row.programme,
            people=f"{row.coach} & {row.coachee}",
            detail=row.detail,
            when=local_when(row.at, zone) or "—",
        )
        for row in found.rows
    ]
