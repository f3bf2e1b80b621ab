"""Password hashing yields the processor: a flood of sign-ins must not slow everyone else."""

import os
import sys
import threading

import pytest

from myecoach.state.password_work import LOW_PRIORITY, password_work
from tests.loops import run


def this_threads_priority() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


@pytest.mark.skipif(sys.platform != "linux", reason="threads have priorities of their own on Linux")
def test_password_work_runs_at_a_low_priority_and_nothing_else_does():
    before = this_threads_priority()
    assert run(password_work(this_threads_priority)) == LOW_PRIORITY
    assert this_threads_priority() == before
