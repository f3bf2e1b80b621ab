"""A relationship's sessions."""

import reflex as rx

from myecoach import routes
from myecoach.components.layout import loading, not_found, page, status_badge
from myecoach.state.auth import AuthState
from myecoach.state.relationship import RelationshipState as S
from myecoach.state.relationship import SessionRow

# On a phone (narrower than 30em) a session's day, time and status go beneath its title, in
# place of their columns: the table fits the screen, `Edit` in reach without scrolling.
NARROW_ONLY = ["block", "none"]
WIDE_COLUMN = ["none", "table-cell"]


def relationship_page() -> rx.Component:
    """Who is in the relationship, its sessions with `Edit`, and `Add session`."""
    return page(
        rx.cond(S.not_found, not_found(), rx.cond(S.loaded, _relationship(), loading())),
        title=rx.cond(S.not_found, "Not found", rx.cond(S.loaded, S.programme, "Relationship")),
    )


def _relationship() -> rx.Component:
    return rx.vstack(
        rx.link("← My Relationships", href=routes.RELATIONSHIPS, size="2"),
        rx.flex(
            rx.text(
                rx.text.strong(S.leader_role, ": "),
                S.leader,
                " · ",
                rx.text.strong(S.follower_role, ": "),
                S.follower,
            ),
            rx.hstack(
                rx.cond(
                    S.active,
                    rx.button(rx.icon("plus", size=16), "Add session", on_click=S.add_session),
                    rx.badge("Closed relationship", color_scheme="gray", size="2"),
                ),
                rx.cond(AuthState.is_admin, _open_or_close()),
                spacing="3",
                align="center",
            ),
            justify="between",
            align="center",
            wrap="wrap",
            spacing="3",
            width="100%",
        ),
        rx.cond(
            S.rows,
            rx.table.root(
                rx.table.header(
                    rx.table.row(
                        rx.table.column_header_cell("Session"),
                        *[
                            rx.table.column_header_cell(h, display=WIDE_COLUMN)
                            for h in ("Date", "Time", "Type", "Status")
                        ],
                        rx.table.column_header_cell(""),
                    )
                ),
                rx.table.body(rx.foreach(S.rows, _session_row)),
                variant="surface",
                width="100%",
            ),
            rx.callout("No sessions yet. Use Add session to plan the first one.", icon="info"),
        ),
        spacing="4",
        width="100%",
        overflow_x="auto",
    )


def _session_row(row: rx.Var[SessionRow]) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(
            row.title,
            rx.vstack(
                rx.text(row.when, size="1", color_scheme="gray"),
                status_badge(row.status),
                _completion_due(row),
                spacing="1",
                align="start",
                display=NARROW_ONLY,
            ),
        ),
        rx.table.cell(row.date, display=WIDE_COLUMN),
        rx.table.cell(row.time, display=WIDE_COLUMN),
        rx.table.cell(row.session_type, display=WIDE_COLUMN),
        rx.table.cell(
            rx.vstack(status_badge(row.status), _completion_due(row), spacing="1", align="start"),
            display=WIDE_COLUMN,
        ),
        rx.table.cell(
            rx.button(
                rx.link("Edit", href=row.url, aria_label=row.label),
                as_child=True,
                size="1",
                variant="soft",
            ),
        ),
        align="center",
    )


def _completion_due(row: rx.Var[SessionRow]) -> rx.Component:
    """A reminder under an arranged session whose time has passed."""
    return rx.cond(
        row.awaiting_completion,
        rx.text(
            "Time passed: mark as completed", size="1", color_scheme="amber", high_contrast=True
        ),
    )


def _open_or_close() -> rx.Component:
    """The admin team's `Close relationship` (confirmed first) or `Reopen relationship`."""
    return rx.cond(
        S.active,
        rx.alert_dialog.root(
            rx.alert_dialog.trigger(
                rx.button("Close relationship", variant="soft", color_scheme="red")
            ),
            rx.alert_dialog.content(
                rx.alert_dialog.title("Close this relationship?"),
                rx.alert_dialog.description(
                    "Its sessions can no longer change, and both participants are told. "
                    "You can reopen it later."
                ),
                rx.hstack(
                    rx.alert_dialog.cancel(rx.button("Keep it open", variant="soft")),
                    rx.alert_dialog.action(
                        rx.button(
                            "Close relationship", color_scheme="red", on_click=S.set_open(False)
                        )
                    ),
                    spacing="3",
                    justify="end",
                    margin_top="1rem",
                ),
            ),
        ),
        rx.button("Reopen relationship", variant="soft", on_click=S.set_open(True)),
    )
