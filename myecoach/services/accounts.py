"""Passwords: one-time links to set one (invitations and resets), setting it through a link,
changing it, and asking for a reset. Setting a password signs every other browser out."""

import base64
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from myecoach import settings
from myecoach.domain.errors import DomainError, ValidationFailed
from myecoach.domain.passwords import check_new_password
from myecoach.domain.people import check_person
from myecoach.domain.text import can_be_saved
from myecoach.domain.wording import LINK_NOT_VALID, TOO_MANY_SIGN_IN_ATTEMPTS
from myecoach.domain.zones import ZONE_CHOICE, is_time_zone
from myecoach.models import PasswordLink, User, utc_now
from myecoach.routes import SET_PASSWORD
from myecoach.services import auth, outbox
from myecoach.services.relationships import refresh_descriptions
from myecoach.services.secrets import server_secret
from myecoach.services.throttle import Attempt, SignInThrottle

LINK_LIFETIME = timedelta(days=7)


class LinkPurpose(StrEnum):
    """Why a person gets a link: to set their first password, or a new one."""

    INVITATION = "invitation"
    RESET = "reset"


class LinkNotValid(DomainError):
    """The link is unknown, used, replaced by a newer one, or expired."""

    def __init__(self) -> None:
        super().__init__(LINK_NOT_VALID)


def issue_link(db: Session, user: User, purpose: LinkPurpose, now: datetime | None = None) -> str:
    """A new one-time link for the user, voiding any earlier one (not committed)."""
    now = now or utc_now()
    db.exec(delete(PasswordLink).where(col(PasswordLink.user_id) == user.id))
    assert user.id is not None
    (row,) = new_link_rows(db, [user.id], purpose, now)
    db.add(PasswordLink(**row))
    outbox.queue(db, user=user, kind=outbox.LINK, dedupe_key=link_mail_key(user.id, row["salt"]))
    return link_url(_token(db, row["salt"]))


def link_mail_key(user_id: int, salt: str) -> str:
    """What makes the e-mail of one link unique (it is written when it is sent)."""
    return f"link:{user_id}:{salt}"


def mailed_link(
    db: Session, mail_key: str, now: datetime | None = None
) -> tuple[LinkPurpose, str, datetime] | None:
    """The link an e-mail is about, while it is still the person's valid link: its purpose,
    address and expiry (None once it has been used, replaced or has expired)."""
    _, user_id, salt = mail_key.split(":")
    link = db.exec(
        select(PasswordLink).where(
            PasswordLink.user_id == int(user_id),
            PasswordLink.salt == salt,
            col(PasswordLink.expires_at) > (now or utc_now()),
        )
    ).first()
    if link is None:
        return None
    return LinkPurpose(link.purpose), link_url(_token(db, link.salt)), link.expires_at


def new_link_rows(
    db: Session, user_ids: list[int], purpose: LinkPurpose, now: datetime
) -> list[dict[str, Any]]:
    """The stored part of a new link for each user: a fresh salt and the token's digest."""
    secret, expires_at = server_secret(db), now + LINK_LIFETIME
    rows = []
    for user_id, salt in ((user_id, secrets.token_hex(16)) for user_id in user_ids):
        token_hash = auth.token_digest(_derived_token(secret, salt))
        rows.append(
            {
                "user_id": user_id,
                "purpose": purpose.value,
                "salt": salt,
                "token_hash": token_hash,
                "created_at": now,
                "expires_at": expires_at,
            }
        )
    return rows


def link_url(token: str) -> str:
    """The address of the set-password page for a link's token."""
    return f"{settings.base_url()}{SET_PASSWORD}?token={token}"


def current_links(
    db: Session, user_ids: list[int], now: datetime | None = None
) -> dict[int, tuple[LinkPurpose, str, datetime]]:
    """Each person's link while it is valid: its purpose, address and expiry."""
    now = now or utc_now()
    links = db.exec(
        select(PasswordLink).where(
            col(PasswordLink.user_id).in_(user_ids), col(PasswordLink.expires_at) > now
        )
    ).all()
    return {
        link.user_id: (LinkPurpose(link.purpose), link_url(_token(db, link.salt)), link.expires_at)
        for link in links
    }


def link_holder(db: Session, token: str, now: datetime | None = None) -> User:
    """The active person a valid link belongs to; LinkNotValid for anything else."""
    row = db.exec(
        select(User, PasswordLink)
        .join(PasswordLink, col(PasswordLink.user_id) == col(User.id))
        .where(
            PasswordLink.token_hash == auth.token_digest(token),
            col(PasswordLink.expires_at) > (now or utc_now()),
            col(User.active).is_(True),
        )
    ).first()
    if row is None:
        raise LinkNotValid()
    return row[0]


def set_password_with_link(
    db: Session,
    *,
    token: str,
    password: str,
    confirmation: str,
    time_zone: str = "",
    now: datetime | None = None,
) -> tuple[User, str, list[str]]:
    """Set the link holder's password (and their time zone, when given) and use the link up;
    every sign-in of theirs ends and this browser is signed in. Returns the user, the new
    sign-in's token, the ended digests."""
    user = link_holder(db, token, now)
    assert user.id is not None
    time_zone = time_zone.strip()
    errors = {"time_zone": ZONE_CHOICE} if time_zone and not is_time_zone(time_zone) else {}
    try:
        check_new_password(password, confirmation, about_user=[user.name, user.email])
    except ValidationFailed as weak:
        errors.update(weak.errors)
    if errors:
        raise ValidationFailed(errors)
    user.password_hash = auth.hash_password(password)
    user.time_zone = time_zone or user.time_zone
    used = db.exec(
        delete(PasswordLink).where(col(PasswordLink.token_hash) == auth.token_digest(token))
    )
    if used.rowcount != 1:  # used (or replaced) meanwhile, in another browser
        db.rollback()
        raise LinkNotValid()
    ended = auth.end_sign_ins(db, user.id)
    sign_in = auth.start_sign_in(db, user, now)
    db.commit()
    return user, sign_in, ended


def change_password(
    db: Session, *, user: User, token: str, current: str, password: str, confirmation: str
) -> list[str]:
    """Change a signed-in user's password (the current one is required); every other
    browser of theirs is signed out. Returns the ended sign-ins' digests."""
    assert user.id is not None
    if not auth.check_password(user, current):
        raise ValidationFailed({"current_password": "This is not your current password."})
    check_new_password(password, confirmation, about_user=[user.name, user.email])
    user.password_hash = auth.hash_password(password)
    ended = auth.end_sign_ins(db, user.id, keep=token)
    db.commit()
    return ended


def request_reset(
    db: Session, *, email: str, address: str, throttle: SignInThrottle, now: datetime | None = None
) -> None:
    """Make a reset link for the account with this e-mail, if there is an active one without
    a valid link already. The caller answers the same way whether or not there is (no account
    enumeration)."""
    email = email.strip().lower()[: auth.EMAIL_MAX]
    attempt = Attempt(email=email, address=address, purpose="reset")
    if not throttle.allows(attempt):
        raise DomainError(TOO_MANY_SIGN_IN_ATTEMPTS)
    throttle.record_failure(attempt)  # every request counts: links are not made on demand
    if not can_be_saved(email):
        return
    user = db.exec(select(User).where(User.email == email, col(User.active).is_(True))).first()
    if user is None or user.is_demo or user.id in current_links(db, [user.id or 0], now):
        return  # a valid link is kept: anyone may type this e-mail, none may void a link
    issue_link(db, user, LinkPurpose.RESET if user.password_hash else LinkPurpose.INVITATION, now)
    db.commit()


def _token(db: Session, salt: str) -> str:
    """A link's token: derived from its salt with the server secret."""
    return _derived_token(server_secret(db), salt)


def _derived_token(secret: bytes, salt: str) -> str:
    digest = hmac.new(secret, f"password-link:{salt}".encode(), hashlib.sha256)
    return base64.urlsafe_b64encode(digest.digest()).rstrip(b"=").decode()


def update_profile(db: Session, *, user: User, name: str, time_zone: str) -> User:
    """Change one's own name and time zone (the e-mail is the admin team's to change)."""
    assert user.id is not None
    details = check_person(name, user.email, time_zone)
    if (details.name, details.time_zone) == (user.name, user.time_zone):
        return user
    user.name, user.time_zone = details.name, details.time_zone
    refresh_descriptions(db, person_id=user.id)
    db.commit()
    return user


def update_email_preferences(db: Session, *, user: User, changes: bool, reminders: bool) -> User:
    """Choose which e-mails one gets: about changes to one's sessions, and reminders."""
    user.email_changes, user.email_reminders = changes, reminders
    db.commit()
    return user
