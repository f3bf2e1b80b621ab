"""Admin → E-mail."""

import reflex as rx

from myecoach.components.admin import admin_page
from myecoach.components.lists import table
from myecoach.services.outbox import MAX_ATTEMPTS
from myecoach.state.admin.mail import FailedView
from myecoach.state.admin.mail import MailState as S


def mail_page() -> rx.Component:
    """The e-mails that could not be sent, with `Try again`."""
    return admin_page(
        rx.vstack(
            rx.cond(
                S.mail_enabled,
                rx.text(
                    "E-mails are sent within seconds of the change they tell of. One that the "
                    f"mail server keeps refusing is tried {MAX_ATTEMPTS} times over about two "
                    "hours, then listed here.",
                    size="2",
                ),
                rx.callout(
                    "E-mail is not set up: set MYECOACH_SMTP_URL and MYECOACH_MAIL_FROM (see "
                    "the README). Until then people hear of changes in their Notifications.",
                    icon="info",
                ),
            ),
            rx.cond(
                S.rows,
                table(
                    "E-mails not sent",
                    ["To", "Subject", "Queued", "Tries", "Last error", ""],
                    rx.foreach(S.rows, _row),
                ),
                rx.text("No e-mail has failed.", color_scheme="gray"),
            ),
            spacing="4",
            width="100%",
        ),
        title="E-mail",
        state=S,
    )


def _row(failed: rx.Var[FailedView]) -> rx.Component:
    return rx.table.row(
        rx.table.cell(failed.recipient),
        rx.table.cell(failed.subject),
        rx.table.cell(failed.queued, white_space="nowrap"),
        rx.table.cell(failed.attempts),
        rx.table.cell(failed.error),
        rx.table.cell(
            rx.button(
                "Try again",
                size="1",
                variant="soft",
                on_click=S.retry(failed.id),
                aria_label=f"Try again to send {failed.subject} to {failed.recipient}",
            )
        ),
    )
