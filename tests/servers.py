"""Starting the app as the README's scripts do, for the browser tests and the benchmarks."""

import contextlib
import functools
import hashlib
import os
import random
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redis
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from myecoach.db import make_engine

ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT = 900
# The PostgreSQL server the tests and benchmarks use (a server address, no database), and a tag
# that keeps the databases of two checkouts on one machine apart.
LOCAL_POSTGRES = os.environ.get("MYECOACH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")
CHECKOUT_TAG = hashlib.sha256(str(ROOT).encode()).hexdigest()[:8]
FREE_PORTS = range(20000, 32768)  # below Linux's ephemeral ports (32768-60999 by default)
INSTANCE_START_TIMEOUT = 120  # seconds for the other instances once the first one answers
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the app stopped while starting:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/ping", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(1)
    raise RuntimeError(f"the app did not answer /ping in {START_TIMEOUT}s")


def free_port(count: int = 1) -> int:
    """The first of ``count`` consecutive TCP ports nothing listens on right now, chosen below
    the range the kernel hands to outgoing connections, which could take one while an app
    starts."""
    while True:
        first = random.randrange(FREE_PORTS.start, FREE_PORTS.stop - count)
        if all(_bindable(port) for port in range(first, first + count)):
            return first


def _bindable(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def private_checkout(folder: Path) -> Path:
    """A copy of this checkout's files as they are now (uncommitted and new ones included, the
    ignored left out) inside ``folder``, made private (mode 700) as a home folder is."""
    folder.chmod(0o700)
    copy = folder / "checkout"
    listed = ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"]
    tracked = subprocess.run(listed, cwd=ROOT, capture_output=True, check=True)
    for name in filter(None, tracked.stdout.decode().split("\0")):
        if (ROOT / name).exists():  # not deleted in the working tree
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, copy / name)
    for installed in (".venv", "tools/node_modules"):  # linked, not copied
        (copy / installed).symlink_to((ROOT / installed).resolve())
    return copy


@contextmanager
def running(
    script: str, env: dict[str, str], url: str, log: Path, checkout: Path = ROOT
) -> Iterator[subprocess.Popen]:
    """Run one of the README's scripts (of ``checkout``) until the app answers at ``url``;
    stop it after."""
    with log.open("w") as output:
        process = subprocess.Popen(
            [str(checkout / "scripts" / script)],
            cwd=checkout,
            env={**os.environ, **env},
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        _wait_until_up(url, process, log)
        yield process
    finally:
        _stop_group(process)


@contextmanager
def demo_app(folder: Path, script: str = "run.sh", **env: str) -> Iterator[str]:
    """The app with demo data, started by ``script`` (on a fresh SQLite file in ``folder``
    unless ``env`` names another database); yields its URL."""
    with demo_app_process(folder, script, **env) as (url, _):
        yield url


@contextmanager
def demo_app_process(
    folder: Path, script: str = "run.sh", **env: str
) -> Iterator[tuple[str, subprocess.Popen]]:
    """As ``demo_app``, also yielding the script's process (the leader of the app's group)."""
    port = free_port()
    url = f"http://localhost:{port}"
    settings = {
        "PORT": str(port),
        "MYECOACH_DEMO": "1",
        "REFLEX_DB_URL": f"sqlite:///{folder / 'app.db'}",
        **env,
    }
    with running(script, settings, url, folder / f"app-{port}.log") as process:
        yield url, process


@contextmanager
def demo_cluster(
    folder: Path, database_url: str, redis_url: str, checkout: Path = ROOT, **settings: str
) -> Iterator[tuple[str, list[int], subprocess.Popen]]:
    """Two instances and nginx with demo data (and any other ``settings``), started by
    ``checkout``'s scripts/cluster.sh; yields the public URL, the instances' ports and the
    script's process."""
    port, first = free_port(), free_port(count=2)
    url = f"http://localhost:{port}"
    env = {
        "PORT": str(port),
        "FIRST_BACKEND_PORT": str(first),
        "INSTANCES": "2",
        "RUN_DIR": str(folder),
        "MYECOACH_DEMO": "1",
        "REFLEX_DB_URL": database_url,
        "REFLEX_REDIS_URL": redis_url,
        "MYECOACH_PUBLIC_URL": url,
        **settings,
    }
    ports = [first, first + 1]
    with running("cluster.sh", env, url, folder / "cluster.log", checkout) as process:
        for port in ports:  # nginx answers once one instance does
            _wait_for_instance(folder, port)
        yield url, ports, process


def _wait_for_instance(folder: Path, port: int) -> None:
    log = folder / f"instance-{port}.log"
    pid = int((folder / f"instance-{port}.pid").read_text())
    deadline = time.monotonic() + INSTANCE_START_TIMEOUT
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            tail = log.read_text()[-3000:]
            raise RuntimeError(f"instance {port} stopped while starting:\n{tail}") from None
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(f"http://127.0.0.1:{port}/ping", timeout=2),
        ):
            return
        time.sleep(0.5)
    raise RuntimeError(f"instance {port} did not answer /ping in {INSTANCE_START_TIMEOUT}s")


def _stop_group(process: subprocess.Popen, grace: float = 15) -> None:
    """Ask every process the script started to stop; kill whatever is left after ``grace``."""
    with contextlib.suppress(ProcessLookupError):  # it may have stopped by itself
        os.killpg(process.pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        process.poll()
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


@functools.cache
def postgres_reachable() -> bool:
    """Whether the local PostgreSQL server answers."""
    engine = make_engine(f"{LOCAL_POSTGRES}/test")
    try:
        with engine.connect():
            return True
    except OperationalError:
        return False
    finally:
        engine.dispose()


def fresh_postgres_database(name: str) -> str:
    """An empty database named after ``name`` (and this checkout); returns its URL."""
    name = f"{name}_{CHECKOUT_TAG}"
    admin = make_engine(f"{LOCAL_POSTGRES}/test").execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return f"{LOCAL_POSTGRES}/{name}"


def redis_reachable(url: str) -> bool:
    """Whether a Redis server answers at ``url`` (within 2 s)."""
    try:
        return redis.Redis.from_url(url, socket_timeout=2).ping()
    except redis.RedisError:
        return False
