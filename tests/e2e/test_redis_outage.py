"""A Redis outage: users are told to try again, nothing half-saved, and it recovers."""

import pytest
import redis
from playwright.sync_api import expect

from myecoach.db import make_engine
from tests.e2e.conftest import page_opener, sign_in
from tests.e2e.journeys import COACHING, save, stored_edits_and_location, toast
from tests.e2e.tcp_proxy import OutageProxy
from tests.servers import demo_app, fresh_postgres_database, postgres_reachable, redis_reachable

REDIS_PORT, REDIS_DB = 6379, 9  # a database of its own on the local Redis
REDIS_URL = f"redis://127.0.0.1:{REDIS_PORT}/{REDIS_DB}"


pytestmark = [
    pytest.mark.skipif(not postgres_reachable(), reason="PostgreSQL is not reachable"),
    pytest.mark.skipif(
        not redis_reachable(REDIS_URL), reason=f"Redis is not reachable at {REDIS_URL}"
    ),
]


@pytest.fixture(scope="module")
def app_behind_proxy(tmp_path_factory):
    """The app on PostgreSQL with its state in Redis, reached through a proxy the test can cut."""
    redis.Redis.from_url(REDIS_URL).flushdb()
    database = fresh_postgres_database("myecoach_e2e_redis_outage")
    proxy = OutageProxy(target_port=REDIS_PORT).start()
    with demo_app(
        tmp_path_factory.mktemp("redis-outage"),
        REFLEX_WEB_WORKDIR=".web-redis-outage",
        REFLEX_DB_URL=database,
        REFLEX_REDIS_URL=f"redis://127.0.0.1:{proxy.port}/{REDIS_DB}",
    ) as url:
        yield url, proxy, make_engine(database)
    proxy.cut()


def test_a_redis_outage_asks_to_try_again_and_the_app_recovers(browser, app_behind_proxy):
    url, proxy, database = app_behind_proxy
    with page_opener(browser, url) as open_page:
        coach = sign_in(open_page(), "coach@example.com")
        coach.goto(f"{COACHING}/sessions/4")
        coach.get_by_label("Location").fill("Room during the Redis outage")
        proxy.cut()
        try:
            save(coach)
            expect(toast(coach, "cannot reach the server's session store")).to_be_visible()
            expect(coach.get_by_role("heading", name="Session 4")).to_be_visible()
        finally:
            proxy.restore()
        save(coach)
        expect(toast(coach, "Session 4 saved")).to_be_visible()
    assert stored_edits_and_location(database, 1, 4) == (1, "Room during the Redis outage")


def test_a_page_opened_during_a_redis_outage_says_so_and_loads_after(browser, app_behind_proxy):
    url, proxy, _ = app_behind_proxy
    with page_opener(browser, url) as open_page:
        coach = sign_in(open_page(), "coach@example.com")
        proxy.cut()
        try:
            coach.goto(f"{COACHING}/sessions/2")
            expect(toast(coach, "cannot reach the server's session store")).to_be_visible()
            expect(coach.get_by_role("heading", name="Session", exact=True)).to_be_visible()
            expect(coach.get_by_text("Loading…")).to_be_visible()
        finally:
            proxy.restore()
        coach.reload()
        expect(coach.get_by_role("heading", name="Session 2")).to_be_visible()
        expect(coach.get_by_text("Loading…")).to_have_count(0)
