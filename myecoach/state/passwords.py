"""Setting a password through a one-time link, and asking for one when it is forgotten."""

import asyncio
import time
from functools import partial

import reflex as rx

from myecoach import routes
from myecoach.domain.errors import DomainError, ValidationFailed
from myecoach.domain.wording import RESET_REQUESTED
from myecoach.domain.zones import is_time_zone
from myecoach.services import accounts
from myecoach.services.throttle import sign_in_throttle
from myecoach.state.auth import AuthState, Visitor, anyone, form_text
from myecoach.state.live import end_live_sign_ins
from myecoach.state.password_work import password_work

BROWSER_ZONE = "Intl.DateTimeFormat().resolvedOptions().timeZone"
RESET_ANSWER_SECONDS = 0.6  # every reset request is answered after this long, found or not


class SetPasswordState(AuthState):
    """`/set-password?token=…`: whose link it is, and the new password."""

    holder: str = ""
    link_valid: bool = False
    first_time: bool = False  # an invitation: the person also chooses their time zone
    time_zone: str = ""
    loaded: bool = False
    errors: dict[str, str] = {}

    @anyone
    def load(self, visitor: Visitor):
        """Check the link in the address and say whose password it sets; on a first sign-in,
        ask the browser for its time zone to propose it."""
        self.errors, self.loaded = {}, False
        user = accounts.link_holder(visitor.db, self._link_token())
        self.holder = f"{user.name} ({user.email})"
        self.first_time, self.time_zone = user.password_hash is None, user.time_zone
        self.link_valid, self.loaded = True, True
        if self.first_time:
            return rx.call_script(BROWSER_ZONE, callback=SetPasswordState.propose_zone)
        return None

    @anyone
    def propose_zone(self, visitor: Visitor, zone: str | None):
        """Propose the browser's own time zone, when it is one the app knows."""
        if is_time_zone(zone):
            self.time_zone = str(zone)

    @anyone
    async def set_password(self, visitor: Visitor, form: dict):
        """Set the password, use the link up, sign every other browser out and this one in."""
        password, confirmation = form_text(form, "password"), form_text(form, "confirmation")
        _, self.token, ended = await password_work(
            partial(
                accounts.set_password_with_link,
                visitor.db,
                token=self._link_token(),
                password=password,
                confirmation=confirmation,
                time_zone=form_text(form, "time_zone") if self.first_time else "",
            )
        )
        await end_live_sign_ins(self, *ended)
        return [
            rx.toast.success("Your password is set. Welcome to myecoach."),
            rx.redirect(routes.RELATIONSHIPS),
        ]

    def _link_token(self) -> str:
        return self.router.url.query_parameters.get("token", "")

    def _refused(self, error: DomainError):
        """A spent link says so; a weak password is shown beside its field."""
        if isinstance(error, accounts.LinkNotValid):
            self.link_valid, self.loaded = False, True
            return None
        if isinstance(error, ValidationFailed):
            self.errors = error.errors
            return None
        return super()._refused(error)


class ForgotPasswordState(AuthState):
    """`/forgot-password`: the same answer, in the same time, whether or not the e-mail exists."""

    answer: str = ""
    loaded: bool = False  # until the page has loaded, a submit could be lost

    @anyone
    def load(self, visitor: Visitor):
        """A fresh form."""
        self.answer, self.loaded = "", True

    @anyone
    async def request_reset(self, visitor: Visitor, form: dict):
        """Make a reset link if the e-mail has an account; answer alike either way."""
        started = time.monotonic()
        try:
            accounts.request_reset(
                visitor.db,
                email=form_text(form, "email"),
                address=self.router.session.client_ip,
                throttle=sign_in_throttle(),
            )
            self.answer = RESET_REQUESTED
        except DomainError as refusal:
            self.answer = refusal.message
        await asyncio.sleep(max(0.0, RESET_ANSWER_SECONDS - (time.monotonic() - started)))
