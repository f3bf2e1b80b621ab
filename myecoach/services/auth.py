"""Signing in and out: hashed passwords, opaque tokens with an absolute and an idle lifetime,
and throttled guessing that neither reveals accounts nor locks their owners out."""

import hashlib
import secrets
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import bindparam, delete, or_
from sqlmodel import Session, col, select

from myecoach.domain.errors import SignInRefused
from myecoach.domain.text import can_be_saved
from myecoach.domain.wording import (
    ACCOUNT_DEACTIVATED,
    SIGN_IN_FAILED,
    TOO_MANY_SIGN_IN_ATTEMPTS,
)
from myecoach.models import AuthToken, User, utc_now
from myecoach.services.throttle import Attempt, SignInThrottle

TOKEN_LIFETIME = timedelta(days=14)
IDLE_TIMEOUT = timedelta(days=3)
LAST_SEEN_PRECISION = timedelta(minutes=10)  # how stale `last_seen_at` may get before a write
EMAIL_MAX, PASSWORD_MAX = 254, 200

# RFC 9106's second recommended Argon2id (64 MiB, three passes) in one lane: the same work
# for a guesser, but a check stays on the one core the password pool is sized for (in four
# lanes it spread over both cores and slowed every other user's events during a flood).
_hasher = PasswordHasher(parallelism=1)

# Built once: every event looks up its sign-in, and building a statement costs more than
# running it (a statement's values are its parameters).
_CURRENT = (col(AuthToken.expires_at) > bindparam("now")) & (
    col(AuthToken.last_seen_at) > bindparam("idle_since")
)
_SIGNED_IN_USER = (
    select(User, AuthToken)
    .join(AuthToken, col(AuthToken.user_id) == col(User.id))
    .where(AuthToken.token_hash == bindparam("digest"), col(User.active).is_(True), _CURRENT)
)
_LIVE_SIGN_INS = select(AuthToken.user_id, AuthToken.token_hash).where(
    col(AuthToken.user_id).in_(bindparam("user_ids", expanding=True)), _CURRENT
)


def hash_password(password: str) -> str:
    """An Argon2 hash of the password."""
    return _hasher.hash(password)


def token_digest(token: str) -> str:
    """What the server keeps of a browser's token: its SHA-256."""
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def sign_in(
    db: Session,
    *,
    email: str,
    password: str,
    address: str,
    throttle: SignInThrottle,
    allow_demo: bool,
    now: datetime | None = None,
) -> str:
    """Check the credentials and return a new opaque token for the browser.

    Slow (Argon2): call it off the event loop. Known and unknown e-mails get the same
    answer in about the same time; only failures count against the throttle.
    """
    now = now or utc_now()
    email = email.strip().lower()[:EMAIL_MAX]
    password = password[:PASSWORD_MAX]
    attempt = Attempt(email=email, address=address)
    if not throttle.allows(attempt):
        raise SignInRefused(TOO_MANY_SIGN_IN_ATTEMPTS)
    user = db.exec(select(User).where(User.email == email)).first() if can_be_saved(email) else None
    if not _verify(user.password_hash if user else None, password):
        throttle.record_failure(attempt)
        raise SignInRefused(SIGN_IN_FAILED)
    assert user is not None and user.password_hash is not None  # it was checked
    if user.is_demo and not allow_demo:
        raise SignInRefused(SIGN_IN_FAILED)
    if not user.active:
        raise SignInRefused(ACCOUNT_DEACTIVATED)
    if _hasher.check_needs_rehash(user.password_hash):  # made with earlier settings
        user.password_hash = hash_password(password)
    token = start_sign_in(db, user, now)
    db.commit()
    return token


def start_sign_in(db: Session, user: User, now: datetime | None = None) -> str:
    """A new sign-in for the user (not committed); returns the browser's opaque token."""
    assert user.id is not None
    now = now or utc_now()
    token = secrets.token_urlsafe(32)
    db.add(
        AuthToken(
            token_hash=token_digest(token),
            user_id=user.id,
            expires_at=now + TOKEN_LIFETIME,
            last_seen_at=now,
        )
    )
    return token


def end_sign_ins(db: Session, user_id: int, keep: str = "") -> list[str]:
    """End every sign-in of a user but the one whose token is ``keep`` (not committed);
    returns the digests of those ended, so their open tabs can be told."""
    kept = token_digest(keep) if keep else ""
    ended = db.exec(
        select(AuthToken.token_hash).where(
            AuthToken.user_id == user_id, AuthToken.token_hash != kept
        )
    ).all()
    db.exec(delete(AuthToken).where(col(AuthToken.token_hash).in_(ended)))
    return list(ended)


def check_password(user: User, password: str) -> bool:
    """Whether ``password`` is the user's (slow, as a sign-in is)."""
    return _verify(user.password_hash, password[:PASSWORD_MAX])


def user_for_token(db: Session, token: str, now: datetime | None = None) -> User | None:
    """The user a browser's token belongs to, unless it is unknown, expired or idle too long."""
    if not token:
        return None
    now = now or utc_now()
    row = db.exec(
        _SIGNED_IN_USER, params={"digest": token_digest(token), **_current_at(now)}
    ).first()
    if row is None:
        return None
    user, sign_in_row = row
    if sign_in_row.last_seen_at < now - LAST_SEEN_PRECISION:
        sign_in_row.last_seen_at = now
        db.commit()
    return user


def sign_out(db: Session, token: str) -> str:
    """End the browser's sign-in on the server; returns what identified it (its digest)."""
    digest = token_digest(token)
    db.exec(delete(AuthToken).where(col(AuthToken.token_hash) == digest))
    db.commit()
    return digest


def live_sign_ins(
    db: Session, user_ids: list[int], now: datetime | None = None
) -> list[tuple[int, str]]:
    """Each current sign-in of these users, as (user id, token digest)."""
    rows = db.exec(_LIVE_SIGN_INS, params={"user_ids": user_ids, **_current_at(now or utc_now())})
    return [(user_id, digest) for user_id, digest in rows]


def _current_at(now: datetime) -> dict[str, datetime]:
    """The parameters of `_CURRENT`: a sign-in neither expired nor idle too long at ``now``."""
    return {"now": now, "idle_since": now - IDLE_TIMEOUT}


def purge_expired_sign_ins(db: Session, now: datetime | None = None) -> int:
    """Delete the sign-ins past their lifetime or idle too long; returns how many."""
    now = now or utc_now()
    result = db.exec(
        delete(AuthToken).where(
            or_(
                col(AuthToken.expires_at) <= now,
                col(AuthToken.last_seen_at) <= now - IDLE_TIMEOUT,
            )
        )
    )
    db.commit()
    return result.rowcount or 0


def _verify(password_hash: str | None, password: str) -> bool:
    """Check a password; without a hash, spend the same time and refuse."""
    secret = password.encode("utf-8", "surrogatepass")  # any text a browser can send
    if password_hash is None:
        _hasher.hash(secret)
        return False
    try:
        return _hasher.verify(password_hash, secret)
    except (VerificationError, InvalidHashError):
        return False
