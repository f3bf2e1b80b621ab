"""What needs the admin team's attention: quiet relationships, repeated cancellations and
sessions never marked as completed, up to ROWS_SHOWN rows each, with names to show. Read by
`overview.overview`, which checks that the caller is an admin."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, true, union_all
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from myecoach.domain.overview import REPEATED_CANCELLATIONS, OverviewFilter
from myecoach.domain.wording import session_title
from myecoach.models import Programme
from myecoach.services.admin.overview_filters import (
    Coach,
    Coachee,
    R,
    S,
    cancelled_in_range,
    overdue,
)

ROWS_SHOWN = 50


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


def _named(*columns: Any) -> Select[*tuple[Any, ...]]:
    """Relationship rows with their programme's and people's names."""
    return (
        sa_select(col(R.id), col(Programme.name), col(Coach.name), col(Coachee.name), *columns)
        .select_from(R)
        .join(Programme, col(Programme.id) == col(R.programme_id))
        .join(Coach, col(Coach.id) == col(R.coach_id))
        .join(Coachee, col(Coachee.id) == col(R.coachee_id))
    )


def quiet(
    db: Session, filters: OverviewFilter, related: list[ColumnElement[bool]], now: datetime
) -> Attention:
    """Active relationships with nothing arranged and no session in the last N days."""
    since = now - timedelta(days=filters.quiet_days)
    last = col(R.last_held_at)  # kept by the database (myecoach.session_tally)
    active = col(R.active) == true()
    quiet_ones = union_all(  # two ranges of the (active, last_held_at) index: no held session
        sa_select(col(R.id)).where(active, last.is_(None)),  # ever, or none since
        sa_select(col(R.id)).where(active, last < since),
    )
    rows = db.execute(
        _named(last, func.count().over())
        .where(*related, col(R.id).in_(quiet_ones))
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


def cancelling(
    db: Session, filters: OverviewFilter, related: list[ColumnElement[bool]]
) -> Attention:
    """Relationships with repeated cancellations in the range. Only those with a session
    cancelled after another of theirs in the range can have two there: their cancellations
    are counted, not every one in the range."""
    repeated = sa_select(col(S.relationship_id)).where(
        col(S.cancelled_after).between(filters.start, filters.end)
    )
    cancelled = (
        sa_select(col(S.relationship_id), func.count().label("cancelled"))
        .where(cancelled_in_range(filters), col(S.relationship_id).in_(repeated))
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


def overdue_sessions(
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
        .where(*related, col(S.date).between(filters.start, filters.end), overdue(now))
        .order_by(col(S.date), col(S.starts_at), col(S.id))
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
