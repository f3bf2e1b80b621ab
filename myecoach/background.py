"""Background loops, registered in one place: every backend worker runs each of them, so
each must be safe to run many times at once (idempotent work, never "only one runs this")."""

import asyncio
import logging
import random

import reflex as rx

from myecoach.db import refresh_statistics, unit_of_work
from myecoach.mail.sender import deliver_forever, wake_sender
from myecoach.services import reminders
from myecoach.services.auth import purge_expired_sign_ins
from myecoach.state.live import push_inboxes
from myecoach.state.relay import keep_relay_listening

TIDY_UP_EVERY_SECONDS = 3600
REMINDERS_EVERY_SECONDS = 60  # day-before reminders: a cheap indexed range query
NUDGES_EVERY = 15  # sweeps: nudges look at every relationship, so every 15 minutes
logger = logging.getLogger("myecoach")


async def tidy_up_hourly() -> None:
    """Once an hour, from startup: delete sign-ins past their lifetime or idle timeout, and
    refresh SQLite's planner statistics as the data grows."""
    while True:
        try:
            await asyncio.to_thread(_tidy_up)
        except Exception:  # a database outage must not end the loop
            logger.exception("Tidying up failed; trying again later")
        await asyncio.sleep(TIDY_UP_EVERY_SECONDS)


def _tidy_up() -> None:
    with unit_of_work() as db:
        purge_expired_sign_ins(db)
    refresh_statistics()


async def remind_forever() -> None:
    """Make due reminders and nudges (each exactly once across workers), tell the open tabs
    of those reminded, and have their e-mails sent."""
    for sweep in _forever():
        try:
            told = await asyncio.to_thread(_sweep, sweep % NUDGES_EVERY == 0)
            if told:
                await push_inboxes(None, *told)
                wake_sender()
        except Exception:  # a database outage must not end the loop
            logger.exception("Sweeping reminders failed; trying again later")
        # Jitter keeps the workers of an instance from sweeping in lockstep.
        await asyncio.sleep(REMINDERS_EVERY_SECONDS * random.uniform(0.8, 1.2))


def _sweep(with_nudges: bool) -> list[int]:
    with unit_of_work() as db:
        told = reminders.sweep_day_before(db)
        return told + (reminders.sweep_nudges(db) if with_nudges else [])


def _forever():
    sweep = 0
    while True:
        yield sweep
        sweep += 1


def register(app: rx.App) -> None:
    """Run every background loop for the lifetime of each backend worker."""
    app.register_lifespan_task(keep_relay_listening)
    app.register_lifespan_task(tidy_up_hourly)
    app.register_lifespan_task(deliver_forever)
    app.register_lifespan_task(remind_forever)
