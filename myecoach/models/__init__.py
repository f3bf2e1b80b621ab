"""Database tables. Every datetime is stored in UTC and is timezone-aware."""

from myecoach.models.clock import utc_now
from myecoach.models.delivery import (
    CalendarDownload,
    CalendarFeed,
    ExportDownload,
    Notification,
    OutboxMessage,
    Reminder,
)
from myecoach.models.people import AdminAction, AuthToken, PasswordLink, ServerSecret, User
from myecoach.models.relationships import Programme, Relationship
from myecoach.models.sessions import CoachingSession, SessionHistory
from myecoach.models.tallies import RelationshipTally, SessionTally

__all__ = [
    "AdminAction",
    "AuthToken",
    "CalendarDownload",
    "CalendarFeed",
    "CoachingSession",
    "ExportDownload",
    "Notification",
    "OutboxMessage",
    "PasswordLink",
    "Programme",
    "Relationship",
    "RelationshipTally",
    "Reminder",
    "ServerSecret",
    "SessionHistory",
    "SessionTally",
    "User",
    "utc_now",
]
