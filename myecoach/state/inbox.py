"""The `Notifications` inbox."""

from dataclasses import dataclass

import reflex as rx

from myecoach import routes
from myecoach.services import notifications
from myecoach.state.auth import AuthState, Caller, signed_in
from myecoach.state.formatting import local_when
from myecoach.state.live import push_inboxes


@dataclass(frozen=True)
class InboxRow:
    """One notification as the inbox shows it."""

    id: int
    message: str
    when: str
    unread: bool
    url: str


class InboxState(AuthState):
    """The signed-in user's notifications, newest first."""

    items: list[InboxRow] = []
    loaded: bool = False

    @signed_in
    def load(self, caller: Caller):
        """Load the inbox of the signed-in user."""
        self._fill(caller)

    @signed_in
    async def mark_read(self, caller: Caller, notification_id: int):
        """Mark one of the user's notifications as read as they open it."""
        notifications.mark_read(caller.db, user=caller.user, notification_id=notification_id)
        await push_inboxes(self, caller.user.id)

    @signed_in
    async def mark_all_read(self, caller: Caller):
        """Mark every notification as read."""
        notifications.mark_all_read(caller.db, user=caller.user)
        self._fill(caller)
        await push_inboxes(self, caller.user.id)
        return rx.toast.success("All notifications marked as read.")

    def _fill(self, caller: Caller) -> None:
        zone = caller.user.time_zone
        self.items = [
            InboxRow(
                id=item.id,
                message=item.message,
                when=local_when(item.created_at, zone),
                unread=not item.read,
                url=routes.notification_url(item),
            )
            for item in notifications.inbox(caller.db, user=caller.user)
        ]
        self.loaded = True
