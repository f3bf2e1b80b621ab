"""Words users see: role names per relationship kind, and notification texts."""

from enum import StrEnum

SIGN_IN_FAILED = "Wrong email or password."
TOO_MANY_SIGN_IN_ATTEMPTS = "Too many sign-in attempts. Wait a few minutes, then try again."
SIGNED_OUT_ELSEWHERE = "You have been signed out."
ACCOUNT_DEACTIVATED = (
    "This account has been deactivated. If you need it again, ask your programme's admin team."
)
RESET_REQUESTED = (
    "If an account uses that e-mail, a link to set a new password has been made for it. "
    "Your admin team can give it to you; it works once, for 7 days."
)
LINK_NOT_VALID = (
    "This link has expired or has already been used. Ask your admin team for a new one."
)


class RelationshipKind(StrEnum):
    """Coaching (coach/coachee) or mentoring (mentor/mentee)."""

    COACHING = "coaching"
    MENTORING = "mentoring"


class ChangeKind(StrEnum):
    """What a change did to a session: its notifications' kind and its `History` label."""

    ADDED = "added"
    ARRANGED = "arranged"
    EDITED = "edited"
    CANCELLED = "cancelled"
    REACTIVATED = "reactivated"
    COMPLETED = "completed"

    @property
    def label(self) -> str:
        """The change as the `History` panel names it: "Cancelled"."""
        return self.value.capitalize()


ROLE_NAMES = {
    RelationshipKind.COACHING: ("Coach", "Coachee"),
    RelationshipKind.MENTORING: ("Mentor", "Mentee"),
}


def role_names(kind: RelationshipKind) -> tuple[str, str]:
    """The names of the two roles, leader first: ("Coach", "Coachee")."""
    return ROLE_NAMES[RelationshipKind(kind)]


def session_title(number: int) -> str:
    """How a session is named everywhere: "Session 3"."""
    return f"Session {number}"


def notification_message(
    kind: ChangeKind,
    *,
    actor_name: str,
    number: int,
    programme: str,
    when: str = "",
    reason: str = "",
) -> str:
    """The sentence a recipient reads in the inbox and the toast."""
    title = session_title(number)
    text = {
        ChangeKind.ARRANGED: f"{actor_name} arranged {title} for {when}",
        ChangeKind.EDITED: f"{actor_name} edited {title} ({when})",
        ChangeKind.CANCELLED: f"{actor_name} cancelled {title}: {reason}",
        ChangeKind.REACTIVATED: f"{actor_name} reactivated {title} ({when})",
        ChangeKind.COMPLETED: f"{actor_name} marked {title} as completed",
    }[ChangeKind(kind)]
    return f"{text} — {programme}"


def reactivation_note(*, scheduled: bool, in_past: bool) -> str:
    """What to tell the user after reactivating, per the help page."""
    if not scheduled:
        return "The session is back to To be Arranged: pick a date and time."
    if in_past:
        return "The session kept its date and time, which have passed: it may need rearranging."
    return "The session kept the date and time it had before it was cancelled."


def relationship_message(*, actor_name: str, programme: str, closed: bool) -> str:
    """What both participants read when the admin team closes or reopens their relationship."""
    if closed:
        return f"{actor_name} closed your relationship in {programme}: its sessions are final."
    return f"{actor_name} reopened your relationship in {programme}: sessions can change again."


def reminder_message(*, number: int, other: str, when: str, programme: str) -> str:
    """The day-before reminder a participant reads."""
    return f"Reminder: {session_title(number)} with {other} is coming up, {when} — {programme}"


def nudge_message(*, other: str, role: str, days: int, programme: str) -> str:
    """What a coach (or mentor) reads when nothing is arranged since the last session."""
    return (
        f"Your last session with {other} was {days} days ago and nothing is arranged yet. "
        f"Time to arrange the next one with your {role}? — {programme}"
    )
