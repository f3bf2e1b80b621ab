"""Admin → Import."""

import reflex as rx

from myecoach.components.admin import admin_page
from myecoach.components.lists import table
from myecoach.domain.people_import import COLUMNS, MAX_BYTES
from myecoach.state.admin.imports import BadRowView
from myecoach.state.admin.imports import ImportState as S

UPLOAD = "pairings-file"
SAMPLE = "/sample-import.csv"


def import_page() -> rx.Component:
    """Upload a CSV of pairings, read the preview, import."""
    return admin_page(
        rx.vstack(_upload(), rx.cond(S.previewed, _preview()), spacing="4", width="100%"),
        title="Import",
        state=S,
    )


def _upload() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading("Import pairings from a spreadsheet", as_="h2", size="4"),
            rx.text(
                "Save the spreadsheet as CSV (UTF-8; commas or semicolons), one row per pairing, "
                "with these columns: ",
                rx.code(", ".join(COLUMNS)),
                ". Kind is coaching or mentoring. ",
                rx.link(
                    "Download a sample file",
                    href=SAMPLE,
                    download="sample-import.csv",
                    underline="always",
                ),
                f". At most {MAX_BYTES // (1024 * 1024)} MB.",
                size="2",
            ),
            rx.el.label(  # names the dropzone's file input
                rx.upload.root(
                    rx.vstack(
                        rx.icon("file-up", size=22, aria_hidden="true"),
                        rx.text(
                            rx.cond(
                                rx.selected_files(UPLOAD),
                                rx.selected_files(UPLOAD)[0],
                                "Choose a CSV file, or drop it here",
                            ),
                            size="2",
                            weight="medium",
                        ),
                        align="center",
                        spacing="2",
                    ),
                    id=UPLOAD,
                    accept={"text/csv": [".csv"], "text/plain": [".csv", ".txt"]},
                    max_files=1,
                    border="1px dashed var(--gray-a8)",
                    border_radius="var(--radius-3)",
                    padding="1.5rem",
                    cursor="pointer",
                    _hover={"background": "var(--accent-a2)"},
                ),
                width="100%",
            ),
            rx.button(
                "Preview",
                size="3",
                on_click=S.preview(rx.upload_files(upload_id=UPLOAD)),
            ),
            rx.text(
                "The preview changes nothing. Importing the same file again changes nothing "
                "the second time.",
                size="1",
                color_scheme="gray",
            ),
            spacing="3",
            width="100%",
        ),
        width="100%",
    )


def _preview() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading("Preview of ", S.file_name, as_="h2", size="4"),
            rx.el.ul(
                rx.foreach(S.summary, lambda line: rx.el.li(line)),
                padding_left="1.2rem",
                font_size="var(--font-size-2)",
            ),
            rx.cond(
                S.bad_rows,
                rx.vstack(
                    rx.heading("Rows left out", as_="h3", size="3"),
                    table("Rows left out", ["Line", "Why"], rx.foreach(S.bad_rows, _bad_row)),
                    width="100%",
                ),
            ),
            rx.button(
                "Import ",
                S.new_pairings,
                " pairings",
                size="3",
                on_click=S.apply,
                disabled=S.new_pairings == 0,
            ),
            spacing="3",
            width="100%",
        ),
        width="100%",
    )


def _bad_row(bad: rx.Var[BadRowView]) -> rx.Component:
    return rx.table.row(rx.table.row_header_cell(bad.line), rx.table.cell(bad.reason))
