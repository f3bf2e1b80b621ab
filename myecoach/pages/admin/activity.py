"""Admin → Activity."""

import reflex as rx

from myecoach.components.admin import admin_page
from myecoach.components.lists import pager, table
from myecoach.state.admin.activity import ActivityState as S
from myecoach.state.admin.activity import ActivityView


def activity_page() -> rx.Component:
    """What the admin team did, newest first."""
    return admin_page(
        rx.cond(
            S.rows,
            rx.vstack(
                table(
                    "Admin activity",
                    ["When", "Who", "What", "About", "Changes"],
                    rx.foreach(S.rows, _row),
                ),
                pager(S.page, S.pages, S.go_to_page),
                spacing="3",
                width="100%",
            ),
            rx.text(
                "Nothing yet. What the admin team does (adding or changing people, programmes "
                "and pairings, imports, e-mails tried again) is listed here, newest first.",
                color_scheme="gray",
            ),
        ),
        title="Activity",
        state=S,
    )


def _row(entry: rx.Var[ActivityView]) -> rx.Component:
    return rx.table.row(
        rx.table.cell(entry.when, white_space="nowrap"),
        rx.table.cell(entry.who),
        rx.table.cell(entry.action),
        rx.table.cell(entry.subject),
        rx.table.cell(entry.changes),
    )
