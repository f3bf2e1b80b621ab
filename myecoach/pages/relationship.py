"""A relationship's sessions."""

import reflex as rx

from myecoach import routes
from myecoach.components.layout import loading, not_found, page, status_badge
from myecoach.state.relationship import RelationshipState as S
from myecoach.state.relationship import SessionRow


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
            rx.cond(
                S.active,
                rx.button(rx.icon("plus", size=16), "Add session", on_click=S.add_session),
                rx.badge("Closed relationship", color_scheme="gray", size="2"),
            ),
            justify="between",
            align="center",
            wrap="wrap",
            gap="3",
            width="100%",
        ),
        rx.cond(
            S.rows,
            rx.table.root(
                rx.table.header(
                    rx.table.row(
                        *[
                            rx.table.column_header_cell(h)
                            for h in ("Session", "Date", "Time", "Type", "Status", "")
                        ]
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
        rx.table.row_header_cell(row.title),
        rx.table.cell(row.date),
        rx.table.cell(row.time),
        rx.table.cell(row.session_type),
        rx.table.cell(status_badge(row.status)),
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
