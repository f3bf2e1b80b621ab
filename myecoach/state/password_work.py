"""Password hashing is slow on purpose: it runs here, off the event loop, a few at a time,
so a flood of sign-ins slows sign-ins and leaves every other user's events alone."""

import asyncio
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
_POOL = ThreadPoolExecutor(
    max_workers=max(1, (os.cpu_count() or 2) // 2), thread_name_prefix="password-work"
)


async def password_work(call: Callable[[], T]) -> T:
    """Run ``call`` (which hashes or checks a password) in the password pool."""
    return await asyncio.get_running_loop().run_in_executor(_POOL, call)
