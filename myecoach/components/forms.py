"""Form fields every page builds the same way: a label, the control, its error below it."""

from typing import Any

import reflex as rx

from myecoach.domain.zones import PICKER_ZONES

ZONE_LIST = "time-zones"


def field(label: str, name: str, control: rx.Component, errors: rx.Var) -> rx.Component:
    """A labelled control with its error message (from ``errors[name]``) underneath."""
    message = errors[name]
    return rx.vstack(
        rx.el.label(label, html_for=name, class_name="field-label"),
        control,
        rx.cond(
            message,
            rx.text(message, id=f"{name}-error", color_scheme="red", size="2", role="alert"),
        ),
        spacing="1",
        width="100%",
    )


def invalid(name: str, errors: rx.Var) -> rx.Var:
    """`aria-invalid` for a field, from whether it has an error."""
    return rx.cond(errors[name], "true", "false")


def text_input(name: str, errors: rx.Var, **props: Any) -> rx.Component:
    """A text input that announces its error."""
    return rx.input(
        id=name,
        name=name,
        aria_invalid=invalid(name, errors),
        aria_describedby=f"{name}-error",
        **{"size": "3", "width": "100%", **props},
    )


def zone_picker(name: str, errors: rx.Var, **props: Any) -> rx.Component:
    """A searchable time zone field: type a city or region, pick from the IANA zones."""
    return rx.fragment(
        text_input(
            name,
            errors,
            list=ZONE_LIST,
            placeholder="Type a city, e.g. Europe/London",
            auto_complete="off",
            spell_check=False,
            **props,
        ),
        rx.el.datalist(*[rx.el.option(value=zone) for zone in PICKER_ZONES], id=ZONE_LIST),
    )
