"""A real SMTP server for the tests (aiosmtpd), keeping what it receives."""

import asyncio
import email
from collections.abc import Iterator
from contextlib import contextmanager
from email import policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller

from tests.servers import free_port


class Mailbox:
    """What the server accepted, and whether it accepts at all."""

    def __init__(self, delay: float = 0) -> None:
        self.received: list[bytes] = []
        self.refusing = False
        self.delay = delay  # seconds each message takes to be accepted

    async def handle_DATA(self, server, session, envelope) -> str:
        if self.refusing:
            return "451 Try again later"
        await asyncio.sleep(self.delay)
        self.received.append(envelope.content)
        return "250 OK"

    def messages(self) -> list[EmailMessage]:
        """Every message received, parsed."""
        return [email.message_from_bytes(raw, policy=policy.default) for raw in self.received]


@contextmanager
def smtp_server(port: int | None = None, delay: float = 0) -> Iterator[tuple[int, Mailbox]]:
    """An SMTP server on ``port``, else a free local one (aiosmtpd cannot pick one itself),
    taking ``delay`` seconds to accept each message."""
    mailbox, port = Mailbox(delay), port or free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, mailbox
    finally:
        controller.stop()
