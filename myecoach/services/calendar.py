"""Sessions in people's own calendars: one-time .ics downloads and personal feeds.

Both are read by calendar apps and browsers over plain HTTP, with no sign-in: each is reached
through a random token of which only the SHA-256 is stored, and everything is re-derived
from that token on every request.
"""

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, func, or_, true
from sqlalchemy import select as sa_select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, aliased
from sqlmodel import Session, col, select

from myecoach import routes, settings
from myecoach.domain.calendar import (
    FeedExists,
    NoEvent,
    SessionEvent,
    SessionFacts,
    calendar_filename,
    calendar_ical,
    shown_in_calendar,
)
from myecoach.domain.permissions import Participants, can_view
from myecoach.models import (
    CalendarDownload,
    CalendarFeed,
    CoachingSession,
    Programme,
    Relationship,
    User,
    utc_now,
)
from myecoach.services import one_time
from myecoach.services.access import actor_of, load_session
from myecoach.services.auth import token_digest

DOWNLOAD_LIFETIME = timedelta(seconds=60)
FEED_PAST, FEED_FUTURE = timedelta(days=90), timedelta(days=365)
FEED_FORMAT = "1"  # raise when the feed's layout changes, so cached copies are refetched

Coach, Coachee = aliased(User, name="coach"), aliased(User, name="coachee")


@dataclass(frozen=True)
class CalendarFile:
    """An .ics file and the name to save it under."""

    filename: str
    body: bytes


@dataclass(frozen=True)
class FeedVersion:
    """Who a feed belongs to and what its answer depends on, read in one query."""

    user_id: int
    owner: str
    etag: str
    last_modified: datetime
    since: datetime
    until: datetime


def issue_download(
    db: Session, *, actor: User, relationship_id: int, number: int, now: datetime | None = None
) -> str:
    """A one-time token, valid for a minute, to download a session the actor may see."""
    now = now or utc_now()
    session = load_session(db, actor=actor, relationship_id=relationship_id, number=number).session
    if shown_in_calendar(session.calendar_facts()) is None:
        raise NoEvent(number)
    assert actor.id is not None and session.id is not None
    return one_time.issue(
        db,
        CalendarDownload,
        now=now,
        lifetime=DOWNLOAD_LIFETIME,
        user_id=actor.id,
        session_id=session.id,
    )


def redeem_download(db: Session, token: str, now: datetime | None = None) -> CalendarFile | None:
    """The .ics a download token grants, once; None when the token is unknown, used or
    expired, or when its user is deactivated or may no longer see the session."""
    grant = one_time.redeem(db, CalendarDownload, token, now=now or utc_now())
    if grant is None:
        return None
    user = db.get(User, grant.user_id)
    row = db.execute(_EVENT_OF_SESSION, {"session_id": grant.session_id}).first()
    if user is None or not user.active or row is None:
        return None
    event = _event(row, settings.base_url())
    if event is None or not can_view(actor_of(user), Participants(*row[-2:])):
        return None
    return CalendarFile(calendar_filename(event.number), calendar_ical([event]))


def feed_created(db: Session, *, user: User) -> datetime | None:
    """When the user's current feed address was made, or None when they have none."""
    return db.exec(select(CalendarFeed.created_at).where(CalendarFeed.user_id == user.id)).first()


def create_feed(db: Session, *, user: User, now: datetime | None = None) -> str:
    """A secret address token for the user's first feed; refused when they have one."""
    assert user.id is not None
    token = secrets.token_urlsafe(32)
    created = now or utc_now()
    db.add(CalendarFeed(user_id=user.id, token_hash=token_digest(token), created_at=created))
    try:
        db.commit()
    except IntegrityError:
        db.rollback()
        raise FeedExists() from None
    return token


def reset_feed(db: Session, *, user: User, now: datetime | None = None) -> str:
    """A new secret address token for the user's feed; the old address stops working."""
    feed = db.get(CalendarFeed, user.id)
    if feed is None:
        return create_feed(db, user=user, now=now)
    token = secrets.token_urlsafe(32)
    feed.token_hash, feed.created_at = token_digest(token), now or utc_now()
    db.commit()
    return token


def feed_version(db: Session, token: str, now: datetime | None = None) -> FeedVersion | None:
    """The feed a token opens, with its validators (ETag, Last-Modified), in one query: a
    summary of its owner's sessions in the window, and the names its events show. None for an
    unknown or reset token, or a deactivated owner."""
    now = now or utc_now()
    since, until = now - FEED_PAST, now + FEED_FUTURE
    rows = db.execute(
        _FEED_VERSION, {"digest": token_digest(token), "since": since, "until": until}
    ).all()
    if not rows:
        return None
    summary = tuple(rows[0][:_SUMMARY])
    user_id, created, owner, *_, changed = summary
    names = [tuple(row[_SUMMARY:]) for row in rows]
    validators = repr((FEED_FORMAT, settings.base_url(), summary, names))
    return FeedVersion(
        user_id=user_id,
        owner=owner,
        etag=f'"{hashlib.sha256(validators.encode()).hexdigest()[:32]}"',
        last_modified=max(created, changed) if changed is not None else created,
        since=since,
        until=until,
    )


def feed_calendar(db: Session, version: FeedVersion) -> bytes:
    """The feed, as its calendar app reads it."""
    return calendar_ical(feed_events(db, version), name=f"myecoach: {version.owner}")


def feed_events(db: Session, version: FeedVersion) -> list[SessionEvent]:
    """Every session with an event in the feed's window, of every relationship its owner is
    in, read in one query however many sessions there are."""
    rows = db.execute(
        _event_rows()
        .where(
            _in_relationship(version.user_id),
            col(CoachingSession.starts_at) >= version.since,
            col(CoachingSession.starts_at) < version.until,
        )
        .order_by(col(CoachingSession.starts_at), col(CoachingSession.id))
    ).all()
    base = settings.base_url()
    return [event for row in rows if (event := _event(row, base)) is not None]


def _in_relationship(user_id: int | Mapped[int]) -> ColumnElement[bool]:
    """The relationships a user is a participant of (admins included: only their own)."""
    return or_(col(Relationship.coach_id) == user_id, col(Relationship.coachee_id) == user_id)


def _event_rows() -> Select[*tuple[Any, ...]]:
    """Sessions with everything their events show, as plain rows: who and which session
    first, then the session's `SessionFacts` in their order, then the two participants."""
    return (
        sa_select(
            col(CoachingSession.ical_uid),
            col(CoachingSession.ical_sequence),
            col(CoachingSession.updated_at),
            col(CoachingSession.number),
            col(CoachingSession.relationship_id),
            col(Relationship.kind),
            col(Programme.name),
            col(Coach.name),
            col(Coachee.name),
            col(CoachingSession.status),
            col(CoachingSession.starts_at),
            col(CoachingSession.ends_at),
            col(CoachingSession.time_zone),
            col(CoachingSession.location),
            col(CoachingSession.session_type),
            col(CoachingSession.extra_information),
            col(CoachingSession.cancellation_reason),
            col(Relationship.coach_id),
            col(Relationship.coachee_id),
        )
        .join(Relationship, col(Relationship.id) == CoachingSession.relationship_id)
        .join(Programme, col(Programme.id) == Relationship.programme_id)
        .join(Coach, col(Coach.id) == Relationship.coach_id)
        .join(Coachee, col(Coachee.id) == Relationship.coachee_id)
    )


def _event(row: Sequence[Any], base: str) -> SessionEvent | None:
    """A session row's calendar event, or None when it has none."""
    uid, sequence, stamp, number, relationship_id, kind, programme, leader, follower = row[:9]
    shown = shown_in_calendar(SessionFacts(*row[9:17]))
    if shown is None:
        return None
    return SessionEvent(
        uid=uid,
        sequence=sequence,
        stamp=stamp,
        kind=kind,
        number=number,
        programme=programme,
        leader=leader,
        follower=follower,
        url=base + routes.session_url(relationship_id, number),
        shown=shown,
    )


def _feed_version_query() -> Select[*tuple[Any, ...]]:
    """A row per relationship of the feed's owner with the names its events show, each
    led by the same summary of the owner's sessions in the window: how many, their ids' and
    versions' sums (any change, or a session entering or leaving, changes them) and their
    last change, read from the feed index alone."""
    owners_relationships = (
        sa_select(col(Relationship.id))
        .join(CalendarFeed, _in_relationship(CalendarFeed.user_id))
        .where(col(CalendarFeed.token_hash) == bindparam("digest"))
    )
    in_window = (
        sa_select(
            func.count(col(CoachingSession.id)),
            func.sum(CoachingSession.id),
            func.sum(CoachingSession.version),
            func.max(CoachingSession.updated_at),
        )
        .where(
            col(CoachingSession.relationship_id).in_(owners_relationships),
            col(CoachingSession.starts_at) >= bindparam("since"),
            col(CoachingSession.starts_at) < bindparam("until"),
        )
        .subquery("in_window")
    )
    return (
        sa_select(
            col(CalendarFeed.user_id),
            col(CalendarFeed.created_at),
            col(User.name),
            *in_window.c,
            col(Relationship.id),
            col(Relationship.kind),
            col(Programme.name),
            col(Coach.name),
            col(Coachee.name),
        )
        .join(User, col(User.id) == CalendarFeed.user_id)
        .join(in_window, true())
        .outerjoin(Relationship, _in_relationship(CalendarFeed.user_id))
        .outerjoin(Programme, col(Programme.id) == Relationship.programme_id)
        .outerjoin(Coach, col(Coach.id) == Relationship.coach_id)
        .outerjoin(Coachee, col(Coachee.id) == Relationship.coachee_id)
        .where(col(CalendarFeed.token_hash) == bindparam("digest"), col(User.active).is_(True))
        .order_by(col(Relationship.id))
    )


_FEED_VERSION = _feed_version_query()  # built once: a 304 should cost only its query
_SUMMARY = 7  # each of its rows: the feed, its owner and their sessions' summary, then names
_EVENT_OF_SESSION = (  # built once: every change e-mailed with an invitation reads it
    _event_rows().where(col(CoachingSession.id) == bindparam("session_id"))
)


def session_event(db: Session, session_id: int) -> SessionEvent | None:
    """A session's calendar event as the feed shows it (None while To be Arranged)."""
    row = db.execute(_EVENT_OF_SESSION, {"session_id": session_id}).first()
    return _event(row, settings.base_url()) if row is not None else None
