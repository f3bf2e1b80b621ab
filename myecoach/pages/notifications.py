"""The `Notifications` inbox page."""

import reflex as rx

from myecoach.components.layout import loading, page
from myecoach.state.inbox import InboxRow
from myecoach.state.inbox import InboxState as S
from myecoach.state.live import LiveInbox


def notifications_page() -> rx.Component:
    """Newest first, unread marked, each linking to its session; `Mark all as read`."""
    return page(
        rx.hstack(
            rx.text(LiveInbox.unread, " unread", size="2", color_scheme="gray", role="status"),
            rx.button(
                "Mark all as read",
                on_click=S.mark_all_read,
                variant="soft",
                disabled=LiveInbox.unread == 0,
            ),
            justify="between",
            align="center",
            width="100%",
            margin_bottom="1rem",
        ),
        rx.cond(
            S.items,
            rx.el.ul(
                rx.foreach(S.items, _item), list_style="none", padding="0", margin="0", width="100%"
            ),
            rx.cond(
                S.loaded,
                rx.callout(
                    "No notifications yet. When someone arranges, edits, cancels, reactivates or "
                    "completes one of your sessions, you will see it here.",
                    icon="bell",
                ),
                loading(),
            ),
        ),
        title="Notifications",
    )


def _item(item: rx.Var[InboxRow]) -> rx.Component:
    unread = item.unread
    return rx.el.li(
        rx.card(
            rx.hstack(
                rx.cond(unread, rx.badge("New", color_scheme="blue", variant="solid")),
                rx.vstack(
                    rx.link(
                        item.message,
                        href=item.url,
                        on_click=S.mark_read(item.id),
                        weight=rx.cond(unread, "bold", "regular"),
                    ),
                    rx.text(item.when, size="1", color_scheme="gray"),
                    spacing="1",
                ),
                align="start",
                spacing="3",
            ),
            class_name=rx.cond(unread, "notification unread", "notification"),
            width="100%",
        ),
        margin_bottom="0.5rem",
    )
