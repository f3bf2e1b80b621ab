"""Admin → Programmes."""

import reflex as rx

from myecoach.components.admin import admin_page
from myecoach.components.forms import field, text_input
from myecoach.components.lists import table
from myecoach.state.admin.programmes import ProgrammesState as S
from myecoach.state.admin.programmes import ProgrammeView


def programmes_page() -> rx.Component:
    """Create, rename and archive programmes."""
    return admin_page(
        rx.vstack(_create(), _list(), spacing="4", width="100%"), title="Programmes", state=S
    )


def _create() -> rx.Component:
    return rx.card(
        rx.form(
            rx.vstack(
                rx.heading("Create a programme", as_="h2", size="4"),
                field(
                    "Programme name",
                    "name",
                    text_input("name", S.errors, placeholder="e.g. Leadership Coaching 2027"),
                    S.errors,
                ),
                rx.button("Create programme", type="submit", size="3"),
                spacing="3",
                width="100%",
                max_width="32rem",
            ),
            on_submit=S.create,
            key=S.form_version,
        ),
        width="100%",
    )


def _list() -> rx.Component:
    return table(
        "Programmes", ["Programme", "Relationships", "Status", ""], rx.foreach(S.rows, _row)
    )


def _row(programme: rx.Var[ProgrammeView]) -> rx.Component:
    renaming = S.renaming_id == programme.id
    return rx.table.row(
        rx.table.row_header_cell(rx.cond(renaming, _rename_form(programme), programme.name)),
        rx.table.cell(programme.counts),
        rx.table.cell(
            rx.cond(
                programme.archived,
                rx.badge("Archived", color_scheme="gray", high_contrast=True),
                rx.badge("Open", color_scheme="green", high_contrast=True),
            )
        ),
        rx.table.cell(
            rx.cond(
                programme.archived | renaming,
                rx.fragment(),
                rx.hstack(
                    rx.button(
                        "Rename",
                        size="1",
                        variant="soft",
                        on_click=S.start_renaming(programme.id),
                        aria_label=f"Rename {programme.name}",
                    ),
                    _archive(programme),
                    spacing="2",
                ),
            )
        ),
        align="center",
    )


def _rename_form(programme: rx.Var[ProgrammeView]) -> rx.Component:
    return rx.form(
        rx.hstack(
            text_input(
                "name",
                S.errors,
                default_value=programme.name,
                aria_label="New programme name",
                size="2",
            ),
            rx.button("Save", type="submit", size="2"),
            align="center",
        ),
        on_submit=S.rename,
    )


def _archive(programme: rx.Var[ProgrammeView]) -> rx.Component:
    return rx.alert_dialog.root(
        rx.alert_dialog.trigger(
            rx.button(
                "Archive",
                size="1",
                variant="soft",
                color_scheme="red",
                aria_label=f"Archive {programme.name}",
            )
        ),
        rx.alert_dialog.content(
            rx.alert_dialog.title("Archive ", programme.name, "?"),
            rx.alert_dialog.description(
                "Its relationships will be closed: their sessions can no longer change, and "
                "both participants of each are told. This cannot be undone."
            ),
            rx.hstack(
                rx.alert_dialog.cancel(rx.button("Keep it", variant="soft")),
                rx.alert_dialog.action(
                    rx.button("Archive", color_scheme="red", on_click=S.archive(programme.id))
                ),
                spacing="3",
                justify="end",
                margin_top="1rem",
            ),
        ),
    )
