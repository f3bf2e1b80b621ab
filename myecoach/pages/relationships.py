"""`My Relationships`."""

import reflex as rx

from myecoach.components.layout import loading, page
from myecoach.components.lists import how_many, pager
from myecoach.services.relationships import RelationshipFilter
from myecoach.state.relationships import RelationshipRow
from myecoach.state.relationships import RelationshipsState as S


def relationships_page() -> rx.Component:
    """The user's relationships with search, status filter and pages."""
    return page(
        rx.hstack(
            rx.input(
                rx.input.slot(rx.icon("search", size=16)),
                placeholder="Programme, name or email",
                aria_label="Search relationships",
                value=S.query,
                on_change=S.set_query.debounce(250),
                type="search",
                size="3",
                flex_grow="1",
                min_width="14rem",
            ),
            rx.select.root(
                rx.select.trigger(aria_label="Status"),
                rx.select.content(
                    *[rx.select.item(f.value, value=f.value) for f in RelationshipFilter]
                ),
                value=S.status,
                on_change=S.set_status,
                size="3",
            ),
            spacing="3",
            wrap="wrap",
            width="100%",
            margin_bottom="1rem",
        ),
        rx.cond(S.total > 0, _results(), rx.cond(S.loaded, _empty(), loading())),
        title="My Relationships",
    )


def _results() -> rx.Component:
    return rx.vstack(
        how_many(S.total, S.more, "relationships"),
        rx.foreach(S.rows, _row),
        pager(S.page, S.pages, S.go_to_page, S.more),
        spacing="3",
        width="100%",
    )


def _row(row: rx.Var[RelationshipRow]) -> rx.Component:
    return rx.card(
        rx.flex(
            rx.vstack(
                rx.heading(row.programme, as_="h2", size="4"),
                rx.text(row.people, size="2"),
                rx.text(
                    rx.text.strong("Next session: "),
                    row.next_session,
                    size="2",
                    color_scheme="gray",
                ),
                spacing="1",
                flex_grow="1",
            ),
            rx.hstack(
                rx.badge(row.kind, variant="outline"),
                rx.cond(row.closed, rx.badge("Closed", color_scheme="gray")),
                rx.button(
                    rx.link("View", href=row.url, aria_label=row.label),
                    as_child=True,
                    size="2",
                ),
                align="center",
                spacing="3",
            ),
            justify="between",
            align="center",
            wrap="wrap",
            spacing="3",
        ),
        width="100%",
        class_name="relationship-row",
    )


def _empty() -> rx.Component:
    return rx.callout(
        rx.cond(
            (S.query != "") | (S.status != RelationshipFilter.ALL.value),
            "No relationships match your search. Try a programme, a name or an email, "
            "or set the status filter to All.",
            "You are not in any relationship yet. When your programme's admin team pairs you "
            "with a coach or mentor, the relationship will appear here.",
        ),
        icon="info",
        role="status",
    )
