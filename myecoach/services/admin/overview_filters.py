"""What the overview and its CSV export share: the filter as conditions on relationships and
sessions, and the table aliases their queries use."""

from datetime import UTC, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, case, or_
from sqlalchemy.orm import aliased
from sqlmodel import col

from myecoach.domain.overview import OverviewFilter
from myecoach.domain.statuses import SessionStatus
from myecoach.models import CoachingSession, Relationship, RelationshipTally, SessionTally, User

Coach, Coachee = aliased(User, name="coach"), aliased(User, name="coachee")
S, R, T, RT = CoachingSession, Relationship, SessionTally, RelationshipTally


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


def tally_where(
    filters: OverviewFilter, tally: type[SessionTally | RelationshipTally] = T
) -> list[ColumnElement[bool]]:
    """The filter's programme and kind (and, for sessions, its range) as conditions on a
    tally's counts."""
    found: list[ColumnElement[bool]] = []
    if tally is T:
        found.append(col(T.day).between(filters.start, filters.end))
    if filters.programme_id is not None:
        found.append(col(tally.programme_id) == filters.programme_id)
    if filters.kind is not None:
        found.append(col(tally.kind) == filters.kind.value)
    return found


def in_range(filters: OverviewFilter) -> ColumnElement[bool]:
    """A session is in the range by its date, or, without one, by when it was added (UTC)."""
    since, until = instants(filters)
    return or_(
        and_(col(S.date).is_not(None), col(S.date) >= filters.start, col(S.date) <= filters.end),
        and_(col(S.date).is_(None), col(S.created_at) >= since, col(S.created_at) < until),
    )


def cancelled_in_range(filters: OverviewFilter) -> ColumnElement[bool]:
    """A cancelled session in the range. Its CASE, where ``in_range`` has an OR, keeps SQLite
    from uniting two range scans of sessions of every status: it reads the cancelled
    sessions' partial index alone."""
    since, until = instants(filters)
    return and_(
        col(S.status) == SessionStatus.CANCELLED,
        case(
            (col(S.date).is_(None), and_(col(S.created_at) >= since, col(S.created_at) < until)),
            else_=and_(col(S.date) >= filters.start, col(S.date) <= filters.end),
        ),
    )


def instants(filters: OverviewFilter) -> tuple[datetime, datetime]:
    """The range as UTC instants: from its first day's start to its last day's end."""
    return (
        datetime.combine(filters.start, time(), UTC),
        datetime.combine(filters.end + timedelta(days=1), time(), UTC),
    )


def overdue(now: datetime) -> ColumnElement[bool]:
    """An arranged session whose time has passed."""
    return and_(col(S.status) == SessionStatus.ARRANGED, col(S.ends_at) < now)
