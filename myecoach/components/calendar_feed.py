"""The `Calendar feed` card: the secret address, subscribing to it, and resetting it."""

import reflex as rx

from myecoach.components.layout import loading
from myecoach.state.calendar_feed import CalendarFeedState as S

HOW_TO_SUBSCRIBE = [
    (
        "Google Calendar",
        "on a computer, next to Other calendars choose + then From URL, paste the address and "
        "choose Add calendar. Google checks for changes only every few hours and does not show "
        "cancelled sessions.",
    ),
    (
        "Outlook",
        "choose Add calendar, then Subscribe from web, paste the address, name it myecoach "
        "and choose Import.",
    ),
    (
        "Apple Calendar",
        "choose File, then New Calendar Subscription, paste the address and choose Subscribe "
        "(on an iPhone or Mac you can also open the webcal link).",
    ),
]


def calendar_feed_card() -> rx.Component:
    """Every session of the user's relationships, in their own calendar app."""
    return rx.card(
        rx.vstack(
            rx.heading("Calendar feed", as_="h2", size="4"),
            rx.text(
                "Subscribe your calendar app to your sessions: those of every relationship you "
                "are in, from 90 days back to a year ahead. Arranged, changed and cancelled "
                "sessions show up there by themselves.",
                size="2",
            ),
            rx.cond(
                S.loaded,
                rx.cond(
                    S.address,
                    _new_address(),
                    rx.cond(S.has_feed, _existing_feed(), _no_feed()),
                ),
                loading(),
            ),
            _how_to_subscribe(),
            spacing="4",
            width="100%",
        ),
        class_name="calendar-feed",
        width="100%",
    )


def _no_feed() -> rx.Component:
    return rx.button(
        rx.icon("calendar-sync", size=16),
        "Create feed address",
        on_click=S.create_address,
        size="3",
    )


def _existing_feed() -> rx.Component:
    return rx.vstack(
        rx.text(
            "Your feed has had its address since ",
            S.since,
            ". For your privacy the address is shown only when it is made. If you no longer "
            "have it, reset it and subscribe again with the new one.",
            size="2",
        ),
        _reset(),
        spacing="3",
        width="100%",
    )


def _new_address() -> rx.Component:
    return rx.vstack(
        rx.el.label("Feed address", html_for="feed-address", class_name="field-label"),
        rx.flex(
            rx.input(
                id="feed-address",
                value=S.address,
                read_only=True,
                size="3",
                width="100%",
                on_focus=rx.call_script("document.getElementById('feed-address').select()"),
            ),
            rx.button(
                rx.icon("copy", size=16),
                "Copy address",
                on_click=[rx.set_clipboard(S.address), rx.toast.info("Address copied.")],
                variant="soft",
                size="3",
            ),
            direction=rx.breakpoints(initial="column", sm="row"),
            spacing="2",
            width="100%",
        ),
        rx.link(
            rx.hstack(
                rx.icon("calendar-plus", size=16, aria_hidden="true"),
                rx.text("Open in your calendar app (webcal link)"),
                align="center",
                spacing="1",
            ),
            href=S.webcal_address,
            size="2",
        ),
        rx.callout(
            "Keep this address to yourself: anyone who has it can see your sessions. It is "
            "shown only now. Reset address makes a new one and stops this one at once.",
            icon="lock",
            size="1",
        ),
        _reset(),
        spacing="2",
        width="100%",
    )


def _reset() -> rx.Component:
    return rx.alert_dialog.root(
        rx.alert_dialog.trigger(
            rx.button("Reset address", variant="soft", color_scheme="red", size="2"),
        ),
        rx.alert_dialog.content(
            rx.alert_dialog.title("Reset address?"),
            rx.alert_dialog.description(
                "The current address stops working at once. Calendars subscribed to it stop "
                "updating until you subscribe them to the new address.",
                size="2",
            ),
            rx.hstack(
                rx.alert_dialog.cancel(
                    rx.button("Keep address", variant="soft", color_scheme="gray")
                ),
                rx.alert_dialog.action(
                    rx.button("Reset address", color_scheme="red", on_click=S.reset_address)
                ),
                justify="end",
                spacing="3",
                margin_top="1rem",
            ),
        ),
    )


def _how_to_subscribe() -> rx.Component:
    return rx.vstack(
        rx.heading("How to subscribe", as_="h3", size="3"),
        rx.el.ul(
            *[
                rx.el.li(
                    rx.text(rx.text.strong(app), ": ", steps, size="2"), margin_bottom="0.25rem"
                )
                for app, steps in HOW_TO_SUBSCRIBE
            ],
            padding_left="1.25rem",
            margin="0",
        ),
        spacing="2",
        width="100%",
    )
