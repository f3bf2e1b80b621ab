"""The personal calendar feed: whether the user has one, and making or replacing its address."""

import re

import reflex as rx

from myecoach import routes, settings
from myecoach.domain.calendar import FeedExists
from myecoach.domain.errors import DomainError
from myecoach.models import utc_now
from myecoach.services import calendar
from myecoach.state.auth import AuthState, Caller, signed_in
from myecoach.state.formatting import local_when

ORIGIN = re.compile(r"https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")


class CalendarFeedState(AuthState):
    """The signed-in user's feed. Only its hash is kept, so the address itself is shown once:
    right after it is made."""

    loaded: bool = False
    has_feed: bool = False
    since: str = ""
    address: str = ""

    @rx.var
    def webcal_address(self) -> str:
        """The address for calendar apps that open `webcal://` links."""
        return re.sub(r"^https?://", "webcal://", self.address)

    @signed_in
    def load(self, caller: Caller):
        """Whether the user has a feed, and since when."""
        created = calendar.feed_created(caller.db, user=caller.user)
        self.has_feed, self.address = created is not None, ""
        self.since = local_when(created, caller.user.time_zone)
        self.loaded = True

    @signed_in
    def create_address(self, caller: Caller):
        """Make the user's feed and show its address."""
        self._show(calendar.create_feed(caller.db, user=caller.user), caller)
        return rx.toast.success("Your calendar feed is ready: add its address to your calendar.")

    @signed_in
    def reset_address(self, caller: Caller):
        """Replace the feed's address; the old one stops working at once."""
        self._show(calendar.reset_feed(caller.db, user=caller.user), caller)
        return rx.toast.success("New address made. The old address no longer works.")

    def _refused(self, error: DomainError):
        """A feed made meanwhile (in another tab) is shown as it is now, with the reason."""
        shown = super()._refused(error)
        return [shown, CalendarFeedState.load] if isinstance(error, FeedExists) else shown

    def _show(self, token: str, caller: Caller) -> None:
        self.address = self._site() + routes.calendar_feed_path(token)
        self.has_feed, self.loaded = True, True
        self.since = local_when(utc_now(), caller.user.time_zone)

    def _site(self) -> str:
        """Where browsers reach myecoach: MYECOACH_PUBLIC_URL, else this page's origin."""
        origin = self.router.headers.origin
        fallback = origin if ORIGIN.fullmatch(origin) else settings.local_url()
        return (settings.public_url() or fallback).rstrip("/")
