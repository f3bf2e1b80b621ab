"""Delivering the outbox: claim due messages, write the ones written at sending time (password
links, so a link voided meanwhile is never sent), hand each to the mail server, record it."""

import asyncio
import contextlib
import logging
from email.message import Message

from sqlalchemy import Engine

from myecoach import settings
from myecoach.db import unit_of_work
from myecoach.mail.messages import assemble, link_mail, message_id
from myecoach.mail.smtp import Mailer, SmtpMailer
from myecoach.services import outbox
from myecoach.services.accounts import LinkPurpose, mailed_link

POLL_SECONDS = 2
LINK_GONE = "Not sent: the link had been used, replaced or had expired."
logger = logging.getLogger("myecoach.mail")
_wake = asyncio.Event()


def wake_sender() -> None:
    """Send what was just queued now rather than at the next poll (this process only)."""
    _wake.set()


async def deliver_forever(mailer: Mailer | None = None) -> None:
    """Send the outbox for the lifetime of this backend worker (a no-op when e-mail is off)."""
    if not settings.mail_enabled():
        return
    mailer = mailer or SmtpMailer.from_url(settings.smtp_url() or "")
    while True:
        try:
            while await deliver_once(mailer):
                pass
        except Exception:  # a database outage must not end the loop
            logger.exception("Sending e-mail failed; trying again shortly")
        _wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(_wake.wait(), POLL_SECONDS)


async def deliver_once(mailer: Mailer, bind: Engine | None = None) -> int:
    """Claim due messages and send each (on ``bind``, else the app's database); returns how
    many were claimed."""
    claimed = await asyncio.to_thread(_claim, bind)
    for claimed_id in claimed:
        message = await asyncio.to_thread(_message, claimed_id, bind)
        if isinstance(message, str):
            await asyncio.to_thread(_record, claimed_id, "", message, bind)
            continue
        if message is None:
            continue  # the lease ran out and another worker has it
        try:
            await mailer.send(message)
        except Exception as error:  # the server refused, timed out or was not there
            failure = f"{type(error).__name__}: {error}"
            await asyncio.to_thread(_record, claimed_id, failure, "", bind)
        else:
            await asyncio.to_thread(_record, claimed_id, "", "", bind)
    return len(claimed)


def _claim(bind: Engine | None) -> list[int]:
    with unit_of_work(bind) as db:
        return outbox.claim(db)


def _message(claimed_id: int, bind: Engine | None) -> Message | str | None:
    """The MIME message to send, a note when there is nothing to send, or None if lost."""
    sender = settings.mail_from() or ""
    with unit_of_work(bind) as db:
        stored = outbox.claimed_message(db, claimed_id)
        if stored is None:
            return None
        written = outbox.written(stored)
        if stored.kind == outbox.LINK:
            link = mailed_link(db, stored.dedupe_key)
            if link is None:
                return LINK_GONE
            purpose, url, expires = link
            person = outbox.recipient(db, stored)
            written = link_mail(
                name=person.name,
                invitation=purpose == LinkPurpose.INVITATION,
                url=url,
                expires=expires,
                zone=person.time_zone,
            )
        return assemble(
            sender=sender,
            to=stored.to_address,
            written=written,
            message_id=message_id(claimed_id, sender),
            calendar=stored.calendar,
            method=stored.calendar_method,
        )


def _record(claimed_id: int, error: str, note: str, bind: Engine | None) -> None:
    with unit_of_work(bind) as db:
        if error:
            outbox.mark_failure(db, claimed_id, error)
        else:
            outbox.mark_sent(db, claimed_id, note=note)
