"""Background loops, registered in one place: every backend worker runs each of them, so
each must be safe to run many times at once (idempotent work, never "only one runs this")."""

import asyncio
import logging

import reflex as rx

from myecoach.db import unit_of_work
from myecoach.services.auth import purge_expired_sign_ins
from myecoach.state.relay import keep_relay_listening

PURGE_EVERY_SECONDS = 3600
logger = logging.getLogger("myecoach")


async def purge_expired_sign_ins_hourly() -> None:
    """Delete sign-ins past their lifetime or idle timeout, once an hour."""
    while True:
        try:
            with unit_of_work() as db:
                purge_expired_sign_ins(db)
        except Exception:  # a database outage must not end the loop
            logger.exception("Purging expired sign-ins failed; trying again later")
        await asyncio.sleep(PURGE_EVERY_SECONDS)


def register(app: rx.App) -> None:
    """Run every background loop for the lifetime of each backend worker."""
    app.register_lifespan_task(keep_relay_listening)
    app.register_lifespan_task(purge_expired_sign_ins_hourly)
