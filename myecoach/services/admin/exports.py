"""The overview's CSV export: a one-time token bound to an admin and the filters, then the
matching sessions streamed a chunk of rows at a time, so memory stays flat however many."""

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import case
from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from myecoach.domain.overview import OverviewFilter, csv_cell
from myecoach.domain.permissions import require_admin
from myecoach.domain.wording import role_names
from myecoach.models import ExportDownload, Programme, User, utc_now
from myecoach.services import one_time
from myecoach.services.access import actor_of
from myecoach.services.admin.overview_filters import (
    Coach,
    Coachee,
    R,
    S,
    in_range,
    relationships_where,
)

EXPORT_LIFETIME = timedelta(minutes=5)
CHUNK_ROWS = 1000
HEADERS = [
    "Programme",
    "Relationship",
    "Kind",
    "Coach or mentor",
    "Coachee or mentee",
    "Session",
    "Status",
    "Date",
    "Start",
    "End",
    "Time zone",
    "Type",
    "Location",
    "Cancellation reason",
    "Cancelled by",
    "Last changed (UTC)",
]
Canceller = aliased(User, name="canceller")


def issue_export(
    db: Session, *, admin: User, filters: OverviewFilter, now: datetime | None = None
) -> str:
    """A one-time token, valid for five minutes, for this admin to download these sessions."""
    require_admin(actor_of(admin))
    now = now or utc_now()
    assert admin.id is not None
    return one_time.issue(
        db,
        ExportDownload,
        now=now,
        lifetime=EXPORT_LIFETIME,
        user_id=admin.id,
        filters=json.dumps(filters.to_dict()),
    )


def redeem_export(db: Session, token: str, now: datetime | None = None) -> OverviewFilter | None:
    """The filters an export token was made for, once; None when it is unknown, used or
    expired, or when its admin is deactivated or no longer in the admin team."""
    grant = one_time.redeem(db, ExportDownload, token, now=now or utc_now())
    if grant is None:
        return None
    user = db.get(User, grant.user_id)
    if user is None or not (user.active and user.is_admin):
        return None
    return OverviewFilter.from_dict(json.loads(grant.filters))


def export_chunks(db: Session, filters: OverviewFilter) -> Iterator[str]:
    """The CSV text: a BOM and the header, then one chunk per CHUNK_ROWS sessions."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    yield "\ufeff" + _taken(buffer)
    rows = db.execute(_rows(filters).execution_options(yield_per=CHUNK_ROWS))
    for chunk in rows.partitions():
        writer.writerows([csv_cell(value) for value in _cells(row)] for row in chunk)
        yield _taken(buffer)


def export_filename(filters: OverviewFilter) -> str:
    """What the browser saves the export as."""
    return f"sessions-{filters.start.isoformat()}-to-{filters.end.isoformat()}.csv"


def _rows(filters: OverviewFilter) -> Any:
    canceller_role = case(
        (col(S.cancelled_by_id) == col(R.coach_id), 0),
        (col(S.cancelled_by_id) == col(R.coachee_id), 1),
        else_=2,
    )
    return (
        sa_select(
            col(Programme.name),
            col(R.id),
            col(R.kind),
            col(Coach.name),
            col(Coachee.name),
            col(S.number),
            col(S.status),
            col(S.date),
            col(S.start_time),
            col(S.end_time),
            col(S.time_zone),
            col(S.session_type),
            col(S.location),
            col(S.cancellation_reason),
            col(Canceller.name),
            canceller_role,
            col(S.updated_at),
        )
        .select_from(S)
        .join(R, col(R.id) == col(S.relationship_id))
        .join(Programme, col(Programme.id) == col(R.programme_id))
        .join(Coach, col(Coach.id) == col(R.coach_id))
        .join(Coachee, col(Coachee.id) == col(R.coachee_id))
        .outerjoin(Canceller, col(Canceller.id) == col(S.cancelled_by_id))
        .where(*relationships_where(filters), in_range(filters))
        .order_by(col(Programme.name), col(R.id), col(S.number))
    )


def _cells(row: Any) -> list[object]:
    (programme, relationship, kind, coach, coachee, number, status, day, start, end) = row[:10]
    zone, session_type, location, reason, canceller, role, changed = row[10:]
    cancelled_by = ""
    if canceller:
        who = "admin team" if role == 2 else role_names(kind)[role].lower()
        cancelled_by = f"{canceller} ({who})"
    return [
        programme,
        relationship,
        kind,
        coach,
        coachee,
        number,
        status,
        day.isoformat() if day else "",
        start.strftime("%H:%M") if start else "",
        end.strftime("%H:%M") if end else "",
        zone if day else "",
        session_type or "",
        location,
        reason,
        cancelled_by,
        changed.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"),
    ]


def _taken(buffer: io.StringIO) -> str:
    """The buffer's text, leaving it empty for the next chunk."""
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text
