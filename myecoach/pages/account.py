"""`Your account`: your details, your time zone and your password."""

import reflex as rx

from myecoach.components.calendar_feed import calendar_feed_card
from myecoach.components.forms import field, text_input, zone_picker
from myecoach.components.layout import loading, page
from myecoach.pages.passwords import new_password_fields
from myecoach.state.account import AccountState as S


def account_page() -> rx.Component:
    """Name, e-mail (read-only), time zone; change password; e-mails; the calendar feed."""
    return page(rx.cond(S.loaded, _account(), loading()), title="Your account")


def _account() -> rx.Component:
    return rx.grid(
        rx.card(_details(), width="100%"),
        rx.card(_password(), width="100%"),
        rx.card(_emails(), width="100%"),
        calendar_feed_card(),
        columns=rx.breakpoints(initial="1", md="2"),
        spacing="4",
        width="100%",
        align_items="start",
    )


def _details() -> rx.Component:
    return rx.form(
        rx.vstack(
            rx.heading("Your details", as_="h2", size="4"),
            field("Name", "name", text_input("name", S.errors, default_value=S.name), S.errors),
            rx.vstack(
                rx.el.label("Email", html_for="email", class_name="field-label"),
                rx.input(
                    id="email", name="email", value=S.email, read_only=True, size="3", width="100%"
                ),
                rx.text("Your admin team can change it.", size="1", color_scheme="gray"),
                spacing="1",
                width="100%",
            ),
            field(
                "Time zone",
                "time_zone",
                zone_picker("time_zone", S.errors, default_value=S.time_zone),
                S.errors,
            ),
            rx.text(
                "Times of sessions are shown to you in this zone.", size="1", color_scheme="gray"
            ),
            rx.button("Save", type="submit", size="3"),
            spacing="3",
            width="100%",
        ),
        on_submit=S.save_profile,
        key=S.form_version,
        width="100%",
    )


def _password() -> rx.Component:
    return rx.form(
        rx.vstack(
            rx.heading("Change password", as_="h2", size="4"),
            field(
                "Current password",
                "current_password",
                text_input(
                    "current_password", S.errors, type="password", auto_complete="current-password"
                ),
                S.errors,
            ),
            new_password_fields(S.errors),
            rx.text("Your other browsers will be signed out.", size="1", color_scheme="gray"),
            rx.button("Change password", type="submit", size="3"),
            spacing="3",
            width="100%",
        ),
        on_submit=S.change_password,
        key=S.form_version,
        width="100%",
    )


def _emails() -> rx.Component:
    return rx.vstack(
        rx.heading("E-mails", as_="h2", size="4"),
        rx.cond(
            S.mail_enabled,
            rx.text("Choose what myecoach e-mails you about.", size="2"),
            rx.callout(
                "E-mail is not set up on this server yet, so myecoach sends none: you hear "
                "of changes in your Notifications. Your choices below apply once it is.",
                icon="info",
                size="1",
            ),
        ),
        _switch("Changes to my sessions", S.email_changes, S.set_email_changes),
        _switch("Reminders the day before a session", S.email_reminders, S.set_email_reminders),
        spacing="3",
        width="100%",
    )


def _switch(label: str, checked: rx.Var[bool], on_change) -> rx.Component:
    return rx.el.label(
        rx.switch(checked=checked, on_change=on_change, aria_label=label),
        label,
        display="flex",
        gap="var(--space-2)",
        align_items="center",
        font_size="var(--font-size-2)",
    )
