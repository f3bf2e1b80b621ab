"""Live delivery: every open tab of one sign-in is linked to one shared inbox state.

The shared state's key is derived from the sign-in's token digest with the server secret,
so it can neither be guessed nor chosen by a client, and it ends with the sign-in.
"""

import asyncio
import hashlib
import hmac
import logging
import re
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, nullcontext
from functools import cache

import reflex as rx

from myecoach import routes
from myecoach.app import app
from myecoach.db import unit_of_work
from myecoach.services import auth
from myecoach.services.notifications import InboxSummary, inbox_summary
from myecoach.services.secrets import server_secret
from myecoach.state.auth import Caller, Visitor, anyone, signed_in

logger = logging.getLogger("myecoach")
KEY_IS_NO_TAB = re.compile(r"Attempting to send delta to disconnected client '[0-9a-f]{64}'")
_pushing: set[asyncio.Task] = set()  # pushes under way (kept so they are not collected)
_pushes_of: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)  # per user, in turn


class LiveInbox(rx.SharedState):
    """The bell's count and the newest notification, the same in every tab of a sign-in."""

    unread: int = 0
    newest_id: int = 0
    newest_message: str = ""
    newest_url: str = ""
    ended: bool = False  # the sign-in ended elsewhere (signed out, deactivated): leave too

    @anyone
    async def connect(self, visitor: Visitor):
        """Link this tab to its sign-in's inbox and catch up from the database."""
        if visitor.user is None or visitor.user.id is None:
            return await self._unlink() if self._linked_to else None
        summary = inbox_summary(visitor.db, user_id=visitor.user.id)
        # _link_to / _unlink / _linked_to are SharedState's documented API despite the underscore.
        shared = await self._link_to(live_key(auth.token_digest(visitor.token)))
        _copy(shared, summary)
        toast = await self.get_state(LiveToast)
        toast.seen_id = shared.newest_id


class LiveToast(rx.State):
    """Per tab: the newest notification this tab has already shown or dismissed."""

    seen_id: int = 0

    @signed_in
    async def dismiss(self, caller: Caller):
        """Hide the live toast in this tab."""
        self.seen_id = (await self.get_state(LiveInbox)).newest_id


@cache
def _secret() -> bytes:
    with unit_of_work() as db:
        return server_secret(db)


def live_key(token_digest: str) -> str:
    """The shared-state key of one sign-in: unguessable without the server secret."""
    return hmac.new(_secret(), f"live-inbox:{token_digest}".encode(), hashlib.sha256).hexdigest()


def _copy(shared: LiveInbox, summary: InboxSummary) -> None:
    newest = summary.newest
    shared.unread = summary.unread
    shared.newest_id = newest.id if newest else 0
    shared.newest_message = newest.message if newest else ""
    shared.newest_url = routes.notification_url(newest) if newest else ""


async def push_inboxes(state: rx.State | None, *user_ids: int) -> None:
    """Bring users' live inboxes up to date with the database in every open tab of theirs
    (``state``: the acting tab, if an event of a tab is pushing). One user's pushes take turns,
    each reading the database once it has its turn, so a slower one never overwrites a newer
    count."""
    for user_id in sorted(set(user_ids)):
        async with _pushes_of[user_id]:
            with unit_of_work() as db:
                sign_ins = auth.live_sign_ins(db, [user_id])
                if not sign_ins:
                    continue
                summary = inbox_summary(db, user_id=user_id)
            for _, digest in sign_ins:
                async with await _shared_inbox(state, digest) as shared:
                    _copy(shared, summary)


def push_in_background(*user_ids: int) -> None:
    """Bring these users' live inboxes up to date alongside the event being handled, which
    need not wait for it (their inboxes are read from the database, the truth, once it is
    committed)."""
    if user_ids:
        task = asyncio.create_task(push_inboxes(None, *user_ids))
        _pushing.add(task)
        task.add_done_callback(_pushed)


def _pushed(task: asyncio.Task) -> None:
    _pushing.discard(task)
    if not task.cancelled() and task.exception() is not None:
        logger.error("A live update could not be pushed", exc_info=task.exception())


async def end_live_sign_ins(state: rx.State, *digests: str) -> None:
    """Tell every open tab of these (ended) sign-ins to leave, on every instance."""
    for digest in digests:
        async with await _shared_inbox(state, digest) as shared:
            _copy(shared, InboxSummary(0, None))
            shared.ended = True


async def _shared_inbox(
    state: rx.State | None, digest: str
) -> AbstractAsyncContextManager[LiveInbox]:
    """The live inbox of a sign-in, to change: through the acting tab when it is linked to it
    (its event holds that state's lock; the change reaches the other tabs as the event ends),
    else taken from the state manager (on whichever instance or in Redis)."""
    own = await state.get_state(LiveInbox) if state is not None else None
    if own is not None and own._linked_to == live_key(digest):
        return nullcontext(own)
    return _modified(rx.BaseStateToken(ident=live_key(digest), cls=LiveInbox))


class _NoWarningForInboxKeys(logging.Filter):
    """Reflex sends a shared state changed by its own key to that key as if it were a tab,
    and warns on each live update that no tab has it; none ever does (its tabs are told
    through their links), so that warning is dropped, not written to the log each time."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not KEY_IS_NO_TAB.fullmatch(record.getMessage())


logging.getLogger("reflex.app").addFilter(_NoWarningForInboxKeys())


@asynccontextmanager
async def _modified(token: rx.BaseStateToken) -> AsyncIterator[LiveInbox]:
    async with app.modify_state(token) as root:
        yield await root.get_state(LiveInbox)
