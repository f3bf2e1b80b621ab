"""The mail server adapter: hands finished messages to an SMTP server with aiosmtplib."""

from dataclasses import dataclass
from email.message import Message
from typing import Protocol
from urllib.parse import unquote, urlsplit

import aiosmtplib

TIMEOUT_SECONDS = 30


class Mailer(Protocol):
    """Something that delivers a message, or raises."""

    async def send(self, message: Message) -> None:
        """Hand the message over for delivery."""


@dataclass(frozen=True)
class SmtpMailer:
    """An SMTP server, from MYECOACH_SMTP_URL: `smtps://` is implicit TLS; `smtp://` uses
    STARTTLS (required when signing in, else whenever the server offers it)."""

    host: str
    port: int
    username: str = ""
    password: str = ""
    implicit_tls: bool = False

    @classmethod
    def from_url(cls, url: str) -> "SmtpMailer":
        """The server a URL such as smtp://user:pass@mail.example.org:587 names."""
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise ValueError(f"MYECOACH_SMTP_URL must be smtp://… or smtps://…, not {url!r}")
        implicit = parts.scheme == "smtps"
        return cls(
            host=parts.hostname,
            port=parts.port or (465 if implicit else 587),
            username=unquote(parts.username or ""),
            password=unquote(parts.password or ""),
            implicit_tls=implicit,
        )

    async def send(self, message: Message) -> None:
        """Deliver one message (one connection each: sends are few and far between)."""
        await aiosmtplib.send(
            message,
            hostname=self.host,
            port=self.port,
            username=self.username or None,
            password=self.password or None,
            use_tls=self.implicit_tls,
            start_tls=False if self.implicit_tls else (True if self.username else None),
            timeout=TIMEOUT_SECONDS,
        )
