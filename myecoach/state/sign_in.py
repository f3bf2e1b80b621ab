"""Signing in and out."""

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import reflex as rx

from myecoach import routes, settings
from myecoach.services import auth
from myecoach.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from myecoach.services.throttle import sign_in_throttle
from myecoach.state.auth import TOKEN_COOKIE, AuthState, Caller, Visitor, anyone, signed_in
from myecoach.state.live import end_live_sign_ins

# Password hashing is slow on purpose: it runs here, off the event loop, a few at a time,
# so a flood of sign-ins slows sign-ins and leaves every other user's events alone.
PASSWORD_CHECKS = ThreadPoolExecutor(
    max_workers=max(1, (os.cpu_count() or 2) // 2), thread_name_prefix="password-check"
)


class SignInState(AuthState):
    """The sign-in form, and signing out."""

    error: str = ""
    demo_accounts: list[dict[str, str]] = []

    @anyone
    def load(self, visitor: Visitor):
        """Skip the form when already signed in; list the demo accounts in demo mode."""
        if visitor.user is not None:
            return rx.redirect(routes.RELATIONSHIPS)
        self.error = ""
        self.demo_accounts = (
            [{"email": email, "role": role} for email, _, role, _ in DEMO_ACCOUNTS]
            if settings.demo_mode()
            else []
        )

    @anyone
    async def sign_in(self, visitor: Visitor, form: dict):
        """Check the e-mail and password and keep only an opaque token in the browser."""
        email, password = form.get("email"), form.get("password")
        if not isinstance(email, str) or not isinstance(password, str):
            return
        check = partial(
            auth.sign_in,
            visitor.db,
            email=email,
            password=password,
            address=self.router.session.client_ip,
            throttle=sign_in_throttle(),
            allow_demo=settings.demo_mode(),
        )
        self.token = await asyncio.get_running_loop().run_in_executor(PASSWORD_CHECKS, check)
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
