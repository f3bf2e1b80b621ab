"""The frame of every admin page: the admin area's navigation, and the same not-found as a
missing page for anyone outside the admin team."""

import reflex as rx

from myecoach import routes
from myecoach.components.layout import loading, not_found, page

SECTIONS = [
    ("Overview", routes.ADMIN_OVERVIEW),
    ("People", routes.ADMIN_PEOPLE),
    ("Programmes", routes.ADMIN_PROGRAMMES),
    ("Pairing", routes.ADMIN_PAIRING),
    ("Import", routes.ADMIN_IMPORT),
    ("Activity", routes.ADMIN_ACTIVITY),
    ("E-mail", routes.ADMIN_MAIL),
]


def admin_page(content: rx.Component, *, title: str, state: type[rx.State]) -> rx.Component:
    """An admin page: its navigation and content once loaded for an admin."""
    return page(
        rx.cond(
            state.not_found,
            not_found(),
            rx.cond(state.loaded, rx.vstack(_navigation(title), content, spacing="4"), loading()),
        ),
        title=rx.cond(state.not_found, "Not found", title),
    )


def _navigation(current: str) -> rx.Component:
    return rx.el.nav(
        rx.hstack(
            *[
                rx.link(
                    name,
                    href=url,
                    weight=rx.cond(name == current, "bold", "regular"),
                    aria_current="page" if name == current else None,
                    underline=rx.cond(name == current, "always", "hover"),
                )
                for name, url in SECTIONS
            ],
            spacing="4",
            wrap="wrap",
        ),
        aria_label="Admin area",
    )
