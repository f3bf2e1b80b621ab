"""The sign-in page."""

import reflex as rx

from myecoach import routes
from myecoach.components.layout import standalone
from myecoach.state.sign_in import SignInState


def sign_in_page() -> rx.Component:
    """`Email`, `Password`, `Sign in`, `Forgot your password?`, and the demo accounts in
    demo mode."""
    return standalone(
        rx.heading("Sign in", as_="h1", size="5", margin_top="0.5rem"),
        rx.form(
            rx.vstack(
                _field("Email", "email", "email", "username"),
                _field("Password", "password", "password", "current-password"),
                rx.cond(
                    SignInState.error,
                    rx.callout(
                        SignInState.error,
                        icon="circle-alert",
                        color_scheme="red",
                        role="alert",
                        width="100%",
                    ),
                ),
                rx.button(
                    "Sign in",
                    type="submit",
                    size="3",
                    width="100%",
                    disabled=~SignInState.loaded,  # a submit before the page has loaded is lost
                ),
                spacing="3",
                width="100%",
            ),
            on_submit=SignInState.sign_in,
            width="100%",
        ),
        rx.link("Forgot your password?", href=routes.FORGOT_PASSWORD, size="2"),
        rx.cond(SignInState.demo_accounts, _demo_accounts()),
    )


def _field(label: str, name: str, kind: str, autocomplete: str) -> rx.Component:
    return rx.vstack(
        rx.el.label(label, html_for=name, class_name="field-label"),
        rx.input(
            id=name,
            name=name,
            type=kind,
            auto_complete=autocomplete,
            required=True,
            size="3",
            width="100%",
        ),
        spacing="1",
        width="100%",
    )


def _demo_accounts() -> rx.Component:
    return rx.box(
        rx.heading("Demo accounts", as_="h2", size="3", margin_bottom="0.5rem"),
        rx.text("Password for all: ", rx.code(SignInState.demo_password), size="2"),
        rx.el.ul(
            rx.foreach(
                SignInState.demo_accounts,
                lambda account: rx.el.li(
                    rx.code(account["email"]),
                    " — ",
                    account["role"],
                ),
            ),
            font_size="var(--font-size-2)",
            padding_left="1.2rem",
            margin_top="0.5rem",
        ),
        border_top="1px solid var(--gray-a5)",
        padding_top="1rem",
        width="100%",
    )
