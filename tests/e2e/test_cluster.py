"""PostgreSQL + Redis + several instances behind nginx, started from a private checkout:
pages served with the security headers, sign-ins throttled by the browser's address, live
delivery across instances, an instance stopped mid-session losing and duplicating nothing,
and live delivery resuming after a Redis outage."""

import asyncio
import contextlib
import os
import re
import shutil
import signal
import socket
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace

import aiohttp
import pytest
import redis
from playwright.sync_api import expect
from sqlalchemy import text

from myecoach.db import make_engine
from myecoach.domain.wording import SIGN_IN_FAILED, TOO_MANY_SIGN_IN_ATTEMPTS
from myecoach.http import assets
from myecoach.http.security import HEADERS
from myecoach.services.throttle import PER_ACCOUNT_FROM_ONE_ADDRESS
from myecoach.state.auth import AuthState
from myecoach.state.sign_in import SignInState
from tests.e2e.conftest import page_opener, sign_in
from tests.e2e.journeys import COACHING, add_session, status
from tests.e2e.tcp_proxy import OutageProxy
from tests.mail_server import smtp_server
from tests.servers import (
    demo_cluster,
    fresh_postgres_database,
    postgres_reachable,
    private_checkout,
    redis_reachable,
)
from tests.socket_client import RawClient
from tests.values import DEMO_PASSWORD

REDIS_URL = os.environ.get("MYECOACH_TEST_REDIS", "redis://127.0.0.1:6379/7")
DATABASE = "myecoach_e2e_cluster"
RELAY_GIVES_UP = 8  # seconds: Reflex's relay listener stops after 5 failures 1 s apart
RELAY_RESTARTS = 3  # seconds: myecoach restarts it within about a second of Redis returning
SIGN_IN_PAGE = SignInState.get_full_name()
SIGN_IN = f"{SIGN_IN_PAGE}.sign_in"
AUTH = AuthState.get_full_name()
OUTSIDER = "outsider@example.com"  # signed in by no other test here
SMTP_DELAY = 3  # seconds the mail server takes per message: sends are in flight for a while
MAIL_LEASE = 5  # seconds before another instance takes over a dead instance's e-mails


pytestmark = [
    pytest.mark.skipif(not postgres_reachable(), reason="PostgreSQL is not reachable"),
    pytest.mark.skipif(
        not redis_reachable(REDIS_URL), reason=f"Redis is not reachable at {REDIS_URL}"
    ),
    pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed"),
]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """Two instances and nginx, started with scripts/cluster.sh of a copy of this checkout in a
    private folder, on fresh data; they reach Redis through a proxy the tests can cut, and send
    e-mail to a mail server that takes a while over each message."""
    redis.Redis.from_url(REDIS_URL).flushdb()
    checkout = private_checkout(tmp_path_factory.mktemp("private"))
    run_dir = tmp_path_factory.mktemp("cluster")
    database = fresh_postgres_database(DATABASE)
    server, number = REDIS_URL.rsplit("/", 1)
    proxy = OutageProxy(target_port=int(server.rsplit(":", 1)[1])).start()
    through_proxy = f"redis://127.0.0.1:{proxy.port}/{number}"
    with (
        smtp_server(delay=SMTP_DELAY) as (smtp_port, mailbox),
        demo_cluster(
            run_dir,
            database,
            through_proxy,
            checkout,
            MYECOACH_SMTP_URL=f"smtp://127.0.0.1:{smtp_port}",
            MYECOACH_MAIL_FROM="myecoach <no-reply@coaching.example.org>",
            MYECOACH_MAIL_LEASE_SECONDS=str(MAIL_LEASE),
        ) as (url, ports, _),
    ):
        yield SimpleNamespace(
            url=url,
            run_dir=run_dir,
            ports=ports,
            db=make_engine(database),
            redis=proxy,
            mailbox=mailbox,
        )
    proxy.cut()


@pytest.fixture
def open_on(browser, cluster):
    """Open a signed-in page whose events go to a chosen instance (1 or 2)."""
    with page_opener(browser, cluster.url) as open_page:

        def open_signed_in(email: str, instance: int):
            page = open_page()
            host = cluster.url.split("//")[1].split(":")[0]
            page.context.add_cookies(
                [{"name": "myecoach_instance", "value": str(instance), "domain": host, "path": "/"}]
            )
            answer = page.context.request.get(f"{cluster.url}/ping")
            assert answer.headers["x-myecoach-instance"].endswith(str(cluster.ports[instance - 1]))
            return sign_in(page, email)

        yield open_signed_in


def test_nginx_serves_the_pages_with_the_apps_security_headers(cluster):
    """A page nginx serves itself carries the headers the app adds to its own answers, and an
    answer nginx passes on from the app carries each of them once; the build's assets, named
    by their content's hash, are also to be kept for good, as the app's own server says."""
    with urllib.request.urlopen(f"{cluster.url}/sign-in") as page:
        script = re.search(r'"(/assets/[^"]+\.js)"', page.read().decode())
    assert script is not None
    for path in ("/sign-in", "/ping", script[1]):
        with urllib.request.urlopen(f"{cluster.url}{path}") as answer:
            assert answer.status == 200
            for name, value in HEADERS.items():
                assert answer.headers.get_all(name) == [value], (path, name)
            assert "strict-transport-security" not in answer.headers  # served over http
            kept = answer.headers.get("cache-control") == assets.FOREVER
            assert kept == path.startswith("/assets/"), path


async def sign_in_error(url: str, address: str, forwarded_for: str, password: str) -> str:
    """What the sign-in form says (nothing when it signs in) to a new tab connecting from
    ``address`` (one of the machine's loopback addresses) and writing ``forwarded_for`` as
    X-Forwarded-For."""
    async with RawClient(url.replace("localhost", "127.0.0.1")) as tab:
        tab.client.eio.http = aiohttp.ClientSession(  # engineio connects with it and closes it
            connector=aiohttp.TCPConnector(local_addr=(address, 0)),
            headers={"X-Forwarded-For": forwarded_for},
        )
        await tab.open("/sign-in")
        await tab.emit(SIGN_IN, {"form": {"email": OUTSIDER, "password": password}}, "/sign-in")
        await tab.until(lambda: tab.var(SIGN_IN_PAGE, "error") or tab.var(AUTH, "token"))
        return tab.var(SIGN_IN_PAGE, "error")


def test_sign_ins_are_throttled_by_the_browsers_address(browser, cluster):
    """Wrong passwords from one address, each naming another in X-Forwarded-For, lock the
    account out for that address only: not for nginx's address, not for the written ones."""
    guesses = [*["wrong"] * PER_ACCOUNT_FROM_ONE_ADDRESS.amount, DEMO_PASSWORD]
    with ThreadPoolExecutor(max_workers=1) as thread:  # off Playwright's event loop
        errors = [
            thread.submit(
                asyncio.run, sign_in_error(cluster.url, "127.0.0.9", f"203.0.113.{n}", password)
            ).result()
            for n, password in enumerate(guesses)
        ]
    assert errors == [SIGN_IN_FAILED] * (len(guesses) - 1) + [TOO_MANY_SIGN_IN_ATTEMPTS]
    with page_opener(browser, cluster.url) as open_page:
        sign_in(open_page(), OUTSIDER)  # from 127.0.0.1


def cancel(page, number: int, reason: str) -> None:
    page.get_by_role("button", name=f"Cancel Session {number}").click()
    page.get_by_label("Reason for cancelling").fill(reason)
    page.get_by_role("button", name="Cancel session", exact=True).click()
    expect(status(page)).to_have_text("Cancelled")


def test_a_cancellation_on_one_instance_reaches_the_coachee_on_the_other(open_on):
    coach = open_on("coach@example.com", instance=1)
    coachee = open_on("coachee@example.com", instance=2)
    coach.goto(COACHING)
    number = add_session(coach)
    cancel(coach, number, "Clash with a board meeting")
    expect(coachee.locator(".live-toast")).to_contain_text(
        f"cancelled Session {number}: Clash with a board meeting"
    )


def test_live_delivery_across_instances_resumes_after_a_redis_outage(open_on, cluster):
    coach = open_on("coach@example.com", instance=1)
    coachee = open_on("coachee@example.com", instance=2)
    coach.goto(COACHING)
    number = add_session(coach)
    cluster.redis.cut()
    try:
        time.sleep(RELAY_GIVES_UP)
    finally:
        cluster.redis.restore()
    time.sleep(RELAY_RESTARTS)
    cancel(coach, number, "After the Redis outage")
    expect(coachee.locator(".live-toast")).to_contain_text("After the Redis outage", timeout=15_000)


def test_stopping_an_instance_loses_and_duplicates_nothing(open_on, cluster):
    """Runs last: it leaves instance 1 stopped. It is stopped with SIGKILL while e-mails about
    the changes before it are being sent (the mail server is slow), some perhaps by it."""
    coach = open_on("coach@example.com", instance=1)
    coachee = open_on("coachee@example.com", instance=2)
    in_flight = []
    for n in range(3):
        coach.goto(COACHING)
        in_flight.append(add_session(coach))
        cancel(coach, in_flight[-1], f"In flight {n}")
    coach.goto(COACHING)
    before = add_session(coach)
    cancel(coach, before, "Before the outage")
    expect(coachee.locator(".live-toast")).to_contain_text("Before the outage")

    instance = (cluster.run_dir / f"instance-{cluster.ports[0]}.pid").read_text().strip()
    _stop(int(instance), cluster.ports[0])
    answer = coach.context.request.get(f"{cluster.url}/ping")
    assert answer.headers["x-myecoach-instance"].endswith(str(cluster.ports[1]))

    coach.get_by_role("link", name="← Leadership Coaching 2026").click()  # no reload
    after = add_session(coach)
    cancel(coach, after, "After the outage")
    expect(coachee.locator(".live-toast")).to_contain_text("After the outage")

    with cluster.db.connect() as connection:
        for number, reason in ((before, "Before the outage"), (after, "After the outage")):
            rows = connection.execute(
                text(
                    "SELECT h.action, (SELECT count(*) FROM notification n"
                    " WHERE n.session_id = s.id AND n.message LIKE :reason) AS notes"
                    " FROM coaching_session s JOIN session_history h ON h.session_id = s.id"
                    " WHERE s.relationship_id = 1 AND s.number = :number ORDER BY h.id"
                ),
                {"number": number, "reason": f"%{reason}%"},
            ).all()
            assert [action for action, _ in rows] == ["Added", "Cancelled"]
            assert {notes for _, notes in rows} == {1}

    cancelled = [*in_flight, before, after]
    expected = {f"Session {n} cancelled · Leadership Coaching 2026" for n in cancelled}
    deadline = time.monotonic() + MAIL_LEASE + len(cancelled) * SMTP_DELAY * 3 + 20
    while not expected <= {m["Subject"] for m in cluster.mailbox.messages()}:
        assert time.monotonic() < deadline, "an e-mail about a change never arrived"
        time.sleep(0.5)
    ids = {}
    for message in cluster.mailbox.messages():
        ids.setdefault(message["Subject"], set()).add(message["Message-ID"])
    assert all(len(ids[subject]) == 1 for subject in expected)  # a resend is the same message


def _stop(pid: int, port: int) -> None:
    """Stop one instance (its CLI and every server process under it) and wait until it is gone."""
    tree, frontier = [pid], [pid]
    while frontier:
        frontier = [int(c) for p in frontier for c in os.popen(f"pgrep -P {p}").read().split()]
        tree += frontier
    for process in tree:
        with contextlib.suppress(ProcessLookupError):
            os.kill(process, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return
        time.sleep(0.2)
    raise AssertionError(f"instance on port {port} did not stop")
