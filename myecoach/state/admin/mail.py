"""Admin → E-mail: the e-mails that could not be sent, and trying them again."""

from dataclasses import dataclass

import reflex as rx

from myecoach import settings
from myecoach.services import outbox
from myecoach.state.admin.base import AdminPageState
from myecoach.state.auth import Caller, signed_in
from myecoach.state.formatting import local_when


@dataclass(frozen=True)
class FailedView:
    """A failed e-mail as the admin team sees it."""

    id: int
    recipient: str
    subject: str
    queued: str
    attempts: int
    error: str


class MailState(AdminPageState):
    """Whether e-mail is set up, and what failed for good."""

    mail_enabled: bool = False
    rows: list[FailedView] = []

    @signed_in
    def load(self, caller: Caller):
        """The failed e-mails, newest first."""
        self._list(caller)

    @signed_in
    def retry(self, caller: Caller, message_id: int):
        """Send a failed e-mail again."""
        outbox.retry(caller.db, admin=caller.user, message_id=message_id)
        self._list(caller)
        return rx.toast.success("It will be sent again in a moment.")

    def _list(self, caller: Caller) -> None:
        zone = caller.user.time_zone
        self.rows = [
            FailedView(
                m.id,
                m.to_address,
                m.subject or "Password link",
                local_when(m.created_at, zone),
                m.attempts,
                m.last_error,
            )
            for m in outbox.failed_messages(caller.db, admin=caller.user)
        ]
        self.mail_enabled = settings.mail_enabled()
        self._shown()
