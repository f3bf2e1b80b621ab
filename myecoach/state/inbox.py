"""The `Notifications` inbox."""

import reflex as rx

from myecoach import routes
from myecoach.db import unit_of_work
from myecoach.services import notifications
from myecoach.state.auth import AuthState
from myecoach.state.formatting import local_when
from myecoach.state.live import sync_own_inbox


class InboxState(AuthState):
    """The signed-in user's notifications, newest first."""

    items: list[dict[str, str]] = []
    loaded: bool = False

    @rx.event
    def load(self):
        """Load the inbox of the signed-in user."""
        with unit_of_work() as db:
            user = self._enter(db)
            if user is None:
                return rx.redirect(routes.SIGN_IN)
            self._fill(notifications.inbox(db, user=user), user.time_zone)

    @rx.event
    async def mark_read(self, notification_id: int):
        """Mark one of the user's notifications as read as they open it."""
        with unit_of_work() as db:
            user = self._enter(db)
            if user is None:
                return rx.redirect(routes.SIGN_IN)
            notification = routes.parse_id(str(notification_id)) or 0
            notifications.mark_read(db, user=user, notification_id=notification)
        await sync_own_inbox(self, user.id)

    @rx.event
    async def mark_all_read(self):
        """Mark every notification as read."""
        with unit_of_work() as db:
            user = self._enter(db)
            if user is None:
                return rx.redirect(routes.SIGN_IN)
            notifications.mark_all_read(db, user=user)
            self._fill(notifications.inbox(db, user=user), user.time_zone)
        await sync_own_inbox(self, user.id)
        return rx.toast.success("All notifications marked as read.")

    def _fill(self, items: list[notifications.InboxItem], zone: str) -> None:
        self.items = [
            {
                "id": str(item.id),
                "message": item.message,
                "when": local_when(item.created_at, zone),
                "read": "read" if item.read else "unread",
                "url": routes.session_url(item.relationship_id, item.session_number),
            }
            for item in items
        ]
        self.loaded = True
