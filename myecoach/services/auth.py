"""Signing in and out: hashed passwords, opaque tokens, slowed-down guessing."""

import hashlib
import secrets
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import delete
from sqlmodel import Session, select

from myecoach.domain.errors import DomainError
from myecoach.models import AuthToken, User, utc_now

TOKEN_LIFETIME = timedelta(days=14)
FREE_ATTEMPTS = 5
MAX_LOCK = timedelta(minutes=15)
SIGN_IN_FAILED = "Wrong email or password."

_hasher = PasswordHasher()


class SignInFailed(DomainError):
    """The e-mail or password was wrong, or the account is cooling down."""


def hash_password(password: str) -> str:
    """An Argon2 hash of the password."""
    return _hasher.hash(password)


def sign_in(db: Session, *, email: str, password: str, now: datetime | None = None) -> str:
    """Check the credentials and return a new opaque token for the browser."""
    now = now or utc_now()
    user = db.exec(select(User).where(User.email == email.strip().lower())).first()
    if user is None:
        _hasher.hash(password)  # spend the same time as a real check
        raise SignInFailed(SIGN_IN_FAILED)
    if user.locked_until and user.locked_until > now:
        wait = int((user.locked_until - now).total_seconds()) + 1
        raise SignInFailed(f"Too many failed attempts. Try again in {wait} seconds.")
    if not _verify(user.password_hash, password):
        user.failed_sign_ins += 1
        user.locked_until = now + _lock_after(user.failed_sign_ins)
        db.commit()
        raise SignInFailed(SIGN_IN_FAILED)
    user.failed_sign_ins, user.locked_until = 0, None
    token = secrets.token_urlsafe(32)
    db.add(AuthToken(token_hash=_digest(token), user_id=user.id, expires_at=now + TOKEN_LIFETIME))
    db.commit()
    return token


def user_for_token(db: Session, token: str, now: datetime | None = None) -> User | None:
    """The user a browser's token belongs to, if it is known and not expired."""
    if not token:
        return None
    row = db.exec(
        select(User)
        .join(AuthToken, AuthToken.user_id == User.id)
        .where(AuthToken.token_hash == _digest(token), AuthToken.expires_at > (now or utc_now()))
    ).first()
    return row


def sign_out(db: Session, token: str) -> None:
    """End the browser's sign-in on the server."""
    db.exec(delete(AuthToken).where(AuthToken.token_hash == _digest(token)))
    db.commit()


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        return False


def _lock_after(failures: int) -> timedelta:
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    return min(timedelta(seconds=2 ** (failures - FREE_ATTEMPTS)), MAX_LOCK)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
