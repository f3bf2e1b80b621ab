"""Live delivery: every open tab of a user is linked to one shared inbox state."""

import reflex as rx

from myecoach import routes
from myecoach.db import unit_of_work
from myecoach.services.notifications import InboxSummary, inbox_summary
from myecoach.state.auth import AuthState


def _shared_token(user_id: int) -> str:
    """The key all of one user's tabs link to (Reflex forbids underscores in it)."""
    return f"myecoach-inbox-{user_id}"


class LiveInbox(rx.SharedState):
    """The bell's count and the newest notification, the same in every tab of the user."""

    unread: int = 0
    newest_id: int = 0
    newest_message: str = ""
    newest_url: str = ""

    @rx.event
    async def connect(self):
        """Link this tab to the signed-in user's inbox and catch up from the database."""
        auth = await self.get_state(AuthState)
        with unit_of_work() as db:
            user = auth._user(db)
            summary = inbox_summary(db, user_id=user.id) if user else None
        if summary is None:
            if self._linked_to:
                return await self._unlink()
            return
        shared = await self._link_to(_shared_token(user.id))
        _copy(shared, summary)
        toast = await self.get_state(LiveToast)
        toast.seen_id = shared.newest_id


class LiveToast(rx.State):
    """Per tab: the newest notification this tab has already shown or dismissed."""

    seen_id: int = 0

    @rx.event
    async def dismiss(self):
        """Hide the live toast in this tab."""
        self.seen_id = (await self.get_state(LiveInbox)).newest_id


def _copy(shared: LiveInbox, summary: InboxSummary) -> None:
    newest = summary.newest
    shared.unread = summary.unread
    shared.newest_id = newest.id if newest else 0
    shared.newest_message = newest.message if newest else ""
    shared.newest_url = (
        routes.session_url(newest.relationship_id, newest.session_number) if newest else ""
    )


async def sync_own_inbox(state: rx.State, user_id: int) -> None:
    """Refresh the acting user's live inbox through this tab's link (and so all their tabs)."""
    with unit_of_work() as db:
        _copy(await state.get_state(LiveInbox), inbox_summary(db, user_id=user_id))


async def push_inboxes(*user_ids: int) -> None:
    """Bring other users' live inboxes up to date with the database in all their open tabs."""
    from myecoach.myecoach import app  # the running app; imported late to avoid a cycle

    for user_id in set(user_ids):
        with unit_of_work() as db:
            summary = inbox_summary(db, user_id=user_id)
        token = rx.BaseStateToken(ident=_shared_token(user_id), cls=LiveInbox)
        async with app.modify_state(token) as root:
            _copy(await root.get_state(LiveInbox), summary)
