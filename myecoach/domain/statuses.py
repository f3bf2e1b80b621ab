"""Session statuses, types and the status table of the product rules."""

from enum import StrEnum

from myecoach.domain.errors import TransitionRefused


class SessionStatus(StrEnum):
    """The four statuses a session can be in, named as users see them."""

    TO_BE_ARRANGED = "To be Arranged"
    ARRANGED = "Arranged"
    COMPLETED = "Completed"
    CANCELLED = "Cancelled"


class SessionType(StrEnum):
    """How a session takes place."""

    SKYPE = "Skype"
    ONLINE = "Online"
    FACE_TO_FACE = "Face-to-face"
    CALL = "Call"


OPEN_STATUSES = (SessionStatus.TO_BE_ARRANGED, SessionStatus.ARRANGED)


def status_when_added(*, scheduled: bool) -> SessionStatus:
    """Status of a newly added session."""
    return SessionStatus.ARRANGED if scheduled else SessionStatus.TO_BE_ARRANGED


def status_after_save(current: SessionStatus, *, scheduled: bool) -> SessionStatus:
    """Status after saving the form; refuses closed sessions and unscheduling."""
    if current == SessionStatus.CANCELLED:
        raise TransitionRefused("This session is cancelled. Reactivate it before editing.")
    if current == SessionStatus.COMPLETED:
        raise TransitionRefused("This session is completed and can no longer be edited.")
    if scheduled:
        return SessionStatus.ARRANGED
    if current == SessionStatus.ARRANGED:
        raise TransitionRefused(
            "An arranged session needs a date, start time and end time. "
            "To call it off, cancel the session instead."
        )
    return SessionStatus.TO_BE_ARRANGED


def status_after_cancel(current: SessionStatus) -> SessionStatus:
    """Status after cancelling; only open sessions can be cancelled."""
    if current not in OPEN_STATUSES:
        raise TransitionRefused(f"A session that is {current} cannot be cancelled.")
    return SessionStatus.CANCELLED


def status_after_reactivate(current: SessionStatus, *, scheduled: bool) -> SessionStatus:
    """Status after reactivating: back to where its date and time put it."""
    if current != SessionStatus.CANCELLED:
        raise TransitionRefused("Only a cancelled session can be reactivated.")
    return SessionStatus.ARRANGED if scheduled else SessionStatus.TO_BE_ARRANGED


def status_after_complete(current: SessionStatus, *, started: bool) -> SessionStatus:
    """Status after marking completed: only an arranged session that has started."""
    if current != SessionStatus.ARRANGED:
        raise TransitionRefused(f"A session that is {current} cannot be marked as completed.")
    if not started:
        raise TransitionRefused("A session can be marked as completed once it has started.")
    return SessionStatus.COMPLETED


def can_complete(current: SessionStatus, *, started: bool) -> bool:
    """Whether `Mark as completed` should be offered."""
    return current == SessionStatus.ARRANGED and started


def awaits_completion(current: SessionStatus, *, ended: bool, open_: bool) -> bool:
    """Whether an arranged session's time has passed without it being marked as completed,
    in a relationship still open (a closed one's sessions can no longer change)."""
    return current == SessionStatus.ARRANGED and ended and open_
