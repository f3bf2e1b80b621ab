"""A database server that never answers: connecting gives up instead of hanging."""

import socket
import time

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from myecoach.db import CONNECT_TIMEOUT_SECONDS, make_engine


def test_connecting_to_a_server_that_never_answers_gives_up_in_time():
    with socket.socket() as silent:  # accepts connections (the kernel does) but never speaks
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        engine = make_engine(f"postgresql+psycopg://myecoach@127.0.0.1:{port}/myecoach")
        started = time.monotonic()
        with pytest.raises(OperationalError), engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        waited = time.monotonic() - started
    assert CONNECT_TIMEOUT_SECONDS - 1 <= waited <= CONNECT_TIMEOUT_SECONDS + 3
