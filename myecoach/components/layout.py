"""The top bar and the frame every signed-in page sits in."""

import reflex as rx

from myecoach import routes
from myecoach.domain.statuses import SessionStatus
from myecoach.domain.wording import SIGNED_OUT_ELSEWHERE
from myecoach.state.auth import AuthState
from myecoach.state.live import LiveInbox, LiveToast
from myecoach.state.sign_in import SignInState


def top_bar() -> rx.Component:
    """Product name, `My Relationships`, the `Notifications` bell, `Admin` for the admin team,
    the user (a link to their account) and `Sign out`."""
    return rx.el.header(
        rx.hstack(
            rx.link(
                rx.hstack(rx.icon("calendar-check", size=22), rx.text("myecoach", weight="bold")),
                href=routes.RELATIONSHIPS,
                underline="none",
                high_contrast=True,
                size="4",
            ),
            rx.hstack(
                rx.link("My Relationships", href=routes.RELATIONSHIPS, weight="medium"),
                _bell(),
                rx.cond(AuthState.is_admin, rx.link("Admin", href=routes.ADMIN, weight="medium")),
                spacing="4",
                align="center",
            ),
            rx.spacer(),
            rx.cond(
                AuthState.user_name,
                rx.hstack(
                    rx.link(
                        rx.icon("circle-user", size=16, aria_hidden="true"),
                        rx.el.span("Your account: ", class_name="visually-hidden"),
                        AuthState.user_name,
                        href=routes.ACCOUNT,
                        size="2",
                        class_name="user",
                        display="flex",
                        align_items="center",
                        gap="var(--space-1)",
                    ),
                    rx.button("Sign out", on_click=SignInState.sign_out, variant="soft", size="2"),
                    align="center",
                    spacing="3",
                ),
                rx.link("Sign in", href=routes.SIGN_IN, weight="medium"),
            ),
            align="center",
            wrap="wrap",
            spacing="4",
            width="100%",
            max_width="72rem",
            margin_x="auto",
            padding_x="1rem",
            padding_y="0.75rem",
        ),
        border_bottom="1px solid var(--gray-a5)",
        background="var(--color-panel-solid)",
    )


def _bell() -> rx.Component:
    count = LiveInbox.unread
    return rx.link(
        rx.hstack(
            rx.icon("bell", size=18, aria_hidden="true"),
            rx.text("Notifications"),
            rx.cond(
                count > 0,
                rx.badge(
                    count,
                    rx.el.span(" unread", class_name="visually-hidden"),
                    color_scheme="red",
                    variant="solid",
                    radius="full",
                ),
            ),
            align="center",
            spacing="1",
        ),
        href=routes.NOTIFICATIONS,
        weight="medium",
        id="notifications-bell",
    )


def live_toast() -> rx.Component:
    """The newest notification, shown in every open tab of its recipient as it arrives."""
    return rx.cond(
        LiveInbox.newest_id > LiveToast.seen_id,
        rx.card(
            rx.hstack(
                rx.icon("bell-ring", size=18, aria_hidden="true"),
                rx.vstack(
                    rx.text(LiveInbox.newest_message, size="2", class_name="live-message"),
                    rx.link(
                        "Open session",
                        href=LiveInbox.newest_url,
                        size="2",
                        on_click=LiveToast.dismiss,
                    ),
                    spacing="1",
                ),
                rx.icon_button(
                    rx.icon("x", size=16),
                    on_click=LiveToast.dismiss,
                    variant="ghost",
                    aria_label="Dismiss",
                ),
                align="start",
                spacing="3",
            ),
            role="status",
            class_name="live-toast",
            position="fixed",
            bottom="1rem",
            right="1rem",
            max_width="min(26rem, calc(100vw - 2rem))",
            z_index="50",
            box_shadow="var(--shadow-5)",
        ),
    )


def sign_in_ended() -> rx.Component:
    """When this tab's sign-in ends elsewhere (signed out, deactivated), leave for sign-in."""
    return rx.cond(
        LiveInbox.ended,
        rx.fragment(on_mount=[rx.toast.info(SIGNED_OUT_ELSEWHERE), rx.redirect(routes.SIGN_IN)]),
    )


def page(*children: rx.Component, title: str | rx.Var) -> rx.Component:
    """A signed-in page: the top bar, then the main content under its heading."""
    return rx.box(
        top_bar(),
        live_toast(),
        sign_in_ended(),
        rx.el.main(
            rx.heading(title, size="7", as_="h1", margin_bottom="1rem"),
            *children,
            max_width="72rem",
            margin_x="auto",
            padding="1rem",
        ),
        min_height="100vh",
        background="var(--gray-2)",
    )


SLOW_LOAD = (
    "This is taking longer than usual. If nothing appears, check your connection "
    "and reload the page."
)


def loading() -> rx.Component:
    """Shown until the page's data has arrived; after a few seconds it says what to do."""
    return rx.vstack(
        rx.hstack(rx.spinner(size="2"), rx.text("Loading…", color_scheme="gray"), spacing="2"),
        rx.text(SLOW_LOAD, size="2", class_name="slow-load-hint"),
        spacing="2",
        role="status",
    )


def not_found() -> rx.Component:
    """What a relationship or session the user may not see looks like: nothing there."""
    return rx.callout(
        "Page not found. It may have been removed, or the link may be wrong.",
        icon="circle-alert",
        color_scheme="gray",
        role="status",
    )


STATUS_COLOURS = {
    SessionStatus.TO_BE_ARRANGED: "amber",
    SessionStatus.ARRANGED: "blue",
    SessionStatus.COMPLETED: "green",
    SessionStatus.CANCELLED: "red",
}


def status_badge(status: rx.Var[str]) -> rx.Component:
    """A session status, coloured by what it means."""
    return rx.badge(
        status,
        color_scheme=rx.match(
            status, *[(name, colour) for name, colour in STATUS_COLOURS.items()], "gray"
        ),
        variant="soft",
        size="2",
        high_contrast=True,
    )


def standalone(*children: rx.Component) -> rx.Component:
    """A page for people not signed in (sign in, passwords): one card under the logo."""
    return rx.el.main(
        rx.card(
            rx.vstack(
                rx.hstack(
                    rx.icon("calendar-check", size=28), rx.text("myecoach", size="7", weight="bold")
                ),
                rx.text("Arrange and keep track of your coaching sessions.", color_scheme="gray"),
                *children,
                spacing="3",
                width="100%",
            ),
            size="4",
            width="100%",
            max_width="26rem",
        ),
        display="flex",
        justify_content="center",
        align_items="center",
        min_height="100vh",
        padding="1rem",
        background="var(--gray-2)",
    )
