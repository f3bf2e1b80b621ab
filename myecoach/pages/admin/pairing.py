"""Admin → Pairing."""

import reflex as rx

from myecoach.components.admin import admin_page
from myecoach.components.forms import field, text_input
from myecoach.state.admin.pairing import PairingState as S


def pairing_page() -> rx.Component:
    """Pair a coach (or mentor) with a coachee (or mentee) in a programme."""
    return admin_page(_form(), title="Pairing", state=S)


def _form() -> rx.Component:
    return rx.card(
        rx.form(
            rx.vstack(
                rx.heading("Pair two people", as_="h2", size="4"),
                field(
                    "Programme",
                    "programme",
                    rx.select.root(
                        rx.select.trigger(
                            placeholder="Choose a programme", id="programme", width="100%"
                        ),
                        rx.select.content(
                            rx.foreach(
                                S.programme_names,
                                lambda item: rx.select.item(item[1], value=item[0]),
                            )
                        ),
                        name="programme",
                        size="3",
                    ),
                    S.errors,
                ),
                field(
                    "Kind",
                    "kind",
                    rx.select.root(
                        rx.select.trigger(id="kind", width="100%"),
                        rx.select.content(
                            rx.select.item("Coaching (coach and coachee)", value="coaching"),
                            rx.select.item("Mentoring (mentor and mentee)", value="mentoring"),
                        ),
                        name="kind",
                        default_value="coaching",
                        size="3",
                    ),
                    S.errors,
                ),
                _person_field(
                    "Coach or mentor (email)", "coach", S.coach_suggestions, S.suggest_coach
                ),
                _person_field(
                    "Coachee or mentee (email)", "coachee", S.coachee_suggestions, S.suggest_coachee
                ),
                rx.text(
                    "Type part of a name or e-mail to choose from the people in myecoach. Both "
                    "must be in myecoach already: add them on the People page, or import many "
                    "pairings at once from a spreadsheet on the Import page.",
                    size="1",
                    color_scheme="gray",
                ),
                rx.button("Pair", type="submit", size="3"),
                spacing="3",
                width="100%",
                max_width="32rem",
            ),
            on_submit=S.pair,
            key=S.form_version,
        ),
        width="100%",
    )


def _person_field(
    label: str, name: str, suggestions: rx.Var, suggest: rx.EventHandler
) -> rx.Component:
    """An e-mail field that suggests the people whose name or e-mail holds what is typed."""
    return field(
        label,
        name,
        rx.fragment(
            text_input(
                name,
                S.errors,
                type="email",
                placeholder="name@example.org",
                list=f"{name}-suggestions",
                auto_complete="off",
                on_change=suggest.debounce(200),
            ),
            rx.el.datalist(
                rx.foreach(
                    suggestions, lambda person: rx.el.option(value=person[1], label=person[0])
                ),
                id=f"{name}-suggestions",
            ),
        ),
        S.errors,
    )
