"""Lists shared by the pages: a pager and a table that scrolls sideways on small screens."""

import reflex as rx


def pager(
    page: rx.Var[int], pages: rx.Var[int], go_to_page, more: rx.Var[bool] | bool = False
) -> rx.Component:
    """`Previous`, page N of M (M+ when there are more than counted), `Next`."""
    return rx.cond(
        pages > 1,
        rx.hstack(
            rx.button(
                "Previous", on_click=go_to_page(page - 1), disabled=page <= 1, variant="soft"
            ),
            rx.text("Page ", page, " of ", pages, rx.cond(more, "+", ""), size="2"),
            rx.button(
                "Next", on_click=go_to_page(page + 1), disabled=page >= pages, variant="soft"
            ),
            align="center",
            spacing="3",
        ),
    )


def how_many(total: rx.Var[int], more: rx.Var[bool], noun: str) -> rx.Component:
    """How many match, e.g. `12 people`, or `1000+ people` when there are more than counted."""
    return rx.text(
        total, rx.cond(more, "+", ""), f" {noun}", size="2", color_scheme="gray", role="status"
    )


def table(label: str, headers: list[str], body: rx.Component, size: str = "2") -> rx.Component:
    """A table that scrolls sideways on narrow screens rather than the whole page; the box
    that scrolls can be reached and scrolled with the keyboard."""
    return rx.box(
        rx.table.root(
            rx.table.header(
                rx.table.row(*[rx.table.column_header_cell(header) for header in headers])
            ),
            rx.table.body(body),
            variant="surface",
            size=size,
        ),
        class_name="scrolling-table",
        tab_index=0,
        role="region",
        aria_label=label,
        overflow_x="auto",
        width="100%",
    )
