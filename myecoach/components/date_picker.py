"""Date field: a typed YYYY-MM-DD input that opens a react-day-picker calendar in a popover."""

from typing import Any

import reflex as rx
from reflex.constants import MemoizationMode
from reflex.event import EventType
from reflex.vars import FunctionStringVar
from reflex_components_radix.themes.components.popover import PopoverTrigger

# Local Date -> 'YYYY-MM-DD' (toISOString would shift the day across time zones).
_FORMAT = (
    "(d) => [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), "
    "String(d.getDate()).padStart(2, '0')].join('-')"
)
# 'YYYY-MM-DD' -> local Date, or undefined unless it is a real day (2026-02-30 is not).
_PARSE = FunctionStringVar.create(
    "(v) => { if (!/^\\d{4}-\\d{2}-\\d{2}$/.test(v)) return undefined; "
    "const d = new Date(v.slice(0, 4), v.slice(5, 7) - 1, v.slice(8, 10)); "
    f"return ({_FORMAT})(d) === v ? d : undefined; }}"
)
# Day labels must contain the visible day number as a word (axe label-content-name-mismatch).
_DAY_LABEL = FunctionStringVar.create(
    "(d, m, _o, lib) => lib.format(d, 'EEEE d MMMM yyyy')"
    " + (m.today ? ', today' : '') + (m.selected ? ', selected' : '')"
)
# Raw DOM handler: Enter/ArrowDown open the calendar (click the trigger) instead of submitting.
_OPEN_ON_KEY = rx.Var(
    "(e) => { if (e.key === 'Enter' || e.key === 'ArrowDown') "
    "{ e.preventDefault(); e.currentTarget.click(); } }"
)
# Inside a modal rx.dialog, the dialog's focus trap undoes DayPicker's autoFocus and Radix then
# focuses the first button ("previous month"); put focus back on the calendar's focus target.
_FOCUS_DAY = rx.Var(
    "(e) => { e.preventDefault(); "
    "e.currentTarget.querySelector('.rdp-day_button[tabindex=\"0\"]')?.focus(); }"
)
# Radix closes the popover on Escape and hands focus back to the input.
_CLOSE = rx.call_function(
    "() => document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}))"
)
# Radix draws the field's border on the root <div>, so mark the whole field when invalid.
_INVALID_BORDER = {
    "&:has(input[aria-invalid=true])": {"box_shadow": "inset 0 0 0 1px var(--red-8)"}
}
_CALENDAR_STYLE = {
    "--rdp-accent-color": "var(--accent-11)",
    "--rdp-accent-background-color": "var(--accent-3)",
    "--rdp-day-height": "36px",
    "--rdp-day-width": "36px",
    "--rdp-day_button-height": "34px",
    "--rdp-day_button-width": "34px",
    "--rdp-day_button-border-radius": "var(--radius-2)",
    "--rdp-nav-height": "36px",
    "--rdp-nav_button-height": "32px",
    "--rdp-nav_button-width": "32px",
    "font_size": "var(--font-size-2)",
    "& .rdp-month_caption": {"font_size": "var(--font-size-3)", "font_weight": "600"},
    "& .rdp-weekday": {
        "opacity": "1",
        "color": "var(--gray-11)",
        "font_size": "var(--font-size-1)",
    },
    "& .rdp-day_button:hover": {"background": "var(--accent-3)"},
    "& .rdp-day_button:focus-visible, & .rdp-button_previous:focus-visible, "
    "& .rdp-button_next:focus-visible": {"outline": "2px solid var(--focus-8)"},
    "& .rdp-selected": {"font_size": "inherit"},
    "& .rdp-selected .rdp-day_button": {
        "background": "var(--accent-9)",
        "color": "var(--accent-contrast)",
        "border_color": "var(--accent-9)",
    },
    "& .rdp-button_previous, & .rdp-button_next": {"border_radius": "var(--radius-2)"},
    "& .rdp-button_previous:hover, & .rdp-button_next:hover": {"background": "var(--accent-3)"},
}


def _local_date(day: rx.Var) -> tuple[rx.Var[str]]:
    """Turn DayPicker's picked JS Date into a local 'YYYY-MM-DD' string."""
    return (FunctionStringVar.create(_FORMAT).call(day).to(str),)


class _DayPicker(rx.Component):
    """react-day-picker's calendar."""

    library = "react-day-picker@10.0.2"
    tag = "DayPicker"

    mode: rx.Var[str]
    required: rx.Var[bool]
    selected: rx.Var[Any]
    default_month: rx.Var[Any]
    auto_focus: rx.Var[bool]
    labels: rx.Var[dict[str, Any]]
    on_select: rx.EventHandler[_local_date]

    def add_imports(self) -> dict[str, str]:
        """Load the calendar's stylesheet."""
        return {"": "react-day-picker/style.css"}


class _Trigger(PopoverTrigger):
    """Popover trigger that lets Reflex memoize its (debounced) input separately."""

    # The stock trigger inlines its child, so Radix's ref lands on the DebounceInput class
    # instance and the popover cannot be positioned; a memoized child routes it to the <input>.
    # A Reflex internal: tests/unit/test_reflex_internals.py fails if an upgrade removes it.
    _memoization_mode = MemoizationMode(recursive=True)


def date_picker(
    value: rx.Var[str],
    on_change: EventType[str],
    id: str,
    name: str = "date",
    aria_describedby: str | None = None,
    invalid: rx.Var[bool] | bool = False,
    **props: Any,
) -> rx.Component:
    """A combobox input for 'YYYY-MM-DD' (typed or picked); `on_change` gets the input text."""
    day = _PARSE.call(value)
    return rx.popover.root(
        _Trigger.create(
            rx.input(
                id=id,
                name=name,
                value=value,
                on_change=on_change,
                custom_attrs={"onKeyDown": _OPEN_ON_KEY},
                type="text",
                role="combobox",
                aria_haspopup="dialog",
                aria_describedby=aria_describedby,
                aria_invalid=invalid,
                placeholder="YYYY-MM-DD",
                auto_complete="off",
                style={**_INVALID_BORDER, **props.pop("style", {})},
                **props,
            ),
        ),
        rx.popover.content(
            _DayPicker.create(
                mode="single",
                required=True,
                selected=day,
                default_month=day,
                auto_focus=True,
                labels={"labelDayButton": _DAY_LABEL},
                on_select=[_CLOSE, on_change],
                style=_CALENDAR_STYLE,
            ),
            custom_attrs={"onOpenAutoFocus": _FOCUS_DAY},
            aria_label="Choose date",
            align="start",
            size="1",
            min_width="0",  # Radix makes it at least as wide as the input
        ),
    )
