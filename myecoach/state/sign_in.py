"""Signing in and out."""

from functools import partial

import reflex as rx

from myecoach import routes, settings
from myecoach.services import auth
from myecoach.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from myecoach.services.throttle import sign_in_throttle
from myecoach.state.auth import (
    TOKEN_COOKIE,
    AuthState,
    Caller,
    Visitor,
    anyone,
    form_text,
    signed_in,
)
from myecoach.state.live import end_live_sign_ins
from myecoach.state.password_work import password_work


class SignInState(AuthState):
    """The sign-in form, and signing out."""

    error: str = ""
    demo_accounts: list[dict[str, str]] = []
    loaded: bool = False  # until the page has loaded, a submit could be lost

    @anyone
    def load(self, visitor: Visitor):
        """Skip the form when already signed in; list the demo accounts in demo mode."""
        if visitor.user is not None:
            return rx.redirect(routes.RELATIONSHIPS)
        self.error, self.loaded = "", True
        self.demo_accounts = (
            [{"email": email, "role": role} for email, _, role, _ in DEMO_ACCOUNTS]
            if settings.demo_mode()
            else []
        )

    @anyone
    async def sign_in(self, visitor: Visitor, form: dict):
        """Check the e-mail and password and keep only an opaque token in the browser."""
        check = partial(
            auth.sign_in,
            visitor.db,
            email=form_text(form, "email"),
            password=form_text(form, "password"),
            address=self.router.session.client_ip,
            throttle=sign_in_throttle(),
            allow_demo=settings.demo_mode(),
        )
        self.token = await password_work(check)
        self.error = ""
        return rx.redirect(routes.RELATIONSHIPS)

    @signed_in
    async def sign_out(self, caller: Caller):
        """End the sign-in on the server, in every tab of it, and forget the token here."""
        await end_live_sign_ins(self, auth.sign_out(caller.db, caller.token))
        self.reset()
        return [rx.remove_cookie(TOKEN_COOKIE), rx.redirect(routes.SIGN_IN)]

    def _refused(self, error):
        """A refused sign-in is shown on the form."""
        self.error = error.message

    @rx.var
    def demo_password(self) -> str:
        """The shared password of the demo accounts."""
        return DEMO_PASSWORD if self.demo_accounts else ""
