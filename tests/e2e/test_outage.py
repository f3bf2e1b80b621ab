"""An outage of PostgreSQL or of Redis, staged by cutting a proxy: users are told to try
again, nothing is half-saved, and the app recovers."""

from types import SimpleNamespace

import pytest
import redis
from playwright.sync_api import expect

from myecoach.db import make_engine
from tests.e2e.conftest import page_opener, sign_in
from tests.e2e.journeys import COACHING, save, stored_edits_and_location, toast
from tests.e2e.tcp_proxy import OutageProxy
from tests.servers import (
    LOCAL_POSTGRES,
    demo_app,
    fresh_postgres_database,
    postgres_reachable,
    redis_reachable,
)

POSTGRES_PORT = int(LOCAL_POSTGRES.rsplit(":", 1)[1])
REDIS_PORT, REDIS_DB = 6379, 9  # a database of its own on the local Redis
REDIS_URL = f"redis://127.0.0.1:{REDIS_PORT}/{REDIS_DB}"
# What users are told while the service is away.
TOLD = {"database": "cannot reach the database", "Redis": "cannot reach the server's session store"}
REDIS = pytest.param(
    "Redis",
    marks=pytest.mark.skipif(
        not redis_reachable(REDIS_URL), reason=f"Redis is not reachable at {REDIS_URL}"
    ),
)

pytestmark = pytest.mark.skipif(not postgres_reachable(), reason="PostgreSQL is not reachable")


@pytest.fixture(scope="module", params=["database", REDIS])
def outage(request, tmp_path_factory):
    """The app on PostgreSQL (with its state in Redis for a Redis outage), reaching the
    service that goes away through a proxy the test can cut."""
    service = request.param
    database = fresh_postgres_database(f"myecoach_e2e_{service.lower()}_outage")
    if service == "Redis":
        redis.Redis.from_url(REDIS_URL).flushdb()
        proxy = OutageProxy(target_port=REDIS_PORT).start()
        settings = {
            "REFLEX_WEB_WORKDIR": ".web-redis-outage",
            "REFLEX_DB_URL": database,
            "REFLEX_REDIS_URL": f"redis://127.0.0.1:{proxy.port}/{REDIS_DB}",
        }
    else:
        proxy = OutageProxy(target_port=POSTGRES_PORT).start()
        settings = {
            "REFLEX_WEB_WORKDIR": ".web-outage",
            "REFLEX_DB_URL": database.replace(str(POSTGRES_PORT), str(proxy.port), 1),
        }
    with demo_app(tmp_path_factory.mktemp(f"{service.lower()}-outage"), **settings) as url:
        yield SimpleNamespace(
            service=service, told=TOLD[service], url=url, proxy=proxy, db=make_engine(database)
        )
    proxy.cut()


def test_an_outage_asks_to_try_again_and_the_app_recovers(browser, outage):
    room = f"Room during the {outage.service} outage"
    with page_opener(browser, outage.url) as open_page:
        coach = sign_in(open_page(), "coach@example.com")
        coach.goto(f"{COACHING}/sessions/4")
        coach.get_by_label("Location").fill(room)
        outage.proxy.cut()
        try:
            save(coach)
            expect(toast(coach, outage.told)).to_be_visible()
            expect(coach.get_by_role("heading", name="Session 4")).to_be_visible()
        finally:
            outage.proxy.restore()
        save(coach)
        expect(toast(coach, "Session 4 saved")).to_be_visible()
    assert stored_edits_and_location(outage.db, 1, 4) == (1, room)


def test_a_page_opened_during_an_outage_says_so_and_loads_after(browser, outage):
    with page_opener(browser, outage.url) as open_page:
        coach = sign_in(open_page(), "coach@example.com")
        outage.proxy.cut()
        try:
            coach.goto(f"{COACHING}/sessions/2")
            expect(toast(coach, outage.told)).to_be_visible()
            expect(coach.get_by_role("heading", name="Session", exact=True)).to_be_visible()
            expect(coach.get_by_text("Loading…")).to_be_visible()
        finally:
            outage.proxy.restore()
        coach.reload()
        expect(coach.get_by_role("heading", name="Session 2")).to_be_visible()
        expect(coach.get_by_text("Loading…")).to_have_count(0)
