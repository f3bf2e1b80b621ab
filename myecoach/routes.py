"""URL builders: one place that knows every route."""

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


def parse_id(text: str) -> int | None:
    """A positive id from a URL part, or None for anything else."""
    return int(text) if text.isdigit() and 0 < len(text) < 10 else None
