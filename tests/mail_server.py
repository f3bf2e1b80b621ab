"""A real SMTP server for the tests (aiosmtpd), keeping what it receives."""

import email
from collections.abc import Iterator
from contextlib import contextmanager
from email import policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller

from tests.servers import free_port


class Mailbox:
    """What the server accepted, and whether it accepts at all."""

    def __init__(self) -> None:
        self.received: list[bytes] = []
        self.refusing = False

    async def handle_DATA(self, server, session, envelope) -> str:
        if self.refusing:
            return "451 Try again later"
        self.received.append(envelope.content)
        return "250 OK"

    def messages(self) -> list[EmailMessage]:
        """Every message received, parsed."""
        return [email.message_from_bytes(raw, policy=policy.default) for raw in self.received]


@contextmanager
def smtp_server(port: int | None = None) -> Iterator[tuple[int, Mailbox]]:
    """An SMTP server on ``port``, else a free local one (aiosmtpd cannot pick one itself)."""
    mailbox, port = Mailbox(), port or free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, mailbox
    finally:
        controller.stop()
