"""Admin → Overview: how each programme is going, in a fixed number of GROUP BY queries."""

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, extract, func, or_
from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from myecoach.domain.overview import (
    REPEATED_CANCELLATIONS,
    OverviewFilter,
    completion_rate,
    month_label,
    months,
)
from myecoach.domain.permissions import require_admin
from myecoach.domain.statuses import SessionStatus
from myecoach.domain.wording import session_title
from myecoach.models import CoachingSession, Programme, Relationship, User, utc_now
from myecoach.services.access import actor_of

ROWS_SHOWN = 50
Coach, Coachee = aliased(User, name="coach"), aliased(User, name="coachee")
S, R = CoachingSession, Relationship
WHO_CANCELLED = ("coach", "coachee", "admin team")


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
class AttentionRow:
    """A relationship (or one of its sessions) that needs the admin team's attention."""

    relationship_id: int
    programme: str
    coach: str
    coachee: str
    detail: str
    at: datetime | None = None  # the last session, or the overdue session's start
    session_number: int | None = None


@dataclass(frozen=True)
class Attention:
    """Up to ROWS_SHOWN rows of one needs-attention list, and how many there are in all."""

    rows: list[AttentionRow]
    total: int


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
    quiet: Attention
    cancelling: Attention
    overdue_sessions: Attention


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
    active: dict[bool, int] = {
        is_active: count
        for is_active, count in db.execute(
            sa_select(col(R.active), func.count()).where(*related).group_by(col(R.active))
        )
    }
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
        quiet=_quiet(db, filters, related, now),
        cancelling=_cancelling(db, filters, related),
        overdue_sessions=_overdue_sessions(db, filters, related, now, overdue),
    )


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


def relationships_where(filters: OverviewFilter) -> list[ColumnElement[bool]]:
    """The filter's conditions on relationships."""
    found = []
    if filters.programme_id is not None:
        found.append(col(R.programme_id) == filters.programme_id)
    if filters.coach_id is not None:
        found.append(col(R.coach_id) == filters.coach_id)
    if filters.kind is not None:
        found.append(col(R.kind) == filters.kind.value)
    return found


def in_range(filters: OverviewFilter) -> ColumnElement[bool]:
    """A session is in the range by its date, or, without one, by when it was added (UTC)."""
    since, until = _instants(filters)
    return or_(
        and_(col(S.date).is_not(None), col(S.date) >= filters.start, col(S.date) <= filters.end),
        and_(col(S.date).is_(None), col(S.created_at) >= since, col(S.created_at) < until),
    )


def _instants(filters: OverviewFilter) -> tuple[datetime, datetime]:
    """The range as UTC instants: from its first day's start to its last day's end."""
    return (
        datetime.combine(filters.start, time(), UTC),
        datetime.combine(filters.end + timedelta(days=1), time(), UTC),
    )


def _who_cancelled() -> ColumnElement[str]:
    by = col(S.cancelled_by_id)
    return case(
        (by == col(R.coach_id), "coach"),
        (by == col(R.coachee_id), "coachee"),
        (by.is_not(None), "admin team"),
        else_="",
    )


def _overdue(now: datetime) -> ColumnElement[bool]:
    return and_(col(S.status) == SessionStatus.ARRANGED, col(S.ends_at) < now)


def _facts(
    db: Session, filters: OverviewFilter, related: list[ColumnElement[bool]], now: datetime
) -> "_Facts":
    """Sessions by status and month, the overdue ones, and who cancelled, in three GROUP BYs:
    dated sessions by day (an index-only scan of the (date, status, ends_at) index, folded
    into months here), undated ones by the month they were added, cancelled ones by side."""
    facts = _Facts(
        by_status=dict.fromkeys(SessionStatus, 0),
        cancelled_by=dict.fromkeys(WHO_CANCELLED, 0),
        months={key: dict.fromkeys(SessionStatus, 0) for key in months(filters.start, filters.end)},
    )
    mine = _sessions_of(related)
    dated = db.execute(
        sa_select(
            col(S.date), col(S.status), func.count(), func.sum(case((_overdue(now), 1), else_=0))
        )
        .where(*mine, col(S.date).between(filters.start, filters.end))
        .group_by(col(S.date), col(S.status))
    )
    for day, status, count, late in dated:
        facts.by_status[status] += count
        facts.overdue += late
        facts.months.setdefault((day.year, day.month), dict.fromkeys(SessionStatus, 0))[status] += (
            count
        )
    since, until = _instants(filters)
    year, month = extract("year", col(S.created_at)), extract("month", col(S.created_at))
    undated = db.execute(
        sa_select(year, month, col(S.status), func.count())
        .where(*mine, col(S.date).is_(None), col(S.created_at) >= since, col(S.created_at) < until)
        .group_by(year, month, col(S.status))
    )
    for y, m, status, count in undated:
        facts.by_status[status] += count
        facts.months.setdefault((int(y), int(m)), dict.fromkeys(SessionStatus, 0))[status] += count
    cancelled = (  # a subquery, so that GROUP BY names the side as PostgreSQL requires
        sa_select(_who_cancelled().label("side"))
        .select_from(S)
        .join(R, col(R.id) == col(S.relationship_id))
        .where(*related, col(S.status) == SessionStatus.CANCELLED, in_range(filters))
        .subquery()
    )
    for side, count in db.execute(
        sa_select(cancelled.c.side, func.count()).group_by(cancelled.c.side)
    ):
        facts.cancelled_by[side] += count
    return facts


def _sessions_of(related: list[ColumnElement[bool]]) -> list[ColumnElement[bool]]:
    """The filter's conditions on relationships, as a condition on sessions."""
    if not related:
        return []
    return [col(S.relationship_id).in_(sa_select(col(R.id)).where(*related))]


@dataclass
class _Facts:
    by_status: dict[str, int]
    cancelled_by: dict[str, int]
    months: dict[tuple[int, int], dict[str, int]]
    overdue: int = 0


def _named(*columns: Any) -> Select[*tuple[Any, ...]]:
    """Relationship rows with their programme's and people's names."""
    return (
        sa_select(col(R.id), col(Programme.name), col(Coach.name), col(Coachee.name), *columns)
        .select_from(R)
        .join(Programme, col(Programme.id) == col(R.programme_id))
        .join(Coach, col(Coach.id) == col(R.coach_id))
        .join(Coachee, col(Coachee.id) == col(R.coachee_id))
    )


def _quiet(
    db: Session, filters: OverviewFilter, related: list[ColumnElement[bool]], now: datetime
) -> Attention:
    """Active relationships with nothing arranged and no session in the last N days."""
    since = now - timedelta(days=filters.quiet_days)
    held = (col(S.relationship_id) == col(R.id)) & col(S.status).in_(
        [SessionStatus.ARRANGED, SessionStatus.COMPLETED]
    )
    last = sa_select(func.max(col(S.starts_at))).where(held).scalar_subquery()
    recent = exists().where(held, col(S.starts_at) >= since)
    rows = db.execute(
        _named(last, func.count().over())
        .where(*related, col(R.active), ~recent)
        .order_by(last.is_not(None), last, col(R.id))
        .limit(ROWS_SHOWN)
    ).all()
    return Attention(
        [
            _attention(row, f"Nothing arranged; no session in {filters.quiet_days} days", row[4])
            for row in rows
        ],
        rows[0][-1] if rows else 0,
    )


def _cancelling(
    db: Session, filters: OverviewFilter, related: list[ColumnElement[bool]]
) -> Attention:
    """Relationships with repeated cancellations in the range."""
    cancelled = (
        sa_select(col(S.relationship_id), func.count().label("cancelled"))
        .where(col(S.status) == SessionStatus.CANCELLED, in_range(filters))
        .group_by(col(S.relationship_id))
        .having(func.count() >= REPEATED_CANCELLATIONS)
        .subquery()
    )
    rows = db.execute(
        _named(cancelled.c.cancelled, func.count().over())
        .join(cancelled, cancelled.c.relationship_id == col(R.id))
        .where(*related)
        .order_by(cancelled.c.cancelled.desc(), col(R.id))
        .limit(ROWS_SHOWN)
    ).all()
    return Attention(
        [_attention(row, f"{row[4]} sessions cancelled") for row in rows],
        rows[0][-1] if rows else 0,
    )


def _overdue_sessions(
    db: Session,
    filters: OverviewFilter,
    related: list[ColumnElement[bool]],
    now: datetime,
    total: int,
) -> Attention:
    """Arranged sessions whose time has passed but which were never marked completed (an
    arranged session always has a date, so the range is on the date alone)."""
    rows = db.execute(
        _named(col(S.number), col(S.starts_at))
        .join(S, col(S.relationship_id) == col(R.id))
        .where(*related, col(S.date).between(filters.start, filters.end), _overdue(now))
        .order_by(col(S.starts_at), col(S.id))
        .limit(ROWS_SHOWN)
    ).all()
    return Attention(
        [
            _attention(row, f"{session_title(row[4])} not marked as completed", row[5], row[4])
            for row in rows
        ],
        total,
    )


def _attention(
    row: Any, detail: str, at: datetime | None = None, number: int | None = None
) -> AttentionRow:
    relationship_id, programme, coach, coachee = row[:4]
    return AttentionRow(relationship_id, programme, coach, coachee, detail, at, number)
