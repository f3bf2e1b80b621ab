"""Admin → Overview: how each programme is going, at a glance."""

import reflex as rx

from myecoach.components.admin import admin_page
from myecoach.components.forms import field, text_input
from myecoach.components.lists import table
from myecoach.components.sessions_chart import sessions_per_month_chart
from myecoach.state.admin.overview import (
    CHECK_EVERY_SECONDS,
    AttentionView,
    FigureView,
)
from myecoach.state.admin.overview import OverviewState as S


def overview_page() -> rx.Component:
    """Filters, headline figures, sessions per month and what needs attention."""
    return admin_page(
        rx.vstack(
            _filters(),
            _status_line(),
            _figures(),
            sessions_per_month_chart(),
            _attention(),
            spacing="5",
            width="100%",
        ),
        title="Overview",
        state=S,
    )


def _select(label: str, name: str, options: rx.Var | list, everything: str) -> rx.Component:
    return field(
        label,
        name,
        rx.select.root(
            rx.select.trigger(id=name, width="100%"),
            rx.select.content(
                rx.select.item(everything, value="all"),
                rx.foreach(options, lambda item: rx.select.item(item[1], value=item[0])),
            ),
            name=name,
            default_value=S.chosen[name],
            size="2",
        ),
        S.errors,
    )


def _filters() -> rx.Component:
    return rx.card(
        rx.form(
            rx.vstack(
                rx.heading("Filters", as_="h2", size="4"),
                rx.grid(
                    _select("Programme", "programme", S.programme_options, "All programmes"),
                    _select("Coach or mentor", "coach", S.coach_options, "Everyone"),
                    _select(
                        "Kind",
                        "kind",
                        [["coaching", "Coaching"], ["mentoring", "Mentoring"]],
                        "Coaching and mentoring",
                    ),
                    field("From", "start", _date_input("start"), S.errors),
                    field("To", "end", _date_input("end"), S.errors),
                    field(
                        "Quiet for (days)",
                        "quiet_days",
                        text_input(
                            "quiet_days",
                            S.errors,
                            type="number",
                            min=1,
                            max=366,
                            default_value=S.quiet_days.to_string(),
                            size="2",
                        ),
                        S.errors,
                    ),
                    columns=rx.breakpoints(initial="1", sm="2", md="3"),
                    spacing="3",
                    width="100%",
                ),
                rx.text(
                    "The dates start as this calendar year (1 January to 31 December). "
                    "Quiet for: how long without a session before a relationship with nothing "
                    "arranged needs attention.",
                    size="2",
                    color_scheme="gray",
                ),
                rx.hstack(
                    rx.button("Show", type="submit", size="2"),
                    rx.button(
                        "Export sessions (CSV)",
                        type="button",
                        variant="soft",
                        size="2",
                        on_click=S.export,
                    ),
                    spacing="3",
                    wrap="wrap",
                ),
                spacing="3",
                width="100%",
            ),
            on_submit=S.apply,
            key=S.form_version,
        ),
        width="100%",
    )


def _date_input(name: str) -> rx.Component:
    return text_input(name, S.errors, type="date", default_value=S.chosen[name], size="2")


def _status_line() -> rx.Component:
    return rx.vstack(
        rx.text("Showing ", rx.text.strong(S.range_text), ".", size="3"),
        rx.box(
            rx.cond(
                S.changed,
                rx.callout(
                    rx.hstack(
                        rx.text("New changes since these figures were made."),
                        rx.button("Refresh", size="1", on_click=S.refresh),
                        align="center",
                        spacing="3",
                        wrap="wrap",
                    ),
                    icon="info",
                    color_scheme="blue",
                ),
            ),
            role="status",
            width="100%",
        ),
        rx.cond(
            S.checks_left > 0,
            rx.text(
                f"Checked for new changes every {CHECK_EVERY_SECONDS} seconds; last at ",
                rx.moment(
                    interval=CHECK_EVERY_SECONDS * 1000,
                    format="HH:mm:ss",
                    on_change=S.check_for_changes,
                ),
                ".",
                size="1",
                color_scheme="gray",
            ),
            rx.hstack(
                rx.text(
                    "No longer checking for new changes: these figures are 30 minutes old.",
                    size="1",
                    color_scheme="gray",
                ),
                rx.button("Refresh", size="1", variant="soft", on_click=S.refresh),
                align="center",
                spacing="2",
            ),
        ),
        spacing="2",
        width="100%",
    )


def _figure(item: rx.Var[FigureView]) -> rx.Component:
    return rx.el.div(
        rx.el.dt(item.label, class_name="figure-label"),
        rx.el.dd(item.value, class_name="figure-value"),
        class_name="figure",
    )


def _figures() -> rx.Component:
    return rx.vstack(
        rx.heading("Figures", as_="h2", size="5"),
        rx.el.dl(rx.foreach(S.figures, _figure), class_name="figures"),
        rx.heading("Cancellations by who cancelled", as_="h3", size="3"),
        rx.el.dl(rx.foreach(S.cancellations, _figure), class_name="figures"),
        rx.text(
            "Completion rate: completed sessions out of those that were due "
            "(completed, cancelled, or arranged with their time passed).",
            size="2",
            color_scheme="gray",
        ),
        spacing="3",
        width="100%",
    )


def _attention() -> rx.Component:
    return rx.vstack(
        rx.heading("Needs attention", as_="h2", size="5"),
        _attention_list(
            ["Nothing arranged and no session in the last ", S.quiet_days, " days"],
            "quiet",
            "Relationships with nothing arranged",
            S.quiet,
        ),
        _attention_list(
            ["Repeated cancellations (2 or more in the range)"],
            "cancelling",
            "Relationships with repeated cancellations",
            S.cancelling,
        ),
        _attention_list(
            ["Sessions arranged, time passed, not marked as completed"],
            "overdue",
            "Sessions not marked as completed",
            S.overdue,
        ),
        spacing="4",
        width="100%",
    )


def _attention_list(
    title: list, key: str, label: str, rows: rx.Var[list[AttentionView]]
) -> rx.Component:
    total = S.totals[key]
    return rx.vstack(
        rx.heading(*title, " (", total, ")", as_="h3", size="3"),
        rx.cond(
            total > 0,
            rx.fragment(
                table(
                    label,
                    ["Programme", "Relationship", "What", "When"],
                    rx.foreach(rows, _attention_row),
                ),
                rx.cond(
                    total > rows.length(),
                    rx.text("The first ", rows.length(), " of ", total, " are shown.", size="2"),
                ),
            ),
            rx.text("Nothing here.", size="2", color_scheme="gray"),
        ),
        spacing="2",
        width="100%",
    )


def _attention_row(row: rx.Var[AttentionView]) -> rx.Component:
    return rx.table.row(
        rx.table.cell(row.programme),
        rx.table.row_header_cell(rx.link(row.people, href=row.url)),
        rx.table.cell(row.detail),
        rx.table.cell(row.when, white_space="nowrap"),
    )
