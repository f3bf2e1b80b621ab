"""Who is signed in: the browser's opaque token, the top bar, sign in and out."""

import reflex as rx
from sqlmodel import Session

from myecoach import routes, settings
from myecoach.db import unit_of_work
from myecoach.domain.errors import DomainError
from myecoach.models import User
from myecoach.services import auth
from myecoach.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

TOKEN_SECONDS = int(auth.TOKEN_LIFETIME.total_seconds())


class AuthState(rx.State):
    """The signed-in user as the top bar shows them; every page state builds on it."""

    token: str = rx.Cookie("", name="myecoach_token", same_site="strict", max_age=TOKEN_SECONDS)
    user_name: str = ""
    is_admin: bool = False

    def _user(self, db: Session) -> User | None:
        """The user of this browser's token, looked up on the server every time."""
        return auth.user_for_token(db, self.token)

    def _enter(self, db: Session) -> User | None:
        """Re-derive the user and refresh the top bar; None when nobody is signed in."""
        user = self._user(db)
        self.user_name = user.name if user else ""
        self.is_admin = bool(user and user.is_admin)
        return user

    @rx.event
    def sign_out(self):
        """End the sign-in on the server and forget the token in the browser."""
        with unit_of_work() as db:
            auth.sign_out(db, self.token)
        self.reset()
        return [rx.remove_cookie("myecoach_token"), rx.redirect(routes.SIGN_IN)]


class SignInState(AuthState):
    """The sign-in form."""

    error: str = ""
    demo_accounts: list[dict[str, str]] = []

    @rx.event
    def load(self):
        """Skip the form when already signed in; list the demo accounts in demo mode."""
        with unit_of_work() as db:
            if self._user(db):
                return rx.redirect(routes.RELATIONSHIPS)
        self.error = ""
        self.demo_accounts = (
            [{"email": email, "role": role} for email, _, role, _ in DEMO_ACCOUNTS]
            if settings.demo_mode()
            else []
        )

    @rx.event
    def sign_in(self, form: dict):
        """Check the e-mail and password and keep only an opaque token in the browser."""
        email, password = str(form.get("email", "")), str(form.get("password", ""))
        try:
            with unit_of_work() as db:
                self.token = auth.sign_in(db, email=email[:254], password=password[:200])
        except DomainError as error:
            self.error = error.message
            return
        self.error = ""
        return rx.redirect(routes.RELATIONSHIPS)

    @rx.var
    def demo_password(self) -> str:
        """The shared password of the demo accounts."""
        return DEMO_PASSWORD if self.demo_accounts else ""
