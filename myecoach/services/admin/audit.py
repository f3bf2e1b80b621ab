"""The admin team's audit trail: every admin action, append-only, listed on `Activity`."""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from myecoach.domain.permissions import require_admin
from myecoach.models import AdminAction, User
from myecoach.services.access import actor_of

PAGE_SIZE = 25


@dataclass(frozen=True)
class ActivityEntry:
    """One admin action as `Activity` lists it."""

    at: datetime
    actor: str
    action: str
    subject: str
    changes: list[tuple[str, str, str]]  # (what, before, after)


@dataclass(frozen=True)
class ActivityPage:
    """A page of the audit trail, newest first."""

    entries: list[ActivityEntry]
    page: int
    pages: int


def record(
    db: Session,
    actor: User,
    action: str,
    subject: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Append an admin action to the trail, in the caller's transaction."""
    assert actor.id is not None
    db.add(
        AdminAction(
            actor_id=actor.id,
            action=action,
            subject=subject[:400],
            before=json.dumps(before or {}, default=str),
            after=json.dumps(after or {}, default=str),
        )
    )


def activity(db: Session, *, admin: User, page: int = 1) -> ActivityPage:
    """The audit trail, newest first, a page at a time (admins only)."""
    require_admin(actor_of(admin))
    total = db.exec(select(func.count(col(AdminAction.id)))).one()
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, page), pages)
    rows = db.exec(
        select(AdminAction, User.name)
        .join(User, col(User.id) == col(AdminAction.actor_id))
        .order_by(col(AdminAction.at).desc(), col(AdminAction.id).desc())
        .offset((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
    ).all()
    return ActivityPage([_entry(action, name) for action, name in rows], page, pages)


def _entry(action: AdminAction, actor: str) -> ActivityEntry:
    before, after = json.loads(action.before), json.loads(action.after)
    changes = [
        (key, _shown(before.get(key)), _shown(after.get(key)))
        for key in dict.fromkeys([*before, *after])
        if before.get(key) != after.get(key)
    ]
    return ActivityEntry(action.at, actor, action.action, action.subject, changes)


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)
