"""Admin → People."""

import reflex as rx

from myecoach.components.admin import admin_page
from myecoach.components.forms import field, text_input, zone_picker
from myecoach.components.lists import how_many, pager, table
from myecoach.state.admin.people import PeopleState as S
from myecoach.state.admin.people import PersonView


def people_page() -> rx.Component:
    """Find people, add or edit one, deactivate, and copy their links."""
    return admin_page(
        rx.vstack(_form(), _search(), _list(), spacing="4", width="100%"),
        title="People",
        state=S,
    )


def _form() -> rx.Component:
    editing = S.editing_id > 0
    return rx.card(
        rx.form(
            rx.vstack(
                rx.heading(
                    rx.cond(editing, "Edit ", "Add a person"),
                    rx.cond(editing, S.form_name, ""),
                    as_="h2",
                    size="4",
                ),
                rx.grid(
                    field(
                        "Name",
                        "name",
                        text_input("name", S.errors, default_value=S.form_name),
                        S.errors,
                    ),
                    field(
                        "Email",
                        "email",
                        text_input("email", S.errors, type="email", default_value=S.form_email),
                        S.errors,
                    ),
                    field(
                        "Time zone",
                        "time_zone",
                        zone_picker("time_zone", S.errors, default_value=S.form_time_zone),
                        S.errors,
                    ),
                    columns=rx.breakpoints(initial="1", md="3"),
                    spacing="3",
                    width="100%",
                ),
                rx.el.label(
                    rx.checkbox(
                        name="is_admin",
                        default_checked=S.form_is_admin,
                        aria_label="Admin team",
                    ),
                    "Admin team (sees and manages every relationship)",
                    display="flex",
                    gap="var(--space-2)",
                    align_items="center",
                    font_size="var(--font-size-2)",
                ),
                rx.hstack(
                    rx.button(
                        rx.cond(editing, "Save changes", "Add person"), type="submit", size="3"
                    ),
                    rx.cond(
                        editing,
                        rx.button(
                            "Cancel",
                            type="button",
                            variant="soft",
                            size="3",
                            on_click=S.stop_editing,
                        ),
                    ),
                    spacing="3",
                ),
                rx.cond(
                    ~editing,
                    rx.text(
                        "New people get an invitation link to set their password; copy it from "
                        "the list below.",
                        size="1",
                        color_scheme="gray",
                    ),
                ),
                spacing="3",
                width="100%",
            ),
            on_submit=S.save_person,
            key=S.form_version,
            width="100%",
        ),
        width="100%",
    )


def _search() -> rx.Component:
    return rx.hstack(
        rx.input(
            rx.input.slot(rx.icon("search", size=16)),
            placeholder="Name or email",
            aria_label="Search people",
            value=S.query,
            on_change=S.set_query.debounce(250),
            type="search",
            size="3",
            flex_grow="1",
        ),
        how_many(S.total, S.more, "people"),
        align="center",
        spacing="3",
        width="100%",
    )


def _list() -> rx.Component:
    return rx.vstack(
        table(
            "People",
            ["Name", "Email", "Time zone", "Status", "Password link", ""],
            rx.foreach(S.rows, _row),
        ),
        pager(S.page, S.pages, S.go_to_page, S.more),
        spacing="3",
        width="100%",
    )


def _row(person: rx.Var[PersonView]) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(
            person.name, rx.cond(person.is_admin, rx.badge("Admin", margin_left="0.5rem"))
        ),
        rx.table.cell(person.email),
        rx.table.cell(person.time_zone),
        rx.table.cell(
            rx.badge(
                person.status,
                color_scheme=rx.match(
                    person.status, ("Active", "green"), ("Invited", "amber"), "gray"
                ),
                high_contrast=True,
            )
        ),
        rx.table.cell(_link(person)),
        rx.table.cell(
            rx.hstack(
                rx.button(
                    "Edit",
                    size="1",
                    variant="soft",
                    on_click=S.edit(person.id),
                    aria_label=f"Edit {person.name}",
                ),
                rx.cond(
                    person.active,
                    rx.button(
                        "Deactivate",
                        size="1",
                        variant="soft",
                        color_scheme="red",
                        on_click=S.set_active(person.id, False),
                        aria_label=f"Deactivate {person.name}",
                    ),
                    rx.button(
                        "Reactivate",
                        size="1",
                        variant="soft",
                        on_click=S.set_active(person.id, True),
                        aria_label=f"Reactivate {person.name}",
                    ),
                ),
                spacing="2",
            )
        ),
        align="center",
    )


def _link(person: rx.Var[PersonView]) -> rx.Component:
    return rx.cond(
        person.link_url,
        rx.vstack(
            rx.hstack(
                rx.button(
                    rx.icon("copy", size=14),
                    "Copy link",
                    size="1",
                    variant="outline",
                    on_click=[rx.set_clipboard(person.link_url), rx.toast.success("Link copied.")],
                    aria_label=f"Copy link for {person.name}",
                ),
                rx.link("Open", href=person.link_url, size="1", class_name="password-link"),
                spacing="2",
                align="center",
            ),
            rx.text(person.link_note, size="1", color_scheme="gray"),
            spacing="1",
        ),
        rx.cond(
            person.active,
            rx.button(
                "New link",
                size="1",
                variant="ghost",
                on_click=S.new_link(person.id),
                aria_label=f"New link for {person.name}",
            ),
        ),
    )
