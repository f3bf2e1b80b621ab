"""PostgreSQL + Redis + several instances behind nginx, started from a private checkout:
pages served, live delivery across instances, an instance stopped mid-session losing and
duplicating nothing, and live delivery resuming after a Redis outage."""

import contextlib
import os
import shutil
import signal
import socket
import time
import urllib.request
from types import SimpleNamespace

import pytest
import redis
from playwright.sync_api import expect
from sqlalchemy import text

from myecoach.db import make_engine
from tests.e2e.conftest import page_opener, sign_in
from tests.e2e.journeys import COACHING, add_session, status
from tests.e2e.tcp_proxy import OutageProxy
from tests.servers import (
    demo_cluster,
    fresh_postgres_database,
    postgres_reachable,
    private_checkout,
    redis_reachable,
)

REDIS_URL = os.environ.get("MYECOACH_TEST_REDIS", "redis://127.0.0.1:6379/7")
DATABASE = "myecoach_e2e_cluster"
RELAY_GIVES_UP = 8  # seconds: Reflex's relay listener stops after 5 failures 1 s apart
RELAY_RESTARTS = 3  # seconds: myecoach restarts it within about a second of Redis returning


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
    private folder, on fresh data; they reach Redis through a proxy the tests can cut."""
    redis.Redis.from_url(REDIS_URL).flushdb()
    checkout = private_checkout(tmp_path_factory.mktemp("private"))
    run_dir = tmp_path_factory.mktemp("cluster")
    database = fresh_postgres_database(DATABASE)
    server, number = REDIS_URL.rsplit("/", 1)
    proxy = OutageProxy(target_port=int(server.rsplit(":", 1)[1])).start()
    through_proxy = f"redis://127.0.0.1:{proxy.port}/{number}"
    with demo_cluster(run_dir, database, through_proxy, checkout) as (url, ports, _):
        yield SimpleNamespace(
            url=url, run_dir=run_dir, ports=ports, db=make_engine(database), redis=proxy
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


def test_nginx_serves_the_pages(cluster):
    with urllib.request.urlopen(f"{cluster.url}/sign-in") as answer:
        assert answer.status == 200


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
    """Runs last: it leaves instance 1 stopped."""
    coach = open_on("coach@example.com", instance=1)
    coachee = open_on("coachee@example.com", instance=2)
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
