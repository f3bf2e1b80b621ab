"""Password hashing is slow on purpose: it runs here, off the event loop, a few at a time
and at a low priority, so a flood of sign-ins slows sign-ins and leaves every other user's
events alone."""

import asyncio
import contextlib
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
# A nice value: sharing a core, the event loop gets about three quarters of it and a hash the
# rest (at 19 a hash got 1/70 of a core kept busy by another process, and at 10 a tenth, so
# that a flood's sign-ins, hashed in one lane, took up to 30 s to be answered).
LOW_PRIORITY = 5


def _yield_the_processor() -> None:
    """Give this pool's thread a low priority (Linux sets it per thread; elsewhere the call
    fails and the thread keeps the process's priority)."""
    with contextlib.suppress(OSError, AttributeError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), LOW_PRIORITY)


_POOL = ThreadPoolExecutor(
    max_workers=max(1, (os.cpu_count() or 2) // 2),
    thread_name_prefix="password-work",
    initializer=_yield_the_processor,
)


async def password_work(call: Callable[[], T]) -> T:
    """Run ``call`` (which hashes or checks a password) in the password pool."""
    return await asyncio.get_running_loop().run_in_executor(_POOL, call)
