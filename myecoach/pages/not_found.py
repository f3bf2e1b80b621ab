"""What a page that does not exist looks like (the admin area too, for anyone else)."""

import reflex as rx

from myecoach.components.layout import not_found, page


def not_found_page() -> rx.Component:
    """The top bar and a plain "Page not found"."""
    return page(not_found(), title="Not found")
