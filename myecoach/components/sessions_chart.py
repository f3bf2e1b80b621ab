"""The overview's chart of sessions per month by status, with a caption and the same figures
as a table for anyone who cannot see the chart."""

import reflex as rx

from myecoach.components.lists import table
from myecoach.state.admin.overview import STATUSES
from myecoach.state.admin.overview import OverviewState as S

# Colours of the chart's bars: each at least 3:1 against the white background.
BAR_COLOURS = {
    "To be Arranged": "#a35200",
    "Arranged": "#1f5fbf",
    "Completed": "#1e7a3c",
    "Cancelled": "#b3261e",
}


def sessions_per_month_chart() -> rx.Component:
    """The overview's sessions per month by status: stacked bars, a caption, and a table."""
    return rx.el.figure(
        rx.heading("Sessions per month", as_="h2", size="5"),
        rx.el.figcaption(
            "Sessions per month by status, ",
            S.range_text,
            ". A session counts in the month of its date; one without a date (To be Arranged) "
            "in the month it was added. The table below the chart has the same figures.",
            id="chart-caption",
            class_name="chart-caption",
        ),
        rx.box(
            rx.recharts.bar_chart(
                *[
                    rx.recharts.bar(data_key=status, stack_id="sessions", fill=colour, name=status)
                    for status, colour in BAR_COLOURS.items()
                ],
                rx.recharts.cartesian_grid(stroke_dasharray="3 3", vertical=False),
                rx.recharts.x_axis(data_key="month"),
                rx.recharts.y_axis(allow_decimals=False),
                rx.recharts.graphing_tooltip(),
                rx.recharts.legend(),
                data=S.months,
                height=320,
                width="100%",
            ),
            role="img",
            aria_labelledby="chart-caption",
            width="100%",
        ),
        table(
            "Sessions per month",
            ["Month", *STATUSES],
            rx.foreach(
                S.months,
                lambda month: rx.table.row(
                    rx.table.row_header_cell(month["month"]),
                    *[rx.table.cell(month[status]) for status in STATUSES],
                ),
            ),
        ),
        class_name="chart",
    )
