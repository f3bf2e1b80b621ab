"""`Your account`: name, e-mail (read-only), time zone, and changing the password."""

from functools import partial

import reflex as rx

from myecoach import settings
from myecoach.domain.errors import DomainError, ValidationFailed
from myecoach.services import accounts
from myecoach.state.auth import AuthState, Caller, form_text, signed_in
from myecoach.state.live import end_live_sign_ins
from myecoach.state.password_work import password_work


class AccountState(AuthState):
    """The signed-in person's own details."""

    name: str = ""
    email: str = ""
    time_zone: str = ""
    form_version: int = 0  # changes after a save, so the forms show what was stored
    loaded: bool = False
    errors: dict[str, str] = {}
    email_changes: bool = True
    email_reminders: bool = True
    mail_enabled: bool = False

    @signed_in
    def load(self, caller: Caller):
        """Show the signed-in person's details."""
        self.errors = {}
        self._show(caller)

    @signed_in
    def save_profile(self, caller: Caller, form: dict):
        """Save the name and time zone."""
        accounts.update_profile(
            caller.db,
            user=caller.user,
            name=form_text(form, "name"),
            time_zone=form_text(form, "time_zone"),
        )
        self.errors = {}
        self._show(caller)
        return rx.toast.success("Your details are saved.")

    @signed_in
    async def change_password(self, caller: Caller, form: dict):
        """Change the password (the current one is required); other browsers are signed out."""
        ended = await password_work(
            partial(
                accounts.change_password,
                caller.db,
                user=caller.user,
                token=caller.token,
                current=form_text(form, "current_password"),
                password=form_text(form, "password"),
                confirmation=form_text(form, "confirmation"),
            )
        )
        await end_live_sign_ins(self, *ended)
        self.errors = {}
        self.form_version += 1
        return rx.toast.success("Your password is changed. Other browsers have been signed out.")

    @signed_in
    def set_email_changes(self, caller: Caller, value: bool):
        """E-mails about changes to my sessions: on or off."""
        self._save_email_preferences(caller, changes=value, reminders=caller.user.email_reminders)

    @signed_in
    def set_email_reminders(self, caller: Caller, value: bool):
        """Reminders by e-mail: on or off."""
        self._save_email_preferences(caller, changes=caller.user.email_changes, reminders=value)

    def _save_email_preferences(self, caller: Caller, *, changes: bool, reminders: bool) -> None:
        user = accounts.update_email_preferences(
            caller.db, user=caller.user, changes=changes, reminders=reminders
        )
        self.email_changes, self.email_reminders = user.email_changes, user.email_reminders

    def _show(self, caller: Caller) -> None:
        user = caller.user
        self.email_changes, self.email_reminders = user.email_changes, user.email_reminders
        self.mail_enabled = settings.mail_enabled()
        self.name, self.email, self.time_zone = user.name, user.email, user.time_zone
        self.user_name = user.name
        self.form_version += 1
        self.loaded = True

    def _refused(self, error: DomainError):
        """Field errors beside their fields."""
        if isinstance(error, ValidationFailed):
            self.errors = error.errors
            return rx.toast.error("Please correct the highlighted fields. Nothing was saved.")
        return super()._refused(error)
