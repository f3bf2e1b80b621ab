"""URL builders: one place that knows every route."""

from typing import Protocol

from myecoach.domain.ids import ID_MAX, is_id

SIGN_IN = "/sign-in"
FORGOT_PASSWORD = "/forgot-password"
SET_PASSWORD = "/set-password"
ACCOUNT = "/account"
RELATIONSHIPS = "/relationships"
NOTIFICATIONS = "/notifications"
RELATIONSHIP = "/relationships/[relationship_id]"
SESSION = "/relationships/[relationship_id]/sessions/[session_number]"
ADMIN = "/admin"
ADMIN_OVERVIEW = "/admin/overview"
ADMIN_PEOPLE = "/admin/people"
ADMIN_PROGRAMMES = "/admin/programmes"
ADMIN_PAIRING = "/admin/pairing"
ADMIN_IMPORT = "/admin/import"
ADMIN_ACTIVITY = "/admin/activity"
ADMIN_MAIL = "/admin/email"


class HasTarget(Protocol):
    """Something that points at a relationship, and maybe at one of its sessions."""

    relationship_id: int
    session_number: int | None


def relationship_url(relationship_id: int) -> str:
    """The page of one relationship."""
    return f"/relationships/{relationship_id}"


def session_url(relationship_id: int, number: int) -> str:
    """The session editor of one session."""
    return f"/relationships/{relationship_id}/sessions/{number}"


def parse_id(text: object) -> int | None:
    """An id from a URL part (ASCII digits, 1 to ID_MAX), or None for anything else."""
    if not (isinstance(text, str) and text.isascii() and text.isdigit()):
        return None
    value = int(text) if len(text) <= len(str(ID_MAX)) else None
    return value if is_id(value) else None


def notification_url(item: HasTarget) -> str:
    """Where a notification leads: its session, or its relationship."""
    if item.session_number is None:
        return relationship_url(item.relationship_id)
    return session_url(item.relationship_id, item.session_number)


CALENDAR_FILES = "/calendar/"  # every calendar file (feeds, downloads) is served under here


def calendar_feed_path(token: str) -> str:
    """The address of a personal calendar feed."""
    return f"{CALENDAR_FILES}{token}.ics"


def calendar_download_path(token: str) -> str:
    """The address of a one-time .ics download."""
    return f"{CALENDAR_FILES}download/{token}.ics"


EXPORTS = "/exports/"  # every CSV export is served under here


def sessions_export_path(token: str) -> str:
    """The address of a one-time CSV export of sessions."""
    return f"{EXPORTS}sessions/{token}.csv"
