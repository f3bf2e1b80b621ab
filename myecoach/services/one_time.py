"""One-time download tokens: random, stored only as a hash, short-lived, used once."""

import secrets
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import delete
from sqlmodel import Session, col, select

from myecoach.models import CalendarDownload, ExportDownload
from myecoach.services.auth import token_digest

Grant = TypeVar("Grant", CalendarDownload, ExportDownload)


def issue(
    db: Session, kind: type[Grant], *, now: datetime, lifetime: timedelta, **fields: Any
) -> str:
    """A new token for a grant of ``kind`` with these fields (expired grants are purged)."""
    db.exec(delete(kind).where(col(kind.expires_at) <= now))
    token = secrets.token_urlsafe(32)
    db.add(kind(token_hash=token_digest(token), expires_at=now + lifetime, **fields))
    db.commit()
    return token


def redeem(db: Session, kind: type[Grant], token: str, *, now: datetime) -> Grant | None:
    """The grant of ``kind`` a token stands for, used up; None when it is unknown, expired or
    used (by this request or one a moment before it)."""
    digest = token_digest(token)
    grant = db.exec(
        select(kind).where(col(kind.token_hash) == digest, col(kind.expires_at) > now)
    ).first()
    if grant is None:
        return None
    used = db.exec(delete(kind).where(col(kind.token_hash) == digest))
    db.commit()
    return grant if used.rowcount == 1 else None
