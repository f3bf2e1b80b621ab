"""Setting a password through a one-time link; asking for one when it is forgotten."""

import reflex as rx

from myecoach import routes
from myecoach.components.forms import field, text_input, zone_picker
from myecoach.components.layout import loading, standalone
from myecoach.domain.passwords import PASSWORD_MIN
from myecoach.state.passwords import ForgotPasswordState as Forgot
from myecoach.state.passwords import SetPasswordState as S

PASSWORD_HINT = (
    f"At least {PASSWORD_MIN} characters. A few unrelated words are easy to remember and "
    "hard to guess."
)


def set_password_page() -> rx.Component:
    """Whose link it is, and `New password` twice; or why the link no longer works."""
    return standalone(
        rx.heading("Set your password", as_="h1", size="5", margin_top="0.5rem"),
        rx.cond(S.loaded, rx.cond(S.link_valid, _set_password_form(), _spent_link()), loading()),
    )


def _set_password_form() -> rx.Component:
    return rx.form(
        rx.vstack(
            rx.text("For ", rx.text.strong(S.holder), ".", size="2"),
            new_password_fields(S.errors),
            rx.cond(S.first_time, _time_zone()),
            rx.button("Set password", type="submit", size="3", width="100%"),
            spacing="3",
            width="100%",
        ),
        on_submit=S.set_password,
        width="100%",
    )


def _time_zone() -> rx.Component:
    """`Time zone`, proposed from the browser's own; changeable later on `Your account`."""
    return rx.vstack(
        field(
            "Time zone",
            "time_zone",
            zone_picker("time_zone", S.errors, default_value=S.time_zone, key=S.time_zone),
            S.errors,
        ),
        rx.text(
            "Times of sessions are shown to you in this zone. You can change it later on "
            "Your account.",
            size="1",
            color_scheme="gray",
        ),
        spacing="2",
        width="100%",
    )


def new_password_fields(errors: rx.Var) -> rx.Component:
    """`New password` and `Confirm new password`, with what makes a good one."""
    return rx.vstack(
        field(
            "New password",
            "password",
            text_input("password", errors, type="password", auto_complete="new-password"),
            errors,
        ),
        rx.text(PASSWORD_HINT, size="1", color_scheme="gray"),
        field(
            "Confirm new password",
            "confirmation",
            text_input("confirmation", errors, type="password", auto_complete="new-password"),
            errors,
        ),
        spacing="2",
        width="100%",
    )


def _spent_link() -> rx.Component:
    return rx.vstack(
        rx.callout(
            "This link has expired or has already been used. Ask your admin team for a new "
            "one, or ask for a new password below.",
            icon="circle-alert",
            color_scheme="amber",
            role="alert",
            width="100%",
        ),
        rx.link("Forgot your password?", href=routes.FORGOT_PASSWORD, size="2"),
        rx.link("Back to sign in", href=routes.SIGN_IN, size="2"),
        width="100%",
    )


def forgot_password_page() -> rx.Component:
    """`Email` and a request for a new password; the answer is the same for every e-mail."""
    return standalone(
        rx.heading("Forgot your password?", as_="h1", size="5", margin_top="0.5rem"),
        rx.text(
            "Enter the e-mail you sign in with. A link to set a new password will be made for it.",
            size="2",
        ),
        rx.form(
            rx.vstack(
                rx.el.label("Email", html_for="email", class_name="field-label"),
                rx.input(
                    id="email", name="email", type="email", required=True, size="3", width="100%"
                ),
                rx.button(
                    "Ask for a new password",
                    type="submit",
                    size="3",
                    width="100%",
                    disabled=~Forgot.loaded,  # a submit before the page has loaded is lost
                ),
                spacing="2",
                width="100%",
            ),
            on_submit=Forgot.request_reset,
            reset_on_submit=True,
            width="100%",
        ),
        rx.cond(
            Forgot.answer,
            rx.callout(Forgot.answer, icon="info", role="status", width="100%"),
        ),
        rx.link("Back to sign in", href=routes.SIGN_IN, size="2"),
    )
