"""Admin → Overview: how each programme is going, in a fixed number of GROUP BY queries."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, case, extract, func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from myecoach.domain.overview import (
    OverviewFilter,
    completion_rate,
    month_label,
    months,
)
from myecoach.domain.permissions import require_admin
from myecoach.domain.statuses import SessionStatus
from myecoach.models import Programme, User, utc_now
from myecoach.services.access import actor_of
from myecoach.services.admin import attention
from myecoach.services.admin.overview_filters import (
    RT,
    R,
    S,
    T,
    cancelled_in_range,
    instants,
    overdue,
    relationships_where,
    tally_where,
)

WHO_CANCELLED = ("coach", "coachee", "admin team")
OVERDUE_UNSURE = timedelta(days=1)  # a session dated within a day of today (UTC) may not have
# ended yet in its own time zone


@dataclass(frozen=True)
class Choices:
    """What the filters offer: programmes and coaches (or mentors), as (id, name)."""

    programmes: list[tuple[int, str]]
    coaches: list[tuple[int, str]]


@dataclass(frozen=True)
class MonthFigures:
    """Sessions of one month by status."""

    month: str
    counts: dict[str, int]


@dataclass(frozen=True)
class Overview:
    """The overview's figures for one filter."""

    active: int
    closed: int
    by_status: dict[str, int]
    overdue: int
    cancelled_by: dict[str, int]
    completion_rate: str
    months: list[MonthFigures]
    quiet: attention.Attention
    cancelling: attention.Attention
    overdue_sessions: attention.Attention


def choices(db: Session, *, admin: User) -> Choices:
    """The programmes and the coaches (or mentors) the filters offer (admins only)."""
    require_admin(actor_of(admin))
    programmes = db.exec(select(Programme.id, Programme.name).order_by(col(Programme.name))).all()
    leads = sa_select(col(R.coach_id)).distinct().scalar_subquery()
    coaches = db.exec(
        select(User.id, User.name).where(col(User.id).in_(leads)).order_by(col(User.name))
    ).all()
    return Choices([(i or 0, n) for i, n in programmes], [(i or 0, n) for i, n in coaches])


def overview(
    db: Session, *, admin: User, filters: OverviewFilter, now: datetime | None = None
) -> Overview:
    """The figures, chart and needs-attention lists for the filter (admins only)."""
    require_admin(actor_of(admin))
    now = now or utc_now()
    related = relationships_where(filters)
    active = _relationships_by_state(db, filters, related)
    facts = _facts(db, filters, related, now)
    by_status, overdue = facts.by_status, facts.overdue
    return Overview(
        active=active.get(True, 0),
        closed=active.get(False, 0),
        by_status=by_status,
        overdue=overdue,
        cancelled_by=facts.cancelled_by,
        completion_rate=completion_rate(
            completed=by_status[SessionStatus.COMPLETED],
            cancelled=by_status[SessionStatus.CANCELLED],
            overdue=overdue,
        ),
        months=[
            MonthFigures(month_label(*key), counts) for key, counts in sorted(facts.months.items())
        ],
        quiet=attention.quiet(db, filters, related, now),
        cancelling=attention.cancelling(db, filters, related),
        overdue_sessions=attention.overdue_sessions(db, filters, related, now, overdue),
    )


def _relationships_by_state(
    db: Session, filters: OverviewFilter, related: list[ColumnElement[bool]]
) -> dict[bool, int]:
    """How many relationships are active and closed: from the tally the database keeps,
    unless one coach's are chosen."""
    if filters.coach_id is None:
        counted = sa_select(col(RT.active), func.sum(col(RT.relationships)))
        counted = counted.where(*tally_where(filters, RT)).group_by(col(RT.active))
    else:
        counted = sa_select(col(R.active), func.count()).where(*related).group_by(col(R.active))
    return {bool(is_active): count for is_active, count in db.execute(counted)}


def change_stamp(db: Session, *, admin: User) -> str:
    """A cheap fingerprint of everything the overview counts, from one indexed query: it
    changes when a session or relationship is added or a session or relationship changes."""
    require_admin(actor_of(admin))
    row = db.execute(
        sa_select(
            sa_select(func.max(col(S.id))).scalar_subquery(),
            sa_select(func.max(col(S.updated_at))).scalar_subquery(),
            sa_select(func.max(col(R.id))).scalar_subquery(),
            sa_select(func.count()).where(col(R.active)).scalar_subquery(),
        )
    ).one()
    return "|".join(str(value) for value in row)


def _who_cancelled() -> ColumnElement[str]:
    by = col(S.cancelled_by_id)
    return case(
        (by == col(S.coach_id), "coach"),
        (by == col(S.coachee_id), "coachee"),
        (by.is_not(None), "admin team"),
        else_="",
    )


@dataclass
class _Facts:
    by_status: dict[str, int]
    cancelled_by: dict[str, int]
    months: dict[tuple[int, int], dict[str, int]]
    overdue: int = 0

    def count(self, status: str, month: tuple[int, int], count: int) -> None:
        """Add ``count`` sessions of a status in a month."""
        self.by_status[status] += count
        self.months.setdefault(month, dict.fromkeys(SessionStatus, 0))[status] += count


def _facts(
    db: Session, filters: OverviewFilter, related: list[ColumnElement[bool]], now: datetime
) -> _Facts:
    """Sessions by status and month, the overdue ones, and who cancelled: from the tally the
    database keeps, unless one coach's are chosen (the tally does not count by coach)."""
    if filters.coach_id is None:
        return _tallied_facts(db, filters, related, now)
    return _counted_facts(db, filters, related, now)


def _no_facts(filters: OverviewFilter) -> _Facts:
    """Every figure at zero, with a month for each the range touches."""
    return _Facts(
        by_status=dict.fromkeys(SessionStatus, 0),
        cancelled_by=dict.fromkeys(WHO_CANCELLED, 0),
        months={key: dict.fromkeys(SessionStatus, 0) for key in months(filters.start, filters.end)},
    )


def _tallied_facts(
    db: Session, filters: OverviewFilter, related: list[ColumnElement[bool]], now: datetime
) -> _Facts:
    """The figures from the tally's counts by day (a few per day of the range, however many
    sessions): an arranged session dated two days or more before today (UTC) has ended in
    any time zone, so it is overdue; those of the three days around today are counted from
    the sessions themselves."""
    facts = _no_facts(filters)
    today = now.date()
    counted = db.execute(
        sa_select(
            col(T.day), col(T.dated), col(T.status), col(T.cancelled_by), func.sum(col(T.sessions))
        )
        .where(*tally_where(filters))
        .group_by(col(T.day), col(T.dated), col(T.status), col(T.cancelled_by))
    )
    for day, dated, status, side, count in counted:
        facts.count(status, (day.year, day.month), count)
        if side:
            facts.cancelled_by[side] += count
        if dated and status == SessionStatus.ARRANGED and day < today - OVERDUE_UNSURE:
            facts.overdue += count
    unsure = max(filters.start, today - OVERDUE_UNSURE), min(filters.end, today + OVERDUE_UNSURE)
    facts.overdue += db.execute(
        sa_select(func.count())
        .select_from(S)
        .where(*_sessions_of(related), col(S.date).between(*unsure), overdue(now))
    ).scalar_one()
    return facts


def _counted_facts(
    db: Session, filters: OverviewFilter, related: list[ColumnElement[bool]], now: datetime
) -> _Facts:
    """The figures from the sessions, in three GROUP BYs: dated sessions by day (an
    index-only scan of the (date, status, ends_at) index, folded into months here), undated
    ones by the month they were added, cancelled ones by side."""
    facts = _no_facts(filters)
    mine = _sessions_of(related)
    dated = db.execute(
        sa_select(
            col(S.date), col(S.status), func.count(), func.sum(case((overdue(now), 1), else_=0))
        )
        .where(*mine, col(S.date).between(filters.start, filters.end))
        .group_by(col(S.date), col(S.status))
    )
    for day, status, count, late in dated:
        facts.count(status, (day.year, day.month), count)
        facts.overdue += late
    since, until = instants(filters)
    year, month = extract("year", col(S.created_at)), extract("month", col(S.created_at))
    undated = db.execute(
        sa_select(year, month, col(S.status), func.count())
        .where(*mine, col(S.date).is_(None), col(S.created_at) >= since, col(S.created_at) < until)
        .group_by(year, month, col(S.status))
    )
    for year_added, month_added, status, count in undated:
        facts.count(status, (int(year_added), int(month_added)), count)
    cancelled = (  # a subquery, so that GROUP BY names the side as PostgreSQL requires
        sa_select(_who_cancelled().label("side"))
        .where(*mine, cancelled_in_range(filters))
        .subquery()
    )
    for side, count in db.execute(
        sa_select(cancelled.c.side, func.count()).group_by(cancelled.c.side)
    ):
        if side:  # every cancellation names who made it; older rows might not
            facts.cancelled_by[side] += count
    return facts


def _sessions_of(related: list[ColumnElement[bool]]) -> list[ColumnElement[bool]]:
    """The filter's conditions on relationships, as a condition on sessions."""
    if not related:
        return []
    return [col(S.relationship_id).in_(sa_select(col(R.id)).where(*related))]
