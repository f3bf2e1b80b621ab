"""The Reflex app: pages registered in one place."""

import reflex as rx

from myecoach import models  # noqa: F401  (tables for migrations)

app = rx.App()


def index() -> rx.Component:
    return rx.text("hello")


app.add_page(index, route="/")
