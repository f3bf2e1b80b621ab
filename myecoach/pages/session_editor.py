"""The session editor: the form and the left-hand navigation."""

import reflex as rx

from myecoach.components.layout import loading, not_found, page, status_badge
from myecoach.components.lists import table
from myecoach.components.session_form import clash_dialog, field, session_form
from myecoach.domain.statuses import SessionStatus
from myecoach.domain.validation import REASON_MAX
from myecoach.state.editor import EditorState as S


def session_editor_page() -> rx.Component:
    """Edit one session; cancel, reactivate, complete and history from the side."""
    return page(
        rx.cond(S.not_found, not_found(), rx.cond(S.loaded, _editor(), loading())),
        title=rx.cond(S.not_found, "Not found", rx.cond(S.loaded, S.title, "Session")),
    )


def _editor() -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.link("← ", S.programme, href=S.relationship_url, size="2"),
            rx.text(S.other_people, size="2", color_scheme="gray"),
            rx.box(status_badge(S.status), class_name="session-status"),
            rx.cond(
                S.has_event,
                rx.button(
                    rx.icon("calendar-plus", size=16),
                    "Add to calendar",
                    on_click=S.add_to_calendar,
                    variant="soft",
                    size="2",
                ),
            ),
            wrap="wrap",
            align="center",
            spacing="3",
        ),
        rx.flex(
            _navigation(),
            rx.card(_panel(), flex_grow="1", min_width="0", width="100%"),
            direction=rx.breakpoints(initial="column", sm="row"),
            spacing="4",
            width="100%",
            align="start",
        ),
        spacing="4",
        width="100%",
    )


def _navigation() -> rx.Component:
    return rx.el.nav(
        rx.vstack(
            _nav_item("Session details", "details"),
            rx.cond(~S.read_only, _nav_item(f"Cancel {S.title}", "cancel")),
            rx.cond(
                S.status == SessionStatus.CANCELLED,
                _nav_item(f"Reactivate {S.title}", "reactivate"),
            ),
            rx.cond(S.can_complete, _nav_item(f"Mark {S.title} as completed", "complete")),
            _nav_item("History", "history"),
            spacing="1",
            align="stretch",
        ),
        aria_label="Session actions",
        width=rx.breakpoints(initial="100%", sm="15rem"),
        flex_shrink="0",
    )


def _nav_item(label: str | rx.Var, section: str) -> rx.Component:
    current = S.section == section
    return rx.button(
        label,
        on_click=S.show(section),
        variant=rx.cond(current, "soft", "ghost"),
        style={"&.rt-BaseButton": {"margin": "0"}},
        aria_current=rx.cond(current, "true", "false"),
        justify_content="flex-start",
        size="3",
    )


def _panel() -> rx.Component:
    return rx.match(
        S.section,
        ("cancel", _cancel_panel()),
        ("reactivate", _reactivate_panel()),
        ("complete", _complete_panel()),
        ("history", _history_panel()),
        _details_panel(),
    )


def _details_panel() -> rx.Component:
    return rx.vstack(
        rx.heading("Session details", as_="h2", size="5"),
        rx.cond(S.cancellation, rx.callout(S.cancellation, icon="ban", color_scheme="red")),
        rx.cond(
            S.read_only,
            rx.callout(
                rx.cond(
                    S.status == SessionStatus.CANCELLED,
                    "This session is cancelled, so it cannot be edited. Reactivate it first.",
                    "This session is completed, so it can no longer be edited.",
                ),
                icon="lock",
            ),
        ),
        session_form(),
        clash_dialog(),
        spacing="4",
        width="100%",
    )


def _cancel_panel() -> rx.Component:
    return rx.form(
        rx.vstack(
            rx.heading(f"Cancel {S.title}", as_="h2", size="5"),
            rx.text(
                "The other participant will always be notified. If you are in touch, "
                "it is usually easier to change the date and time instead.",
                size="2",
            ),
            field(
                "Reason for cancelling",
                "reason",
                rx.text_area(
                    id="reason",
                    name="reason",
                    max_length=REASON_MAX,
                    rows="4",
                    required=True,
                    aria_invalid=rx.cond(S.errors["reason"], "true", "false"),
                ),
            ),
            rx.button("Cancel session", type="submit", color_scheme="red", size="3"),
            spacing="3",
            width="100%",
        ),
        on_submit=S.cancel,
        width="100%",
    )


def _reactivate_panel() -> rx.Component:
    return rx.vstack(
        rx.heading(f"Reactivate {S.title}", as_="h2", size="5"),
        rx.text(
            "Reactivating keeps the date and time the session had before it was "
            "cancelled, so it may still need rearranging.",
            size="2",
        ),
        rx.button("Reactivate", on_click=S.reactivate, size="3"),
        spacing="3",
    )


def _complete_panel() -> rx.Component:
    return rx.vstack(
        rx.heading(f"Mark {S.title} as completed", as_="h2", size="5"),
        rx.text("Confirm that the session took place.", size="2"),
        rx.button("Mark as completed", on_click=S.complete, color_scheme="green", size="3"),
        spacing="3",
    )


def _history_panel() -> rx.Component:
    return rx.vstack(
        rx.heading("History", as_="h2", size="5"),
        rx.cond(
            S.history,
            table(
                "Session history",
                ["When", "Who", "What", "Changes", "Notified"],
                rx.foreach(
                    S.history,
                    lambda h: rx.table.row(
                        rx.table.cell(h.when),
                        rx.table.cell(h.who),
                        rx.table.cell(h.action),
                        rx.table.cell(h.changes),
                        rx.table.cell(h.notified),
                    ),
                ),
                size="1",
            ),
            rx.text("No changes recorded yet.", color_scheme="gray"),
        ),
        spacing="3",
        width="100%",
    )
