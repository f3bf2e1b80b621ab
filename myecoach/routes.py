"""URL builders: one place that knows every route."""

from myecoach.domain.ids import ID_MAX, is_id

SIGN_IN = "/sign-in"
RELATIONSHIPS = "/relationships"
NOTIFICATIONS = "/notifications"
RELATIONSHIP = "/relationships/[relationship_id]"
SESSION = "/relationships/[relationship_id]/sessions/[session_number]"


def relationship_url(relationship_id: int) -> str:
    """The page of one relationship."""
    return f"/relationships/{relationship_id}"


def session_url(relationship_id: int, number: int) -> str:
    """The session editor of one session."""
    return f"/relationships/{relationship_id}/sessions/{number}"


def parse_id(text: object) -> int | None:
    """An id from a URL part (ASCII digits, 1 to ID_MAX), or None for anything else."""
    digits = isinstance(text, str) and text.isascii() and text.isdigit()
    value = int(text) if digits and len(text) <= len(str(ID_MAX)) else None
    return value if is_id(value) else None
