"""Keeps Reflex's relay between instances listening after a Redis outage.

With Redis, each instance listens on Redis for updates that other instances send to the
tabs connected here, and for where other instances' tabs are connected. Reflex stops
these listeners after five failures in a minute and starts them again only when a new
tab connects to this instance, so open tabs would miss live updates after an outage.
This starts them again within a second or so; what is sent in that second is not
shown live (the database has it, and the next page load shows it).
It uses Reflex internals (the token manager); tests/unit/test_reflex_internals.py fails
when an upgrade removes them.
"""

import asyncio

import reflex as rx
from reflex.utils.token_manager import RedisTokenManager

CHECK_EVERY_SECONDS = 1


async def keep_relay_listening(app: rx.App) -> None:
    """Restart the relay listeners whenever they have stopped (a no-op without Redis)."""
    while True:
        await asyncio.sleep(CHECK_EVERY_SECONDS)
        namespace = app.event_namespace
        manager = getattr(namespace, "_token_manager", None)
        if isinstance(manager, RedisTokenManager):
            manager.ensure_lost_and_found_task(namespace.emit_update)
            manager._ensure_socket_record_task()
