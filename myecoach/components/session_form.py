"""The `Session details` form of the session editor."""

import reflex as rx

from myecoach.components import forms
from myecoach.components.date_picker import date_picker
from myecoach.domain.errors import CLASH_TITLE
from myecoach.domain.statuses import SessionType
from myecoach.domain.validation import EXTRA_INFORMATION_MAX, LOCATION_MAX
from myecoach.state.editor import EditorState as S


def field(label: str, name: str, control: rx.Component) -> rx.Component:
    """A labelled control of the session form with its error message underneath."""
    return forms.field(label, name, control, S.errors)


def _invalid(name: str) -> rx.Var:
    return forms.invalid(name, S.errors)


def _input(name: str, **props) -> rx.Component:
    return forms.text_input(name, S.errors, default_value=getattr(S, name), **props)


def session_form() -> rx.Component:
    """Date, times, type, location, extra information, notify, `Save`."""
    return rx.form(
        rx.el.fieldset(
            rx.vstack(
                field(
                    "Date",
                    "date",
                    date_picker(
                        S.date,
                        S.set_date,
                        id="date",
                        name="date",
                        aria_describedby="date-error",
                        invalid=rx.cond(S.errors["date"], True, False),
                        disabled=S.read_only,
                        size="3",
                        width="100%",
                    ),
                ),
                rx.grid(
                    field("Start time", "start_time", _input("start_time", type="time")),
                    field("End time", "end_time", _input("end_time", type="time")),
                    columns="2",
                    spacing="3",
                    width="100%",
                ),
                field(
                    "Time zone",
                    "time_zone",
                    forms.zone_picker("time_zone", S.errors, default_value=S.time_zone),
                ),
                rx.text(
                    "The date and times above are in this zone. Everyone sees them in their own.",
                    size="1",
                    color_scheme="gray",
                ),
                rx.cond(
                    S.when,
                    rx.text(rx.text.strong("When: "), S.when, size="2", class_name="session-when"),
                ),
                field(
                    "Session type",
                    "session_type",
                    rx.select(
                        [t.value for t in SessionType],
                        name="session_type",
                        id="session_type",
                        default_value=S.session_type,
                        placeholder="Choose a type",
                        size="3",
                        aria_invalid=_invalid("session_type"),
                        disabled=S.read_only,
                        width="100%",
                    ),
                ),
                field(
                    "Location",
                    "location",
                    _input(
                        "location",
                        max_length=LOCATION_MAX,
                        placeholder="Address, room or venue (needed for face-to-face)",
                    ),
                ),
                field(
                    "Extra information",
                    "extra_information",
                    rx.text_area(
                        id="extra_information",
                        name="extra_information",
                        default_value=S.extra_information,
                        max_length=EXTRA_INFORMATION_MAX,
                        aria_invalid=_invalid("extra_information"),
                        rows="4",
                        width="100%",
                        placeholder="Phone number, arrival instructions, what to bring…",
                    ),
                ),
                rx.el.label(
                    rx.checkbox(
                        checked=S.notify,
                        on_change=S.set_notify,
                        aria_label="Notify the other participant",
                    ),
                    "Notify the other participant",
                    display="flex",
                    gap="var(--space-2)",
                    align_items="center",
                    font_size="var(--font-size-2)",
                ),
                rx.button("Save", type="submit", size="3", disabled=S.read_only),
                spacing="3",
                width="100%",
            ),
            disabled=S.read_only,
            border="none",
            padding="0",
            margin="0",
            min_width="0",
        ),
        on_submit=S.save,
        key=S.form_key,
        custom_attrs={"data-version": S.version},
        max_width="40rem",
        width="100%",
    )


def clash_dialog() -> rx.Component:
    """The warning shown when the time overlaps other sessions: `Save anyway` or go back."""
    return rx.alert_dialog.root(
        rx.alert_dialog.content(
            rx.alert_dialog.title(CLASH_TITLE),
            rx.alert_dialog.description("Nothing is saved yet.", size="2"),
            rx.el.ul(
                rx.foreach(S.clashes, lambda line: rx.el.li(line, margin_bottom="var(--space-2)")),
                class_name="clash-list",
                margin_block="var(--space-3)",
                padding_inline_start="var(--space-5)",
                font_size="var(--font-size-2)",
            ),
            rx.flex(
                rx.alert_dialog.cancel(
                    rx.button("Change the time", variant="soft", on_click=S.keep_editing)
                ),
                rx.alert_dialog.action(rx.button("Save anyway", on_click=S.save_anyway)),
                spacing="3",
                justify="end",
                wrap="wrap",
            ),
            on_escape_key_down=S.keep_editing,
        ),
        open=S.clashes.length() > 0,
    )
